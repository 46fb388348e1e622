"""Edits of a process model: steps, lanes and flows."""

from __future__ import annotations

from typing import Any

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from werkstatt.edits import validate
from werkstatt.edits.base import Create, Delete, Edit, MoveRow, OnLiveRow, Planned, Update, live
from werkstatt.errors import EditError
from werkstatt.i18n import tr
from werkstatt.layout.stepkinds import is_gateway
from werkstatt.model import Flow, Lane, PainPoint, ProcessModel, Step

STEP_ATTRIBUTES = {
    "label", "kind", "block", "processing_minutes", "waiting_minutes", "probability",
    "it_system", "medium", "notes",
}


def clean_step_attributes(values: dict[str, Any]) -> dict[str, Any]:
    unknown = set(values) - STEP_ATTRIBUTES
    if unknown:
        raise EditError(tr("Edits", "Steps have no attribute {name}.", name=", ".join(sorted(unknown))))
    cleaners = {
        "label": lambda v: validate.column_text(Step.label, v, tr("Edits", "step label")),
        "kind": validate.step_kind,
        "block": lambda v: validate.column_text(Step.block, v or "", tr("Edits", "building block"), allow_empty=True),
        "processing_minutes": lambda v: validate.minutes(v, tr("Edits", "processing time")),
        "waiting_minutes": lambda v: validate.minutes(v, tr("Edits", "waiting time")),
        "probability": validate.probability,
        "it_system": lambda v: validate.column_text(Step.it_system, v or "", tr("Edits", "IT system"),
                                                    allow_empty=True),
        "medium": validate.medium,
        "notes": lambda v: validate.column_text(Step.notes, v or "", tr("Edits", "note"), allow_empty=True),
    }
    return {name: cleaners[name](value) for name, value in values.items()}


def live_steps(session: Session, model_id: str) -> list[Step]:
    return list(session.scalars(
        select(Step).where(Step.model_id == model_id, Step.deleted.is_(False)).order_by(Step.position)
    ))


def live_lanes(session: Session, model_id: str) -> list[Lane]:
    return list(session.scalars(
        select(Lane).where(Lane.model_id == model_id, Lane.deleted.is_(False)).order_by(Lane.position)
    ))


def live_flows(session: Session, model_id: str) -> list[Flow]:
    return list(session.scalars(select(Flow).where(Flow.model_id == model_id, Flow.deleted.is_(False))
                                .order_by(Flow.created_at, Flow.id)))


# --- lanes -----------------------------------------------------------------------------------

def add_lane(model_id: str, name: str, *, organisation_id: str | None = None, position: int | None = None,
             lane_id: str | None = None) -> Edit:
    return AddLane(model_id, name, organisation_id=organisation_id, position=position, lane_id=lane_id)


class AddLane(Planned):
    def __init__(self, model_id: str, name: str, *, organisation_id: str | None, position: int | None,
                 lane_id: str | None) -> None:
        super().__init__(tr("Edits", "Add lane"))
        self.model_id = model_id
        self.name = validate.column_text(Lane.name, name, tr("Edits", "lane name"))
        self.organisation_id = organisation_id
        self.position = position
        self.lane_id = lane_id

    def plan(self, session: Session) -> list[Edit]:
        live(session, ProcessModel, self.model_id)
        lanes = live_lanes(session, self.model_id)
        if any(lane.name.casefold() == self.name.casefold() for lane in lanes):
            raise EditError(tr("Edits", "There is already a lane named {name}.", name=self.name))
        index = len(lanes) if self.position is None else max(0, min(self.position, len(lanes)))
        parts: list[Edit] = [
            Update(Lane, lane.id, position=i + 1) for i, lane in enumerate(lanes) if i >= index
        ]
        parts.append(Create(Lane, id=self.lane_id, model_id=self.model_id, name=self.name,
                            organisation_id=self.organisation_id, position=index))
        return parts

    @property
    def lane_id_created(self) -> str:
        assert self._macro is not None
        created = self._macro.parts[-1]
        assert isinstance(created, Create)
        return created.id


def rename_lane(lane_id: str, name: str) -> Edit:
    return Update(Lane, lane_id, tr("Edits", "Rename lane"),
                  name=validate.column_text(Lane.name, name, tr("Edits", "lane name")))


class MoveLane(MoveRow):
    """Put a lane at another place in the order of bands."""

    table = Lane

    def __init__(self, lane_id: str, position: int) -> None:
        super().__init__(tr("Edits", "Move lane"), lane_id, position)

    def siblings(self, session: Session, row: Lane) -> list[Lane]:
        return live_lanes(session, row.model_id)


