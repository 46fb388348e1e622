"""The small input dialogs of the workshop views: the form dialog both the workshop manager and
the setup panel use, and the setup panel's participant, agenda item and "discuss process" dialogs.

Each dialog applies its one edit through the workspace on OK and stays open, with what was typed,
when the edit is refused; the view that opened it only learns which row was created.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from werkstatt.edits import AddAgendaItem, Edit, edit_agenda_item
from werkstatt.edits.workshops import AddParticipant, DiscussProcess, EditParticipant, NewProcess
from werkstatt.errors import EditError, WerkstattError
from werkstatt.i18n import tr
from werkstatt.read.workshops import (
    AgendaEntry,
    Participant,
    RegisterProcess,
    WorkshopDetail,
    all_models,
    register_processes,
)
from werkstatt.ui.common.dialog_focus import fit_height, focus_first_input, no_auto_default
from werkstatt.ui.common.forms import choice_combo, lay_out_form, message_label
from werkstatt.ui.common.roles import ID_ROLE
from werkstatt.ui.workspace import Workspace


class FormDialog(QDialog):
    """A small input dialog that calls ``submit`` on OK and closes only when it succeeded.

    ``submit`` (set by the caller once the fields exist) raises WerkstattError for refused input;
    its sentence is shown above the buttons and the fields keep what was typed. ``created`` carries
    the id of a row the dialog made, so that the view can select it.
    """

    created = Signal(str)

    def __init__(self, window_title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(window_title)
        self.submit: Callable[[], Any] = lambda: None
        self.form = QFormLayout()
        self.error = message_label(self, tr("WorkshopDialogs", "Error message"))
        self.error.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(tr("WorkshopDialogs", "OK"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("WorkshopDialogs", "Cancel"))
        # Enter in a field accepts through the default button; no button takes the focus at opening.
        no_auto_default(self)
        self.ok_button.setDefault(True)
        lay_out_form(self, self.form, self.error, self.buttons)
        # A German refusal is a sentence: wide enough that it wraps into two or three lines, not ten.
        # Also wide enough for its title in the window manager's title bar ("Teilnehmende Person — Werkstatt").
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)

    def add_line(self, label: str, text: str = "") -> QLineEdit:
        line = QLineEdit(text)
        line.setAccessibleName(label.replace("&", ""))
        self.form.addRow(label, line)
        return line

    def add_choice(self, label: str, name: str, choices: Iterable[tuple[str, str]], current: str | None) -> QComboBox:
        """A list to pick one of ``choices`` (id, shown name) from, or "(none)" (None)."""
        combo = choice_combo(name, choices, current, none_text=tr("WorkshopDialogs", "(none)"))
        self.form.addRow(label, combo)
        return combo

    def add_minutes(self, label: str, name: str, value: int | None) -> QSpinBox:
        box = QSpinBox()
        box.setRange(0, 24 * 60)
        box.setSpecialValueText("–")  # 0 shows as a dash and means "not given"
        box.setSuffix(" min")
        box.setValue(value or 0)
        box.setAccessibleName(name)
        self.form.addRow(label, box)
        return box

    def fields(self) -> list[QWidget]:
        """The input widgets of the form, top to bottom."""
        found = []
        for row in range(self.form.rowCount()):
            item = self.form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if item is not None and item.widget() is not None:
                found.append(item.widget())
        return found

    def showEvent(self, event: QShowEvent) -> None:
        # The button box was made before the fields: Tab goes down the form, then to OK and Cancel,
        # and the dialog opens in its first field, never on OK (Space would press it).
        chain = [*self.fields(), self.ok_button, self.buttons.button(QDialogButtonBox.StandardButton.Cancel)]
        for first, second in itertools.pairwise(chain):
            self.setTabOrder(first, second)
        focus_first_input(self)
        super().showEvent(event)

    def accept(self) -> None:
        if not self.isVisible():  # a second Enter or double-click while closing must not apply twice
            return
        focused = self.focusWidget()
        try:
            self.submit()
        except WerkstattError as error:
            self.explain(error.message)
            if focused is not None and focused is not self.ok_button:
                focused.setFocus(Qt.FocusReason.OtherFocusReason)  # back to correcting what was typed
            else:
                focus_first_input(self)
            return
        super().accept()

    def explain(self, message: str) -> None:
        """Say why the input was refused, in full: the dialog grows for the wrapped sentence."""
        self.error.setText(message)
        self.error.show()
        fit_height(self)


class DialogHost(Protocol):
    """A view that keeps its open input dialog in ``pending`` (where tests drive it)."""

    pending: FormDialog | None


def open_pending(host: DialogHost, dialog: FormDialog, closed: Callable[[], Any] = lambda: None) -> FormDialog:
    """Open ``dialog`` without blocking, as ``host.pending`` until it closes; then ``closed`` runs."""
    host.pending = dialog

    def finished(_result: int) -> None:
        if host.pending is dialog:
            host.pending = None
        closed()
        dialog.deleteLater()

    dialog.finished.connect(finished)
    dialog.open()
    return dialog


class _EditDialog(FormDialog):
    """A dialog whose OK applies the one edit its fields ask for; a row that edit adds is announced in ``created``."""

    def __init__(self, window_title: str, workspace: Workspace, parent: QWidget | None) -> None:
        super().__init__(window_title, parent)
        self.workspace = workspace
        self.submit = self._apply

    def edit(self) -> Edit:
        """The edit the fields ask for; an EditError when they ask for nothing that can be done."""
        raise NotImplementedError

    def created_id(self, edit: Any) -> str | None:
        """The id of the row ``edit`` added, or None when it changed an existing one."""
        raise NotImplementedError

    def _apply(self) -> None:
        edit = self.workspace.apply(self.edit())
        new_id = self.created_id(edit)
        if new_id is not None:
            self.created.emit(new_id)


class ParticipantDialog(_EditDialog):
    """Add a participant to the workshop of ``detail``, or change ``participant`` (name, organisation, function)."""

    def __init__(self, workspace: Workspace, detail: WorkshopDetail, participant: Participant | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(tr("WorkshopDialogs", "Participant"), workspace, parent)
        self.workshop_id = detail.id
        self.participant = participant
        self.name = self.add_line(tr("WorkshopDialogs", "&Name:"), participant.name if participant else "")
        self.organisation = self.add_choice(
            tr("WorkshopDialogs", "&Organisation:"), tr("WorkshopDialogs", "Organisation"),
            [(choice.id, choice.name) for choice in detail.organisations],
            participant.organisation_id if participant else None)
        self.function = self.add_line(tr("WorkshopDialogs", "&Function:"),
                                      participant.function if participant else "")
        self.email = self.add_line(tr("WorkshopDialogs", "&E-mail:"), participant.email if participant else "")
        self.email.setAccessibleName(tr("WorkshopDialogs", "E-mail address"))
        self.email.setPlaceholderText(tr("WorkshopDialogs", "optional, for sending the protocol"))

    def edit(self) -> Edit:
        values = {"organisation_id": self.organisation.currentData(), "function": self.function.text(),
                  "email": self.email.text()}
        if self.participant is None:
            return AddParticipant(self.workshop_id, self.name.text(), **values)
        return EditParticipant(self.participant.person_id, name=self.name.text(), **values)

    def created_id(self, edit: Any) -> str | None:
        return edit.attendance_id if isinstance(edit, AddParticipant) else None


class AgendaItemDialog(_EditDialog):
    """Add an agenda item to the workshop, or change ``entry``: title, minutes and the process model."""

    def __init__(self, workspace: Workspace, workshop_id: str, entry: AgendaEntry | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(tr("WorkshopDialogs", "Agenda item"), workspace, parent)
        self.workshop_id = workshop_id
        self.entry = entry
        self.title = self.add_line(tr("WorkshopDialogs", "&Title:"), entry.title if entry else "")
        self.planned = self.add_minutes(tr("WorkshopDialogs", "&Planned:"),
                                        tr("WorkshopDialogs", "Planned minutes"),
                                        entry.planned_minutes if entry else None)
        self.actual = self.add_minutes(tr("WorkshopDialogs", "&Actual:"), tr("WorkshopDialogs", "Actual minutes"),
                                       entry.actual_minutes if entry else None)
        with workspace.reading() as session:
            models = [(ref.id, ref.name) for ref in all_models(session)]
        self.model = self.add_choice(tr("WorkshopDialogs", "Process &model:"),
                                     tr("WorkshopDialogs", "Process model"), models,
                                     entry.model_id if entry else None)
        # What the room concluded on the item (Ergebnis des TOP): several lines; Tab leaves the field.
        self.result = QPlainTextEdit(entry.result if entry else "")
        self.result.setTabChangesFocus(True)
        self.result.setAccessibleName(tr("WorkshopDialogs", "Result"))
        self.result.setMaximumHeight(self.result.fontMetrics().lineSpacing() * 6)
        self.form.addRow(tr("WorkshopDialogs", "&Result:"), self.result)

    def edit(self) -> Edit:
        values = {"planned_minutes": self.planned.value() or None, "actual_minutes": self.actual.value() or None,
                  "process_model_id": self.model.currentData(), "result": self.result.toPlainText()}
        if self.entry is None:
            return AddAgendaItem(self.workshop_id, self.title.text(), **values)
        return edit_agenda_item(self.entry.id, title=self.title.text(), **values)

    def created_id(self, edit: Any) -> str | None:
        return edit.item_id if isinstance(edit, AddAgendaItem) else None


class DiscussProcessDialog(_EditDialog):
    """Pick a process of the local register, or name a new one, and put it on the workshop's agenda."""


    def __init__(self, workspace: Workspace, workshop_id: str, parent: QWidget | None = None) -> None:
        super().__init__(tr("WorkshopDialogs", "Discuss process"), workspace, parent)
        self.workshop_id = workshop_id
        self.processes = QListWidget()
        self.processes.setAccessibleName(tr("WorkshopDialogs", "Register processes"))
        with workspace.reading() as session:
            self._fill(register_processes(session))
        self.processes.setCurrentRow(0)
        self.processes.itemDoubleClicked.connect(lambda _item: self.accept())
        self.setMinimumWidth(560)
        self.form.addRow(tr("WorkshopDialogs", "&Register process:"), self.processes)
        self.new_name = self.add_line(tr("WorkshopDialogs", "or &new process:"))
        self.planned = self.add_minutes(tr("WorkshopDialogs", "&Planned:"),
                                        tr("WorkshopDialogs", "Planned minutes"), None)

    def _fill(self, processes: Sequence[RegisterProcess]) -> None:
        for process in processes:
            label = f"{process.register_key} · {process.name}" if process.register_key else process.name
            item = QListWidgetItem(label)
            item.setData(ID_ROLE, process.id)
            self.processes.addItem(item)

    def edit(self) -> Edit:
        minutes = self.planned.value() or None
        if self.new_name.text().strip():
            return NewProcess(self.workshop_id, self.new_name.text(), planned_minutes=minutes)
        if self.processes.currentItem() is None:
            raise EditError(tr("WorkshopDialogs", "Choose a process or type the name of a new one."))
        return DiscussProcess(self.workshop_id, self.processes.currentItem().data(ID_ROLE),
                              planned_minutes=minutes)

    def created_id(self, edit: Any) -> str | None:
        return edit.item_id


class LinkProcessDialog(DiscussProcessDialog):
    """"Discuss process" on a selected agenda item: the item gets the process, no new item is made."""

    def __init__(self, workspace: Workspace, workshop_id: str, item_id: str, parent: QWidget | None = None) -> None:
        super().__init__(workspace, workshop_id, parent)
        self.item_id = item_id
        self.form.setRowVisible(self.planned, False)  # the item keeps its own minutes

    def edit(self) -> Edit:
        from werkstatt.edits.workshops import LinkAgendaItem

        if self.new_name.text().strip():
            return LinkAgendaItem(self.item_id, new_name=self.new_name.text())
        if self.processes.currentItem() is None:
            raise EditError(tr("WorkshopDialogs", "Choose a process or type the name of a new one."))
        return LinkAgendaItem(self.item_id, self.processes.currentItem().data(ID_ROLE))

    def created_id(self, edit: Any) -> str | None:
        return self.item_id
