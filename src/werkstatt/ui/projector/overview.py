"""The projector's overview of the whole process, and the small map the detail view keeps in a corner.

Both are painted from the console's ``DiagramScene`` records (lane bands, step boxes, flow routes),
not by scaling the scene's own items: the overview writes step numbers where the scene would write
labels too small to read, and grows small shapes until their number fits. What is readable, and
where everything goes, is decided in ``werkstatt.render.room_overview`` without Qt.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QWidget

from werkstatt.i18n import tr
from werkstatt.layout.geometry import FlowRoute, Rect, StepBox
from werkstatt.layout.stepkinds import is_gateway
from werkstatt.layout.swimlane import STYLE
from werkstatt.render import fonts, svg
from werkstatt.render.qt import DiagramScene, console_mark, paint_mark
from werkstatt.render.room import THEME, LaneOnScreen, StripLabel, lane_strip, lane_strip_width
from werkstatt.render.room_overview import (
    NUMBER_PAD_EM,
    PREDECESSOR,
    SELECTED,
    SUCCESSOR,
    Legend,
    Neighbourhood,
    Placement,
    legend,
    map_marker,
    neighbourhood,
    number_shape,
    place_overview,
)
from werkstatt.ui.common.lane_strip import STRIP_EDGE_PX, paint_labels

OTHER_FLOW = QColor("#6B6B6B")  # flows away from the highlighted steps: present, but quiet
FILLS = {SELECTED: THEME.selected_step, PREDECESSOR: THEME.neighbour_step, SUCCESSOR: THEME.neighbour_step}


def _qrect(r: Rect) -> QRectF:
    return QRectF(r.x, r.y, r.w, r.h)


def paint_shape(painter: QPainter, kind: str, r: QRectF) -> None:
    """A step's shape as the diagram draws it: box, diamond (every gateway) or circle."""
    if is_gateway(kind):
        c = r.center()
        painter.drawPolygon(QPolygonF([QPointF(r.left(), c.y()), QPointF(c.x(), r.top()), QPointF(r.right(), c.y()),
                                       QPointF(c.x(), r.bottom())]))
    elif kind in ("start", "end"):
        painter.drawEllipse(r)
    else:
        radius = min(6.0, r.height() / 5)
        painter.drawRoundedRect(r, radius, radius)


