"""The projector's diagram page: the console's scene, scaled for the back row, following the selection.

When the text at the room's minimum size no longer lets the whole diagram fit, the view keeps
the text readable and follows the selected step instead. The lane headers at the left end of
the bands then scroll out of sight, so the view pins a strip with the lane names to the left
edge of the picture (``werkstatt.presentation.lane_strip`` decides what it shows).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen, QTransform
from PySide6.QtWidgets import QGraphicsView, QWidget

from werkstatt.layout.swimlane import STYLE
from werkstatt.presentation import THEME, LaneOnScreen, StripLabel, lane_strip, projection_scale
from werkstatt.render import fonts
from werkstatt.render.qt import DiagramScene, lane_name_rect
from werkstatt.ui.projector_pages import make_inert

FIT_MARGIN = 0.96  # a little white around a fitted diagram
STRIP_EDGE_PX = 3.0  # the accent line on the strip's right edge: it lies on top of the diagram


class ProjectedDiagramView(QGraphicsView):
    """The shared scene, scaled so that the text stays readable; follows the selection when it must."""

    def __init__(self, scene: DiagramScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.min_font_px = 29
        self.selected: str | None = None
        self.follow = False
        self.setInteractive(False)
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setBackgroundBrush(QBrush(QColor(THEME.background)))
        # The lane strip is fixed to the viewport: scrolling by blitting would smear it.
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        for part in (self, self.viewport(), self.horizontalScrollBar(), self.verticalScrollBar()):
            make_inert(part)
        for bar in (self.horizontalScrollBar(), self.verticalScrollBar()):
            bar.setEnabled(False)
        scene.sceneRectChanged.connect(self.rescale)
        scene.changed.connect(self._centre)

    def detach(self) -> None:
        """Leave the shared scene (the console keeps it); nothing here reacts to it any more."""
        scene = self.scene()
        if scene is not None:
            scene.sceneRectChanged.disconnect(self.rescale)
            scene.changed.disconnect(self._centre)
            self.setScene(None)

    def rescale(self) -> None:
        rect = self.sceneRect()
        size = self.viewport().size()
        scale, self.follow = projection_scale(STYLE.font_size, self.min_font_px, size.width() * FIT_MARGIN,
                                              size.height() * FIT_MARGIN, rect.width(), rect.height())
        self.setTransform(QTransform.fromScale(scale, scale))
        self._centre()

    def centre(self) -> None:
        """Show the selected step (or the whole diagram when it fits); called when the selection changed."""
        self._centre()

    def _centre(self, *_regions: object) -> None:
        scene = self.scene()
        rect = self.sceneRect()
        if not self.follow:
            self.centerOn(rect.center())
            return
        item = scene.step_item(self.selected) if isinstance(scene, DiagramScene) and self.selected else None
        if item is not None:
            self.centerOn(item.sceneBoundingRect().center())
        else:  # nothing selected: the start of the process
            visible = self.mapToScene(self.viewport().rect()).boundingRect()
            self.centerOn(rect.left() + visible.width() / 2, rect.top() + visible.height() / 2)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.rescale()

    # --- the lane strip ---

    def lane_strip(self) -> list[StripLabel]:
        """What the strip shows now: the lanes on screen whose header's name is not, in viewport pixels."""
        scene = self.scene()
        if not isinstance(scene, DiagramScene):
            return []
        to_view = self.viewportTransform()
        lanes = []
        for band in scene.lane_bands():
            r, n = band.rect, lane_name_rect(band, STYLE.line_height)
            area = to_view.mapRect(QRectF(r.x, r.y, r.w, r.h))
            name = to_view.mapRect(QRectF(n.x, n.y, n.w, n.h))
            lanes.append(LaneOnScreen(band.name, area.top(), area.bottom(), name.left(), name.top(),
                                      name.right(), name.bottom()))
        viewport = self.viewport()
        return lane_strip(lanes, viewport.width(), viewport.height(), self.min_font_px)

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        super().drawForeground(painter, rect)
        labels = self.lane_strip()
        if not labels:
            return
        painter.save()
        # Back from scene to viewport pixels, keeping whatever the painter had outside the view
        # (the thumbnail paints the window scaled down).
        painter.setWorldTransform(self.viewportTransform().inverted()[0], True)
        font = QFont(fonts.register_qt())
        font.setPixelSize(self.min_font_px)
        painter.setFont(font)
        for label in labels:
            self._paint_label(painter, label)
        top, bottom = labels[0].y, labels[-1].y + labels[-1].h
        painter.fillRect(QRectF(labels[0].w, top, STRIP_EDGE_PX, bottom - top), QColor(THEME.accent))
        painter.restore()

    @staticmethod
    def _paint_label(painter: QPainter, label: StripLabel) -> None:
        box = QRectF(label.x, label.y, label.w, label.h)
        painter.fillRect(box, QColor(THEME.lane_strip_background))
        painter.setPen(QPen(QColor(THEME.lane_strip_separator), 1))
        painter.drawLine(QPointF(box.left(), box.bottom() - 0.5), QPointF(box.right(), box.bottom() - 0.5))
        painter.save()
        painter.setClipRect(box, Qt.ClipOperation.IntersectClip)
        painter.setPen(QColor(THEME.text))
        width = label.w - 2 * label.padding
        for index, line in enumerate(label.lines):
            line_box = QRectF(label.x + label.padding, label.y + label.padding + index * label.line_height,
                              width, label.line_height)
            painter.drawText(line_box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, line)
        painter.restore()
