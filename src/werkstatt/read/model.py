"""Read-only questions to the store, answered with plain data (for the CLI, tests and snapshots)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from werkstatt.errors import NotFoundError
from werkstatt.i18n import tr
from werkstatt.model import Base, Flow, Lane, Organisation, PainPoint, Process, ProcessModel, Step, Workshop

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


def model_view(session: Session, given: str) -> ModelView:
    model = find_model(session, given)

    def live(cls: type[Base], *order: Any) -> list[Any]:
        return list(session.scalars(
            select(cls).where(cls.model_id == model.id, cls.deleted.is_(False)).order_by(*order)))

    lanes = live(Lane, Lane.position)
    lane_names = {lane.id: lane.name for lane in lanes}
    steps = live(Step, Step.position)
    return ModelView(
        model={"id": model.id, "name": model.name, "kind": model.kind, "process_id": model.process_id,
               "organisation_id": model.organisation_id, "case_volume": _case_volume(session, model.process_id)},
        lanes=[{"id": lane.id, "name": lane.name, "position": lane.position, "organisation_id": lane.organisation_id,
                "pay_grade": lane.pay_grade} for lane in lanes],
        steps=[
            {"id": s.id, "lane": lane_names.get(s.lane_id), "lane_id": s.lane_id, "kind": s.kind, "label": s.label,
             "block": s.block, "processing_minutes": s.processing_minutes, "waiting_minutes": s.waiting_minutes,
             "probability": s.probability, "it_system": s.it_system, "medium": s.medium, "notes": s.notes}
            for s in steps
        ],
        flows=[{"id": f.id, "source": f.source_id, "target": f.target_id, "label": f.label}
               for f in live(Flow, Flow.created_at, Flow.id)],
        pain_points=[{"id": p.id, "step": p.step_id, "text": p.text, "category": p.category,
                      "severity": p.severity} for p in live(PainPoint, PainPoint.created_at, PainPoint.id)],
    )


def _case_volume(session: Session, process_id: str | None) -> int | None:
    process = session.get(Process, process_id) if process_id else None
    return process.case_volume if process is not None and not process.deleted else None