class DeleteLane(Planned):
    """Delete a lane; its steps must be given another lane (or the lane must be empty)."""

    def __init__(self, lane_id: str, move_steps_to: str | None = None) -> None:
        super().__init__(tr("Edits", "Delete lane"))
        self.lane_id = lane_id
        self.move_steps_to = move_steps_to

    def plan(self, session: Session) -> list[Edit]:
        lane = live(session, Lane, self.lane_id)
        steps = [step for step in live_steps(session, lane.model_id) if step.lane_id == lane.id]
        parts: list[Edit] = []
        if steps:
            if self.move_steps_to is None:
                raise EditError(tr("Edits", "The lane {name} still holds {count} steps: choose the lane they "
                                            "move to.", name=lane.name, count=len(steps)))
            target = live(session, Lane, self.move_steps_to)
            if target.id == lane.id or target.model_id != lane.model_id:
                raise EditError(tr("Edits", "The steps must move to another lane of the same model."))
            parts += [Update(Step, step.id, lane_id=target.id) for step in steps]
        parts.append(Delete(Lane, lane.id))
        return parts


def drop_lane_left_empty(session: Session, lane_id: str, leaving_step_id: str) -> list[Edit]:
    """Edits that tombstone the lane when the step leaving it (moved or deleted) was its last one.

    A band with nothing in it would stay on the diagram, the projector and in the analysis' lane
    count (issue 17: a typo's lane, emptied again). Part of the same edit, so one undo brings step
    and lane back together. A lane that never held a step is left alone: nothing left it.
    """
    lane = session.get(Lane, lane_id)
    if lane is None or lane.deleted:
        return []
    others = session.scalar(select(func.count()).select_from(Step).where(
        Step.lane_id == lane.id, Step.deleted.is_(False), Step.id != leaving_step_id))
    if others:
        return []
    # The bands below move up one place, so that a lane added later goes to the end, not between.
    below = [other for other in live_lanes(session, lane.model_id) if other.position > lane.position]
    return [*(Update(Lane, other.id, position=other.position - 1) for other in below), Delete(Lane, lane.id)]


# --- steps -----------------------------------------------------------------------------------

class AddStep(Planned):
    """A new step in a lane, connected from ``connect_from`` (usually the step typed before).

    ``known_successors`` is for a writer that appends to the chain it last saw (capture): how many
    flows it knows to leave ``connect_from``. If there are more when the edit runs, someone else
    (another ``capture`` process, another window) has continued from that step meanwhile, and the
    new step follows the chain's end instead of branching off beside it. ``connected_from`` then
    tells the writer where the step went. Gateways branch by design and are never redirected.
    """

    def __init__(self, model_id: str, lane_id: str, label: str, *, kind: str = "task",
                 connect_from: str | None = None, flow_label: str = "", after: str | None = None,
                 step_id: str | None = None, known_successors: int | None = None, **attributes: Any) -> None:
        super().__init__(tr("Edits", "Add step"))
        self.model_id = model_id
        self.lane_id = lane_id
        self.values = clean_step_attributes({"label": label, "kind": kind, **attributes})
        self.connect_from = connect_from
        self.flow_label = validate.column_text(Flow.label, flow_label, tr("Edits", "flow label"), allow_empty=True)
        self.after = after
        self.step_id = step_id
        self.known_successors = known_successors
        self.connected_from: str | None = None

    def plan(self, session: Session) -> list[Edit]:
        # Runs under the write lock (Planned.redo): the chain's end and the last position read here
        # are still true when the rows are written, whichever other process writes to the file.
        lane = live(session, Lane, self.lane_id)
        if lane.model_id != self.model_id:
            raise EditError(tr("Edits", "The lane belongs to another process model."))
        source = live(session, Step, self.connect_from) if self.connect_from is not None else None
        if source is not None and self.known_successors is not None:
            source = continue_from(session, source, self.known_successors)
        position = next_position(session, self.model_id, self.after)
        create = Create(Step, id=self.step_id, model_id=self.model_id, lane_id=lane.id, position=position,
                        **self.values)
        self.step_id = create.id
        parts: list[Edit] = [create]
        if source is not None:
            self.connected_from = source.id
            parts.append(Create(Flow, model_id=self.model_id, source_id=source.id, target_id=create.id,
                                label=self.flow_label))
        return parts


def continue_from(session: Session, source: Step, known_successors: int) -> Step:
    """The step to append after, for a writer that last saw ``source`` with ``known_successors`` flows out.

    When another writer has continued from ``source`` meanwhile, that is the chain's end now: the
    live step captured last. Two writers then take turns on one chain instead of both extending
    ``source``. A chain that another writer has ended is not continued silently.
    """
    if is_gateway(source.kind):  # gateways branch by design; any other step continues in one line
        return source
    successors = session.scalar(_SUCCESSORS, {"source": source.id})
    if (successors or 0) <= known_successors:
        return source
    end = session.scalar(select(Step).where(Step.model_id == source.model_id, Step.deleted.is_(False))
                         .order_by(Step.position.desc()).limit(1))
    if end is None or end.id == source.id:
        return source
    if end.kind == "end":
        raise EditError(tr("Edits", "“{label}” was continued elsewhere meanwhile, and the process now ends with "
                                    "“{end}”: connect the new step where it belongs.",
                           label=source.label, end=end.label))
    return end


