"""The facilitator's voting panel: choose a round, move it through its states, and type the votes.

The round chosen here is ``workspace.current_round``, so the projector shows the same round. The
panel owns no data: its actions are edits through the workspace, its lines are read from the
round after every change, and the message line says why the last entry was refused.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from werkstatt.edits.base import Edit
from werkstatt.edits.voting import delete_round, open_round, reopen_round, reveal_round
from werkstatt.i18n import tr
from werkstatt.store.changes import VOTING_TABLES, Changes
from werkstatt.ui.findings.dialogs import apply_or_explain
from werkstatt.ui.phones.bridge import RoomController
from werkstatt.ui.phones.voting_actions import PhoneVotingActions
from werkstatt.ui.voting.dialogs import ask_new_round
from werkstatt.ui.voting.grid import VoteGrid
from werkstatt.ui.workspace import Workspace
from werkstatt.voting.grid_text import round_title, state_line
from werkstatt.voting.progress import reveal_question
from werkstatt.voting.rounds import WALL_TOKEN, round_list


class VotingPanel(QWidget):
    """Round chooser, state actions, state line, the vote grid and the message line."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None,
                 room: RoomController | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.rounds = QComboBox(self)
        self.rounds.setAccessibleName(tr("VotingPanel", "Voting round"))
        self.rounds.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.rounds.setMinimumContentsLength(20)
        self.grid = VoteGrid(workspace, self)
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        self.state.setAccessibleName(tr("VotingPanel", "State of the round"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(tr("VotingPanel", "Message"))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Fixed heights, whatever they say: a sentence that comes or goes while the facilitator types
        # must not move the grid under the mouse pointer. The state line is one line (elided, its
        # tooltip has all of it); a refusal gets two lines, enough for the longest one.
        self.state.setWordWrap(False)
        self.state.setFixedHeight(self.state.fontMetrics().lineSpacing() + 2)
        self.message.setFixedHeight(self.message.fontMetrics().lineSpacing() * 2 + 2)
        self.message.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._state_text = ""

        self.new_round_action = self._action(tr("VotingPanel", "&New round…"), self.new_round, "Ctrl+Alt+N")
        self.open_action = self._action(tr("VotingPanel", "&Open round"), self.open_round, "Ctrl+Alt+O")
        self.reveal_action = self._action(tr("VotingPanel", "&Reveal"), self.reveal, "Ctrl+Alt+R")
        self.reopen_action = self._action(tr("VotingPanel", "R&eopen"), self.reopen, None)
        self.delete_action = self._action(tr("VotingPanel", "&Delete round"), self.delete, None)
        self.finish_action = self._action(tr("VotingPanel", "Mark &finished"), self.toggle_finished, None)
        self.finish_action.setToolTip(tr("VotingPanel", "Mark the voter of the current column as finished "
                                                        "(Ctrl+Return in the grid)"))
        # A round "from phones": open and close it for them, take back a ballot (werkstatt.ui.phones).
        self.phones = PhoneVotingActions(self, workspace, room, lambda: self.grid.vote_model.snapshot) \
            if room is not None else None

        top = QHBoxLayout()
        top.addWidget(self.rounds, 1)
        buttons = QHBoxLayout()
        for action in self.actions():
            button = QToolButton(self)
            button.setDefaultAction(action)
            buttons.addWidget(button)
        if self.phones is not None:
            buttons.addWidget(self.phones.button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)  # the grid gets the room: the dock is low on a laptop screen
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(self.state)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.message)

        self.rounds.activated.connect(self._round_chosen)
        self.grid.message.connect(self.show_message)
        self.grid.vote_model.modelReset.connect(self._update_state)
        self.grid.vote_model.dataChanged.connect(self._update_state)
        self.grid.selectionModel().currentChanged.connect(self._update_actions)
        workspace.data_changed.connect(self._data_changed)
        workspace.workshop_changed.connect(self._workshop_changed)
        workspace.round_changed.connect(self._round_changed)
        self.refresh()

    def _action(self, text: str, slot: Callable[[], object], shortcut: str | None) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    # --- reading -------------------------------------------------------------------------------

    def _workshop_changed(self, _workshop_id: str) -> None:
        self.show_message("")
        self.refresh()

    def _round_changed(self, _round_id: str) -> None:
        self.refresh()

    def _data_changed(self, changes: Changes) -> None:
        if changes.touches(*VOTING_TABLES):
            self.refresh()

    def refresh(self) -> None:
        """The rounds of the open workshop; when the chosen one is gone, the newest is chosen."""
        rows: list[dict[str, object]] = []
        if self.workspace.workshop_id:
            with self.workspace.reading() as session:
                rows = round_list(session, self.workspace.workshop_id)
        ids = [str(row["id"]) for row in rows]
        current = self.workspace.current_round
        if current not in ids and (ids or current is not None):
            self.workspace.select_round(ids[-1] if ids else None)  # emits round_changed, which refreshes again
            return
        self.rounds.blockSignals(True)
        self.rounds.clear()
        for row in rows:
            self.rounds.addItem(round_title(row), row["id"])
            self.rounds.setItemData(self.rounds.count() - 1, str(row["question"]), Qt.ItemDataRole.ToolTipRole)
        self.rounds.setCurrentIndex(ids.index(current) if current in ids else -1)
        self.rounds.blockSignals(False)
        self._update_state()

    def _update_state(self) -> None:
        snapshot = self.grid.vote_model.snapshot
        self._state_text = (self.phones.state_line(snapshot) if self.phones is not None and snapshot is not None
                            and snapshot.settings.entry == "phones" else state_line(snapshot))
        self.state.setToolTip(self._state_text)
        self._elide_state()
        self._update_actions()

    def _elide_state(self) -> None:
        width = max(self.state.width(), 1) if self.state.isVisible() else 10_000
        self.state.setText(self.state.fontMetrics().elidedText(self._state_text, Qt.TextElideMode.ElideRight, width))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide_state()

    def _update_actions(self) -> None:
        snapshot = self.grid.vote_model.snapshot
        state = snapshot.state if snapshot is not None else ""
        self.new_round_action.setEnabled(bool(self.workspace.workshop_id))
        self.open_action.setEnabled(state == "prepared")
        self.reveal_action.setEnabled(state == "open")
        self.reopen_action.setEnabled(state == "closed")
        self.delete_action.setEnabled(snapshot is not None)
        column = self.grid.vote_model.column(self.grid.currentIndex().column())
        self.finish_action.setEnabled(state == "open" and column is not None and column.token != WALL_TOKEN)
        if self.phones is not None:
            self.phones.update()

    def _round_chosen(self, position: int) -> None:
        self.workspace.select_round(self.rounds.itemData(position))

    def show_message(self, sentence: str) -> None:
        self.message.setText(sentence)
        self.message.setToolTip(sentence)

    # --- actions -------------------------------------------------------------------------------

    def new_round(self) -> None:
        prepared = ask_new_round(self, self.workspace)
        self.come_forward(focus_grid=bool(prepared))

    def come_forward(self, *, focus_grid: bool = True) -> None:
        """After a dialog: the window takes the keyboard back, the panel is shown, the grid has the focus.

        Qt leaves no window active when a modal dialog closes, and a window manager may activate
        another one (the projector's): then Ctrl+Alt+O right after Ctrl+Alt+N reached nothing.
        """
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QDockWidget):
            parent = parent.parentWidget()
        if parent is not None:
            parent.show()
            parent.raise_()
        self.window().activateWindow()
        if focus_grid:
            self.grid.setFocus(Qt.FocusReason.OtherFocusReason)

    def _state_edit(self, make: Callable[[str], Edit]) -> bool:
        round_id = self.workspace.current_round
        if not round_id:
            self.show_message(tr("VotingPanel", "Choose a voting round first."))
            return False
        self.show_message("")
        return apply_or_explain(self.workspace, lambda: make(round_id), self.show_message)

    def open_round(self) -> None:
        if self._state_edit(open_round):
            self.grid.setFocus()

    def reveal(self) -> None:
        """Reveal the round; while someone has not finished, only after a question that defaults to no."""
        question = reveal_question(self.grid.vote_model.snapshot)
        if question:
            answer = QMessageBox.question(self, tr("VotingPanel", "Reveal the round?"), question,
                                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                          QMessageBox.StandardButton.No)
            self.window().activateWindow()  # the keyboard back to the console, as after every dialog
            if answer != QMessageBox.StandardButton.Yes:
                self.show_message(tr("VotingPanel", "Not revealed: the round stays open."))
                return
        self._state_edit(reveal_round)

    def reopen(self) -> None:
        self._state_edit(reopen_round)

    def delete(self) -> None:
        """Delete the chosen round (Ctrl+Z brings it back); the newest remaining one is chosen."""
        if self._state_edit(delete_round):
            self.show_message(tr("VotingPanel", "The round was deleted; undo brings it back."))

    def toggle_finished(self) -> None:
        """The menu's "Mark finished": as Ctrl+Return in the grid, on to the next voter."""
        self.grid.finish_current()
