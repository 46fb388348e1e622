"""Setting up the open workshop: its fields, the organisations taking part, the participants and
the agenda, with register processes pulled onto it (the input dialogs are in workshop_dialogs).

Every change is one undoable edit through the workspace; the panel reads everything again on
``data_changed``, so undo from anywhere shows at once. A field being typed in is left alone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from werkstatt.edits import Edit, MoveAgendaItem, SetAttendance, uninvite
from werkstatt.edits.workshops import RemoveAgendaItem, SetWorkshopOrganisations, edit_workshop
from werkstatt.errors import NotFoundError, WerkstattError
from werkstatt.i18n import tr
from werkstatt.model import WORKSHOP_STATUSES
from werkstatt.read.workshops import AgendaEntry, OrganisationChoice, Participant, WorkshopDetail, workshop_detail
from werkstatt.store.changes import Changes
from werkstatt.ui.common.lines_edit import LinesEdit
from werkstatt.ui.common.locale import qt_date_format
from werkstatt.ui.common.roles import ROW_ROLE
from werkstatt.ui.common.when_shown import WhenShown
from werkstatt.ui.protocol.record_form import ProtocolRecordBox
from werkstatt.ui.workshop.dialogs import (
    AgendaItemDialog,
    DiscussProcessDialog,
    FormDialog,
    LinkProcessDialog,
    ParticipantDialog,
    open_pending,
)
from werkstatt.ui.workshop.manager import RowTableModel, row_table_view, status_text
from werkstatt.ui.workshop.people import add_erase_action
from werkstatt.ui.workspace import Workspace

AnyIndex = QModelIndex | QPersistentModelIndex
NO_DATE = QDate(2000, 1, 1)  # the QDateEdit's minimum stands for "no date yet"

# What the setup shows: the workshop, its organisations, people, agenda and note assignments.
SETUP_TABLES = ("workshops", "workshop_organisations", "organisations", "people", "attendances", "agenda_items",
                "process_models", "workshop_notes")


class OrganisationListModel(RowTableModel):
    """Every organisation, checked when it takes part (shown as a list: one column)."""

    check_column = 0

    def headers(self) -> list[str]:
        return [tr("WorkshopSetupPanel", "Organisation")]

    def text(self, row: OrganisationChoice, column: int) -> Any:
        return row.name

    def is_checked(self, row: OrganisationChoice) -> bool:
        return row.taking_part


class ParticipantTableModel(RowTableModel):
    NAME, ORGANISATION, FUNCTION, PRESENT = range(4)
    check_column = PRESENT

    def headers(self) -> list[str]:
        return [tr("WorkshopSetupPanel", "Name"), tr("WorkshopSetupPanel", "Organisation"),
                tr("WorkshopSetupPanel", "Function"), tr("WorkshopSetupPanel", "Present")]

    def key(self, row: Participant) -> str:
        return row.attendance_id

    def text(self, row: Participant, column: int) -> Any:
        return (row.name, row.organisation, row.function, None)[column]

    def is_checked(self, row: Participant) -> bool:
        return row.present

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.AccessibleTextRole and index.isValid() and index.column() == self.PRESENT:
            present = self.rows[index.row()].present
            return tr("WorkshopSetupPanel", "present") if present else tr("WorkshopSetupPanel", "absent")
        return super().data(index, role)


class AgendaTableModel(RowTableModel):
    TITLE, PLANNED, ACTUAL, MODEL, RESULT = range(5)

    def headers(self) -> list[str]:
        return [tr("WorkshopSetupPanel", "Agenda item"), tr("WorkshopSetupPanel", "Planned (min)"),
                tr("WorkshopSetupPanel", "Actual (min)"), tr("WorkshopSetupPanel", "Process model"),
                tr("WorkshopSetupPanel", "Result")]

    def text(self, row: AgendaEntry, column: int) -> Any:
        result = " ".join(row.result.split())  # one line in the table; the dialog shows it whole
        return (row.title, row.planned_minutes, row.actual_minutes, row.model_name, result)[column]


class WorkshopSetupPanel(QWidget):
    """The setup of ``workspace.workshop_id``; ``model_chosen`` asks the main window to open a model."""

    model_chosen = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.detail: WorkshopDetail | None = None
        self.pending: FormDialog | None = None  # the open input dialog, if any (tests drive it)
        self.manager: QDialog | None = None  # the organisation manager last opened
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(tr("WorkshopSetupPanel", "Message"))
        self.empty = QLabel(tr("WorkshopSetupPanel", "No workshop is open."))
        self.content = QWidget()
        grid = QGridLayout(self.content)
        grid.addWidget(self._build_form(), 0, 0)
        self.record_box = ProtocolRecordBox(self._commit)  # Protokollführung, Verteiler, … (issue 19)
        grid.addWidget(self.record_box, 0, 1)
        grid.addWidget(self._build_organisations(), 0, 2)
        grid.addWidget(self._build_participants(), 1, 0, 1, 3)
        grid.addWidget(self._build_agenda(), 2, 0, 1, 3)
        grid.setRowStretch(1, 1)
        grid.setRowStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.message)
        layout.addWidget(self.content, 1)
        # Read again now when shown; a hidden panel (another tab) reads when it is shown again.
        self._when_shown = WhenShown(self, self.refresh)
        workspace.workshop_changed.connect(lambda _id: self._when_shown.request())
        workspace.data_changed.connect(self._data_changed)
        self.refresh()

    def _data_changed(self, changes: Changes) -> None:
        if changes.touches(*SETUP_TABLES):
            self._when_shown.request()

    # --- building ----------------------------------------------------------------------------------

    def _build_form(self) -> QGroupBox:
        box = QGroupBox(tr("WorkshopSetupPanel", "Workshop"))
        form = QFormLayout(box)
        self.title_edit = self._line(form, tr("WorkshopSetupPanel", "&Title:"), "title")
        self.date_edit = QDateEdit()
        self.date_edit.setDisplayFormat(qt_date_format())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMinimumDate(NO_DATE)
        self.date_edit.setSpecialValueText(tr("WorkshopSetupPanel", "no date"))
        self.date_edit.setAccessibleName(tr("WorkshopSetupPanel", "Date"))
        self.date_edit.editingFinished.connect(self._date_finished)
        self.date_edit.calendarWidget().clicked.connect(lambda _date: self._date_finished())
        form.addRow(tr("WorkshopSetupPanel", "&Date:"), self.date_edit)
        self.place_edit = self._line(form, tr("WorkshopSetupPanel", "P&lace:"), "place")
        self.facilitator_edit = self._line(form, tr("WorkshopSetupPanel", "&Facilitator:"), "facilitator")
        self.goal_edit = LinesEdit()
        self.goal_edit.setTabChangesFocus(True)
        self.goal_edit.setMaximumHeight(self.goal_edit.fontMetrics().lineSpacing() * 5)
        self.goal_edit.setAccessibleName(tr("WorkshopSetupPanel", "Goal"))
        self.goal_edit.editingFinished.connect(lambda: self._commit("goal", self.goal_edit.toPlainText()))
        form.addRow(tr("WorkshopSetupPanel", "A&im:"), self.goal_edit)
        self.status_box = QComboBox()
        self.status_box.setAccessibleName(tr("WorkshopSetupPanel", "Status"))
        for status in WORKSHOP_STATUSES:
            self.status_box.addItem(status_text(status), status)
        self.status_box.activated.connect(lambda i: self._commit("status", self.status_box.itemData(i)))
        form.addRow(tr("WorkshopSetupPanel", "Stat&us:"), self.status_box)
        return box

    def _line(self, form: QFormLayout, label: str, field: str) -> QLineEdit:
        line = QLineEdit()
        line.setAccessibleName(label.replace("&", "").rstrip(":"))
        line.editingFinished.connect(lambda: self._commit(field, line.text(), line))
        form.addRow(label, line)
        return line

    def _build_organisations(self) -> QGroupBox:
        # Alt+letter on a group title puts the keyboard into its list: the page is usable without a mouse.
        box = QGroupBox(tr("WorkshopSetupPanel", "Organisations ta&king part"))
        self.organisations = OrganisationListModel(self)
        self.organisations.check_toggled.connect(self._organisation_toggled)
        self.organisation_view = QListView()
        self.organisation_view.setModel(self.organisations)
        self.organisation_view.setAccessibleName(tr("WorkshopSetupPanel", "Participating organisations"))
        buttons = QHBoxLayout()
        # Without these an empty database had no way to enter an organisation at all.
        self.new_organisation_button = self._button(buttons, tr("WorkshopSetupPanel", "&New…"),
                                                    tr("WorkshopSetupPanel", "New organisation"),
                                                    self.new_organisation)
        self.starter_button = self._button(buttons, tr("WorkshopSetupPanel", "The si&x administrations"),
                                           tr("WorkshopSetupPanel", "Add the six administrations of the project"),
                                           self.add_starting_set)
        self.manage_button = self._button(buttons, tr("WorkshopSetupPanel", "&Manage…"),
                                          tr("WorkshopSetupPanel", "Manage organisations"), self.manage_organisations)
        layout = QVBoxLayout(box)
        layout.addWidget(self.organisation_view)
        layout.addLayout(buttons)
        return box

    def _button(self, layout: QHBoxLayout, text: str, name: str, slot: Callable[[], Any]) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.clicked.connect(lambda _checked=False: slot())
        layout.addWidget(button)
        return button

    def _actions(self, view: QTableView, layout: QHBoxLayout,
                 entries: Sequence[tuple[str, Any, Callable[[], Any]]]) -> list[QAction]:
        """Actions with shortcuts on ``view``, each also a button in ``layout``."""
        actions = []
        for text, shortcut, slot in entries:
            action = QAction(text, view)
            if shortcut is not None:
                action.setShortcut(QKeySequence(shortcut))
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
            view.addAction(action)
            button = QToolButton()
            button.setDefaultAction(action)
            button.setAccessibleName(text.replace("&", "").rstrip("…"))
            layout.addWidget(button)
            actions.append(action)
        layout.addStretch(1)
        return actions

    def _build_participants(self) -> QGroupBox:
        box = QGroupBox(tr("WorkshopSetupPanel", "Pa&rticipants"))
        self.participants = ParticipantTableModel(self)
        self.participants.check_toggled.connect(self._presence_toggled)
        self.participant_view = row_table_view(self.participants, tr("WorkshopSetupPanel", "Participants"),
                                              stretch=(0, 1, 2))
        self.participant_view.activated.connect(lambda _index: self.edit_participant())
        buttons = QHBoxLayout()
        self.participant_actions = self._actions(self.participant_view, buttons, [
            (tr("WorkshopSetupPanel", "Add participant…"), "Ins", self.add_participant),
            (tr("WorkshopSetupPanel", "Edit participant…"), "F2", self.edit_participant),
            (tr("WorkshopSetupPanel", "Remove participant"), QKeySequence.StandardKey.Delete, self.remove_participant),
        ])
        self.erase_action = add_erase_action(self, self.participant_view)  # a context menu with the actions above
        layout = QVBoxLayout(box)
        layout.addWidget(self.participant_view)
        layout.addLayout(buttons)
        return box

    def _build_agenda(self) -> QGroupBox:
        box = QGroupBox(tr("WorkshopSetupPanel", "&Agenda"))
        self.agenda = AgendaTableModel(self)
        self.agenda_view = row_table_view(self.agenda, tr("WorkshopSetupPanel", "Agenda"), stretch=(0, 3, 4))
        self.agenda_view.activated.connect(self._agenda_activated)
        buttons = QHBoxLayout()
        self.agenda_actions = self._actions(self.agenda_view, buttons, [
            (tr("WorkshopSetupPanel", "Add agenda item…"), "Ins", self.add_agenda_item),
            (tr("WorkshopSetupPanel", "Edit agenda item…"), "F2", self.edit_agenda_item),
            (tr("WorkshopSetupPanel", "Move up"), "Ctrl+Up", lambda: self.move_agenda_item(-1)),
            (tr("WorkshopSetupPanel", "Move down"), "Ctrl+Down", lambda: self.move_agenda_item(1)),
            (tr("WorkshopSetupPanel", "Delete agenda item"), QKeySequence.StandardKey.Delete,
             self.delete_agenda_item),
        ])
        self.discuss_button = QPushButton(tr("WorkshopSetupPanel", "Discuss pro&cess…"))
        self.discuss_button.setAccessibleName(tr("WorkshopSetupPanel", "Discuss process"))
        self.discuss_button.clicked.connect(self.discuss_process)
        buttons.addWidget(self.discuss_button)
        layout = QVBoxLayout(box)
        layout.addWidget(self.agenda_view)
        layout.addLayout(buttons)
        return box

    # --- reading -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        detail = None
        if self.workspace.workshop_id:
            with self.workspace.reading() as session:
                try:
                    detail = workshop_detail(session, self.workspace.workshop_id)
                except NotFoundError:
                    detail = None
        self.detail = detail
        self.empty.setVisible(detail is None)
        self.content.setEnabled(detail is not None)
        if detail is None:
            for model in (self.organisations, self.participants, self.agenda):
                model.set_rows([])
            return
        self._fill_form(detail)
        # Space ticks an organisation and the list is read again: the keyboard stays on that row,
        # so that Down goes on from there and not from the top.
        current = self.organisation_view.currentIndex().row()
        self.organisations.set_rows(detail.organisations)
        if 0 <= current < self.organisations.rowCount():
            self.organisation_view.setCurrentIndex(self.organisations.index(current, 0))
        self._keep_selection(self.participant_view, self.participants, detail.participants)
        self._keep_selection(self.agenda_view, self.agenda, detail.agenda)

    def _fill_form(self, detail: WorkshopDetail) -> None:
        for line, value in ((self.title_edit, detail.title), (self.place_edit, detail.place),
                            (self.facilitator_edit, detail.facilitator)):
            if not (line.hasFocus() and line.isModified()):  # never overwrite what is being typed
                line.setText(value)
        if not self.goal_edit.hasFocus():
            self.goal_edit.setPlainText(detail.goal)
        self.record_box.fill(detail)
        if not self.date_edit.hasFocus():
            self.date_edit.setDate(QDate(detail.date) if detail.date else NO_DATE)
        self.status_box.setCurrentIndex(max(0, self.status_box.findData(detail.status)))

    def _keep_selection(self, view: QTableView, model: RowTableModel, rows: Sequence[Any]) -> None:
        selected = self._selected(view)
        model.set_rows(rows)
        self._select(view, model.row_of(model.key(selected)) if selected is not None else -1)

    def _select(self, view: QTableView, row: int) -> None:
        if 0 <= row < view.model().rowCount():
            view.selectRow(row)
            view.setCurrentIndex(view.model().index(row, 0))

    def _selected(self, view: QTableView) -> Any:
        rows = view.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    # --- changing ------------------------------------------------------------------------------------

    def _run(self, make_edit: Callable[[], Edit]) -> Edit | None:
        """Build and apply one edit; a refusal becomes the panel's message (and the workspace's)."""
        try:
            edit = self.workspace.apply(make_edit())
        except WerkstattError as error:
            self.message.setText(error.message)
            self.workspace.tell(error.message)
            self.refresh()
            return None
        self.message.clear()
        return edit

    def _commit(self, field: str, value: Any, line: QLineEdit | None = None) -> None:
        if self.detail is None:
            return
        current = getattr(self.detail, field)
        if (value.strip() if isinstance(value, str) else value) == current:
            return
        try:
            edit = edit_workshop(self.detail.id, **{field: value})
        except WerkstattError as error:  # refused before anything happened: keep what was typed
            self.message.setText(error.message)
            return
        if self._run(lambda: edit) is not None and line is not None:
            line.setModified(False)

    def _date_finished(self) -> None:
        date = self.date_edit.date()
        self._commit("date", None if date == NO_DATE else dt.date(date.year(), date.month(), date.day()))

    def _organisation_toggled(self, choice: OrganisationChoice, taking_part: bool) -> None:
        if self.detail is not None:
            workshop_id = self.detail.id
            ids = [o.id for o in self.detail.organisations if o.taking_part and o.id != choice.id]
            self._run(lambda: SetWorkshopOrganisations(workshop_id, [*ids, choice.id] if taking_part else ids))

    def _presence_toggled(self, participant: Participant, present: bool) -> None:
        if self.detail is not None:
            workshop_id = self.detail.id
            self._run(lambda: SetAttendance(workshop_id, participant.person_id, present))

    def _open(self, make: Callable[[WorkshopDetail], FormDialog], view: QTableView,
              model: RowTableModel) -> FormDialog | None:
        """Open the input dialog ``make`` builds for the shown workshop (none without one); a row it
        creates is selected in ``view``."""
        if self.detail is None:
            return None
        dialog = make(self.detail)
        dialog.created.connect(lambda row_id: self._select(view, model.row_of(row_id)))
        return open_pending(self, dialog)

    def _for_selected(self, view: QTableView, open_dialog: Callable[[Any], FormDialog | None]) -> FormDialog | None:
        """The edit dialog of the row selected in ``view``; None when no row is selected."""
        selected = self._selected(view)
        return open_dialog(selected) if selected is not None else None

    def _remove_selected(self, view: QTableView, model: RowTableModel, remove: Callable[[Any], Edit]) -> None:
        """Remove the selected row by the edit ``remove`` makes; the row that takes its place is selected."""
        selected = self._selected(view)
        if selected is not None:
            row = model.row_of(model.key(selected))
            self._run(lambda: remove(selected))
            self._select(view, min(row, model.rowCount() - 1))

    # participants

    def add_participant(self) -> FormDialog | None:
        return self._participant_dialog(None)

    def edit_participant(self) -> FormDialog | None:
        return self._for_selected(self.participant_view, self._participant_dialog)

    def _participant_dialog(self, participant: Participant | None) -> FormDialog | None:
        return self._open(lambda detail: ParticipantDialog(self.workspace, detail, participant, self),
                          self.participant_view, self.participants)

    def remove_participant(self) -> None:
        self._remove_selected(self.participant_view, self.participants, lambda row: uninvite(row.attendance_id))

    # agenda

    def _agenda_activated(self, index: QModelIndex) -> None:
        entry = index.data(ROW_ROLE)
        if entry is not None and entry.model_id:
            self.model_chosen.emit(entry.model_id)
        else:
            self.edit_agenda_item()

    def add_agenda_item(self) -> FormDialog | None:
        return self._agenda_dialog(None)

    def edit_agenda_item(self) -> FormDialog | None:
        return self._for_selected(self.agenda_view, self._agenda_dialog)

    def _agenda_dialog(self, entry: AgendaEntry | None) -> FormDialog | None:
        return self._open(lambda detail: AgendaItemDialog(self.workspace, detail.id, entry, self),
                          self.agenda_view, self.agenda)

    def move_agenda_item(self, step: int) -> None:
        selected = self._selected(self.agenda_view)
        if selected is None:
            return
        target = self.agenda.row_of(selected.id) + step
        if 0 <= target < self.agenda.rowCount():
            self._run(lambda: MoveAgendaItem(selected.id, target))
            self._select(self.agenda_view, self.agenda.row_of(selected.id))

    def delete_agenda_item(self) -> None:
        self._remove_selected(self.agenda_view, self.agenda, lambda entry: RemoveAgendaItem(entry.id))

    def discuss_process(self) -> FormDialog | None:
        """Pick a process of the local register, or name a new one: the selected agenda item discusses
        it; with no item selected, a new item is put on the agenda."""
        selected = self._selected(self.agenda_view)

        def make(detail: WorkshopDetail) -> FormDialog:
            if selected is not None:
                return LinkProcessDialog(self.workspace, detail.id, selected.id, self)
            return DiscussProcessDialog(self.workspace, detail.id, self)

        return self._open(make, self.agenda_view, self.agenda)

    # organisations

    def new_organisation(self) -> FormDialog | None:
        """A new organisation, ticked as taking part in this workshop (one undo step)."""
        from werkstatt.ui.workshop.organisations import OrganisationForm

        if self.detail is None:
            return None
        form = OrganisationForm(self.workspace, None, self, workshop_id=self.detail.id)
        return open_pending(self, form)

    def add_starting_set(self) -> None:
        from werkstatt.edits.organisations import AddStartingSet

        self._run(AddStartingSet)

    def manage_organisations(self) -> QDialog:
        from werkstatt.ui.workshop.organisations import OrganisationManager

        manager = OrganisationManager(self.workspace, self)
        self.manager = manager
        manager.finished.connect(manager.deleteLater)
        manager.open()
        return manager