class OverviewPage(QWidget):
    """The whole process fitted to the picture; the selected step and its neighbours highlighted."""

    def __init__(self, scene: DiagramScene, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.diagram = scene
        self.min_font_px = 29
        self.selected: str | None = None
        self.numbers: dict[str, int] = {}
        self.labels: dict[str, str] = {}
        self.setAccessibleName(tr("OverviewPage", "Overview of the whole process"))
        scene.changed.connect(self._scene_changed)
        scene.diagram_resized.connect(self._scene_changed)
        self._attached = True

    def detach(self) -> None:
        """Stop following the shared scene (the console keeps it); a second call does nothing."""
        if self._attached:
            self._attached = False
            self.diagram.changed.disconnect(self._scene_changed)
            self.diagram.diagram_resized.disconnect(self._scene_changed)

    def _scene_changed(self, *_args: object) -> None:
        self.update()  # repaints are coalesced, and a hidden page does not paint at all

    def set_min_font(self, size: int) -> None:
        if size != self.min_font_px:
            self.min_font_px = size
            self.update()

    def set_selected(self, step_id: str | None) -> None:
        self.selected = step_id
        self.update()

    def set_steps(self, numbers: dict[str, int], labels: dict[str, str]) -> None:
        self.numbers, self.labels = numbers, labels
        self.update()

    # --- what goes where (asked by the painting and by tests) ---

    def neighbourhood(self) -> Neighbourhood:
        steps = {box.id for box in self.diagram.step_boxes()}
        selected = self.selected if self.selected in steps else None
        return neighbourhood(selected, ((route.source, route.target) for route in self.diagram.flow_routes()),
                             self.numbers)

    def legend(self) -> Legend:
        """The legend strip for the highlighted steps; empty while the labels themselves are readable."""
        rows = [(step_id, role, self.numbers.get(step_id, 0), self.labels.get(step_id, ""))
                for step_id, role in self.neighbourhood().ordered()]
        placement = self._placement(0.0)
        if not placement.numbers:
            rows = []
        return legend(rows, self.width(), self.height(), self.min_font_px)

    def strip_width(self) -> float:
        return lane_strip_width(self.min_font_px, self.width()) if self.diagram.lane_bands() else 0.0

    def _content(self) -> Rect:
        """The scene without the lane headers: their names are written in the strip, readable."""
        rect = self.diagram.diagram_rect()
        left = max((band.header.right for band in self.diagram.lane_bands()), default=rect.left())
        return Rect(left, rect.top(), max(1.0, rect.right() - left), rect.height())

    def diagram_area(self, legend_height: float | None = None) -> Rect:
        if legend_height is None:
            legend_height = self.legend().height
        left = self.strip_width() + STRIP_EDGE_PX
        return Rect(left, 0.0, max(1.0, self.width() - left), max(1.0, self.height() - legend_height))

    def _placement(self, legend_height: float) -> Placement:
        return place_overview(self._content(), self.diagram_area(legend_height), STYLE.font_size, self.min_font_px,
                              self.min_font_px * NUMBER_PAD_EM)

    def placement(self) -> Placement:
        return self._placement(self.legend().height)

    def shape_rect(self, box: StepBox, placement: Placement) -> Rect:
        shape = placement.rect(box.shape)
        return number_shape(shape, box.kind, self.min_font_px) if placement.numbers else shape

    def step_rects(self) -> dict[str, QRectF]:
        """Where each step's shape is drawn, in the page's pixels."""
        placement = self.placement()
        return {box.id: _qrect(self.shape_rect(box, placement)) for box in self.diagram.step_boxes()}

    def lane_labels(self, placement: Placement, bottom: float) -> list[StripLabel]:
        lanes = []
        for band in self.diagram.lane_bands():
            r = placement.rect(band.rect)
            # The header's own name is never readable here: the strip always names every lane.
            lanes.append(LaneOnScreen(band.name, r.y, r.bottom, -1.0, -1.0, -1.0, -1.0))
        return lane_strip(lanes, self.width(), bottom, self.min_font_px)

    # --- painting ---

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(THEME.background))
        strip = self.legend()
        placement = self._placement(strip.height)
        area = self.diagram_area(strip.height)
        region = self.neighbourhood()
        self._paint_lanes(painter, placement, area)
        self._paint_flows(painter, placement, region)
        self._paint_steps(painter, placement, region)
        self._paint_lane_names(painter, placement, area)
        self._paint_legend(painter, strip)

    def _font(self, size: float, bold: bool = False) -> QFont:
        font = QFont(fonts.register_qt())
        font.setPixelSize(max(1, round(size)))
        font.setBold(bold)
        return font

    def _paint_lanes(self, painter: QPainter, placement: Placement, area: Rect) -> None:
        painter.setPen(QPen(QColor(THEME.lane_strip_separator), 1))
        for index, band in enumerate(self.diagram.lane_bands()):
            r = placement.rect(band.rect)
            painter.setBrush(QColor(svg.LANE_FILLS[index % 2]))
            painter.drawRect(QRectF(area.x, r.y, area.w, r.h))

    def _paint_flows(self, painter: QPainter, placement: Placement, region: Neighbourhood) -> None:
        boxes = {box.id: box for box in self.diagram.step_boxes()}
        for route in self.diagram.flow_routes():
            touches = region.selected is not None and region.selected in (route.source, route.target)
            colour = QColor(svg.INK) if touches else OTHER_FLOW
            width = max(2.0, self.min_font_px / 10) if touches else 1.5
            pen = QPen(colour, width, Qt.PenStyle.DashLine if route.back else Qt.PenStyle.SolidLine)
            target = boxes.get(route.target)
            end = self.shape_rect(target, placement) if target is not None else None
            self._paint_route(painter, route, placement, pen, end)

    @staticmethod
    def _paint_route(painter: QPainter, route: FlowRoute, placement: Placement, pen: QPen, end: Rect | None) -> None:
        points = [QPointF(*placement.point(*point)) for point in route.points]
        if len(points) < 2:
            return
        tip, before = points[-1], points[-2]
        dx, dy = (tip.x() > before.x()) - (tip.x() < before.x()), (tip.y() > before.y()) - (tip.y() < before.y())
        if end is not None:  # a shape grown for its number covers the old port: the arrow stops at its edge
            if dx:
                tip = QPointF(end.x if dx > 0 else end.right, tip.y())
            elif dy:
                tip = QPointF(tip.x(), end.y if dy > 0 else end.bottom)
            if (tip.x() - before.x()) * dx + (tip.y() - before.y()) * dy > 0:
                points[-1] = tip
        path = QPainterPath(points[0])
        for point in points[1:]:
            path.lineTo(point)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(pen)
        painter.drawPath(path)
        size = max(6.0, pen.widthF() * 3)
        tip = points[-1]
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(pen.color())
        back_x, back_y, side = tip.x() - size * dx, tip.y() - size * dy, size / 2
        painter.drawPolygon(QPolygonF([tip, QPointF(back_x + side * dy, back_y + side * dx),
                                       QPointF(back_x - side * dy, back_y - side * dx)]))

    def _paint_steps(self, painter: QPainter, placement: Placement, region: Neighbourhood) -> None:
        number_font, bold = self._font(self.min_font_px), self._font(self.min_font_px, True)
        label_font = self._font(STYLE.font_size * placement.scale)
        frame = max(3.0, self.min_font_px / 8)
        for box in self.diagram.step_boxes():
            role = region.role(box.id)
            r = _qrect(self.shape_rect(box, placement))
            fill = FILLS.get(role) or (svg.DECISION_FILL if is_gateway(box.kind) else svg.BOX_FILL)
            painter.setBrush(QColor(fill))
            if role == SELECTED:
                painter.setPen(QPen(QColor(THEME.accent), frame))
            else:
                painter.setPen(QPen(QColor(THEME.text if role else THEME.muted), 2.0 if role else 1.5))
            paint_shape(painter, box.kind, r)
            if not placement.numbers:  # where a number is written inside, the mark would cover it
                paint_mark(painter, console_mark(box.kind, r.center().x(), r.center().y(), r.width()),
                           QColor(THEME.text if role else THEME.muted))
            if role == SELECTED:  # never colour alone: the frame is thick and a corner is marked
                corner = frame * 2.5
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(THEME.accent))
                top_left = r.topLeft() - QPointF(frame, frame)
                painter.drawPolygon(QPolygonF([top_left, top_left + QPointF(corner, 0), top_left + QPointF(0, corner)]))
            painter.setPen(QColor(THEME.text if role else THEME.muted))
            if placement.numbers:
                painter.setFont(bold if role else number_font)
                painter.drawText(r, Qt.AlignmentFlag.AlignCenter, str(self.numbers.get(box.id, "")))
            else:
                painter.setFont(label_font)
                text = placement.rect(box.text)
                line = STYLE.line_height * placement.scale
                for index, part in enumerate(box.lines):
                    painter.drawText(QRectF(text.x, text.y + index * line, text.w, line), Qt.AlignmentFlag.AlignCenter,
                                     part)

    def _paint_lane_names(self, painter: QPainter, placement: Placement, area: Rect) -> None:
        labels = self.lane_labels(placement, area.bottom)
        if not labels:
            return
        painter.setFont(self._font(self.min_font_px))
        paint_labels(painter, labels)

    def _paint_legend(self, painter: QPainter, strip: Legend) -> None:
        if not strip.height:
            return
        top = self.height() - strip.height
        painter.fillRect(QRectF(0, top, self.width(), strip.height), QColor(THEME.background))
        painter.fillRect(QRectF(0, top, self.width(), STRIP_EDGE_PX), QColor(THEME.accent))
        regular, bold = self._font(strip.font_px), self._font(strip.font_px, True)
        for cell in strip.cells:
            y = top + cell.y
            swatch = QRectF(cell.x, y + (cell.h - strip.swatch) / 2, strip.swatch, strip.swatch)
            painter.setBrush(QColor(FILLS[cell.role]))
            painter.setPen(QPen(QColor(THEME.accent if cell.role == SELECTED else THEME.text),
                                3.0 if cell.role == SELECTED else 1.5))
            painter.drawRect(swatch)
            painter.setPen(QColor(THEME.text))
            painter.setFont(bold if cell.role == SELECTED else regular)
            painter.drawText(QRectF(swatch.right() + strip.padding, y, cell.w - strip.swatch - 2 * strip.padding,
                                    cell.h), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, cell.text)
        if strip.hidden:
            painter.setPen(QColor(THEME.muted))
            painter.setFont(regular)
            last = strip.cells[-1]
            painter.drawText(QRectF(last.x, top + last.y + last.h, last.w, last.h),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             tr("ProjectorOverview", "… and {n} more", n=strip.hidden))


