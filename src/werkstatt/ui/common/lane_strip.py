"""The lane names pinned to the left edge of a diagram view, like sticky headers.

A swimlane diagram names its lanes only at their left end. Once a view is scrolled sideways
(the console zoomed to a readable size, the projector following the selection) the names are
out of sight, and "which lane is this box in?" is the first question in the room. Both views
paint the same strip over the diagram: ``werkstatt.render.room.lane_strip`` decides what it
shows, this module measures the view and paints it.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QGraphicsView

from werkstatt.layout.swimlane import STYLE
from werkstatt.render import fonts
from werkstatt.render.qt import DiagramScene, lane_name_rect
from werkstatt.render.room import THEME, LaneOnScreen, StripLabel, lane_strip

STRIP_EDGE_PX = 3.0  # the accent line on the strip's right edge: it lies on top of the diagram


def strip_labels(view: QGraphicsView, font_px: float) -> list[StripLabel]:
    """What the strip of ``view`` shows now: the lanes on screen whose header's name is not, in viewport pixels."""
    scene = view.scene()
    if not isinstance(scene, DiagramScene):
        return []
    to_view = view.viewportTransform()
    lanes = []
    for band in scene.lane_bands():
        r, n = band.rect, lane_name_rect(band, STYLE.line_height)
        area = to_view.mapRect(QRectF(r.x, r.y, r.w, r.h))
        name = to_view.mapRect(QRectF(n.x, n.y, n.w, n.h))
        lanes.append(LaneOnScreen(band.name, area.top(), area.bottom(), name.left(), name.top(),
                                  name.right(), name.bottom()))
    viewport = view.viewport()
    return lane_strip(lanes, viewport.width(), viewport.height(), font_px)


def paint_strip(view: QGraphicsView, painter: QPainter, labels: list[StripLabel], font_px: float) -> None:
    """Paint ``labels`` from a view's ``drawForeground`` (the painter is in scene coordinates there)."""
    if not labels:
        return
    painter.save()
    # Back from scene to viewport pixels, keeping whatever the painter had outside the view
    # (the projector's thumbnail paints the window scaled down).
    painter.setWorldTransform(view.viewportTransform().inverted()[0], True)
    if painter.device() is view.viewport():
        painter.drawPixmap(QPointF(0, 0), _kept_strip(view, painter, labels, font_px))
    else:  # a picture of the view (thumbnail, grab): drawn at its own scale
        _paint_in_font(painter, labels, font_px)
    painter.restore()


def _paint_in_font(painter: QPainter, labels: list[StripLabel], font_px: float) -> None:
    font = QFont(fonts.register_qt())
    font.setPixelSize(round(font_px))
    painter.setFont(font)
    paint_labels(painter, labels)


def _kept_strip(view: QGraphicsView, painter: QPainter, labels: list[StripLabel], font_px: float) -> QPixmap:
    """The strip as a picture, painted again only when its labels change.

    Why: both diagrams repaint at every Enter, and laying out the lane names each time cost about
    0.3 ms of the frame (issue 18); the labels change only when the view scrolls or a lane does.
    """
    ratio = view.viewport().devicePixelRatioF()
    key = (tuple(labels), font_px, ratio, int(painter.renderHints().value))
    kept = getattr(view, "_kept_strip", None)
    if kept is not None and kept[0] == key:
        return kept[1]
    width = max(label.x + label.w for label in labels) + STRIP_EDGE_PX
    height = max(label.y + label.h for label in labels)
    picture = QPixmap(max(1, math.ceil(width * ratio)), max(1, math.ceil(height * ratio)))
    picture.setDevicePixelRatio(ratio)
    picture.fill(Qt.GlobalColor.transparent)
    strip_painter = QPainter(picture)
    strip_painter.setRenderHints(painter.renderHints())
    _paint_in_font(strip_painter, labels, font_px)
    strip_painter.end()
    view._kept_strip = (key, picture)
    return picture


def paint_labels(painter: QPainter, labels: list[StripLabel]) -> None:
    """The labels and the accent edge right of them, in the painter's coordinates and font."""
    if not labels:
        return
    for label in labels:
        _paint_label(painter, label)
    top, bottom = labels[0].y, labels[-1].y + labels[-1].h
    painter.fillRect(QRectF(labels[0].w, top, STRIP_EDGE_PX, bottom - top), QColor(THEME.accent))


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
