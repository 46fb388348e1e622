"""Read-only questions about workshops, answered with frozen plain data for the views.

The workshop manager and the setup panel read here and never touch ORM rows, so what they
show is a snapshot that cannot trigger a query behind their back.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from werkstatt.errors import NotFoundError
from werkstatt.i18n import tr
from werkstatt.model import (
    AgendaItem,
    Attendance,
    Organisation,
    Person,
    Process,
    ProcessModel,
    Workshop,
    WorkshopNote,
    WorkshopOrganisation,
)


@dataclass(frozen=True)
class WorkshopSummary:
    id: str
    title: str
    date: dt.date | None
    place: str
    status: str
    participants: int
    models: int


@dataclass(frozen=True)
class OrganisationChoice:
    id: str
    name: str
    short_name: str
    taking_part: bool


@dataclass(frozen=True)
class Participant:
    attendance_id: str
    person_id: str
    name: str
    organisation_id: str | None
    organisation: str
    function: str
    present: bool
    email: str = ""


@dataclass(frozen=True)
class AgendaEntry:
    id: str
    title: str
    position: int
    planned_minutes: int | None
    actual_minutes: int | None
    model_id: str | None
    model_name: str
    result: str = ""  # what the room concluded on the item


@dataclass(frozen=True)
class WorkshopDetail:
    id: str
    title: str
    date: dt.date | None
    place: str
    facilitator: str
    goal: str
    status: str
    organisations: tuple[OrganisationChoice, ...]  # every live organisation, flagged
    participants: tuple[Participant, ...]
    agenda: tuple[AgendaEntry, ...]
    # What the protocol states besides the results (issue 19).
    minute_taker: str = ""
    distribution: str = ""  # one recipient per line, as stored
    file_reference: str = ""
    next_meeting: str = ""
    protocol_final: bool = False
    # (note id, agenda item id) of every live note recorded under a live agenda item, in agenda order.
    note_items: tuple[tuple[str, str], ...] = ()

    @property
    def distribution_lines(self) -> tuple[str, ...]:
        return tuple(line.strip() for line in self.distribution.splitlines() if line.strip())


@dataclass(frozen=True)
class ModelRef:
    id: str
    name: str
    kind: str
    process_id: str | None


@dataclass(frozen=True)
class RegisterProcess:
    id: str
    name: str
    register_key: str
    status: str
    as_is_model_id: str | None  # the model "discuss" would use; None: one would be made


def _live_workshop(session: Session, workshop_id: str) -> Workshop:
    workshop = session.get(Workshop, workshop_id)
    if workshop is None or workshop.deleted:
        raise NotFoundError(tr("WorkshopQueries", "The workshop no longer exists."))
    return workshop


def _live_attendances(session: Session, workshop_id: str | None = None) -> list[tuple[Attendance, Person]]:
    query = (select(Attendance, Person).join(Person, Person.id == Attendance.person_id)
             .where(Attendance.deleted.is_(False), Person.deleted.is_(False)))
    if workshop_id is not None:
        query = query.where(Attendance.workshop_id == workshop_id)
    return [(a, p) for a, p in session.execute(query.order_by(Person.name, Person.id))]


def _live_agenda_with_models(session: Session, workshop_id: str | None = None
                             ) -> list[tuple[AgendaItem, ProcessModel | None]]:
    query = (select(AgendaItem, ProcessModel)
             .outerjoin(ProcessModel, (ProcessModel.id == AgendaItem.process_model_id)
                        & ProcessModel.deleted.is_(False))
             .where(AgendaItem.deleted.is_(False)))
    if workshop_id is not None:
        query = query.where(AgendaItem.workshop_id == workshop_id)
    return [(item, model) for item, model in session.execute(query.order_by(AgendaItem.position, AgendaItem.id))]


def workshop_summaries(session: Session) -> list[WorkshopSummary]:
    """Every live workshop, newest date first (undated ones last), then by title."""
    participants: dict[str, int] = {}
    for attendance, _person in _live_attendances(session):
        participants[attendance.workshop_id] = participants.get(attendance.workshop_id, 0) + 1
    models: dict[str, set[str]] = {}
    for item, model in _live_agenda_with_models(session):
        if model is not None:
            models.setdefault(item.workshop_id, set()).add(model.id)
    rows = session.scalars(select(Workshop).where(Workshop.deleted.is_(False)))
    summaries = [WorkshopSummary(w.id, w.title, w.date, w.place, w.status, participants.get(w.id, 0),
                                 len(models.get(w.id, ()))) for w in rows]
    summaries.sort(key=lambda s: (s.title.casefold(), s.id))
    summaries.sort(key=lambda s: s.date or dt.date.min, reverse=True)
    return summaries


def workshop_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Workshop).where(Workshop.deleted.is_(False))) or 0


def workshop_detail(session: Session, workshop_id: str) -> WorkshopDetail:
    workshop = _live_workshop(session, workshop_id)
    organisations = list(session.scalars(
        select(Organisation).where(Organisation.deleted.is_(False)).order_by(Organisation.name, Organisation.id)))
    taking_part = set(session.scalars(select(WorkshopOrganisation.organisation_id).where(
        WorkshopOrganisation.workshop_id == workshop.id, WorkshopOrganisation.deleted.is_(False))))
    names = {o.id: o.name for o in organisations}
    agenda = _live_agenda_with_models(session, workshop.id)
    return WorkshopDetail(
        id=workshop.id, title=workshop.title, date=workshop.date, place=workshop.place,
        facilitator=workshop.facilitator, goal=workshop.goal, status=workshop.status,
        organisations=tuple(OrganisationChoice(o.id, o.name, o.short_name, o.id in taking_part)
                            for o in organisations),
        participants=tuple(
            Participant(a.id, p.id, p.name, p.organisation_id, names.get(p.organisation_id or "", ""), p.function,
                        a.present, p.email or "")
            for a, p in _live_attendances(session, workshop.id)),
        agenda=tuple(
            AgendaEntry(item.id, item.title, item.position, item.planned_minutes, item.actual_minutes,
                        model.id if model else None, model.name if model else "", item.result or "")
            for item, model in agenda),
        minute_taker=workshop.minute_taker or "", distribution=workshop.distribution or "",
        file_reference=workshop.file_reference or "", next_meeting=workshop.next_meeting or "",
        protocol_final=bool(workshop.protocol_final),
        note_items=note_items(session, workshop.id),
    )


def note_items(session: Session, workshop_id: str) -> tuple[tuple[str, str], ...]:
    """(note id, agenda item id) of the workshop's live notes recorded under a live agenda item."""
    rows = session.execute(
        select(WorkshopNote.id, AgendaItem.id).join(AgendaItem, AgendaItem.id == WorkshopNote.agenda_item_id)
        .where(WorkshopNote.workshop_id == workshop_id, WorkshopNote.deleted.is_(False),
               AgendaItem.deleted.is_(False))
        .order_by(AgendaItem.position, WorkshopNote.position, WorkshopNote.created_at, WorkshopNote.id))
    return tuple((note_id, item_id) for note_id, item_id in rows)


