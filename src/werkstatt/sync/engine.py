"""One sync: the library from the register in batches, then the laptop's changes in one register transaction.

The order matters for safety:

1. Read what changed here (a local read; edits may go on meanwhile).
2. Pull what the register has up to its current generation, page by page, each page its own local
   transaction together with where the pull stands (werkstatt.sync.pull): memory stays bounded, and
   a killed or cut-off pull goes on from there at the next sync. The pull only reads the register,
   and it leaves the rows changed here alone (step 3 decides about them).
3. In one register transaction: read the register's rows this laptop changed, decide per row
   (insert, update, equal already, conflict, someone else's), write in bulk, commit. On PostgreSQL
   the register numbers the rows itself at COMMIT (register migration r0002) and refuses an update
   of a row another sync committed after this one read it, so no organisation ever holds a lock
   across a sync; a SQLite register file is taken with BEGIN IMMEDIATE instead.
4. Only then record on the laptop what was sent (local_apply.record).

A broken connection in 3 rolls the register back and the laptop records nothing of it: the next sync
starts from the same place. A break between the register's commit and 4 is healed by the next sync
too: the rows it meets again have the same content there, which is not a conflict. The rows this sync
sent come back with the next pull once and are recognised by their revision.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Engine, and_, bindparam, event, insert, literal_column, select, text, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from werkstatt.errors import Cancelled, WerkstattError
from werkstatt.i18n import tr
from werkstatt.model import Organisation, SyncRegister, SyncRow, utcnow
from werkstatt.model.base import chunked
from werkstatt.model.sync import current_change, local_changes, numbering_intact
from werkstatt.register import schema
from werkstatt.register.admin import check_schema
from werkstatt.store.database import Store
from werkstatt.sync.rows import OrganisationMap, Row, content, digest, local_table, same_content, to_register_form
from werkstatt.sync.vote_results import current_vote_results

# A model's structure: only the model's owner may write it.
STRUCTURE_TABLES = ("lanes", "steps", "flows")

Progress = Callable[[int, int, str], None]


class SyncError(WerkstattError):
    """The sync could not run; the register and the laptop are as they were."""


class SyncCancelled(SyncError, Cancelled):
    """The user stopped the sync: before the register committed (nothing was changed), or between two
    pages of the pull (what came so far is kept; the next sync goes on from there).

    Both a SyncError (every ``except SyncError`` still takes it) and a ``werkstatt.errors.Cancelled`` (a
    background runner tells a stop from a failure without knowing the sync)."""


@dataclass
class Conflict:
    table: str
    row_id: str
    their_revision: int
    theirs: Row  # register form
    mine: Row  # register form


@dataclass
class SyncReport:
    register: str
    organisation: str
    generation: int = 0
    pushed: Counter[str] = field(default_factory=Counter)
    pulled: Counter[str] = field(default_factory=Counter)
    conflicts: list[Conflict] = field(default_factory=list)
    # Local changes to other organisations' rows: not sent (the register would refuse them).
    not_sent_library: Counter[str] = field(default_factory=Counter)
    warnings: list[str] = field(default_factory=list)
    statements: int = 0

    @property
    def changed_register(self) -> bool:
        return bool(sum(self.pushed.values()))


@dataclass
class LocalChange:
    """A row that changed here since the last sync (or was never sent)."""

    row: Row  # register form
    local_revision: int
    sync_row: Row | None  # its sync_rows entry: base_revision, local_revision, owner_id, digest


@dataclass
class Plan:
    """What step 2 decided; step 3 records it on the laptop."""

    register_id: str
    me_register: str
    generation: int
    organisations: OrganisationMap
    # table → row id → (register revision now, local revision sent, digest)
    sent: dict[str, dict[str, tuple[int, int, str]]] = field(default_factory=dict)
    # table → row id → register revision, for rows equal on both sides
    agreed: dict[str, dict[str, tuple[int, int]]] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)
    # This laptop's change counter when step 1 read it: the next sync reads the rows numbered after it.
    sent_seq: int = 0
    changes_read_at: dt.datetime | None = None  # by the laptop's clock, for people only
    # table → row id → (register revision, local revision to remember, owner in the register)
    foreign: dict[str, dict[str, tuple[int, int, str]]] = field(default_factory=dict)
    # table → ids of rows changed here and not sent (someone else's): numbered again, so the next sync reads them
    held_back: dict[str, list[str]] = field(default_factory=dict)


class StatementCounter:
    """Counts the statements (round trips) sent to the register during one sync."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.count = 0

    def _seen(self, *_args: Any) -> None:
        self.count += 1

    def __enter__(self) -> StatementCounter:
        event.listen(self.engine, "before_cursor_execute", self._seen)
        return self

    def __exit__(self, *_exc: object) -> None:
        event.remove(self.engine, "before_cursor_execute", self._seen)




