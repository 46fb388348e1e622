"""The capture panel: the quick-entry line, what it stored, and the steps in capture order.

Keyboard first: Enter stores the line, Up/Down walk the steps, and the main window's step
commands (insert, move, decision, loop, delete) act on the selected step.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QInputDialog, QLabel, QListView, QVBoxLayout, QWidget

from werkstatt.capture.catalogue import Catalogue
from werkstatt.capture.lane_guard import LaneDoubt, LaneGuard
from werkstatt.capture.session import CaptureSession
from werkstatt.capture.syntax import QuickEntryError
from werkstatt.edits import AddFlow, DeleteStep, MakeDecision, MoveStep, MoveStepInOrder
from werkstatt.errors import WerkstattError
from werkstatt.i18n import tr
from werkstatt.read.model import StepRow, kept_prefix
from werkstatt.store.changes import MODEL_TABLES, Changes
from werkstatt.ui.capture.line import CaptureLine, FeedbackLine
from werkstatt.ui.common.roles import STEP_ID_ROLE
from werkstatt.ui.common.sizing import SteadyHolder
from werkstatt.ui.workspace import Workspace

KIND_MARKS = {"start": "▶", "task": "▭", "decision": "◆", "parallel": "✚", "inclusive": "○", "event_based": "◎",
              "complex": "✱", "subprocess": "⊞", "end": "■"}
OK_STYLE = "color: #005a32;"
ERROR_STYLE = "color: #a51d00; font-weight: bold;"
QUESTION_STYLE = "color: #8a4b00; font-weight: bold;"


class StepListModel(QStandardItemModel):
    """The live steps of the open model in capture order: what Up/Down walk through.

    The rows live in Qt's own item model: a list view asks its model for an index thousands of
    times per layout, and each question to a Python model cost a call into Python (5 ms per
    captured line at 1,000 steps, for the rows alone).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.steps: list[StepRow] = []

    @staticmethod
    def _row(step: StepRow) -> QStandardItem:
        item = QStandardItem(f"{KIND_MARKS.get(step.kind, '▭')} {step.label}   · {step.lane}")
        item.setData(tr("StepListModel", "{label}, lane {lane}", label=step.label, lane=step.lane),
                     Qt.ItemDataRole.AccessibleTextRole)
        item.setData(step.id, STEP_ID_ROLE)
        item.setEditable(False)
        return item

    def set_steps(self, steps: list[StepRow]) -> None:
        """Show ``steps``: rows inserted or removed in one place, and rows whose step changed, are
        patched (the list keeps its scroll and current row, and paints only those rows); any other
        difference (a new model, a moved step) fills the list anew."""
        old = self.steps
        size = min(len(old), len(steps))
        kept = kept_prefix(old, steps)  # the rows a patched snapshot kept: the same objects
        head = next((i for i in range(kept, size) if old[i].id != steps[i].id), size)
        tail = 0
        while tail < size - head and old[-1 - tail].id == steps[-1 - tail].id:
            tail += 1
        removed, inserted = len(old) - head - tail, len(steps) - head - tail
        if removed and inserted:
            self.beginResetModel()
            self.blockSignals(True)  # one reset, not a signal per row
            self.removeRows(0, self.rowCount())
            for step in steps:
                self.appendRow(self._row(step))
            self.blockSignals(False)
            self.steps = steps
            self.endResetModel()
            return
        if removed:
            self.removeRows(head, removed)
            old = old[:head] + old[head + removed:]
        elif inserted:
            for offset in range(inserted):
                self.insertRow(head + offset, self._row(steps[head + offset]))
            old = old[:head] + steps[head:head + inserted] + old[head:]
        for row, (mine, new) in enumerate(zip(old[kept:], steps[kept:], strict=True), start=kept):
            if mine is not new and mine != new:
                self.setItem(row, self._row(new))
        self.steps = steps

    def row_of(self, step_id: str | None) -> int:
        return next((i for i, step in enumerate(self.steps) if step.id == step_id), -1)


