"""The voting panel's actions for a round whose votes come from the phones, and its state line for one.

"Open for phones" opens a prepared round and lets the phones in (on the network the facilitator
picks); "Close for phones" stops taking ballots; "Take back the last phone ballot" undoes on the
room's own undo stack, so that the facilitator's Ctrl+Z never does it by surprise. The state line
tells how many of the phones that joined have voted, and where the phones join.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from werkstatt.i18n import tr
from werkstatt.ui.phones.bridge import RoomController
from werkstatt.ui.phones.network_choice import ask_host
from werkstatt.ui.workspace import Workspace
from werkstatt.voting.display import voted_line
from werkstatt.voting.grid_text import method_name, rules_line, state_name
from werkstatt.voting.rounds import RoundSnapshot


def phones_state_line(snapshot: RoundSnapshot, room_address: str, room_code: str) -> str:
    """"Dots · open · 17 of 22 have voted · phones join at 192.168.178.23:8730, code 3UDGUQ · (the rules)".

    The count and the way in come before the rules: the line is elided on a narrow panel, and the
    rules are on the projector anyway.
    """
    parts = [method_name(snapshot.method), state_name(snapshot.state)]
    if snapshot.state != "prepared":
        parts.append(voted_line(snapshot))
    if room_address:
        parts.append(tr("PhoneVoting", "phones join at {address}, code {code}", address=room_address,
                        code=room_code))
    elif snapshot.state == "open":
        parts.append(tr("PhoneVoting", "not open for phones"))
    parts.append(rules_line(snapshot))
    return " · ".join(parts)


class PhoneVotingActions(QObject):
    """Three actions on the panel, visible for a round "from phones" only."""

    def __init__(self, panel: QWidget, workspace: Workspace, room: RoomController,
                 snapshot: Callable[[], RoundSnapshot | None],
                 choose_host: Callable[[QWidget], str | None] = ask_host) -> None:
        super().__init__(panel)
        self.panel, self.workspace, self.room, self.snapshot = panel, workspace, room, snapshot
        self.choose_host = choose_host
        self.open_action = self._action(tr("PhoneVoting", "Open for &phones"), self.open_for_phones)
        self.open_action.setToolTip(tr("PhoneVoting", "Open the round and show the code for the phones on the "
                                                      "projector"))
        self.close_action = self._action(tr("PhoneVoting", "&Close for phones"), self.room.close_round)
        self.undo_ballot_action = self._action(tr("PhoneVoting", "Take back the last phone ballot"),
                                               workspace.room_stack.undo)
        self._can_undo = False  # told by the stack (asking it while the workspace goes away would fail)
        workspace.room_stack.canUndoChanged.connect(self._can_undo_changed)
        room.changed.connect(self.update)
        # One button for the three, so the panel's row of buttons stays as wide as it was: it opens for the
        # phones, or closes for them once open; its menu has all three.
        self.button = QToolButton(panel)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        menu = QMenu(self.button)
        menu.addActions([self.open_action, self.close_action, self.undo_ballot_action])
        self.button.setMenu(menu)
        self.button.setDefaultAction(self.open_action)

    def _action(self, text: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self.panel)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _can_undo_changed(self, can: bool) -> None:
        self._can_undo = can
        self.update()

    def state_line(self, snapshot: RoundSnapshot) -> str:
        here = self.room.round_id == snapshot.id
        return phones_state_line(snapshot, self.room.address if here else "",
                                 self.room.room.code if here and self.room.room is not None else "")

    def update(self) -> None:
        snapshot = self.snapshot()
        phones = snapshot is not None and snapshot.settings.entry == "phones"
        here = phones and snapshot is not None and self.room.round_id == snapshot.id
        for action in (self.open_action, self.close_action):
            action.setVisible(phones)
        self.open_action.setEnabled(phones and not here and snapshot is not None and snapshot.state != "closed")
        self.close_action.setEnabled(here)
        self.undo_ballot_action.setVisible(phones or self._can_undo)
        self.undo_ballot_action.setEnabled(self._can_undo)
        self.button.setDefaultAction(self.close_action if here else self.open_action)
        self.button.setVisible(phones or self._can_undo)

    def open_for_phones(self) -> bool:
        round_id = self.workspace.current_round
        if not round_id:
            self.workspace.tell(tr("PhoneVoting", "Choose a voting round first."))
            return False
        host = self.choose_host(self.panel)
        if host is None:
            return False
        return self.room.open_for_phones(round_id, host)
