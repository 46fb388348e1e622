"""Edits of workshops as a whole and of their setup: create, rename, duplicate, delete,
participating organisations, participants, and pulling register processes onto the agenda.

They build on the agenda and attendance edits of ``werkstatt.edits.records`` and, like every
edit, validate their input when they are made, so that a form can refuse bad input before
anything touches the database.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from werkstatt.edits import validate
from werkstatt.edits.base import ChangeRow, Create, Delete, Edit, Planned, SetLinks, Update, live
from werkstatt.edits.records import AddAgendaItem, clean_agenda, live_agenda
from werkstatt.errors import EditError
from werkstatt.i18n import tr
from werkstatt.model import (
    WORKSHOP_STATUSES,
    AgendaItem,
    Attendance,
    Organisation,
    Person,
    Process,
    ProcessModel,
    Workshop,
    WorkshopOrganisation,
)
from werkstatt.read.workshops import as_is_model

# The limits are the columns' (validate.limit): a form, the edit and the schema say the same.
TITLE_MAX = validate.limit(Workshop.title) or 300
NAME_MAX = validate.limit(Person.name) or 200
GOAL_MAX = 5000


# --- the workshop itself ---------------------------------------------------------------------


def clean_workshop(values: dict[str, Any]) -> dict[str, Any]:
    """The workshop fields in ``values``, checked and normalised; an EditError names the first bad one."""
    known = {"title", "date", "place", "facilitator", "goal", "status", *PROTOCOL_FIELDS}
    if unknown := validate.unknown_fields(values, known):
        raise EditError(tr("WorkshopEdits", "Workshops have no field {name}.", name=unknown))
    cleaned = dict(values)
    if "title" in cleaned:
        cleaned["title"] = validate.text(cleaned["title"] or "", tr("WorkshopEdits", "workshop title"),
                                         maximum=TITLE_MAX)
    if "place" in cleaned:
        cleaned["place"] = validate.text(cleaned["place"] or "", tr("WorkshopEdits", "place"), maximum=TITLE_MAX,
                                         allow_empty=True)
    if "facilitator" in cleaned:
        cleaned["facilitator"] = validate.text(cleaned["facilitator"] or "", tr("WorkshopEdits", "facilitator"),
                                               maximum=NAME_MAX, allow_empty=True)
    if "goal" in cleaned:
        cleaned["goal"] = validate.text(cleaned["goal"] or "", tr("WorkshopEdits", "goal"), maximum=GOAL_MAX,
                                        allow_empty=True)
    if "date" in cleaned and cleaned["date"] is not None and (
            not isinstance(cleaned["date"], dt.date) or isinstance(cleaned["date"], dt.datetime)):
        raise EditError(tr("WorkshopEdits", "The workshop date must be a date."))
    if "status" in cleaned and cleaned["status"] not in WORKSHOP_STATUSES:
        raise EditError(tr("WorkshopEdits", "Unknown workshop status: {status}.", status=cleaned["status"]))
    return clean_protocol_record(cleaned)


# What the protocol states besides the results: Protokollführung, Verteiler, Aktenzeichen, next meeting, final.
PROTOCOL_FIELDS = ("minute_taker", "distribution", "file_reference", "next_meeting", "protocol_final")


def clean_distribution(value: str) -> str:
    """The Verteiler as stored: one recipient per line, each trimmed, no empty lines."""
    lines = [" ".join(line.split()) for line in (value or "").splitlines()]
    cleaned = "\n".join(line for line in lines if line)
    return validate.column_text(Workshop.distribution, cleaned, tr("WorkshopEdits", "distribution list"),
                                allow_empty=True)


def clean_protocol_record(cleaned: dict[str, Any]) -> dict[str, Any]:
    """The protocol fields of a workshop in ``cleaned``, checked in place (the others are left alone)."""
    for name, what in (("minute_taker", tr("WorkshopEdits", "minute taker")),
                       ("file_reference", tr("WorkshopEdits", "file reference")),
                       ("next_meeting", tr("WorkshopEdits", "next meeting"))):
        if name in cleaned:
            cleaned[name] = validate.column_text(getattr(Workshop, name), cleaned[name] or "", what, allow_empty=True)
            if "\n" in cleaned[name] or "\t" in cleaned[name]:
                raise EditError(tr("WorkshopEdits", "The {what} must fit on one line.", what=what))
    if "distribution" in cleaned:
        cleaned["distribution"] = clean_distribution(cleaned["distribution"])
    if "protocol_final" in cleaned and not isinstance(cleaned["protocol_final"], bool):
        raise EditError(tr("WorkshopEdits", "Whether the protocol is final must be yes or no."))
    return cleaned


def create_workshop(title: str, **values: Any) -> Create:
    """A new workshop; the returned edit's ``id`` is the new workshop's id."""
    return Create(Workshop, tr("WorkshopEdits", "Create workshop"), **clean_workshop({"title": title, **values}))


def edit_workshop(workshop_id: str, **changes: Any) -> Edit:
    """Change any of title, date, place, facilitator, goal, status, and the protocol's minute_taker,
    distribution (one recipient per line), file_reference, next_meeting and protocol_final."""
    return Update(Workshop, workshop_id, tr("WorkshopEdits", "Change workshop"), **clean_workshop(changes))


def rename_workshop(workshop_id: str, title: str) -> Edit:
    return Update(Workshop, workshop_id, tr("WorkshopEdits", "Rename workshop"), **clean_workshop({"title": title}))


def copy_title(title: str) -> str:
    """The title of a duplicate, shortened at the front part so that it still fits."""
    suffix = tr("WorkshopEdits", "{title} (copy)", title="")
    return tr("WorkshopEdits", "{title} (copy)", title=title[: TITLE_MAX - len(suffix)].rstrip())


def _live_rows(session: Session, cls: type, workshop_id: str) -> list[Any]:
    return list(session.scalars(
        select(cls).where(cls.workshop_id == workshop_id, cls.deleted.is_(False)).order_by(cls.created_at, cls.id)))


class DuplicateWorkshop(Planned):
    """A new planned workshop like the old one: same organisations, the same people invited (all
    present again), the same agenda without the minutes it actually took, on the same models.

    The people are shared, not copied: a participant is one person, whichever workshops they attend.
    """

    def __init__(self, workshop_id: str) -> None:
        super().__init__(tr("WorkshopEdits", "Duplicate workshop"))
        self.workshop_id = workshop_id
        self.new_id: str | None = None

    def plan(self, session: Session) -> list[Edit]:
        old = live(session, Workshop, self.workshop_id)
        create = Create(Workshop, title=copy_title(old.title), date=old.date, place=old.place,
                        facilitator=old.facilitator, goal=old.goal, status="planned",
                        # The same people take the minutes and get the protocol, in the same file;
                        # the next meeting and "final" belong to the old one.
                        minute_taker=old.minute_taker, distribution=old.distribution,
                        file_reference=old.file_reference)
        self.new_id = create.id
        parts: list[Edit] = [create]
        parts += [Create(WorkshopOrganisation, workshop_id=create.id, organisation_id=row.organisation_id)
                  for row in _live_rows(session, WorkshopOrganisation, old.id)]
        parts += [Create(Attendance, workshop_id=create.id, person_id=row.person_id, present=True)
                  for row in _live_rows(session, Attendance, old.id)]
        parts += [Create(AgendaItem, workshop_id=create.id, title=item.title, planned_minutes=item.planned_minutes,
                         actual_minutes=None, position=position, process_model_id=item.process_model_id)
                  for position, item in enumerate(live_agenda(session, old.id))]
        return parts


class DeleteWorkshop(Planned):
    """Tombstone a workshop with its agenda, attendances and organisations; undo brings all back.

    People, process models, pain points and measures stay: they belong to more than one workshop.
    """

    def __init__(self, workshop_id: str) -> None:
        super().__init__(tr("WorkshopEdits", "Delete workshop"))
        self.workshop_id = workshop_id

    def plan(self, session: Session) -> list[Edit]:
        live(session, Workshop, self.workshop_id)
        parts: list[Edit] = [Delete(cls, row.id)
                             for cls in (AgendaItem, Attendance, WorkshopOrganisation)
                             for row in _live_rows(session, cls, self.workshop_id)]
        return [*parts, Delete(Workshop, self.workshop_id)]


# --- organisations ---------------------------------------------------------------------------


class SetWorkshopOrganisations(SetLinks):
    """Make exactly ``organisation_ids`` the organisations taking part (in one undo step)."""

    owner, other, link = Workshop, Organisation, WorkshopOrganisation
    owner_key, other_key = "workshop_id", "organisation_id"

    def __init__(self, workshop_id: str, organisation_ids: Iterable[str]) -> None:
        super().__init__(tr("WorkshopEdits", "Change participating organisations"), workshop_id, organisation_ids)

    def check_other(self, session: Session, other_id: str) -> None:
        _live_organisation(session, other_id)


def _live_organisation(session: Session, organisation_id: str) -> Organisation:
    row = session.get(Organisation, organisation_id)
    if row is None or row.deleted:
        raise EditError(tr("WorkshopEdits", "The organisation no longer exists."))
    return row


# --- participants ----------------------------------------------------------------------------


EMAIL_MAX = validate.limit(Person.email) or 320


def clean_email(value: str) -> str:
    """An e-mail address as stored ("" for none); an EditError when it cannot be one."""
    address = validate.text(value or "", tr("WorkshopEdits", "e-mail address"), maximum=EMAIL_MAX, allow_empty=True)
    if not address:
        return ""
    local, _at, domain = address.partition("@")
    if address.count("@") != 1 or not local or not domain or any(c.isspace() for c in address):
        raise EditError(tr("WorkshopEdits", "“{address}” is not an e-mail address: it needs exactly one @ "
                                            "with text on both sides and no spaces.", address=address))
    return address


def clean_person(values: dict[str, Any]) -> dict[str, Any]:
    if unknown := validate.unknown_fields(values, {"name", "organisation_id", "function", "email"}):
        raise EditError(tr("WorkshopEdits", "Participants have no field {name}.", name=unknown))
    cleaned = dict(values)
    if "name" in cleaned:
        cleaned["name"] = validate.text(cleaned["name"] or "", tr("WorkshopEdits", "participant's name"),
                                        maximum=NAME_MAX)
    if "function" in cleaned:
        cleaned["function"] = validate.text(cleaned["function"] or "", tr("WorkshopEdits", "function"),
                                            maximum=NAME_MAX, allow_empty=True)
    if "email" in cleaned:
        cleaned["email"] = clean_email(cleaned["email"])
    if "organisation_id" in cleaned:
        cleaned["organisation_id"] = cleaned["organisation_id"] or None
    return cleaned


class AddParticipant(Planned):
    """A new person, invited to the workshop (present unless told otherwise)."""

    def __init__(self, workshop_id: str, name: str, *, organisation_id: str | None = None, function: str = "",
                 present: bool = True, email: str = "") -> None:
        super().__init__(tr("WorkshopEdits", "Add participant"))
        self.workshop_id = workshop_id
        self.values = clean_person({"name": name, "organisation_id": organisation_id, "function": function,
                                    "email": email})
        self.present = present
        self.person_id: str | None = None
        self.attendance_id: str | None = None

    def plan(self, session: Session) -> list[Edit]:
        live(session, Workshop, self.workshop_id)
        if self.values["organisation_id"] is not None:
            _live_organisation(session, self.values["organisation_id"])
        person = Create(Person, **self.values)
        attendance = Create(Attendance, workshop_id=self.workshop_id, person_id=person.id, present=self.present)
        self.person_id, self.attendance_id = person.id, attendance.id
        return [person, attendance]


class EditParticipant(ChangeRow):
    """Change a participant's name, organisation, function or e-mail (in every workshop they attend)."""

    table = Person

    def __init__(self, person_id: str, **changes: Any) -> None:
        super().__init__(tr("WorkshopEdits", "Change participant"), person_id, clean_person(changes))

    def check(self, session: Session, row: Person) -> None:
        if self.changes.get("organisation_id") is not None:
            _live_organisation(session, self.changes["organisation_id"])


