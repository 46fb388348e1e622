"""Marks handovers and media breaks on the shared diagram, as an overlay the renderer knows nothing of.

The DiagramScene mirrors the layout item by item and must stay the only owner of its items; the
analysis only lays thick dashed outlines over it (around steps, along flows), each with a small
label, because colour alone would not survive a colour-blind viewer or a washed-out projector.
After every relayout ``refresh`` places the marks again from the new geometry.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QStyleOptionGraphicsItem

from werkstatt.i18n import tr
from werkstatt.layout import Diagram
from werkstatt.render import fonts
from werkstatt.render.palette import BLUISH_GREEN, VERMILLION

HANDOVER = "handover"
MEDIA_BREAK = "media_break"
KINDS = (HANDOVER, MEDIA_BREAK)


@dataclass(frozen=True)
class MarkStyle:
    """How one kind of mark looks: an Okabe-Ito colour, its own dash pattern and a word."""

    colour: str
    dashes: tuple[float, ...]  # in pen widths
    offset: float  # how far outside the step's shape the outline runs (two kinds on one step do not overlap)


STYLES = {
    HANDOVER: MarkStyle(BLUISH_GREEN, (3.0, 1.5), 10.0),  # long dashes
    MEDIA_BREAK: MarkStyle(VERMILLION, (1.0, 1.0), 16.0),  # short dashes
}
PEN_WIDTH = 4.0
LABEL_INK = QColor("#000000")
LABEL_FILL = QColor("#FFFFFF")


def mark_label(kind: str) -> str:
    return tr("AnalysisHighlight", "Handover") if kind == HANDOVER else tr("AnalysisHighlight", "Media break")


class HighlightItem(QGraphicsItem):
    """One mark: a dashed outline (around a step or along a flow) and its label. Never takes clicks."""

    def __init__(self, kind: str, target: str, path: QPainterPath, label_at: QPointF, font: QFont) -> None:
        super().__init__()
        self.kind, self.target = kind, target  # target: the step or flow id it marks
        self.path, self.label_at, self.font = path, label_at, font
        self.label = mark_label(kind)
        style = STYLES[kind]
        self.pen = QPen(QColor(style.colour), PEN_WIDTH)
        self.pen.setDashPattern(list(style.dashes))
        self.pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        metrics = QFontMetricsF(font)
        self.label_rect = QRectF(label_at.x(), label_at.y() - metrics.height() - 2,
                                 metrics.horizontalAdvance(self.label) + 8, metrics.height() + 2)
        self.bounds = path.boundingRect().adjusted(-PEN_WIDTH, -PEN_WIDTH, PEN_WIDTH, PEN_WIDTH) \
            .united(self.label_rect.adjusted(-2, -2, 2, 2))
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)

    def boundingRect(self) -> QRectF:
        return self.bounds

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(self.pen)
        painter.drawPath(self.path)
        # The label: black on white in a frame of the mark's colour, readable whatever lies beneath.
        painter.setPen(QPen(self.pen.color(), 1.5))
        painter.setBrush(QBrush(LABEL_FILL))
        painter.drawRoundedRect(self.label_rect, 3, 3)
        painter.setPen(LABEL_INK)
        painter.setFont(self.font)
        painter.drawText(self.label_rect, Qt.AlignmentFlag.AlignCenter, self.label)


class DiagramHighlight:
    """The marks of the analysis on one scene: which steps and flows, per kind, and which kinds are on.

    ``set_marks`` says what the analysis found, ``set_shown`` switches a kind on or off, ``refresh``
    lays the marks again on a new layout. Items are rebuilt only when something of that changed.
    """

    def __init__(self, scene: QGraphicsScene) -> None:
        self.scene = scene
        self.diagram: Diagram | None = None
        self._shown: set[str] = set()
        self._marks: dict[str, tuple[frozenset[str], frozenset[str]]] = {kind: (frozenset(), frozenset())
                                                                         for kind in KINDS}
        self._items: dict[str, list[HighlightItem]] = {kind: [] for kind in KINDS}
        self._drawn: dict[str, object] = {}  # kind -> what its items were built from
        self._font: QFont | None = None

    # --- what to show ------------------------------------------------------------------------

    def set_marks(self, kind: str, steps: Iterable[str], flows: Iterable[str]) -> None:
        """The steps and flows the analysis counts as ``kind`` (shown only while the kind is on)."""
        self._marks[kind] = (frozenset(steps), frozenset(flows))
        self._apply(kind)

    @property
    def shown(self) -> frozenset[str]:
        return frozenset(self._shown)

    def set_shown(self, kind: str, shown: bool) -> None:
        if shown:
            self._shown.add(kind)
        else:
            self._shown.discard(kind)
        self._apply(kind)

    def is_shown(self, kind: str) -> bool:
        return kind in self._shown

    def refresh(self, diagram: Diagram | None) -> None:
        """The diagram was laid out again: move the marks to the new geometry."""
        self.diagram = diagram
        for kind in KINDS:
            self._apply(kind)

    def items(self, kind: str | None = None) -> list[HighlightItem]:
        kinds = KINDS if kind is None else (kind,)
        return [item for k in kinds for item in self._items[k]]

    def clear(self) -> None:
        """Take every mark off the scene (the panel goes away)."""
        self._shown.clear()
        for kind in KINDS:
            self._apply(kind)

    # --- drawing -----------------------------------------------------------------------------

    def _apply(self, kind: str) -> None:
        wanted = (self.diagram, self._marks[kind]) if kind in self._shown and self.diagram is not None else None
        if wanted is not None and self._drawn.get(kind) is not None:
            drawn_diagram, drawn_marks = self._drawn[kind]  # type: ignore[misc]
            if drawn_diagram is wanted[0] and drawn_marks == wanted[1]:
                return
        for item in self._items[kind]:
            if item.scene() is self.scene:
                self.scene.removeItem(item)
        self._items[kind] = []
        self._drawn[kind] = wanted
        if wanted is None:
            return
        steps, flows = self._marks[kind]
        items = self._step_items(kind, steps) + self._flow_items(kind, flows)
        for item in items:
            self.scene.addItem(item)
        self._items[kind] = items

    def _label_font(self) -> QFont:
        if self._font is None:
            assert self.diagram is not None
            self._font = QFont(fonts.register_qt())
            self._font.setPixelSize(max(10, round(self.diagram.style.label_font_size)))  # scene pixels, like the boxes
            self._font.setBold(True)
        return self._font

    def _step_items(self, kind: str, steps: frozenset[str]) -> list[HighlightItem]:
        assert self.diagram is not None
        offset = STYLES[kind].offset
        items = []
        for box in self.diagram.steps:
            if box.id not in steps:
                continue
            s = box.shape
            frame = QRectF(s.x - offset, s.y - offset, s.w + 2 * offset, s.h + 2 * offset)
            path = QPainterPath()
            path.addRoundedRect(frame, 8, 8)
            item = HighlightItem(kind, box.id, path, QPointF(frame.x(), frame.y()), self._label_font())
            item.setZValue(3)  # over the box: an outline, it covers nothing inside
            items.append(item)
        return items

    def _flow_items(self, kind: str, flows: frozenset[str]) -> list[HighlightItem]:
        assert self.diagram is not None
        items = []
        for route in self.diagram.flows:
            if route.id not in flows or len(route.points) < 2:
                continue
            path = QPainterPath(QPointF(*route.points[0]))
            for point in route.points[1:]:
                path.lineTo(QPointF(*point))
            # The label sits beside the middle of the longest segment, where the flow is easiest to find.
            pairs = list(zip(route.points, route.points[1:], strict=False))
            (x1, y1), (x2, y2) = max(pairs, key=lambda p: abs(p[1][0] - p[0][0]) + abs(p[1][1] - p[0][1]))
            label_at = QPointF((x1 + x2) / 2 + 8, (y1 + y2) / 2 + 6)
            item = HighlightItem(kind, route.id, path, label_at, self._label_font())
            item.setZValue(1.5)  # over the flow's line, under the boxes it connects
            items.append(item)
        return items
