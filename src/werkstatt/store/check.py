"""The full check of a database file (``PRAGMA quick_check``): after an unclean shutdown, or on request.

Opening the file checks only what is cheap (the header, its length, the schema tables; see
``store.inspect``): reading every page took 2 s at 1.6 GB on every start. The full check reads
every page, so it runs where the user can wait for it or does not have to: in the background of
the window, behind a menu item, or as ``werkstatt check`` on the command line.

It reads through a connection that cannot write (``inspect.peek_uri``): checking a file never
changes it, whatever the check finds.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from werkstatt.errors import StoreError
from werkstatt.i18n import tr
from werkstatt.store.inspect import damaged_message, peek_uri
from werkstatt.store.paths import backup_dir

# SQLite calls the progress handler every this many virtual-machine steps: often enough to cancel
# within a fraction of a second, rarely enough to cost nothing measurable.
PROGRESS_STEPS = 20_000
# quick_check stops after this many problems: the first few are enough to say the file is damaged.
MAX_PROBLEMS = 10

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class CheckResult:
    """What the full check found. ``problems`` are SQLite's own lines (English, for a support request)."""

    path: Path
    ok: bool
    cancelled: bool = False
    problems: tuple[str, ...] = field(default=())
    seconds: float = 0.0

    @property
    def sentence(self) -> str:
        """One sentence for the user."""
        if self.cancelled:
            return tr("StoreCheckReport", "The check of {path} was cancelled; the database was not changed.",
                      path=self.path)
        if self.ok:
            return tr("StoreCheckReport", "The database {path} was checked completely and is in order.", path=self.path)
        return tr("StoreCheckReport", "The database {path} is damaged ({problem}); it was left unchanged. Restore a "
                                "copy from {backups} before working on.", path=self.path, backups=backup_dir(self.path),
                  problem=self.problems[0] if self.problems else "?")


def check_store(path: Path, progress: Progress | None = None,
                cancelled: Callable[[], bool] | None = None) -> CheckResult:
    """Read every page of the database at ``path`` and say whether it is intact.

    ``progress(done, total)`` is called now and then from the checking thread; SQLite does not
    say how far its check has come, so ``total`` is 0 (Qt's "busy") until the end, when it is
    ``(1, 1)``. ``cancelled()`` is asked at the same moments; when it answers True the check stops
    and the result says so. Raises StoreError only when the file cannot be opened at all.
    """
    path = Path(path)
    started = time.monotonic()
    try:
        connection = sqlite3.connect(peek_uri(path), uri=True, check_same_thread=False)
    except sqlite3.Error as error:
        raise StoreError(damaged_message(path)) from error
    steps = 0

    def tick() -> int:
        nonlocal steps
        steps += 1
        if progress is not None:
            progress(steps, 0)
        return 1 if cancelled is not None and cancelled() else 0  # non-zero interrupts the statement

    try:
        connection.set_progress_handler(tick, PROGRESS_STEPS)
        if progress is not None:
            progress(0, 0)
        try:
            rows = connection.execute(f"PRAGMA quick_check({MAX_PROBLEMS})").fetchall()
        except sqlite3.OperationalError as error:
            if "interrupt" in str(error).lower():
                return CheckResult(path, ok=False, cancelled=True, seconds=time.monotonic() - started)
            return CheckResult(path, ok=False, problems=(str(error),), seconds=time.monotonic() - started)
        except sqlite3.DatabaseError as error:  # "database disk image is malformed" before any row
            return CheckResult(path, ok=False, problems=(str(error),), seconds=time.monotonic() - started)
    finally:
        connection.close()
    problems = tuple(str(row[0]) for row in rows if row and row[0] != "ok")
    if progress is not None:
        progress(1, 1)
    return CheckResult(path, ok=not problems and bool(rows), problems=problems or (() if rows else ("no answer",)),
                       seconds=time.monotonic() - started)