# Built once: every captured step asks both, and building a statement costs more than running it.
_SUCCESSORS = select(func.count()).select_from(Flow).where(Flow.source_id == bindparam("source"),
                                                           Flow.deleted.is_(False))
_LAST_POSITION = select(func.max(Step.position)).where(Step.model_id == bindparam("model"))


def next_position(session: Session, model_id: str, after: str | None) -> float:
    """A capture position at the end, or between ``after`` and the step that follows it."""
    if after is None:
        last = session.scalar(_LAST_POSITION, {"model": model_id})
        return (last or 0.0) + 1.0
    anchor = live(session, Step, after)
    following = session.scalar(
        select(func.min(Step.position)).where(Step.model_id == model_id, Step.position > anchor.position)
    )
    return anchor.position + 1.0 if following is None else (anchor.position + following) / 2


def rename_step(step_id: str, label: str) -> Edit:
    return Update(Step, step_id, tr("Edits", "Rename step"), **clean_step_attributes({"label": label}))


def retype_step(step_id: str, kind: str) -> Edit:
    return Update(Step, step_id, tr("Edits", "Change kind of step"), **clean_step_attributes({"kind": kind}))


def set_step_attributes(step_id: str, **attributes: Any) -> Edit:
    return Update(Step, step_id, tr("Edits", "Change step"), **clean_step_attributes(attributes))


class MoveStep(Planned):
    """Move a step to another lane and/or to another place in the capture order."""

    def __init__(self, step_id: str, *, lane_id: str | None = None, after: str | None = None,
                 to_start: bool = False) -> None:
        super().__init__(tr("Edits", "Move step"))
        self.step_id = step_id
        self.lane_id = lane_id
        self.after = after
        self.to_start = to_start

    def plan(self, session: Session) -> list[Edit]:
        step = live(session, Step, self.step_id)
        changes: dict[str, Any] = {}
        if self.lane_id is not None and self.lane_id != step.lane_id:
            lane = live(session, Lane, self.lane_id)
            if lane.model_id != step.model_id:
                raise EditError(tr("Edits", "The lane belongs to another process model."))
            changes["lane_id"] = lane.id
        if self.to_start:
            first = session.scalar(select(func.min(Step.position)).where(Step.model_id == step.model_id))
            changes["position"] = (first or 0.0) - 1.0
        elif self.after is not None and self.after != step.id:
            changes["position"] = next_position(session, step.model_id, self.after)
        if not changes:
            return []
        left = drop_lane_left_empty(session, step.lane_id, step.id) if "lane_id" in changes else []
        return [Update(Step, step.id, **changes), *left]


class MoveStepInOrder(Planned):
    """Move a step one place up or down (Ctrl+Shift+Up/Down): it swaps places with its neighbour.

    When the two follow each other in the process (one flow from the first to the second), the
    flows are swapped too, so that the diagram shows the new order rather than a loop back.
    """

    def __init__(self, step_id: str, delta: int) -> None:
        super().__init__(tr("Edits", "Move step up") if delta < 0 else tr("Edits", "Move step down"))
        self.step_id = step_id
        self.delta = -1 if delta < 0 else 1

    def plan(self, session: Session) -> list[Edit]:
        step = live(session, Step, self.step_id)
        steps = live_steps(session, step.model_id)
        index = next(i for i, s in enumerate(steps) if s.id == step.id)
        target = index + self.delta
        if not 0 <= target < len(steps):
            raise EditError(tr("Edits", "The step is already the first one.") if self.delta < 0
                            else tr("Edits", "The step is already the last one."))
        first, second = sorted((step, steps[target]), key=lambda s: s.position)
        parts: list[Edit] = [Update(Step, first.id, position=second.position),
                             Update(Step, second.id, position=first.position)]
        flows = live_flows(session, step.model_id)
        link = next((f for f in flows if f.source_id == first.id and f.target_id == second.id), None)
        if link is None:
            return parts
        if sum(f.source_id == first.id for f in flows) > 1 or sum(f.target_id == second.id for f in flows) > 1 \
                or any(f.source_id == second.id and f.target_id == first.id for f in flows):
            raise EditError(tr("Edits", "“{first}” and “{second}” are no plain sequence (a branch leaves or joins "
                                        "between them): connect the steps anew instead.",
                               first=first.label, second=second.label))
        for flow in flows:
            if flow.target_id == first.id and flow.source_id != second.id:
                parts.append(Update(Flow, flow.id, target_id=second.id))
            elif flow.source_id == second.id and flow.target_id != first.id:
                parts.append(Update(Flow, flow.id, source_id=first.id))
        parts.append(Update(Flow, link.id, source_id=second.id, target_id=first.id))
        return parts


