"""The room the phones join: its code, what it is open for, and what a phone may do there. No HTTP here.

The facilitator opens a voting round "for phones", the inbox for pain points from the room, or both;
the room has one six-character code, which is the round's token: a request without it gets nothing
(the server answers 403). Each phone that joins becomes an anonymous voter of the round under a token
of its own, which the page keeps; with it the phone sends its ballot and reads its own values back.

Everything that writes goes through a ``Backend``: headless (``werkstatt vote serve``) it applies
the edit to the store itself, in the window it hands the edit to the GUI thread, so that the ballot
lands on the undo stack and every view hears of it like of any other edit. Reading the round for
a hundred polling phones is done at most every ``SNAPSHOT_SECONDS`` and after every change.
"""

from __future__ import annotations

import secrets
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Protocol, TypeVar

from sqlalchemy.orm import Session

from werkstatt.edits.base import Edit
from werkstatt.edits.room import JoinByPhone, SetBallot, SuggestFromRoom, ballot_from_values
from werkstatt.errors import NotFoundError, WerkstattError
from werkstatt.i18n import tr
from werkstatt.model import PAIN_POINT_CATEGORIES, SUGGESTION_KINDS
from werkstatt.phones.public import ballot_of, round_view, step_places
from werkstatt.voting.rounds import RoundSnapshot, read_round

T = TypeVar("T")

# Letters and digits that cannot be mistaken for each other when read off a projector (no 0/O, 1/I/L).
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 6
SNAPSHOT_SECONDS = 0.5


class Backend(Protocol):
    def read(self, reader: Callable[[Session], T]) -> T:
        """Run ``reader`` with a session that sees the committed data; from any thread."""

    def write(self, edit: Edit, *, undoable: bool) -> None:
        """Apply ``edit`` as one transaction (on the undo stack if ``undoable``); raises WerkstattError."""


