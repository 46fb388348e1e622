"""Keeps the shared DiagramScene in step with the open model: relayout after every committed edit."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, Signal

from werkstatt.errors import WerkstattError
from werkstatt.layout import Diagram, ProcessGraph, layout
from werkstatt.layout.graph import FlowSpec, LaneSpec, StepSpec
from werkstatt.read.findings import marker_counts
from werkstatt.read.model import ModelView, kept_prefix
from werkstatt.render.qt import DiagramScene
from werkstatt.store.changes import MODEL_TABLES, VOTING_TABLES, Changes
from werkstatt.ui.workspace import Workspace
from werkstatt.voting.display import RevealedResults, step_heat

log = logging.getLogger(__name__)
# The picture: the model and, for the badges' heat, the revealed rounds of its pain points.
SHOWN_TABLES = (*MODEL_TABLES, "voting_rounds", "round_options", "votes")


class LiveDiagram(QObject):
    """The scene both the console and the projector show. It reads committed data only, so the
    room never sees a half-typed line. After a dot vote is revealed, the pain point badges grow
    with their dots (the heat of the model's latest revealed round).

    ``relaid`` follows every relayout with the new diagram: what marks the diagram (the analysis
    highlight) moves after it, whatever order the signals were connected in.
    """

    relaid = Signal(object)  # the Diagram now shown

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.scene = DiagramScene(self)
        self.diagram: Diagram | None = None
        self.revealed = RevealedResults()  # one small query per refresh; the tally only when the round changed
        self._heat: dict[str, tuple[int, float]] | None = None  # read again when votes or pain points change
        # The snapshot's step and flow rows the last graph was made of, and its records of them.
        self._rows: tuple[tuple[Sequence[Any], Sequence[Any]], tuple[tuple, tuple]] = (((), ()), ((), ()))
        self.scene.step_clicked.connect(workspace.select_step)
        workspace.data_changed.connect(self._data_changed)
        workspace.model_changed.connect(self._model_changed)
        workspace.selection_changed.connect(self._select)
        self.refresh()

    def _select(self, step_id: str) -> None:
        self.scene.set_selected(step_id or None)

    def _model_changed(self, _model_id: str) -> None:
        self._heat = None
        self.refresh()

    def _data_changed(self, changes: Changes) -> None:
        if changes.touches(*VOTING_TABLES):
            self._heat = None
        if changes.touches(*SHOWN_TABLES):
            self.refresh()

    def refresh(self, *_changed: object) -> None:
        view = self.workspace.view()  # None when the model is gone: show nothing rather than a stale picture
        graph = self._graph(view) if view is not None else ProcessGraph((), (), ())
        markers = marker_counts(view) if view is not None else {}
        self.diagram = layout(graph)
        self.scene.show(self.diagram)
        self.scene.set_markers(markers)
        if self._heat is None:
            self._heat = self._votes(view)
        self.scene.set_votes(self._heat)
        self.scene.set_selected(self.workspace.selected_step)
        self.relaid.emit(self.diagram)

    def _graph(self, view: ModelView) -> ProcessGraph:
        """``ProcessGraph.from_view``, reusing the records of the rows a patched snapshot kept (the
        same objects at the same place): after a captured step only its own rows are new, and only
        those are looked at (a thousand fresh records took 4 ms, a thousand looks 1 ms)."""
        rows, specs = self._rows
        steps = _reused(rows[0], specs[0], view.steps,
                        lambda index, row: StepSpec(row.id, row.lane_id, row.kind, row.label, float(index)))
        flows = _reused(rows[1], specs[1], view.flows,
                        lambda _index, row: FlowSpec(row.id, row.source, row.target, row.label or ""))
        self._rows = ((view.steps, view.flows), (steps, flows))
        return ProcessGraph(tuple(LaneSpec(lane.id, lane.name) for lane in view.lanes), steps, flows)

    def _votes(self, view: ModelView | None) -> dict[str, tuple[int, float]]:
        if view is None or not self.workspace.model_id:
            return {}
        pain_points = tuple((p.id, p.step, p.text) for p in view.pain_points)
        try:
            with self.workspace.reading() as session:
                return step_heat(self.revealed.result(session, self.workspace.model_id, pain_points))
        except WerkstattError as error:  # the round vanished between the query and the read: no heat
            log.info("no vote heat: %s", error.message)
            return {}


def _reused(before: Sequence[Any], made: tuple, rows: Sequence[Any], make: Callable[[int, Any], Any]) -> tuple:
    """The records of ``rows``: those ``made`` for the very same row at the same place are kept."""
    start = kept_prefix(before, rows)
    return made[:start] + tuple(
        made[index] if index < len(before) and before[index] is row else make(index, row)
        for index, row in enumerate(rows[start:], start=start))
