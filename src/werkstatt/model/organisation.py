"""Administrations and the people who come to workshops."""

from __future__ import annotations

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from werkstatt.model.base import Base

ORGANISATION_KINDS = ("kreis", "stadt", "gemeinde", "other")


class Organisation(Base):
    __tablename__ = "organisations"

    name: Mapped[str] = mapped_column(String(200))
    short_name: Mapped[str] = mapped_column(String(40), default="")
    kind: Mapped[str] = mapped_column(String(20), default="stadt")


class Person(Base):
    """A participant. Personal data: stays on this laptop."""

    __tablename__ = "people"
    syncable = False

    name: Mapped[str] = mapped_column(String(200))
    organisation_id: Mapped[str | None] = mapped_column(ForeignKey("organisations.id"), index=True)
    function: Mapped[str] = mapped_column(String(200), default="")
