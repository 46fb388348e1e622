"""The analysis panel's building blocks that keep it narrow: a dock beside the diagram on a 1,366 px
laptop is about 380 px wide, and the values must be readable there, not scrolled off to the right.

The figure tables give their value columns the width they need first; the figure names take the
rest and wrap into a second line. The action buttons stand two to a row. The effort by party is two
tables: the administrations' hours, FTE and cost, and the outside parties' time, in hours only.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
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

from werkstatt.analysis.model import Analysis, PartyFigures
from werkstatt.i18n import tr
from werkstatt.ui.common.locale import number

Index = QModelIndex | QPersistentModelIndex
MINUTES_PER_DAY = 24 * 60  # waiting times are typed in calendar days ("Liegezeit 3 Tage")


def minutes_text(minutes: float) -> str:
    """Minutes with a rounder unit beside them once they grow: 90 min (≈ 1,5 h), 4.320 min (≈ 3 days)."""
    text = tr("AnalysisTables", "{n} min", n=number(minutes, 0 if minutes == int(minutes) else 1))
    if minutes >= MINUTES_PER_DAY:
        return text + " " + tr("AnalysisTables", "(≈ {n} days)", n=number(minutes / MINUTES_PER_DAY, 1))
    if minutes >= 60:
        return text + " " + tr("AnalysisTables", "(≈ {n} h)", n=number(minutes / 60, 1))
    return text


def euro(value: float) -> str:
    return tr("AnalysisTables", "{n} €", n=number(value, 0))


class EffortModel(QAbstractTableModel):
    """Effort by party. The administrations (``outside`` False): hours per year, FTE and cost per year of
    each organisation; the outside parties (``outside`` True): minutes per case and hours per year — their
    time is the Erfüllungsaufwand, never staff or the administrations' cost. A total row when there are two
    or more; the lanes of a party as its tooltip."""

    def __init__(self, outside: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.outside = outside
        self._rows: list[tuple[str, ...]] = []  # party, values…, tooltip

    def set_analysis(self, analysis: Analysis | None) -> None:
        self.beginResetModel()
        self._rows = self._build(analysis) if analysis is not None else []
        self.endResetModel()

    def _build(self, a: Analysis) -> list[tuple[str, ...]]:
        parties = a.outside_parties if self.outside else a.administrations
        rows = [self._row(p.name, p, "\n".join(p.lanes)) for p in parties]
        if len(parties) > 1:
            rows.append(self._row(tr("AnalysisTables", "Total"), None, "", a))
        return rows

    def _row(self, name: str, p: PartyFigures | None, tip: str, a: Analysis | None = None) -> tuple[str, ...]:
        if self.outside:
            minutes = p.minutes_per_case if p else a.outside_minutes_per_case
            hours = p.annual_hours if p else a.outside_annual_hours
            return name, minutes_text(minutes), tr("AnalysisTables", "{n} h", n=number(hours)), tip
        hours, fte, cost = (p.annual_hours, p.fte, p.annual_cost) if p else (a.annual_hours, a.fte, a.annual_cost)
        return name, tr("AnalysisTables", "{n} h", n=number(hours)), number(fte or 0.0, 2), euro(cost or 0.0), tip

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3 if self.outside else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < self.columnCount():
            if self.outside:
                names = (tr("AnalysisTables", "Outside party"), tr("AnalysisTables", "Per case"),
                         tr("AnalysisTables", "Per year"))
            else:
                names = (tr("AnalysisTables", "Administration"), tr("AnalysisTables", "Per year"),
                         tr("AnalysisTables", "FTE"), tr("AnalysisTables", "Cost"))
            return names[section]
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) \
                or not 0 <= index.column() < self.columnCount():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return row[-1] or None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


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