class Refused(Exception):
    """A request the room does not carry out: the HTTP status and the sentence the phone shows."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status, self.message = status, message


@dataclass
class Bucket:
    tokens: float
    stamp: float


class RateLimit:
    """A token bucket per key (a voter token or a client address): ``burst`` at once, then ``per_second``."""

    def __init__(self, per_second: float, burst: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.per_second, self.burst, self.clock = per_second, burst, clock
        self._buckets: dict[str, Bucket] = {}
        self._lock = threading.Lock()

    def allow(self, key: str) -> bool:
        now = self.clock()
        with self._lock:
            bucket = self._buckets.setdefault(key, Bucket(float(self.burst), now))
            bucket.tokens = min(float(self.burst), bucket.tokens + (now - bucket.stamp) * self.per_second)
            bucket.stamp = now
            if bucket.tokens < 1:
                return False
            bucket.tokens -= 1
            return True


@dataclass(frozen=True)
class Inbox:
    """Where a pain point from the room goes: the model being captured and the step the projector shows."""

    workshop_id: str | None
    model_id: str
    shown_step: Callable[[], tuple[str, str] | None]  # (step id, label) or None for the process as a whole


def new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


class PhoneRoom:
    """One room: a code, an open round and/or an inbox, and the limits that keep a phone from flooding it."""

    def __init__(self, backend: Backend, *, code: str | None = None, clock: Callable[[], float] = time.monotonic,
                 on_change: Callable[[], None] | None = None) -> None:
        self.backend = backend
        self.code = code or new_code()
        self.round_id: str | None = None
        self.inbox: Inbox | None = None
        self.clock = clock
        self.on_change = on_change or (lambda: None)
        self.ballots = RateLimit(2.0, 5, clock)  # a phone sends a ballot when its holder taps "send"
        self.reads = RateLimit(10.0, 20, clock)  # the page polls every two seconds
        self.joins = RateLimit(5.0, 600, clock)  # per address: a hotspot's phones each have their own
        self.failures = RateLimit(0.2, 20, clock)  # wrong codes per address: six characters are guessable
        self.suggestions = RateLimit(0.2, 5, clock)
        self._lock = threading.Lock()
        self._cached: tuple[float, RoundSnapshot, dict[str, tuple[str, str]]] | None = None
        # Of the open round, as last read: each voter's number ("phone 3") and the method, so that a
        # ballot needs no read of the whole round before its edit reads it under the write lock.
        self._numbers: dict[str, int] = {}
        self._method: str | None = None

    # --- what the facilitator opens ----------------------------------------------------------

    def open_round(self, round_id: str | None) -> None:
        with self._lock:
            self.round_id, self._cached, self._numbers, self._method = round_id, None, {}, None

    def open_inbox(self, inbox: Inbox | None) -> None:
        self.inbox = inbox

    def invalidate(self) -> None:
        """The round changed elsewhere (the grid, a reveal): the next read sees it, not a cached copy."""
        with self._lock:
            self._cached = None

    # --- what a phone may do -----------------------------------------------------------------

    def admit(self, code: str, client: str) -> None:
        """Refuse a request that does not carry the room's code (403), and a client that keeps guessing (429)."""
        if secrets.compare_digest(code.upper().encode(), self.code.encode()):
            return
        if not self.failures.allow(client):
            raise Refused(429, tr("PhoneRoom", "Too many wrong codes from this device; wait a minute."))
        raise Refused(403, tr("PhoneRoom", "This code is not valid (any more). Scan the code on the projector again."))

    def state(self, token: str | None, client: str) -> dict[str, object]:
        if not self.reads.allow(token or client):
            raise Refused(429, tr("PhoneRoom", "Too many requests from this phone; wait a moment."))
        data: dict[str, object] = {"code": self.code, "round": None, "inbox": None}
        snapshot = self._snapshot()
        if snapshot is not None:
            snapshot_view = round_view(snapshot[0], snapshot[1])
            voter = snapshot[0].voter(token) if token is not None else None
            snapshot_view["joined_as_voter"] = voter is not None
            # False again when the facilitator took this phone's ballot back: the page then says so.
            snapshot_view["voted_by_me"] = voter is not None and snapshot[0].is_finished(voter.token)
            snapshot_view["ballot"] = ballot_of(snapshot[0], token) if voter is not None and token else {}
            data["round"] = snapshot_view
        inbox = self.inbox
        if inbox is not None:
            shown = inbox.shown_step()
            data["inbox"] = {"step": shown[1] if shown else "", "kinds": list(SUGGESTION_KINDS),
                             "categories": list(PAIN_POINT_CATEGORIES)}
        return data

    def join(self, client: str) -> str:
        """A new anonymous voter of the open round; its token, which the phone keeps."""
        if not self.joins.allow(client):
            raise Refused(429, tr("PhoneRoom", "Too many phones joined from this address; wait a moment."))
        round_id = self._round()
        edit = JoinByPhone(round_id)
        self._write(edit, undoable=False)
        with self._lock:
            if self.round_id == round_id:
                self._numbers[edit.token] = edit.number
        return edit.token

    def ballot(self, token: str, values: Mapping[str, Mapping[str, int | None]]) -> dict[str, object]:
        """Write a phone's whole ballot, or refuse it with the sentence why; the phone's values afterwards."""
        if not self.ballots.allow(token):
            raise Refused(429, tr("PhoneRoom", "Too many ballots from this phone; wait a moment and send again."))
        round_id = self._round()
        if token not in self._numbers or self._method is None:  # joined since the last read, or a stranger
            self._snapshot(fresh=True)
        number, method = self._numbers.get(token), self._method
        if number is None or method is None:
            raise Refused(403, tr("PhoneRoom", "This phone has not joined the round. Scan the code again."))
        edit = SetBallot(round_id, token, ballot_from_values(method, values),
                         voter_label=tr("PhoneRoom", "phone {n}", n=number))
        self._write(edit, undoable=True)
        return {"ballot": edit.ballot_after}

    def suggest(self, client: str, kind: str, category: str, text: str) -> None:
        inbox = self.inbox
        if inbox is None:
            raise Refused(409, tr("PhoneRoom", "The facilitator is not taking pain points from phones right now."))
        if not self.suggestions.allow(client):
            raise Refused(429, tr("PhoneRoom", "Too many messages from this phone; wait a minute."))
        shown = inbox.shown_step()
        self._write(SuggestFromRoom(inbox.workshop_id, inbox.model_id, shown[0] if shown else None, kind, category,
                                    text), undoable=False)

    # --- below -------------------------------------------------------------------------------

    def _round(self) -> str:
        round_id = self.round_id
        if round_id is None:
            raise Refused(409, tr("PhoneRoom", "No voting round is open for phones right now."))
        return round_id

    def _write(self, edit: Edit, *, undoable: bool) -> None:
        try:
            self.backend.write(edit, undoable=undoable)
        except WerkstattError as error:
            raise Refused(409, error.message) from error
        finally:
            self.invalidate()
        self.on_change()

    def _snapshot(self, fresh: bool = False) -> tuple[RoundSnapshot, dict[str, tuple[str, str]]] | None:
        round_id = self.round_id
        if round_id is None:
            return None
        with self._lock:
            cached = self._cached
            if cached is not None and not fresh and self.clock() - cached[0] < SNAPSHOT_SECONDS:
                return cached[1], cached[2]

        def read(session: Session) -> tuple[RoundSnapshot, dict[str, tuple[str, str]]]:
            snapshot = read_round(session, round_id)
            return snapshot, step_places(session, {o.step_id for o in snapshot.options if o.step_id})

        try:
            snapshot, places = self.backend.read(read)
        except NotFoundError as error:
            raise Refused(409, tr("PhoneRoom", "The voting round is gone.")) from error
        with self._lock:
            if self.round_id == round_id:
                self._cached = (self.clock(), snapshot, places)
                self._numbers = {voter.token: i for i, voter in enumerate(snapshot.voters, start=1)}
                self._method = snapshot.method
        return snapshot, places