# --- step 1: the laptop -----------------------------------------------------------------------

def _local_changes(session: Session, register_id: str | None,
                   after: int | None) -> dict[str, dict[str, tuple[Row, int, Row | None]]]:
    """table → row id → (local row, its local revision, its sync_rows entry or None).

    Only rows numbered after ``after`` (the change counter the last sync read up to) are looked at, so
    the work does not grow with the library this laptop holds, whatever the laptop's clock did. Rows an
    earlier sync held back were numbered again by it (``Plan.held_back``), so they are among them.
    """
    changes: dict[str, dict[str, tuple[Row, int, Row | None]]] = {}
    seen = SyncRow.__table__
    numbered = _tables_numbered_after(session, after) if after is not None else set(schema.SYNCED_TABLES)
    for name in schema.SYNCED_TABLES:
        if name not in numbered:
            changes[name] = {}
            continue
        table = local_table(name)
        source = table
        numbered_after = None
        if after is not None:
            # Driven by the change numbers (an IN list from their index), not by a scan of the table.
            numbered_after = table.c.id.in_(select(local_changes.c.row_id).where(
                local_changes.c.table_name == name, local_changes.c.change_seq > after))
        joined = source.outerjoin(seen, and_(seen.c.register_id == register_id, seen.c.table_name == name,
                                             seen.c.row_id == table.c.id))
        # Rows this laptop received, or sent and did not change since, have their revision in the
        # bookkeeping: numbered again by the pull that wrote them, they are still not sent back.
        query = (select(table, seen.c.base_revision, seen.c.local_revision.label("seen_revision"),
                        seen.c.owner_id.label("seen_owner"), seen.c.digest)
                 .select_from(joined)
                 .where((seen.c.id.is_(None)) | (seen.c.local_revision != table.c.revision)))
        if numbered_after is not None:
            query = query.where(numbered_after)
        rows = {}
        for row in session.execute(query).mappings():
            data = {column.name: row[column.name] for column in table.columns}
            entry = None if row["base_revision"] is None else {
                "base_revision": row["base_revision"], "local_revision": row["seen_revision"],
                "owner_id": row["seen_owner"], "digest": row["digest"]}
            rows[data["id"]] = (data, data["revision"], entry)
        changes[name] = rows
    return changes


def _tables_numbered_after(session: Session, after: int) -> set[str]:
    """The synced tables with a row numbered after ``after``: one statement of an index probe per table, so
    that a sync of one step reads one table, not eight."""
    probes = [select(local_changes.c.row_id).where(local_changes.c.table_name == name,
                                                   local_changes.c.change_seq > after).limit(1).exists()
              for name in schema.SYNCED_TABLES]
    row = session.execute(select(*probes)).one()
    return {name for name, found in zip(schema.SYNCED_TABLES, row, strict=True) if found}


# Register schema revisions check_schema accepted in this process: the scripts it reads do not change.
_ACCEPTED_REVISIONS: set[str] = set()


