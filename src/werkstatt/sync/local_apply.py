"""Step 4 of a sync: record on the laptop what the push did; and how a pulled page is taken in.

``record`` is one local transaction: the revisions sent and agreed, the rows of others, the conflicts
found and how far the register has read this laptop (its change counter). ``take_received`` applies
one page of the pull (werkstatt.sync.pull). A row edited here while the sync ran is left alone (its
revision moved, its change number is higher); the next sync decides about it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.dialects import sqlite
from sqlalchemy.orm import Session

from werkstatt.model import Organisation, SyncConflict, SyncRegister, new_id, utcnow
from werkstatt.model.base import UTCDateTime, chunked
from werkstatt.model.sync import mark_changed, number_as_read
from werkstatt.register import schema
from werkstatt.store.database import Store
from werkstatt.sync.rows import Row, local_table, to_json, to_local_form


def record(store: Store, plan: Any, display: str, report: Any) -> None:
    with store.session() as session:
        add_missing_organisations(session, plan)
        me_local = plan.organisations.to_local[plan.me_register]
        register = session.get(SyncRegister, plan.register_id)
        if register is None:
            register = SyncRegister(id=plan.register_id, url=display, organisation_id=me_local,
                                    register_organisation_id=plan.me_register)
            session.add(register)
        register.url = display
        register.organisation_id = me_local
        register.register_organisation_id = plan.me_register
        register.last_sync_at = utcnow()
        register.sent_seq = plan.sent_seq
        register.changes_read_at = plan.changes_read_at
        session.flush()

        bookkeeping: list[Row] = []
        for name, rows in plan.sent.items():
            for row_id, (revision, local_revision, digest) in rows.items():
                bookkeeping.append(_entry(plan.register_id, name, row_id, revision, local_revision, me_local, digest))
        for name, rows in plan.foreign.items():
            for row_id, (revision, local_revision, owner) in rows.items():
                bookkeeping.append(_entry(plan.register_id, name, row_id, revision, local_revision,
                                          plan.organisations.to_local.get(owner, owner), ""))
        for name, rows in plan.agreed.items():
            for row_id, (revision, local_revision) in rows.items():
                bookkeeping.append(_entry(plan.register_id, name, row_id, revision, local_revision, me_local, ""))
        upsert_bookkeeping(session, bookkeeping)
        _record_conflicts(session, plan, bookkeeping)
        # Not sent (another organisation's rows): numbered anew, so that the next sync reads them again.
        for name, row_ids in plan.held_back.items():
            if name in schema.SYNCED_TABLES:
                mark_changed(session, name, sorted(set(row_ids)))
    report.conflicts = list(plan.conflicts)


def add_missing_organisations(session: Session, plan: Any) -> None:
    for register_id, (name, short_name, kind) in plan.organisations.missing_here.items():
        if session.get(Organisation, register_id) is None:
            session.add(Organisation(id=register_id, name=name, short_name=short_name, kind=kind))
    session.flush()


def _entry(register_id: str, name: str, row_id: str, revision: int, local_revision: int, owner: str,
           digest: str, now: dt.datetime | None = None) -> Row:
    now = now or utcnow()
    return {"id": new_id(), "register_id": register_id, "table_name": name, "row_id": row_id,
            "base_revision": revision, "local_revision": local_revision, "owner_id": owner, "digest": digest,
            "created_at": now, "updated_at": now, "revision": 1, "deleted": False}




def take_received(session: Session, plan: Any, name: str, received: dict[str, Row], bookkeeping: list[Row],
                  report: Any) -> None:
    """Apply register rows of one table: new ones inserted, changed ones updated, except rows this laptop
    has at that revision already (it sent them) and rows edited here meanwhile (the next sync compares).

    The rows go to the driver as plain tuples in one executemany each (a page is thousands of rows; the
    ORM's per-row parameter handling cost more than SQLite's writing them)."""
    if not received:
        return
    ids = list(received)
    local_revisions: dict[str, int] = {}
    entries: dict[str, tuple[int, int]] = {}
    connection = session.connection()
    for chunk in chunked(ids):
        marks = ", ".join("?" * len(chunk))
        local_revisions.update(connection.exec_driver_sql(
            f"SELECT id, revision FROM {name} WHERE id IN ({marks})", tuple(chunk)).tuples().all())
        entries.update({row_id: (base, local) for row_id, base, local in connection.exec_driver_sql(
            "SELECT row_id, base_revision, local_revision FROM sync_rows WHERE register_id = ? AND table_name = ? "
            f"AND row_id IN ({marks})", (plan.register_id, name, *chunk))})
    missing_targets = _missing_foreign_rows(session, name, received.values())
    new_rows: list[Row] = []
    changed_rows: list[Row] = []
    to_local = plan.organisations.to_local
    now = utcnow()
    for row_id, row in received.items():
        entry = entries.get(row_id)
        here = local_revisions.get(row_id)
        if entry is not None and entry[0] == row["revision"]:
            continue  # this laptop has that revision already (it sent it)
        if here is not None and (entry is None or entry[1] != here):
            continue  # edited here meanwhile: the next sync compares
        local = to_local_form(name, row, plan.organisations)
        for column, absent in missing_targets.items():
            if local.get(column) in absent:
                local[column] = None
        if here is None:
            local["revision"] = revision = 1
            new_rows.append(local)
        else:
            local["revision"] = revision = here + 1
            changed_rows.append(local)
        owner = to_local.get(row["owner_id"], row["owner_id"])
        bookkeeping.append(_entry(plan.register_id, name, row_id, row["revision"], revision, owner, "", now))
    if new_rows:
        columns, convert, defaults = _writer(name)
        connection.exec_driver_sql(
            f"INSERT INTO {name} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
            [tuple(_value(row, column, convert, defaults) for column in columns)
             for row in _parents_first(name, new_rows)])
    if changed_rows:
        _, convert, _defaults = _writer(name)
        columns = [column for column in changed_rows[0] if column != "id"]
        connection.exec_driver_sql(
            f"UPDATE {name} SET {', '.join(f'{column} = ?' for column in columns)} WHERE id = ?",
            [(*(_value(row, column, convert, {}) for column in columns), row["id"]) for row in changed_rows])
    # Not changes of this laptop's: the register has them (as before, when they kept its updated_at).
    number_as_read(session, name, [row["id"] for row in (*new_rows, *changed_rows)], plan.sent_seq)
    report.pulled[name] += len(new_rows) + len(changed_rows)


@cache
def _self_pointers(name: str) -> tuple[str, ...]:
    table = local_table(name)
    return tuple(column.name for column in table.columns for key in column.foreign_keys if key.column.table is table)


def _parents_first(name: str, rows: list[Row]) -> list[Row]:
    """New rows ordered so that a row comes after the row of the same page it points at (a Soll model after
    its Ist model). Not for the keys' sake (they are checked at the commit) but for the time: while one
    reference is open, SQLite looks for the rows pointing at every new row, through tables without an index
    on those columns (based_on_id, voting rounds' model_id), a scan per inserted row."""
    columns = _self_pointers(name)
    if not columns:
        return rows
    pending = {row["id"]: row for row in rows}
    ordered: list[Row] = []
    while pending:
        ready = [row for row in pending.values()
                 if not any(row.get(column) in pending and row.get(column) != row["id"] for column in columns)]
        if not ready:  # a cycle: the check at the commit decides
            ordered.extend(pending.values())
            break
        for row in ready:
            del pending[row["id"]]
        ordered.extend(ready)
    return ordered


def _utc_text(value: dt.datetime | None) -> str | None:
    """What UTCDateTime and SQLite's DATETIME make of an aware datetime, without their per-value layers."""
    if value is None:
        return None
    if value.tzinfo is None:
        raise ValueError("naive datetime given where UTC is required")
    return value.astimezone(dt.UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


@cache
def _writer(name: str) -> tuple[list[str], dict[str, Callable[[Any], Any]], dict[str, Any]]:
    """(columns, column → driver conversion, column → default) of a local table, for raw executemany."""
    table = local_table(name)
    dialect = sqlite.dialect()
    convert: dict[str, Callable[[Any], Any]] = {}
    for column in table.columns:
        if isinstance(column.type, UTCDateTime):
            convert[column.name] = _utc_text
        else:
            processor = column.type._cached_bind_processor(dialect)  # SQLAlchemy's own conversion
            if processor is not None:
                convert[column.name] = processor
    defaults = {column.name: column.default.arg for column in table.columns
                if column.default is not None and not callable(column.default.arg)}
    return [column.name for column in table.columns], convert, defaults


def _value(row: Row, column: str, convert: dict[str, Callable[[Any], Any]], defaults: dict[str, Any]) -> Any:
    value = row[column] if column in row else defaults.get(column)
    processor = convert.get(column)
    return value if processor is None or value is None else processor(value)


def _missing_foreign_rows(session: Session, name: str, rows: Any) -> dict[str, set[str]]:
    """Columns pointing at laptop-only tables (workshops) whose rows this laptop does not have."""
    table = local_table(name)
    missing: dict[str, set[str]] = {}
    rows = list(rows)
    for column in table.columns:
        for key in column.foreign_keys:
            target = key.column.table
            if target.name in schema.SYNCED_TABLES or target.name == "organisations":
                continue
            wanted = {row[column.name] for row in rows if row.get(column.name)}
            if not wanted:
                continue
            present = set(session.scalars(select(target.c.id).where(target.c.id.in_(wanted))))
            missing[column.name] = wanted - present
    return missing


_BOOKKEEPING_COLUMNS = ("id", "register_id", "table_name", "row_id", "base_revision", "local_revision", "owner_id",
                       "digest", "created_at", "updated_at", "revision", "deleted")
_UPSERT_BOOKKEEPING = (
    f"INSERT INTO sync_rows ({', '.join(_BOOKKEEPING_COLUMNS)}) VALUES ({', '.join('?' * len(_BOOKKEEPING_COLUMNS))}) "
    "ON CONFLICT (register_id, table_name, row_id) DO UPDATE SET base_revision = excluded.base_revision, "
    "local_revision = excluded.local_revision, owner_id = excluded.owner_id, digest = excluded.digest, "
    "updated_at = excluded.updated_at")


def upsert_bookkeeping(session: Session, entries: list[Row]) -> None:
    """One executemany of plain tuples (a first pull writes one entry per library row)."""
    if not entries:
        return
    session.connection().exec_driver_sql(_UPSERT_BOOKKEEPING, [
        (entry["id"], entry["register_id"], entry["table_name"], entry["row_id"], entry["base_revision"],
         entry["local_revision"], entry["owner_id"], entry["digest"], _utc_text(entry["created_at"]),
         _utc_text(entry["updated_at"]), entry["revision"], int(bool(entry["deleted"]))) for entry in entries])


def _record_conflicts(session: Session, plan: Any, bookkeeping: list[Row]) -> None:
    """Open conflicts: the ones found now; earlier ones end when their row was sent, agreed or found again."""
    settled = {(entry["table_name"], entry["row_id"]) for entry in bookkeeping}
    settled |= {(conflict.table, conflict.row_id) for conflict in plan.conflicts}
    for old in session.scalars(select(SyncConflict).where(SyncConflict.register_id == plan.register_id,
                                                          SyncConflict.deleted.is_(False))):
        if (old.table_name, old.row_id) in settled:
            old.deleted = True
            old.resolution = old.resolution or "superseded"
    # Not sent: numbered anew, so that the next sync looks at them again (found again, or sent once
    # resolved), however long ago they were written.
    for table_name in sorted({conflict.table for conflict in plan.conflicts}):
        mark_changed(session, table_name, sorted(c.row_id for c in plan.conflicts if c.table == table_name))
    for conflict in plan.conflicts:
        # Both kept in the laptop's form (its organisation ids), so resolving needs no register.
        session.add(SyncConflict(
            register_id=plan.register_id, table_name=conflict.table, row_id=conflict.row_id,
            their_revision=conflict.their_revision,
            theirs=to_json(to_local_form(conflict.table, conflict.theirs, plan.organisations)),
            mine=to_json(to_local_form(conflict.table, conflict.mine, plan.organisations))))
