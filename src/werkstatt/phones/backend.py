"""Reads and writes of a room without a window (``werkstatt vote serve``, the tests, the benchmark)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from werkstatt.edits.base import Edit
    from werkstatt.store.database import Store

T = TypeVar("T")


class StoreBackend:
    """Reads and writes for a room without a window: the store itself, one writer at a time."""

    def __init__(self, store: Store) -> None:
        from werkstatt.edits.editor import Editor

        self.editor = Editor(store)
        self.store = store
        self._lock = threading.Lock()

    def read(self, reader: Callable[[Session], T]) -> T:
        with self.store.reading() as session:
            return reader(session)

    def write(self, edit: Edit, *, undoable: bool) -> None:
        with self._lock:
            self.editor.apply(edit)