def _check_schema(engine: Engine, display: str) -> None:
    """check_schema once per register revision: it loads every migration script, a fixed cost an
    incremental sync of one step should not pay each time."""
    from werkstatt.register import migrate

    if migrate.current_revision(engine) in _ACCEPTED_REVISIONS:
        return
    check_schema(engine, display)
    _ACCEPTED_REVISIONS.add(migrate.current_revision(engine))


def _vote_result_changes(session: Session, register_id: str | None) -> dict[str, tuple[Row, int, Row | None]]:
    """Result rows whose digest differs from what was sent, and tombstones for results that are gone."""
    sent = {row.row_id: row for row in session.scalars(select(SyncRow).where(
        SyncRow.register_id == register_id, SyncRow.table_name == "vote_results"))}
    current = current_vote_results(session)
    changes: dict[str, tuple[Row, int, Row | None]] = {}
    for option_id, row in current.items():
        entry = sent.get(option_id)
        if entry is None or entry.digest != digest(row):
            changes[option_id] = (row, 0, _entry(entry))
    for option_id, entry in sent.items():
        if option_id not in current and entry.digest != "gone":
            changes[option_id] = ({"id": option_id, "deleted": True}, 0, _entry(entry))
    return changes


def _entry(row: SyncRow | None) -> Row | None:
    if row is None:
        return None
    return {"base_revision": row.base_revision, "local_revision": row.local_revision,
            "owner_id": row.owner_id, "digest": row.digest}


# --- step 2: the register ---------------------------------------------------------------------

def _lock_generation(connection: Connection) -> tuple[str, int, str | None]:
    """(register id, generation read, organisation of the login role). On PostgreSQL the function only
    reads and remembers the generation for this transaction; the rows are numbered at COMMIT."""
    meta = schema.register_meta
    if connection.dialect.name == "postgresql":
        row = connection.execute(select(meta.c.register_id, literal_column("werkstatt_lock_generation()"),
                                        literal_column("werkstatt_org()")).where(meta.c.id == 1)).one()
        return row[0], row[1], row[2]
    row = connection.execute(select(meta.c.register_id, meta.c.generation).where(meta.c.id == 1)).one()
    return row[0], row[1], None


def _next_generation(connection: Connection) -> int:
    if connection.dialect.name == "postgresql":
        return int(connection.scalar(text("SELECT werkstatt_next_generation()")))
    meta = schema.register_meta
    connection.execute(update(meta).where(meta.c.id == 1).values(generation=meta.c.generation + 1))
    return int(connection.scalar(select(meta.c.generation).where(meta.c.id == 1)))


def _register_rows(connection: Connection, name: str, ids: list[str]) -> dict[str, Row]:
    table = schema.tables[name]
    found: dict[str, Row] = {}
    for chunk in chunked(ids):
        # No FOR UPDATE: under row-level security it would hide other organisations' rows; the
        # register's commit trigger refuses an update of a row another sync committed meanwhile.
        query = select(table).where(table.c.id.in_(chunk))
        found.update({row["id"]: dict(row) for row in connection.execute(query).mappings()})
    return found


def _resolve_me(organisations: list[Row], wanted: str | None, role_org: str | None, remembered: str | None,
                display: str) -> str:
    if wanted:
        key = wanted.strip().casefold()
        matches = [row["id"] for row in organisations
                   if key in (row["short_name"].casefold(), row["name"].casefold(), row["id"])]
        if not matches:
            raise SyncError(tr("SyncEngine", "The register {address} has no organisation “{name}”; it has: {names}.",
                               address=display, name=wanted,
                               names=", ".join(sorted(row["short_name"] for row in organisations)) or "–"))
        me = matches[0]
    else:
        me = role_org or remembered or ""
        if not me:
            # A laptop that never synced: offer what the register has, so the user need not guess.
            offered = ", ".join(f"{row['short_name']} ({row['name']})" if row["short_name"] else row["name"]
                                for row in sorted(organisations, key=lambda row: row["name"]))
            raise SyncError(tr("SyncEngine", "Say which organisation this laptop syncs as with --as, for example "
                                       "“--as Witten”. The register {address} has: {names}.", address=display,
                               names=offered or "–"))
    if role_org is not None and role_org != me:
        raise SyncError(tr("SyncEngine", "The register login belongs to another organisation than “{name}”; "
                                   "sync as that organisation or log in with its role.", name=wanted or me))
    return me


