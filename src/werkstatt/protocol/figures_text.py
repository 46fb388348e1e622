"""The analysis as text for the protocol: figures with units and explanations, effort by party, comparisons.

Split from ``content`` so that what the figures say (and how) lives apart from what is gathered.
Times read as people say them ("30 Tage", "3 Std. 20 Min."), every rate has its unit, no key of the
program's rate table reaches the page, and the figures a reader would misread — the weighted
averages and the longest path — carry one sentence on what they are.
"""

from __future__ import annotations

from werkstatt import i18n
from werkstatt.analysis.compare import FIGURES, compare
from werkstatt.analysis.model import Analysis
from werkstatt.analysis.rates import rate_name, rate_value
from werkstatt.i18n import tr
from werkstatt.i18n.format import NBSP, format_duration, format_rounded
from werkstatt.protocol.content_types import ComparisonSection, EffortLine, FigureLine

# The figures of the outside parties appear only where the model has some: elsewhere they are 0 and noise.
OUTSIDE_KEYS = ("outside_minutes", "outside_hours")


def _rounded(value: float, digits: int) -> str:
    return format_rounded(value, decimals=digits)


def _value(value: float, unit: str, key: str = "") -> str:
    if unit == "min":
        return format_duration(value, i18n.language())
    if key == "fte":
        return tr("ProtocolFigures", "{n} FTE", n=format_rounded(value, decimals=2)).replace(" ", NBSP)
    decimals = 2 if unit == "€" else 1 if unit else 0
    number = format_rounded(value, decimals=decimals)
    return f"{number}{NBSP}{unit}" if unit else number


def _explanation(key: str, a: Analysis) -> str:
    """One sentence for the figures that need one; "" for those that say what they are."""
    lang = i18n.language()
    t = a.time
    if key == "processing":
        return tr("ProtocolFigures", "An average over all cases, so lower than the plain sum of the step table: each "
                              "step's minutes are weighted by the share of cases that take it (30 % of cases: "
                              "30 % of its minutes), in every lane including the outside parties.")
    if key == "waiting":
        return tr("ProtocolFigures",
                  "An average over all cases in calendar days of 24 hours, each waiting time weighted "
                  "by the share of cases that wait there, so lower than the plain sum of the step "
                  "table.")
    if key == "lead_time":
        parts = {"processing": format_duration(t.lead_processing, lang),
                 "waiting": format_duration(t.lead_waiting, lang)}
        if t.lead_time < t.waiting:
            return tr("ProtocolFigures", "One case along the longest path without repeats ({processing} processing, "
                                  "{waiting} waiting); it is shorter than the average waiting time because the "
                                  "average also counts the waits of loops and side branches this path does not "
                                  "take.", **parts)
        return tr("ProtocolFigures", "One case along the longest path without repeats ({processing} processing, "
                              "{waiting} waiting), in calendar days of 24 hours, not weighted.", **parts)
    if key == "annual_hours":
        return tr("ProtocolFigures", "Case volume × the administrations' processing time per case ({minutes}); the "
                              "outside parties' time is not included.",
                  minutes=format_duration(a.minutes_per_case, lang))
    if key == "fte":
        return tr("ProtocolFigures", "The administrations' annual effort divided by the working time of one FTE "
                              "({hours} h/year).", hours=format_rounded(_fte_hours(a), decimals=0))
    if key == "annual_cost":
        return tr("ProtocolFigures",
                  "Each lane's hours × the hourly rate of its pay grade; the outside parties are not "
                  "costed.")
    if key == "outside_hours":
        return tr("ProtocolFigures", "The time citizens, businesses and inspection bodies spend on the cases "
                              "(Erfüllungsaufwand); it is in neither the FTE nor the cost.")
    return ""


def _fte_hours(a: Analysis) -> float:
    rate = next((r for r in a.rates_used if r.key == "minutes:fte"), None)
    return rate.value / 60.0 if rate else 0.0


def figure_lines(analysis: Analysis) -> tuple[FigureLine, ...]:
    """The analysis as labelled rows: the figures, the rates they used, and every plausibility note."""
    outside = bool(analysis.outside_parties)
    rows = [FigureLine(tr("AnalysisCompare", label), _value(value(analysis), unit, key), _explanation(key, analysis))
            for key, label, unit, value in FIGURES if outside or key not in OUTSIDE_KEYS]
    rows += [FigureLine(rate_name(rate.key), rate_value(rate, _rounded).replace(" ", NBSP),
                        tr("ProtocolFigures", "Source: {source}", source=rate.source)) for rate in analysis.rates_used]
    rows += [FigureLine(tr("ProtocolFigures", "Note"), note.text) for note in analysis.notes]
    return tuple(rows)


def effort_lines(analysis: Analysis) -> tuple[EffortLine, ...]:
    """The effort by party: the administrations' organisations first, then the outside parties (hours only)."""
    return tuple(EffortLine(party.name, party.outside, party.minutes_per_case, party.annual_hours,
                            None if party.outside else party.fte, None if party.outside else party.annual_cost)
                 for party in (*analysis.administrations, *analysis.outside_parties))


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
        outside = bool(result.as_is.outside_parties or result.to_be.outside_parties)
        rows = tuple((figure.label, _value(figure.as_is, figure.unit, figure.key),
                      _value(figure.to_be, figure.unit, figure.key),
                      ("+" if figure.delta > 0 else "") + _value(figure.delta, figure.unit, figure.key))
                     for figure in result.figures if outside or figure.key not in OUTSIDE_KEYS)
        summary = (
            (tr("ProtocolFigures", "Hours saved per year"), _value(result.hours_saved, "h")),
            (tr("ProtocolFigures", "FTE saved"), _value(result.fte_saved, "", "fte")),
            (tr("ProtocolFigures", "Cost saved per year"), _value(result.cost_saved, "€")),
            *(((tr("ProtocolFigures", "Outside parties' hours saved per year"), _value(result.outside_hours_saved,
                                                                                       "h")),)
              if outside else ()),
            (tr("ProtocolFigures", "Steps removed"), ", ".join(result.steps_removed) or "–"),
            (tr("ProtocolFigures", "Steps added"), ", ".join(result.steps_added) or "–"),
            (tr("ProtocolFigures", "Handovers removed"), str(len(result.handovers_removed))),
            (tr("ProtocolFigures", "Media breaks removed"), str(len(result.media_breaks_removed))),
        )
        sections.append(ComparisonSection(f"{result.as_is.model_name} → {result.to_be.model_name}", rows, summary))
    return tuple(sections)
