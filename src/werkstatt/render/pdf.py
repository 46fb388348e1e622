"""The diagram as a reportlab Drawing: vector graphics for the PDF protocol, text in the embedded font."""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, PolyLine, Rect, String
from reportlab.lib.colors import HexColor

from werkstatt.layout.geometry import Diagram, FlowRoute, StepBox
from werkstatt.layout.stepkinds import is_gateway
from werkstatt.render import fonts, svg
from werkstatt.render.marks import Stroke, gateway_mark

INK = HexColor(svg.INK)
BACK = HexColor(svg.BACK_FLOW)
LABEL = HexColor(svg.LABEL_INK)
WHITE = HexColor(svg.BOX_FILL)


def to_drawing(diagram: Diagram, *, scale: float = 1.0, font: str | None = None) -> Drawing:
    """PDF y grows upwards: every y is flipped against the diagram's height."""
    font = font or fonts.register_reportlab()
    bold = fonts.PDF_NAMES["bold"] if font == fonts.PDF_NAMES["regular"] else font
    height = diagram.height
    style = diagram.style
    drawing = Drawing(diagram.width * scale, height * scale)
    drawing.initialFontName = font  # else renderPDF starts in Helvetica, which no PDF of ours embeds
    group = Group()
    group.scale(scale, scale)

    def y(value: float) -> float:
        return height - value

    for index, lane in enumerate(diagram.lanes):
        r, h = lane.rect, lane.header
        group.add(Rect(r.x, y(r.bottom), r.w, r.h, fillColor=HexColor(svg.LANE_FILLS[index % 2]),
                       strokeColor=HexColor("#8a8a8a"), strokeWidth=1))
        group.add(Rect(h.x, y(h.bottom), h.w, h.h, fillColor=HexColor(svg.HEADER_FILL),
                       strokeColor=HexColor("#8a8a8a"), strokeWidth=1))
        for i, line in enumerate(lane.name_lines):
            group.add(String(h.x + 10, y(h.y + 22 + i * style.line_height), line, fontName=bold,
                             fontSize=style.font_size, fillColor=INK))
    for route in diagram.flows:
        _flow(group, route, y, font, style.label_font_size)
    for box in diagram.steps:
        _step(group, box, y, font, style.font_size, style.line_height)
    drawing.add(group)
    return drawing


def _step(group: Group, box: StepBox, y, font: str, size: float, line_height: float) -> None:
    s = box.shape
    cx, cy = box.center
    if box.kind in ("task", "subprocess"):
        group.add(Rect(s.x, y(s.bottom), s.w, s.h, rx=6, ry=6, fillColor=WHITE, strokeColor=INK, strokeWidth=1.5))
        if box.kind == "subprocess":
            group.add(Rect(cx - 6, y(s.bottom - 3), 12, 12, fillColor=None, strokeColor=INK))
            group.add(Line(cx - 4, y(s.bottom - 9), cx + 4, y(s.bottom - 9), strokeColor=INK))
            group.add(Line(cx, y(s.bottom - 13), cx, y(s.bottom - 5), strokeColor=INK))
    elif is_gateway(box.kind):
        group.add(Polygon([s.x, y(cy), cx, y(s.y), s.right, y(cy), cx, y(s.bottom)],
                          fillColor=HexColor(svg.DECISION_FILL), strokeColor=INK, strokeWidth=1.5))
        for stroke in gateway_mark(box.kind, cx, cy, s.w):
            group.add(_stroke(stroke, y))
    else:
        width = 4 if box.kind == "end" else 1.5
        group.add(Circle(cx, y(cy), s.w / 2 - width / 2, fillColor=WHITE, strokeColor=INK, strokeWidth=width))
    t = box.text
    for i, line in enumerate(box.lines):
        baseline = t.y + i * line_height + (line_height + size) / 2 - 2
        group.add(String(t.x + t.w / 2, y(baseline), line, fontName=font, fontSize=size, fillColor=INK,
                         textAnchor="middle"))


def _stroke(stroke: Stroke, y) -> Line | Circle | Polygon:
    """One stroke of a gateway's mark, unfilled, y flipped like everything else."""
    if stroke.shape == "line":
        (x1, y1), (x2, y2) = stroke.points
        return Line(x1, y(y1), x2, y(y2), strokeColor=INK, strokeWidth=stroke.width)
    if stroke.shape == "circle":
        (x, cy), = stroke.points
        return Circle(x, y(cy), stroke.radius, fillColor=None, strokeColor=INK, strokeWidth=stroke.width)
    return Polygon([c for x, py in stroke.points for c in (x, y(py))], fillColor=None, strokeColor=INK,
                   strokeWidth=stroke.width)


def _flow(group: Group, route: FlowRoute, y, font: str, label_size: float) -> None:
    colour = BACK if route.back else INK
    points = [coordinate for x, py in route.points for coordinate in (x, y(py))]
    group.add(PolyLine(points, strokeColor=colour, strokeWidth=1.5,
                       strokeDashArray=[6, 4] if route.back else None))
    (x1, y1), (x2, y2) = route.points[-2], route.points[-1]
    dx, dy = (x2 > x1) - (x2 < x1), (y2 > y1) - (y2 < y1)
    # The arrowhead: 8 px back along the last segment, 4 px to either side.
    tip = (x2, y(y2))
    base = (x2 - 8 * dx, y(y2 - 8 * dy))
    side = (4 * dy, 4 * dx)
    group.add(Polygon([*tip, base[0] + side[0], base[1] + side[1], base[0] - side[0], base[1] - side[1]],
                      fillColor=colour, strokeColor=colour, strokeWidth=0.5))
    if route.label and route.label_at is not None:
        group.add(String(route.label_at[0], y(route.label_at[1]), route.label, fontName=font,
                         fontSize=label_size, fillColor=LABEL))


def to_pdf_bytes(diagram: Diagram, *, title: str = "") -> bytes:
    """A one-page PDF of the diagram, page sized to it (the protocol lays diagrams out itself)."""
    buffer = io.BytesIO()
    renderPDF.drawToFile(to_drawing(diagram), buffer, msg=title or "Werkstatt")
    return buffer.getvalue()


def to_pdf(diagram: Diagram, path: Path, *, title: str = "") -> Path:
    path = Path(path)
    path.write_bytes(to_pdf_bytes(diagram, title=title))
    return path
