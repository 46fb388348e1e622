"""The facilitator's live diagram: zoom, fit, follow the selection, click a box to select its step."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QPainter, QWheelEvent
from PySide6.QtWidgets import QGraphicsView, QWidget

from werkstatt.i18n import tr
from werkstatt.render.qt import DiagramScene

MIN_ZOOM = 0.1
MAX_ZOOM = 6.0
ZOOM_STEP = 1.25


class DiagramView(QGraphicsView):
    """A view on the shared DiagramScene; the projector shows the same scene in its own view."""

    zoom_changed = Signal(float)

    def __init__(self, scene: DiagramScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setAccessibleName(tr("DiagramView", "Swimlane diagram"))
        self.follow = True
        self._zoom = 1.0

    @property
    def zoom(self) -> float:
        return self._zoom

    def set_zoom(self, zoom: float) -> None:
        zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        self.resetTransform()
        self.scale(zoom, zoom)
        self._zoom = zoom
        self.zoom_changed.emit(zoom)

    def zoom_in(self) -> None:
        self.set_zoom(self._zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self._zoom / ZOOM_STEP)

    def reset_zoom(self) -> None:
        self.set_zoom(1.0)

    def fit(self) -> None:
        rect = self.sceneRect()
        if rect.isEmpty():
            return
        viewport = self.viewport().rect()
        zoom = min(viewport.width() / rect.width(), viewport.height() / rect.height()) * 0.98
        self.set_zoom(zoom)
        self.centerOn(rect.center())

    def show_step(self, step_id: str | None) -> None:
        """Bring the step into view (when following the selection)."""
        if not step_id or not self.follow:
            return
        scene = self.scene()
        item = scene.step_item(step_id) if isinstance(scene, DiagramScene) else None
        if item is not None:
            b = item.box.bounds
            self.ensureVisible(QRectF(b.x, b.y, b.w, b.h), 80, 60)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.set_zoom(self._zoom * (ZOOM_STEP if event.angleDelta().y() > 0 else 1 / ZOOM_STEP))
            event.accept()
            return
        super().wheelEvent(event)
