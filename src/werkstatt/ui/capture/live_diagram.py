"""Keeps the shared DiagramScene in step with the open model: relayout after every committed edit."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject

from werkstatt.errors import WerkstattError
from werkstatt.layout import Diagram, ProcessGraph, layout
from werkstatt.read.findings import marker_counts
from werkstatt.read.model import ModelView
from werkstatt.render.qt import DiagramScene
from werkstatt.ui.workspace import Workspace
from werkstatt.voting.display import RevealedResults, step_heat

log = logging.getLogger(__name__)


class LiveDiagram(QObject):
    """The scene both the console and the projector show. It reads committed data only, so the
    room never sees a half-typed line. After a dot vote is revealed, the pain point badges grow
    with their dots (the heat of the model's latest revealed round)."""

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.scene = DiagramScene(self)
        self.diagram: Diagram | None = None
        self.revealed = RevealedResults()  # one small query per refresh; the tally only when the round changed
        self.scene.step_clicked.connect(workspace.select_step)
        workspace.data_changed.connect(self.refresh)
        workspace.model_changed.connect(self.refresh)
        workspace.selection_changed.connect(self._select)
        self.refresh()

    def _select(self, step_id: str) -> None:
        self.scene.set_selected(step_id or None)

    def refresh(self, *_changed: object) -> None:
        view = self.workspace.view()  # None when the model is gone: show nothing rather than a stale picture
        graph = ProcessGraph.from_view(view) if view is not None else ProcessGraph((), (), ())
        markers = marker_counts(view) if view is not None else {}
        self.diagram = layout(graph)
        self.scene.show(self.diagram)
        self.scene.set_markers(markers)
        self.scene.set_votes(self._votes(view))
        self.scene.set_selected(self.workspace.selected_step)

    def _votes(self, view: ModelView | None) -> dict[str, tuple[int, float]]:
        if view is None or not self.workspace.model_id:
            return {}
        pain_points = tuple((p["id"], p["step"], p["text"]) for p in view.pain_points)
        try:
            with self.workspace.reading() as session:
                return step_heat(self.revealed.result(session, self.workspace.model_id, pain_points))
        except WerkstattError as error:  # the round vanished between the query and the read: no heat
            log.info("no vote heat: %s", error.message)
            return {}
