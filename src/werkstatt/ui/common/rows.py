"""The one table model of plain rows that every feature's tables use.

A row is a frozen dataclass read from the store (a pain point, a note, a register hit); a column
is a header and what a cell of a row shows. ``RowsModel`` shows rows it is given: either with
``columns`` (header, value of a row) for a read-only table, or with a subclass that says
``headers()`` and ``cell()``. ``StoreRowsModel`` reads its rows itself after every workspace
change and writes an edited cell as one undoable edit through ``workspace.try_apply``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QTableView

from werkstatt.edits import Edit
from werkstatt.errors import WerkstattError
from werkstatt.store.changes import Changes
from werkstatt.ui.common.roles import ROW_ROLE
from werkstatt.ui.workspace import Workspace

Index = QModelIndex | QPersistentModelIndex
Column = tuple[str, Callable[[Any], Any]]


class RowsModel(QAbstractTableModel):
    """A table of plain rows; ``ROW_ROLE`` answers a row's object, the columns say what a cell shows."""

    EDITABLE: frozenset[int] = frozenset()

    def __init__(self, columns: Sequence[Column] = (), parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []

    # --- what subclasses (or the columns) say ---------------------------------------------------

    def headers(self) -> Sequence[str]:
        return [header for header, _value in self.columns]

    def cell(self, row: Any, column: int, role: int, number: int) -> Any:
        """What a cell shows for ``role``; by default the column's value, numbers aligned right."""
        value = self.columns[column][1](row)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return "" if value is None else str(value) if not isinstance(value, int) else value
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    # --- the rows -----------------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def update_rows(self, rows: Sequence[Any]) -> None:
        """New rows; when they are the same rows (by id) with new values, the views keep their
        selection, current cell and open editors."""
        rows = list(rows)
        if [row.id for row in rows] != [row.id for row in self.rows]:
            self.set_rows(rows)
            return
        self.rows = rows
        if rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, self.columnCount() - 1))

    def row_number(self, row_id: str) -> int | None:
        return next((i for i, row in enumerate(self.rows) if row.id == row_id), None)

    def row_at(self, index: Index) -> Any:
        return self.rows[index.row()] if index.isValid() and 0 <= index.row() < len(self.rows) else None

    # --- QAbstractTableModel ------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            headers = self.headers()
            return headers[section] if 0 <= section < len(headers) else None
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is None:
            return None
        if role == ROW_ROLE:
            return row
        return self.cell(row, index.column(), role, index.row())

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() in self.EDITABLE else flags


class StoreRowsModel(RowsModel):
    """Rows read from the store, refreshed on the workspace changes that ``concerns`` them; cells
    written through edits.

    A refused value becomes ``workspace.failed`` (or ``tell``) and the cell keeps its value.
    """

    # Rows of the workshop alone (the protocol's) are not read again when another model is opened:
    # opening a workshop opens one of its models too, and every such table would read twice.
    FOLLOWS_MODEL = True

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__((), parent)
        self.workspace = workspace
        workspace.data_changed.connect(self._data_changed)
        if self.FOLLOWS_MODEL:
            workspace.model_changed.connect(self._context_changed)
        workspace.workshop_changed.connect(self._context_changed)
        self.refresh()

    def read(self) -> list[Any]:
        raise NotImplementedError

    def cell(self, row: Any, column: int, role: int, number: int) -> Any:
        raise NotImplementedError

    def change(self, row: Any, column: int, value: Any) -> Edit | None:
        """The edit that sets the cell to ``value``; None when nothing changes; WerkstattError when refused."""
        raise NotImplementedError

    def concerns(self, changes: Changes) -> bool:
        """Whether ``changes`` may alter these rows; by default any change does (override to narrow)."""
        return bool(changes)

    def _context_changed(self, _id: str) -> None:
        self.refresh()

    def _data_changed(self, changes: Changes) -> None:
        if self.concerns(changes):
            self.refresh()

    def refresh(self) -> None:
        self.update_rows(self.read())

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        row = self.row_at(index)
        if role != Qt.ItemDataRole.EditRole or row is None or index.column() not in self.EDITABLE:
            return False
        return self.apply(lambda: self.change(row, index.column(), value))

    def apply(self, make: Callable[[], Edit | None]) -> bool:
        """A cell edit: one undoable edit, or a sentence in the status bar and the old value kept."""
        try:
            edit = make()
        except WerkstattError as error:
            self.workspace.tell(error.message)
            return False
        return edit is None or self.workspace.try_apply(edit)


def rows_view(model: RowsModel, accessible_name: str) -> QTableView:
    """A plain table over ``model`` without row numbers (a row is known by what it shows)."""
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(accessible_name)
    view.verticalHeader().hide()
    return view