# --- processes on the agenda -----------------------------------------------------------------


def as_is_name(process_name: str) -> str:
    suffix = tr("WorkshopEdits", "{name} (as-is)", name="")
    return tr("WorkshopEdits", "{name} (as-is)", name=process_name[: TITLE_MAX - len(suffix)].rstrip())


def _as_is_model_id(session: Session, process_id: str, name: str, parts: list[Edit], *, new: bool = False) -> str:
    """The id of the process's as-is model; when it has none (or the process is ``new``), the edit that
    makes one is appended to ``parts``."""
    model = None if new else as_is_model(session, process_id)
    if model is not None:
        return model.id
    create = Create(ProcessModel, process_id=process_id, name=as_is_name(name), kind="ist")
    parts.append(create)
    return create.id


class _NewAgendaItem(Planned):
    """An edit that ends in a new agenda item of a workshop, on a process's as-is model; after it ran,
    ``item_id`` and ``model_id`` say which (the window selects them)."""

    def __init__(self, label: str, workshop_id: str, values: dict[str, Any]) -> None:
        super().__init__(label)
        self.workshop_id = workshop_id
        self.values = clean_agenda(values)
        self.model_id: str | None = None
        self._item: AddAgendaItem | None = None

    @property
    def item_id(self) -> str | None:
        return self._item.item_id if self._item else None


