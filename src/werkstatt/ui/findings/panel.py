"""The pain point and measure tables: item models over werkstatt.read.findings, and the panel that shows them.

The models read plain rows and write only through ``workspace.try_apply``, so a cell edit is one
undoable, committed edit; a refused value becomes ``workspace.failed`` and the cell keeps its value.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, ClassVar

from PySide6.QtCore import (
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QSizePolicy,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from werkstatt.edits import DeleteMeasure, DeletePainPoint, Edit, Macro, finding_fields
from werkstatt.i18n import tr
from werkstatt.read import findings
from werkstatt.read.findings import MeasureRow, PainPointRow
from werkstatt.store.changes import Changes
from werkstatt.ui.common.roles import ROW_ROLE, SORT_ROLE
from werkstatt.ui.common.rows import StoreRowsModel
from werkstatt.ui.findings.dialogs import ChoiceDelegate, RatingDelegate, ask_links, ask_measure, ask_pain_point
from werkstatt.ui.findings.table import FindingsTable

__all__ = ["FindingsPanel", "FindingsTable", "MeasureTableModel", "PainPointTableModel"]
from werkstatt.ui.workspace import Workspace

Index = QModelIndex | QPersistentModelIndex


class PainPointTableModel(StoreRowsModel):
    """The pain points of the open model; text, category and severity can be edited in place."""

    COL_STEP, COL_LANE, COL_CATEGORY, COL_SEVERITY, COL_TEXT, COL_MEASURES = range(6)
    EDITABLE = frozenset({COL_CATEGORY, COL_SEVERITY, COL_TEXT})

    def headers(self) -> Sequence[str]:
        return (tr("FindingsPanel", "Step"), tr("FindingsPanel", "Lane"), tr("FindingsPanel", "Category"),
                tr("FindingsPanel", "Severity"), tr("FindingsPanel", "Pain point"), tr("FindingsPanel", "Measures"))

    def concerns(self, changes: Changes) -> bool:
        # A captured step concerns this table only when a pain point sits on it (its label or lane shows here).
        return changes.touches("pain_points", "measures", "measure_pain_points", "lanes") or changes.touches_ids(
            "steps", {row.step_id for row in self.rows if row.step_id})

    def read(self) -> list[PainPointRow]:
        if not self.workspace.model_id:
            return []
        with self.workspace.reading() as session:
            return findings.pain_points(session, self.workspace.model_id)

    def cell(self, row: PainPointRow, column: int, role: int, number: int) -> Any:
        display = role == Qt.ItemDataRole.DisplayRole
        if column == self.COL_STEP:
            if display or role == Qt.ItemDataRole.ToolTipRole:
                return row.step_label or tr("FindingsPanel", "(whole process)")
            if role == SORT_ROLE:
                return number  # the rows come in capture order
        elif column == self.COL_LANE:
            if display or role == SORT_ROLE:
                return row.lane
        elif column == self.COL_CATEGORY:
            if display or role == SORT_ROLE:
                return findings.category_name(row.category)
            if role == Qt.ItemDataRole.EditRole:
                return row.category
        elif column == self.COL_SEVERITY:
            if display or role in (Qt.ItemDataRole.EditRole, SORT_ROLE):
                return row.severity
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
        elif column == self.COL_TEXT:
            if display or role in (Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole):
                return row.text
            if role == SORT_ROLE:
                return row.text.casefold()
        elif column == self.COL_MEASURES:
            if display or role == SORT_ROLE:
                return row.measure_count
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
        return None

    FIELDS: ClassVar[dict[int, str]] = {COL_TEXT: "text", COL_CATEGORY: "category", COL_SEVERITY: "severity"}

    def change(self, row: PainPointRow, column: int, value: Any) -> Edit | None:
        return finding_fields.pain_point_change(row, self.FIELDS[column], value)


class MeasureTableModel(StoreRowsModel):
    """The measures of the open workshop and model; what, who, due date, status, effort and impact edit in place."""

    COL_TEXT, COL_OWNER, COL_DUE, COL_STATUS, COL_EFFORT, COL_IMPACT, COL_PAIN_POINTS = range(7)
    EDITABLE = frozenset({COL_TEXT, COL_OWNER, COL_DUE, COL_STATUS, COL_EFFORT, COL_IMPACT})

    def headers(self) -> Sequence[str]:
        return (tr("FindingsPanel", "Measure"), tr("FindingsPanel", "Who"), tr("FindingsPanel", "Due"),
                tr("FindingsPanel", "Status"), tr("FindingsPanel", "Effort"), tr("FindingsPanel", "Impact"),
                tr("FindingsPanel", "Pain points"))

    def concerns(self, changes: Changes) -> bool:
        # The pain point texts of a measure follow their steps' order: a moved step reorders them.
        return changes.touches("measures", "measure_pain_points", "pain_points") or changes.touches_ids(
            "steps", {step_id for row in self.rows for step_id in row.step_ids})

    def read(self) -> list[MeasureRow]:
        if not (self.workspace.workshop_id or self.workspace.model_id):
            return []
        with self.workspace.reading() as session:
            return findings.measures(session, self.workspace.workshop_id, self.workspace.model_id)

    def cell(self, row: MeasureRow, column: int, role: int, number: int) -> Any:
        display = role == Qt.ItemDataRole.DisplayRole
        edit = role == Qt.ItemDataRole.EditRole
        if column == self.COL_TEXT:
            if display or edit or role == Qt.ItemDataRole.ToolTipRole:
                return row.text
            if role == SORT_ROLE:
                return row.text.casefold()
        elif column == self.COL_OWNER:
            if display or edit:
                return row.owner
            if role == SORT_ROLE:
                return row.owner.casefold()
        elif column == self.COL_DUE:
            if display:
                return QLocale().toString(QDate(row.due_date), QLocale.FormatType.ShortFormat) if row.due_date else ""
            if edit:
                return QDate(row.due_date) if row.due_date else QDate.currentDate()
            if role == SORT_ROLE:
                return row.due_date.isoformat() if row.due_date else "9999"  # undated ones last
        elif column == self.COL_STATUS:
            if display:
                return findings.status_name(row.status)
            if edit:
                return row.status
            if role == SORT_ROLE:
                return findings.MEASURE_STATUSES.index(row.status) if row.status in findings.MEASURE_STATUSES else 99
        elif column in (self.COL_EFFORT, self.COL_IMPACT):
            value = row.effort if column == self.COL_EFFORT else row.impact
            if display:
                return "" if value is None else value
            if edit or role == SORT_ROLE:
                return value or 0
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
        elif column == self.COL_PAIN_POINTS:
            if display:
                return "; ".join(row.pain_point_texts)
            if role == Qt.ItemDataRole.ToolTipRole:
                return "\n".join(f"• {text}" for text in row.pain_point_texts) or None
            if role == SORT_ROLE:
                return len(row.pain_point_ids)
        return None

    FIELDS: ClassVar[dict[int, str]] = {COL_TEXT: "text", COL_OWNER: "owner", COL_DUE: "due_date",
                                        COL_STATUS: "status", COL_EFFORT: "effort", COL_IMPACT: "impact"}

    def change(self, row: MeasureRow, column: int, value: Any) -> Edit | None:
        if isinstance(value, QDate):
            value = value.toPython() if value.isValid() else None
        return finding_fields.measure_change(row, self.FIELDS[column], value)


# --- the panel ------------------------------------------------------------------------------------


class FindingsPanel(QWidget):
    """Pain points above, measures below, each with add / edit / delete, and linking measures to pain points.

    Keys (while a table has focus): Ins adds, Ctrl+E edits in a dialog, F2 edits the cell, Del deletes,
    Ctrl+L links the measure to pain points. Activating a pain point on a step emits ``step_chosen``.
    """

    step_chosen = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.pain_point_model = PainPointTableModel(workspace, self)
        self.measure_model = MeasureTableModel(workspace, self)
        self.pain_point_view = FindingsTable(self.pain_point_model, tr("FindingsPanel", "Pain points"),
                                             PainPointTableModel.COL_TEXT, self)
        self.measure_view = FindingsTable(self.measure_model, tr("FindingsPanel", "Measures"),
                                          MeasureTableModel.COL_TEXT, self)

        pain = PainPointTableModel
        self.pain_point_view.setItemDelegateForColumn(pain.COL_CATEGORY, ChoiceDelegate(findings.categories, self))
        self.pain_point_view.setItemDelegateForColumn(pain.COL_SEVERITY, RatingDelegate(1, 3, False, self))
        measure = MeasureTableModel
        self.measure_view.setItemDelegateForColumn(measure.COL_STATUS, ChoiceDelegate(findings.statuses, self))
        self.measure_view.setItemDelegateForColumn(measure.COL_EFFORT, RatingDelegate(1, 5, True, self))
        self.measure_view.setItemDelegateForColumn(measure.COL_IMPACT, RatingDelegate(1, 5, True, self))
        self.pain_point_view.activated.connect(self._pain_point_activated)

        self.add_pain_point_action, self.edit_pain_point_action, self.delete_pain_point_action = self._table_actions(
            self.pain_point_view, (tr("FindingsPanel", "Add pain point…"), self.add_pain_point),
            (tr("FindingsPanel", "Edit pain point…"), self.edit_pain_point),
            (tr("FindingsPanel", "Delete pain point"), self.delete_pain_points))
        self.add_measure_action, self.edit_measure_action, self.delete_measure_action = self._table_actions(
            self.measure_view, (tr("FindingsPanel", "Add measure…"), self.add_measure),
            (tr("FindingsPanel", "Edit measure…"), self.edit_measure),
            (tr("FindingsPanel", "Delete measure"), self.delete_measures))
        self.link_action = self._action(self.measure_view, tr("FindingsPanel", "Link to pain points…"),
                                        QKeySequence("Ctrl+L"), self.link_measure)
        self.measure_view.insertAction(self.delete_measure_action, self.link_action)  # the menu: delete comes last

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self._section(
            tr("FindingsPanel", "Pain po&ints"), self.pain_point_view,
            [self.add_pain_point_action, self.edit_pain_point_action, self.delete_pain_point_action]))
        splitter.addWidget(self._section(
            tr("FindingsPanel", "&Measures"), self.measure_view,
            [self.add_measure_action, self.edit_measure_action, self.link_action, self.delete_measure_action]))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        for model in (self.pain_point_model, self.measure_model):
            model.modelReset.connect(self._update_actions)
        for table in (self.pain_point_view, self.measure_view):
            table.selectionModel().selectionChanged.connect(self._update_actions)
            table.selectionModel().currentChanged.connect(self._update_actions)
        workspace.model_changed.connect(self._update_actions)
        self._update_actions()

    def _table_actions(self, view: QWidget, *add_edit_delete: tuple[str, Callable[[], object]]
                       ) -> tuple[QAction, ...]:
        """Add (Insert), edit (Ctrl+E) and delete (Delete) on a table: the same keys on both tables."""
        keys = (QKeySequence(Qt.Key.Key_Insert), QKeySequence("Ctrl+E"), QKeySequence(QKeySequence.StandardKey.Delete))
        return tuple(self._action(view, text, key, slot) for key, (text, slot) in zip(keys, add_edit_delete,
                                                                                       strict=True))

    def _action(self, view: QWidget, text: str, keys: QKeySequence, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        action.setShortcut(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # not while a cell editor has the key
        action.setToolTip(f"{text.rstrip('…')} ({keys.toString(QKeySequence.SequenceFormat.NativeText)})")
        action.triggered.connect(lambda _checked=False: slot())
        view.addAction(action)
        return action

    def _section(self, title: str, table: QTableView, actions: list[QAction]) -> QWidget:
        section = QWidget(self)
        layout = QVBoxLayout(section)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(title, section)
        label.setBuddy(table)
        layout.addWidget(label)
        layout.addWidget(table)
        # Two buttons a row: four German ones in one row were wider than half a full-HD console.
        buttons = QGridLayout()
        for index, action in enumerate(actions):
            button = QToolButton(section)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setAccessibleName(action.text().rstrip("…"))
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            buttons.addWidget(button, index // 2, index % 2)
        buttons.setColumnStretch(2, 1)
        layout.addLayout(buttons)
        return section

    def _update_actions(self, *_args: object) -> None:
        has_model = bool(self.workspace.model_id)
        has_pain_point = bool(self.pain_point_view.selected_ids())
        has_measure = bool(self.measure_view.selected_ids())
        self.add_pain_point_action.setEnabled(has_model)
        self.edit_pain_point_action.setEnabled(has_pain_point)
        self.delete_pain_point_action.setEnabled(has_pain_point)
        self.add_measure_action.setEnabled(bool(self.workspace.workshop_id or self.workspace.model_id))
        self.edit_measure_action.setEnabled(has_measure)
        self.link_action.setEnabled(has_measure)
        self.delete_measure_action.setEnabled(has_measure)

    def _pain_point_activated(self, index: QModelIndex) -> None:
        row = self.pain_point_view.proxy.data(index, ROW_ROLE)
        if row is not None and row.step_id:
            self.step_chosen.emit(row.step_id)

    # --- what the buttons and keys do ------------------------------------------------------------

    def add_pain_point(self) -> bool:
        return ask_pain_point(self, self.workspace)

    def edit_pain_point(self) -> bool:
        row = self.pain_point_view.current_row()
        return row is not None and ask_pain_point(self, self.workspace, pain_point_id=row.id)

    def delete_pain_points(self) -> bool:
        ids = self.pain_point_view.selected_ids()
        return self._delete(ids, DeletePainPoint, tr("FindingsPanel", "Delete {n} pain points", n=len(ids)))

    def add_measure(self) -> bool:
        return ask_measure(self, self.workspace, pain_point_ids=self.pain_point_view.selected_ids())

    def edit_measure(self) -> bool:
        row = self.measure_view.current_row()
        return row is not None and ask_measure(self, self.workspace, measure_id=row.id)

    def link_measure(self) -> bool:
        row = self.measure_view.current_row()
        return row is not None and ask_links(self, self.workspace, row.id)

    def delete_measures(self) -> bool:
        ids = self.measure_view.selected_ids()
        return self._delete(ids, DeleteMeasure, tr("FindingsPanel", "Delete {n} measures", n=len(ids)))

    def _delete(self, ids: list[str], make: Callable[[str], Edit], text: str) -> bool:
        """Delete the rows in one transaction and one undo step (several selected rows undo together)."""
        if not ids:
            return False
        edit = make(ids[0]) if len(ids) == 1 else Macro(text, [make(row_id) for row_id in ids])
        return self.workspace.try_apply(edit)
