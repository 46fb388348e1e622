"""Dialogs for a pain point, a measure, and the pain points a measure answers.

Keyboard first: the text field has the focus, Enter saves, Esc cancels. A refused value (empty,
too long, control characters) is shown in the dialog, which stays open with everything typed.
Saving is one ``workspace.try_apply`` of one edit, so it is one step on the undo stack.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from werkstatt.edits import AddMeasure, AddPainPoint, Edit, Macro, edit_measure, edit_pain_point
from werkstatt.edits.finding_fields import LinkMeasure
from werkstatt.edits.organisations import live_organisations, suggest_organisation
from werkstatt.errors import WerkstattError
from werkstatt.i18n import tr
from werkstatt.model import Step
from werkstatt.read import findings
from werkstatt.read.findings import MeasureRow, PainPointRow
from werkstatt.ui.common.edits import apply_or_explain
from werkstatt.ui.common.forms import choice_combo, lay_out_form, message_label, save_cancel_buttons
from werkstatt.ui.common.roles import ID_ROLE
from werkstatt.ui.workspace import Workspace


@dataclass(frozen=True)
class Named:
    """An organisation as the owner field needs it (what ``suggest_organisation`` reads)."""

    id: str
    name: str
    short_name: str


Index = QModelIndex | QPersistentModelIndex


class _FormDialog(QDialog):
    """A form with a message line and Save/Cancel; ``save`` returns whether the dialog may close."""

    def __init__(self, workspace: Workspace, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.message = message_label(self, tr("FindingDialogs", "Message"))
        self.buttons = save_cancel_buttons(self)
        lay_out_form(self, self.form, self.message, self.buttons)

    def explain(self, message: str) -> None:
        self.message.setText(message)
        self.message.show()

    def save(self) -> bool:
        raise NotImplementedError

    def accept(self) -> None:
        if self.save():
            super().accept()

    def _line(self, label: str, name: str, text: str = "") -> QLineEdit:
        field = QLineEdit(text, self)
        field.setAccessibleName(name)
        self.form.addRow(label, field)
        return field

    def _combo(self, label: str, name: str, choices: Iterable[tuple[str, str]], current: str) -> QComboBox:
        combo = choice_combo(name, choices, current, self)
        self.form.addRow(label, combo)
        return combo

    def _rating(self, label: str, name: str, value: int | None) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setAccessibleName(name)
        spin.setRange(0, 5)
        spin.setSpecialValueText(tr("FindingDialogs", "– (not rated)"))
        spin.setValue(value or 0)
        self.form.addRow(label, spin)
        return spin


class PainPointDialog(_FormDialog):
    """A new pain point on the selected step or the whole process, or a change to an existing one."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None, pain_point_id: str | None = None) -> None:
        super().__init__(workspace, tr("FindingDialogs", "Pain point"), parent)
        self.pain_point_id = pain_point_id
        self.existing: PainPointRow | None = None
        model_id = workspace.model_id or ""
        with workspace.reading() as session:
            if pain_point_id:
                self.existing = next((row for row in findings.pain_points(session, model_id)
                                      if row.id == pain_point_id), None)
                if self.existing is None:
                    raise WerkstattError(tr("FindingDialogs", "The pain point no longer exists."))
            self.step_id, step_label = self._step_to_offer(session, model_id)

        existing = self.existing
        self.text = self._line(tr("FindingDialogs", "&Pain point:"), tr("FindingDialogs", "Pain point text"),
                               existing.text if existing else "")
        self.text.setPlaceholderText(tr("FindingDialogs", "What goes wrong here?"))
        self.text.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        self.category = self._combo(tr("FindingDialogs", "&Category:"), tr("FindingDialogs", "Category"),
                                    findings.categories(), existing.category if existing else "other")
        self.severity = QSpinBox(self)
        self.severity.setAccessibleName(tr("FindingDialogs", "Severity from 1 to 3"))
        self.severity.setRange(1, 3)
        self.severity.setValue(existing.severity if existing else 1)
        self.severity.setToolTip(tr("FindingDialogs", "1 low, 2 medium, 3 high (Alt+1, Alt+2, Alt+3)"))
        self.form.addRow(tr("FindingDialogs", "Se&verity:"), self.severity)
        for value in (1, 2, 3):
            shortcut = QShortcut(QKeySequence(f"Alt+{value}"), self)
            shortcut.activated.connect(lambda value=value: self.severity.setValue(value))

        self.on_step = QRadioButton(
            tr("FindingDialogs", "the s&tep “{label}”", label=step_label) if self.step_id
            else tr("FindingDialogs", "a step (none selected)"), self)
        self.on_process = QRadioButton(tr("FindingDialogs", "the &whole process"), self)
        self.on_step.setEnabled(self.step_id is not None)
        group = QButtonGroup(self)
        group.addButton(self.on_step)
        group.addButton(self.on_process)
        (self.on_step if self.step_id and (existing is None or existing.step_id) else self.on_process).setChecked(True)
        attached = QWidget(self)
        attached.setAccessibleName(tr("FindingDialogs", "Attached to"))
        row = QHBoxLayout(attached)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.on_step)
        row.addWidget(self.on_process)
        row.addStretch(1)
        self.form.addRow(tr("FindingDialogs", "Attached to:"), attached)
        self.text.setFocus()

    def _step_to_offer(self, session: object, model_id: str) -> tuple[str | None, str]:
        """The pain point's own step when editing one that has a step, else the step selected in the diagram."""
        wanted = self.existing.step_id if self.existing and self.existing.step_id else self.workspace.selected_step
        step = session.get(Step, wanted) if wanted else None  # type: ignore[attr-defined]
        if step is None or step.deleted or step.model_id != model_id:
            return None, ""
        return step.id, step.label

    def chosen_step(self) -> str | None:
        return self.step_id if self.on_step.isChecked() else None

    def save(self) -> bool:
        return apply_or_explain(self.workspace, self._edit, self.explain)

    def _edit(self) -> Edit | None:
        if not self.workspace.model_id:
            raise WerkstattError(tr("FindingDialogs", "Open a process model first."))
        text, category, severity = self.text.text(), self.category.currentData(), self.severity.value()
        if self.existing is None:
            return AddPainPoint(self.workspace.model_id, text, step_id=self.chosen_step(), category=category,
                                severity=severity, workshop_id=self.workspace.workshop_id)
        before = self.existing
        changes = {name: value for name, value, old in (
            ("text", text, before.text), ("category", category, before.category),
            ("severity", severity, before.severity), ("step_id", self.chosen_step(), before.step_id),
        ) if (value.strip() if isinstance(value, str) and name == "text" else value) != old}
        return edit_pain_point(before.id, **changes) if changes else None


