"""Undoable edits as small command objects.

Every change a user can make is built from four primitives — create a row,
update some of its fields, tombstone it, bring a tombstoned one back — grouped
into a ``Macro`` when one user action touches several rows.  Each primitive remembers what it needs to undo
itself, and re-doing re-uses the same ids, so redo after undo restores the very
same rows (and a sync sees one row, not two).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, ClassVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from werkstatt.edits.validate import fits_columns
from werkstatt.errors import EditError
from werkstatt.i18n import tr
from werkstatt.model import Base, new_id
from werkstatt.store.changes import plain_insert
from werkstatt.store.library_guard import check_new_row


class Edit:
    """One undoable change. ``redo`` and ``undo`` run inside the caller's transaction."""

    text: str = ""

    def redo(self, session: Session) -> None:
        raise NotImplementedError

    def undo(self, session: Session) -> None:
        raise NotImplementedError


def hold_write_lock(session: Session) -> None:
    """Take SQLite's write lock now, before the edit reads what it decides on.

    pysqlite begins its transaction only at the first write, so an edit's reads (the last
    position, the chain's end) would see the database before another process's commit and its
    writes land after it: two ``capture`` processes gave 155 steps the same position (issue 21).
    BEGIN IMMEDIATE queues the second writer until the first has committed (busy_timeout).
    A connection already in a transaction (an earlier write, or an engine that begins its
    own, like the register's) is left as it is; other databases order writers themselves.
    """
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        return
    driver = connection.connection.driver_connection
    if driver is not None and not driver.in_transaction:
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def live(session: Session, cls: type[Base], row_id: str) -> Any:
    """The row ``row_id`` of ``cls`` if it exists and is not deleted, else an EditError."""
    row = session.get(cls, row_id)
    if row is None or row.deleted:
        raise EditError(tr("EditBase", "The {kind} to change no longer exists.", kind=kind_name(cls)))
    return row


def kind_name(cls: type[Base]) -> str:
    names = {
        "Step": tr("EditBase", "step"),
        "Lane": tr("EditBase", "lane"),
        "Flow": tr("EditBase", "flow"),
        "PainPoint": tr("EditBase", "pain point"),
        "Measure": tr("EditBase", "measure"),
        "AgendaItem": tr("EditBase", "agenda item"),
        "ProcessModel": tr("EditBase", "process model"),
        "Workshop": tr("EditBase", "workshop"),
        "Attendance": tr("EditBase", "participation"),
        "MeasurePainPoint": tr("EditBase", "link between measure and pain point"),
        "WorkshopOrganisation": tr("EditBase", "organisation of the workshop"),
    }
    return names.get(cls.__name__, cls.__name__)


def reorder(cls: type[Base], rows: Sequence[Any], moved: Any, position: int) -> list[Edit]:
    """Updates that put ``moved`` at ``position`` among ``rows`` (ordered by their ``position``)."""
    others = [row for row in rows if row.id != moved.id]
    others.insert(max(0, min(position, len(others))), moved)
    return [Update(cls, row.id, position=i) for i, row in enumerate(others) if row.position != i]


class Create(Edit):
    def __init__(self, cls: type[Base], text: str = "", /, **values: Any) -> None:
        self.cls = cls
        self.values = values
        given = values.pop("id", None)
        self.id: str = given or new_id()
        # An id made here cannot be in the table before the first redo: no query to ask (two per
        # captured step). One given, or set afterwards (an edit that re-adds a known row), is asked for.
        self._made_id: str | None = None if given else self.id
        self.text = text
        fits_columns(cls.__table__, values)  # no text longer than its column, whichever edit wrote it

    def redo(self, session: Session) -> None:
        row = None if self.id == self._made_id else session.get(self.cls, self.id)
        self._made_id = None
        if row is None:
            insert_row(session, self.cls, {"id": self.id, **self.values})
            return
        # re-done after an undo: bring the tombstoned row back as it was created
        for name, value in self.values.items():
            setattr(row, name, value)
        row.deleted = False
        session.flush()

    def undo(self, session: Session) -> None:
        _tombstone(session, self.cls, self.id)


