"""The dialog that prepares a voting round: the question, the method, the items, and the rules announced before.

The rules are decided before anyone votes (REFERENCE §6), so they are all here: dots per person
(proposed as items ÷ 2 + 1 while the facilitator ticks items, until they type their own number),
the cap per item, own proposals, entry per person, off the wall or from the phones, the scale, the minimum group
size for the breakdown. A refusal is shown in the dialog, which stays open with everything set.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from werkstatt.edits.voting import PrepareRound
from werkstatt.i18n import tr
from werkstatt.read import findings
from werkstatt.ui.common.forms import message_label, save_cancel_buttons
from werkstatt.ui.common.roles import ID_ROLE, KIND_ROLE
from werkstatt.ui.findings.dialogs import apply_or_explain
from werkstatt.ui.workspace import Workspace
from werkstatt.voting.grid_text import method_name
from werkstatt.voting.rounds import default_budget
from werkstatt.voting.rules import check_settings

METHODS = ("dots", "effort_benefit", "consensus")


class NewRoundDialog(QDialog):
    """Prepare a round on the open workshop; on Save it is applied (undoable) and chosen in the workspace."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.round_id: str | None = None  # set once the round is prepared
        self.setWindowTitle(tr("NewRoundDialog", "New voting round"))
        form = QFormLayout()
        self.question = QLineEdit(tr("NewRoundDialog", "Which pain points should we tackle first?"), self)
        self.question.setAccessibleName(tr("NewRoundDialog", "Question"))
        self.question.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        form.addRow(tr("NewRoundDialog", "&Question:"), self.question)
        self.method = self._combo(form, tr("NewRoundDialog", "&Method:"), tr("NewRoundDialog", "Method"),
                                  [(code, method_name(code)) for code in METHODS])
        self.items = QListWidget(self)
        self.items.setAccessibleName(tr("NewRoundDialog", "Items voted on"))
        self.items.setWordWrap(True)
        form.addRow(tr("NewRoundDialog", "&Items:"), self.items)
        self.budget = self._spin(form, tr("NewRoundDialog", "&Dots per person:"),
                                 tr("NewRoundDialog", "Dots per person"), 1, 99)
        self.cap = self._spin(form, tr("NewRoundDialog", "&Cap per item:"), tr("NewRoundDialog", "Cap per item"), 0, 99)
        self.cap.setSpecialValueText(tr("NewRoundDialog", "no cap"))
        self.cap.setToolTip(tr("NewRoundDialog", "1 means no stacking: one dot per item at most."))
        self.own_proposals = QCheckBox(tr("NewRoundDialog", "&Own proposals may be voted for"), self)
        self.own_proposals.setAccessibleName(tr("NewRoundDialog", "Own proposals may be voted for"))
        self.own_proposals.setChecked(True)
        form.addRow("", self.own_proposals)
        self.entry = self._combo(form, tr("NewRoundDialog", "&Entry:"), tr("NewRoundDialog", "Entry"),
                                 [("per_person", tr("NewRoundDialog", "per person (a grid)")),
                                  ("wall", tr("NewRoundDialog", "totals read off the wall")),
                                  ("phones", tr("NewRoundDialog", "from the participants' phones"))])
        self.scale = self._combo(form, tr("NewRoundDialog", "&Scale:"), tr("NewRoundDialog", "Scale"),
                                 [("five", tr("NewRoundDialog", "1–5")),
                                  ("matrix", tr("NewRoundDialog", "2×2 matrix (low/high)"))])
        self.min_group = self._spin(form, tr("NewRoundDialog", "Minimum &group size:"),
                                    tr("NewRoundDialog", "Minimum group size for the breakdown"), 1, 99)
        self.min_group.setValue(3)
        self.message = message_label(self, tr("NewRoundDialog", "Message"))
        self.buttons = save_cancel_buttons(self)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("NewRoundDialog", "&Prepare round"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self._budget_typed = False  # once the facilitator types a number, ticking items no longer changes it
        self._fill_items()
        self.method.currentIndexChanged.connect(self._method_changed)
        self.entry.currentIndexChanged.connect(self._entry_changed)
        self.items.itemChanged.connect(self._items_changed)
        self.budget.valueChanged.connect(self._budget_edited)
        self._method_changed()
        self.question.setFocus()
        self.question.selectAll()

    # --- building ------------------------------------------------------------------------------

    def _combo(self, form: QFormLayout, label: str, name: str, choices: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        for code, shown in choices:
            combo.addItem(shown, code)
        form.addRow(label, combo)
        return combo

    def _spin(self, form: QFormLayout, label: str, name: str, low: int, high: int) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setAccessibleName(name)
        spin.setRange(low, high)
        form.addRow(label, spin)
        return spin

    def _fill_items(self) -> None:
        with self.workspace.reading() as session:
            pain = findings.pain_points(session, self.workspace.model_id) if self.workspace.model_id else []
            measures = findings.measures(session, self.workspace.workshop_id, self.workspace.model_id)
        for row in pain:
            self._add("pain_point", row.id, tr("NewRoundDialog", "Pain point: {text}", text=row.text))
        for measure in measures:
            self._add("measure", measure.id, tr("NewRoundDialog", "Measure: {text}", text=measure.text))
        if self.items.count():
            self.items.setCurrentRow(0)

    def _add(self, kind: str, target_id: str, text: str) -> None:
        item = QListWidgetItem(text, self.items)
        item.setData(KIND_ROLE, kind)
        item.setData(ID_ROLE, target_id)
        item.setToolTip(text)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)

    # --- reacting --------------------------------------------------------------------------------

    def _method_changed(self) -> None:
        """Tick what the method is usually about: pain points for dots and consensus, measures for effort/benefit."""
        method = self.method.currentData()
        wanted = "measure" if method == "effort_benefit" else "pain_point"
        self.items.blockSignals(True)
        for i in range(self.items.count()):
            item = self.items.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(KIND_ROLE) == wanted else Qt.CheckState.Unchecked)
        self.items.blockSignals(False)
        dots = method == "dots"
        for widget in (self.budget, self.cap):
            widget.setEnabled(dots)
        self.scale.setEnabled(method == "effort_benefit")
        self._entry_changed()
        self._items_changed()

    def _entry_changed(self) -> None:
        """Anonymous phones propose nothing and belong to no organisation: those two rules do not apply."""
        phones = self.entry.currentData() == "phones"
        self.own_proposals.setEnabled(self.method.currentData() == "dots" and not phones)
        self.min_group.setEnabled(not phones)

    def _items_changed(self, _item: QListWidgetItem | None = None) -> None:
        if not self._budget_typed:
            self.budget.blockSignals(True)
            self.budget.setValue(default_budget(len(self.options())))
            self.budget.blockSignals(False)

    def _budget_edited(self, _value: int) -> None:
        self._budget_typed = True

    # --- saving ----------------------------------------------------------------------------------

    def options(self) -> list[tuple[str, str]]:
        """The ticked items as (kind, id), in the order shown."""
        return [(item.data(KIND_ROLE), item.data(ID_ROLE)) for item in map(self.items.item, range(self.items.count()))
                if item.checkState() == Qt.CheckState.Checked]

    def explain(self, sentence: str) -> None:
        self.message.setText(sentence)
        self.message.show()

    def edit(self) -> PrepareRound:
        method = self.method.currentData()
        dots = method == "dots"
        return PrepareRound(
            self.workspace.workshop_id or "", self.question.text(), self.options(), method=method,
            model_id=self.workspace.model_id, dots_per_person=self.budget.value() if dots else None,
            max_per_item=(self.cap.value() or None) if dots else None,
            own_proposals_allowed=self.own_proposals.isChecked() or not dots, entry=self.entry.currentData(),
            scale=self.scale.currentData(), min_group_size=self.min_group.value(), round_id=str(uuid.uuid4()))

    def save(self) -> bool:
        if not self.workspace.workshop_id:
            self.explain(tr("NewRoundDialog", "Open a workshop first."))
            return False
        edit = self.edit()
        dots = self.method.currentData() == "dots"
        problem = check_settings(self.method.currentData(), self.budget.value() if dots else None,
                                 (self.cap.value() or None) if dots else None, self.min_group.value(),
                                 len(edit.options))
        if problem:
            self.explain(problem)
            return False
        if not apply_or_explain(self.workspace, lambda: edit, self.explain):
            return False
        self.round_id = edit.round_id
        self.workspace.select_round(edit.round_id)
        return True

    def accept(self) -> None:
        if self.save():
            super().accept()


def ask_new_round(parent: QWidget | None, workspace: Workspace) -> str | None:
    """Ask for a new round on the open workshop; its id once prepared, None when cancelled."""
    if not workspace.workshop_id:
        workspace.tell(tr("NewRoundDialog", "Open a workshop first."))
        return None
    dialog = NewRoundDialog(workspace, parent)
    try:
        return dialog.round_id if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
