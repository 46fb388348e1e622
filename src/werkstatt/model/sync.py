"""What this laptop remembers about a register: where it is, what it last saw, what is in conflict.

These rows are the laptop's own bookkeeping (``syncable = False``): they never go to the register.

Which rows changed here is decided by change numbers, never by clocks: every write to a synced table
gives the row the next number of a local counter, in the same statement (SQLite triggers, created by
migration 0006, so that an edit, an import, a conflict resolution and a hand-written UPDATE all
count). A sync remembers the counter as it was when it read this laptop and next time reads only the
rows numbered after it. A laptop clock set forward or back by hours changes nothing of this.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from sqlalchemy import Boolean, Column, ForeignKey, Index, Integer, String, Table, Text, UniqueConstraint, select, text
from sqlalchemy.orm import Mapped, Session, mapped_column

from werkstatt.model.base import Base, UTCDateTime, chunked, utcnow

# The tables whose rows go to the register (werkstatt.register.schema.SYNCED_TABLES names the same).
NUMBERED_TABLES = (
    "processes", "process_models", "lanes", "steps", "flows", "pain_points", "measures", "measure_pain_points",
)

# One row (id 1): the last change number handed out. It only ever grows.
change_counter = Table(
    "change_counter", Base.metadata,
    Column("id", Integer, primary_key=True),
    Column("value", Integer, nullable=False),
)

# Per synced row, the number of its last local write. A row without an entry has not changed since
# schema 0006 numbered the rows (it had been sent already).
local_changes = Table(
    "local_changes", Base.metadata,
    Column("table_name", String(40), primary_key=True),
    Column("row_id", String(36), primary_key=True),
    Column("change_seq", Integer, nullable=False),
    Index("ix_local_changes_seq", "table_name", "change_seq"),
)


def trigger_names(table: str) -> tuple[str, str]:
    return f"{table}_numbered_insert", f"{table}_numbered_update"


def numbering_intact(session: Session) -> bool:
    """Whether every synced table still numbers its writes.

    A later migration that rebuilds a synced table (batch mode copies it) drops its triggers; a
    sync that finds one missing reads everything instead of trusting numbers that stopped.
    """
    wanted = {name for table in NUMBERED_TABLES for name in trigger_names(table)}
    found = set(session.scalars(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")))
    return wanted <= found


def current_change(session: Session) -> int:
    return int(session.scalar(select(change_counter.c.value).where(change_counter.c.id == 1)) or 0)


def mark_changed(session: Session, table: str, row_ids: list[str]) -> None:
    """Number rows as if written now, so that the next sync reads them again (rows it could not send)."""
    if not row_ids:
        return
    session.execute(text("UPDATE change_counter SET value = value + 1 WHERE id = 1"))
    session.execute(text(
        "INSERT INTO local_changes (table_name, row_id, change_seq) "
        "VALUES (:table, :row_id, (SELECT value FROM change_counter WHERE id = 1)) "
        "ON CONFLICT (table_name, row_id) DO UPDATE SET change_seq = excluded.change_seq"),
        [{"table": table, "row_id": row_id} for row_id in row_ids])


def number_as_read(session: Session, table: str, row_ids: list[str], seq: int) -> None:
    """Rows a sync wrote from the register: numbered as if already read by it, so that it does not read
    them back as this laptop's changes (a register this laptop has not told yet still sees them)."""
    statement = local_changes.update().values(change_seq=seq).where(local_changes.c.table_name == table)
    for chunk in chunked(row_ids):
        session.execute(statement.where(local_changes.c.row_id.in_(chunk)))


