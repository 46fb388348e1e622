"""Workshops, who attended them and what was on the agenda."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from werkstatt.model.base import Base

WORKSHOP_STATUSES = ("planned", "running", "done")
# What the protocol lists after the measures: decisions taken, points left open, agreed next steps.
NOTE_KINDS = ("decision", "open_point", "next_step")
PHOTO_TYPES = ("image/png", "image/jpeg")


class Workshop(Base):
    __tablename__ = "workshops"

    title: Mapped[str] = mapped_column(String(300))
    date: Mapped[dt.date | None] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(300), default="")
    facilitator: Mapped[str] = mapped_column(String(200), default="")
    goal: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="planned")
    # What a German Sitzungsprotokoll states besides the results (issue 19). The minute taker is a
    # person's name, like the facilitator: erasing a person rewrites it (werkstatt.people.erasure).
    minute_taker: Mapped[str] = mapped_column(String(200), default="")  # Protokollführung
    distribution: Mapped[str] = mapped_column(Text, default="")  # Verteiler: one recipient per line
    file_reference: Mapped[str] = mapped_column(String(100), default="")  # Aktenzeichen, optional
    next_meeting: Mapped[str] = mapped_column(String(300), default="")  # free text: date, time, place
    # False: the protocol says "Entwurf" until the facilitator marks it final.
    protocol_final: Mapped[bool] = mapped_column(Boolean, default=False)


class WorkshopOrganisation(Base):
    """An organisation taking part in a workshop."""

    __tablename__ = "workshop_organisations"
    __table_args__ = (UniqueConstraint("workshop_id", "organisation_id"),)

    workshop_id: Mapped[str] = mapped_column(ForeignKey("workshops.id"), index=True)
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisations.id"))


class Attendance(Base):
    """A person invited to a workshop, and whether they came. Personal data."""

    __tablename__ = "attendances"
    __table_args__ = (UniqueConstraint("workshop_id", "person_id"),)
    syncable = False

    workshop_id: Mapped[str] = mapped_column(ForeignKey("workshops.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"))
    present: Mapped[bool] = mapped_column(Boolean, default=True)


class AgendaItem(Base):
    __tablename__ = "agenda_items"

    workshop_id: Mapped[str] = mapped_column(ForeignKey("workshops.id"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    planned_minutes: Mapped[int | None] = mapped_column(Integer)
    actual_minutes: Mapped[int | None] = mapped_column(Integer)
    position: Mapped[int] = mapped_column(Integer, default=0)
    process_model_id: Mapped[str | None] = mapped_column(ForeignKey("process_models.id"))
    result: Mapped[str] = mapped_column(Text, default="")  # what the room concluded (Ergebnis des TOP)


class WorkshopNote(Base):
    """A decision, an open point or a next step, as the room agreed it (for the protocol)."""

    __tablename__ = "workshop_notes"

    workshop_id: Mapped[str] = mapped_column(ForeignKey("workshops.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(200), default="")  # who takes it on (next steps)
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    position: Mapped[int] = mapped_column(Integer, default=0)
    # The agenda item (TOP) the note was recorded under; None: the workshop as a whole.
    agenda_item_id: Mapped[str | None] = mapped_column(ForeignKey("agenda_items.id"))


class WorkshopPhoto(Base):
    """A photo of a board or a wall, kept in the database so that nothing depends on a file elsewhere."""

    __tablename__ = "workshop_photos"

    workshop_id: Mapped[str] = mapped_column(ForeignKey("workshops.id"), index=True)
    caption: Mapped[str] = mapped_column(Text, default="")
    media_type: Mapped[str] = mapped_column(String(40))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    position: Mapped[int] = mapped_column(Integer, default=0)
