"""What a committed transaction touched: table names and row ids, recorded from the session itself.

Every view of the window used to read everything again after every Enter, because the signal
said only "something changed". The session knows exactly what it wrote: each flush lists its
new, changed and deleted rows, so an edit (or a Macro of them, or a Planned edit) needs no
bookkeeping of its own to say what it touched, and cannot forget a row. Statements written past
the unit of work (``session.execute(update(...))``) name their table with unknown ids; plain SQL
text that is not the sync bookkeeping makes the whole change "everything", so no view can miss
it. Views compare a ``Changes`` with what they show and do nothing for the rest.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from sqlalchemy import Insert, Table, event, insert
from sqlalchemy.orm import Session, UOWTransaction

if TYPE_CHECKING:
    from werkstatt.store.database import Store

# Bookkeeping written beside every edit (the sync's change counter): no view shows it.
BOOKKEEPING = frozenset({"change_counter", "local_changes"})
# What the open model's snapshot is read from (``Workspace.view``, the diagram, the step list).
MODEL_TABLES = ("process_models", "processes", "lanes", "steps", "flows", "pain_points")
# What a voting round shows: its options (pain points, measures), its voters and their votes, and
# the organisations its results are grouped by.
VOTING_TABLES = ("voting_rounds", "round_options", "round_voters", "votes", "pain_points", "measures",
                 "people", "attendances", "workshops", "organisations")
# What the register panel shows (the library, its owners, the sync's bookkeeping of them).
LIBRARY_TABLES = ("processes", "process_models", "organisations", "sync_rows", "sync_registers", "held_processes")
# What the window's model choice lists: the workshop's models through its agenda, else all.
MODEL_CHOICE_TABLES = ("process_models", "processes", "agenda_items", "workshops")
_WRITTEN_TABLE = re.compile(r"^\s*(?:UPDATE|INSERT\s+(?:OR\s+\w+\s+)?INTO|DELETE\s+FROM)\s+\"?(\w+)", re.I)


_PLAIN_INSERTS: dict[str, Insert] = {}


def plain_insert(table: Table) -> Insert:
    """``INSERT INTO table`` with its rows given as parameters, each with its ``id``: the recorder
    notes those ids (any other statement on a table: its rows unknown). Built once per table."""
    statement = _PLAIN_INSERTS.get(table.name)
    if statement is None:
        statement = _PLAIN_INSERTS[table.name] = insert(table)
    return statement


def _inserted_ids(state: Any) -> list[str] | None:
    """The ids of the rows a ``plain_insert`` writes; None for any other statement."""
    table = getattr(state.statement, "table", None)
    if table is None or _PLAIN_INSERTS.get(table.name) is not state.statement:
        return None
    parameters = state.parameters
    rows = [parameters] if isinstance(parameters, Mapping) else list(parameters or ())
    if not rows or not all(isinstance(row, Mapping) and row.get("id") for row in rows):
        return None
    return [str(row["id"]) for row in rows]


@dataclass(frozen=True)
class Changes:
    """Rows touched, by table; ``None`` as a table's ids: some rows of it, which is not known."""

    rows: Mapping[str, frozenset[str] | None] = field(default_factory=lambda: MappingProxyType({}))
    everything: bool = False

    @classmethod
    def all(cls) -> Changes:
        """Written past the session's bookkeeping (an import, the demo, an erasure): read everything."""
        return cls(everything=True)

    @classmethod
    def of(cls, **rows: Iterable[str] | None) -> Changes:
        """``Changes.of(steps=[id])``: for tests and for views that announce a change themselves."""
        return cls(MappingProxyType({table: None if ids is None else frozenset(ids) for table, ids in rows.items()}))

    def touches(self, *tables: str) -> bool:
        return self.everything or any(table in self.rows for table in tables)

    def ids(self, table: str) -> frozenset[str] | None:
        """The touched ids of ``table``: empty when untouched, ``None`` when unknown (read it all)."""
        if self.everything:
            return None
        return self.rows.get(table, frozenset())

    def touches_ids(self, table: str, ids: Iterable[str]) -> bool:
        """Whether a row of ``table`` with one of ``ids`` (or an unknown one) was touched."""
        touched = self.ids(table)
        return touched is None or not touched.isdisjoint(ids)

    def only(self, *tables: str) -> bool:
        """Nothing outside ``tables`` was touched (bookkeeping aside)."""
        return not self.everything and all(table in tables for table in self.rows)

    def __or__(self, other: Changes) -> Changes:
        if self.everything or other.everything:
            return Changes.all()
        merged: dict[str, frozenset[str] | None] = dict(self.rows)
        for table, ids in other.rows.items():
            mine = merged.get(table, frozenset())
            merged[table] = None if ids is None or mine is None else mine | ids
        return Changes(MappingProxyType(merged))

    def __bool__(self) -> bool:
        return self.everything or bool(self.rows)


class ChangeRecorder:
    """Collects what one session writes, from its flushes and its direct statements."""

    def __init__(self) -> None:
        self._rows: dict[str, set[str] | None] = {}
        self.everything = False

    def attach(self, session: Session) -> None:
        """Record what ``session`` writes from now on, its commit's flush included (the listeners
        live as long as the session: nothing to take off)."""
        event.listen(session, "after_flush", self.after_flush)
        event.listen(session, "do_orm_execute", self.on_execute)

    def note(self, table: str, row_id: Any | None) -> None:
        if table in BOOKKEEPING:
            return
        known = self._rows.get(table, set())
        if row_id is None or known is None:
            self._rows[table] = None
        else:
            known.add(str(row_id))
            self._rows[table] = known

    def after_flush(self, session: Session, _flush: UOWTransaction) -> None:
        for row in (*session.new, *session.dirty, *session.deleted):
            table = getattr(type(row), "__tablename__", None)
            if table is not None:
                self.note(table, getattr(row, "id", None))

    def on_execute(self, state: Any) -> None:
        statement = state.statement
        if state.is_select:
            return
        table = getattr(statement, "table", None)
        if table is not None and getattr(table, "name", None):
            for row_id in _inserted_ids(state) or [None]:
                self.note(table.name, row_id)
            return
        text = str(statement)
        written = _WRITTEN_TABLE.match(text)
        if written is not None:
            self.note(written.group(1), None)
        elif not text.lstrip().upper().startswith(("PRAGMA", "SELECT", "SAVEPOINT", "RELEASE")):
            self.everything = True

    def result(self) -> Changes:
        if self.everything:
            return Changes.all()
        return Changes(MappingProxyType({table: None if ids is None else frozenset(ids)
                                         for table, ids in self._rows.items()}))


def record(store: Store, work: Callable[[Session], Any]) -> Changes:
    """Run ``work`` in one committed transaction of ``store``; what it wrote, its commit's flush included."""
    recorder = ChangeRecorder()
    with store.session() as session:
        recorder.attach(session)
        work(session)
    return recorder.result()
