"""The analysis' results as plain frozen dataclasses: what the panel shows, the CLI prints and JSON carries.

Kept apart from the arithmetic (figures.py) so the GUI can read the shape of the answer without
reading how it is computed. Every class has ``as_dict()`` giving JSON-ready data.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from werkstatt.analysis.rates import Rate


class _Plain:
    def as_dict(self) -> dict[str, Any]:
        return asdict(self)  # type: ignore[call-overload]


@dataclass(frozen=True)
class StepInput(_Plain):
    """One step as the analysis needs it (copied from ModelView.steps)."""

    id: str
    label: str
    kind: str
    lane_id: str | None
    block: str
    processing_minutes: float | None
    waiting_minutes: float | None
    probability: float | None
    it_system: str
    medium: str
    media_break_block: bool


@dataclass(frozen=True)
class LaneInput(_Plain):
    id: str
    name: str
    organisation_id: str | None
    organisation: str
    organisation_kind: str
    pay_grade: str


@dataclass(frozen=True)
class FlowInput(_Plain):
    id: str
    source: str
    target: str
    label: str


@dataclass(frozen=True)
class AnalysisInput:
    """A snapshot of everything ``analyse`` reads: the model, the organisations and the rates chosen.

    Built by ``analysis_input`` from a ModelView; no database, no Qt.
    """

    model_id: str
    model_name: str
    model_kind: str
    organisation_id: str | None
    case_volume: int | None
    lanes: tuple[LaneInput, ...]
    steps: tuple[StepInput, ...]
    flows: tuple[FlowInput, ...]
    minutes_per_fte: Rate          # key "minutes:fte" when given by the caller, else from "hours:employee" × 60
    overhead: Rate | None          # None: no overhead chosen
    lane_rates: tuple[tuple[str, Rate, str | None], ...]  # (lane id, hourly rate, note when it fell back)


@dataclass(frozen=True)
class StepRef(_Plain):
    id: str
    label: str
    lane: str


@dataclass(frozen=True)
class Counts(_Plain):
    steps: int            # every step, including start, end and gateways
    tasks: int            # steps of kind task or subprocess
    lanes: int
    organisations: int    # distinct administrations of the lanes (outside parties are counted apart)
    decisions: int        # gateways that choose their branches: exclusive, event-based, inclusive, complex
    loops: int            # back edges; their steps are counted once (see Analysis.loops)
    handovers: int
    organisation_handovers: int
    media_breaks: int
    parallel_splits: int = 0  # parallel gateways with more than one outgoing flow (joins are not counted)
    outside_parties: int = 0  # distinct organisations of kind "extern" of the lanes


@dataclass(frozen=True)
class Handover(_Plain):
    """A flow from one lane into another; ``crosses_organisations`` when it goes from one administration to
    another (a handover to or from an outside party is a handover, but no interface between administrations)."""

    flow_id: str
    source: StepRef
    target: StepRef
    from_lane: str
    to_lane: str
    from_organisation: str
    to_organisation: str
    crosses_organisations: bool


@dataclass(frozen=True)
class MediaBreak(_Plain):
    """``reason`` is "block" (the step is typed by a Medienwechsel block) or "medium" (the medium changes
    between ``previous`` and ``step``)."""

    reason: str
    step: StepRef
    previous: StepRef | None
    block: str
    from_medium: str
    to_medium: str


@dataclass(frozen=True)
class Loop(_Plain):
    """A flow back to an earlier step. Its steps count once per case: loops are reported, not multiplied."""

    flow_id: str
    source: StepRef
    target: StepRef


@dataclass(frozen=True)
class CaseTime(_Plain):
    """Minutes per case. ``processing``/``waiting`` are Σ minutes × probability (REFERENCE §2);
    ``lead_*`` follow the longest acyclic path, unweighted, through the steps in ``lead_path`` (ids)."""

    processing: float
    waiting: float
    lead_processing: float
    lead_waiting: float
    lead_path: tuple[str, ...]

    @property
    def lead_time(self) -> float:
        return self.lead_processing + self.lead_waiting


@dataclass(frozen=True)
class StepFigures(_Plain):
    """A step's share of a case: ``weight`` is how often it happens per case (0..1)."""

    id: str
    label: str
    kind: str
    lane: str
    weight: float
    processing_minutes: float
    waiting_minutes: float