def insert_row(session: Session, cls: type[Base], values: dict[str, Any]) -> None:
    """Write one new row of ``cls`` now, with a plain INSERT (the columns' defaults apply as in the ORM).

    Why not ``session.add`` and a flush: SQLAlchemy's unit of work took 2.3 of the 3.4 ms a captured
    step's transaction costs (its step and its flow, two flushes; issue 18). What those flushes did
    besides is done here: changes still pending in the session are written first (the row may refer
    to them), the library guard looks at the row, and the change recorder learns its id.
    """
    values = _as_the_orm_inserts(cls, values)
    session.flush()
    check_new_row(session, cls, values)
    session.execute(plain_insert(cls.__table__), values)


def _as_the_orm_inserts(cls: type[Base], values: dict[str, Any]) -> dict[str, Any]:
    """``values`` as ``cls(**values)`` and a flush would write them: a name that is no column is
    refused (a plain INSERT would drop it silently), and None leaves a column with a default to it."""
    columns = cls.__table__.c
    unknown = [name for name in values if name not in columns]
    if unknown:
        raise TypeError(f"{unknown[0]!r} is an invalid keyword argument for {cls.__name__}")
    return {name: value for name, value in values.items()
            if value is not None or (columns[name].default is None and columns[name].server_default is None)}


class Update(Edit):
    def __init__(self, cls: type[Base], row_id: str, text: str = "", /, **changes: Any) -> None:
        self.cls = cls
        self.id = row_id
        self.changes = changes
        self.before: dict[str, Any] | None = None
        self.text = text
        fits_columns(cls.__table__, changes)

    def redo(self, session: Session) -> None:
        row = live(session, self.cls, self.id)
        if self.before is None:
            self.before = {name: getattr(row, name) for name in self.changes}
        for name, value in self.changes.items():
            setattr(row, name, value)
        session.flush()

    def undo(self, session: Session) -> None:
        row = live(session, self.cls, self.id)
        for name, value in (self.before or {}).items():
            setattr(row, name, value)
        session.flush()


def _tombstone(session: Session, cls: type[Base], row_id: str) -> None:
    live(session, cls, row_id).deleted = True
    session.flush()


def _undelete(session: Session, cls: type[Base], row_id: str) -> None:
    row = session.get(cls, row_id)
    if row is None:
        raise EditError(tr("EditBase", "The {kind} to restore no longer exists.", kind=kind_name(cls)))
    row.deleted = False
    session.flush()


class _Tombstoning(Edit):
    """An edit that only flips the ``deleted`` flag of one row, so it needs nothing but the row's id."""

    def __init__(self, cls: type[Base], row_id: str, text: str = "") -> None:
        self.cls = cls
        self.id = row_id
        self.text = text


class Delete(_Tombstoning):
    """Tombstone a row; undo brings it back unchanged."""

    def redo(self, session: Session) -> None:
        _tombstone(session, self.cls, self.id)

    def undo(self, session: Session) -> None:
        _undelete(session, self.cls, self.id)


class Restore(_Tombstoning):
    """Bring a tombstoned row back; undo tombstones it again (the inverse of Delete).

    Rows whose key must stay unique (an attendance, a link between two rows) cannot be
    created a second time once deleted, so re-adding them means restoring the old row.
    """

    def redo(self, session: Session) -> None:
        _undelete(session, self.cls, self.id)

    def undo(self, session: Session) -> None:
        _tombstone(session, self.cls, self.id)


class Macro(Edit):
    """Several edits that the user sees as one."""

    def __init__(self, text: str, parts: Sequence[Edit] = ()) -> None:
        self.text = text
        self.parts = list(parts)

    def redo(self, session: Session) -> None:
        for part in self.parts:
            part.redo(session)

    def undo(self, session: Session) -> None:
        for part in reversed(self.parts):
            part.undo(session)