def sync(store: Store, engine: Engine, *, display: str, organisation: str | None = None,
         progress: Progress | None = None, cancelled: Callable[[], bool] | None = None) -> SyncReport:
    """Send this laptop's changes, receive the library; see the module's docstring for the guarantees."""
    from werkstatt.sync.local_apply import record
    from werkstatt.sync.pull import finish, pull

    report_progress = progress or (lambda _done, _total, _text: None)
    is_cancelled = cancelled or (lambda: False)
    report_progress(0, 4, tr("SyncEngine", "Reading the changes on this laptop…"))
    report = SyncReport(register=display, organisation="")
    with StatementCounter(engine) as counter:
        try:
            with store.reading() as session:
                _check_schema(engine, display)
                with engine.connect() as probe:
                    register_id = probe.scalar(select(schema.register_meta.c.register_id))
                remembered = session.get(SyncRegister, register_id) if register_id else None
                read_at = utcnow()
                # Read before the rows: a write committed meanwhile has a higher number, so the next
                # sync reads it (again, at worst; sending an unchanged revision is a no-op).
                read_up_to = current_change(session)
                after = remembered.sent_seq if remembered and numbering_intact(session) else None
                local_orgs = [{"id": o.id, "name": o.name, "short_name": o.short_name}
                              for o in session.scalars(select(Organisation))]
                changes = _local_changes(session, register_id, after)
                changes["vote_results"] = _vote_result_changes(session, register_id)
            plan = _identify(engine, display, organisation, remembered, local_orgs, report)
            plan.sent_seq, plan.changes_read_at = read_up_to, read_at
            if is_cancelled():
                raise SyncCancelled(tr("SyncEngine", "The sync was stopped; nothing was changed in the register."))
            report_progress(1, 4, tr("SyncEngine", "Receiving the register's changes…"))
            pull(store, engine, plan, report, report_progress, is_cancelled)
            _exchange(engine, plan, changes, report, report_progress, is_cancelled)
            report_progress(3, 4, tr("SyncEngine", "Recording the result on this laptop…"))
            record(store, plan, display, report)
        except DBAPIError as error:
            raise SyncError(_driver_sentence(error, display)) from error
        finally:
            report.statements = counter.count
    finish(store, report)
    report_progress(4, 4, tr("SyncEngine", "Done."))
    return report


def _driver_sentence(error: DBAPIError, display: str) -> str:
    if error.connection_invalidated or "terminat" in str(error.orig).lower() or "closed" in str(error.orig).lower():
        return tr("SyncEngine",
                  "The connection to the register {address} broke off during the sync; the register was left "
                          "as it was and nothing here was marked as sent. Sync again when the connection is back.",
                  address=display)
    if "permission denied" in str(error.orig).lower() or "row-level security" in str(error.orig).lower():
        return tr("SyncEngine", "The register {address} refused a change: this login may not write it. Nothing was "
                          "changed. ({detail})", address=display, detail=str(error.orig).splitlines()[0])
    return tr("SyncEngine", "The register {address} reported an error; nothing was changed there: {detail}",
              address=display, detail=str(error.orig).splitlines()[0] if str(error.orig) else type(error.orig).__name__)


