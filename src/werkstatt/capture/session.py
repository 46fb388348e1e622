"""Live capture: quick-entry lines become edits, one committed transaction per line.

Keeps the little state a facilitator relies on while typing — the current lane,
the step typed last, the decision whose branches come next — and rebuilds it from
the database when capture resumes, so a crash or a restart continues where the
room was.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from werkstatt.capture.catalogue import Catalogue
from werkstatt.capture.syntax import (
    BlankEntry,
    CommentEntry,
    Entry,
    LinkEntry,
    NoteEntry,
    PainPointEntry,
    QuickEntryError,
    StepEntry,
    parse_line,
)
from werkstatt.edits import (
    AddFlow,
    AddLane,
    AddPainPoint,
    AddStep,
    Edit,
    InsertStepBetween,
    Macro,
    set_step_attributes,
)
from werkstatt.edits.base import live
from werkstatt.edits.organisations import live_organisations, suggest_organisation
from werkstatt.edits.process import live_flows, live_lanes, live_steps
from werkstatt.errors import EditError
from werkstatt.i18n import tr
from werkstatt.layout.stepkinds import GATEWAY_KINDS
from werkstatt.model import Flow, Lane, Step, new_id
from werkstatt.read.model import find_model


class Applier(Protocol):
    def apply(self, edit: Edit) -> Edit: ...

    def reading(self): ...  # context manager yielding a Session


@dataclass(frozen=True)
class _Typed:
    """The step typed last: all capture needs of it, known without reading it back."""

    id: str
    kind: str
    label: str
    lane_id: str


@dataclass(frozen=True)
class Ack:
    """What one line stored: the kind of entry, the id of the row, a sentence for the facilitator."""

    line: int | None
    kind: str
    id: str | None
    message: str

    def as_dict(self) -> dict[str, object]:
        return {"line": self.line, "kind": self.kind, "id": self.id, "message": self.message}


class CaptureSession:
    def __init__(self, applier: Applier, model_id: str, *, catalogue: Catalogue | None = None,
                 workshop_id: str | None = None) -> None:
        self.applier = applier
        self.catalogue = catalogue
        self.workshop_id = workshop_id
        # Three small questions, not the whole model: a session is made again after every undo.
        live_in_model = (Step.model_id == bindparam("model"), Step.deleted.is_(False))
        with applier.reading() as session:
            self.model_id = find_model(session, model_id).id
            known = {"model": self.model_id}
            last = session.execute(select(Step.id, Step.kind, Step.label, Step.lane_id).where(
                *live_in_model).order_by(Step.position.desc()).limit(1), known).first()
            self.last_decision: str | None = session.scalar(select(Step.id).where(
                *live_in_model, Step.kind.in_(GATEWAY_KINDS)).order_by(Step.position.desc()).limit(1),
                known)
            # How many flows leave the step typed last, as far as this session knows: more when a step
            # is appended means another writer continued from it meanwhile (edits.process.continue_from).
            self.known_successors = session.scalar(select(func.count()).select_from(Flow).where(
                Flow.source_id == last.id, Flow.deleted.is_(False))) if last is not None else 0
        self.last_step = _Typed(last.id, last.kind, last.label, last.lane_id) if last else None
        self.lane_id: str | None = self.last_step.lane_id if self.last_step else None
        # The name of ``lane_id`` as this session last stored a step in it: a line without a lane
        # goes there without reading the lane first (a read per Enter, issue 18). None: read it.
        self.lane_name: str | None = None

    def enter_line(self, text: str, line_number: int | None = None) -> Ack:
        entry = parse_line(text, line_number)
        try:
            return self.enter(entry, line_number)
        except EditError as error:
            raise QuickEntryError(error.message, line_number=line_number) from error

    def enter(self, entry: Entry, line: int | None = None) -> Ack:
        if isinstance(entry, StepEntry):
            return self._step(entry, line)
        if isinstance(entry, LinkEntry):
            return self._link(entry, line)
        if isinstance(entry, PainPointEntry):
            return self._pain_point(entry, line)
        if isinstance(entry, NoteEntry):
            return self._note(entry, line)
        if isinstance(entry, CommentEntry | BlankEntry):
            return Ack(line, "comment", None, tr("Capture", "Comment, not stored."))
        raise TypeError(entry)

    # --- entries ---------------------------------------------------------------------------

    def _step(self, entry: StepEntry, line: int | None) -> Ack:
        source = self._source(entry.branch) if entry.kind != "start" else None
        block = self._block(entry.block)
        for attempt in (1, 2):
            parts: list[Edit] = []
            known = entry.lane is None and self.lane_id is not None and self.lane_name is not None
            if known:  # the edit itself checks under its lock that the lane still lives
                lane_id, lane_name, new_lane = self.lane_id, self.lane_name, False
            else:
                with self.applier.reading() as session:
                    lane_id, lane_name, new_lane = self._lane_for(session, entry.lane)
                    if new_lane:
                        parts.append(self._add_lane(session, lane_name, lane_id))
            add = AddStep(
                self.model_id, lane_id, entry.label, kind=entry.kind, connect_from=source,
                flow_label=entry.branch or "", block=block,
                processing_minutes=entry.processing_minutes, waiting_minutes=entry.waiting_minutes,
                probability=entry.probability,
                # Appending to the chain (not a branch of a decision): continue where it ends now.
                known_successors=self.known_successors if source is not None and entry.branch is None else None,
            )
            parts.append(add)
            try:
                self.applier.apply(Macro(tr("Capture", "Capture step"), parts) if new_lane else add)
                break
            except EditError:
                if known:  # the lane may have gone meanwhile: then say so as a read of it does
                    self.lane_name = None
                    with self.applier.reading() as session:
                        self._lane_for(session, None)
                    raise
                # Another writer may have created the same lane between our look and our lock:
                # then the step goes into that lane, as if it had been there all along.
                with self.applier.reading() as session:
                    if attempt == 2 or not new_lane or self._lane_for(session, entry.lane)[2]:
                        raise
        message = tr("Capture", "Step “{label}” stored in lane “{lane}”.", label=entry.label, lane=lane_name)
        if add.connected_from is not None and add.connected_from != source:
            with self.applier.reading() as session:
                after = session.get(Step, add.connected_from)
                message += " " + tr("Capture", "It follows “{label}”, which was captured elsewhere meanwhile.",
                                    label=after.label if after is not None else "?")
        self.last_step = _Typed(add.step_id, entry.kind, entry.label, lane_id)
        self.known_successors = 0
        self.lane_id, self.lane_name = lane_id, lane_name
        if entry.kind == "decision":
            self.last_decision = add.step_id
        if new_lane:
            message = tr("Capture", "Lane “{lane}” created.", lane=lane_name) + " " + message
        return Ack(line, "step", add.step_id, message)

    def _lane_for(self, session: Session, name: str | None, default: str | None = None) -> tuple[str, str, bool]:
        if name is None:
            lane_id = default or self.lane_id
            if lane_id is None:
                raise EditError(tr("Capture", "The first step needs a lane: write “Lane: step”."))
            lane = session.get(Lane, lane_id)
            if lane is not None and not lane.deleted:
                return lane.id, lane.name, False
            raise EditError(tr("Capture", "The lane of the previous step was deleted: name a lane."))
        for lane in live_lanes(session, self.model_id):
            if lane.name.casefold() == name.casefold():
                return lane.id, lane.name, False
        return new_id(), name, True

    def _add_lane(self, session: Session, name: str, lane_id: str) -> AddLane:
        """The edit that creates a lane quick entry names, with the organisation its name mentions.

        The one place quick entry creates lanes: "Bürgerbüro Witten" belongs to Stadt Witten.
        """
        organisation = suggest_organisation(name, live_organisations(session))
        return AddLane(self.model_id, name, organisation_id=organisation, position=None, lane_id=lane_id)

    def insert_line_after(self, step_id: str, text: str) -> Ack:
        """Insert the step written in ``text`` right after ``step_id``, between it and its successor.

        Without a lane prefix the new step goes into the lane of ``step_id``. Appending continues
        after the step typed last, as before.
        """
        entry = parse_line(text)
        if not isinstance(entry, StepEntry) or entry.branch is not None or entry.kind == "start":
            raise QuickEntryError(tr("Capture", "Only a step can be inserted here: write “Lane: step” or the "
                                                "step text."))
        try:
            with self.applier.reading() as session:
                anchor = live(session, Step, step_id)
                if anchor.kind == "end":
                    raise EditError(tr("Capture", "Nothing follows an end event: insert after the step before it."))
                lane_id, lane_name, new_lane = self._lane_for(session, entry.lane, default=anchor.lane_id)
                add_lane = self._add_lane(session, lane_name, lane_id) if new_lane else None
                outgoing = next((f for f in live_flows(session, self.model_id) if f.source_id == anchor.id), None)
            attributes = {"kind": entry.kind, "block": self._block(entry.block),
                          "processing_minutes": entry.processing_minutes,
                          "waiting_minutes": entry.waiting_minutes, "probability": entry.probability}
            insert: InsertStepBetween | AddStep
            if outgoing is not None and entry.kind == "end":
                raise EditError(tr("Capture", "An end event cannot stand between two steps."))
            if outgoing is not None:
                insert = InsertStepBetween(outgoing.id, lane_id, entry.label, **attributes)
            else:
                insert = AddStep(self.model_id, lane_id, entry.label, connect_from=anchor.id, after=anchor.id,
                                 **attributes)
            edit: Edit = insert
            if add_lane is not None:
                edit = Macro(tr("Capture", "Insert step"), [add_lane, insert])
            self.applier.apply(edit)
            if outgoing is None and self.last_step is not None and anchor.id == self.last_step.id:
                self.known_successors += 1  # our own flow out of the step typed last
        except EditError as error:
            raise QuickEntryError(error.message) from error
        assert insert.step_id is not None
        return Ack(None, "step", insert.step_id,
                   tr("Capture", "Step “{label}” inserted in lane “{lane}”.", label=entry.label, lane=lane_name))

    def _source(self, branch: str | None) -> str | None:
        if branch is not None:
            if self.last_decision is None:
                raise EditError(tr("Capture", "There is no decision yet for the branch “{branch}”.", branch=branch))
            return self.last_decision
        if self.last_step is None or self.last_step.kind == "end":
            return None
        return self.last_step.id

    def _block(self, name: str | None) -> str:
        if not name:
            return ""
        if self.catalogue is None:
            return name
        block = self.catalogue.find(name)
        if block is not None:
            return block.name
        suggestions = [b.name for b in self.catalogue.complete(name.split()[0] if name.split() else name)[:3]]
        if suggestions:
            raise EditError(tr("Capture", "Unknown building block “{name}”; did you mean: {suggestions}?",
                               name=name, suggestions=", ".join(suggestions)))
        raise EditError(tr("Capture", "Unknown building block “{name}”.", name=name))

    def _link(self, entry: LinkEntry, line: int | None) -> Ack:
        source = self._source(entry.branch)
        if source is None:
            raise EditError(tr("Capture", "There is no step to connect from."))
        with self.applier.reading() as session:
            target = self._step_by_label(session, entry.target)
        self.applier.apply(AddFlow(source, target.id, entry.branch or ""))
        if self.last_step is not None and source == self.last_step.id:
            self.known_successors += 1
        return Ack(line, "flow", target.id, tr("Capture", "Connected to “{label}”.", label=target.label))

    def _step_by_label(self, session: Session, text: str) -> Step:
        steps = live_steps(session, self.model_id)
        key = text.casefold()
        exact = [s for s in steps if s.label.casefold() == key]
        matches = exact or [s for s in steps if s.label.casefold().startswith(key)]
        if len(matches) == 1:
            return matches[0]
        if not matches:
            raise EditError(tr("Capture", "No step is labelled “{label}”.", label=text))
        raise EditError(tr("Capture", "Several steps begin with “{label}”: write more of the label.", label=text))

    def _pain_point(self, entry: PainPointEntry, line: int | None) -> Ack:
        step_id = self.last_step.id if self.last_step else None
        add = AddPainPoint(self.model_id, entry.text, step_id=step_id, category=entry.category,
                           severity=entry.severity, workshop_id=self.workshop_id)
        self.applier.apply(add)
        return Ack(line, "pain_point", add.pain_point_id, tr("Capture", "Pain point “{text}” stored.", text=entry.text))

    def _note(self, entry: NoteEntry, line: int | None) -> Ack:
        if self.last_step is None:
            raise EditError(tr("Capture", "A note needs a step before it."))
        with self.applier.reading() as session:
            step = session.get(Step, self.last_step.id)
            notes = step.notes if step is not None else ""
        combined = f"{notes}\n{entry.text}" if notes else entry.text
        self.applier.apply(set_step_attributes(self.last_step.id, notes=combined))
        return Ack(line, "note", self.last_step.id, tr("Capture", "Note added to “{label}”.",
                                                       label=self.last_step.label))
