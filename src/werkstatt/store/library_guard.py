"""Other organisations' library rows are read-only on this laptop, whatever tries to change them.

A model pulled from the register belongs to the organisation that published it; the register
would refuse a change to it anyway (row-level security). Refusing it here, at every flush of any
session, keeps the laptop from holding changes it can never send, and gives the user the way out:
adopt the model as an own variant. Pain points and measures about a library model are the room's
own findings and stay allowed; the model's structure (lanes, steps, flows) and fact sheet are not.

The store installs the check on its session factory when it opens (``Store``), so no session of an
open database can write past it, whichever layer made the change and whatever was imported before.
"""

from __future__ import annotations

import weakref
from typing import Any

from sqlalchemy import event, select
from sqlalchemy.orm import Session, sessionmaker

from werkstatt.errors import EditError
from werkstatt.i18n import tr
from werkstatt.model import Flow, Lane, Organisation, ProcessModel, Step, SyncRegister, SyncRow

# The model's own structure: new rows of these in a library model are refused too.
STRUCTURE = (Lane, Step, Flow)


def _owner_of(session: Session, register: SyncRegister, table: str, ids: set[str]) -> str | None:
    if not ids:
        return None
    with session.no_autoflush:
        return session.scalar(select(SyncRow.owner_id).where(
            SyncRow.register_id == register.id, SyncRow.table_name == table, SyncRow.row_id.in_(ids),
            SyncRow.owner_id != register.organisation_id).limit(1))


def _refuse(session: Session, owner: str) -> EditError:
    with session.no_autoflush:
        organisation = session.get(Organisation, owner)
    name = organisation.name if organisation is not None else owner
    return EditError(tr("LibraryGuard", "This belongs to the process library of {owner} and cannot be changed here; "
                                 "adopt the model as your own variant to change it.", owner=name))


def check_flush(session: Session, _context: Any, _instances: Any) -> None:
    touched = [row for row in (*session.dirty, *session.deleted) if session.is_modified(row) or row in session.deleted]
    new_structure = [row for row in session.new if isinstance(row, STRUCTURE)]
    if not touched and not new_structure:
        return
    by_table: dict[str, set[str]] = {}
    for row in touched:
        table = getattr(type(row), "__tablename__", None)
        if table is not None and getattr(type(row), "syncable", False):
            by_table.setdefault(table, set()).add(row.id)
    for row in new_structure:
        by_table.setdefault(ProcessModel.__tablename__, set()).add(row.model_id)
    _check(session, by_table)


def check_new_row(session: Session, cls: type, values: dict[str, Any]) -> None:
    """What check_flush asks of a new row, for one written with a plain INSERT (``edits.base.insert_row``)."""
    if issubclass(cls, STRUCTURE):
        _check(session, {ProcessModel.__tablename__: {values["model_id"]}})


def _check(session: Session, by_table: dict[str, set[str]]) -> None:
    if not by_table:  # only rows that never sync were touched (votes, people): no register to ask
        return
    with session.no_autoflush:
        register = SyncRegister.current(session)
    if register is None:
        return
    for table, ids in by_table.items():
        owner = _owner_of(session, register, table, ids)
        if owner is not None:
            raise _refuse(session, owner)


# Factories already guarded. Not ``event.contains``: SQLAlchemy keys its registry by ``id(target)`` and
# keeps the key after the factory dies, so a new factory at a reused address looked guarded and was not
# (a library edit went through once in a long test run).
_guarded: weakref.WeakSet[sessionmaker[Session]] = weakref.WeakSet()


def install(sessions: sessionmaker[Session]) -> None:
    """Check every flush of the sessions that ``sessions`` makes."""
    if sessions not in _guarded:
        event.listen(sessions, "before_flush", check_flush)
        _guarded.add(sessions)

