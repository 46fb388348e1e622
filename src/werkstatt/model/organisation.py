"""Administrations and the people who come to workshops."""

from __future__ import annotations

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from werkstatt.model.base import Base

# "extern": citizens, businesses, inspection bodies (TÜV) — outside parties whose time the
# analysis reports apart from the administrations' effort. The column has no CHECK constraint.
ORGANISATION_KINDS = ("kreis", "stadt", "gemeinde", "other", "extern")

# The project's six administrations (name, short name, kind): the demo, the register's default
# organisations and the "starting set" a facilitator adds with one click all read this one list.
PROJECT_ADMINISTRATIONS = (
    ("Ennepe-Ruhr-Kreis", "EN-Kreis", "kreis"),
    ("Stadt Witten", "Witten", "stadt"),
    ("Stadt Hattingen", "Hattingen", "stadt"),
    ("Stadt Gevelsberg", "Gevelsberg", "stadt"),
    ("Stadt Wetter (Ruhr)", "Wetter", "stadt"),
    ("Stadt Sprockhövel", "Sprockhövel", "stadt"),
)


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
    # For the protocol's e-mail draft only; erasing the person clears it (werkstatt.people.erasure).
    email: Mapped[str] = mapped_column(String(320), default="")
