"""Applies edits to the store, one committed transaction each, with undo and redo."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager

from sqlalchemy.orm import Session

from werkstatt.edits.base import Edit, hold_write_lock
from werkstatt.store.database import Store


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
            hold_write_lock(session)
            edit.redo(session)
        self._done.append(edit)
        self._undone.clear()
        return edit

    def reading(self) -> AbstractContextManager[Session]:
        return self.store.reading()

    def can_undo(self) -> bool:
        return bool(self._done)

    def can_redo(self) -> bool:
        return bool(self._undone)

    def undo(self) -> Edit | None:
        return self._step(self._done, self._undone, "undo")

    def redo(self) -> Edit | None:
        return self._step(self._undone, self._done, "redo")

    def _step(self, source: list[Edit], target: list[Edit], action: str) -> Edit | None:
        """Undo or redo the top edit; it changes stacks only once its transaction has committed."""
        if not source:
            return None
        edit = source[-1]
        with self.store.session() as session:
            hold_write_lock(session)
            getattr(edit, action)(session)
        target.append(source.pop())
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
