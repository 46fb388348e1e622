"""The analysis as text for the protocol: figures with units and explanations, effort by party, comparisons.

Split from ``content`` so that what the figures say (and how) lives apart from what is gathered.
"""

from __future__ import annotations

from werkstatt import i18n
from werkstatt.analysis.compare import FIGURES, compare
from werkstatt.analysis.model import Analysis
from werkstatt.i18n import tr
from werkstatt.protocol.content_types import ComparisonSection, EffortLine, FigureLine
from werkstatt.protocol.format import format_number


def _value(value: float, unit: str, key: str = "") -> str:
    decimals = 2 if key == "fte" or unit == "€" else 1 if unit else 0
    number = format_number(round(value, decimals), i18n.language(), decimals)
    return f"{number}\u00a0{unit}" if unit else number


def figure_lines(analysis: Analysis) -> tuple[FigureLine, ...]:
    """The analysis as labelled rows: the figures, the rates they used, and every plausibility note."""
    rows = [FigureLine(tr("Analysis", label), _value(value(analysis), unit, key))
            for key, label, unit, value in FIGURES]
    rows += [FigureLine(tr("Protocol", "Rate used"), f"{rate.key.split(':', 1)[-1]}: "
             f"{format_number(rate.value, i18n.language(), 2)} ({rate.source})") for rate in analysis.rates_used]
    rows += [FigureLine(tr("Protocol", "Note"), note.text) for note in analysis.notes]
    return tuple(rows)


def effort_lines(analysis: Analysis) -> tuple[EffortLine, ...]:
    """The effort by party: the administrations' organisations first, then the outside parties."""
    return ()


def comparisons(refs: list, analyses: dict[str, Analysis]) -> tuple[ComparisonSection, ...]:
    """For each process with an as-is and a to-be in the workshop: the first of each, compared."""
    by_process: dict[str | None, dict[str, str]] = {}
    for ref in refs:
        if ref.process_id:
            by_process.setdefault(ref.process_id, {}).setdefault(ref.kind, ref.id)
    sections = []
    for kinds in by_process.values():
        if "ist" not in kinds or "soll" not in kinds:
            continue
        result = compare(analyses[kinds["ist"]], analyses[kinds["soll"]])
        rows = tuple((figure.label, _value(figure.as_is, figure.unit, figure.key),
                      _value(figure.to_be, figure.unit, figure.key),
                      ("+" if figure.delta > 0 else "") + _value(figure.delta, figure.unit, figure.key))
                     for figure in result.figures)
        summary = (
            (tr("Protocol", "Hours saved per year"), _value(result.hours_saved, "h")),
            (tr("Protocol", "FTE saved"), _value(result.fte_saved, "", "fte")),
            (tr("Protocol", "Cost saved per year"), _value(result.cost_saved, "€")),
            (tr("Protocol", "Steps removed"), ", ".join(result.steps_removed) or "–"),
            (tr("Protocol", "Steps added"), ", ".join(result.steps_added) or "–"),
            (tr("Protocol", "Handovers removed"), str(len(result.handovers_removed))),
            (tr("Protocol", "Media breaks removed"), str(len(result.media_breaks_removed))),
        )
        sections.append(ComparisonSection(f"{result.as_is.model_name} → {result.to_be.model_name}", rows, summary))
    return tuple(sections)
