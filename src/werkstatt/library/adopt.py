"""Adopting a model from the library as the base of an own variant (linked by ``based_on``).

The copy gets new ids for the model, its lanes, steps and flows, so that it is the adopting
organisation's own row set in the register while the original stays the other organisation's.
Pain points are not copied: they are what the other organisation found in its own way of working.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from werkstatt.edits import validate
from werkstatt.edits.base import Edit, Planned, live
from werkstatt.errors import EditError
from werkstatt.i18n import tr
from werkstatt.library.holding import CATALOGUE_ONLY, offline_state
from werkstatt.model import Base, Flow, Lane, Organisation, ProcessModel, Step, new_id

NAME_MAX = 300
_STEP_COLUMNS = ("kind", "label", "block", "processing_minutes", "waiting_minutes", "probability", "it_system",
                 "medium", "notes", "position")


class CreateRows(Edit):
    """Many new rows in one flush; undo tombstones them all, redo brings the same rows back.

    A model of a thousand steps is adopted in one go, which row-by-row creates would make slow.
    """

    def __init__(self, rows: list[tuple[type[Base], dict[str, Any]]], text: str = "") -> None:
        self.rows = rows  # each values dict holds the row's id
        self.text = text

    def redo(self, session: Session) -> None:
        for cls, values in self.rows:
            row = session.get(cls, values["id"])
            if row is None:
                session.add(cls(**values))
            else:  # re-done after an undo: the tombstoned copy comes back as it was made
                for name, value in values.items():
                    setattr(row, name, value)
                row.deleted = False
        session.flush()

    def undo(self, session: Session) -> None:
        for cls, values in reversed(self.rows):
            row = session.get(cls, values["id"])
            if row is not None:
                row.deleted = True
        session.flush()


def variant_name(name: str, organisation: Organisation) -> str:
    suffix = tr("AdoptModel", " (variant {organisation})", organisation=organisation.short_name or organisation.name)
    return name[:max(0, NAME_MAX - len(suffix))] + suffix


class AdoptModel(Planned):
    """Copy the model ``model_id`` (a library model or an own one) into a new model of ``organisation_id``."""

    def __init__(self, model_id: str, organisation_id: str, *, name: str | None = None) -> None:
        super().__init__(tr("AdoptModel", "Adopt model as own variant"))
        self.model_id = model_id
        self.organisation_id = organisation_id
        self.name = None if name is None else validate.text(name, tr("AdoptModel", "model name"), maximum=NAME_MAX)
        self.new_model_id = new_id()

    def plan(self, session: Session) -> list[Edit]:
        source: ProcessModel = live(session, ProcessModel, self.model_id)
        if source.process_id and offline_state(session, [source.process_id])[source.process_id] == CATALOGUE_ONLY:
            raise EditError(tr("AdoptModel", "Only the name of this model is on this laptop: take its process "
                                             "along for workshops and sync, then adopt it."))
        organisation = session.get(Organisation, self.organisation_id)
        if organisation is None or organisation.deleted:
            raise EditError(tr("AdoptModel", "The organisation that should adopt the model no longer exists."))
        rows: list[tuple[type[Base], dict[str, Any]]] = [(ProcessModel, {
            "id": self.new_model_id, "process_id": source.process_id,
            "name": self.name or variant_name(source.name, organisation), "kind": source.kind,
            "organisation_id": organisation.id, "based_on_id": source.id, "description": source.description})]
        lane_ids: dict[str, str] = {}
        for lane in _live(session, Lane, source.id, Lane.position):
            lane_ids[lane.id] = new_id()
            # The source organisation's own lanes are the adopter's in its variant (its staff, its rates);
            # lanes of third parties (the Kreis, the applicant) stay theirs.
            lane_organisation = organisation.id if lane.organisation_id == source.organisation_id \
                and source.organisation_id is not None else lane.organisation_id
            rows.append((Lane, {"id": lane_ids[lane.id], "model_id": self.new_model_id, "name": lane.name,
                                "organisation_id": lane_organisation, "position": lane.position,
                                "pay_grade": lane.pay_grade}))
        step_ids: dict[str, str] = {}
        for step in _live(session, Step, source.id, Step.position):
            if step.lane_id not in lane_ids:
                continue  # a step left in a deleted lane is not part of the drawn model
            step_ids[step.id] = new_id()
            values = {column: getattr(step, column) for column in _STEP_COLUMNS}
            rows.append((Step, {"id": step_ids[step.id], "model_id": self.new_model_id,
                                "lane_id": lane_ids[step.lane_id], **values}))
        for flow in _live(session, Flow, source.id, Flow.created_at):
            if flow.source_id in step_ids and flow.target_id in step_ids:
                rows.append((Flow, {"id": new_id(), "model_id": self.new_model_id,
                                    "source_id": step_ids[flow.source_id], "target_id": step_ids[flow.target_id],
                                    "label": flow.label}))
        return [CreateRows(rows, self.text)]


def _live(session: Session, cls: Any, model_id: str, order: Any) -> list[Any]:
    return list(session.scalars(select(cls).where(cls.model_id == model_id, cls.deleted.is_(False))
                                .order_by(order, cls.id)))
