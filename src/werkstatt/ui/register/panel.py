"""The process register in the window: search and filters, the fact sheet, who models what, adopting.

All logic is in ``werkstatt.library``; this module only shows its answers and sends edits through
``workspace.apply``, so every change is undoable and views refresh on ``workspace.data_changed``.
Library rows of other organisations are shown read-only, with the owner named.
The tables' Qt model and columns are in ``werkstatt.ui.register.models``, the search field, the
filters and the paged hits in ``werkstatt.ui.register.search``.

The panel reads nothing until it is first shown, and then only after that frame is on the screen:
the window does not wait for the library. Afterwards it searches again only when the library
changed (``library_version``); hidden, it just remembers that something may have.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDockWidget,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from werkstatt.errors import WerkstattError
from werkstatt.i18n import tr
from werkstatt.library import kind_word, status_word
from werkstatt.library.adopt import AdoptModel
from werkstatt.library.division import ModelEntry, by_organisation, division_of_labour
from werkstatt.library.fact_sheet import EditFactSheet
from werkstatt.library.product_areas import product_areas
from werkstatt.library.search import ProcessQuery
from werkstatt.model import PROCESS_STATUSES, Organisation, Process
from werkstatt.store.changes import LIBRARY_TABLES, Changes
from werkstatt.sync.ownership import current_register, library_owner_name
from werkstatt.ui.common.roles import ROW_ROLE
from werkstatt.ui.common.rows import RowsModel, rows_view
from werkstatt.ui.common.sizing import compact_combo, title_width
from werkstatt.ui.register.models import division_columns, load_columns
from werkstatt.ui.register.offline import OfflineControls
from werkstatt.ui.register.search import SEARCH_DELAY_MS, RegisterSearch, fill, library_version, offered_models
from werkstatt.ui.workspace import Workspace

__all__ = ["SEARCH_DELAY_MS", "CommittingTextEdit", "RegisterPanel", "offered_models"]


class CommittingTextEdit(QPlainTextEdit):
    """A multi-line field that says when the user leaves it, like QLineEdit.editingFinished."""

    editingFinished = Signal()

    def focusOutEvent(self, event: Any) -> None:
        super().focusOutEvent(event)
        self.editingFinished.emit()


class RegisterPanel(QWidget):
    """Browse and search the register, edit own fact sheets, see the Arbeitsteilung, adopt library models."""

    openModelRequested = Signal(str)  # a model id; the main window opens it

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setAccessibleName(tr("RegisterPanel", "Process register"))
        self.process_id: str | None = None
        self._loading = False
        self._division_stale = True
        # What the library looked like when the panel last read it; None: never read yet.
        self._library_seen: tuple[Any, ...] | None = None
        self._maybe_changed = True  # data_changed came while hidden (or nothing was read yet)
        self._dock: QDockWidget | None = None
        self.searching = RegisterSearch(workspace, self)
        self.searching.requested.connect(self.refresh_results)
        self.search_timer = self.searching.timer
        self.search = self.searching.field
        self.include_library = self.searching.include_library
        self.results_model = self.searching.results_model
        self.hits_label = self.searching.hits_label
        self.more_button = self.searching.more_button
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_processes_tab(), tr("RegisterPanel", "&Processes"))
        self.tabs.addTab(self._build_division_tab(), tr("RegisterPanel", "&Division of labour"))
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(self._build_filters())
        layout.addWidget(self.tabs, 1)
        workspace.data_changed.connect(self._data_changed)

    # --- building ----------------------------------------------------------------------------------

    def _build_filters(self) -> QGridLayout:
        self.map_button = QPushButton(tr("RegisterPanel", "Process &map…"))
        self.map_button.setAccessibleName(tr("RegisterPanel", "Show the process map"))
        self.map_button.clicked.connect(self.show_process_map)
        grid = self.searching.build_grid(self.map_button)
        self.area_filter = self.searching.area_filter
        self.status_filter = self.searching.status_filter
        self.organisation_filter = self.searching.organisation_filter
        self.lead_filter = self.searching.lead_filter
        return grid

    def _build_processes_tab(self) -> QWidget:
        self.results = QTableView()
        self.results.setModel(self.results_model)
        self.results.setAccessibleName(tr("RegisterPanel", "Processes found"))
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setTabKeyNavigation(False)
        self.results.verticalHeader().hide()
        self.results.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.results.horizontalHeader().setStretchLastSection(True)
        # Fixed starting widths: sizing to contents would read every row of a large register.
        for column, width in enumerate((190, 90, 260, 95, 120, 120, 60, 70)):
            self.results.setColumnWidth(column, max(width, title_width(self.results.horizontalHeader(), column)))
        self.results.selectionModel().currentRowChanged.connect(self._current_changed)
        self.results.activated.connect(lambda _index: self.open_first_model())
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.results, 1)
        below = QHBoxLayout()
        below.addWidget(self.hits_label, 1)
        below.addWidget(self.more_button)
        left_layout.addLayout(below)
        splitter = QSplitter()
        splitter.addWidget(left)
        # The fact sheet scrolls: its form is taller than the dock on a 768-line laptop screen.
        sheet = QScrollArea()
        sheet.setWidget(self._build_fact_sheet())
        sheet.setWidgetResizable(True)
        sheet.setFrameShape(QFrame.Shape.NoFrame)
        splitter.addWidget(sheet)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        return splitter

    def _build_fact_sheet(self) -> QWidget:
        sheet = QWidget()
        sheet.setAccessibleName(tr("RegisterPanel", "Fact sheet"))
        self.library_note = QLabel()
        self.library_note.setWordWrap(True)
        self.library_note.setStyleSheet("font-weight: bold")
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020")
        self.fields: dict[str, QWidget] = {}
        form = QFormLayout()

        def line(name: str, label: str) -> QLineEdit:
            edit = QLineEdit()
            edit.editingFinished.connect(lambda: self.commit(name))
            self._add_field(form, name, label, edit)
            return edit

        def combo(name: str, label: str) -> QComboBox:
            box = compact_combo(QComboBox())
            box.activated.connect(lambda _index: self.commit(name))
            self._add_field(form, name, label, box)
            return box

        line("name", tr("RegisterPanel", "N&ame:"))
        line("register_key", tr("RegisterPanel", "Register &key:"))
        combo("product_area", tr("RegisterPanel", "Product area:"))
        combo("status", tr("RegisterPanel", "Status:"))
        line("leika_key", tr("RegisterPanel", "LeiKa ke&y:"))
        combo("owner_organisation_id", tr("RegisterPanel", "Owner:"))
        combo("lead_organisation_id", tr("RegisterPanel", "Lead (models for all):"))
        line("case_volume", tr("RegisterPanel", "Case volume per year:"))
        line("legal_basis", tr("RegisterPanel", "Legal basis:"))
        line("tags", tr("RegisterPanel", "Tags (comma-separated):"))
        description = CommittingTextEdit()
        description.setTabChangesFocus(True)
        description.setMaximumHeight(120)
        description.editingFinished.connect(lambda: self.commit("description"))
        self._add_field(form, "description", tr("RegisterPanel", "Description:"), description)
        self.models = QListWidget()
        self.models.setAccessibleName(tr("RegisterPanel", "Models of the process"))
        self.models.itemActivated.connect(lambda _item: self.open_selected_model())
        self.models.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.open_button = QPushButton(tr("RegisterPanel", "Open"))
        self.open_button.setAccessibleName(tr("RegisterPanel", "Open the selected model"))
        self.open_button.clicked.connect(self.open_selected_model)
        self.adopt_button = QPushButton(tr("RegisterPanel", "Adop&t as own variant"))
        self.adopt_button.setAccessibleName(tr("RegisterPanel", "Adopt the selected model as own variant"))
        self.adopt_button.clicked.connect(self.adopt_selected_model)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.adopt_button)
        buttons.addStretch(1)
        models_label = QLabel(tr("RegisterPanel", "Models:"))
        models_label.setBuddy(self.models)
        layout = QVBoxLayout(sheet)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.library_note)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(models_label)
        layout.addWidget(self.models, 1)
        self.offline = OfflineControls(self.workspace)
        layout.addWidget(self.offline)
        layout.addLayout(buttons)
        return sheet

    def _add_field(self, form: QFormLayout, name: str, label: str, widget: QWidget) -> None:
        caption = QLabel(label)
        caption.setBuddy(widget)
        widget.setAccessibleName(label.replace("&", "").rstrip(":"))
        form.addRow(caption, widget)
        self.fields[name] = widget

    def _build_division_tab(self) -> QWidget:
        self.division_model = RowsModel(division_columns(), self)
        self.division = rows_view(self.division_model, tr("RegisterPanel", "Who models which process"))
        self.division.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.division.horizontalHeader().setStretchLastSection(True)
        self.load_model = RowsModel(load_columns(), self)
        self.loads = rows_view(self.load_model, tr("RegisterPanel", "Processes per organisation"))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.division)
        splitter.addWidget(self.loads)
        splitter.setStretchFactor(0, 3)
        return splitter

    # --- reading -----------------------------------------------------------------------------------

    def _organisations(self) -> list[tuple[str, str]]:
        with self.workspace.reading() as session:
            return [(o.id, o.name) for o in session.scalars(
                select(Organisation).where(Organisation.deleted.is_(False)).order_by(Organisation.name))]

    def refresh_filters(self) -> None:
        organisations = [(name, organisation_id) for organisation_id, name in self._organisations()]
        self.searching.refresh_filters(organisations)
        none = tr("RegisterPanel", "(none)")
        fill(self.fields["product_area"], [(area, area) for area in product_areas()], none)
        fill(self.fields["status"], [(status_word(s), s) for s in PROCESS_STATUSES], None)
        fill(self.fields["owner_organisation_id"], organisations, none)
        fill(self.fields["lead_organisation_id"], organisations, none)

    def query(self) -> ProcessQuery:
        return self.searching.query()

    def refresh_results(self) -> None:
        """Search (the first page) and keep the process on the form selected when it is among the hits."""
        hits = self.searching.run()
        row = next((i for i, hit in enumerate(hits) if hit.id == self.process_id), None)
        if row is None and hits:
            row = 0
        if row is not None:
            self.results.selectRow(row)
            self.results.setCurrentIndex(self.results_model.index(row, 0))
        self.show_process(hits[row].id if row is not None else None)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        hit = current.data(ROW_ROLE) if current.isValid() else None
        if hit is not None and hit.id != self.process_id:
            self.show_process(hit.id)

    def in_view(self) -> bool:
        """Shown and not behind another tab: a tabbed dock that is not current is not hidden by Qt but
        moved out of view, so ``isVisible`` alone says True for the register lying behind the findings."""
        return self.isVisible() and not self.visibleRegion().isEmpty()

    def _data_changed(self, changes: Changes) -> None:
        if not changes.touches(*LIBRARY_TABLES):
            return  # a captured step, a pain point, a vote: nothing the register shows
        self._maybe_changed = True
        if self.in_view():
            self.load_if_changed()
        # Hidden: nothing is read. Every captured step emits data_changed; the keystroke path must not
        # pay for the register, not even for asking whether it changed.

    def load_if_changed(self) -> bool:
        """Read again if the library changed since the panel last read it (or never did); whether it did."""
        if not self._maybe_changed or not self.in_view():
            return False
        self._maybe_changed = False
        with self.workspace.reading() as session:
            version = library_version(session)
        if version == self._library_seen:
            return False  # an edit of steps, findings or votes: the library is as it was
        self._library_seen = version
        self._division_stale = True
        self.refresh_filters()
        self.refresh_results()
        if self.tabs.currentIndex() == 1:
            self.refresh_division()
        return True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._follow_dock()
        self._come_into_view(True)

    def _come_into_view(self, visible: bool) -> None:
        if visible and self._maybe_changed:
            # After the frame that shows the panel: the dock (or the window) appears first, then its rows.
            QTimer.singleShot(0, self.load_if_changed)

    def _follow_dock(self) -> None:
        """The dock's tab coming to the front is no show event for the panel: its dock says so instead."""
        widget = self.parentWidget()
        while widget is not None and not isinstance(widget, QDockWidget):
            widget = widget.parentWidget()
        if widget is not None and widget is not self._dock:
            self._dock = widget
            widget.visibilityChanged.connect(self._come_into_view)

    def _tab_changed(self, index: int) -> None:
        if index == 1 and self._division_stale:
            self.refresh_division()

    def refresh_division(self) -> None:
        with self.workspace.reading() as session:
            rows = division_of_labour(session)
            loads = by_organisation(session, rows)
        self.division_model.set_rows(rows)
        self.load_model.set_rows(loads)
        self.division.resizeColumnsToContents()
        self.loads.resizeColumnsToContents()
        self._division_stale = False

    # --- the fact sheet ----------------------------------------------------------------------------

    def show_process(self, process_id: str | None) -> None:
        """Fill the form from the database; library rows of other organisations are read-only."""
        self._loading = True
        self.process_id = process_id
        self.error_label.clear()
        owner: str | None = None
        models: list[ModelEntry] = []
        process: Process | None = None
        with self.workspace.reading() as session:
            if process_id is not None:
                process = session.get(Process, process_id)
                owner = library_owner_name(session, "processes", process_id)
                models = next((row.models for row in division_of_labour(session, process_id=process_id)), [])
        values: dict[str, Any] = {name: getattr(process, name, None) for name in self.fields}
        for name, widget in self.fields.items():
            value = values[name]
            if isinstance(widget, QLineEdit):
                widget.setText("" if value is None else str(value))
                widget.setReadOnly(owner is not None)
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value or "")
                widget.setReadOnly(owner is not None)
            elif isinstance(widget, QComboBox):
                found = widget.findData(value or "")
                if found < 0 and value:  # a value not (or no longer) offered, e.g. another organisation's area
                    widget.addItem(str(value), value)
                    found = widget.count() - 1
                widget.setCurrentIndex(max(0, found))
            # Read-only text stays selectable and readable; a combo box cannot be read-only, only disabled.
            widget.setEnabled(process is not None and (owner is None or not isinstance(widget, QComboBox)))
        self.library_note.setText(tr("RegisterPanel", "From the library of {organisation}: read-only; adopt a model "
                                                      "to work on it.", organisation=owner) if owner else "")
        self.library_note.setVisible(owner is not None)
        self.models.clear()
        for model in models:
            text = f"{model.name} — {kind_word(model.kind)}"
            if model.organisation_name:
                text += f", {model.organisation_name}"
            if model.adopted:
                text += tr("RegisterPanel", " (adopted)")
            if model.is_library:
                text += tr("RegisterPanel", " [library]")
            item = QListWidgetItem(text)
            item.setData(ROW_ROLE, model.id)
            self.models.addItem(item)
        self.offline.show_for(process_id)
        if self.models.count():
            self.models.setCurrentRow(0)
        self._update_buttons()
        self._loading = False

    def is_read_only(self) -> bool:
        return self.library_note.isVisible() or self.process_id is None

    def _field_value(self, name: str) -> Any:
        widget = self.fields[name]
        if isinstance(widget, QLineEdit):
            return widget.text()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        assert isinstance(widget, QComboBox)
        return widget.currentData() or ("" if name == "product_area" else None)

    def commit(self, name: str) -> bool:
        """Store one field of the form as an undoable edit; a refusal keeps the typed text and says why."""
        if self._loading or self.process_id is None or self.is_read_only():
            return False
        try:
            edit = EditFactSheet(self.process_id, **{name: self._field_value(name)})
            with self.workspace.reading() as session:
                process = session.get(Process, self.process_id)
                if process is not None and getattr(process, name) == edit.changes[name]:
                    return False  # nothing changed: no empty step on the undo stack
            self.workspace.apply(edit)
        except WerkstattError as error:
            self.error_label.setText(error.message)
            self.workspace.failed.emit(error.message)
            return False
        return True

    # --- models: open and adopt --------------------------------------------------------------------

    def selected_model_id(self) -> str | None:
        item = self.models.currentItem()
        return item.data(ROW_ROLE) if item is not None else None

    def _update_buttons(self) -> None:
        # A model whose content is not on this laptop would open (or be adopted) empty.
        chosen = self.selected_model_id() is not None and not self.offline.catalogue_only
        self.open_button.setEnabled(chosen)
        self.adopt_button.setEnabled(chosen)

    def open_selected_model(self) -> None:
        model_id = self.selected_model_id()
        if model_id:
            self.openModelRequested.emit(model_id)

    def open_first_model(self) -> None:
        if self.models.count():
            self.models.setCurrentRow(0)
            self.open_selected_model()

    def adopting_organisation(self) -> str | None:
        """The organisation this laptop syncs as; without a register, the user says which one."""
        with self.workspace.reading() as session:
            register = current_register(session)
            if register is not None:
                return register.organisation_id
        organisations = self._organisations()
        if not organisations:
            self.workspace.tell(tr("RegisterPanel", "There is no organisation that could adopt the model."))
            return None
        return self.ask_organisation(organisations)

    def ask_organisation(self, organisations: list[tuple[str, str]]) -> str | None:
        dialog = QInputDialog(self)
        dialog.setWindowTitle(tr("RegisterPanel", "Adopt as own variant"))
        dialog.setLabelText(tr("RegisterPanel", "Which organisation adopts the model?"))
        dialog.setComboBoxItems([name for _id, name in organisations])
        dialog.setComboBoxEditable(False)
        dialog.setAccessibleName(tr("RegisterPanel", "Choose the adopting organisation"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        chosen = dialog.textValue()
        return next((organisation_id for organisation_id, name in organisations if name == chosen), None)

    def adopt_selected_model(self) -> str | None:
        """Copy the selected model into a new own variant; returns the new model's id."""
        model_id = self.selected_model_id()
        if not model_id:
            return None
        organisation_id = self.adopting_organisation()
        if organisation_id is None:
            return None
        edit = AdoptModel(model_id, organisation_id)
        if not self.workspace.try_apply(edit):
            return None
        for row in range(self.models.count()):
            if self.models.item(row).data(ROW_ROLE) == edit.new_model_id:
                self.models.setCurrentRow(row)
        return edit.new_model_id

    def show_process_map(self) -> QDialog:
        from werkstatt.ui.register.map_dialog import ProcessMapDialog

        dialog = ProcessMapDialog(self.workspace.store, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.openProcessRequested.connect(self.show_process)
        dialog.show()
        return dialog

