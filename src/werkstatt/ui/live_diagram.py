"""Keeps the shared DiagramScene in step with the open model: relayout after every committed edit."""

from __future__ import annotations

from PySide6.QtCore import QObject

from werkstatt.findings import marker_counts
from werkstatt.layout import Diagram, ProcessGraph, layout
from werkstatt.render.qt import DiagramScene
from werkstatt.ui.workspace import Workspace


class LiveDiagram(QObject):
    """The scene both the console and the projector show. It reads committed data only, so the
    room never sees a half-typed line."""

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.scene = DiagramScene(self)
        self.diagram: Diagram | None = None
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
        self.scene.set_selected(self.workspace.selected_step)
