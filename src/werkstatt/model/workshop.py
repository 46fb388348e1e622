"""Workshops, who attended them and what was on the agenda."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from werkstatt.model.base import Base

WORKSHOP_STATUSES = ("planned", "running", "done")


class Workshop(Base):
    __tablename__ = "workshops"

    title: Mapped[str] = mapped_column(String(300))
    date: Mapped[dt.date | None] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(300), default="")
    facilitator: Mapped[str] = mapped_column(String(200), default="")
    goal: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="planned")


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
