"""What this laptop remembers about a register: where it is, what it last saw, what is in conflict.

These rows are the laptop's own bookkeeping (``syncable = False``): they never go to the register.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from werkstatt.model.base import Base, UTCDateTime


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
    # When the last sync read this laptop's changes: the next one looks only at rows touched since.
    changes_read_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())

    @classmethod
    def current(cls, session: Session) -> SyncRegister | None:
        """The register this laptop synced with last (a laptop normally has exactly one)."""
        return session.scalar(select(cls).where(cls.deleted.is_(False))
                              .order_by(cls.last_sync_at.desc().nulls_last(), cls.id).limit(1))


class SyncRow(Base):
    """One row this laptop has sent to or received from a register, with the revisions it had then.

    ``base_revision`` is the register's revision of the row at the last sync; ``local_revision``
    the local one. A local row whose revision moved on has changed here; a register row whose
    revision moved on has changed there; both at once is a conflict.
    """

    __tablename__ = "sync_rows"
    __table_args__ = (
        UniqueConstraint("register_id", "table_name", "row_id"),
        Index("ix_sync_rows_owner", "register_id", "table_name", "owner_id"),
    )
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
