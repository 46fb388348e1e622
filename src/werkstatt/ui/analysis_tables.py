"""The analysis panel's building blocks that keep it narrow: a dock beside the diagram on a 1,366 px
laptop is about 380 px wide, and the values must be readable there, not scrolled off to the right.

The figure tables give their value columns the width they need first; the figure names take the
rest and wrap into a second line. The action buttons stand two to a row.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QToolButton,
    QWidget,
)


def figure_table(model: QAbstractTableModel, name: str) -> QTableView:
    """A table whose first column (the figure) wraps and whose value columns are as wide as their values."""
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # wrapped names
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the page scrolls, not the table
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the values always fit
    view.setWordWrap(True)
    view.setTextElideMode(Qt.TextElideMode.ElideNone)
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # sized when painted, not per change
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    header.setMinimumSectionSize(view.fontMetrics().averageCharWidth() * 6)
    # Not wider than the values: the figure names wrap rather than push the values out of the dock.
    view.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
    model.modelReset.connect(lambda: fit_height(view))
    model.dataChanged.connect(lambda *_: fit_height(view))
    return view


def fit_height(table: QTableView) -> None:
    """Tall enough for every (wrapped) row: the page scrolls as a whole, so no figure hides inside the table."""
    table.resizeRowsToContents()
    rows = sum(table.rowHeight(row) for row in range(table.model().rowCount()))
    header = table.horizontalHeader().sizeHint().height()
    table.setFixedHeight(header + rows + 2 * table.frameWidth() + 2)


def action_buttons(actions: Sequence[QAction]) -> QGridLayout:
    """Text buttons for ``actions``, two to a row, sharing the width."""
    grid = QGridLayout()
    for index, action in enumerate(actions):
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        grid.addWidget(button, index // 2, index % 2)
    return grid


def scrolling_page(page: QWidget) -> QScrollArea:
    """A tab page that scrolls as a whole (its tables show all their rows)."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(page)
    return area
