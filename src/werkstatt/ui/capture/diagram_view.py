"""The facilitator's live diagram: zoom, fit, follow the selection, click a box to select its step.

It opens at a zoom at which the labels can be read on a laptop screen (a 25-step process fitted
into the console's middle would be a row of unreadable boxes) and keeps the lane names in a strip
at its left edge while it is scrolled sideways.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QPainter, QWheelEvent
from PySide6.QtWidgets import QGraphicsView, QWidget

from werkstatt.i18n import tr
from werkstatt.layout.swimlane import STYLE
from werkstatt.render.qt import DiagramScene
from werkstatt.render.room import StripLabel
from werkstatt.ui.common.lane_strip import STRIP_EDGE_PX, paint_strip, strip_labels

MIN_ZOOM = 0.1
MAX_ZOOM = 6.0
ZOOM_STEP = 1.25
READABLE_FONT_PX = 12.0  # the smallest label size the console opens with: readable at a laptop's distance
STRIP_FONT_PX = 12.0  # the lane strip's text on the console


class DiagramView(QGraphicsView):
    """A view on the shared DiagramScene; the projector shows the same scene in its own view."""

    zoom_changed = Signal(float)

    def __init__(self, scene: DiagramScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        # The lane strip is fixed to the viewport: scrolling by blitting would smear it.
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setAccessibleName(tr("DiagramView", "Swimlane diagram"))
        self.follow = True
        self._zoom = 1.0
        self.setSceneRect(scene.diagram_rect())  # the diagram, not the room the scene keeps past it
        scene.diagram_resized.connect(self.setSceneRect)

    @property
    def zoom(self) -> float:
        return self._zoom

    def diagram_rect(self) -> QRectF:
        """The diagram itself (the scene reaches further: room for its item index)."""
        scene = self.scene()
        return scene.diagram_rect() if isinstance(scene, DiagramScene) else scene.sceneRect()

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
        rect = self.diagram_rect()
        if rect.isEmpty():
            return
        self.set_zoom(self.fit_zoom())
        self.centerOn(rect.center())

    def fit_zoom(self) -> float:
        rect, viewport = self.diagram_rect(), self.viewport().rect()
        if rect.isEmpty() or viewport.isEmpty():
            return 1.0
        return min(viewport.width() / rect.width(), viewport.height() / rect.height()) * 0.98

    def readable_zoom(self) -> float:
        return READABLE_FONT_PX / STYLE.font_size

    def open_readable(self, step_id: str | None = None) -> None:
        """The whole diagram when it fits at a readable size; else readable, at the step or the start."""
        rect = self.diagram_rect()
        if rect.isEmpty():
            return
        if self.fit_zoom() >= self.readable_zoom():
            self.fit()
            return
        self.set_zoom(self.readable_zoom())
        scene = self.scene()
        item = scene.step_item(step_id) if step_id and isinstance(scene, DiagramScene) else None
        if item is not None:
            self.centerOn(item.sceneBoundingRect().center())
        else:  # the start of the process: its first lanes and first steps
            visible = self.mapToScene(self.viewport().rect()).boundingRect()
            self.centerOn(rect.left() + visible.width() / 2, rect.top() + visible.height() / 2)

    def lane_strip(self) -> list[StripLabel]:
        """The lane names the strip shows now (those whose header is scrolled out of sight)."""
        return strip_labels(self, STRIP_FONT_PX)

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        super().drawForeground(painter, rect)
        paint_strip(self, painter, self.lane_strip(), STRIP_FONT_PX)

    def show_step(self, step_id: str | None) -> None:
        """Bring the step into view (when following the selection)."""
        if not step_id or not self.follow:
            return
        scene = self.scene()
        item = scene.step_item(step_id) if isinstance(scene, DiagramScene) else None
        if item is not None:
            b = item.box.bounds
            self.ensureVisible(QRectF(b.x, b.y, b.w, b.h), 80, 60)
            # The lane strip lies over the left edge once the lane headers scrolled away: a step there
            # would be half hidden behind it, so the view moves on until the step is clear of it.
            strip = self.lane_strip()
            if strip:
                left = self.mapFromScene(QRectF(b.x, b.y, b.w, b.h)).boundingRect().left()
                clear = round(strip[0].w + STRIP_EDGE_PX + 12)
                if left < clear:
                    bar = self.horizontalScrollBar()
                    bar.setValue(bar.value() - (clear - left))

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.set_zoom(self._zoom * (ZOOM_STEP if event.angleDelta().y() > 0 else 1 / ZOOM_STEP))
            event.accept()
            return
        super().wheelEvent(event)
