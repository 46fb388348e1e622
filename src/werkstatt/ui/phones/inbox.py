"""The inbox: pain points and questions the phones sent about the step on the projector, for the facilitator.

Nothing a phone sends reaches the model or the projector by itself: each message waits here until
the facilitator takes it ("Accept", or "Edit …" first: it becomes a pain point on its step, on the
main undo stack like a typed one) or drops it ("Discard"). The list reads again only after a change
of the messages themselves. The check box opens and closes the room for messages.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from werkstatt.edits.room import MAX_SUGGESTION_CHARS, AcceptSuggestion, DiscardSuggestion
from werkstatt.errors import WerkstattError
from werkstatt.i18n import tr
from werkstatt.model import PAIN_POINT_CATEGORIES, RoomSuggestion, Step
from werkstatt.read.findings import category_name
from werkstatt.store.changes import Changes
from werkstatt.ui.phones.bridge import RoomController
from werkstatt.ui.phones.network_choice import ask_host
from werkstatt.ui.workspace import Workspace

SUGGESTION_TABLES = ("room_suggestions",)


@dataclass(frozen=True)
class Message:
    id: str
    kind: str
    category: str
    text: str
    step: str  # the step's label, "" for the process as a whole


def waiting_messages(session: Session, model_id: str | None) -> list[Message]:
    """The new messages about ``model_id``, oldest first."""
    if not model_id:
        return []
    rows = session.execute(
        select(RoomSuggestion.id, RoomSuggestion.kind, RoomSuggestion.category, RoomSuggestion.text, Step.label)
        .outerjoin(Step, Step.id == RoomSuggestion.step_id)
        .where(RoomSuggestion.model_id == model_id, RoomSuggestion.state == "new",
               RoomSuggestion.deleted.is_(False))
        .order_by(RoomSuggestion.created_at, RoomSuggestion.id))
    return [Message(row[0], row[1], row[2], row[3], row[4] or "") for row in rows]


def kind_name(kind: str) -> str:
    return tr("PhoneInbox", "Question") if kind == "question" else tr("PhoneInbox", "Pain point")


class MessageDialog(QDialog):
    """The message's text and category, changed before it is accepted."""

    def __init__(self, message: Message, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("PhoneInbox", "Edit message"))
        self.text = QLineEdit(message.text, self)
        self.text.setMaxLength(MAX_SUGGESTION_CHARS)
        self.text.setAccessibleName(tr("PhoneInbox", "Text"))
        self.text.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        self.category = QComboBox(self)
        self.category.setAccessibleName(tr("PhoneInbox", "Category"))
        for code in PAIN_POINT_CATEGORIES:
            self.category.addItem(category_name(code), code)
        self.category.setCurrentIndex(max(0, self.category.findData(message.category)))
        form = QFormLayout()
        form.addRow(tr("PhoneInbox", "&Text:"), self.text)
        form.addRow(tr("PhoneInbox", "&Category:"), self.category)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("PhoneInbox", "&Accept"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)


