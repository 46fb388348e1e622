"""The analysis beside the diagram: key figures, rates used, plausibility notes, and as-is vs to-be.

It follows every committed edit: the shared snapshot (``workspace.view()``) goes through the pure
``werkstatt.analysis``; organisations, rates and the model compared with are read once per change in
one short read. The panel writes nothing; the rates dialog it opens writes through undoable edits.
"""

from __future__ import annotations

import html
import time
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, QSignalBlocker, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from werkstatt.analysis.compare import Comparison, compare
from werkstatt.analysis.figures import analyse, analysis_input, organisations_of
from werkstatt.analysis.model import Analysis
from werkstatt.analysis.rates import rate_name, rate_value
from werkstatt.analysis.stored import rates_for
from werkstatt.errors import WerkstattError
from werkstatt.i18n import tr
from werkstatt.model import ProcessModel
from werkstatt.read import model as queries
from werkstatt.store.changes import MODEL_TABLES, Changes
from werkstatt.ui.analysis.highlight import HANDOVER, MEDIA_BREAK, DiagramHighlight
from werkstatt.ui.analysis.rates_dialog import RatesDialog
from werkstatt.ui.analysis.tables import (
    EffortModel,
    action_buttons,
    euro,
    figure_table,
    fit_height,
    minutes_text,
    scrolling_page,
)
from werkstatt.ui.common.locale import number
from werkstatt.ui.common.sizing import compact_combo
from werkstatt.ui.common.when_shown import WhenShown
from werkstatt.ui.workspace import Workspace

Index = QModelIndex | QPersistentModelIndex
_escape = partial(html.escape, quote=False)  # typed text in rich-text labels
ANALYSIS_DELAY_MS = 150  # after the frame, and once for a burst of captured lines
ANALYSED_TABLES = (*MODEL_TABLES, "organisations", "rate_settings")
NOTES_SHOWN = 12  # a long list is the protocol's job; a label with hundreds of notes took 60 ms to lay out


# (label, value text, tooltip) per row of the key figures
FigureRow = tuple[Callable[[], str], Callable[[Analysis], str], Callable[[Analysis], str]]


def _list(items: list[str]) -> str:
    return "\n".join(f"• {item}" for item in items)


FIGURE_ROWS: tuple[FigureRow, ...] = (
    (lambda: tr("AnalysisPanel", "Steps"), lambda a: number(a.counts.steps),
     lambda a: tr("AnalysisPanel", "{n} of them tasks", n=a.counts.tasks)),
    (lambda: tr("AnalysisPanel", "Lanes"), lambda a: number(a.counts.lanes), lambda a: ""),
    (lambda: tr("AnalysisPanel", "Organisations involved"), lambda a: number(a.counts.organisations),
     lambda a: _list(sorted({lane.organisation for lane in a.lanes if lane.organisation}))),
    (lambda: tr("AnalysisPanel", "Decisions"), lambda a: number(a.counts.decisions), lambda a: ""),
    (lambda: tr("AnalysisPanel", "Loops"), lambda a: number(a.counts.loops),
     lambda a: _list([f"{loop.source.label} → {loop.target.label}" for loop in a.loops])),
    (lambda: tr("AnalysisPanel", "Handovers"),
     lambda a: tr("AnalysisPanel", "{n} ({m} between organisations)", n=a.counts.handovers,
                  m=a.counts.organisation_handovers),
     lambda a: _list([f"{h.source.label} → {h.target.label}" + (" ⇄" if h.crosses_organisations else "")
                      for h in a.handovers])),
    (lambda: tr("AnalysisPanel", "Media breaks"), lambda a: number(a.counts.media_breaks),
     lambda a: _list([m.step.label + (f" ({m.block})" if m.reason == "block" else f" ({m.from_medium} → "
                                      f"{m.to_medium})") for m in a.media_breaks])),
    (lambda: tr("AnalysisPanel", "Steps without IT support"), lambda a: number(len(a.steps_without_it)),
     lambda a: _list([s.label for s in a.steps_without_it])),
    (lambda: tr("AnalysisPanel", "Processing time per case"), lambda a: minutes_text(a.time.processing),
     lambda a: tr("AnalysisPanel", "Σ minutes × probability of every step")),
    (lambda: tr("AnalysisPanel", "Waiting time per case"), lambda a: minutes_text(a.time.waiting), lambda a: ""),
    (lambda: tr("AnalysisPanel", "Lead time (longest path)"), lambda a: minutes_text(a.time.lead_time),
     lambda a: tr("AnalysisPanel", "Processing {p} + waiting {w}", p=minutes_text(a.time.lead_processing),
                  w=minutes_text(a.time.lead_waiting))),
    (lambda: tr("AnalysisPanel", "Case volume per year"),
     lambda a: number(a.case_volume) if a.case_volume else tr("AnalysisPanel", "not given"), lambda a: ""),
    # The administrations' effort; the outside parties' (kind "extern") time apart, in hours only.
    (lambda: tr("AnalysisPanel", "Annual effort of the administrations"),
     lambda a: tr("AnalysisPanel", "{n} h", n=number(a.annual_hours)),
     lambda a: tr("AnalysisPanel", "Case volume × the administrations' processing time per case ({m})",
                  m=minutes_text(a.minutes_per_case))),
    (lambda: tr("AnalysisPanel", "FTE of the administrations"), lambda a: number(a.fte, 2), lambda a: ""),
    (lambda: tr("AnalysisPanel", "Annual cost of the administrations"), lambda a: euro(a.annual_cost),
     lambda a: _list([f"{lane.name}: {number(lane.annual_hours)} h × {number(lane.hourly_rate.value, 2)} €/h"
                      for lane in a.lanes if lane.annual_hours and lane.hourly_rate is not None])),
    (lambda: tr("AnalysisPanel", "Outside parties' time per year"),
     lambda a: tr("AnalysisPanel", "{n} h", n=number(a.outside_annual_hours)),
     lambda a: tr("AnalysisPanel", "Citizens', businesses' and inspection bodies' time (Erfüllungsaufwand), "
                                   "not in FTE or cost")),
)