@dataclass(frozen=True)
class LaneFigures(_Plain):
    """Effort and cost of one lane: processing minutes per case, at the lane's pay grade rate.

    An outside party's lane (``outside``) has hours but no rate and no cost: ``hourly_rate`` is None
    and ``annual_cost`` 0 — its time is the party's, not the administrations' personnel cost.
    """

    id: str
    name: str
    organisation: str
    pay_grade: str
    minutes_per_case: float
    annual_hours: float
    hourly_rate: Rate | None
    annual_cost: float
    outside: bool = False


@dataclass(frozen=True)
class PartyFigures(_Plain):
    """One party's share of the work: an administration's organisation (a lane without one stands for
    itself, under its name) or an outside party (organisation of kind "extern": citizens, businesses,
    inspection bodies). ``fte`` and ``annual_cost`` are None for outside parties: their time is the
    Erfüllungsaufwand of the Normenkontrollrat, counted in hours, not in staff or the administrations' money."""

    name: str
    organisation_id: str | None
    outside: bool
    lanes: tuple[str, ...]
    minutes_per_case: float
    annual_hours: float
    fte: float | None
    annual_cost: float | None


@dataclass(frozen=True)
class Note(_Plain):
    """A plausibility note: a gap the analysis filled with 0 (or a default) instead of failing.

    ``code``: "step_without_time", "lane_without_pay_grade", "unknown_pay_grade", "no_case_volume",
    "loop", "probability_out_of_range", "branches_over_100"; ``subject`` the step/lane/flow id or "".
    """

    code: str
    text: str
    subject: str = ""


@dataclass(frozen=True)
class Analysis:
    """Everything the analysis answers for one model. Money in €, times in minutes unless named hours."""

    model_id: str
    model_name: str
    model_kind: str
    case_volume: int | None
    counts: Counts
    handovers: tuple[Handover, ...]
    media_breaks: tuple[MediaBreak, ...]
    it_systems: tuple[str, ...]
    steps_without_it: tuple[StepRef, ...]
    loops: tuple[Loop, ...]
    time: CaseTime
    steps: tuple[StepFigures, ...]
    lanes: tuple[LaneFigures, ...]
    # The administrations' effort: lanes of outside parties (organisation kind "extern") are not in these.
    annual_minutes: float        # case volume × the administrations' processing minutes per case (0 without volume)
    annual_hours: float
    fte: float
    annual_cost: float           # Σ administrations' lanes annual hours × hourly rate × (1 + overhead)
    rates_used: tuple[Rate, ...]
    notes: tuple[Note, ...]
    minutes_per_case: float = 0.0          # the administrations' processing minutes per case
    outside_minutes_per_case: float = 0.0  # the outside parties' minutes per case, together
    outside_annual_hours: float = 0.0
    parties: tuple[PartyFigures, ...] = ()  # administrations first, then outside parties, in lane order

    @property
    def organisation_handovers(self) -> tuple[Handover, ...]:
        return tuple(h for h in self.handovers if h.crosses_organisations)

    @property
    def administrations(self) -> tuple[PartyFigures, ...]:
        return tuple(p for p in self.parties if not p.outside)

    @property
    def outside_parties(self) -> tuple[PartyFigures, ...]:
        return tuple(p for p in self.parties if p.outside)

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready; the effort by party under "administrations" and "outside_parties" (no FTE, no cost)."""
        data = asdict(self)
        data["time"]["lead_time"] = self.time.lead_time
        del data["parties"], data["minutes_per_case"], data["outside_minutes_per_case"]
        del data["outside_annual_hours"]
        data["administrations"] = {
            "minutes_per_case": self.minutes_per_case, "annual_hours": self.annual_hours, "fte": self.fte,
            "annual_cost": self.annual_cost,
            "parties": [{k: v for k, v in p.as_dict().items() if k != "outside"} for p in self.administrations]}
        data["outside_parties"] = {
            "minutes_per_case": self.outside_minutes_per_case, "annual_hours": self.outside_annual_hours,
            "parties": [{k: v for k, v in p.as_dict().items() if k not in ("outside", "fte", "annual_cost")}
                        for p in self.outside_parties]}
        return data
