"""The organisations of this laptop: a list with add, edit (F2), merge into …, delete, the project's six
administrations with one click, and the register's organisations when a register is known.

Every change is one undoable edit through the workspace; a refusal is shown as a sentence and a form
keeps what was typed. The edits and checks live in ``werkstatt.edits.organisations``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from werkstatt.edits import Edit
from werkstatt.edits import organisations as edits
from werkstatt.errors import EditError, WerkstattError
from werkstatt.i18n import tr
from werkstatt.model import ORGANISATION_KINDS
from werkstatt.store.changes import Changes
from werkstatt.ui.common.forms import close_buttons
from werkstatt.ui.common.roles import ROW_ROLE
from werkstatt.ui.workshop.dialogs import FormDialog, open_pending
from werkstatt.ui.workshop.manager import RowTableModel, row_table_view
from werkstatt.ui.workspace import Workspace


@dataclass(frozen=True)
class OrganisationRow:
    id: str
    name: str
    short_name: str
    kind: str


class OrganisationTableModel(RowTableModel):
    NAME, SHORT, KIND = range(3)

    def headers(self) -> list[str]:
        return [tr("OrganisationManager", "Name"), tr("OrganisationManager", "Short name"),
                tr("OrganisationManager", "Kind")]

    def text(self, row: OrganisationRow, column: int) -> Any:
        return (row.name, row.short_name, edits.kind_name(row.kind))[column]


class OrganisationForm(FormDialog):
    """Name, short name and kind of a new organisation (``existing`` None) or of one to change.

    ``workshop_id``: a new organisation also takes part in that workshop.
    """

    def __init__(self, workspace: Workspace, existing: OrganisationRow | None = None, parent: QWidget | None = None,
                 *, workshop_id: str | None = None) -> None:
        super().__init__(tr("OrganisationManager", "Organisation"), parent)
        self.workspace = workspace
        self.existing = existing
        self.workshop_id = workshop_id
        self.name = self.add_line(tr("OrganisationManager", "&Name:"), existing.name if existing else "")
        self.short_name = self.add_line(tr("OrganisationManager", "&Short name:"),
                                        existing.short_name if existing else "")
        self.kind = QComboBox()
        self.kind.setAccessibleName(tr("OrganisationManager", "Kind"))
        for code in ORGANISATION_KINDS:
            self.kind.addItem(edits.kind_name(code), code)
        self.kind.setCurrentIndex(max(0, self.kind.findData(existing.kind if existing else "stadt")))
        self.form.addRow(tr("OrganisationManager", "&Kind:"), self.kind)
        self.submit = self._apply
        self.name.setFocus()

    def edit(self) -> Edit:
        values = {"short_name": self.short_name.text(), "kind": self.kind.currentData()}
        if self.existing is None:
            return edits.AddOrganisation(self.name.text(), workshop_id=self.workshop_id, **values)
        return edits.EditOrganisation(self.existing.id, name=self.name.text(), **values)

    def _apply(self) -> None:
        edit = self.workspace.apply(self.edit())
        if isinstance(edit, edits.AddOrganisation) and edit.organisation_id:
            self.created.emit(edit.organisation_id)


class MergeForm(FormDialog):
    """Merge ``source`` into the organisation picked here."""

    def __init__(self, workspace: Workspace, source: OrganisationRow, others: list[OrganisationRow],
                 parent: QWidget | None = None) -> None:
        super().__init__(tr("OrganisationManager", "Merge “{name}” into …", name=source.name), parent)
        self.workspace = workspace
        self.source = source
        explanation = QLabel(tr("OrganisationManager", "Participants, lanes, measures and processes of “{name}” "
                                                       "then belong to the organisation chosen here; “{name}” is "
                                                       "removed.", name=source.name))
        explanation.setWordWrap(True)
        self.form.addRow(explanation)
        self.target = QComboBox()
        self.target.setAccessibleName(tr("OrganisationManager", "Merge into"))
        for other in others:
            self.target.addItem(other.name, other.id)
        self.form.addRow(tr("OrganisationManager", "&Into:"), self.target)
        self.submit = self._apply
        self.target.setFocus()

    def _apply(self) -> None:
        if self.target.currentData() is None:
            raise EditError(tr("OrganisationManager", "There is no other organisation to merge into."))
        self.workspace.apply(edits.MergeOrganisations(self.source.id, self.target.currentData()))
        self.created.emit(self.target.currentData())


class OrganisationManager(QDialog):
    """The list of organisations and what can be done with them."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.pending: FormDialog | None = None  # the open form, if any (tests drive it)
        self.setWindowTitle(tr("OrganisationManager", "Organisations"))
        self.model = OrganisationTableModel(self)
        self.view = row_table_view(self.model, tr("OrganisationManager", "Organisations"), stretch=(0,))
        self.view.activated.connect(lambda _index: self.edit_selected())
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(tr("OrganisationManager", "Message"))
        buttons = QHBoxLayout()
        self.actions: dict[str, QAction] = {}
        for key, text, shortcut, slot in (
            ("add", tr("OrganisationManager", "&New…"), "Ins", self.add),
            ("edit", tr("OrganisationManager", "&Edit…"), "F2", self.edit_selected),
            ("merge", tr("OrganisationManager", "&Merge into…"), None, self.merge_selected),
            ("delete", tr("OrganisationManager", "&Delete"), QKeySequence.StandardKey.Delete, self.delete_selected),
        ):
            self.actions[key] = self._action(text, shortcut, slot, buttons)
        buttons.addStretch(1)
        self.starter_button = QPushButton(tr("OrganisationManager", "Starting set: the project's six administrations"))
        self.starter_button.clicked.connect(self.add_starting_set)
        register_row = QHBoxLayout()
        self.register_choice = QComboBox()
        self.register_choice.setAccessibleName(tr("OrganisationManager", "Organisations of the register"))
        self.register_button = QPushButton(tr("OrganisationManager", "Add from the &register"))
        self.register_button.clicked.connect(self.add_from_register)
        register_row.addWidget(self.register_choice, 1)
        register_row.addWidget(self.register_button)
        close = close_buttons(self, tr("OrganisationManager", "Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.starter_button)
        layout.addLayout(register_row)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)
        workspace.data_changed.connect(self._data_changed)  # a bound method: disconnected when the dialog goes
        self.refresh()
        self.view.setFocus()

    def _data_changed(self, changes: Changes) -> None:
        if changes.touches("organisations", "sync_registers"):
            self.refresh()

    def _action(self, text: str, shortcut: Any, slot: Callable[[], Any], layout: QHBoxLayout) -> QAction:
        action = QAction(text, self.view)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.view.addAction(action)
        button = QToolButton()
        button.setDefaultAction(action)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        layout.addWidget(button)
        return action

    # --- reading ---------------------------------------------------------------------------------------

    def refresh(self) -> None:
        from werkstatt.model import SyncRegister
        from werkstatt.sync.gui_support import register_organisations

        selected = self.selected()
        with self.workspace.reading() as session:
            rows = [OrganisationRow(o.id, o.name, o.short_name, o.kind) for o in edits.live_organisations(session)]
            missing = edits.missing_administrations(session)
            register = SyncRegister.current(session)
            url = register.url if register else ""
        self.model.set_rows(rows)
        self.select(selected.id if selected else None)
        self.starter_button.setEnabled(bool(missing))
        known = {key.casefold() for row in rows for key in (row.name, row.short_name) if key}
        self.register_choice.clear()
        for org in register_organisations(url) if url else ():
            if not {org.name.casefold(), org.short_name.casefold()} & known:
                self.register_choice.addItem(org.label, (org.name, org.short_name, org.kind))
        has_register = self.register_choice.count() > 0
        self.register_choice.setVisible(has_register)
        self.register_button.setVisible(has_register)

    def selected(self) -> OrganisationRow | None:
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        return rows[0].data(ROW_ROLE) if rows else None

    def select(self, organisation_id: str | None) -> None:
        row = self.model.row_of(organisation_id) if organisation_id else -1
        if 0 <= row < self.model.rowCount():
            self.view.selectRow(row)
            self.view.setCurrentIndex(self.model.index(row, 0))

    # --- changing --------------------------------------------------------------------------------------

    def _run(self, edit: Callable[[], Edit]) -> bool:
        try:
            self.workspace.apply(edit())
        except WerkstattError as error:
            self.message.setText(error.message)
            return False
        self.message.clear()
        return True

    def _open(self, form: FormDialog) -> FormDialog:
        form.created.connect(self.select)
        return open_pending(self, form, closed=self.view.setFocus)

    def add(self) -> FormDialog:
        return self._open(OrganisationForm(self.workspace, None, self))

    def edit_selected(self) -> FormDialog | None:
        selected = self.selected()
        return self._open(OrganisationForm(self.workspace, selected, self)) if selected else None

    def merge_selected(self) -> FormDialog | None:
        selected = self.selected()
        if selected is None:
            return None
        others = [row for row in self.model.rows if row.id != selected.id]
        return self._open(MergeForm(self.workspace, selected, others, self))

    def delete_selected(self) -> None:
        selected = self.selected()
        if selected is not None:
            row = self.model.row_of(selected.id)
            if self._run(lambda: edits.DeleteOrganisation(selected.id)) and self.model.rowCount():
                self.view.selectRow(min(row, self.model.rowCount() - 1))

    def add_starting_set(self) -> None:
        self._run(edits.AddStartingSet)

    def add_from_register(self) -> None:
        chosen = self.register_choice.currentData()
        if chosen is not None:
            name, short, kind = chosen
            self._run(lambda: edits.AddOrganisation(name, short_name=short,
                                                    kind=kind if kind in ORGANISATION_KINDS else "other"))
