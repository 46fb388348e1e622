"""The diagram as a QGraphicsScene that mirrors the layout item by item.

The scene keeps one item per lane, step and flow, keyed by id. ``show()`` compares
each new record with the one an item drew last: unchanged items are left alone, changed
ones are updated in place, new ones added, vanished ones removed — never clear and redraw,
so a keystroke repaints only what it changed. Items never write data.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsSceneMouseEvent, QStyleOptionGraphicsItem

from werkstatt.layout.geometry import Diagram, FlowRoute, LaneBand, Rect, StepBox
from werkstatt.layout.stepkinds import is_gateway
from werkstatt.read.model import kept_prefix
from werkstatt.render import fonts, palette, svg
from werkstatt.render.marks import Stroke, gateway_mark

INK = QColor(svg.INK)
SELECTION = QColor(palette.BLUE)
# The pain point badge: a black digit on Okabe-Ito orange (9.3:1; white on vermillion was 3.9:1).
# The heat tint is the same orange, so the badge also has a black ring and always its digit or "!":
# never colour alone.
BADGE_FILL = palette.ORANGE
BADGE_INK = "#000000"
MARKER = QColor(BADGE_FILL)
HEAT = QColor(palette.ORANGE)
HALO = 8.0  # room around a step for the selection frame and the marker badge
BADGE_RADIUS = 9.0  # the pain point badge, and the smallest vote badge (its digits still fit)
# After a dot vote the badge's area grows with the step's share of the hottest step's dots, up to
# four times the area of the plain badge: large enough to see from the back, never covering the box.
VOTE_BADGE_MAX_RADIUS = 2 * BADGE_RADIUS


def vote_badge_radius(share: float) -> float:
    """The radius of a vote badge: area proportional to the votes, no smaller than the plain badge."""
    return max(BADGE_RADIUS, VOTE_BADGE_MAX_RADIUS * max(0.0, min(1.0, share)) ** 0.5)
LANE_NAME_INSET = 10.0  # from the lane header's left edge to its name
LANE_NAME_BASELINE = 22.0  # from the lane header's top to the baseline of the name's first line


def lane_name_rect(lane: LaneBand, line_height: float) -> Rect:
    """Where ``LaneItem`` writes the lane's name, in scene coordinates.

    Views that overlay lane names (the projector's strip) ask this to know whether the
    real name is on screen, instead of repeating the header's drawing offsets.
    """
    h = lane.header
    lines = max(1, len(lane.name_lines))
    top = h.y + LANE_NAME_BASELINE - line_height
    return Rect(h.x + LANE_NAME_INSET, top, max(0.0, h.w - 2 * LANE_NAME_INSET), lines * line_height + 4)


def console_mark(kind: str, cx: float, cy: float, size: float) -> tuple[Stroke, ...]:
    """The mark the console and the projector draw: the exclusive gateway stays a plain diamond there,
    as it always was on screen (BPMN allows it); the other gateways carry their marks."""
    return () if kind == "decision" else gateway_mark(kind, cx, cy, size)


def paint_mark(painter: QPainter, strokes: tuple[Stroke, ...], colour: QColor) -> None:
    """Draw a gateway's mark (``werkstatt.render.marks``) unfilled, with flat line ends as in the SVG."""
    if not strokes:
        return
    painter.save()
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for stroke in strokes:
        pen = QPen(colour, stroke.width)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        if stroke.shape == "line":
            painter.drawLine(QPointF(*stroke.points[0]), QPointF(*stroke.points[1]))
        elif stroke.shape == "circle":
            painter.drawEllipse(QPointF(*stroke.points[0]), stroke.radius, stroke.radius)
        else:
            painter.drawPolygon(QPolygonF([QPointF(*point) for point in stroke.points]))
    painter.restore()


class _Style:
    """Pens, brushes and fonts, made once per scene and shared by every item."""

    def __init__(self, diagram: Diagram) -> None:
        family = fonts.register_qt()
        self.font = QFont(family)
        self.font.setPixelSize(round(diagram.style.font_size))
        self.bold = QFont(self.font)
        self.bold.setBold(True)
        self.label_font = QFont(family)
        self.label_font.setPixelSize(round(diagram.style.label_font_size))
        self.label_font.setItalic(True)
        self.line_height = diagram.style.line_height
        self.ink = QPen(INK, 1.5)
        self.end_pen = QPen(INK, 4)
        self.back = QPen(QColor(svg.BACK_FLOW), 1.5, Qt.PenStyle.DashLine)
        self.lane_pen = QPen(QColor("#8a8a8a"), 1)
        self.selected = QPen(SELECTION, 4)
        self.white = QBrush(QColor(svg.BOX_FILL))
        self.decision = QBrush(QColor(svg.DECISION_FILL))
        self.header = QBrush(QColor(svg.HEADER_FILL))
        self.lanes = (QBrush(QColor(svg.LANE_FILLS[0])), QBrush(QColor(svg.LANE_FILLS[1])))
        self.label_ink = QColor(svg.LABEL_INK)


class LaneItem(QGraphicsItem):
    def __init__(self, lane: LaneBand, index: int, style: _Style) -> None:
        super().__init__()
        self.lane, self.index, self.style = lane, index, style
        self.bounds = self._bounds()
        self.setZValue(0)

    def _bounds(self) -> QRectF:
        r = self.lane.rect
        return QRectF(r.x, r.y, r.w, r.h)

    @property
    def record(self) -> tuple[LaneBand, int]:
        return self.lane, self.index

    def set_record(self, record: tuple[LaneBand, int]) -> None:
        self.prepareGeometryChange()
        self.lane, self.index = record
        self.bounds = self._bounds()
        self.update()

    def boundingRect(self) -> QRectF:
        # Kept, not made: each captured step widens the scene, and Qt then asks every item again.
        return self.bounds

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        r, h, style = self.lane.rect, self.lane.header, self.style
        painter.setPen(style.lane_pen)
        painter.setBrush(style.lanes[self.index % 2])
        painter.drawRect(QRectF(r.x, r.y, r.w, r.h))
        painter.setBrush(style.header)
        painter.drawRect(QRectF(h.x, h.y, h.w, h.h))
        painter.setPen(INK)
        painter.setFont(style.bold)
        for i, line in enumerate(self.lane.name_lines):
            painter.drawText(QPointF(h.x + LANE_NAME_INSET, h.y + LANE_NAME_BASELINE + i * style.line_height), line)


class StepItem(QGraphicsItem):
    def __init__(self, box: StepBox, style: _Style) -> None:
        super().__init__()
        self.box, self.style = box, style
        self.selected = False
        self.marker = 0
        self.heat = 0.0
        self.votes: int | None = None  # dots on the step's pain points after a reveal; None: not voted on
        self.vote_share = 0.0
        self.bounds = self._bounds()
        self.setZValue(2)

    @property
    def record(self) -> StepBox:
        return self.box

    def set_record(self, box: StepBox) -> None:
        self.prepareGeometryChange()
        self.box = box
        self.bounds = self._bounds()
        self.update()

    def badge_radius(self) -> float:
        return vote_badge_radius(self.vote_share) if self.votes is not None else BADGE_RADIUS

    def set_votes(self, votes: int | None, share: float) -> None:
        """The step's dots after a reveal (None: none of its pain points was voted on); the badge grows."""
        share = max(0.0, min(1.0, share)) if votes is not None else 0.0
        if (votes, share) == (self.votes, self.vote_share):
            return
        self.prepareGeometryChange()
        self.votes, self.vote_share, self.heat = votes, share, share
        self.bounds = self._bounds()
        self.update()

    def boundingRect(self) -> QRectF:
        # Kept, not made: each captured step widens the scene, and Qt then asks every item again.
        return self.bounds

    def _bounds(self) -> QRectF:
        b, s = self.box.bounds, self.box.shape
        # The badge sits on the shape's top right corner; a big vote badge may reach past the halo.
        margin = max(HALO, self.badge_radius() + 2 - min(s.x - b.x, s.y - b.y, b.right - s.right))
        return QRectF(b.x - margin, b.y - margin, b.w + 2 * margin, b.h + 2 * margin)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        box, style = self.box, self.style
        s = box.shape
        shape = QRectF(s.x, s.y, s.w, s.h)
        cx, cy = box.center
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        gateway = is_gateway(box.kind)
        fill = style.decision if gateway else style.white
        if self.heat > 0:
            tint = QColor(HEAT)
            tint.setAlphaF(min(1.0, 0.15 + 0.6 * self.heat))
            fill = QBrush(tint)
        painter.setBrush(fill)
        painter.setPen(style.end_pen if box.kind == "end" else style.ink)
        if box.kind in ("task", "subprocess"):
            painter.drawRoundedRect(shape, 6, 6)
        elif gateway:
            painter.drawPolygon(QPolygonF([QPointF(s.x, cy), QPointF(cx, s.y), QPointF(s.right, cy),
                                           QPointF(cx, s.bottom)]))
            paint_mark(painter, console_mark(box.kind, cx, cy, s.w), INK)
        else:
            painter.drawEllipse(shape.adjusted(2, 2, -2, -2))
        if self.heat > 0:  # never colour alone: a bar whose length is the share of votes
            painter.fillRect(QRectF(s.x, s.bottom + 2, s.w * self.heat, 4), HEAT.darker(130))
        painter.setPen(INK)
        painter.setFont(style.font)
        t = box.text
        for i, line in enumerate(box.lines):
            painter.drawText(QRectF(t.x, t.y + i * style.line_height, t.w, style.line_height),
                             Qt.AlignmentFlag.AlignCenter, line)
        if self.selected:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(style.selected)
            painter.drawRoundedRect(shape.adjusted(-5, -5, 5, 5), 8, 8)
            painter.setBrush(SELECTION)
            painter.drawPolygon(QPolygonF([QPointF(s.x - 7, s.y - 7), QPointF(s.x + 9, s.y - 7),
                                           QPointF(s.x - 7, s.y + 9)]))
        if self.votes is not None:
            self._paint_badge(painter, str(self.votes), 2.5)
        elif self.marker:
            self._paint_badge(painter, "!" if self.marker > 9 else str(self.marker), 1.5)

    def _paint_badge(self, painter: QPainter, text: str, ring: float) -> None:
        """The orange badge with its number (pain points, or dots after a reveal): never colour alone."""
        s, r = self.box.shape, self.badge_radius()
        badge = QRectF(s.right - r, s.y - r, 2 * r, 2 * r)
        painter.setPen(QPen(QColor(BADGE_INK), ring))
        painter.setBrush(MARKER)
        painter.drawEllipse(badge)
        font = QFont(self.style.bold)
        font.setPixelSize(max(self.style.bold.pixelSize(), round(r * (1.1 if len(text) < 2 else 0.9))))
        painter.setFont(font)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)