class DiscussProcess(_NewAgendaItem):
    """Put a local register process on the agenda, on its as-is model (made now when it has none)."""

    def __init__(self, workshop_id: str, process_id: str, *, title: str | None = None,
                 planned_minutes: int | None = None) -> None:
        super().__init__(tr("WorkshopEdits", "Discuss process"), workshop_id,
                         {"planned_minutes": planned_minutes, **({"title": title} if title else {})})
        self.process_id = process_id

    def plan(self, session: Session) -> list[Edit]:
        live(session, Workshop, self.workshop_id)
        process = session.get(Process, self.process_id)
        if process is None or process.deleted:
            raise EditError(tr("WorkshopEdits", "The process no longer exists in the register."))
        parts: list[Edit] = []
        self.model_id = _as_is_model_id(session, process.id, process.name, parts)
        values = {"title": process.name[:TITLE_MAX], **self.values}
        self._item = AddAgendaItem(self.workshop_id, values.pop("title"), process_model_id=self.model_id, **values)
        return [*parts, self._item]


class LinkAgendaItem(Planned):
    """Let an agenda item discuss a register process (its as-is model, made now when it has none), or a
    new process named ``new_name``; the item keeps its title and minutes."""

    def __init__(self, item_id: str, process_id: str | None = None, *, new_name: str | None = None) -> None:
        super().__init__(tr("WorkshopEdits", "Link agenda item to process"))
        self.item_id = item_id
        self.process_id = process_id
        self.new_name = validate.text(new_name, tr("WorkshopEdits", "process name"), maximum=TITLE_MAX) \
            if new_name is not None else None
        self.model_id: str | None = None

    def plan(self, session: Session) -> list[Edit]:
        live(session, AgendaItem, self.item_id)
        parts: list[Edit] = []
        if self.new_name is not None:
            process = Create(Process, name=self.new_name)
            parts.append(process)
            self.model_id = _as_is_model_id(session, process.id, self.new_name, parts, new=True)
        else:
            found = session.get(Process, self.process_id) if self.process_id else None
            if found is None or found.deleted:
                raise EditError(tr("WorkshopEdits", "The process no longer exists in the register."))
            self.model_id = _as_is_model_id(session, found.id, found.name, parts)
        return [*parts, Update(AgendaItem, self.item_id, process_model_id=self.model_id)]


