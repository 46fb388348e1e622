"""Edits of what a workshop finds and records: pain points, measures, attendance, agenda."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, ClassVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from werkstatt.edits import validate
from werkstatt.edits.base import Create, Delete, Edit, MoveRow, OnLiveRow, Planned, Restore, Update, live
from werkstatt.errors import EditError
from werkstatt.i18n import tr
from werkstatt.model import (
    MEASURE_STATUSES,
    PAIN_POINT_CATEGORIES,
    AgendaItem,
    Attendance,
    Measure,
    MeasurePainPoint,
    PainPoint,
    Person,
    ProcessModel,
    Step,
    Workshop,
    WorkshopNote,
)

# --- pain points -----------------------------------------------------------------------------


def clean_pain_point(values: dict[str, Any]) -> dict[str, Any]:
    cleaned = dict(values)
    if "text" in cleaned:
        cleaned["text"] = validate.text(cleaned["text"], tr("RecordEdits", "pain point"), maximum=5000)
    if "category" in cleaned and cleaned["category"] not in PAIN_POINT_CATEGORIES:
        raise EditError(tr("RecordEdits", "Unknown pain point category: {category}.", category=cleaned["category"]))
    if "severity" in cleaned:
        cleaned["severity"] = validate.rating(cleaned["severity"], tr("RecordEdits", "severity"), 1, 3)
    return cleaned


class AddPainPoint(Planned):
    def __init__(self, model_id: str, text: str, *, step_id: str | None = None, category: str = "other",
                 severity: int = 1, workshop_id: str | None = None) -> None:
        super().__init__(tr("RecordEdits", "Add pain point"))
        self.model_id = model_id
        self.step_id = step_id
        self.workshop_id = workshop_id
        self.values = clean_pain_point({"text": text, "category": category, "severity": severity})
        self.pain_point_id: str | None = None

    def plan(self, session: Session) -> list[Edit]:
        live(session, ProcessModel, self.model_id)
        if self.step_id is not None and live(session, Step, self.step_id).model_id != self.model_id:
            raise EditError(tr("RecordEdits", "The step belongs to another process model."))
        create = Create(PainPoint, model_id=self.model_id, step_id=self.step_id,
                        workshop_id=self.workshop_id, **self.values)
        self.pain_point_id = create.id
        return [create]


def edit_pain_point(pain_point_id: str, **changes: Any) -> Edit:
    return Update(PainPoint, pain_point_id, tr("RecordEdits", "Change pain point"), **clean_pain_point(changes))


class DeleteWithLinks(OnLiveRow):
    """Tombstone a pain point or measure and the links between them (``link_key``: its column of the link
    table, by name: a mapped column as a class attribute would act on the edit); the other side stays."""

    link_key: ClassVar[str]

    def plan_for(self, session: Session, row: Any) -> list[Edit]:
        side = getattr(MeasurePainPoint, self.link_key)
        links = session.scalars(select(MeasurePainPoint).where(side == row.id, MeasurePainPoint.deleted.is_(False)))
        return [*(Delete(MeasurePainPoint, link.id) for link in links), Delete(self.table, row.id)]


class DeletePainPoint(DeleteWithLinks):
    """Delete a pain point and its links to measures (the measures stay)."""

    table, link_key = PainPoint, "pain_point_id"

    def __init__(self, pain_point_id: str) -> None:
        super().__init__(tr("RecordEdits", "Delete pain point"), pain_point_id)


# --- measures --------------------------------------------------------------------------------


def clean_measure(values: dict[str, Any]) -> dict[str, Any]:
    cleaned = dict(values)
    if "text" in cleaned:
        cleaned["text"] = validate.text(cleaned["text"], tr("RecordEdits", "measure"), maximum=5000)
    if "owner" in cleaned:
        cleaned["owner"] = validate.column_text(Measure.owner, cleaned["owner"] or "", tr("RecordEdits", "owner"),
                                                allow_empty=True)
    if "status" in cleaned and cleaned["status"] not in MEASURE_STATUSES:
        raise EditError(tr("RecordEdits", "Unknown measure status: {status}.", status=cleaned["status"]))
    if "due_date" in cleaned and cleaned["due_date"] is not None and not isinstance(cleaned["due_date"], dt.date):
        raise EditError(tr("RecordEdits", "The due date must be a date."))
    for name, what in (("effort", tr("RecordEdits", "effort")), ("impact", tr("RecordEdits", "impact"))):
        if name in cleaned:
            cleaned[name] = validate.rating(cleaned[name], what)
    return cleaned


class AddMeasure(Planned):
    def __init__(self, text: str, *, workshop_id: str | None = None, model_id: str | None = None,
                 pain_point_ids: Sequence[str] = (), **values: Any) -> None:
        super().__init__(tr("RecordEdits", "Add measure"))
        self.workshop_id = workshop_id
        self.model_id = model_id
        self.pain_point_ids = list(pain_point_ids)
        self.values = clean_measure({"text": text, **values})
        self.measure_id: str | None = None

    def plan(self, session: Session) -> list[Edit]:
        for pain_point_id in self.pain_point_ids:
            live(session, PainPoint, pain_point_id)
        create = Create(Measure, workshop_id=self.workshop_id, model_id=self.model_id, **self.values)
        self.measure_id = create.id
        links = [Create(MeasurePainPoint, measure_id=create.id, pain_point_id=p) for p in self.pain_point_ids]
        return [create, *links]


def edit_measure(measure_id: str, **changes: Any) -> Edit:
    return Update(Measure, measure_id, tr("RecordEdits", "Change measure"), **clean_measure(changes))


class DeleteMeasure(DeleteWithLinks):
    """Delete a measure and its links to pain points (the pain points stay)."""

    table, link_key = Measure, "measure_id"

    def __init__(self, measure_id: str) -> None:
        super().__init__(tr("RecordEdits", "Delete measure"), measure_id)


# --- attendance ------------------------------------------------------------------------------


class SetAttendance(Planned):
    """Invite a person to a workshop, or mark them present or absent."""

    def __init__(self, workshop_id: str, person_id: str, present: bool) -> None:
        super().__init__(tr("RecordEdits", "Change attendance"))
        self.workshop_id = workshop_id
        self.person_id = person_id
        self.present = present

    def plan(self, session: Session) -> list[Edit]:
        live(session, Workshop, self.workshop_id)
        live(session, Person, self.person_id)
        row = session.scalar(select(Attendance).where(
            Attendance.workshop_id == self.workshop_id, Attendance.person_id == self.person_id))
        if row is None:
            return [Create(Attendance, workshop_id=self.workshop_id, person_id=self.person_id, present=self.present)]
        parts: list[Edit] = []
        if row.deleted:
            parts.append(Restore(Attendance, row.id))
        parts.append(Update(Attendance, row.id, present=self.present))
        return parts


def uninvite(attendance_id: str) -> Edit:
    return Delete(Attendance, attendance_id, tr("RecordEdits", "Remove participant"))


# --- agenda ----------------------------------------------------------------------------------


def clean_agenda(values: dict[str, Any]) -> dict[str, Any]:
    cleaned = dict(values)
    if "title" in cleaned:
        cleaned["title"] = validate.column_text(AgendaItem.title, cleaned["title"], tr("RecordEdits", "agenda item"))
    if "result" in cleaned:  # several lines are fine: a result may list what was agreed
        cleaned["result"] = validate.column_text(AgendaItem.result, cleaned["result"] or "",
                                                 tr("RecordEdits", "result of the agenda item"), allow_empty=True)
    for name in ("planned_minutes", "actual_minutes"):
        if cleaned.get(name) is not None:
            cleaned[name] = validate.rating(cleaned[name], tr("RecordEdits", "duration in minutes"), 0, 24 * 60)
    return cleaned


def live_agenda(session: Session, workshop_id: str) -> list[AgendaItem]:
    return list(session.scalars(select(AgendaItem).where(
        AgendaItem.workshop_id == workshop_id, AgendaItem.deleted.is_(False)).order_by(AgendaItem.position)))


class AddAgendaItem(Planned):
    def __init__(self, workshop_id: str, title: str, **values: Any) -> None:
        super().__init__(tr("RecordEdits", "Add agenda item"))
        self.workshop_id = workshop_id
        self.values = clean_agenda({"title": title, **values})
        self.item_id: str | None = None

    def plan(self, session: Session) -> list[Edit]:
        live(session, Workshop, self.workshop_id)
        position = len(live_agenda(session, self.workshop_id))
        create = Create(AgendaItem, workshop_id=self.workshop_id, position=position, **self.values)
        self.item_id = create.id
        return [create]


class AddActualMinutes(Planned):
    """Add time the agenda clock measured to an item's actual minutes (read when applied, not before)."""

    def __init__(self, item_id: str, minutes: int) -> None:
        super().__init__(tr("RecordEdits", "Record time of agenda item"))
        self.item_id = item_id
        self.minutes = minutes

    def plan(self, session: Session) -> list[Edit]:
        item = live(session, AgendaItem, self.item_id)
        return [edit_agenda_item(item.id, actual_minutes=(item.actual_minutes or 0) + self.minutes)]