class FlowItem(QGraphicsItem):
    def __init__(self, route: FlowRoute, style: _Style) -> None:
        super().__init__()
        self.style = style
        self.setZValue(1)
        self._set(route)

    def _set(self, route: FlowRoute) -> None:
        self.route = route
        path = QPainterPath(QPointF(*route.points[0]))
        for point in route.points[1:]:
            path.lineTo(QPointF(*point))
        self.path = path
        xs = [p[0] for p in route.points]
        ys = [p[1] for p in route.points]
        self.bounds = QRectF(min(xs) - 6, min(ys) - 16, max(xs) - min(xs) + 60, max(ys) - min(ys) + 30)

    @property
    def record(self) -> FlowRoute:
        return self.route

    def set_record(self, route: FlowRoute) -> None:
        self.prepareGeometryChange()
        self._set(route)
        self.update()

    def boundingRect(self) -> QRectF:
        return self.bounds

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        route, style = self.route, self.style
        pen = style.back if route.back else style.ink
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self.path)
        (x1, y1), (x2, y2) = route.points[-2], route.points[-1]
        dx, dy = (x2 > x1) - (x2 < x1), (y2 > y1) - (y2 < y1)
        painter.setBrush(pen.color())
        painter.setPen(QPen(pen.color(), 1))
        painter.drawPolygon(QPolygonF([QPointF(x2, y2), QPointF(x2 - 8 * dx + 4 * dy, y2 - 8 * dy + 4 * dx),
                                       QPointF(x2 - 8 * dx - 4 * dy, y2 - 8 * dy - 4 * dx)]))
        if route.label and route.label_at is not None:
            painter.setPen(style.label_ink)
            painter.setFont(style.label_font)
            painter.drawText(QPointF(*route.label_at), route.label)