class MakeDecision(Planned):
    """Turn a step into a decision; its first unlabelled outgoing flow becomes the branch ``yes``."""

    def __init__(self, step_id: str, yes: str) -> None:
        super().__init__(tr("Edits", "Turn into a decision"))
        self.step_id = step_id
        self.yes = validate.column_text(Flow.label, yes, tr("Edits", "flow label"))

    def plan(self, session: Session) -> list[Edit]:
        step = live(session, Step, self.step_id)
        if step.kind in ("start", "end"):
            raise EditError(tr("Edits", "A start or end event cannot become a decision."))
        parts: list[Edit] = []
        if not is_gateway(step.kind):  # a parallel or inclusive gateway stays what it is
            parts.append(Update(Step, step.id, kind="decision"))
        outgoing = [f for f in live_flows(session, step.model_id) if f.source_id == step.id and not f.label]
        if outgoing:
            parts.append(Update(Flow, outgoing[0].id, label=self.yes))
        return parts


class DeleteStep(OnLiveRow):
    """Delete a step and keep the chain: every predecessor is connected to every successor."""

    table = Step

    def __init__(self, step_id: str) -> None:
        super().__init__(tr("Edits", "Delete step"), step_id)

    def plan_for(self, session: Session, step: Step) -> list[Edit]:
        flows = live_flows(session, step.model_id)
        incoming = [f for f in flows if f.target_id == step.id and f.source_id != step.id]
        outgoing = [f for f in flows if f.source_id == step.id and f.target_id != step.id]
        existing = {(f.source_id, f.target_id) for f in flows}
        parts: list[Edit] = [Delete(Flow, f.id) for f in flows if step.id in (f.source_id, f.target_id)]
        for into in incoming:
            for out in outgoing:
                pair = (into.source_id, out.target_id)
                if pair not in existing:
                    existing.add(pair)
                    parts.append(Create(Flow, model_id=step.model_id, source_id=pair[0], target_id=pair[1],
                                        label=into.label or out.label))
        pain_points = session.scalars(
            select(PainPoint).where(PainPoint.step_id == step.id, PainPoint.deleted.is_(False))
        )
        # A pain point outlives its step: it moves to the process, the room said it after all.
        parts += [Update(PainPoint, p.id, step_id=None) for p in pain_points]
        parts.append(Delete(Step, step.id))
        return parts + drop_lane_left_empty(session, step.lane_id, step.id)


class InsertStepBetween(Planned):
    """Split a flow: source → new step → target."""

    def __init__(self, flow_id: str, lane_id: str, label: str, **attributes: Any) -> None:
        super().__init__(tr("Edits", "Insert step"))
        self.flow_id = flow_id
        self.lane_id = lane_id
        self.label = label
        self.attributes = attributes
        self.step_id: str | None = None

    def plan(self, session: Session) -> list[Edit]:
        flow = live(session, Flow, self.flow_id)
        add = AddStep(flow.model_id, self.lane_id, self.label, connect_from=flow.source_id,
                      flow_label=flow.label, after=flow.source_id, **self.attributes)
        parts = add.plan(session)
        self.step_id = add.step_id
        return [*parts, Update(Flow, flow.id, source_id=add.step_id, label="")]


# --- flows -----------------------------------------------------------------------------------

class AddFlow(Planned):
    def __init__(self, source_id: str, target_id: str, label: str = "") -> None:
        super().__init__(tr("Edits", "Connect steps"))
        self.source_id = source_id
        self.target_id = target_id
        self.label = validate.column_text(Flow.label, label, tr("Edits", "flow label"), allow_empty=True)

    def plan(self, session: Session) -> list[Edit]:
        source = live(session, Step, self.source_id)
        target = live(session, Step, self.target_id)
        if source.model_id != target.model_id:
            raise EditError(tr("Edits", "Only steps of the same process model can be connected."))
        if source.kind == "end":
            raise EditError(tr("Edits", "An end event has no outgoing flow."))
        if any(f.source_id == source.id and f.target_id == target.id for f in live_flows(session, source.model_id)):
            raise EditError(tr("Edits", "These steps are already connected."))
        return [Create(Flow, model_id=source.model_id, source_id=source.id, target_id=target.id, label=self.label)]


def relabel_flow(flow_id: str, label: str) -> Edit:
    return Update(Flow, flow_id, tr("Edits", "Label flow"),
                  label=validate.column_text(Flow.label, label, tr("Edits", "flow label"), allow_empty=True))


def delete_flow(flow_id: str) -> Edit:
    return Delete(Flow, flow_id, tr("Edits", "Delete flow"))
