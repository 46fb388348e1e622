"""The window's room for phones: the server's writes announced on the GUI thread, and who opens and closes the room.

The phone server answers in threads of its own. An edit a phone causes is committed there, in its
own transaction (SQLite orders it with the window's own writes), so the window never waits for a
phone and a phone never waits for the window; then the committed edit is handed to the GUI thread
with a queued signal, where it goes on ``workspace.room_stack`` (a ballot) and every view hears of
it, a few times a second rather than once per ballot (``Workspace.landed_from_room``). A hundred
phones changing their ballots would otherwise queue the facilitator's Enter behind their repaints.
Reads need no GUI either: each opens its own session in the server's thread.

The ``RoomController`` owns the ``PhoneRoom`` and its ``PhoneServer`` for the window. A failing
server never takes the window down: whatever goes wrong becomes one sentence through
``workspace.tell``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QEvent, QObject, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import QApplication
from sqlalchemy.orm import Session

from werkstatt.edits.base import Edit
from werkstatt.edits.voting import open_round
from werkstatt.errors import WerkstattError
from werkstatt.i18n import tr
from werkstatt.model import VotingRound
from werkstatt.phones.network import AddressError, url_host
from werkstatt.phones.room import Inbox, PhoneRoom
from werkstatt.store.changes import MODEL_TABLES, VOTING_TABLES, Changes, record
from werkstatt.ui.workspace import Workspace
from werkstatt.voting.display import PhoneAccess

if TYPE_CHECKING:
    from werkstatt.phones.server import PhoneServer

log = logging.getLogger(__name__)
T = TypeVar("T")

# After the reveal the phones show the result; the server stays that long for them, then closes.
RESULT_SHOWN_MS = 10 * 60 * 1000


class _Courier(QObject):
    """Lives in the GUI thread; a queued signal brings it each edit a phone has committed."""

    landed = Signal(object, object, bool)  # edit, Changes, undoable

    def __init__(self, workspace: Workspace) -> None:
        super().__init__(workspace)
        self.landed.connect(workspace.landed_from_room, Qt.ConnectionType.QueuedConnection)


class GuiBackend:
    """The ``Backend`` of a room in the window: reads and commits in the calling thread, tells the GUI thread."""

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.courier = _Courier(workspace)

    def read(self, reader: Callable[[Session], T]) -> T:
        with self.workspace.store.reading() as session:
            return reader(session)

    def write(self, edit: Edit, *, undoable: bool) -> None:
        if QThread.currentThread() is self.courier.thread():  # already on the GUI thread (a test, a direct call)
            self.workspace.apply_from_room(edit, undoable=undoable)
            return
        changes = record(self.workspace.store, edit.redo)  # a refusal (EditError) goes back to the phone
        self.courier.landed.emit(edit, changes, undoable)


class RoomController(QObject):
    """Opens the window's room for a round, for the inbox, or both, on one server and one code; closes it."""

    opened = Signal(str, str)  # join URL, code
    closed = Signal()
    changed = Signal()  # opened, closed, or what it is open for changed

    def __init__(self, workspace: Workspace, parent: QObject | None = None, *, port: int | None = None) -> None:
        super().__init__(parent if parent is not None else workspace)
        self.workspace = workspace
        self.port = port  # None: the first free one of PORT_RANGE (tests pass 0: any free port)
        self.backend = GuiBackend(workspace)
        self.room: PhoneRoom | None = None
        self.server: PhoneServer | None = None
        self._labels: dict[str, str] = {}  # step id -> label, read in the GUI thread for the server's threads
        workspace.phones = self
        workspace.data_changed.connect(self._data_changed)
        workspace.model_changed.connect(self._model_changed)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.close)

    # --- what is open --------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self.server is not None

    @property
    def round_id(self) -> str | None:
        return self.room.round_id if self.room is not None else None

    @property
    def inbox_open(self) -> bool:
        return self.room is not None and self.room.inbox is not None

    @property
    def address(self) -> str:
        """"192.168.178.23:8730", for those who type it rather than scan it."""
        if self.server is None:
            return ""
        return f"{url_host(self.server.host)}:{self.server.port}"

    def access(self) -> PhoneAccess | None:
        """What the projector shows for the round open for phones, if one is."""
        if self.server is None or self.room is None or self.room.round_id is None:
            return None
        return PhoneAccess(self.room.round_id, self.server.join_url, self.address, self.room.code)

    # --- opening and closing -------------------------------------------------------------------

    def open_for_phones(self, round_id: str, host: str) -> bool:
        """Let the phones vote in ``round_id`` (opened first if only prepared); False, with a sentence, if not."""
        try:
            with self.workspace.reading() as session:
                row = session.get(VotingRound, round_id)
                entry, state = (row.entry, row.state) if row is not None and not row.deleted else ("", "")
        except WerkstattError as error:
            self.workspace.tell(error.message)
            return False
        if not entry:
            self.workspace.tell(tr("PhoneBridge", "The voting round is gone."))
            return False
        if entry != "phones":
            self.workspace.tell(tr("PhoneBridge", "This round takes its votes in the grid or from the wall; "
                                                  "prepare a round “from the participants' phones” for that."))
            return False
        if state == "closed":
            self.workspace.tell(tr("PhoneBridge", "This round has been revealed; reopen it first."))
            return False
        if not self._serve(host):
            return False
        assert self.room is not None
        if state == "prepared":
            try:
                self.workspace.apply(open_round(round_id))
            except WerkstattError as error:
                self.workspace.tell(error.message)
                self._stop_if_idle()
                return False
        self.room.open_round(round_id)
        self._announce(round_id)
        return True

    def open_inbox(self, host: str) -> bool:
        """Take pain points and questions from the phones about the step on the projector, into the inbox."""
        workspace = self.workspace
        if not workspace.model_id:
            workspace.tell(tr("PhoneBridge", "Open a process model first: the messages belong to one."))
            return False
        if not self._serve(host):
            return False
        assert self.room is not None
        self.room.open_inbox(Inbox(workspace.workshop_id, workspace.model_id, self._shown_step))
        self._read_labels()
        self._announce(None)
        return True

    def close_round(self) -> None:
        """No more ballots; the server keeps running while the inbox is open."""
        if self.room is not None and self.room.round_id is not None:
            round_id = self.room.round_id
            self.room.open_round(None)
            self._stop_if_idle()
            self._announce(round_id)

    def close_inbox(self) -> None:
        if self.room is not None and self.room.inbox is not None:
            self.room.open_inbox(None)
            self._stop_if_idle()
            self._announce(None)

    def close(self) -> None:
        """Stop the server and forget the room (its code is then no longer valid)."""
        if self.server is None and self.room is None:
            return
        round_id = self.round_id
        server, self.server, self.room = self.server, None, None
        if server is not None:
            try:
                server.stop()
            except Exception:  # stopping must never crash the window, not even on the way out
                log.exception("stopping the phone server failed")
        self.closed.emit()
        self._announce(round_id)

    # --- below ---------------------------------------------------------------------------------

    def _serve(self, host: str) -> bool:
        """The server running on ``host`` (started, or moved there with the same code); False with a sentence."""
        if self.server is not None and self.server.host == host:
            return True
        from werkstatt.phones.server import PhoneServer  # aiohttp: only once the room opens

        room = self.room or PhoneRoom(self.backend)
        if self.server is not None:
            self.server.stop()
            self.server = None
        try:
            server = PhoneServer(room, host, self.port)
            server.start()
        except (OSError, AddressError) as error:
            self.workspace.tell(tr("PhoneBridge", "The phones cannot be let in: {reason}", reason=error))
            self.room = room if (room.round_id or room.inbox) else None
            return False
        self.room, self.server = room, server
        self.opened.emit(server.join_url, room.code)
        return True

    def _stop_if_idle(self) -> None:
        if self.room is not None and self.room.round_id is None and self.room.inbox is None:
            self.close()

    def _announce(self, round_id: str | None) -> None:
        """What the room is open for is part of what the round shows: the projector and the panel read again."""
        self.changed.emit()
        if round_id is not None:
            self.workspace.data_changed.emit(Changes.of(voting_rounds=[round_id]))

    def _shown_step(self) -> tuple[str, str] | None:
        """The step on the projector (the selected one) and its label; called from the server's threads,
        so it reads only what the GUI keeps ready (``workspace.view()`` is read in the GUI thread)."""
        step_id = self.workspace.selected_step
        if not step_id:
            return None
        return step_id, self._labels.get(step_id, "")

    def _read_labels(self) -> None:
        view = self.workspace.view()
        self._labels = {step.id: step.label for step in view.steps} if view is not None else {}

    def _model_changed(self, model_id: str) -> None:
        """The inbox follows the model being captured; without one it closes."""
        if self.room is None or self.room.inbox is None:
            return
        if not model_id:
            self.close_inbox()
            return
        self.room.open_inbox(Inbox(self.workspace.workshop_id, model_id, self._shown_step))
        self._read_labels()

    def _data_changed(self, changes: Changes) -> None:
        room = self.room
        if room is None:
            return
        if room.inbox is not None and changes.touches(*MODEL_TABLES):
            self._read_labels()
        if not changes.touches(*VOTING_TABLES):
            return
        room.invalidate()
        round_id = room.round_id
        if round_id is None or not changes.touches("voting_rounds"):
            return
        with self.workspace.reading() as session:
            row = session.get(VotingRound, round_id)
            state = row.state if row is not None and not row.deleted else ""
        if state == "closed":
            # Revealed: the rules refuse ballots and joins from now on, but the phones may still read the
            # result for a while; then the room closes by itself (unless it was reopened meanwhile).
            QTimer.singleShot(RESULT_SHOWN_MS, lambda: self._close_if_revealed(round_id))
        elif state != "open":  # undone to "prepared", or deleted: nothing left to show the phones
            self.close_round()

    def _close_if_revealed(self, round_id: str) -> None:
        if self.room is None or self.room.round_id != round_id:
            return
        with self.workspace.reading() as session:
            row = session.get(VotingRound, round_id)
            revealed = row is None or row.deleted or row.state == "closed"
        if revealed:
            self.close_round()


class _StopOnClose(QObject):
    def __init__(self, room: RoomController, window: QObject) -> None:
        super().__init__(window)
        self.room = room

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close:
            self.room.close()
        return False


def stop_with(room: RoomController, window: QObject) -> None:
    """Close the room when ``window`` closes (the app's ``aboutToQuit`` comes only when the last one does)."""
    window.installEventFilter(_StopOnClose(room, window))
