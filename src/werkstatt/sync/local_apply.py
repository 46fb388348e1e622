"""Step 4 of a sync: record on the laptop what the push did; and how a pulled page is taken in.

``record`` is one local transaction: the revisions sent and agreed, the rows of others, the conflicts
found and how far the register has read this laptop (its change counter). ``take_received`` applies
one page of the pull (werkstatt.sync.pull). A row edited here while the sync ran is left alone (its
revision moved, its change number is higher); the next sync decides about it.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from werkstatt.model import Organisation, SyncConflict, SyncRegister, SyncRow, new_id, utcnow
from werkstatt.model.sync import mark_changed, number_as_read
from werkstatt.register import schema
from werkstatt.store import Store
from werkstatt.sync.rows import Row, local_table, to_json, to_local_form

CHUNK = 5000


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
           digest: str) -> Row:
    now = utcnow()
    return {"id": new_id(), "register_id": register_id, "table_name": name, "row_id": row_id,
            "base_revision": revision, "local_revision": local_revision, "owner_id": owner, "digest": digest,
            "created_at": now, "updated_at": now, "revision": 1, "deleted": False}


def _chunks(ids: list[str]) -> list[list[str]]:
    return [ids[start:start + CHUNK] for start in range(0, len(ids), CHUNK)]


def take_received(session: Session, plan: Any, name: str, received: dict[str, Row], bookkeeping: list[Row],
                  report: Any) -> None:
    """Apply register rows of one table: new ones inserted, changed ones updated, except rows this laptop
    has at that revision already (it sent them) and rows edited here meanwhile (the next sync compares)."""
    if not received:
        return
    table = local_table(name)
    seen = SyncRow.__table__
    ids = list(received)
    local_revisions: dict[str, int] = {}
    entries: dict[str, tuple[int, int]] = {}
    for chunk in _chunks(ids):
        local_revisions.update(session.execute(select(table.c.id, table.c.revision)
                                               .where(table.c.id.in_(chunk))).tuples().all())
        entries.update({row.row_id: (row.base_revision, row.local_revision) for row in session.execute(
            select(seen.c.row_id, seen.c.base_revision, seen.c.local_revision).where(
                seen.c.register_id == plan.register_id, seen.c.table_name == name, seen.c.row_id.in_(chunk)))})
    missing_targets = _missing_foreign_rows(session, name, received.values())
    new_rows: list[Row] = []
    changed_rows: list[Row] = []
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
            new_rows.append({**local, "revision": 1})
            revision = 1
        else:
            changed_rows.append({**local, "revision": here + 1})
            revision = here + 1
        owner = plan.organisations.to_local.get(row["owner_id"], row["owner_id"])
        bookkeeping.append(_entry(plan.register_id, name, row_id, row["revision"], revision, owner, ""))
    defaults = {column.name: column.default.arg for column in table.columns
                if column.default is not None and not callable(column.default.arg)}
    if new_rows:
        session.execute(insert(table), [{**defaults, **row} for row in new_rows])
    if changed_rows:
        columns = [c.name for c in table.columns if c.name != "id" and c.name in changed_rows[0]]
        statement = update(table).where(table.c.id == bindparam("w_id")).values(
            {column: bindparam(f"w_{column}") for column in columns})
        session.execute(statement, [{f"w_{key}": value for key, value in row.items()} for row in changed_rows])
    # Not changes of this laptop's: the register has them (as before, when they kept its updated_at).
    number_as_read(session, name, [row["id"] for row in (*new_rows, *changed_rows)], plan.sent_seq)
    report.pulled[name] += len(new_rows) + len(changed_rows)


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


def upsert_bookkeeping(session: Session, entries: list[Row]) -> None:
    if not entries:
        return
    statement = sqlite_insert(SyncRow.__table__)
    statement = statement.on_conflict_do_update(
        index_elements=["register_id", "table_name", "row_id"],
        set_={"base_revision": statement.excluded.base_revision, "local_revision": statement.excluded.local_revision,
              "owner_id": statement.excluded.owner_id, "digest": statement.excluded.digest,
              "updated_at": statement.excluded.updated_at})
    session.execute(statement, entries)


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