def ask_edited(parent: QWidget | None, message: Message) -> tuple[str, str] | None:
    """(text, category) as the facilitator edited them; None when cancelled."""
    dialog = MessageDialog(message, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.text.text(), str(dialog.category.currentData())
    finally:
        dialog.deleteLater()


class InboxPanel(QWidget):
    """The messages from the phones, the three buttons, and the check box that lets messages in."""

    def __init__(self, workspace: Workspace, room: RoomController, parent: QWidget | None = None, *,
                 choose_host: Callable[[QWidget], str | None] = ask_host,
                 edit_message: Callable[[QWidget, Message], tuple[str, str] | None] = ask_edited) -> None:
        super().__init__(parent)
        self.workspace, self.room = workspace, room
        self.choose_host, self.edit_message = choose_host, edit_message
        self.messages: list[Message] = []
        self.taking = QCheckBox(tr("PhoneInbox", "Take messages from phones"), self)
        self.taking.setAccessibleName(tr("PhoneInbox", "Take messages from phones"))
        self.where = QLabel(self)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.list = QTreeWidget(self)
        self.list.setAccessibleName(tr("PhoneInbox", "Messages from the phones"))
        self.list.setHeaderLabels([tr("PhoneInbox", "Kind"), tr("PhoneInbox", "Category"), tr("PhoneInbox", "Text"),
                                   tr("PhoneInbox", "Step")])
        self.list.setRootIsDecorated(False)
        header = self.list.header()
        header.setStretchLastSection(False)
        for column in (0, 1, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # the message itself gets the room
        self.list.setWordWrap(True)
        self.accept_button = QPushButton(tr("PhoneInbox", "A&ccept"), self)
        self.edit_button = QPushButton(tr("PhoneInbox", "&Edit …"), self)
        self.discard_button = QPushButton(tr("PhoneInbox", "D&iscard"), self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.taking)
        top.addWidget(self.where, 1)
        buttons = QHBoxLayout()
        for button in (self.accept_button, self.edit_button, self.discard_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

        self.taking.toggled.connect(self._taking_toggled)
        self.accept_button.clicked.connect(self.accept_current)
        self.edit_button.clicked.connect(self.edit_current)
        self.discard_button.clicked.connect(self.discard_current)
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        workspace.data_changed.connect(self._data_changed)
        workspace.model_changed.connect(lambda _id: self.refresh())
        room.changed.connect(self._room_changed)
        self.refresh()
        self._room_changed()

    # --- reading -------------------------------------------------------------------------------

    def _data_changed(self, changes: Changes) -> None:
        if changes.touches(*SUGGESTION_TABLES):
            self.refresh()

    def refresh(self) -> None:
        current = self.current()
        with self.workspace.reading() as session:
            self.messages = waiting_messages(session, self.workspace.model_id)
        self.list.clear()
        for message in self.messages:
            item = QTreeWidgetItem([kind_name(message.kind), category_name(message.category), message.text,
                                    message.step or tr("PhoneInbox", "(the whole process)")])
            item.setToolTip(2, message.text)
            self.list.addTopLevelItem(item)
        ids = [message.id for message in self.messages]
        if ids:
            self.list.setCurrentItem(self.list.topLevelItem(ids.index(current.id) if current and current.id in ids
                                                            else 0))
        self._update_buttons()

    def current(self) -> Message | None:
        index = self.list.indexOfTopLevelItem(self.list.currentItem()) if self.list.currentItem() else -1
        return self.messages[index] if 0 <= index < len(self.messages) else None

    def _update_buttons(self) -> None:
        chosen = self.current() is not None
        for button in (self.accept_button, self.edit_button, self.discard_button):
            button.setEnabled(chosen)

    def _room_changed(self) -> None:
        self.taking.blockSignals(True)
        self.taking.setChecked(self.room.inbox_open)
        self.taking.blockSignals(False)
        code = self.room.room.code if self.room.room is not None else ""
        self.where.setText(tr("PhoneInbox", "Phones send to {address}, code {code}", address=self.room.address,
                              code=code) if self.room.inbox_open else "")

    # --- acting --------------------------------------------------------------------------------

    def _taking_toggled(self, on: bool) -> None:
        if not on:
            self.room.close_inbox()
            return
        host = self.choose_host(self)
        if host is None or not self.room.open_inbox(host):
            self._room_changed()  # the box shows what is true: not taking messages

    def _apply(self, make: Callable[[Message], object]) -> None:
        message = self.current()
        if message is None:
            return
        edit = make(message)
        if edit is None:
            return
        try:
            self.workspace.apply(edit)  # type: ignore[arg-type]
        except WerkstattError as error:
            self.message.setText(error.message)
            return
        self.message.setText("")

    def accept_current(self) -> None:
        self._apply(lambda message: AcceptSuggestion(message.id))

    def edit_current(self) -> None:
        def edited(message: Message) -> AcceptSuggestion | None:
            answer = self.edit_message(self, message)
            return AcceptSuggestion(message.id, answer[0], answer[1]) if answer is not None else None

        self._apply(edited)

    def discard_current(self) -> None:
        self._apply(lambda message: DiscardSuggestion(message.id))
