"""The facilitator's vote grid: items down, voters (or the wall) across, typed from the keyboard.

Every value is checked against the round's rules before it is stored (``check_entry``), so the
facilitator reads the reason the moment a digit is refused; a refused cell keeps its value.
Accepted values are one ``SetVote`` each through ``workspace.try_apply``, so they are committed
before the grid shows them, and undoable.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from werkstatt.edits.base import Edit
from werkstatt.edits.voting import SetFinished, SetProposer, SetVote
from werkstatt.errors import WerkstattError
from werkstatt.i18n import tr
from werkstatt.store.changes import VOTING_TABLES, Changes
from werkstatt.ui.common.roles import CRITERION_ROLE, OPTION_ROLE, TOKEN_ROLE
from werkstatt.ui.findings.dialogs import apply_or_explain
from werkstatt.ui.workspace import Workspace
from werkstatt.voting.grid_text import (
    CHECK,
    DigitBuffer,
    GridColumn,
    cell_text,
    column_header,
    entry_limit,
    grid_columns,
    row_total,
)
from werkstatt.voting.progress import finished_sentence, next_unfinished
from werkstatt.voting.rounds import WALL_TOKEN, OptionInfo, RoundSnapshot, criteria, read_round
from werkstatt.voting.rules import check_entry

Index = QModelIndex | QPersistentModelIndex

DIGIT_PAUSE_MS = 1000  # two digits typed within this time make one number ("1", "0" → 10)
ITEM_CHARS = 22  # the item column keeps room for about this much per line, wrapped, however many voters


class VoteTableModel(QAbstractTableModel):
    """The round the workspace has chosen: one row per option, a column per voter and criterion.

    Column 0 is the item, the last column the running total. The model re-reads the round after
    every change; when items and voters stay the same it only says the values changed, so the view
    keeps its current cell.
    """

    COL_ITEM = 0

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.snapshot: RoundSnapshot | None = None
        self.columns: tuple[GridColumn, ...] = ()
        workspace.data_changed.connect(self._data_changed)
        workspace.round_changed.connect(self._round_changed)
        self.refresh()

    # --- reading -------------------------------------------------------------------------------

    def _round_changed(self, _round_id: str) -> None:
        self.refresh()

    def _data_changed(self, changes: Changes) -> None:
        if changes.touches(*VOTING_TABLES):
            self.refresh()

    def _read(self) -> RoundSnapshot | None:
        round_id = self.workspace.current_round
        if not round_id:
            return None
        try:
            with self.workspace.reading() as session:
                return read_round(session, round_id)
        except WerkstattError:
            return None  # deleted (or undone away): the panel picks another round

    @staticmethod
    def _shape(snapshot: RoundSnapshot | None) -> tuple[object, ...]:
        if snapshot is None:
            return ()
        return (snapshot.id, tuple(option.id for option in snapshot.options), grid_columns(snapshot))

    def refresh(self) -> None:
        snapshot = self._read()
        if self._shape(snapshot) == self._shape(self.snapshot):
            self.snapshot = snapshot
            if snapshot is not None and self.rowCount():
                self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))
                self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
            return
        self.beginResetModel()
        self.snapshot = snapshot
        self.columns = grid_columns(snapshot)
        self.endResetModel()

    # --- what a cell stands for ------------------------------------------------------------------

    @property
    def col_total(self) -> int:
        return len(self.columns) + 1

    def column(self, column: int) -> GridColumn | None:
        """The voter and criterion of a value column; None for the item and the total."""
        return self.columns[column - 1] if 1 <= column <= len(self.columns) else None

    def column_number(self, wanted: GridColumn) -> int | None:
        return next((i + 1 for i, column in enumerate(self.columns) if column == wanted), None)

    def option(self, row: int) -> OptionInfo | None:
        if self.snapshot is None or not 0 <= row < len(self.snapshot.options):
            return None
        return self.snapshot.options[row]

    def row_number(self, option_id: str) -> int | None:
        if self.snapshot is None:
            return None
        return next((i for i, option in enumerate(self.snapshot.options) if option.id == option_id), None)

    # --- QAbstractTableModel -------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() or self.snapshot is None else len(self.snapshot.options)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.snapshot is None else len(self.columns) + 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or self.snapshot is None:
            return super().headerData(section, orientation, role)
        column = self.column(section)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if section == self.COL_ITEM:
                return tr("VoteTableModel", "Item")
            if section == self.col_total:
                return tr("VoteTableModel", "Total")
            # Narrow columns show a short name, so six voters fit beside the items; the tooltip has it all.
            short = role == Qt.ItemDataRole.DisplayRole
            return column_header(self.snapshot, column, short=short) if column else None
        if role == TOKEN_ROLE and column is not None:
            return column.token
        if role == CRITERION_ROLE and column is not None:
            return column.criterion
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        option = self.option(index.row()) if index.isValid() else None
        if option is None or self.snapshot is None:
            return None
        column = self.column(index.column())
        if role == OPTION_ROLE:
            return option.id
        if column is not None:
            return self._value_cell(option, column, role)
        if index.column() == self.COL_ITEM and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return option.label
        if index.column() == self.col_total:
            if role == Qt.ItemDataRole.DisplayRole:
                return row_total(self.snapshot, option.id)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _value_cell(self, option: OptionInfo, column: GridColumn, role: int) -> Any:
        assert self.snapshot is not None
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(self.snapshot, option.id, column)
        if role == Qt.ItemDataRole.EditRole:
            return self.snapshot.value(option.id, column.token, column.criterion)
        if role == TOKEN_ROLE:
            return column.token
        if role == CRITERION_ROLE:
            return column.criterion
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self.column(index.column()) and self.snapshot and self.snapshot.state == "open":
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        try:
            number = None if value in (None, "") else int(value)
        except (TypeError, ValueError):
            self.workspace.tell(tr("VoteTableModel", "A vote is a whole number."))
            return False
        sentence = self.set_value(index, number)
        if sentence:
            self.workspace.tell(sentence)
        return sentence is None

    # --- changing values -------------------------------------------------------------------------

    def check(self, index: Index, value: int | None) -> str | None:
        """Why ``value`` may not go into the cell, or None."""
        option, column = self.option(index.row()), self.column(index.column())
        if self.snapshot is None or option is None:
            return tr("VoteTableModel", "Choose a voting round first.")
        if column is None:
            return tr("VoteTableModel", "Move to a voter's column to enter a value.")
        return check_entry(self.snapshot, option.id, column.token, column.criterion, value)

    def set_value(self, index: Index, value: int | None, *, continues: bool = False) -> str | None:
        """Store ``value`` (None clears) as one undoable edit; the refusal sentence, or None when stored."""
        sentence = self.check(index, value)
        if sentence:
            return sentence
        option, column = self.option(index.row()), self.column(index.column())
        assert self.snapshot is not None and option is not None and column is not None
        if self.snapshot.value(option.id, column.token, column.criterion) == value:
            return None
        return self._apply(SetVote(self.snapshot.id, option.id, column.token, value, column.criterion,
                                   continues=continues))

    def toggle_finished(self, column_number: int) -> str | None:
        """Mark the column's voter finished, or not finished when they already were."""
        column = self.column(column_number)
        if self.snapshot is None:
            return tr("VoteTableModel", "Choose a voting round first.")
        if column is None or column.token == WALL_TOKEN:
            return tr("VoteTableModel", "Move to a voter's column to mark them as finished.")
        voter = self.snapshot.voter(column.token)
        assert voter is not None
        return self._apply(SetFinished(self.snapshot.id, column.token, not voter.finished))

    def toggle_proposer(self, index: Index) -> str | None:
        """Mark the column's voter as the one who proposed the row's item, or unmark them."""
        option, column = self.option(index.row()), self.column(index.column())
        if self.snapshot is None or option is None:
            return tr("VoteTableModel", "Choose a voting round first.")
        if column is None or column.token == WALL_TOKEN:
            return tr("VoteTableModel", "Move to a voter's column to say who proposed the item.")
        token = None if option.proposer_token == column.token else column.token
        return self._apply(SetProposer(self.snapshot.id, option.id, token))

    def _apply(self, edit: Edit) -> str | None:
        said: list[str] = []
        apply_or_explain(self.workspace, lambda: edit, said.append)
        return said[-1] if said else None