class Planned(Edit):
    """An edit whose parts depend on the data: planned once, at the first redo.

    Later redos replay the same parts, so ids and positions stay what the user
    first saw.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._macro: Macro | None = None

    def plan(self, session: Session) -> list[Edit]:
        raise NotImplementedError

    def redo(self, session: Session) -> None:
        hold_write_lock(session)  # the plan reads under the lock its writes will hold
        if self._macro is None:
            self._macro = Macro(self.text, self.plan(session))
        self._macro.redo(session)

    def undo(self, session: Session) -> None:
        if self._macro is not None:
            self._macro.undo(session)


class OnLiveRow(Planned):
    """A planned edit about one live row of ``table`` (a gone row: ``live``'s sentence); ``plan_for`` gets it."""

    table: ClassVar[type[Base]]

    def __init__(self, text: str, row_id: str) -> None:
        super().__init__(text)
        self.row_id = row_id

    def plan(self, session: Session) -> list[Edit]:
        return self.plan_for(session, live(session, self.table, self.row_id))

    def plan_for(self, session: Session, row: Any) -> list[Edit]:
        raise NotImplementedError


class MoveRow(OnLiveRow):
    """Put a row at another place among its live ``siblings`` (lanes of a model, agenda items of a workshop)."""

    def __init__(self, text: str, row_id: str, position: int) -> None:
        super().__init__(text, row_id)
        self.position = position

    def siblings(self, session: Session, row: Any) -> Sequence[Any]:
        raise NotImplementedError

    def plan_for(self, session: Session, row: Any) -> list[Edit]:
        return reorder(self.table, self.siblings(session, row), row, self.position)


class ChangeRow(OnLiveRow):
    """Change some columns of one live row of ``table``, in one undo step.

    The subclass cleans the changes before handing them in and refuses in ``check`` what the row does not
    allow; ``only_real_changes`` writes just the columns whose value really differs (none: no edit at all).
    """

    only_real_changes = False

    def __init__(self, text: str, row_id: str, changes: dict[str, Any]) -> None:
        super().__init__(text, row_id)
        self.changes = changes

    def check(self, session: Session, row: Any) -> None:
        """Raise an EditError for changes the live ``row`` does not allow; nothing to check by default."""

    def plan_for(self, session: Session, row: Any) -> list[Edit]:
        self.check(session, row)
        changes = self.changes
        if self.only_real_changes:
            changes = {name: value for name, value in changes.items() if getattr(row, name) != value}
            if not changes:
                return []
        return [Update(self.table, self.row_id, self.text, **changes)]


def set_links(session: Session, cls: type[Base], owner: Any, owner_id: str, other: Any,
              wanted: Sequence[str]) -> list[Edit]:
    """Edits that make the live link rows of ``owner_id`` exactly ``wanted`` (ids in the ``other`` column).

    Link tables hold one row per pair (a unique constraint), so a link that was removed before is
    brought back rather than created again; links no longer wanted are tombstoned.
    """
    rows = {getattr(row, other.key): row for row in session.scalars(select(cls).where(owner == owner_id))}
    keep = set(wanted)
    parts: list[Edit] = [Delete(cls, row.id) for key, row in rows.items() if key not in keep and not row.deleted]
    for key in dict.fromkeys(wanted):
        row = rows.get(key)
        if row is None:
            parts.append(Create(cls, **{owner.key: owner_id, other.key: key}))
        elif row.deleted:
            parts.append(Restore(cls, row.id))
    return parts


class SetLinks(Planned):
    """Make exactly ``other_ids`` the rows one owner row links to, in one undo step: new links are made,
    dropped ones tombstoned. A subclass names the owner class, the link table and its two columns (by name:
    a mapped column as a class attribute would act on the edit, not the table)."""

    owner: ClassVar[type[Base]]
    other: ClassVar[type[Base]]
    link: ClassVar[type[Base]]
    owner_key: ClassVar[str]
    other_key: ClassVar[str]

    def __init__(self, text: str, owner_id: str, other_ids: Iterable[str]) -> None:
        super().__init__(text)
        self.owner_id = owner_id
        self.other_ids = list(dict.fromkeys(other_ids))

    def check_other(self, session: Session, other_id: str) -> None:
        """Refuse a link to a row that is gone (``live``'s sentence; a subclass may word its own)."""
        live(session, self.other, other_id)

    def plan(self, session: Session) -> list[Edit]:
        live(session, self.owner, self.owner_id)
        for other_id in self.other_ids:
            self.check_other(session, other_id)
        return set_links(session, self.link, getattr(self.link, self.owner_key), self.owner_id,
                         getattr(self.link, self.other_key), self.other_ids)
