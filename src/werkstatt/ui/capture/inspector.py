"""The step inspector: every attribute of the selected step, each change one undoable edit."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from werkstatt.capture.catalogue import Catalogue
from werkstatt.capture.fields import (
    kind_name,
    medium_name,
    parse_duration,
    parse_probability,
    show_duration,
    show_probability,
)
from werkstatt.edits import MoveStep, set_step_attributes
from werkstatt.errors import WerkstattError
from werkstatt.i18n import tr
from werkstatt.model import MEDIA, STEP_KINDS
from werkstatt.read.model import LaneRow, StepRow
from werkstatt.store.changes import Changes
from werkstatt.ui.capture.line import FeedbackLine
from werkstatt.ui.common.sizing import SteadyHolder
from werkstatt.ui.workspace import Workspace


class StepInspector(QWidget):
    """Shows the workspace's selected step; a field is saved when the facilitator leaves it."""

    def __init__(self, workspace: Workspace, catalogue: Catalogue | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.step: StepRow | None = None
        self._lanes: list[LaneRow] = []
        self._organisations: list[tuple[str, str]] | None = None  # (id, name), read again when they change
        self._loading = False

        # Two lines at most (the whole label in the tooltip), held apart from the form: a title that
        # changes with every selected step laid out the inspector and repainted the column.
        self.title = FeedbackLine()
        self.title.setText(tr("StepInspector", "No step selected."))
        self.label = QLineEdit()
        self.lane = QComboBox()
        self.lane_organisation = QComboBox()
        self.kind = QComboBox()
        for code in STEP_KINDS:
            self.kind.addItem(kind_name(code), code)
        self.block = QComboBox()
        self.block.setEditable(True)
        self.block.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.block.setModel(_block_model(catalogue))
        self.processing = QLineEdit()
        self.processing.setPlaceholderText(tr("StepInspector", "e.g. 10 min or 1.5 h"))
        self.waiting = QLineEdit()
        self.waiting.setPlaceholderText(tr("StepInspector", "e.g. 3 days"))
        self.probability = QLineEdit()
        self.probability.setPlaceholderText(tr("StepInspector", "always (or e.g. 30 %)"))
        self.it_system = QLineEdit()
        self.medium = QComboBox()
        for code in ("", *MEDIA):
            self.medium.addItem(medium_name(code), code)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(90)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a51d00;")

        form = QFormLayout(self)
        form.addRow(SteadyHolder(self.title))
        form.addRow(self.message)  # at the top: a refusal must be seen without scrolling
        rows = [
            (tr("StepInspector", "Label"), self.label), (tr("StepInspector", "Lane"), self.lane),
            (tr("StepInspector", "Organisation of the lane"), self.lane_organisation),
            (tr("StepInspector", "Kind"), self.kind), (tr("StepInspector", "Building block"), self.block),
            (tr("StepInspector", "Processing time"), self.processing),
            (tr("StepInspector", "Waiting time"), self.waiting),
            (tr("StepInspector", "Probability"), self.probability),
            (tr("StepInspector", "IT system"), self.it_system), (tr("StepInspector", "Medium"), self.medium),
            (tr("StepInspector", "Notes"), self.notes),
        ]
        for text, widget in rows:
            widget.setAccessibleName(text)
            form.addRow(text, widget)
        self._fields = {"label": self.label, "processing_minutes": self.processing, "waiting_minutes": self.waiting,
                        "probability": self.probability, "it_system": self.it_system}
        self._refused: set[str] = set()  # fields whose typed text was refused: kept until corrected

        self.label.editingFinished.connect(lambda: self._save("label", self.label.text()))
        self.processing.editingFinished.connect(
            lambda: self._save("processing_minutes", self.processing.text(), parse_duration))
        self.waiting.editingFinished.connect(
            lambda: self._save("waiting_minutes", self.waiting.text(), lambda t: parse_duration(t, waiting=True)))
        self.probability.editingFinished.connect(
            lambda: self._save("probability", self.probability.text(), parse_probability))
        self.it_system.editingFinished.connect(lambda: self._save("it_system", self.it_system.text()))
        self.kind.activated.connect(lambda _i: self._save("kind", self.kind.currentData()))
        self.medium.activated.connect(lambda _i: self._save("medium", self.medium.currentData()))
        self.block.activated.connect(lambda _i: self._save_block())
        self.block.lineEdit().editingFinished.connect(self._save_block)
        self.lane.activated.connect(lambda _i: self._move_lane())
        self.lane_organisation.activated.connect(lambda _i: self._set_lane_organisation())
        self.notes.installEventFilter(self)
        workspace.selection_changed.connect(self.load)
        workspace.data_changed.connect(self._data_changed)  # bound methods: disconnected when the widget goes
        self.reload()

    def _data_changed(self, changes: Changes) -> None:
        if changes.touches("organisations"):
            self._organisations = None
        step_id = self.workspace.selected_step
        if changes.touches("lanes", "organisations", "process_models") or (
                step_id and changes.touches_ids("steps", (step_id,))):
            self.reload()

    def reload(self) -> None:
        self.load(self.workspace.selected_step or "")

    def load(self, step_id: str) -> None:
        step = None
        view = self.workspace.view() if step_id else None
        if view is not None:
            self._lanes = view.lanes
            step = next((s for s in view.steps if s.id == step_id), None)
        if step is None or self.step is None or step.id != self.step.id:
            self._forget_refusals()
        self.step = step
        self.setEnabled(step is not None)
        if step is None:
            self.title.setText(tr("StepInspector", "No step selected."))
            for field in self._fields.values():
                field.clear()
            self.notes.clear()
            return
        self._loading = True
        try:
            self.title.setText(tr("StepInspector", "Step “{label}”", label=step.label))
            self._show("label", step.label)
            _fill(self.lane, [(lane.id, lane.name) for lane in self._lanes])
            self.lane.setCurrentIndex(max(0, self.lane.findData(step.lane_id)))
            self._fill_lane_organisation(step.lane_id)
            self.kind.setCurrentIndex(max(0, self.kind.findData(step.kind)))
            self.block.setCurrentIndex(-1)
            self.block.setEditText(step.block or "")
            self._show("processing_minutes", show_duration(step.processing_minutes))
            self._show("waiting_minutes", show_duration(step.waiting_minutes, waiting=True))
            self._show("probability", show_probability(step.probability))
            self._show("it_system", step.it_system or "")
            self.medium.setCurrentIndex(max(0, self.medium.findData(step.medium or "")))
            if self.notes.toPlainText() != (step.notes or "") and not self.notes.hasFocus():
                self.notes.setPlainText(step.notes or "")
        finally:
            self._loading = False

    def _save(self, name: str, raw: Any, parse: Callable[[str], Any] | None = None) -> None:
        if self._loading or self.step is None:
            return
        try:
            value = parse(raw) if parse else raw
            shown = getattr(self.step, name)
            if value == shown or (value in ("", None) and shown in ("", None)):
                self._accept(name)
                return
            self._accept(name)
            self.workspace.apply(set_step_attributes(self.step.id, **{name: value}))
        except WerkstattError as error:
            self._refuse(name, error.message)

    def _show(self, name: str, text: str) -> None:
        """Put the stored value into a field, unless it holds refused text the facilitator still has to fix."""
        field = self._fields[name]
        typing = field.hasFocus() and field.isModified()  # an edit elsewhere must not wipe what is being typed
        if name not in self._refused and not typing and field.text() != text:
            field.setText(text)

    def _refuse(self, name: str, message: str) -> None:
        self.message.setText("⚠ " + message)
        if name in self._fields:
            self._refused.add(name)
            self._fields[name].setStyleSheet("border: 2px solid #a51d00;")

    def _accept(self, name: str) -> None:
        if name in self._refused:
            self._refused.discard(name)
            self._fields[name].setStyleSheet("")
        if not self._refused:
            self.message.clear()

    def _forget_refusals(self) -> None:
        for name in list(self._refused):
            self._accept(name)
        if self.message.text():  # QLabel.clear() lays out the whole form again, even when empty
            self.message.clear()

    def _save_block(self) -> None:
        text = self.block.currentText().strip()
        catalogue_block = self.block.model().findItems(text) if text else []
        self._save("block", catalogue_block[0].text() if catalogue_block else text)

    def _move_lane(self) -> None:
        if self._loading or self.step is None or self.lane.currentData() == self.step.lane_id:
            return
        try:
            self.workspace.apply(MoveStep(self.step.id, lane_id=self.lane.currentData()))
        except WerkstattError as error:
            self._refuse("lane", error.message)

    def _fill_lane_organisation(self, lane_id: str) -> None:
        from werkstatt.edits.organisations import live_organisations

        if self._organisations is None:  # read once, not at every selected step
            with self.workspace.reading() as session:
                self._organisations = [(o.id, o.name) for o in live_organisations(session)]
        choices = self._organisations
        lane = next((lane for lane in self._lanes if lane.id == lane_id), None)
        _fill(self.lane_organisation, [(None, tr("StepInspector", "(none)")), *choices])
        current = lane.organisation_id if lane else None
        self.lane_organisation.setCurrentIndex(max(0, self.lane_organisation.findData(current)))

    def _set_lane_organisation(self) -> None:
        from werkstatt.edits.organisations import SetLaneOrganisation

        if self._loading or self.step is None:
            return
        lane = next((lane for lane in self._lanes if lane.id == self.step.lane_id), None)
        chosen = self.lane_organisation.currentData()
        if lane is None or chosen == lane.organisation_id:
            return
        try:
            self.workspace.apply(SetLaneOrganisation(lane.id, chosen))
        except WerkstattError as error:
            self._refuse("lane_organisation", error.message)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.notes and event.type() == QEvent.Type.FocusOut:
            self._save("notes", self.notes.toPlainText())
        return super().eventFilter(watched, event)


def _block_model(catalogue: Catalogue | None) -> QStandardItemModel:
    """The catalogue grouped by category: a header row (not selectable) before each group's blocks."""
    model = QStandardItemModel()
    model.appendRow(QStandardItem(""))
    if catalogue is None:
        return model
    for category in catalogue.categories():
        header = QStandardItem(f"— {category} —")
        header.setFlags(Qt.ItemFlag.NoItemFlags)
        model.appendRow(header)
        for block in (b for b in catalogue.blocks if b.category == category):
            model.appendRow(QStandardItem(block.name))
    return model


def _fill(combo: QComboBox, choices: list[tuple[str | None, str]]) -> None:
    """The combo's entries, when they differ: refilling it at every selected step laid out the
    inspector, and repainted the whole capture column, twice a frame."""
    if [(combo.itemData(i), combo.itemText(i)) for i in range(combo.count())] == choices:
        return
    combo.clear()
    for value, text in choices:
        combo.addItem(text, value)