def workshop_models(session: Session, workshop_id: str) -> list[ModelRef]:
    """The live process models the workshop's agenda discusses, in agenda order, each once."""
    _live_workshop(session, workshop_id)
    seen: dict[str, ModelRef] = {}
    for _item, model in _live_agenda_with_models(session, workshop_id):
        if model is not None and model.id not in seen:
            seen[model.id] = ModelRef(model.id, model.name, model.kind, model.process_id)
    return list(seen.values())


def all_models(session: Session) -> list[ModelRef]:
    """Every live process model, by name (to link an agenda item to)."""
    rows = session.scalars(select(ProcessModel).where(ProcessModel.deleted.is_(False))
                           .order_by(ProcessModel.name, ProcessModel.kind, ProcessModel.id))
    return [ModelRef(m.id, m.name, m.kind, m.process_id) for m in rows]


def register_processes(session: Session) -> list[RegisterProcess]:
    """The processes of the local register, by name, with the as-is model a workshop would draw on."""
    rows = session.scalars(select(Process).where(Process.deleted.is_(False)).order_by(Process.name, Process.id))
    result = []
    for process in rows:
        model = as_is_model(session, process.id)
        result.append(RegisterProcess(process.id, process.name, process.register_key, process.status,
                                      model.id if model else None))
    return result


def agenda_choices(session: Session, workshop_id: str) -> list[tuple[str, str]]:
    """(id, "TOP n: title") of the workshop's live agenda items, in agenda order (to record a note under)."""
    rows = session.execute(select(AgendaItem.id, AgendaItem.title).where(
        AgendaItem.workshop_id == workshop_id, AgendaItem.deleted.is_(False))
        .order_by(AgendaItem.position, AgendaItem.id))
    return [(item_id, tr("WorkshopQueries", "TOP {number}: {title}", number=number, title=title))
            for number, (item_id, title) in enumerate(rows, start=1)]


def as_is_model(session: Session, process_id: str) -> ProcessModel | None:
    """The process's as-is model that was drawn first, if there is one."""
    return session.scalar(select(ProcessModel).where(
        ProcessModel.process_id == process_id, ProcessModel.kind == "ist", ProcessModel.deleted.is_(False))
        .order_by(ProcessModel.created_at, ProcessModel.id).limit(1))
