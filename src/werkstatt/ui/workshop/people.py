"""The people of this laptop as a data-protection officer asks about them: who is stored, in how many
workshops, since when; erasing one person everywhere; and how long names are kept at all.

Erasing is not an edit: it cannot be undone on purpose, so the undo history, which could bring the name
back, is cleared with it. What is erased, and which backups still hold the name, is read from
``werkstatt.people.erasure`` and shown before anything happens.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from werkstatt.errors import WerkstattError
from werkstatt.i18n import tr
from werkstatt.people import erasure as people
from werkstatt.store.changes import Changes
from werkstatt.store.database import Store
from werkstatt.ui.common.forms import close_buttons
from werkstatt.ui.common.roles import ROW_ROLE
from werkstatt.ui.settings import RETENTION_MONTHS, Settings
from werkstatt.ui.workshop.dialogs import DialogHost, FormDialog, open_pending
from werkstatt.ui.workshop.manager import RowTableModel, row_table_view
from werkstatt.ui.workspace import Workspace

log = logging.getLogger(__name__)


def date_text(value: Any) -> str:
    return value.strftime("%d.%m.%Y") if value is not None else "–"


class PeopleTableModel(RowTableModel):
    NAME, FUNCTION, ORGANISATION, WORKSHOPS, LAST = range(5)

    def headers(self) -> list[str]:
        return [tr("PeopleManager", "Name"), tr("PeopleManager", "Function"), tr("PeopleManager", "Organisation"),
                tr("PeopleManager", "Workshops"), tr("PeopleManager", "Last workshop")]

    def text(self, row: people.PersonSummary, column: int) -> Any:
        return (row.name, row.function, row.organisation, row.workshops, date_text(row.last_workshop))[column]


def row_name(table: str) -> str:
    """What a data-protection officer calls the rows of ``table``."""
    names = {
        "people": tr("PeopleManager", "the person's name and function"),
        "attendances": tr("PeopleManager", "invitations to workshops (kept without the name)"),
        "round_voters": tr("PeopleManager", "voters of voting rounds (kept without the name)"),
        "workshop_notes": tr("PeopleManager", "workshop notes that name them"),
        "measures": tr("PeopleManager", "measures that name them"),
        "pain_points": tr("PeopleManager", "pain points that name them"),
        "workshops": tr("PeopleManager", "workshops that name them (facilitator, goal)"),
        "agenda_items": tr("PeopleManager", "agenda items that name them"),
        "workshop_photos": tr("PeopleManager", "photo captions that name them"),
        "sync_conflicts": tr("PeopleManager", "open sync conflicts that name them"),
    }
    return names.get(table, table)


def plan_text(plan: people.ErasePlan) -> str:
    lines = [tr("PeopleManager", "Rows concerned:")]
    lines += [f"  • {row_name(table)}: {count}" for table, count in plan.rows.items() if count]
    if plan.backups:
        lines += ["", tr("PeopleManager", "Backups that still hold the name:")]
        lines += [f"  • {path.name} ({moment.astimezone().strftime('%d.%m.%Y %H:%M')})"
                  for path, moment in plan.backups]
    held = people.held_sentences(plan.held)  # rows of other organisations' libraries: erased in the register
    if held:
        lines += ["", *held]
    return "\n".join(lines)


class ErasePersonDialog(FormDialog):
    """The plan of erasing one person; OK erases, clears the undo history and purges backups if ticked.

    Cancel is the default button: Enter on this dialog never erases anybody.
    """

    def __init__(self, workspace: Workspace, person_id: str, parent: QWidget | None = None) -> None:
        self.plan = people.erase_plan(workspace.store, person_id)
        name = self.plan.person.name
        super().__init__(tr("PeopleManager", "Erase “{name}”", name=name), parent)
        self.workspace = workspace
        intro = QLabel(tr("PeopleManager", "The name and function of “{name}” are replaced by a placeholder "
                                           "everywhere on this laptop; votes and attendance stay counted. This "
                                           "cannot be undone.", name=name))
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.details = QPlainTextEdit(plan_text(self.plan))
        self.details.setReadOnly(True)
        self.details.setAccessibleName(tr("PeopleManager", "What is erased"))
        self.form.addRow(self.details)
        history = QLabel(tr("PeopleManager", "The undo history is cleared, so that the name cannot come back."))
        history.setWordWrap(True)
        self.form.addRow(history)
        self.purge = QCheckBox(tr("PeopleManager", "Also delete these &backups"))
        self.purge.setVisible(bool(self.plan.backups))
        self.form.addRow(self.purge)
        self.ok_button.setText(tr("PeopleManager", "&Erase"))
        self.ok_button.setDefault(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        self.report: people.EraseReport | None = None
        self.submit = self._erase
        self.details.setFocus()

    def _erase(self) -> None:
        self.report = people.erase_person(self.workspace.store, self.plan.person.id,
                                          purge_backups=self.purge.isChecked())
        log.info("erased person %s: %d rows, %d backups purged", self.plan.person.id, self.report.rows,
                 len(self.report.backups_purged))
        sentence = tr("PeopleManager", "“{name}” erased.", name=self.plan.person.name)
        if not self.report.file_clean:  # another program has the database open
            sentence += " " + tr("PeopleManager", "The name leaves the database file when Werkstatt starts again.")
        self.workspace.forget_history(sentence)
        self.created.emit(self.plan.person.id)


def ask_erase(host: DialogHost, workspace: Workspace, person_id: str, parent: QWidget) -> FormDialog | None:
    """Open the erase confirmation for ``person_id`` (as ``host.pending``); a refusal becomes a sentence."""
    try:
        dialog = ErasePersonDialog(workspace, person_id, parent)
    except WerkstattError as error:
        workspace.tell(error.message)
        return None
    return open_pending(host, dialog)


def add_erase_action(host: Any, view: QAbstractItemView) -> QAction:
    """"Erase person (GDPR) …" in the context menu of ``view``, a table of participants (rows with a
    ``person_id``), which then lists the view's other actions too. ``host`` is a widget with ``workspace``
    and ``pending``."""

    def erase() -> None:
        rows = view.selectionModel().selectedRows()
        person_id = getattr(rows[0].data(ROW_ROLE), "person_id", None) if rows else None
        if person_id is not None:
            ask_erase(host, host.workspace, person_id, host)

    action = QAction(tr("PeopleManager", "Erase person (GDPR) …"), view)
    action.triggered.connect(lambda _checked=False: erase())
    view.addAction(action)
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    return action


def retention_sentence(report: people.EraseReport, months: int) -> str:
    if report.people == 1:
        return tr("PeopleManager", "1 person anonymised after {months} months", months=months)
    return tr("PeopleManager", "{count} people anonymised after {months} months", count=report.people, months=months)


def retention_at_start(store: Store, settings: Settings) -> str:
    """Anonymise the participants of workshops older than the setting; the sentence for the status bar
    ("" when nobody was anonymised or retention is off)."""
    months = settings.get(RETENTION_MONTHS)
    try:
        report = people.apply_retention(store, months or None)
    except WerkstattError as error:  # the window still opens; the names stay until the next start
        log.warning("retention after %d months failed: %s", months, error.message)
        return "⚠ " + error.message
    if report is None:
        log.info("retention of names is off")
        return ""
    log.info("retention after %d months: %d people anonymised, %d rows", months, report.people, report.rows)
    return retention_sentence(report, months) if report.people else ""


class PeopleManager(QDialog):
    """Everybody stored on this laptop, erasing one of them, and the retention of names."""

    def __init__(self, workspace: Workspace, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.settings = settings
        self.pending: FormDialog | None = None  # the open erase dialog, if any (tests drive it)
        self.setWindowTitle(tr("PeopleManager", "People"))
        self.model = PeopleTableModel(self)
        self.view = row_table_view(self.model, tr("PeopleManager", "People"), stretch=(0, 1, 2))
        buttons = QHBoxLayout()
        self.erase_action = QAction(tr("PeopleManager", "&Erase person…"), self.view)
        self.erase_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.erase_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.erase_action.triggered.connect(lambda _checked=False: self.erase_selected())
        self.view.addAction(self.erase_action)
        erase_button = QToolButton()
        erase_button.setDefaultAction(self.erase_action)
        erase_button.setAccessibleName(tr("PeopleManager", "Erase person"))
        buttons.addWidget(erase_button)
        buttons.addStretch(1)
        retention = QHBoxLayout()
        self.retention = QSpinBox()
        self.retention.setRange(0, 120)
        self.retention.setSpecialValueText(tr("PeopleManager", "never (off)"))  # 0: names are kept
        self.retention.setValue(settings.get(RETENTION_MONTHS))
        self.retention.setAccessibleName(tr("PeopleManager", "Months after the workshop"))
        self.retention.valueChanged.connect(lambda months: settings.set(RETENTION_MONTHS, months))
        retention.addWidget(QLabel(tr("PeopleManager", "Anonymise the names of participants")))
        retention.addWidget(self.retention)
        retention.addWidget(QLabel(tr("PeopleManager", "months after the workshop (when Werkstatt starts)")))
        retention.addStretch(1)
        close = close_buttons(self, tr("PeopleManager", "Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addLayout(retention)
        layout.addWidget(close)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 90)
        workspace.data_changed.connect(self._data_changed)  # a bound method: disconnected when the dialog goes
        self.refresh()
        self.view.setFocus()

    def _data_changed(self, changes: Changes) -> None:
        if changes.touches("people", "attendances", "organisations", "workshops"):
            self.refresh()

    def refresh(self) -> None:
        with self.workspace.reading() as session:
            self.model.set_rows(people.list_people(session))
        if self.model.rowCount() and not self.view.selectionModel().selectedRows():
            self.view.selectRow(0)

    def selected(self) -> people.PersonSummary | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def erase_selected(self) -> FormDialog | None:
        selected = self.selected()
        return ask_erase(self, self.workspace, selected.id, self) if selected else None