def edit_agenda_item(item_id: str, **changes: Any) -> Edit:
    return Update(AgendaItem, item_id, tr("RecordEdits", "Change agenda item"), **clean_agenda(changes))


class MoveAgendaItem(MoveRow):
    table = AgendaItem

    def __init__(self, item_id: str, position: int) -> None:
        super().__init__(tr("RecordEdits", "Move agenda item"), item_id, position)

    def siblings(self, session: Session, row: AgendaItem) -> list[AgendaItem]:
        return live_agenda(session, row.workshop_id)


def delete_agenda_item(item_id: str) -> Edit:
    return Delete(AgendaItem, item_id, tr("RecordEdits", "Delete agenda item"))


class SetNoteAgendaItem(Planned):
    """Record a decision, open point or next step under an agenda item (TOP) of its workshop, or under
    none (``item_id`` None: the workshop as a whole)."""

    def __init__(self, note_id: str, item_id: str | None) -> None:
        super().__init__(tr("RecordEdits", "Assign note to agenda item"))
        self.note_id = note_id
        self.item_id = item_id or None

    def plan(self, session: Session) -> list[Edit]:
        note = session.get(WorkshopNote, self.note_id)
        if note is None or note.deleted:
            raise EditError(tr("RecordEdits", "The note no longer exists."))
        if self.item_id is not None and live(session, AgendaItem, self.item_id).workshop_id != note.workshop_id:
            raise EditError(tr("RecordEdits", "The agenda item belongs to another workshop."))
        if note.agenda_item_id == self.item_id:
            return []
        return [Update(WorkshopNote, note.id, agenda_item_id=self.item_id)]
