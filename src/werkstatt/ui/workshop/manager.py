"""The start dialog: choose, create, rename, duplicate and delete workshops; offer the demo once.

Every change is an undoable edit through the workspace; a deleted workshop disappears from the
list at once and comes back with Ctrl+Z. Small input dialogs stay open until their input is
accepted, so a refused title is explained and nothing typed is lost.

The row table model and the table view made here serve the setup panel's tables as well.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeyEvent, QKeySequence, QShowEvent, QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from werkstatt import i18n
from werkstatt.demo import create_demo
from werkstatt.edits.workshops import DeleteWorkshop, DuplicateWorkshop, create_workshop, rename_workshop
from werkstatt.errors import WerkstattError
from werkstatt.i18n import tr
from werkstatt.read.workshops import WorkshopSummary, workshop_summaries
from werkstatt.store.changes import Changes
from werkstatt.ui.common.roles import ROW_ROLE
from werkstatt.ui.common.rows import RowsModel
from werkstatt.ui.help.welcome import offer_demo_on_first_start  # noqa: F401 (where the app and tests find it)
from werkstatt.ui.settings import RECENT_WORKSHOPS, Settings
from werkstatt.ui.workshop.dialogs import FormDialog, open_pending
from werkstatt.ui.workspace import Workspace

AnyIndex = QModelIndex | QPersistentModelIndex
NAVIGATION_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)

# What the list of workshops shows (title, date, place, status, organisations, participants and models).
WORKSHOP_LIST_TABLES = ("workshops", "workshop_organisations", "organisations", "agenda_items", "attendances", "people",
                        "process_models")


def date_text(date: dt.date | None) -> str:
    """A date as the user reads it: German ``03.12.2026``, otherwise ISO."""
    if date is None:
        return ""
    return date.strftime("%d.%m.%Y") if i18n.language() == "de" else date.isoformat()


def status_text(status: str) -> str:
    names = {"planned": tr("WorkshopManager", "planned"), "running": tr("WorkshopManager", "running"),
             "done": tr("WorkshopManager", "done")}
    return names.get(status, status)




class RowTableModel(RowsModel):
    """A table of frozen rows with fixed columns; subclasses say the ``headers`` and each cell's ``text``.

    One column may carry a check box. Toggling it only asks for the change (``check_toggled``):
    the view's owner applies an edit, and the new state comes back with the next ``set_rows``.
    """

    check_column = -1
    check_toggled = Signal(object, bool)  # the row, and whether the user checked it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__((), parent)

    def headers(self) -> list[str]:
        raise NotImplementedError

    def text(self, row: Any, column: int) -> Any:
        raise NotImplementedError

    def is_checked(self, row: Any) -> bool:
        return False

    def key(self, row: Any) -> str:
        return row.id

    def row_of(self, key: str | None) -> int:
        return next((i for i, row in enumerate(self.rows) if self.key(row) == key), -1)

    def cell(self, row: Any, column: int, role: int, number: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == Qt.ItemDataRole.CheckStateRole and column == self.check_column:
            return Qt.CheckState.Checked if self.is_checked(row) else Qt.CheckState.Unchecked
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        checkable = index.isValid() and index.column() == self.check_column  # an invalid index's column is -1 too
        return flags | Qt.ItemFlag.ItemIsUserCheckable if checkable else flags

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        row = self.row_at(index)
        if role != Qt.ItemDataRole.CheckStateRole or row is None or index.column() != self.check_column:
            return False
        checked = isinstance(value, int | Qt.CheckState) and Qt.CheckState(value) == Qt.CheckState.Checked
        self.check_toggled.emit(row, checked)
        return True


def row_table_view(model: RowTableModel, name: str, stretch: Sequence[int] = ()) -> QTableView:
    """A read-only table of whole rows, one selected at a time; the ``stretch`` columns share the width."""
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move inside it
    view.setWordWrap(False)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for column in stretch:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    return view


class WorkshopTableModel(RowTableModel):
    """The workshops, recently opened ones first and marked, narrowed by a filter text.

    Rows are ``(WorkshopSummary, recently opened)``; ROW_ROLE returns the summary.
    """

    RECENT, TITLE, DATE, PLACE, STATUS, PARTICIPANTS, MODELS = range(7)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._all: list[tuple[WorkshopSummary, bool]] = []
        self._filter = ""

    def headers(self) -> list[str]:
        return [tr("WorkshopManager", "Recent"), tr("WorkshopManager", "Title"), tr("WorkshopManager", "Date"),
                tr("WorkshopManager", "Place"), tr("WorkshopManager", "Status"),
                tr("WorkshopManager", "Participants"), tr("WorkshopManager", "Models")]

    def key(self, row: tuple[WorkshopSummary, bool]) -> str:
        return row[0].id

    def text(self, row: tuple[WorkshopSummary, bool], column: int) -> Any:
        summary, recent = row
        return ("★" if recent else "", summary.title, date_text(summary.date), summary.place,
                status_text(summary.status), summary.participants, summary.models)[column]

    def set_workshops(self, summaries: Sequence[WorkshopSummary], recent_ids: Sequence[str]) -> None:
        by_id = {s.id: s for s in summaries}
        recent = [by_id[i] for i in dict.fromkeys(recent_ids) if i in by_id]
        recent_set = {s.id for s in recent}
        self._all = [(s, True) for s in recent] + [(s, False) for s in summaries if s.id not in recent_set]
        self.set_rows(self._matching())

    def set_filter(self, text: str) -> None:
        self._filter = text.strip().casefold()
        self.set_rows(self._matching())

    def _matching(self) -> list[tuple[WorkshopSummary, bool]]:
        return [(s, recent) for s, recent in self._all
                if self._filter in f"{s.title}\n{s.place}\n{date_text(s.date)}".casefold()]

    def summary(self, row: int) -> WorkshopSummary:
        return self.rows[row][0]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        summary, recent = self.rows[index.row()]
        column = index.column()
        if role == ROW_ROLE:
            return summary
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole) and column == self.RECENT:
            return tr("WorkshopManager", "Recently opened") if recent else tr("WorkshopManager", "Not opened lately")
        if role == Qt.ItemDataRole.FontRole and recent and column == self.TITLE:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.PARTICIPANTS, self.MODELS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().data(index, role)


class WorkshopManager(QDialog):
    """Choose the workshop to work on; ``workshop_chosen`` carries its id, and the dialog closes."""

    workshop_chosen = Signal(str)

    def __init__(self, workspace: Workspace, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.settings = settings
        self.chosen_id: str | None = None
        self.pending: FormDialog | None = None  # the open input dialog, if any (tests drive it)
        self.setWindowTitle(tr("WorkshopManager", "Workshops"))
        self.resize(860, 480)

        self.filter = QLineEdit()
        self.filter.setPlaceholderText(tr("WorkshopManager", "Filter by title, place or date…"))
        self.filter.setAccessibleName(tr("WorkshopManager", "Filter workshops"))
        self.filter.setClearButtonEnabled(True)
        self.model = WorkshopTableModel(self)
        self.table = row_table_view(self.model, tr("WorkshopManager", "Workshops"), stretch=[WorkshopTableModel.TITLE])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(WorkshopTableModel.PLACE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(WorkshopTableModel.PLACE, 16 * self.fontMetrics().averageCharWidth())
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(tr("WorkshopManager", "Status"))

        self.open_button = self._button(tr("WorkshopManager", "&Open"), self.open_selected)
        self.open_button.setDefault(True)  # Enter in the filter or the table opens
        self.new_button = self._button(tr("WorkshopManager", "&New…"), self.new_workshop, QKeySequence.StandardKey.New)
        self.rename_button = self._button(tr("WorkshopManager", "&Rename…"), self.rename_selected, "F2")
        self.duplicate_button = self._button(tr("WorkshopManager", "D&uplicate"), self.duplicate_selected, "Ctrl+D")
        self.delete_button = self._button(tr("WorkshopManager", "&Delete"), self.delete_selected,
                                          QKeySequence.StandardKey.Delete)
        self.demo_button = self._button(tr("WorkshopManager", "Create &demo workshop"), self.create_demo_workshop)
        self.undo_action = workspace.undo_stack.createUndoAction(self, tr("WorkshopManager", "Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = workspace.undo_stack.createRedoAction(self, tr("WorkshopManager", "Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.addActions([self.undo_action, self.redo_action])
        self.undo_button = QToolButton()
        self.undo_button.setDefaultAction(self.undo_action)
        self.undo_button.setAccessibleName(tr("WorkshopManager", "Undo"))
        close = self._button(tr("WorkshopManager", "Close"), self.reject)

        buttons = QHBoxLayout()
        for button in (self.open_button, self.new_button, self.rename_button, self.duplicate_button,
                       self.delete_button, self.demo_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        footer = QHBoxLayout()
        footer.addWidget(self.status, 1)
        footer.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addLayout(footer)
        layout.addLayout(buttons)

        self.filter.textChanged.connect(self._filter_changed)
        self.filter.installEventFilter(self)
        self.table.doubleClicked.connect(self.open_selected)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        workspace.data_changed.connect(self._data_changed)
        # A status that reports an edit ("Workshop duplicated") is only true while that edit stands.
        self._status_index: int | None = None
        self._status_message = ""
        self._status_command: QUndoCommand | None = None
        workspace.undo_stack.indexChanged.connect(self._undo_index_changed)
        self.refresh()
        self.filter.setFocus()

    def _data_changed(self, changes: Changes) -> None:
        # A manager the main window keeps after closing must not re-read at every captured line.
        if self.isVisible() and changes.touches(*WORKSHOP_LIST_TABLES):
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()
        super().showEvent(event)

    def _button(self, text: str, slot: Callable[[], Any], shortcut: Any = None) -> QPushButton:
        """A button, and for its shortcut an action of the dialog (a button's own shortcut clicks late)."""
        button = QPushButton(text)
        button.setAutoDefault(False)
        button.setAccessibleName(text.replace("&", ""))
        button.clicked.connect(lambda: slot())
        if shortcut is not None:
            action = QAction(text, self)
            action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(lambda: self._press(button))
            self.addAction(action)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(f"{text.replace('&', '')} ({keys})")
        return button

    @staticmethod
    def _press(button: QPushButton) -> None:
        """A shortcut does what its button does, and nothing while the button is unavailable."""
        if button.isEnabled() and button.isVisible():
            button.click()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up and down in the filter field walk the list, so the hands stay on the keys."""
        if (watched is self.filter and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() in NAVIGATION_KEYS):
            QApplication.sendEvent(self.table, event)
            return True
        return super().eventFilter(watched, event)

    # --- reading -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the workshops again, keeping the selected one selected when it still exists."""
        selected = self.selected_id()
        with self.workspace.reading() as session:
            summaries = workshop_summaries(session)
        self.model.set_workshops(summaries, self.settings.get(RECENT_WORKSHOPS))
        self.demo_button.setVisible(not summaries)
        self.select(selected)

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.summary(rows[0].row()).id if rows else None

    def select(self, workshop_id: str | None, fallback_row: int = 0) -> None:
        row = self.model.row_of(workshop_id) if workshop_id else -1
        if row < 0:
            row = min(fallback_row, self.model.rowCount() - 1)
        if row >= 0:
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.model.index(row, WorkshopTableModel.TITLE))
        else:
            self.table.clearSelection()
        self._update_buttons()

    def _tell(self, message: str, *, about_edit: bool = False) -> None:
        """Show ``message``; ``about_edit``: it reports the edit just applied, and goes when that is undone."""
        stack = self.workspace.undo_stack
        self.status.setText(message)
        self._status_message = message
        self._status_index, self._status_command = (stack.index(), stack.command(stack.index() - 1)) if about_edit \
            else (None, None)

    def _undo_index_changed(self, index: int) -> None:
        if self._status_index is None:
            return
        stack = self.workspace.undo_stack
        replaced = stack.command(self._status_index - 1) is not self._status_command  # a new edit took its place
        if not replaced and index == self._status_index:  # redone: the report is true again
            self.status.setText(self._status_message)
        elif not replaced and index == self._status_index - 1:
            self.status.setText(tr("WorkshopManager", "Undone: {action}.", action=self._status_command.text()))
        else:
            self.status.clear()
            self._status_index = self._status_command = None

    def _filter_changed(self, text: str) -> None:
        selected = self.selected_id()
        self.model.set_filter(text)
        self.select(selected)

    def _update_buttons(self) -> None:
        chosen = self.selected_id() is not None
        for button in (self.open_button, self.rename_button, self.duplicate_button, self.delete_button):
            button.setEnabled(chosen)

    # --- actions ---------------------------------------------------------------------------------

    def open_selected(self) -> None:
        workshop_id = self.selected_id()
        if workshop_id is None:
            return
        self.chosen_id = workshop_id
        self.settings.remember_workshop(workshop_id)
        self.workshop_chosen.emit(workshop_id)
        self.accept()

    def new_workshop(self) -> FormDialog:
        dialog = FormDialog(tr("WorkshopManager", "New workshop"), self)
        line = dialog.add_line(tr("WorkshopManager", "&Title:"))

        def submit() -> None:
            edit = self.workspace.apply(create_workshop(line.text()))
            self.select(edit.id)  # type: ignore[attr-defined]
            self._tell(tr("WorkshopManager", "Workshop created."), about_edit=True)
            self.open_selected()  # a new workshop is made to be worked on: open it as Enter would

        dialog.submit = submit
        return self._show(dialog)

    def rename_selected(self) -> FormDialog | None:
        workshop_id = self.selected_id()
        if workshop_id is None:
            return None
        dialog = FormDialog(tr("WorkshopManager", "Rename workshop"), self)
        title = self.model.summary(self.model.row_of(workshop_id)).title
        line = dialog.add_line(tr("WorkshopManager", "&Title:"), title)
        line.selectAll()

        def submit() -> None:
            self.workspace.apply(rename_workshop(workshop_id, line.text()))
            self._tell(tr("WorkshopManager", "Workshop renamed."), about_edit=True)

        dialog.submit = submit
        return self._show(dialog)

    def _show(self, dialog: FormDialog) -> FormDialog:
        return open_pending(self, dialog, closed=self.table.setFocus)

    def duplicate_selected(self) -> None:
        workshop_id = self.selected_id()
        if workshop_id is None:
            return
        edit = DuplicateWorkshop(workshop_id)
        if self._apply(edit):
            self.select(edit.new_id)
            self._tell(tr("WorkshopManager", "Workshop duplicated. Ctrl+Z takes the copy away again."), about_edit=True)

    def delete_selected(self) -> None:
        workshop_id = self.selected_id()
        if workshop_id is None:
            return
        row = self.model.row_of(workshop_id)
        title = self.model.summary(row).title
        if self._apply(DeleteWorkshop(workshop_id)):
            if self.workspace.workshop_id == workshop_id:
                self.workspace.open_workshop(None)
            self.select(None, fallback_row=row)
            self._tell(tr("WorkshopManager", "Workshop „{title}“ deleted. Ctrl+Z brings it back.", title=title),
                       about_edit=True)

    def create_demo_workshop(self) -> None:
        try:
            workshop_id, _created = create_demo(self.workspace.store)
        except WerkstattError as error:
            self._tell(error.message)
            return
        self.workspace.changed_outside()
        self.select(workshop_id)
        self.table.setFocus()
        self._tell(tr("WorkshopManager", "The demo workshop is ready. Press Enter to open it."))

    def _apply(self, edit: Any) -> bool:
        try:
            self.workspace.apply(edit)
        except WerkstattError as error:
            self._tell(error.message)
            return False
        return True
