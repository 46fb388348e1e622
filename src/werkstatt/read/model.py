"""Read-only questions to the store, answered with plain data (for the CLI, tests and snapshots)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from werkstatt.errors import NotFoundError
from werkstatt.i18n import tr
from werkstatt.model import Base, Flow, Lane, Organisation, PainPoint, Process, ProcessModel, Step, Workshop
from werkstatt.store.changes import Changes

MIN_PREFIX = 4


def find(session: Session, cls: type[Base], given: str, missing: str) -> Any:
    """The live row whose id is ``given`` or starts with it (at least four characters, unambiguous).

    ``missing`` is the whole translated sentence for an id that names nothing, with ``{id}`` in it:
    a noun put into one shared sentence cannot agree with its article in German ("keine Werkstatt").
    """""
    key = given.strip().lower()
    row = session.get(cls, key) if len(key) == 36 else None
    if row is not None and not row.deleted:
        return row
    if len(key) >= MIN_PREFIX and all(c in "0123456789abcdef-" for c in key):
        # LIKE wildcards cannot sneak in: only hex digits and hyphens pass the check above.
        matches = list(session.scalars(
            select(cls).where(cls.id.like(f"{key}%"), cls.deleted.is_(False)).limit(2)))
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            raise NotFoundError(tr("Queries", "The id {id} is ambiguous: give more characters.", id=given))
    raise NotFoundError(missing.format(id=given))


def find_model(session: Session, given: str) -> ProcessModel:
    return find(session, ProcessModel, given, tr("Queries", "There is no process model with the id {id}."))


def workshops(session: Session) -> list[dict[str, Any]]:
    rows = session.scalars(select(Workshop).where(Workshop.deleted.is_(False)).order_by(Workshop.date, Workshop.title))
    return [
        {"id": w.id, "title": w.title, "date": w.date.isoformat() if w.date else None, "place": w.place,
         "facilitator": w.facilitator, "status": w.status}
        for w in rows
    ]


def processes(session: Session) -> list[dict[str, Any]]:
    rows = session.scalars(select(Process).where(Process.deleted.is_(False)).order_by(Process.name))
    return [
        {"id": p.id, "name": p.name, "register_key": p.register_key, "status": p.status,
         "case_volume": p.case_volume}
        for p in rows
    ]


def models(session: Session) -> list[dict[str, Any]]:
    orgs = {o.id: o.name for o in session.scalars(select(Organisation))}
    rows = session.scalars(
        select(ProcessModel).where(ProcessModel.deleted.is_(False)).order_by(ProcessModel.name, ProcessModel.kind))
    return [
        {"id": m.id, "name": m.name, "kind": m.kind, "process_id": m.process_id,
         "organisation": orgs.get(m.organisation_id) if m.organisation_id else None}
        for m in rows
    ]


@dataclass(frozen=True)
class ModelView:
    """A process model with its live lanes, steps, flows and pain points, as plain data."""

    model: dict[str, Any]
    lanes: list[dict[str, Any]]
    steps: list[dict[str, Any]]
    flows: list[dict[str, Any]]
    pain_points: list[dict[str, Any]]

    def as_dict(self) -> dict[str, Any]:
        return {**self.model, "lanes": self.lanes, "steps": self.steps, "flows": self.flows,
                "pain_points": self.pain_points}


STEP_FIELDS = ("id", "lane_id", "kind", "label", "block", "processing_minutes", "waiting_minutes", "probability",
               "it_system", "medium", "notes")


def model_view(session: Session, given: str) -> ModelView:
    """The model as plain data. Read with Core as plain rows, not ORM objects: this runs after every
    change of the open model, and building a thousand tracked objects cost more than the layout."""
    model = find_model(session, given)

    def live(cls: type[Base], columns: tuple[str, ...], *order: Any) -> list[Any]:
        return list(session.execute(
            select(*(getattr(cls, column) for column in columns))
            .where(cls.model_id == model.id, cls.deleted.is_(False)).order_by(*order)))

    lanes = live(Lane, ("id", "name", "position", "organisation_id", "pay_grade"), Lane.position)
    lane_names = {lane.id: lane.name for lane in lanes}
    return ModelView(
        model={"id": model.id, "name": model.name, "kind": model.kind, "process_id": model.process_id,
               "organisation_id": model.organisation_id, "case_volume": _case_volume(session, model.process_id)},
        lanes=[lane._asdict() for lane in lanes],
        steps=[{"id": s.id, "lane": lane_names.get(s.lane_id), **s._asdict()}
               for s in live(Step, STEP_FIELDS, Step.position)],
        flows=[{"id": f.id, "source": f.source_id, "target": f.target_id, "label": f.label}
               for f in live(Flow, ("id", "source_id", "target_id", "label"), Flow.created_at, Flow.id)],
        pain_points=[{"id": p.id, "step": p.step_id, "text": p.text, "category": p.category, "severity": p.severity}
                     for p in live(PainPoint, ("id", "step_id", "text", "category", "severity"),
                                   PainPoint.created_at, PainPoint.id)],
    )


def _case_volume(session: Session, process_id: str | None) -> int | None:
    process = session.get(Process, process_id) if process_id else None
    return process.case_volume if process is not None and not process.deleted else None


# What ``patched`` can bring up to date row by row; any other change is read in full.
PATCHABLE = ("steps", "flows", "pain_points")


def _patch_queries(cls: type[Base], columns: tuple[str, ...], *ordering: Any) -> tuple[Any, Any]:
    """The touched rows of one table, and the order of all its live rows in the model. Built once:
    building a statement costs SQLAlchemy more than running it, and these run at every Enter."""
    live = (cls.model_id == bindparam("model"), cls.deleted.is_(False))
    rows = select(*(getattr(cls, column) for column in columns)).where(
        cls.id.in_(bindparam("ids", expanding=True)), *live)
    return rows, select(cls.id).where(*live).order_by(*ordering)


_PATCHES = {
    "steps": _patch_queries(Step, STEP_FIELDS, Step.position),
    "flows": _patch_queries(Flow, ("id", "source_id", "target_id", "label"), Flow.created_at, Flow.id),
    "pain_points": _patch_queries(PainPoint, ("id", "step_id", "text", "category", "severity"),
                                  PainPoint.created_at, PainPoint.id),
}


def patched(session: Session, view: ModelView, changes: Changes) -> ModelView | None:
    """``view`` with the rows ``changes`` touched read again, in their order; None when only a full
    read can tell (a lane, the model itself, rows of unknown ids). A captured step costs two small
    queries per table instead of reading the whole model again."""
    if not changes.only(*PATCHABLE):
        return None
    lanes = {lane["id"]: lane["name"] for lane in view.lanes}
    shapes = {
        "steps": lambda s: {"id": s.id, "lane": lanes.get(s.lane_id), **s._asdict()},
        "flows": lambda f: {"id": f.id, "source": f.source_id, "target": f.target_id, "label": f.label},
        "pain_points": lambda p: {"id": p.id, "step": p.step_id, "text": p.text, "category": p.category,
                                  "severity": p.severity},
    }
    parts = {"steps": view.steps, "flows": view.flows, "pain_points": view.pain_points}
    model = {"model": view.model["id"]}
    for table, (rows, ordering) in _PATCHES.items():
        ids = changes.ids(table)
        if ids is None:
            return None
        if not ids:
            continue
        fresh = {row.id: shapes[table](row) for row in session.execute(rows, {**model, "ids": list(ids)})}
        if table == "steps" and any(row["lane"] is None for row in fresh.values()):
            return None  # a step in a lane this snapshot does not know
        known = {row["id"]: row for row in parts[table]}
        known.update(fresh)
        order = list(session.scalars(ordering, model))
        if any(row_id not in known for row_id in order):
            return None  # a row this snapshot never saw and the change did not name: read it all
        parts[table] = [known[row_id] for row_id in order]
    return ModelView(model=view.model, lanes=view.lanes, steps=parts["steps"], flows=parts["flows"],
                     pain_points=parts["pain_points"])
