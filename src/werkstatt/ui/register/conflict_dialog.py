"""The open sync conflicts, both versions side by side, and the three ways to resolve one.

A resolution is not a step of the undo history (see ``werkstatt.sync.conflicts``): it changes what
the next sync sends. Taking the register's version replaces this laptop's, so that one is asked
about first; keeping both keeps everything.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from werkstatt.errors import WerkstattError
from werkstatt.i18n import tr
from werkstatt.sync.conflicts import ConflictView
from werkstatt.ui.common.roles import ID_ROLE
from werkstatt.ui.workspace import Workspace

# A pale amber that keeps black text readable; the bold font and the "≠" carry the meaning without colour.
DIFFERING_BACKGROUND = QColor("#fff1c2")
MARKER = "≠ "
FIELD, MINE, THEIRS = range(3)


class ConflictDialog(QDialog):
    """Lists the open conflicts; the buttons resolve the selected one."""

    resolved = Signal(str)  # the sentence saying what a resolution did

    def __init__(self, workspace: Workspace, parent: QWidget | None = None, *,
                 warn: Callable[[str], object] | None = None,
                 confirm: Callable[[str], bool] | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.warn = warn or (lambda message: QMessageBox.warning(self, tr("ConflictDialog", "Conflicts"), message))
        self.confirm = confirm or self._confirm_with_box
        self.conflicts: list[ConflictView] = []
        self.names: dict[str, str] = {}
        self.setWindowTitle(tr("ConflictDialog", "Sync conflicts"))
        self._build()
        self.reload()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        intro = QLabel(tr("ConflictDialog", "These rows were changed on this laptop and in the register since the "
                                            "last sync. Nothing was overwritten; choose which version counts. The "
                                            "next sync carries the choice out."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.list = QListWidget(splitter)
        self.list.setAccessibleName(tr("ConflictDialog", "Open conflicts"))
        self.list.currentRowChanged.connect(self._show_selected)
        self.table = QTableWidget(0, 3, splitter)
        self.table.setHorizontalHeaderLabels([tr("ConflictDialog", "Field"), tr("ConflictDialog", "My version"),
                                              tr("ConflictDialog", "Version in the register")])
        self.table.setAccessibleName(tr("ConflictDialog", "Both versions side by side"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.setTabKeyNavigation(False)  # read-only: Tab goes on to the buttons, arrows move in the table
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(FIELD, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MINE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(THEIRS, QHeaderView.ResizeMode.Stretch)
        # Wrapped cells get their height once the columns have their final width.
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        char = self.fontMetrics().averageCharWidth()
        self.list.setMinimumWidth(char * 28)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([char * 36, char * 100])
        layout.addWidget(splitter, 1)
        self.legend = QLabel(tr("ConflictDialog", "Fields that differ are marked with ≠ and printed in bold."), self)
        layout.addWidget(self.legend)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(tr("ConflictDialog", "What was done"))
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.keep_mine = QPushButton(tr("ConflictDialog", "Keep &mine"), self)
        self.take_theirs = QPushButton(tr("ConflictDialog", "Take &theirs"), self)
        self.keep_both = QPushButton(tr("ConflictDialog", "Keep &both (mine as a variant)"), self)
        self.keep_mine.setToolTip(tr("ConflictDialog", "The next sync sends your version as a new revision."))
        self.take_theirs.setToolTip(tr("ConflictDialog", "The register's version replaces yours on this laptop."))
        self.keep_both.setToolTip(tr("ConflictDialog", "Your version of the whole model becomes a variant based on "
                                                       "the original; the original takes the register's version."))
        self.keep_mine.clicked.connect(lambda: self.resolve_selected("mine"))
        self.take_theirs.clicked.connect(lambda: self.resolve_selected("theirs"))
        self.keep_both.clicked.connect(lambda: self.resolve_selected("both"))
        for button in (self.keep_mine, self.take_theirs, self.keep_both):
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setTabOrder(self.list, self.table)
        self.setTabOrder(self.table, self.keep_mine)
        self.setTabOrder(self.keep_mine, self.take_theirs)
        self.setTabOrder(self.take_theirs, self.keep_both)
        self.resize(self.fontMetrics().averageCharWidth() * 140, self.fontMetrics().height() * 36)

    # --- showing -----------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the open conflicts again, keeping the selection where it can."""
        from werkstatt.sync.conflicts import open_conflicts
        from werkstatt.sync.gui_support import reference_names

        before = self.selected()
        with self.workspace.reading() as session:
            self.conflicts = open_conflicts(session)
            self.names = reference_names(session, self.conflicts)
        self.list.blockSignals(True)
        self.list.clear()
        for conflict in self.conflicts:
            item = QListWidgetItem(conflict.what, self.list)
            item.setData(ID_ROLE, conflict.id)
        self.list.blockSignals(False)
        ids = [conflict.id for conflict in self.conflicts]
        row = ids.index(before.id) if before is not None and before.id in ids else 0
        empty = not self.conflicts
        for button in (self.keep_mine, self.take_theirs, self.keep_both):
            button.setEnabled(not empty)
        if empty:
            self.table.setRowCount(0)
            self.message.setText(tr("ConflictDialog", "There are no open conflicts."))
            return
        self.list.setCurrentRow(row)
        self._show_selected(row)
        self.list.setFocus()

    def selected(self) -> ConflictView | None:
        row = self.list.currentRow()
        return self.conflicts[row] if 0 <= row < len(self.conflicts) else None

    def _show_selected(self, _row: int) -> None:
        from werkstatt.sync.gui_support import comparison_rows

        conflict = self.selected()
        rows = comparison_rows(conflict, self.names) if conflict is not None else []
        self.table.setRowCount(len(rows))
        bold = QFont(self.table.font())
        bold.setBold(True)
        for index, row in enumerate(rows):
            cells = (MARKER + row.field if row.differs else row.field, row.mine, row.theirs)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if row.differs:
                    item.setFont(bold)
                    item.setBackground(QBrush(DIFFERING_BACKGROUND))
                    item.setForeground(QBrush(QColor("black")))
                    item.setToolTip(tr("ConflictDialog", "This field differs."))
                self.table.setItem(index, column, item)
        self.table.resizeRowsToContents()
        first_difference = next((index for index, row in enumerate(rows) if row.differs), None)
        if first_difference is not None:
            self.table.scrollToItem(self.table.item(first_difference, FIELD))

    # --- resolving ---------------------------------------------------------------------------------

    def _confirm_with_box(self, question: str) -> bool:
        answer = QMessageBox.question(self, tr("ConflictDialog", "Take theirs"), question,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def resolve_selected(self, choice: str) -> str | None:
        """Resolve the selected conflict with "mine", "theirs" or "both"; returns the sentence or None."""
        from werkstatt.sync.conflicts import resolve

        conflict = self.selected()
        if conflict is None:
            return None
        question = tr("ConflictDialog", "Replace your version of {what} on this laptop with the register's? Yours "
                                        "cannot be brought back afterwards; “Keep both” keeps it as a variant.",
                      what=conflict.what)
        if choice == "theirs" and not self.confirm(question):
            return None
        try:
            sentence = resolve(self.workspace.store, conflict.id, choice)
        except WerkstattError as error:
            self.warn(error.message)
            self.reload()
            return None
        self.workspace.changed_outside(sentence)
        self.resolved.emit(sentence)
        self.reload()
        self.message.setText(sentence if self.conflicts else
                             sentence + " " + tr("ConflictDialog", "There are no open conflicts."))
        if not self.conflicts:
            self.accept()
        return sentence