class SyncRegister(Base):
    """A register this laptop syncs with; ``id`` is the register's own id, so a moved URL is the same register."""

    __tablename__ = "sync_registers"
    syncable = False

    # Without a password: that lives in the keyring.
    url: Mapped[str] = mapped_column(Text)
    # The organisation this laptop syncs as: its local id and its id in the register.
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisations.id"))
    register_organisation_id: Mapped[str] = mapped_column(String(36))
    # The register's change generation this laptop has pulled up to.
    generation: Mapped[int] = mapped_column(Integer, default=0)
    last_sync_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    # The change counter when the last sync read this laptop: the next one reads the rows numbered after it.
    # None: never read (everything is looked at).
    sent_seq: Mapped[int | None] = mapped_column(Integer)
    # When, by this laptop's clock, the last sync read it: for people and for Werkstatt before schema 0006.
    changes_read_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    # A pull in progress (werkstatt.sync.pull): the register generation it pulls up to, and the last row
    # it applied (table, stream, generation, id). A killed pull goes on from here with the same target.
    pull_target: Mapped[int | None] = mapped_column(Integer)
    pull_table: Mapped[str | None] = mapped_column(String(40))
    pull_stream: Mapped[int | None] = mapped_column(Integer)
    pull_generation: Mapped[int | None] = mapped_column(Integer)
    pull_row_id: Mapped[str | None] = mapped_column(String(36))

    _current: ClassVar[Any] = None

    @classmethod
    def current(cls, session: Session) -> SyncRegister | None:
        """The register this laptop synced with last (a laptop normally has exactly one)."""
        if cls._current is None:  # built once: the library guard asks at every flush
            cls._current = (select(cls).where(cls.deleted.is_(False))
                            .order_by(cls.last_sync_at.desc().nulls_last(), cls.id).limit(1))
        return session.scalar(cls._current)


class SyncRow(Base):
    """One row this laptop has sent to or received from a register, with the revisions it had then.

    ``base_revision`` is the register's revision of the row at the last sync; ``local_revision``
    the local one. A local row whose revision moved on has changed here; a register row whose
    revision moved on has changed there; both at once is a conflict.
    """

    __tablename__ = "sync_rows"
    # No index by owner (migration 0009 dropped it): the library's rows are found through the unique
    # index's (register, table) prefix, and one index less is a large share of a big library's file.
    __table_args__ = (UniqueConstraint("register_id", "table_name", "row_id"),)
    syncable = False

    register_id: Mapped[str] = mapped_column(ForeignKey("sync_registers.id"))
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36))
    base_revision: Mapped[int] = mapped_column(Integer)
    local_revision: Mapped[int] = mapped_column(Integer)
    # The organisation (local id) that owns the row in the register; rows of others are read-only here.
    owner_id: Mapped[str] = mapped_column(String(36))
    # For rows computed at sync time (aggregated vote results): a digest of what was sent.
    digest: Mapped[str] = mapped_column(String(64), default="")
    # One entry per library row: no index on these two (nothing looks rows up by them), to keep the file small.
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)


class HeldProcess(Base):
    """A process whose models' content (lanes, steps, flows, findings) this laptop keeps; the rest of the
    library is only its catalogue (fact sheets and the models' names). See werkstatt.library.holding.

    ``pinned``: the facilitator took it along for a workshop; processes held for other reasons (agenda,
    adopted, own organisation) get a row when a sync first fetches their content.
    """

    __tablename__ = "held_processes"
    syncable = False

    process_id: Mapped[str] = mapped_column(String(36), unique=True)
    pinned: Mapped[bool] = mapped_column(Boolean, default=False)
    pinned_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    # The register generation up to which its content is here; None: not fetched yet.
    fetched_generation: Mapped[int | None] = mapped_column(Integer)
    # Part of the pull in progress towards this generation (so that a resumed pull fetches the same set).
    pull_target: Mapped[int | None] = mapped_column(Integer)


class SyncConflict(Base):
    """A row changed both here and in the register since the last sync; ``deleted`` once resolved."""

    __tablename__ = "sync_conflicts"
    syncable = False

    register_id: Mapped[str] = mapped_column(ForeignKey("sync_registers.id"), index=True)
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36))
    their_revision: Mapped[int] = mapped_column(Integer)
    # JSON objects of the two versions' columns, as found when the conflict was seen.
    theirs: Mapped[str] = mapped_column(Text)
    mine: Mapped[str] = mapped_column(Text)
    resolution: Mapped[str] = mapped_column(String(20), default="")