class VoteGrid(QTableView):
    """Arrows move, digits enter at once, Del clears, Ctrl+Return finishes a voter, Ctrl+E marks the proposer."""

    message = Signal(str)  # the sentence about the last entry: why it was refused, "" when it was stored

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.digits = DigitBuffer()
        self.vote_model = VoteTableModel(workspace, self)
        self.setModel(self.vote_model)
        self.setAccessibleName(tr("VoteGrid", "Votes"))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)  # digits are typed, not edited
        self.setTabKeyNavigation(False)  # Tab leaves the grid, as everywhere else in the window
        self.setWordWrap(True)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        # Rows as tall as their wrapped item text: an item is read whole, never cut mid-word.
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._fitting = False
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(DIGIT_PAUSE_MS)
        self._pause.timeout.connect(self.digits.reset)
        self._kept: tuple[str, GridColumn | None, int] | None = None
        self.vote_model.modelAboutToBeReset.connect(self._remember_cell)
        self.vote_model.modelReset.connect(self._restore_cell)
        self.vote_model.modelReset.connect(self._fit_columns)
        self._restore_cell()
        self._fit_columns()

    # --- the current cell across a new read ------------------------------------------------------

    def _remember_cell(self) -> None:
        index = self.currentIndex()
        option = self.vote_model.option(index.row()) if index.isValid() else None
        self._kept = (option.id, self.vote_model.column(index.column()), index.column()) if option else None

    def _restore_cell(self) -> None:
        model = self.vote_model
        if not model.rowCount():
            return
        row, column = 0, 1 if model.columns else 0
        if self._kept is not None:
            option_id, grid_column, number = self._kept
            row = model.row_number(option_id) if model.row_number(option_id) is not None else 0
            found = model.column_number(grid_column) if grid_column is not None else None
            column = found if found is not None else min(number, model.columnCount() - 1)
        self.setCurrentIndex(model.index(row, column))

    def _fit_columns(self) -> None:
        """Fixed widths, so nothing moves while votes are typed: voters narrow, the item column the rest.

        A voter's column is as wide as its progress ("3/4 ✓") or a short name, whichever is wider;
        a longer name is elided and its tooltip has all of it. The item column takes what is left,
        but never less than a readable line; when the window is too narrow for that, the grid
        scrolls sideways and keeps the current cell in view.
        """
        model, header = self.vote_model, self.horizontalHeader()
        count = model.columnCount()
        if not count or self._fitting:
            return
        self._fitting = True
        try:
            font = header.font()
            font.setBold(True)  # the current cell's column title is drawn bold: it must fit then too
            metrics = QFontMetrics(font)
            padding = 2 * self.style().pixelMetric(self.style().PixelMetric.PM_HeaderMargin, None, header) + 4
            for number in range(1, count):
                name, *rest = str(model.headerData(number, Qt.Orientation.Horizontal) or "").split("\n")
                # as wide as the progress can get ("9/9 ✓"), so the width never changes while typing
                longest_progress = [f"{''.join('9' if c.isdigit() else c for c in line)} {CHECK}" for line in rest]
                widths = [metrics.horizontalAdvance(line) for line in [name, *longest_progress]]
                if number == model.col_total:
                    widths.append(self.sizeHintForColumn(number) - padding)
                header.resizeSection(number, max(widths) + padding)
            others = sum(header.sectionSize(number) for number in range(1, count))
            readable = self.fontMetrics().averageCharWidth() * ITEM_CHARS
            header.resizeSection(VoteTableModel.COL_ITEM, max(readable, self.viewport().width() - others))
            # now, not on Qt's next timer: the rows' wrapped height follows the item column at once
            self.verticalHeader().resizeSections(QHeaderView.ResizeMode.ResizeToContents)
        finally:
            self._fitting = False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def currentChanged(self, current: Index, previous: Index) -> None:
        self.digits.reset()  # a new cell starts a new number
        super().currentChanged(current, previous)
        if current.isValid():  # arrows, Ctrl+Return, a new read: the cell typed into is always in view
            self.scrollTo(current, QAbstractItemView.ScrollHint.EnsureVisible)

    # --- keys ------------------------------------------------------------------------------------

    @staticmethod
    def _is_own_key(event: QKeyEvent) -> bool:
        key, modifiers = event.key(), event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        control = Qt.KeyboardModifier.ControlModifier
        if modifiers == Qt.KeyboardModifier.NoModifier:
            return Qt.Key.Key_0 <= key <= Qt.Key.Key_9 or key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
        return modifiers == control and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_E)

    def event(self, event: QEvent) -> bool:
        # The window's shortcuts (Del deletes a workshop, Ctrl+E …) must not take the grid's keys.
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and self._is_own_key(event):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._is_own_key(event):
            super().keyPressEvent(event)
            return
        key = event.key()
        index = self.currentIndex()
        if Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
            self.type_digit(int(key) - int(Qt.Key.Key_0))
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.digits.reset()
            self._tell(self.vote_model.set_value(index, None))
        elif key == Qt.Key.Key_E:
            self._tell(self.vote_model.toggle_proposer(index))
        else:
            self.finish_current()
        event.accept()

    def type_digit(self, digit: int) -> None:
        """A digit typed on the current cell: entered at once, or as the second digit of the number before."""
        index = self.currentIndex()
        column = self.vote_model.column(index.column())
        snapshot = self.vote_model.snapshot
        limit = entry_limit(snapshot, column) if snapshot is not None and column is not None else 9
        continues = self.digits.pending is not None
        value = self.digits.push(digit, limit)
        if self.digits.pending is not None:
            self._pause.start()
        self._tell(self.vote_model.set_value(index, value, continues=continues))

    def finish_current(self) -> None:
        """Ctrl+Return: the current voter has finished, and the cursor goes to the next one who has not.

        The next ballot starts on its first item, so a whole room is typed without the mouse; after
        the last one the message says that everybody has finished. A voter already marked finished
        is unmarked (a slip of the key) and the cursor stays.
        """
        self.digits.reset()
        model = self.vote_model
        number = self.currentIndex().column()
        column, snapshot = model.column(number), model.snapshot
        voter = snapshot.voter(column.token) if snapshot is not None and column is not None else None
        refusal = model.toggle_finished(number)
        if refusal or voter is None or voter.finished or model.snapshot is None:
            self._tell(refusal)
            return
        following = next_unfinished(model.snapshot, voter.token)
        if following is not None:
            target = model.column_number(GridColumn(following, criteria(model.snapshot.method)[0]))
            if target is not None:
                self.move_to(model.index(0, target))
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self._tell(finished_sentence(model.snapshot, voter.token, following))

    def move_to(self, index: QModelIndex) -> None:
        """Make ``index`` the current cell and scroll just enough to show it."""
        self.setCurrentIndex(index)
        self.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)

    def _tell(self, sentence: str | None) -> None:
        self.message.emit(sentence or "")