class FiguresModel(QAbstractTableModel):
    """The key figures of one analysis: two columns, figure and value; the details as tooltips."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.analysis: Analysis | None = None

    def set_analysis(self, analysis: Analysis | None) -> None:
        had = self.analysis is not None
        self.analysis = analysis
        if had != (analysis is not None):
            self.beginResetModel()
            self.endResetModel()
        elif analysis is not None:
            self.dataChanged.emit(self.index(0, 1), self.index(len(FIGURE_ROWS) - 1, 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() or self.analysis is None else len(FIGURE_ROWS)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 2:
            return (tr("AnalysisPanel", "Figure"), tr("AnalysisPanel", "Value"))[section]
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.analysis is None or not 0 <= index.row() < len(FIGURE_ROWS):
            return None
        label, value, tip = FIGURE_ROWS[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return label() if index.column() == 0 else value(self.analysis)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tip(self.analysis) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ComparisonModel(QAbstractTableModel):
    """As-is against to-be: every figure with its change, then what the to-be saves per year."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.comparison: Comparison | None = None
        self._rows: list[tuple[str, str, str, str, str]] = []  # figure, as-is, to-be, change, tooltip

    def set_comparison(self, comparison: Comparison | None) -> None:
        rows = self._build(comparison) if comparison is not None else []
        same_shape = len(rows) == len(self._rows)
        self.comparison = comparison
        if same_shape:
            self._rows = rows
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, 3))
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    @staticmethod
    def _value(unit: str, value: float, signed: bool = False) -> str:
        sign = ("+" if value > 0 else "−" if value < 0 else "±") if signed else ""
        magnitude = abs(value) if signed else value
        if unit == "min":  # plain minutes: four columns must fit beside the diagram
            text = tr("AnalysisPanel", "{n} min", n=number(magnitude, 0 if magnitude == int(magnitude) else 1))
        elif unit == "€":
            text = euro(magnitude)
        elif unit == "h":
            text = tr("AnalysisPanel", "{n} h", n=number(magnitude))
        else:
            text = number(magnitude, 0 if magnitude == int(magnitude) else 2)
        return sign + text

    def _build(self, c: Comparison) -> list[tuple[str, str, str, str, str]]:
        rows = [(f.label, self._value(f.unit, f.as_is), self._value(f.unit, f.to_be),
                 self._value(f.unit, f.delta, signed=True), "") for f in c.figures]
        rows += [
            (tr("AnalysisPanel", "Hours saved per year"), "", "",
             tr("AnalysisPanel", "{n} h", n=number(c.hours_saved, 1)), ""),
            (tr("AnalysisPanel", "FTE saved"), "", "", number(c.fte_saved, 2), ""),
            (tr("AnalysisPanel", "Cost saved per year"), "", "", euro(c.cost_saved), ""),
            (tr("AnalysisPanel", "Steps removed"), "", "", number(len(c.steps_removed)), _list(list(c.steps_removed))),
            (tr("AnalysisPanel", "Steps added"), "", "", number(len(c.steps_added)), _list(list(c.steps_added))),
            (tr("AnalysisPanel", "Handovers removed"), "", "", number(len(c.handovers_removed)),
             _list([f"{h.source.label} → {h.target.label}" for h in c.handovers_removed])),
            (tr("AnalysisPanel", "Media breaks removed"), "", "", number(len(c.media_breaks_removed)),
             _list([m.step.label for m in c.media_breaks_removed])),
        ]
        return rows

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole and self.comparison \
                and section in (1, 2):
            return (self.comparison.as_is.model_name, self.comparison.to_be.model_name)[section - 1]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 4:
            names = (tr("AnalysisPanel", "As-is"), tr("AnalysisPanel", "To-be"))
            return (tr("AnalysisPanel", "Figure"), *names, tr("AnalysisPanel", "Change"))[section]
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or not 0 <= index.column() < 4:
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return row[4] or None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class AnalysisPanel(QWidget):
    """Key figures, rates and notes of the open model; the comparison with another model of its process.

    ``attach_diagram(live)`` lets the two highlight actions mark handovers and media breaks on the
    shared diagram. ``last_update_ms`` says how long the last refresh took (read, analyse, show).
    """

    OVERHEADS = (None, "office", "non_office")

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.analysis: Analysis | None = None
        self.comparison: Comparison | None = None
        self.highlight: DiagramHighlight | None = None
        self.live: Any = None
        self.last_update_ms = 0.0

        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setAccessibleName(tr("AnalysisPanel", "Analysed model"))
        self.overhead = compact_combo(QComboBox())
        self.overhead.setAccessibleName(tr("AnalysisPanel", "Overhead on personnel cost"))
        for label in (tr("AnalysisPanel", "no overhead"), tr("AnalysisPanel", "overhead for office work"),
                      tr("AnalysisPanel", "overhead for non-office work")):
            self.overhead.addItem(label)
        self.figures = FiguresModel(self)
        self.figures_view = figure_table(self.figures, tr("AnalysisPanel", "Key figures"))
        self.effort = EffortModel(False, self)
        self.outside = EffortModel(True, self)
        self.effort_view = figure_table(self.effort, tr("AnalysisPanel", "Effort of the administrations"))
        self.outside_view = figure_table(self.outside, tr("AnalysisPanel", "Time of the outside parties"))
        self.rates_label = QLabel()
        self.rates_label.setWordWrap(True)
        self.rates_label.setAccessibleName(tr("AnalysisPanel", "Rates used"))
        self.notes_label = QLabel()
        self.notes_label.setWordWrap(True)
        self.notes_label.setAccessibleName(tr("AnalysisPanel", "Plausibility notes"))
        for label in (self.rates_label, self.notes_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        self.compare_with = compact_combo(QComboBox())
        self.compare_with.setAccessibleName(tr("AnalysisPanel", "Compare with"))
        compare_label = QLabel(tr("AnalysisPanel", "Compare with:"))
        compare_label.setBuddy(self.compare_with)
        self.comparison_model = ComparisonModel(self)
        self.comparison_view = figure_table(self.comparison_model, tr("AnalysisPanel", "Comparison"))
        self.comparison_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(tr("AnalysisPanel", "What the to-be saves"))

        self.highlight_handovers_action = self._action(tr("AnalysisPanel", "Highlight &handovers"), HANDOVER)
        self.highlight_media_breaks_action = self._action(tr("AnalysisPanel", "Highlight &media breaks"), MEDIA_BREAK)
        self.rates_action = QAction(tr("AnalysisPanel", "&Rates of the analysis…"), self)
        self.rates_action.triggered.connect(self.edit_rates)

        buttons = action_buttons((self.highlight_handovers_action, self.highlight_media_breaks_action,
                                  self.rates_action))

        figures_page = QWidget()
        figures_layout = QVBoxLayout(figures_page)
        overhead_row = QHBoxLayout()
        overhead_label = QLabel(tr("AnalysisPanel", "Overhead:"))
        overhead_label.setBuddy(self.overhead)
        overhead_row.addWidget(overhead_label)
        overhead_row.addWidget(self.overhead, 1)
        figures_layout.addLayout(overhead_row)
        for table in (self.figures_view, self.effort_view, self.outside_view):
            figures_layout.addWidget(table)
        figures_layout.addWidget(self.rates_label)
        figures_layout.addWidget(self.notes_label)
        figures_layout.addStretch(1)
        compare_page = QWidget()
        compare_layout = QVBoxLayout(compare_page)
        row = QHBoxLayout()
        row.addWidget(compare_label)
        row.addWidget(self.compare_with, 1)
        compare_layout.addLayout(row)
        compare_layout.addWidget(self.summary)
        compare_layout.addWidget(self.comparison_view)
        compare_layout.addStretch(1)
        self.tabs = QTabWidget()
        self.tabs.addTab(scrolling_page(figures_page), tr("AnalysisPanel", "Figures"))
        self.tabs.addTab(scrolling_page(compare_page), tr("AnalysisPanel", "As-is vs to-be"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(buttons)
        layout.addWidget(self.tabs, 1)

        self.overhead.currentIndexChanged.connect(self.refresh)
        self.compare_with.currentIndexChanged.connect(self.refresh)
        self.tabs.currentChanged.connect(self.refresh)
        # Read after the frame that shows the new step, once for a burst of lines, and only while seen.
        self._when_shown = WhenShown(self, self.refresh, delay_ms=ANALYSIS_DELAY_MS,
                                     wanted=lambda: bool(self.highlight and self.highlight.shown))
        workspace.data_changed.connect(self._data_changed)
        workspace.model_changed.connect(self._model_changed)
        self.refresh()

    def _action(self, text: str, kind: str) -> QAction:
        action = QAction(text, self)
        action.setCheckable(True)
        action.toggled.connect(lambda on: self.set_highlighted(kind, on))
        return action

    # --- the diagram --------------------------------------------------------------------------

    def attach_diagram(self, live: Any) -> None:
        """Mark on ``live`` (a LiveDiagram). Call after it exists: its relayout runs before our marks move."""
        self.live = live
        self.highlight = DiagramHighlight(live.scene)
        self._marks()
        live.relaid.connect(self._relaid)
        self._relaid()

    def _relaid(self, *_args: object) -> None:
        if self.highlight is not None:
            self.highlight.refresh(self.live.diagram)

    def set_highlighted(self, kind: str, on: bool) -> None:
        if self.highlight is not None:
            self.highlight.set_shown(kind, on)
            if on and self._when_shown.stale:  # marks asked for while the panel was hidden
                self._when_shown.now()

    def _marks(self) -> None:
        if self.highlight is None:
            return
        a, view = self.analysis, self.workspace.view()
        if a is None or view is None:
            for kind in (HANDOVER, MEDIA_BREAK):
                self.highlight.set_marks(kind, (), ())
            return
        flow_of = {(f.source, f.target): f.id for f in view.flows}
        self.highlight.set_marks(HANDOVER, (), [h.flow_id for h in a.handovers])
        steps = [m.step.id for m in a.media_breaks if m.reason == "block" or m.previous is None]
        flows = [flow_of.get((m.previous.id, m.step.id), "") for m in a.media_breaks if m.previous is not None]
        self.highlight.set_marks(MEDIA_BREAK, steps, [f for f in flows if f])

    # --- reading and showing ------------------------------------------------------------------

    def _model_changed(self, _model_id: str) -> None:
        with QSignalBlocker(self.compare_with):
            self.compare_with.clear()
        self._when_shown.now()

    def _data_changed(self, changes: Changes) -> None:
        if changes.touches(*ANALYSED_TABLES):
            self._when_shown.request()

    def refresh(self, *_args: object) -> None:
        started = time.perf_counter()
        view = self.workspace.view()
        if view is None:
            self.analysis = self.comparison = None
            self.title.setText(tr("AnalysisPanel", "No process model is open."))
        else:
            try:
                self._analyse(view)
            except WerkstattError as error:  # the compared model vanished in between: analyse without it
                self.workspace.tell(error.message)
                self.comparison = None
        self._show()
        self._marks()
        self.last_update_ms = (time.perf_counter() - started) * 1000

    def _analyse(self, view: queries.ModelView) -> None:
        overhead = self.OVERHEADS[max(0, self.overhead.currentIndex())]
        # The model compared with is read only while its page is shown: capture pays for what the room sees.
        comparing = self.tabs.currentIndex() == 1
        with self.workspace.reading() as session:
            organisations = organisations_of(session)
            rates = rates_for(session, view)  # each lane costed with its organisation's own rates
            self._fill_candidates(self._candidates(session, view), self.compare_with.currentData())
            other_id = self.compare_with.currentData() if comparing else None
            other = None
            if other_id:
                other_view = queries.model_view(session, other_id)
                other = (other_view, rates_for(session, other_view))
        self.analysis = analyse(analysis_input(view, organisations, rates[0], overhead=overhead,
                                               organisation_rates=rates[1]))
        if other is None:
            self.comparison = None
            return
        other_analysis = analyse(analysis_input(other[0], organisations, other[1][0], overhead=overhead,
                                                organisation_rates=other[1][1]))
        # The as-is comes first: when this model is the to-be, the other one is the baseline.
        this_is_to_be = view.model.kind == "soll" and other[0].model.kind != "soll"
        self.comparison = (compare(other_analysis, self.analysis) if this_is_to_be
                           else compare(self.analysis, other_analysis))

    @staticmethod
    def _candidates(session: Any, view: queries.ModelView) -> list[tuple[str, str]]:
        process_id = view.model.process_id
        if not process_id:
            return []
        models = session.scalars(select(ProcessModel).where(
            ProcessModel.process_id == process_id, ProcessModel.deleted.is_(False),
            ProcessModel.id != view.model.id).order_by(ProcessModel.name))
        return [(m.id, f"{m.name} ({kind_name(m.kind)})") for m in models]

    def _fill_candidates(self, candidates: list[tuple[str, str]], current: str | None) -> None:
        shown = [(self.compare_with.itemData(i), self.compare_with.itemText(i))
                 for i in range(1, self.compare_with.count())]
        if shown == candidates and self.compare_with.count():
            return
        if current is None and not self.compare_with.count() and candidates:
            current = candidates[0][0]  # a new model: offer the first other one (mostly its to-be or as-is)
        self.compare_with.blockSignals(True)
        self.compare_with.clear()
        self.compare_with.addItem(tr("AnalysisPanel", "(no comparison)"), None)
        for model_id, name in candidates:
            self.compare_with.addItem(name, model_id)
        found = self.compare_with.findData(current) if current else 0
        self.compare_with.setCurrentIndex(max(0, found))
        self.compare_with.blockSignals(False)

    def _show(self) -> None:
        a = self.analysis
        for model in (self.figures, self.effort, self.outside):
            model.set_analysis(a)
        self.outside_view.setVisible(bool(a and a.outside_parties))
        self.comparison_model.set_comparison(self.comparison)
        for table in (self.figures_view, self.effort_view, self.outside_view, self.comparison_view):
            fit_height(table)
        if a is None:
            self.rates_label.clear()
            self.notes_label.clear()
            self.summary.clear()
            return
        kind = kind_name(a.model_kind)
        self.title.setText(f"<b>{_escape(a.model_name)}</b>" + ("" if kind in a.model_name else f" ({kind})"))
        rates = "".join(f"<li>{_escape(rate_name(r.key))}: {rate_value(r, number)} — <i>{_escape(r.source)}</i>"
                        f"</li>" for r in a.rates_used)
        self.rates_label.setText(f"<b>{tr('AnalysisPanel', 'Rates used')}</b><ul>{rates}</ul>")
        if a.notes:
            notes = "".join(f"<li>{_escape(note.text)}</li>" for note in a.notes[:NOTES_SHOWN])
            more = (tr("AnalysisPanel", "… and {n} more (all of them in the protocol).", n=len(a.notes) - NOTES_SHOWN)
                    if len(a.notes) > NOTES_SHOWN else "")
            self.notes_label.setText(f"<b>{tr('AnalysisPanel', 'Plausibility notes')}</b><ul>{notes}</ul>{more}")
        else:
            self.notes_label.setText(tr("AnalysisPanel", "No gaps: every figure has its input."))
        self.summary.setText(self._summary())

    def _summary(self) -> str:
        c = self.comparison
        if c is None:
            return tr("AnalysisPanel", "Choose another model of the same process (e.g. the to-be) to compare.")
        if c.hours_saved >= 0:
            return tr("AnalysisPanel", "“{to_be}” saves {h} h, {fte} FTE and {cost} per year against “{as_is}”.",
                      to_be=c.to_be.model_name, as_is=c.as_is.model_name, h=number(c.hours_saved, 1),
                      fte=number(c.fte_saved, 2), cost=euro(c.cost_saved))
        return tr("AnalysisPanel", "“{to_be}” needs {h} h, {fte} FTE and {cost} more per year than “{as_is}”.",
                  to_be=c.to_be.model_name, as_is=c.as_is.model_name, h=number(-c.hours_saved, 1),
                  fte=number(-c.fte_saved, 2), cost=euro(-c.cost_saved))

    def edit_rates(self) -> None:
        dialog = RatesDialog(self.workspace, self)
        dialog.exec()
        dialog.deleteLater()


def kind_name(kind: str) -> str:
    return tr("AnalysisPanel", "as-is") if kind == "ist" else tr("AnalysisPanel", "to-be") if kind == "soll" else kind

