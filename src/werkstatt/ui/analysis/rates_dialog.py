"""The rate table of the analysis, editable: working hours, hourly rates per pay grade, overheads.

Each value shows where it comes from (the KGSt default, a value for all organisations, or one for the
chosen organisation). Changing a value stores it as one undoable ``SetRate``; an empty field goes back
to what applies without it. A refused value (out of range, not a number) stays in its field with a
sentence, so nothing typed is lost.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from werkstatt.analysis.rates import DEFAULTS, HOURLY_RATES, normalise_pay_grade
from werkstatt.edits.rates import SetRate
from werkstatt.errors import WerkstattError
from werkstatt.i18n import tr
from werkstatt.model import Organisation, RateSetting
from werkstatt.store.changes import Changes
from werkstatt.ui.common.locale import number, parse_number
from werkstatt.ui.workspace import Workspace

# --- what the dialog shows ---------------------------------------------------------------------


@dataclass(frozen=True)
class RateRow:
    key: str
    label: str
    unit: str  # "h", "€/h" or "%"


def rate_rows(extra_grades: list[str]) -> list[RateRow]:
    """Working hours, overheads, the default rate, every known pay grade, then grades only lanes use."""
    rows = [RateRow("hours:employee", tr("RatesDialog", "Annual working hours, employees"), "h"),
            RateRow("hours:civil_servant", tr("RatesDialog", "Annual working hours, civil servants"), "h"),
            RateRow("overhead:office", tr("RatesDialog", "Overhead, office work"), "%"),
            RateRow("overhead:non_office", tr("RatesDialog", "Overhead, non-office work"), "%"),
            RateRow("rate:default", tr("RatesDialog", "Hourly rate without pay grade"), "€/h")]
    grades = list(HOURLY_RATES) + sorted(g for g in dict.fromkeys(extra_grades) if g and g not in HOURLY_RATES)
    rows += [RateRow(f"rate:{grade}", tr("RatesDialog", "Hourly rate {grade}", grade=grade), "€/h")
             for grade in grades]
    return rows


def shown_value(row: RateRow, value: float) -> str:
    if row.unit == "%":
        return number(value * 100, 1 if round(value * 100, 1) % 1 else 0) + " %"
    return number(value, 0 if row.unit == "h" else 2)


class RatesDialog(QDialog):
    """Edit the rates for all organisations or for one; every change is one step on the undo stack."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(tr("RatesDialog", "Rates of the analysis"))
        self._refused: dict[str, str] = {}  # key -> text the user typed that was refused (kept in the field)
        self._edits: dict[str, tuple[QLineEdit, QLineEdit, QLabel]] = {}

        self.scope = QComboBox()
        self.scope.setAccessibleName(tr("RatesDialog", "Rates apply to"))
        scope_label = QLabel(tr("RatesDialog", "Rates &apply to:"))
        scope_label.setBuddy(self.scope)
        top = QHBoxLayout()
        top.addWidget(scope_label)
        top.addWidget(self.scope, 1)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(tr("RatesDialog", "Message"))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        hint = QLabel(tr("RatesDialog", "Change a value and press Enter to store it. An empty field goes back to "
                                        "the value that applies without it."))
        hint.setWordWrap(True)

        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        for column, title in enumerate((tr("RatesDialog", "Rate"), "", tr("RatesDialog", "Amount"), "",
                                        tr("RatesDialog", "Source"), tr("RatesDialog", "Set for"))):
            if title:
                header = QLabel(f"<b>{title}</b>")
                self.grid.addWidget(header, 0, column)
        self.grid.setColumnStretch(4, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid_host)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(900, 640)

        self._fill_scopes()
        self._build_rows()
        self.scope.currentIndexChanged.connect(self._scope_changed)
        workspace.data_changed.connect(self._data_changed)  # a bound method: disconnected when the dialog goes
        workspace.failed.connect(self._show_refusal)
        self.refresh()

    def _data_changed(self, changes: Changes) -> None:
        if changes.touches("rate_settings", "organisations", "lanes", "process_models"):
            self.refresh()

    # --- building -----------------------------------------------------------------------------

    def _fill_scopes(self) -> None:
        with self.workspace.reading() as session:
            organisations = [(o.id, o.name) for o in session.scalars(
                select(Organisation).where(Organisation.deleted.is_(False)).order_by(Organisation.name))]
        self.scope.addItem(tr("RatesDialog", "All organisations"), None)
        for organisation_id, name in organisations:
            self.scope.addItem(name, organisation_id)

    def _lane_grades(self) -> list[str]:
        view = self.workspace.view()
        if view is None:
            return []
        return [normalise_pay_grade(lane.pay_grade or "") for lane in view.lanes]

    def _build_rows(self) -> None:
        self.rows = rate_rows(self._lane_grades())
        for number_, row in enumerate(self.rows, start=1):
            name = QLabel(row.label)
            value = QLineEdit()
            value.setAccessibleName(row.label)
            value.setAlignment(Qt.AlignmentFlag.AlignRight)
            value.setMaximumWidth(110)
            name.setBuddy(value)
            source = QLineEdit()
            source.setAccessibleName(tr("RatesDialog", "Source of {what}", what=row.label))
            origin = QLabel()
            self.grid.addWidget(name, number_, 0)
            self.grid.addWidget(value, number_, 2)
            self.grid.addWidget(QLabel(row.unit), number_, 3)
            self.grid.addWidget(source, number_, 4)
            self.grid.addWidget(origin, number_, 5)
            value.editingFinished.connect(lambda row=row: self.store(row.key))
            source.editingFinished.connect(lambda row=row: self.store(row.key, source_only=True))
            self._edits[row.key] = (value, source, origin)

    # --- reading ------------------------------------------------------------------------------

    def organisation_id(self) -> str | None:
        return self.scope.currentData()

    def _stored(self, organisation_id: str | None) -> dict[str, tuple[float, str]]:
        owner = (RateSetting.organisation_id.is_(None) if organisation_id is None
                 else RateSetting.organisation_id == organisation_id)
        with self.workspace.reading() as session:
            return {r.key: (r.value, r.source) for r in session.scalars(
                select(RateSetting).where(RateSetting.deleted.is_(False), owner))}

    def effective(self) -> dict[str, tuple[float | None, str, str]]:
        """key -> (value or None, its source, where it is set) for the chosen scope."""
        organisation_id = self.organisation_id()
        for_all = self._stored(None)
        own = self._stored(organisation_id) if organisation_id is not None else {}
        result: dict[str, tuple[float | None, str, str]] = {}
        for row in self.rows:
            if row.key in own:
                value, source = own[row.key]
                result[row.key] = (value, source, tr("RatesDialog", "this organisation"))
            elif row.key in for_all:
                value, source = for_all[row.key]
                result[row.key] = (value, source, tr("RatesDialog", "all organisations"))
            elif row.key in DEFAULTS:
                value, source = DEFAULTS[row.key]
                # analysis.rates marks the sources of its defaults for translation, in its context
                result[row.key] = (value, tr("Rates", source), tr("RatesDialog", "default"))
            else:
                result[row.key] = (None, tr("RatesDialog", "none: counted as 0 €"), tr("RatesDialog", "default"))
        return result

    def refresh(self) -> None:
        self._values = self.effective()
        for key, (value, source, origin) in self._values.items():
            value_edit, source_edit, origin_label = self._edits[key]
            row = next(r for r in self.rows if r.key == key)
            if key not in self._refused:
                value_edit.setText("" if value is None else shown_value(row, value))
            source_edit.setText(source)
            source_edit.setCursorPosition(0)  # the start of a long source says the most
            origin_label.setText(origin)

    def _scope_changed(self) -> None:
        self._refused.clear()
        self.message.clear()
        self.refresh()

    # --- storing ------------------------------------------------------------------------------

    def store(self, key: str, source_only: bool = False) -> bool:
        """Store what the row's fields say; True when stored (or nothing changed), False when refused."""
        value_edit, source_edit, _origin = self._edits[key]
        row = next(r for r in self.rows if r.key == key)
        old_value, old_source, _where = self._values[key]
        organisation_id = self.organisation_id()
        own_here = key in (self._stored(organisation_id))
        text = value_edit.text().strip()
        source = source_edit.text().strip()
        if source_only:
            if source == old_source or not own_here or old_value is None:
                return True  # a source is stored with a value of this scope; typed before the value, it waits
            edit = SetRate(organisation_id, key, old_value, source)
            return self._apply(key, edit)
        if not text:
            if not own_here:
                self._refused.pop(key, None)
                self.refresh()
                return True
            return self._apply(key, SetRate(organisation_id, key, None))
        value = parse_number(text)
        if value is None:
            return self._refuse(key, tr("RatesDialog", "“{text}” is not a number.", text=text))
        if row.unit == "%":
            value /= 100.0
        if old_value is not None and abs(value - old_value) < 1e-9 and key not in self._refused:
            return True
        if source == old_source and not own_here:
            source = tr("RatesDialog", "own value")  # the default's label no longer fits a value the user typed
        try:
            edit = SetRate(organisation_id, key, value, source)
        except WerkstattError as error:
            return self._refuse(key, error.message)
        return self._apply(key, edit)

    def _apply(self, key: str, edit: SetRate) -> bool:
        self._refused.pop(key, None)
        if not self.workspace.try_apply(edit):
            self._refused[key] = self._edits[key][0].text()
            return False
        self.message.clear()
        self.refresh()
        return True

    def _refuse(self, key: str, sentence: str) -> bool:
        self._refused[key] = self._edits[key][0].text()
        self._show_refusal(sentence)
        self._edits[key][0].setFocus()
        return False

    def _show_refusal(self, sentence: str) -> None:
        self.message.setText(sentence)

    def value_edit(self, key: str) -> QLineEdit:
        return self._edits[key][0]

    def source_edit(self, key: str) -> QLineEdit:
        return self._edits[key][1]
