"""The declarative base shared by every table: UUID keys, UTC timestamps, revision, tombstone."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime
from typing import Any, ClassVar

from sqlalchemy import Boolean, DateTime, Integer, MetaData, String, TypeDecorator
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

# Stable constraint names, so that Alembic's batch mode on SQLite can find them again.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> str:
    return str(uuid.uuid4())


def system_clock() -> datetime:
    return datetime.now(UTC)


# The one time source of the model, looked up at every call: tests set it to move the laptop's
# clock forward and back. What a sync sends never depends on it (see werkstatt.model.sync).
clock: Callable[[], datetime] = system_clock


def utcnow() -> datetime:
    return clock()


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes in Python, whatever the database keeps.

    SQLite has no time zones; storing naive UTC and re-attaching UTC on the way
    out gives the same values on SQLite and PostgreSQL.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given where UTC is required")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)

    # Rows of a class with syncable = False (people, attendance, votes) never
    # leave the laptop; the sync issue relies on this flag.
    syncable: ClassVar[bool] = True

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    # For people (and Werkstatt before schema 0006): when the laptop's clock said the row changed.
    # A sync decides by change numbers, not by this (a clock may be wrong or set back).
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow, index=True)
    # Bumped by the ORM at every UPDATE; the register compares it to detect conflicts.
    revision: Mapped[int] = mapped_column(Integer, default=1)
    # Tombstone: rows are never hard-deleted, so deletes can be undone and synced.
    deleted: Mapped[bool] = mapped_column(Boolean, default=False, index=True)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.revision}

    def __repr__(self) -> str:
        label = getattr(self, "label", None) or getattr(self, "name", None) or getattr(self, "title", "")
        return f"<{type(self).__name__} {self.id[:8]} {label!r}>"


# Ids per IN (...) list: far below SQLite's and PostgreSQL's limits of bound parameters.
IN_LIST_SIZE = 5000


def chunked(ids: Sequence[Any], size: int = IN_LIST_SIZE) -> Iterator[Sequence[Any]]:
    """``ids`` in slices of at most ``size``, for one ``IN (...)`` statement each."""
    return (ids[start:start + size] for start in range(0, len(ids), size))
