"""The plain frozen data a protocol is made of (``content.gather`` fills it, the renderer places it)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from werkstatt.layout import Diagram
from werkstatt.voting.results import RoundResult


@dataclass(frozen=True)
class AttachmentFile:
    """A file embedded in the protocol PDF (PDF/A-3 associated file) and listed on its Anlagen page."""

    name: str  # file name inside the PDF, e.g. "Fuehrerscheinantrag-Ist.bpmn"
    data: bytes = field(repr=False)
    media_type: str  # "application/xml", "text/csv", "application/zip"
    description: str  # one line for the Anlagen page and the viewer's attachment list
    relationship: str = "Source"  # PDF/A-3 AFRelationship: Source, Data or Supplement


@dataclass(frozen=True)
class FigureLine:
    label: str
    value: str  # with its unit ("2 Tage 3 Std.", "1,69 VZÄ", "57,26 €/h")
    explanation: str = ""  # one sentence where the figure needs it (weighted average, longest path, …)


@dataclass(frozen=True)
class EffortLine:
    """One party's share of the work per case and per year."""

    party: str  # the organisation, or the lane's name when it has none
    outside: bool  # citizens, businesses, inspection bodies: their time, not the administrations' effort
    minutes_per_case: float
    hours_per_year: float
    fte: float | None  # None for outside parties
    cost_per_year: float | None  # None for outside parties


@dataclass(frozen=True)
class NoteLine:
    text: str
    owner: str
    due_date: dt.date | None
    kind: str = ""  # "decision", "open_point", "next_step"


@dataclass(frozen=True)
class Participant:
    name: str | None  # None when the protocol prints organisations only
    function: str
    organisation: str
    present: bool
    email: str = ""  # for the e-mail draft only; never printed, "" without names


@dataclass(frozen=True)
class AgendaLine:
    title: str
    planned_minutes: int | None
    actual_minutes: int | None
    model_name: str
    result: str = ""  # what the room concluded on this item (Ergebnis des TOP)
    notes: tuple[NoteLine, ...] = ()  # decisions, open points and next steps recorded under this item


@dataclass(frozen=True)
class FactSheet:
    """The register entry (Steckbrief) of the process a model draws, as labelled rows."""

    name: str
    rows: tuple[tuple[str, str], ...]  # (label, value), only rows with a value


@dataclass(frozen=True)
class StepLine:
    id: str
    number: int  # 1, 2, … in the step table; the overview diagram shows it where a label would be too small
    lane: str
    label: str
    kind: str  # in words
    block: str
    processing_minutes: float | None
    waiting_minutes: float | None
    probability: float | None
    it_system: str


@dataclass(frozen=True)
class PainPointLine:
    step_id: str | None  # None for the whole process
    text: str
    category: str  # in words
    step: str  # the step's label, "" for the whole process
    severity: int
    votes: float | None  # in the latest revealed round of the model that had it, None when never voted on
    rank: int | None


@dataclass(frozen=True)
class ModelSection:
    id: str
    name: str
    kind: str  # "Ist" / "Soll" in words
    organisation: str
    fact_sheet: FactSheet | None
    diagram: Diagram
    steps: tuple[StepLine, ...]
    pain_points: tuple[PainPointLine, ...]
    rounds: tuple[RoundResult, ...]  # revealed rounds on this model, oldest first
    # Analysis figures with units and, where needed, a sentence on what they mean.
    figures: tuple[FigureLine, ...] = ()
    # The effort by party: administrations (hours, FTE, cost) apart from outside parties (hours only).
    effort: tuple[EffortLine, ...] = ()
    # (lane, its organisation or "") in the lanes' order: who does which part of the process.
    lanes: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class MeasureLine:
    text: str
    owner: str
    due_date: dt.date | None
    status: str  # in words
    priority: int | None  # rank in the latest revealed round that had it
    effort: int | None
    impact: int | None
    pain_points: tuple[str, ...]


@dataclass(frozen=True)
class Photo:
    caption: str
    media_type: str
    data: bytes = field(repr=False)
    width: int
    height: int


@dataclass(frozen=True)
class ComparisonSection:
    """As-is against to-be of one process: each figure in both and its change, then what a year saves."""

    title: str
    rows: tuple[tuple[str, str, str, str], ...]  # figure, as-is, to-be, change
    summary: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Protocol:
    workshop_id: str
    title: str
    date: dt.date | None
    place: str
    facilitator: str
    goal: str
    organisations: tuple[str, ...]
    participants: tuple[Participant, ...]
    agenda: tuple[AgendaLine, ...]
    models: tuple[ModelSection, ...]
    measures: tuple[MeasureLine, ...]
    decisions: tuple[NoteLine, ...]
    open_points: tuple[NoteLine, ...]
    next_steps: tuple[NoteLine, ...]
    photos: tuple[Photo, ...]
    rounds: tuple[RoundResult, ...]  # revealed rounds of the workshop not tied to a model
    names_shown: bool
    comparisons: tuple[ComparisonSection, ...] = ()  # where the workshop has an as-is and a to-be of a process
    # What a German Sitzungsprotokoll has besides the results (issue 19).
    minute_taker: str = ""  # Protokollführung; "" without names
    distribution: tuple[str, ...] = ()  # Verteiler, one recipient (organisation, office or person) per entry
    file_reference: str = ""  # Aktenzeichen, optional
    next_meeting: str = ""  # date, time and place of the next meeting, as the facilitator wrote it
    final: bool = False  # False: "Entwurf" until the facilitator marks the protocol final
    measures_ranked: bool = False  # a revealed round ranked measures: only then is Priorität shown

    @property
    def present(self) -> tuple[Participant, ...]:
        return tuple(p for p in self.participants if p.present)
