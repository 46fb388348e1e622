"""The register's tables: the syncable part of the local schema, plus who owns each row and when it changed.

The register keeps the same rows as the laptops (same UUIDs, same columns), so a sync copies rows
instead of translating them. What it adds per row: ``owner_id`` (the organisation that may write
it: row-level security checks this column on PostgreSQL) and ``generation`` (the register-wide
change counter of the sync that wrote it, so that a pull asks only for what changed since).
What it leaves out: everything personal. People, attendance, voters and votes are not syncable;
a measure's free-text ``owner`` usually names a person and stays on the laptop too.

Strings become ``Text`` here: PostgreSQL enforces VARCHAR lengths that SQLite ignores, and the
register must take whatever a laptop accepted.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

from werkstatt.model import Base
from werkstatt.model.base import NAMING_CONVENTION, UTCDateTime

# Parents before children: inserts in this order never point at a row not yet written.
SYNCED_TABLES = (
    "processes", "process_models", "lanes", "steps", "flows", "pain_points", "measures", "measure_pain_points",
)
# Columns that stay on the laptop although their table is synced (free text that names people).
PRIVATE_COLUMNS = {"measures": frozenset({"owner"})}
# Bookkeeping that differs between the laptop and the register without the row having changed.
NOT_COMPARED = frozenset({"revision", "created_at", "updated_at"})

metadata = MetaData(naming_convention=NAMING_CONVENTION)

register_meta = Table(
    "register_meta", metadata,
    Column("id", Integer, primary_key=True),
    Column("register_id", String(36), nullable=False),
    # Bumped once by every sync that writes; rows written by it carry the new value. On PostgreSQL the
    # register does this itself when the sync commits (migration r0002), on SQLite the sync does.
    Column("generation", BigInteger, nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
)

organisations = Table(
    "organisations", metadata,
    Column("id", String(36), primary_key=True),
    Column("name", Text, nullable=False),
    Column("short_name", Text, nullable=False),
    Column("kind", Text, nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
)

# PostgreSQL login role → organisation; row-level security reads it (SQLite has no roles).
register_members = Table(
    "register_members", metadata,
    Column("role_name", Text, primary_key=True),
    Column("organisation_id", ForeignKey("organisations.id"), nullable=False),
)

sync_log = Table(
    "sync_log", metadata,
    Column("generation", BigInteger, primary_key=True),
    Column("organisation_id", ForeignKey("organisations.id"), nullable=False),
    Column("at", UTCDateTime(), nullable=False),
    Column("rows_written", Integer, nullable=False),
)


def _register_column(table_name: str, column: Column) -> Column:
    keeps_length = column.primary_key or getattr(column.type, "length", None) == 36  # ids stay ids
    kind = Text() if isinstance(column.type, String) and not keeps_length else column.type
    foreign = []
    for key in column.foreign_keys:
        target = key.column.table.name
        if target in SYNCED_TABLES or target == "organisations":
            # Deferred: a model based on another model written in the same sync is fine until commit.
            foreign.append(ForeignKey(f"{target}.{key.column.name}", deferrable=True, initially="DEFERRED"))
    return Column(column.name, kind, *foreign, primary_key=column.primary_key, nullable=column.nullable,
                  index=bool(column.index) and column.name not in ("deleted", "updated_at"))


def _synced_table(name: str) -> Table:
    local = Base.metadata.tables[name]
    private = PRIVATE_COLUMNS.get(name, frozenset())
    columns = [_register_column(name, column) for column in local.columns if column.name not in private]
    table = Table(
        name, metadata, *columns,
        Column("owner_id", ForeignKey("organisations.id"), nullable=False),
        Column("generation", BigInteger, nullable=False),
    )
    Index(f"ix_{name}_generation", table.c.generation)
    Index(f"ix_{name}_owner_id", table.c.owner_id)
    return table


synced = {name: _synced_table(name) for name in SYNCED_TABLES}

# Aggregated results of revealed voting rounds: totals and ranks only, never who voted what.
vote_results = Table(
    "vote_results", metadata,
    Column("id", String(36), primary_key=True),  # the round option's id
    Column("round_id", String(36), nullable=False, index=True),
    Column("workshop_id", String(36)),
    Column("model_id", String(36), ForeignKey("process_models.id", deferrable=True, initially="DEFERRED")),
    Column("question", Text, nullable=False),
    Column("method", Text, nullable=False),
    Column("target_kind", Text, nullable=False),
    Column("target_id", String(36)),
    Column("label", Text, nullable=False),
    Column("total", Float, nullable=False),
    Column("rank", Integer, nullable=False),
    Column("effort", Float),
    Column("benefit", Float),
    Column("voters", Integer, nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("updated_at", UTCDateTime(), nullable=False),
    Column("revision", Integer, nullable=False),
    Column("deleted", Boolean, nullable=False),
    Column("owner_id", ForeignKey("organisations.id"), nullable=False),
    Column("generation", BigInteger, nullable=False),
)
Index("ix_vote_results_generation", vote_results.c.generation)
Index("ix_vote_results_owner_id", vote_results.c.owner_id)

# Every table whose rows carry an owner, in write order.
OWNED_TABLES = (*SYNCED_TABLES, "vote_results")
tables: dict[str, Table] = {**synced, "vote_results": vote_results}


def data_columns(name: str) -> tuple[str, ...]:
    """The columns a sync compares and copies: the row's content, not the bookkeeping."""
    return tuple(c.name for c in tables[name].columns
                 if c.name not in NOT_COMPARED and c.name not in ("owner_id", "generation"))


def organisation_columns(name: str) -> tuple[str, ...]:
    """Columns that name an organisation: their ids differ between laptop and register."""
    return tuple(c.name for c in tables[name].columns
                 if c.name != "owner_id" and any(k.column.table.name == "organisations" for k in c.foreign_keys))
