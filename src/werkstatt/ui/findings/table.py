"""The sortable table of pain points, measures and protocol notes, which keeps its selection across
refreshes and fits its columns to contents and titles."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from werkstatt.ui.common.roles import ROW_ROLE, SORT_ROLE
from werkstatt.ui.common.sizing import title_width

if TYPE_CHECKING:
    from werkstatt.ui.common.rows import RowsModel



class FindingsTable(QTableView):
    """A sortable table over one of the models above that keeps the selected rows across refreshes."""

    WIDEST_COLUMN_CHARACTERS = 28  # a long step label or owner must not push the text column out of sight

    def __init__(self, model: RowsModel, name: str, text_column: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = model
        self.text_column = text_column
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setModel(self.proxy)
        self.setAccessibleName(name)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.SelectedClicked)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setStretchLastSection(False)  # the text column takes the room, not the last one
        self.setSortingEnabled(True)
        self.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the order of the room until the user sorts
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self._kept: list[str] = []
        self._kept_row = 0
        model.modelAboutToBeReset.connect(self._remember)
        model.modelReset.connect(self._restore)
        model.modelReset.connect(self.fit_columns)
        self.horizontalHeader().sortIndicatorChanged.connect(lambda *_: self.fit_columns())  # room for the arrow
        self.fit_columns()

    def fit_columns(self) -> None:
        """Columns as wide as their contents, up to a limit, and never narrower than their title.

        Contents beyond the limit are elided (the text column keeps at least 40 % of the width where
        it can); a title never is: "Kategorie" cut to "ategorie" reads as another word. When the
        titles alone are wider than the dock, the table scrolls sideways.
        """
        header = self.horizontalHeader()
        others = max(1, self.source.columnCount() - 1)
        widest = min(self.fontMetrics().averageCharWidth() * self.WIDEST_COLUMN_CHARACTERS,
                     max(self.fontMetrics().averageCharWidth() * 4, int(self.viewport().width() * 0.6 / others)))
        for column in range(self.source.columnCount()):
            if column != self.text_column:
                self.resizeColumnToContents(column)
                self.setColumnWidth(column, max(title_width(header, column), min(self.columnWidth(column), widest)))
        # The text column takes what is left, set here rather than by the header's Stretch mode: a
        # stretched section shrinks below its title when the others fill the dock.
        others_width = sum(header.sectionSize(c) for c in range(header.count()) if c != self.text_column)
        self.setColumnWidth(self.text_column, max(title_width(header, self.text_column),
                                                  self.viewport().width() - others_width))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def selected_ids(self) -> list[str]:
        """Ids of the selected rows in the order shown; the current row alone when nothing is selected."""
        rows = sorted(self.selectionModel().selectedRows(), key=lambda index: index.row())
        if not rows and self.currentIndex().isValid():
            rows = [self.currentIndex()]
        return [self.proxy.data(index, ROW_ROLE).id for index in rows]

    def current_row(self) -> Any:
        index = self.currentIndex()
        return self.proxy.data(index, ROW_ROLE) if index.isValid() else None

    def select_ids(self, ids: Sequence[str]) -> None:
        self.clearSelection()
        first = True
        for row_id in ids:
            number = self.source.row_number(row_id)
            if number is None:
                continue
            index = self.proxy.mapFromSource(self.source.index(number, 0))
            flags = self.selectionModel().SelectionFlag.Select | self.selectionModel().SelectionFlag.Rows
            if first:
                self.selectionModel().setCurrentIndex(index, flags)
                first = False
            else:
                self.selectionModel().select(index, flags)

    def _remember(self) -> None:
        self._kept = self.selected_ids()
        self._kept_row = self.currentIndex().row() if self.currentIndex().isValid() else 0

    def _restore(self) -> None:
        still_there = [row_id for row_id in self._kept if self.source.row_number(row_id) is not None]
        if still_there:
            self.select_ids(still_there)
        elif self._kept and self.proxy.rowCount():  # the row went away: stay at its place for the next key
            index = self.proxy.index(min(self._kept_row, self.proxy.rowCount() - 1), 0)
            self.selectionModel().setCurrentIndex(
                index, self.selectionModel().SelectionFlag.ClearAndSelect | self.selectionModel().SelectionFlag.Rows)