class PainPointChecklist(QListWidget):
    """The pain points of the open model (and any others already linked) as a checkable list; Space ticks."""

    def __init__(self, rows: Sequence[PainPointRow], checked: Iterable[str], others: dict[str, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("FindingDialogs", "Pain points this measure answers"))
        self.setWordWrap(True)  # the whole pain point is readable, not cut off at the edge
        ticked = set(checked)
        for row in rows:
            where = row.step_label or tr("FindingDialogs", "whole process")
            self._add(row.id, f"{findings.category_name(row.category)}: {row.text} ({where})", row.id in ticked)
        for pain_point_id, text in others.items():
            self._add(pain_point_id, text, pain_point_id in ticked)
        if self.count():
            self.setCurrentRow(0)

    def _add(self, pain_point_id: str, text: str, checked: bool) -> None:
        item = QListWidgetItem(text, self)
        item.setData(ID_ROLE, pain_point_id)
        item.setToolTip(text)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def checked_ids(self) -> list[str]:
        return [self.item(i).data(ID_ROLE) for i in range(self.count())
                if self.item(i).checkState() == Qt.CheckState.Checked]

    def set_checked(self, pain_point_id: str, checked: bool = True) -> None:
        for i in range(self.count()):
            if self.item(i).data(ID_ROLE) == pain_point_id:
                self.item(i).setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)


def _read_measure(workspace: Workspace, measure_id: str | None) -> tuple[MeasureRow | None, list[PainPointRow]]:
    with workspace.reading() as session:
        rows = findings.pain_points(session, workspace.model_id) if workspace.model_id else []
        if measure_id is None:
            return None, rows
        measure = next((m for m in findings.measures(session, workspace.workshop_id, workspace.model_id)
                        if m.id == measure_id), None)
    if measure is None:
        raise WerkstattError(tr("FindingDialogs", "The measure no longer exists."))
    return measure, rows