INDEX_ROOM = 3000.0  # scene units past the diagram's end the item index already covers (some 14 columns)


class DiagramScene(QGraphicsScene):
    """Shows a Diagram; ``step_clicked`` says which step the user clicked."""

    step_clicked = Signal(str)
    votes_changed = Signal()  # the vote badges appeared, changed or went away
    diagram_resized = Signal(QRectF)  # the diagram's own extent (``diagram_rect``) changed

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._style: _Style | None = None
        self._lanes: dict[str, LaneItem] = {}
        self._steps: dict[str, StepItem] = {}
        self._flows: dict[str, FlowItem] = {}
        self._selected: str | None = None
        self._pressed_step = False
        # The steps with a marker or vote badge now: a captured step asks only these again, not all
        # thousand items (what no step shows and nothing asks for costs nothing).
        self._marked: set[str] = set()
        self._voted: set[str] = set()
        self._shown: tuple[tuple[StepBox, ...], tuple[FlowRoute, ...]] = ((), ())  # the records the items show
        self._diagram_rect = QRectF()

    def show(self, diagram: Diagram) -> None:
        if self._style is None:
            self._style = _Style(diagram)
        style = self._style
        self._mirror(self._lanes, ((lane.id, (lane, i)) for i, lane in enumerate(diagram.lanes)),
                     lambda record: LaneItem(*record, style))
        self._mirror_after_same(self._steps, self._shown[0], diagram.steps, lambda box: StepItem(box, style))
        self._mirror_after_same(self._flows, self._shown[1], diagram.flows, lambda route: FlowItem(route, style))
        self._shown = (diagram.steps, diagram.flows)
        rect = QRectF(0, 0, diagram.width, diagram.height)
        if rect != self._diagram_rect:
            self._diagram_rect = rect
            self._room_for(rect)
            self.diagram_resized.emit(rect)

    def diagram_rect(self) -> QRectF:
        """The diagram's extent. Views show this, not ``sceneRect`` (which reaches further, see ``_room_for``)."""
        return QRectF(self._diagram_rect)

    def _room_for(self, rect: QRectF) -> None:
        # The scene's own rect grows in steps ahead of the diagram: Qt rebuilds its item index from
        # every item whenever that rect changes, and did so at every captured step (1.4 ms at 300
        # steps, inside the next paint).
        current = self.sceneRect()
        fits = rect.width() + INDEX_ROOM / 2 <= current.width() <= rect.width() + 2 * INDEX_ROOM and \
            rect.height() + INDEX_ROOM / 2 <= current.height() <= rect.height() + 2 * INDEX_ROOM
        if not fits:
            self.setSceneRect(QRectF(0, 0, rect.width() + INDEX_ROOM, rect.height() + INDEX_ROOM))

    def _mirror_after_same(self, items: dict, before: tuple, now: tuple, make) -> None:
        """``_mirror`` from the first record that is not the very object shown now: a step appended
        at the end leaves the layout's records before it as they were."""
        start = kept_prefix(before, now)
        self._mirror(items, ((record.id, record) for record in now[start:]), make,
                     candidates=[record.id for record in before[start:]])

    def _mirror(self, items: dict, records, make, candidates: list[str] | None = None) -> None:
        """Add what is new, update what changed, leave the rest alone, remove what is gone (of
        ``candidates``, when only those can be)."""
        seen = set()
        for key, record in records:
            seen.add(key)
            item = items.get(key)
            if item is None:
                items[key] = item = make(record)
                if isinstance(item, StepItem):
                    item.selected = key == self._selected
                self.addItem(item)
            elif item.record is not record and item.record != record:  # an append keeps most records as they were
                item.set_record(record)
        self._drop(items, seen, items if candidates is None else candidates)

    def _drop(self, items: dict, keep: set[str], candidates) -> None:
        for gone in [key for key in candidates if key not in keep and key in items]:
            self.removeItem(items.pop(gone))

    def lane_bands(self) -> list[LaneBand]:
        """The lane bands shown now, top to bottom, as the layout gave them (for overlays such as lane strips)."""
        return [item.lane for item in sorted(self._lanes.values(), key=lambda item: item.index)]

    def step_boxes(self) -> list[StepBox]:
        """The step boxes shown now, as the layout gave them (for pictures drawn apart, such as the overview)."""
        return [item.box for item in self._steps.values()]

    def flow_routes(self) -> list[FlowRoute]:
        return [item.route for item in self._flows.values()]

    def step_item(self, step_id: str) -> StepItem | None:
        return self._steps.get(step_id)

    def set_selected(self, step_id: str | None) -> None:
        for key, value in ((self._selected, False), (step_id, True)):
            item = self._steps.get(key) if key else None
            if item is not None:
                item.selected = value
                item.update()
        self._selected = step_id

    def set_markers(self, counts: dict[str, int]) -> None:
        for step_id in self._marked | counts.keys():
            item = self._steps.get(step_id)
            count = counts.get(step_id, 0)
            if item is not None and item.marker != count:
                item.marker = count
                item.update()
        self._marked = {step_id for step_id, count in counts.items() if count}

    def set_votes(self, votes: dict[str, tuple[int, float]]) -> None:
        """Dots and share per step after a reveal: the badges grow and the boxes warm; {} takes it all back."""
        if not votes and not self._voted:
            return
        before = self._votes_shown()
        for step_id, item in self._steps.items():
            count, share = votes.get(step_id, (None, 0.0))
            item.set_votes(count, share)
        after = self._votes_shown()
        self._voted = set(after)
        if after != before:
            self.votes_changed.emit()

    def _votes_shown(self) -> dict[str, tuple[int, float]]:
        return {key: (item.votes, item.vote_share) for key, item in self._steps.items() if item.votes is not None}

    def shows_votes(self) -> bool:
        """True when vote badges are on the diagram (a revealed dot vote of the model)."""
        return any(item.votes is not None for item in self._steps.values())

    def set_heat(self, heat: dict[str, float]) -> None:
        for step_id, item in self._steps.items():
            value = max(0.0, min(1.0, heat.get(step_id, 0.0)))
            if item.heat != value:
                item.heat = value
                item.update()

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        for item in self.items(event.scenePos()):
            if isinstance(item, StepItem) and item.box.bounds.x <= event.scenePos().x() <= item.box.bounds.right:
                self._pressed_step = True
                self.step_clicked.emit(item.box.id)
                event.accept()
                return
        self._pressed_step = False
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._pressed_step:  # the click was ours: so is its release
            self._pressed_step = False
            event.accept()
            return
        super().mouseReleaseEvent(event)
