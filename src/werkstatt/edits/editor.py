"""Applies edits to the store, one committed transaction each, with undo and redo."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.orm import Session

from werkstatt.edits.base import Edit
from werkstatt.store import Store


class Editor:
    """Undo/redo history for one open store.

    The GUI wraps each edit in a QUndoCommand and keeps its own stack; this class
    serves the CLI and the tests, and documents the contract: an edit is done
    only when its transaction has committed.
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        self._done: list[Edit] = []
        self._undone: list[Edit] = []

    def apply(self, edit: Edit) -> Edit:
        with self.store.session() as session:
            edit.redo(session)
        self._done.append(edit)
        self._undone.clear()
        return edit

    @contextmanager
    def reading(self) -> Iterator[Session]:
        session = self.store.read_session()
        try:
            yield session
        finally:
            session.close()

    def can_undo(self) -> bool:
        return bool(self._done)

    def can_redo(self) -> bool:
        return bool(self._undone)

    def undo(self) -> Edit | None:
        if not self._done:
            return None
        edit = self._done[-1]
        with self.store.session() as session:
            edit.undo(session)
        self._undone.append(self._done.pop())
        return edit

    def redo(self) -> Edit | None:
        if not self._undone:
            return None
        edit = self._undone[-1]
        with self.store.session() as session:
            edit.redo(session)
        self._done.append(self._undone.pop())
        return edit


class InTransaction:
    """Applies edits inside one caller-owned session: many edits, one commit (the demo, imports)."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def apply(self, edit: Edit) -> Edit:
        edit.redo(self.session)
        return edit

    @contextmanager
    def reading(self) -> Iterator[Session]:
        yield self.session
