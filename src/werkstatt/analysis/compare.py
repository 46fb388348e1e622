"""As-is against to-be, and one register process as several organisations do it (issue #7).

Steps are matched by label (case and surrounding spaces ignored), because a to-be model is usually
a copy of the as-is whose ids differ; handovers and media breaks are matched by their steps' labels.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any

from werkstatt.analysis.model import Analysis, Handover, MediaBreak
from werkstatt.i18n import QT_TRANSLATE_NOOP, tr

# (key, untranslated label, unit, value) — the figures every comparison and variant table shows.
FIGURES: tuple[tuple[str, str, str, Callable[[Analysis], float]], ...] = (
    ("steps", QT_TRANSLATE_NOOP("AnalysisCompare", "Steps"), "", lambda a: a.counts.steps),
    ("decisions", QT_TRANSLATE_NOOP("AnalysisCompare", "Decisions"), "", lambda a: a.counts.decisions),
    ("lanes", QT_TRANSLATE_NOOP("AnalysisCompare", "Lanes"), "", lambda a: a.counts.lanes),
    ("organisations", QT_TRANSLATE_NOOP("AnalysisCompare", "Organisations involved"), "",
     lambda a: a.counts.organisations),
    ("handovers", QT_TRANSLATE_NOOP("AnalysisCompare", "Handovers"), "", lambda a: a.counts.handovers),
    ("organisation_handovers", QT_TRANSLATE_NOOP("AnalysisCompare", "Handovers between organisations"), "",
     lambda a: a.counts.organisation_handovers),
    ("media_breaks", QT_TRANSLATE_NOOP("AnalysisCompare", "Media breaks"), "", lambda a: a.counts.media_breaks),
    ("loops", QT_TRANSLATE_NOOP("AnalysisCompare", "Loops"), "", lambda a: a.counts.loops),
    ("steps_without_it", QT_TRANSLATE_NOOP("AnalysisCompare", "Steps without IT support"), "",
     lambda a: len(a.steps_without_it)),
    ("processing", QT_TRANSLATE_NOOP("AnalysisCompare", "Processing time per case"), "min",
     lambda a: a.time.processing),
    ("waiting", QT_TRANSLATE_NOOP("AnalysisCompare", "Waiting time per case"), "min", lambda a: a.time.waiting),
    ("lead_time", QT_TRANSLATE_NOOP("AnalysisCompare", "Lead time (longest path)"), "min", lambda a: a.time.lead_time),
    ("case_volume", QT_TRANSLATE_NOOP("AnalysisCompare", "Case volume per year"), "", lambda a: a.case_volume or 0),
    # The administrations' effort; the outside parties' time (kind "extern") is the last two rows, in hours only.
    ("annual_hours", QT_TRANSLATE_NOOP("AnalysisCompare", "Annual effort of the administrations"), "h",
     lambda a: a.annual_hours),
    ("fte", QT_TRANSLATE_NOOP("AnalysisCompare", "FTE of the administrations"), "", lambda a: a.fte),
    ("annual_cost", QT_TRANSLATE_NOOP("AnalysisCompare", "Annual cost of the administrations"), "€",
     lambda a: a.annual_cost),
    ("outside_minutes", QT_TRANSLATE_NOOP("AnalysisCompare", "Outside parties' time per case"), "min",
     lambda a: a.outside_minutes_per_case),
    ("outside_hours", QT_TRANSLATE_NOOP("AnalysisCompare", "Outside parties' time per year"), "h",
     lambda a: a.outside_annual_hours),
)


def _key(label: str) -> str:
    return " ".join(label.split()).casefold()


@dataclass(frozen=True)
class FigureDelta:
    """One figure of both models; ``delta`` = to-be − as-is (negative: the to-be needs less)."""

    key: str
    label: str
    unit: str
    as_is: float
    to_be: float

    @property
    def delta(self) -> float:
        return self.to_be - self.as_is

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "delta": self.delta}


@dataclass(frozen=True)
class Comparison:
    """As-is vs to-be. ``*_saved`` are per year and positive when the to-be saves; hours, FTE and cost are
    the administrations', ``outside_hours_saved`` the outside parties' (citizens', businesses', TÜV's)."""

    as_is: Analysis
    to_be: Analysis
    figures: tuple[FigureDelta, ...]
    hours_saved: float
    fte_saved: float
    cost_saved: float
    steps_removed: tuple[str, ...]      # labels as written in the as-is
    steps_added: tuple[str, ...]        # labels as written in the to-be
    handovers_removed: tuple[Handover, ...]
    handovers_added: tuple[Handover, ...]
    media_breaks_removed: tuple[MediaBreak, ...]
    media_breaks_added: tuple[MediaBreak, ...]
    outside_hours_saved: float = 0.0

    def figure(self, key: str) -> FigureDelta:
        return next(f for f in self.figures if f.key == key)

    def as_dict(self) -> dict[str, Any]:
        return {
            "as_is": {"id": self.as_is.model_id, "name": self.as_is.model_name},
            "to_be": {"id": self.to_be.model_id, "name": self.to_be.model_name},
            "figures": [f.as_dict() for f in self.figures],
            "hours_saved": self.hours_saved, "fte_saved": self.fte_saved, "cost_saved": self.cost_saved,
            "outside_hours_saved": self.outside_hours_saved,
            "steps_removed": list(self.steps_removed), "steps_added": list(self.steps_added),
            "handovers_removed": [h.as_dict() for h in self.handovers_removed],
            "handovers_added": [h.as_dict() for h in self.handovers_added],
            "media_breaks_removed": [m.as_dict() for m in self.media_breaks_removed],
            "media_breaks_added": [m.as_dict() for m in self.media_breaks_added],
        }


def _labels(analysis: Analysis) -> dict[str, str]:
    """Folded label -> label as written, of the steps that do work (start/end events are not steps removed)."""
    return {_key(s.label): s.label for s in analysis.steps if s.label.strip()}


def _handover_key(h: Handover) -> tuple[str, str]:
    return _key(h.source.label), _key(h.target.label)


def _break_key(m: MediaBreak) -> tuple[str, str, str]:
    return m.reason, _key(m.step.label), _key(m.previous.label) if m.previous else ""


def _missing(items: tuple[Any, ...], other: tuple[Any, ...], key: Callable[[Any], Any]) -> tuple[Any, ...]:
    present = {key(item) for item in other}
    return tuple(item for item in items if key(item) not in present)


def compare(as_is: Analysis, to_be: Analysis) -> Comparison:
    before, after = _labels(as_is), _labels(to_be)
    return Comparison(
        as_is=as_is,
        to_be=to_be,
        figures=tuple(FigureDelta(key, tr("AnalysisCompare", label), unit, float(value(as_is)), float(value(to_be)))
                      for key, label, unit, value in FIGURES),
        hours_saved=as_is.annual_hours - to_be.annual_hours,
        fte_saved=as_is.fte - to_be.fte,
        cost_saved=as_is.annual_cost - to_be.annual_cost,
        steps_removed=tuple(label for key, label in before.items() if key not in after),
        steps_added=tuple(label for key, label in after.items() if key not in before),
        handovers_removed=_missing(as_is.handovers, to_be.handovers, _handover_key),
        handovers_added=_missing(to_be.handovers, as_is.handovers, _handover_key),
        media_breaks_removed=_missing(as_is.media_breaks, to_be.media_breaks, _break_key),
        media_breaks_added=_missing(to_be.media_breaks, as_is.media_breaks, _break_key),
        outside_hours_saved=as_is.outside_annual_hours - to_be.outside_annual_hours,
    )


@dataclass(frozen=True)
class VariantRow:
    key: str
    label: str
    unit: str
    values: tuple[float, ...]   # one per variant, in the order of VariantTable.names

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class VariantTable:
    """The same register process as several organisations do it, side by side.

    ``only_in[i]`` lists the step labels that exist only in variant ``names[i]``; ``common`` those in all.
    """

    names: tuple[str, ...]
    analyses: tuple[Analysis, ...]
    rows: tuple[VariantRow, ...]
    only_in: tuple[tuple[str, ...], ...]
    common: tuple[str, ...]

    def as_dict(self) -> dict[str, Any]:
        return {
            "variants": [{"organisation": name, "model_id": a.model_id, "model": a.model_name}
                         for name, a in zip(self.names, self.analyses, strict=True)],
            "figures": [row.as_dict() for row in self.rows],
            "only_in": {name: list(labels) for name, labels in zip(self.names, self.only_in, strict=True)},
            "common": list(self.common),
        }


def variants(analyses: list[tuple[str, Analysis]]) -> VariantTable:
    names = tuple(name for name, _ in analyses)
    results = tuple(analysis for _, analysis in analyses)
    labels = [_labels(a) for a in results]
    counts: dict[str, int] = {}
    for found in labels:
        for key in found:
            counts[key] = counts.get(key, 0) + 1
    return VariantTable(
        names=names,
        analyses=results,
        rows=tuple(VariantRow(key, tr("AnalysisCompare", label), unit, tuple(float(value(a)) for a in results))
                   for key, label, unit, value in FIGURES),
        only_in=tuple(tuple(label for key, label in found.items() if counts[key] == 1 and len(results) > 1)
                      for found in labels),
        common=tuple(label for key, label in (labels[0].items() if labels else ()) if counts[key] == len(results)),
    )
