"""Step 2 of a sync: the register's rows into the laptop, page by page, each page its own transaction.

The pull reads the register's generation G once (on PostgreSQL the register numbers a sync's rows at
COMMIT under a lock, so every row numbered up to G is committed) and then, table by table in the
register's write order, pages of rows ``cursor < generation <= G`` ordered by (generation, id). Each
page is applied in one local transaction together with where the pull stands (G, table, stream, the
last generation and id). A pull killed anywhere goes on from there with the same G: rows are keyed by
id and taken as insert-or-update, so nothing comes twice and nothing is skipped. Only the last
transaction moves the cursor to G.

What is pulled (see werkstatt.library.holding): the catalogue (processes, process_models) whole; the
content of a model only for held processes. A "stream" is one filter of a content table:

- stream 0: rows changed since the cursor of this organisation's own, of models without a model (a
  measure of no model) and of the processes held already;
- streams 1…: every row up to G of the models of processes held since this pull (their content was
  skipped before), in chunks of model ids.

A row pointing at a synced row the laptop does not have (a parent changed after G, a model based on a
later one) brings that row along, in the same transaction, whatever its generation.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, Connection, Engine, and_, func, or_, select, text, true, update
from sqlalchemy.orm import Session

from werkstatt.i18n import tr
from werkstatt.library.holding import WHOLE_LIBRARY_UP_TO, held_process_query
from werkstatt.model import Process, ProcessModel, SyncRegister
from werkstatt.model.sync import HeldProcess, numbering_intact
from werkstatt.register import schema
from werkstatt.store.database import Store
from werkstatt.sync.local_apply import add_missing_organisations, take_received, upsert_bookkeeping
from werkstatt.sync.rows import Row, local_table

CATALOGUE_TABLES = ("processes", "process_models")
CONTENT_TABLES = ("lanes", "steps", "flows", "pain_points", "measures", "measure_pain_points")
PULLED_TABLES = (*CATALOGUE_TABLES, *CONTENT_TABLES)  # vote_results are the register's only (no local table)
# Model ids per stream: well below both databases' limits on parameters of one statement.
IDS_PER_STREAM = 5000


def _batch_size() -> int:
    """Rows per page: bounded memory; WERKSTATT_SYNC_BATCH changes it (the kill-and-resume test uses small pages)."""
    try:
        return max(1, int(os.environ.get("WERKSTATT_SYNC_BATCH", "") or 2000))
    except ValueError:
        return 2000


BATCH = _batch_size()


@dataclass
class Stream:
    condition: ColumnElement[bool]
    lower: int  # rows with a generation above this
    # A filter applied here, when the register's would be too long: (session, page) → the rows to take.
    keep: Callable[[Session, list[Row]], dict[str, Row]] | None = None


@dataclass
class Position:
    target: int
    table: str
    stream: int
    generation: int | None
    row_id: str | None


@dataclass
class Pending:
    """Pages fetched and not applied yet: short ones (a stream's end) wait to share one transaction, so that
    an incremental sync of a few rows pays one local commit, not one per table. At most about one page."""

    pages: list[tuple[str, Stream, list[Row]]] = field(default_factory=list)
    rows: int = 0

    def add(self, name: str, stream: Stream, rows: list[Row]) -> None:
        self.pages.append((name, stream, rows))
        self.rows += len(rows)


def pull(store: Store, engine: Engine, plan: Any, report: Any, progress: Callable[[int, int, str], None],
         cancelled: Callable[[], bool]) -> None:
    from werkstatt.sync.engine import SyncCancelled

    def apply(pending: Pending, position: Position, complete: bool = False) -> None:
        nonlocal pulled
        pulled += _apply_pages(store, engine, plan, pending.pages, position, report, complete)
        pending.pages, pending.rows = [], 0
        progress(1, 4, tr("SyncPull", "Receiving the register's changes… ({count} rows)", count=pulled))
        if cancelled() and not complete:
            # Before the push: the register is unchanged; what came is kept and the next pull goes on.
            raise SyncCancelled(tr("SyncPull", "The sync was stopped; nothing was changed in the register. "
                                           "Part of the library came; the next sync goes on from there."))

    with engine.connect() as connection:
        now, newest = _newest(connection)
        position, cursor = _start(store, plan, report.register, now)
        pulled = 0
        held: tuple[bool, list[str]] | None = None
        pending = Pending()
        applied = held_new = False
        for name in PULLED_TABLES[PULLED_TABLES.index(position.table):]:
            if name != position.table:
                position = Position(position.target, name, 0, None, None)
            if name == CONTENT_TABLES[0] and position.stream == 0 and position.generation is None:
                if pending.pages:  # the catalogue here before the holding is decided from it
                    apply(pending, position)
                held_new = _take_hold(store, plan, position.target)
            if name in CONTENT_TABLES and held is None:
                held = _held_models(store, position.target)
            streams = _streams(plan, name, cursor, held or (False, []))
            for index in range(position.stream, len(streams)):
                stream = streams[index]
                after = (position.generation, position.row_id) if index == position.stream else (None, None)
                position = Position(position.target, name, index, *after)
                # Nothing above the stream's lower bound in the whole table: no page to ask for.
                if stream.lower >= 0 and newest[name] <= stream.lower:
                    continue
                while stream.lower < position.target:
                    rows = _page(connection, name, stream, position)
                    connection.rollback()  # no register transaction stays open while the laptop writes
                    if not rows:
                        break
                    position = Position(position.target, name, index, rows[-1]["generation"], rows[-1]["id"])
                    pending.add(name, stream, rows)
                    applied = True
                    if len(rows) == BATCH or pending.rows >= BATCH:
                        apply(pending, position)
                    if len(rows) < BATCH:
                        break
    if applied or held_new or position.target != cursor:
        # The last pages and the cursor moved to the target: one transaction.
        apply(pending, position, complete=True)
    report.generation = position.target


def _newest(connection: Connection) -> tuple[int, dict[str, int]]:
    """(the register's generation, table → its highest generation), in one statement: each maximum comes
    from the table's generation index, and a table with nothing above the cursor is not asked for pages."""
    tables = [schema.tables[name] for name in PULLED_TABLES]
    row = connection.execute(select(schema.register_meta.c.generation, *(
        select(func.max(table.c.generation)).scalar_subquery() for table in tables))).one()
    return int(row[0] or 0), {name: int(value or 0) for name, value in zip(PULLED_TABLES, row[1:], strict=True)}


def _start(store: Store, plan: Any, display: str, now: int) -> tuple[Position, int]:
    """Where this pull begins: where a killed one stopped (same target), or at the start towards ``now``."""
    with store.session() as session:
        add_missing_organisations(session, plan)
        register = session.get(SyncRegister, plan.register_id)
        if register is None:  # the first sync with this register: remembered from its first page on
            register = SyncRegister(id=plan.register_id, url=display, generation=0,
                                    organisation_id=plan.organisations.to_local[plan.me_register],
                                    register_organisation_id=plan.me_register)
            session.add(register)
            session.flush()
        cursor = register.generation or 0
        if register.pull_target is not None and register.pull_table in PULLED_TABLES:
            return Position(register.pull_target, register.pull_table, register.pull_stream or 0,
                            register.pull_generation, register.pull_row_id), cursor
        # Remembered with the first page: a pull killed before it has taken nothing and starts afresh.
        return Position(max(now, cursor), PULLED_TABLES[0], 0, None, None), cursor


def _changed_since(session: Session, plan: Any) -> int | None:
    """From which change number on models may hold a new reason: the one the last sync read up to (the
    models it pulled carry it, later writes here a higher one); None (all) before a first sync, when the
    numbering stopped or this laptop syncs as another organisation than last time."""
    register = session.get(SyncRegister, plan.register_id)
    if (register is None or register.sent_seq is None or not numbering_intact(session)
            or register.organisation_id != plan.organisations.to_local.get(plan.me_register)):
        return None
    return register.sent_seq


def _take_hold(store: Store, plan: Any, target: int) -> bool:
    """Before the content: the processes held now that were not, marked as part of this pull (so that a
    resumed pull fetches the same set; one pinned meanwhile waits for the next sync)."""
    with store.session() as session:
        # Only the new ones leave SQL, and only models changed since the last sync are looked at: the held
        # set grows with the laptop's own library, and every sync asks.
        reasons = held_process_query(session, _changed_since(session, plan)).subquery()
        reason = reasons.c[0]
        fresh = select(reason).where(reason.is_not(None), reason.not_in(select(HeldProcess.process_id)))
        new = set(session.scalars(fresh))
        if session.scalar(select(Process.id).offset(WHOLE_LIBRARY_UP_TO).limit(1)) is None:
            # A small register is held whole.
            new |= set(session.scalars(select(Process.id).where(Process.id.not_in(select(HeldProcess.process_id)))))
        # Pinned since the last sync (read before the new ones are added).
        pending = list(session.scalars(select(HeldProcess.process_id).where(HeldProcess.fetched_generation.is_(None))))
        session.add_all(HeldProcess(process_id=process_id, pinned=False, pull_target=target)
                        for process_id in sorted(new))
        if pending:
            session.execute(update(HeldProcess).where(HeldProcess.process_id.in_(pending))
                            .values(pull_target=target))
        return bool(new or pending)


def _held_models(store: Store, target: int) -> tuple[bool, list[str]]:
    """(whether any process's content is here already, sorted models of the processes new in this pull).

    Not the models of every held process: which of a page's models are held is asked per page (see
    _keeper), so an incremental sync does not read a list that grows with what the laptop holds."""
    with store.reading() as session:
        current = session.scalar(select(HeldProcess.id).where(HeldProcess.fetched_generation.is_not(None))
                                 .limit(1)) is not None
        new = session.scalars(
            select(ProcessModel.id).join(HeldProcess, HeldProcess.process_id == ProcessModel.process_id)
            .where(HeldProcess.fetched_generation.is_(None), HeldProcess.pull_target == target)
            .order_by(ProcessModel.id)).all()
    return current, list(new)


def _model_condition(name: str, model_ids: list[str]) -> ColumnElement[bool]:
    table = schema.tables[name]
    if name == "measure_pain_points":
        points = schema.tables["pain_points"]
        return table.c.pain_point_id.in_(select(points.c.id).where(points.c.model_id.in_(model_ids)))
    return table.c.model_id.in_(model_ids)


def _streams(plan: Any, name: str, cursor: int, held: tuple[bool, list[str]]) -> list[Stream]:
    table = schema.tables[name]
    if name in CATALOGUE_TABLES:
        return [Stream(true(), cursor)]
    current, new = held
    mine = table.c.owner_id == plan.me_register
    without_model = table.c.model_id.is_(None) if "model_id" in table.c else None
    if cursor == 0 and not current:
        # The first pull: the register picks this organisation's rows (and those of no model).
        first = Stream(or_(mine, *([without_model] if without_model is not None else [])), cursor)
    else:
        # Later pulls: what changed since the cursor, by the generation index, filtered here. Few rows
        # as a rule; an IN list of every held model would cost each sync more than it saves.
        first = Stream(true(), cursor, _keeper(plan, name))
    chunks = [new[start:start + IDS_PER_STREAM] for start in range(0, len(new), IDS_PER_STREAM)]
    # The own organisation's rows came with stream 0 from the first sync on: not twice.
    return [first, *(Stream(and_(table.c.owner_id != plan.me_register, _model_condition(name, chunk)), -1)
                     for chunk in chunks)]


def _held(session: Session, model_ids: set[str]) -> set[str]:
    """Those of ``model_ids`` whose process's content is here and kept current."""
    if not model_ids:
        return set()
    return set(session.scalars(
        select(ProcessModel.id).join(HeldProcess, HeldProcess.process_id == ProcessModel.process_id)
        .where(ProcessModel.id.in_(sorted(model_ids)), HeldProcess.fetched_generation.is_not(None))))


def _keeper(plan: Any, name: str) -> Callable[[Session, list[Row]], dict[str, Row]]:
    if name != "measure_pain_points":
        def keep(session: Session, rows: list[Row]) -> dict[str, Row]:
            current = _held(session, {row["model_id"] for row in rows
                                      if row["owner_id"] != plan.me_register and row.get("model_id")})
            return {row["id"]: row for row in rows if row["owner_id"] == plan.me_register
                    or row.get("model_id") is None or row["model_id"] in current}
        return keep

    def keep_links(session: Session, rows: list[Row]) -> dict[str, Row]:
        # A link to a pain point of a held model: that pain point came with the pain points before.
        points = local_table("pain_points")
        here = set(session.scalars(select(points.c.id).where(points.c.id.in_({row["pain_point_id"] for row in rows}))))
        return {row["id"]: row for row in rows if row["owner_id"] == plan.me_register or row["pain_point_id"] in here}
    return keep_links


def _page(connection: Connection, name: str, stream: Stream, position: Position) -> list[Row]:
    table = schema.tables[name]
    query = select(table).where(stream.condition, table.c.generation > stream.lower,
                                table.c.generation <= position.target)
    if position.generation is not None:
        query = query.where(or_(table.c.generation > position.generation,
                                and_(table.c.generation == position.generation, table.c.id > position.row_id)))
    query = query.order_by(table.c.generation, table.c.id).limit(BATCH)
    result = connection.execute(query)
    keys = list(result.keys())
    return [dict(zip(keys, row, strict=True)) for row in result]


def _apply_pages(store: Store, engine: Engine, plan: Any, pages: list[tuple[str, Stream, list[Row]]],
                 position: Position, report: Any, complete: bool) -> int:
    """Pages in one local transaction with where the pull then stands, or with the pull's end (``complete``)."""
    before = sum(report.pulled.values())
    with store.session() as session:
        # The position first: this write opens the transaction, and only inside one does the pragma hold
        # (outside, SQLite switches it off again with the pragma's own implicit commit).
        if complete:
            _complete(session, plan.register_id, position.target)
        else:
            session.execute(update(SyncRegister).where(SyncRegister.id == plan.register_id).values(
                pull_target=position.target, pull_table=position.table, pull_stream=position.stream,
                pull_generation=position.generation, pull_row_id=position.row_id))
        # Parents come in the same transaction, and a model based on one later in the page is fine:
        # the keys are checked at the commit.
        session.execute(text("PRAGMA defer_foreign_keys=ON"))
        for name, stream, rows in pages:
            wanted = {row["id"]: row for row in rows} if stream.keep is None else stream.keep(session, rows)
            bookkeeping: list[Row] = []
            if wanted:
                for table_name, parents in _missing_parents(session, engine, name, wanted).items():
                    take_received(session, plan, table_name, parents, bookkeeping, report)
                take_received(session, plan, name, wanted, bookkeeping, report)
                upsert_bookkeeping(session, bookkeeping)
    return sum(report.pulled.values()) - before


def _pointers(name: str) -> list[tuple[str, str]]:
    """(column, synced table it points at) for the columns of ``name`` that point at synced rows."""
    return [(column.name, key.column.table.name) for column in schema.tables[name].columns
            for key in column.foreign_keys if key.column.table.name in schema.SYNCED_TABLES]


def _missing_parents(session: Session, engine: Engine, name: str, rows: dict[str, Row]) -> dict[str, dict[str, Row]]:
    """Table → rows the page points at that the laptop does not have, fetched from the register, parents first."""
    found: dict[str, dict[str, Row]] = {}
    level = {name: rows}
    for _depth in range(len(schema.SYNCED_TABLES)):
        wanted: dict[str, set[str]] = {}
        for table_name, table_rows in level.items():
            for column, target in _pointers(table_name):
                ids = {row[column] for row in table_rows.values() if row.get(column)}
                ids -= set(rows) if target == name else set()
                ids -= set(found.get(target, {}))
                if ids:
                    wanted.setdefault(target, set()).update(ids)
        level = {}
        for target, ids in wanted.items():
            local = local_table(target)
            chunk = sorted(ids)
            present = set(session.scalars(select(local.c.id).where(local.c.id.in_(chunk))))
            absent = [row_id for row_id in chunk if row_id not in present]
            if absent:
                table = schema.tables[target]
                with engine.connect() as connection:
                    fetched = {row["id"]: dict(row) for row in connection.execute(
                        select(table).where(table.c.id.in_(absent))).mappings()}
                if fetched:
                    found.setdefault(target, {}).update(fetched)
                    level[target] = fetched
        if not level:
            break
    return {table_name: found[table_name] for table_name in schema.SYNCED_TABLES if table_name in found}


def _complete(session: Session, register_id: str, target: int) -> None:
    session.execute(update(SyncRegister).where(SyncRegister.id == register_id).values(
        generation=target, pull_target=None, pull_table=None, pull_stream=None, pull_generation=None,
        pull_row_id=None))
    session.execute(update(HeldProcess).where(HeldProcess.pull_target == target)
                    .values(fetched_generation=target, pull_target=None))


def finish(store: Store, report: Any) -> None:
    """After the last local transaction: the search index caught up, the planner's statistics current.

    The full optimisation (merging the search index's segments too) only after a large pull: an
    incremental sync of one step must not pay for the whole index."""
    from werkstatt.library import search_index

    with store.session() as session:
        search_index.refresh(session)
        if sum(report.pulled.values()) >= 1000:
            search_index.optimize(session)
            return
    with store.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA optimize")