def _identify(engine: Engine, display: str, organisation: str | None, remembered: SyncRegister | None,
              local_orgs: list[Row], report: SyncReport) -> Plan:
    """Which register, and which of its organisations this laptop syncs as (a read, nothing locked)."""
    with engine.connect() as connection:
        meta = schema.register_meta
        role = literal_column("werkstatt_org()") if connection.dialect.name == "postgresql" else literal_column("NULL")
        register_id, role_org = connection.execute(select(meta.c.register_id, role).where(meta.c.id == 1)).one()
        register_orgs = [dict(row) for row in connection.execute(select(schema.organisations)).mappings()]
    me = _resolve_me(register_orgs, organisation, role_org,
                     remembered.register_organisation_id if remembered else None, display)
    report.organisation = next(row["name"] for row in register_orgs if row["id"] == me)
    return Plan(register_id, me, 0, OrganisationMap.match(local_orgs, register_orgs))


def _exchange(engine: Engine, plan: Plan, changes: dict[str, dict[str, tuple[Row, int, Row | None]]],
              report: SyncReport, report_progress: Progress, is_cancelled: Callable[[], bool]) -> None:
    # "write_lock": a SQLite register (register.connect) begins with BEGIN IMMEDIATE, so that two laptops
    # on one file queue up; on PostgreSQL their commits take turns inside the register's commit trigger.
    organisations = plan.organisations
    with engine.connect().execution_options(write_lock=True) as connection, connection.begin():
        _register_id, plan.generation, _role = _lock_generation(connection)
        report_progress(2, 4, tr("SyncEngine", "Sending this laptop's changes…"))
        warnings: set[str] = set()
        inserts: dict[str, list[Row]] = {}
        updates: dict[str, list[Row]] = {}
        withheld: set[str] = set()  # new rows not sent: another organisation's model would hold them
        for name in schema.OWNED_TABLES:
            local = changes[name]
            mine = {row_id: to_register_form(name, row, organisations, warnings)
                    for row_id, (row, _revision, _entry) in local.items()}
            there = _register_rows(connection, name, list(mine)) if mine else {}
            model_owners = _model_owners(connection, name, mine, inserts)
            pointers = _pointer_columns(name)
            for row_id, row in mine.items():
                if there.get(row_id) is None and any(row.get(column) in withheld for column in pointers):
                    withheld.add(row_id)  # it points at a row that stays here, so it stays too
                    report.not_sent_library[name] += 1
                    plan.held_back.setdefault(name, []).append(row_id)
                    continue
                owner = model_owners.get(row.get("model_id") or "", plan.me_register)
                _decide(name, row_id, row, local[row_id], there.get(row_id), plan, inserts, updates, report, owner)
                if owner != plan.me_register and there.get(row_id) is None:
                    withheld.add(row_id)
            if is_cancelled():
                raise SyncCancelled(tr("SyncEngine", "The sync was stopped; nothing was changed in the register."))
        report.warnings.extend(sorted(warnings))
        if any(inserts.values()) or any(updates.values()):
            plan.generation = _write(connection, plan, inserts, updates, report)
        if is_cancelled():
            raise SyncCancelled(tr("SyncEngine", "The sync was stopped; nothing was changed in the register."))


def _pointer_columns(name: str) -> tuple[str, ...]:
    """Columns of ``name`` that point at other synced rows."""
    return tuple(column.name for column in schema.tables[name].columns
                 if any(key.column.table.name in schema.OWNED_TABLES for key in column.foreign_keys))


def _model_owners(connection: Connection, name: str, mine: dict[str, Row],
                  inserts: dict[str, list[Row]]) -> dict[str, str]:
    """Model id → its owner in the register, for the models of a model's structure rows (lanes, steps, flows)."""
    if name not in STRUCTURE_TABLES or not mine:
        return {}
    wanted = sorted({row["model_id"] for row in mine.values() if row.get("model_id")})
    owners = {row_id: row["owner_id"] for row_id, row in _register_rows(connection, "process_models", wanted).items()}
    for row in inserts.get("process_models", []):
        owners.pop(row["id"], None)  # written by this sync: its owner is this laptop's organisation
    return owners


