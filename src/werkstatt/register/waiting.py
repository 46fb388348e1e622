"""How long Werkstatt waits for a PostgreSQL register, and saying so while it waits.

Every register connection carries its own limits (libpq ``options``), so no other sync, stalled
laptop or administrator's session can make a sync hang: a lock held by someone else is waited for
``lock`` seconds, one statement runs at most ``statement`` seconds, and a transaction left idle
(a laptop that went to sleep mid-sync) is ended by the server after ``idle_in_transaction`` seconds,
so its row locks go too. What the server reports when a limit is reached becomes a sentence in
``werkstatt.register.errors``; ``WaitNotice`` tells the user while a statement is still waiting.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, event

from werkstatt.i18n import tr

# A statement of a sync normally answers within a fraction of a second; one that takes longer is
# almost always waiting for another sync's commit.
NOTICE_AFTER_SECONDS = 2.0


@dataclass(frozen=True)
class Timeouts:
    """The limits of one register connection, in seconds."""

    lock: float = 15.0
    statement: float = 120.0
    idle_in_transaction: float = 60.0

    def libpq_options(self) -> str:
        """The ``options`` connection parameter that sets the limits for the session."""
        settings = {"lock_timeout": self.lock, "statement_timeout": self.statement,
                    "idle_in_transaction_session_timeout": self.idle_in_transaction}
        return " ".join(f"-c {name}={max(1, round(seconds * 1000))}" for name, seconds in settings.items())


DEFAULT_TIMEOUTS = Timeouts()


class WaitNotice:
    """Calls ``notify(sentence)`` once for each statement or commit still waiting after a moment."""

    def __init__(self, engine: Engine, display: str, timeouts: Timeouts, notify: Callable[[str], None],
                 after: float = NOTICE_AFTER_SECONDS) -> None:
        self.display, self.timeouts, self.notify, self.after = display, timeouts, notify, after
        self.timers: dict[int, threading.Timer] = {}
        self.lock = threading.Lock()
        event.listen(engine, "before_cursor_execute", self._statement_started)
        event.listen(engine, "after_cursor_execute", self._statement_ended)
        event.listen(engine, "commit", self._commit_started)
        event.listen(engine, "handle_error", self._failed)
        event.listen(engine.pool, "checkin", self._returned)

    def sentence(self) -> str:
        return tr("RegisterWaiting", "Waiting for the register {address}: it is busy, perhaps with another sync. "
                                     "Werkstatt gives up after {seconds} seconds.",
                  address=self.display, seconds=round(self.timeouts.lock))

    def _start(self, key: int) -> None:
        timer = threading.Timer(self.after, self._fire, args=(key,))
        timer.daemon = True
        with self.lock:
            old = self.timers.pop(key, None)
            self.timers[key] = timer
        if old is not None:
            old.cancel()
        timer.start()

    def _stop(self, key: int | None) -> None:
        with self.lock:
            timers = [self.timers.pop(key)] if key in self.timers else []
            if key is None:
                timers, self.timers = list(self.timers.values()), {}
        for timer in timers:
            timer.cancel()

    def _fire(self, key: int) -> None:
        with self.lock:
            if self.timers.pop(key, None) is None:
                return  # the statement ended meanwhile
        self.notify(self.sentence())

    @staticmethod
    def _key(connection: Any) -> int | None:
        try:
            return id(connection.connection.dbapi_connection)
        except Exception:  # an invalidated connection: no key, stop every timer
            return None

    def _statement_started(self, connection: Any, *_args: Any) -> None:
        key = self._key(connection)
        if key is not None:
            self._start(key)

    def _statement_ended(self, connection: Any, *_args: Any) -> None:
        self._stop(self._key(connection))

    def _commit_started(self, connection: Any) -> None:
        key = self._key(connection)
        if key is not None:
            self._start(key)  # ends when the connection goes back to the pool

    def _failed(self, context: Any) -> None:
        self._stop(self._key(context.connection) if context.connection is not None else None)

    def _returned(self, dbapi_connection: Any, _record: Any) -> None:
        self._stop(id(dbapi_connection))