class CapturePanel(QWidget):
    """Quick entry into the workspace's open model, and the step commands of the keyboard."""

    def __init__(self, workspace: Workspace, catalogue: Catalogue | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.catalogue = catalogue
        self._session: CaptureSession | None = None
        self._capturing = False
        self.insert_after: str | None = None  # insert mode: the next line goes after this step
        self.refused: list[str] = []  # pasted lines that were refused, offered one by one for correction
        self.lane_names: list[str] = []
        self.guard = LaneGuard()  # asks before a near-typo of a lane name becomes a new lane

        self.mode = QLabel()
        self.line = CaptureLine(lambda: self.lane_names, catalogue)
        self.feedback = FeedbackLine(copyable=True)
        self.feedback.setAccessibleName(tr("CapturePanel", "Result of the last entry"))
        self.steps = StepListModel(self)
        self.list = QListView()
        self.list.setModel(self.steps)
        self.list.setAccessibleName(tr("CapturePanel", "Steps in capture order"))
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.list.setUniformItemSizes(True)  # one line per step: no text is measured for a thousand rows
        # A long step is cut with "…" (the inspector shows it whole), never scrolled sideways.
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.addWidget(self.mode)
        layout.addWidget(self.line)
        layout.addWidget(SteadyHolder(self.feedback))  # a new sentence repaints the line, not the console
        layout.addWidget(self.list, 1)

        self.line.submitted.connect(self.submit)
        self.line.pasted.connect(self.paste)
        self.line.navigate.connect(self.navigate)
        self.line.cancelled.connect(self.cancel)
        self.line.textEdited.connect(self._line_edited)
        self.line.tab_hook = self._take_lane_suggestion
        self.list.selectionModel().currentChanged.connect(self._list_moved)
        workspace.data_changed.connect(self._data_changed)
        workspace.model_changed.connect(self._model_changed)
        workspace.workshop_changed.connect(self._model_changed)  # pain points belong to the open workshop
        workspace.selection_changed.connect(self._show_selection)
        self._model_changed(workspace.model_id or "")

    # --- state -------------------------------------------------------------------------------

    def session(self) -> CaptureSession:
        """The capture state, rebuilt from the database after any change capture did not make itself."""
        if self.workspace.model_id is None:
            raise WerkstattError(tr("CapturePanel", "Open a process model first (Workshop tab or the model list)."))
        if self._session is None:
            self._session = CaptureSession(self.workspace, self.workspace.model_id, catalogue=self.catalogue,
                                           workshop_id=self.workspace.workshop_id)
        return self._session

    def _data_changed(self, changes: Changes) -> None:
        if not changes.touches(*MODEL_TABLES):
            return  # a vote, a note, a participant: not what this panel shows or captures with
        if not self._capturing:
            self._session = None
            self.guard.reset()  # the lanes it compared with may have changed
            self.feedback.clear()  # what it said is about an entry that may just have been undone
        self.reload()

    def _model_changed(self, _model_id: str) -> None:
        self._session = None
        self.guard.reset()
        self.insert_after = None
        self.reload()
        self._update_mode()

    def reload(self) -> None:
        view = self.workspace.view()
        if view is None:
            self.steps.set_steps([])
            self.lane_names = []
            return
        self.lane_names = [lane.name for lane in view.lanes]
        self.steps.set_steps(view.steps)
        if self.workspace.selected_step and self.steps.row_of(self.workspace.selected_step) < 0:
            self.workspace.select_step(None)
        if not self._capturing:  # a captured step is selected next, and scrolled to once, then
            self._show_selection(self.workspace.selected_step or "")

    # --- entering lines ----------------------------------------------------------------------

    def submit(self, text: str) -> None:
        if "\n" in text.strip("\n"):  # pasted through the context menu or the middle mouse button
            self.paste(text)
            return
        text = text.strip("\r\n")
        if not text.strip():
            return
        if (doubt := self.guard.submit(text, self.lane_names)) is not None:
            self._ask(doubt)  # nothing stored; the line stays as typed
            return
        self._capturing = True
        try:
            session = self.session()
            if self.insert_after is not None:
                ack = session.insert_line_after(self.insert_after, text)
            else:
                ack = session.enter_line(text)
        except WerkstattError as error:
            self._say(error.message, ok=False)  # the line stays in the editor: nothing typed is lost
            return
        finally:
            self._capturing = False
        self.line.setText(self.refused.pop(0) if self.refused else "")
        self._say(ack.message)
        if ack.kind == "step" and ack.id:
            if self.insert_after is not None:
                self.insert_after = ack.id  # the next inserted line follows this one
                self._update_mode()
            self.workspace.select_step(ack.id)

    def paste(self, text: str) -> None:
        """Every pasted line is stored (one commit each, nothing lost) and undone as one.

        In insert mode the lines go one after the other behind the step being inserted after.
        Refused lines come back into the entry line one by one, each after the one before is fixed.
        """
        if (doubt := self.guard.submit(text, self.lane_names)) is not None:
            # The whole block waits in the line, stored in no part: Tab mends it, Enter confirms it.
            self.line.setText(text)
            self._ask(doubt)
            return
        lines = [line for line in text.splitlines() if line.strip()]
        stored, refused, reasons = 0, [], []
        self._capturing = True
        try:
            session = self.session()
            with self.workspace.macro(tr("CapturePanel", "Paste {count} lines", count=len(lines))):
                for number, line in enumerate(lines, start=1):
                    try:
                        if self.insert_after is not None:
                            ack = session.insert_line_after(self.insert_after, line)
                            self.insert_after = ack.id
                        else:
                            ack = session.enter_line(line, number)
                    except QuickEntryError as error:
                        refused.append(line)
                        reasons.append(tr("CapturePanel", "line {number}: {reason}", number=number,
                                          reason=error.message))
                        continue
                    stored += 1
                    if ack.kind == "step" and ack.id:
                        self.workspace.selected_step = ack.id
        except WerkstattError as error:
            self._say(error.message, ok=False)
            return
        finally:
            self._capturing = False
        self.reload()
        self._update_mode()
        self.refused = refused[1:]
        self.line.setText(refused[0] if refused else "")
        if refused:
            self._say(tr("CapturePanel", "{stored} lines stored, {count} refused: {reasons}", stored=stored,
                         count=len(refused), reasons=" · ".join(reasons)), ok=False)
        else:
            self._say(tr("CapturePanel", "{stored} lines stored.", stored=stored))
        self.workspace.selection_changed.emit(self.workspace.selected_step or "")

    def cancel(self) -> None:
        if self.insert_after is not None:
            self.insert_after = None
            self._update_mode()
        else:
            self.line.clear()

    def _ask(self, doubt: LaneDoubt) -> None:
        self._style(QUESTION_STYLE)
        self.feedback.setText("? " + doubt.message())

    def _take_lane_suggestion(self) -> bool:
        """Tab while the lane question stands: the existing lane replaces the typed name."""
        text = self.guard.take()
        if text is None:
            return False
        self.line.setText(text)
        self.line.setCursorPosition(len(text))
        self.feedback.clear()
        return True

    def _line_edited(self) -> None:
        if self.guard.pending is not None:
            self.feedback.clear()  # the question was about the line before this edit
        self.guard.reset()

    def _say(self, message: str, ok: bool = True) -> None:
        self._style(OK_STYLE if ok else ERROR_STYLE)
        self.feedback.setText(("✓ " if ok else "⚠ ") + message)

    def _style(self, style: str) -> None:
        # Only when it changes: setting a style sheet re-polishes the label and lays out its panel again.
        if self.feedback.styleSheet() != style:
            self.feedback.setStyleSheet(style)

    def _update_mode(self) -> None:
        if self.insert_after is None:
            self.mode.setText(tr("CapturePanel", "New steps are added at the end."))
            return
        row = self.steps.row_of(self.insert_after)
        label = self.steps.steps[row].label if row >= 0 else "?"
        self.mode.setText(tr("CapturePanel", "Insert after “{label}” — Esc ends inserting.", label=label))

    # --- selection ---------------------------------------------------------------------------

    def navigate(self, delta: int) -> None:
        if not self.steps.steps:
            return
        row = self.steps.row_of(self.workspace.selected_step)
        row = len(self.steps.steps) - 1 if row < 0 else max(0, min(len(self.steps.steps) - 1, row + delta))
        self.workspace.select_step(self.steps.steps[row].id)

    def _show_selection(self, step_id: str) -> None:
        row = self.steps.row_of(step_id)
        selection = self.list.selectionModel()
        if row < 0:
            selection.clearSelection()
            return
        index = self.steps.index(row, 0)
        if selection.currentIndex() != index:
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.list.scrollTo(index)

    def _list_moved(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.workspace.select_step(current.data(STEP_ID_ROLE))

    # --- step commands (the main window's actions) ---------------------------------------------

    def _selected(self) -> str | None:
        if self.workspace.selected_step is None:
            self._say(tr("CapturePanel", "Select a step first (Up/Down in the entry line, or click it)."), ok=False)
        return self.workspace.selected_step

    def _apply(self, edit: Any) -> bool:
        try:
            self.workspace.apply(edit)
        except WerkstattError as error:
            self._say(error.message, ok=False)
            return False
        self._say(edit.text)
        return True

    def start_insert(self) -> None:
        if (step := self._selected()) is not None:
            self.insert_after = step
            self._update_mode()
            self.line.setFocus()

    def move_selected(self, delta: int) -> None:
        if (step := self._selected()) is not None:
            self._apply(MoveStepInOrder(step, delta))

    def move_to_lane(self) -> None:
        if (step := self._selected()) is None:
            return
        view = self.workspace.view()
        lanes = view.lanes if view is not None else []
        names = [lane.name for lane in lanes]
        name, ok = QInputDialog.getItem(self, tr("CapturePanel", "Move to lane"),
                                        tr("CapturePanel", "Lane for the selected step:"), names, 0, False)
        if ok and name in names:
            self._apply(MoveStep(step, lane_id=lanes[names.index(name)].id))

    def make_decision(self) -> None:
        if (step := self._selected()) is not None and self._apply(MakeDecision(step, tr("CapturePanel", "yes"))):
            self.session().last_decision = step  # the next "[no] …" branches from it
            self.line.setFocus()
            if not self.line.text():  # never overwrite a half-typed line
                self.line.setText(f"[{tr('CapturePanel', 'no')}] ")

    def connect_loop(self) -> None:
        """Connect the selected step back (or forward) to another step, chosen by its label."""
        if (step := self._selected()) is None:
            return
        labels = [s.label for s in self.steps.steps if s.id != step]
        ids = [s.id for s in self.steps.steps if s.id != step]
        label, ok = QInputDialog.getItem(self, tr("CapturePanel", "Connect"),
                                         tr("CapturePanel", "Connect the selected step to:"), labels, 0, False)
        if ok and label in labels:
            self._apply(AddFlow(step, ids[labels.index(label)]))

    def delete_selected(self) -> None:
        if (step := self._selected()) is None:
            return
        row = self.steps.row_of(step)
        view = self.workspace.view()
        orphans = sum(p.step == step for p in view.pain_points) if view else 0
        if self._apply(DeleteStep(step)):
            if orphans:
                self._say(tr("CapturePanel", "Step deleted; its {count} pain points now belong to the whole process.",
                             count=orphans))
            remaining = self.steps.steps
            if remaining:
                self.workspace.select_step(remaining[min(row, len(remaining) - 1)].id)