def _checklist(measure: MeasureRow | None, rows: Sequence[PainPointRow], checked: Iterable[str],
               parent: QWidget) -> PainPointChecklist:
    shown = {row.id for row in rows}
    linked = zip(measure.pain_point_ids, measure.pain_point_texts, strict=True) if measure else ()
    others = {pain_point_id: text for pain_point_id, text in linked if pain_point_id not in shown}
    return PainPointChecklist(rows, checked, others, parent)


class MeasureDialog(_FormDialog):
    """A new measure or a change to one: what, who, by when, status, effort, impact, and its pain points."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None, measure_id: str | None = None,
                 pain_point_ids: Sequence[str] = ()) -> None:
        super().__init__(workspace, tr("FindingDialogs", "Measure"), parent)
        self.existing, rows = _read_measure(workspace, measure_id)
        existing = self.existing
        self.text = self._line(tr("FindingDialogs", "&What:"), tr("FindingDialogs", "What is to be done"),
                               existing.text if existing else "")
        self.text.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)
        self.owner = self._line(tr("FindingDialogs", "W&ho:"), tr("FindingDialogs", "Who does it"),
                                existing.owner if existing else "")
        # "Who" stays free text ("Stadt Witten, Bürgerbüro"), but offers the organisations the workshop
        # page knows; the organisation it names is stored with it, for the measure plan by organisation.
        with workspace.reading() as session:
            self.organisations = [Named(o.id, o.name, o.short_name) for o in live_organisations(session)]
        completer = QCompleter([o.name for o in self.organisations], self.owner)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.owner.setCompleter(completer)
        self.has_due = QCheckBox(tr("FindingDialogs", "&Due by"), self)
        self.has_due.setAccessibleName(tr("FindingDialogs", "Has a due date"))
        self.due = QDateEdit(self)
        self.due.setAccessibleName(tr("FindingDialogs", "Due date"))
        self.due.setCalendarPopup(True)
        self.due.setDate(QDate(existing.due_date) if existing and existing.due_date else QDate.currentDate())
        self.has_due.setChecked(bool(existing and existing.due_date))
        self.due.setEnabled(self.has_due.isChecked())
        self.has_due.toggled.connect(self.due.setEnabled)
        due_row = QHBoxLayout()
        due_row.addWidget(self.has_due)
        due_row.addWidget(self.due)
        due_row.addStretch(1)
        self.form.addRow(tr("FindingDialogs", "By when:"), due_row)
        self.status = self._combo(tr("FindingDialogs", "S&tatus:"), tr("FindingDialogs", "Status"),
                                  findings.statuses(), existing.status if existing else "open")
        self.effort = self._rating(tr("FindingDialogs", "&Effort (1–5):"), tr("FindingDialogs", "Effort"),
                                   existing.effort if existing else None)
        self.impact = self._rating(tr("FindingDialogs", "&Impact (1–5):"), tr("FindingDialogs", "Impact"),
                                   existing.impact if existing else None)
        checked = existing.pain_point_ids if existing else pain_point_ids
        self.pain_points = _checklist(existing, rows, checked, self)
        self.form.addRow(tr("FindingDialogs", "&Answers:"), self.pain_points)
        self.text.setFocus()

    def values(self) -> dict[str, object]:
        due: dt.date | None = self.due.date().toPython() if self.has_due.isChecked() else None  # type: ignore[assignment]
        return {"text": self.text.text(), "owner": self.owner.text(),
                "owner_organisation_id": suggest_organisation(self.owner.text(), self.organisations), "due_date": due,
                "status": self.status.currentData(), "effort": self.effort.value() or None,
                "impact": self.impact.value() or None}

    def save(self) -> bool:
        return apply_or_explain(self.workspace, self._edit, self.explain)

    def _edit(self) -> Edit | None:
        values = self.values()
        links = self.pain_points.checked_ids()
        if self.existing is None:
            if not (self.workspace.workshop_id or self.workspace.model_id):
                raise WerkstattError(tr("FindingDialogs", "Open a workshop or a process model first."))
            return AddMeasure(str(values.pop("text")), workshop_id=self.workspace.workshop_id,
                              model_id=self.workspace.model_id, pain_point_ids=links, **values)
        before = self.existing
        old = {"text": before.text, "owner": before.owner, "due_date": before.due_date, "status": before.status,
               "effort": before.effort, "impact": before.impact}
        organisation = values.pop("owner_organisation_id")
        changes = {name: value for name, value in values.items()
                   if (value.strip() if isinstance(value, str) else value) != old[name]}
        if "owner" in changes:
            changes["owner_organisation_id"] = organisation
        parts: list[Edit] = [edit_measure(before.id, **changes)] if changes else []
        if set(links) != set(before.pain_point_ids):
            parts.append(LinkMeasure(before.id, links))
        if not parts:
            return None
        return parts[0] if len(parts) == 1 else Macro(tr("FindingDialogs", "Change measure"), parts)


class LinkDialog(_FormDialog):
    """Only the pain points a measure answers: tick with Space, Enter saves."""

    def __init__(self, workspace: Workspace, measure_id: str, parent: QWidget | None = None) -> None:
        super().__init__(workspace, tr("FindingDialogs", "Pain points of the measure"), parent)
        measure, rows = _read_measure(workspace, measure_id)
        assert measure is not None
        self.measure = measure
        self.form.addRow(QLabel(measure.text, self))
        self.pain_points = _checklist(measure, rows, measure.pain_point_ids, self)
        self.form.addRow(self.pain_points)
        self.pain_points.setFocus()

    def save(self) -> bool:
        links = self.pain_points.checked_ids()
        if set(links) == set(self.measure.pain_point_ids):
            return True
        return apply_or_explain(self.workspace, lambda: LinkMeasure(self.measure.id, links), self.explain)


# --- editors in the table cells (used by werkstatt.ui.findings.panel) ---------------------------------


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box of (code, name) choices; the model's EditRole is the code."""

    def __init__(self, choices: Callable[[], list[tuple[str, str]]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.choices = choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setAccessibleName(str(index.model().headerData(index.column(), Qt.Orientation.Horizontal)))
        for code, name in self.choices():
            combo.addItem(name, code)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class RatingDelegate(QStyledItemDelegate):
    """A spin box from ``low`` to ``high``; with ``optional``, one below ``low`` shows "–" and means unrated."""

    def __init__(self, low: int, high: int, optional: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.low, self.high, self.optional = low, high, optional

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        spin = QSpinBox(parent)
        spin.setAccessibleName(str(index.model().headerData(index.column(), Qt.Orientation.Horizontal)))
        spin.setRange(self.low - 1 if self.optional else self.low, self.high)
        if self.optional:
            spin.setSpecialValueText("–")
        return spin

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QSpinBox)
        editor.setValue(int(index.data(Qt.ItemDataRole.EditRole) or 0))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QSpinBox)
        editor.interpretText()
        value = editor.value()
        model.setData(index, 0 if self.optional and value < self.low else value, Qt.ItemDataRole.EditRole)


def _ask(workspace: Workspace, make: Callable[[], QDialog]) -> bool:
    try:
        dialog = make()
    except WerkstattError as error:  # the row went away, or nothing is open
        workspace.tell(error.message)
        return False
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()


def ask_pain_point(parent: QWidget | None, workspace: Workspace, pain_point_id: str | None = None) -> bool:
    """Ask for a new pain point (or a change to ``pain_point_id``); True when one was saved."""
    if not workspace.model_id:
        workspace.tell(tr("FindingDialogs", "Open a process model first."))
        return False
    return _ask(workspace, lambda: PainPointDialog(workspace, parent, pain_point_id))


def ask_measure(parent: QWidget | None, workspace: Workspace, measure_id: str | None = None,
                pain_point_ids: Sequence[str] = ()) -> bool:
    """Ask for a new measure (answering ``pain_point_ids`` ticked in advance) or a change to ``measure_id``."""
    if not (workspace.workshop_id or workspace.model_id):
        workspace.tell(tr("FindingDialogs", "Open a workshop or a process model first."))
        return False
    return _ask(workspace, lambda: MeasureDialog(workspace, parent, measure_id, pain_point_ids))


def ask_links(parent: QWidget | None, workspace: Workspace, measure_id: str) -> bool:
    """Ask which pain points the measure answers; True when the links were changed or confirmed."""
    return _ask(workspace, lambda: LinkDialog(workspace, measure_id, parent))