class ProcessMap(QWidget):
    """The whole process in miniature, with a frame around the part the detail view shows."""

    def __init__(self, scene: DiagramScene, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.diagram = scene
        self.selected: str | None = None
        self.visible_part = Rect(0.0, 0.0, 0.0, 0.0)  # scene coordinates

    def marker(self) -> Rect:
        """The shown part in the map's own pixels."""
        rect = self.diagram.diagram_rect()
        return map_marker(Rect(rect.x(), rect.y(), rect.width(), rect.height()), self.visible_part,
                          self.width(), self.height())

    def show_part(self, visible: Rect, selected: str | None) -> None:
        if (visible, selected) != (self.visible_part, self.selected):
            self.visible_part, self.selected = visible, selected
            self.update()

    def paintEvent(self, event) -> None:
        rect = self.diagram.diagram_rect()
        if rect.width() <= 0 or rect.height() <= 0:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(THEME.background))
        painter.save()
        painter.scale(self.width() / rect.width(), self.height() / rect.height())
        painter.translate(-rect.x(), -rect.y())
        separator = QPen(QColor(THEME.lane_strip_separator), 0)  # cosmetic: one pixel at any scale
        for index, band in enumerate(self.diagram.lane_bands()):
            painter.setPen(separator)
            painter.setBrush(QColor(svg.LANE_FILLS[index % 2]))
            painter.drawRect(_qrect(band.rect))
        painter.setPen(Qt.PenStyle.NoPen)
        for box in self.diagram.step_boxes():
            painter.setBrush(QColor(THEME.accent if box.id == self.selected else THEME.muted))
            paint_shape(painter, box.kind, _qrect(box.shape))
        painter.restore()
        marker = self.marker()
        painter.setClipRect(QRectF(self.rect()))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor(THEME.severity), 3))
        painter.drawRect(QRectF(marker.x, marker.y, marker.w, marker.h).adjusted(1.5, 1.5, -1.5, -1.5))
        painter.setClipping(False)
        painter.setPen(QPen(QColor(THEME.text), 1))
        painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