class NewProcess(_NewAgendaItem):
    """A new register process with an empty as-is model, and an agenda item to draw it."""

    def __init__(self, workshop_id: str, name: str, *, planned_minutes: int | None = None) -> None:
        self.name = validate.text(name, tr("WorkshopEdits", "process name"), maximum=TITLE_MAX)
        super().__init__(tr("WorkshopEdits", "New process"), workshop_id, {"planned_minutes": planned_minutes})
        self.process_id: str | None = None

    def plan(self, session: Session) -> list[Edit]:
        live(session, Workshop, self.workshop_id)
        process = Create(Process, name=self.name)
        parts: list[Edit] = [process]
        self.process_id = process.id
        self.model_id = _as_is_model_id(session, process.id, self.name, parts, new=True)
        self._item = AddAgendaItem(self.workshop_id, self.name, process_model_id=self.model_id, **self.values)
        return [*parts, self._item]


class RemoveAgendaItem(Planned):
    """Delete an agenda item and close the gap, so that an item added later goes to the end.

    (``delete_agenda_item`` alone leaves positions 0, 2; the next item added gets 2 as well.)
    """

    def __init__(self, item_id: str) -> None:
        super().__init__(tr("WorkshopEdits", "Delete agenda item"))
        self.item_id = item_id

    def plan(self, session: Session) -> list[Edit]:
        item = live(session, AgendaItem, self.item_id)
        rest = [row for row in live_agenda(session, item.workshop_id) if row.id != item.id]
        return [Delete(AgendaItem, item.id),
                *(Update(AgendaItem, row.id, position=i) for i, row in enumerate(rest) if row.position != i)]