def _decide(name: str, row_id: str, row: Row, local: tuple[Row, int, Row | None], there: Row | None, plan: Plan,
            inserts: dict[str, list[Row]], updates: dict[str, list[Row]], report: SyncReport,
            model_owner: str) -> None:
    _local_row, local_revision, entry = local
    row_digest = digest(row) if name == "vote_results" else ""
    owner = there["owner_id"] if there is not None else model_owner
    if owner != plan.me_register:
        # Another organisation's row, or the structure of its model: the register would refuse it.
        # Remembered as theirs, so that the laptop keeps it read-only; a differing version stays flagged.
        if there is None or not same_content(name, row, there):
            if name != "vote_results":
                report.not_sent_library[name] += 1
                plan.held_back.setdefault(name, []).append(row_id)
            seen = entry["local_revision"] if entry else -1
        else:
            seen = local_revision
        if there is not None:
            plan.foreign.setdefault(name, {})[row_id] = (there["revision"], seen, owner)
        return
    if there is None:
        if row.get("deleted"):
            # Created and deleted here before it was ever sent: nothing to tell the register, but
            # remembered, so that later syncs know the row (revision 0: not in the register).
            plan.sent.setdefault(name, {})[row_id] = (0, local_revision, "gone" if name == "vote_results" else "")
            return
        inserts.setdefault(name, []).append({**row, "revision": 1})
        plan.sent.setdefault(name, {})[row_id] = (1, local_revision, row_digest)
        return
    base = entry["base_revision"] if entry else None
    if name == "vote_results" and row.get("deleted") and len(row) == 2:
        row = {**there, "deleted": True}
        row_digest = "gone"
    if base == there["revision"]:
        updates.setdefault(name, []).append({**row, "revision": there["revision"] + 1})
        plan.sent.setdefault(name, {})[row_id] = (there["revision"] + 1, local_revision, row_digest)
    elif same_content(name, row, there):
        plan.agreed.setdefault(name, {})[row_id] = (there["revision"], local_revision)
    elif name == "vote_results":
        # Results are computed from this laptop's rounds; the register's copy has no other author.
        updates.setdefault(name, []).append({**row, "revision": there["revision"] + 1})
        plan.sent.setdefault(name, {})[row_id] = (there["revision"] + 1, local_revision, row_digest)
    else:
        conflict = Conflict(name, row_id, there["revision"], content(name, there), content(name, row))
        plan.conflicts.append(conflict)


def _write(connection: Connection, plan: Plan, inserts: dict[str, list[Row]], updates: dict[str, list[Row]],
           report: SyncReport) -> int:
    generation = _next_generation(connection)
    now = utcnow()
    for name in schema.OWNED_TABLES:
        table = schema.tables[name]
        columns = [c.name for c in table.columns if c.name not in ("owner_id", "generation")]
        new_rows = [{**{column: row.get(column) for column in columns}, "owner_id": plan.me_register,
                     "generation": generation, "updated_at": row.get("updated_at") or now,
                     "created_at": row.get("created_at") or now} for row in inserts.get(name, [])]
        if new_rows:
            connection.execute(insert(table), new_rows)
        changed = updates.get(name, [])
        if changed:
            values = {column: bindparam(f"v_{column}") for column in columns if column != "id"}
            statement = (update(table).where(table.c.id == bindparam("v_id"))
                         .values(**values, generation=generation))
            connection.execute(statement, [{f"v_{column}": row.get(column) for column in columns}
                                           | {"v_updated_at": row.get("updated_at") or now} for row in changed])
        if new_rows or changed:
            report.pushed[name] = len(new_rows) + len(changed)
    connection.execute(insert(schema.sync_log).values(
        generation=generation, organisation_id=plan.me_register, at=now, rows_written=sum(report.pushed.values())))
    return generation
