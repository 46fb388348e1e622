"""BPMN diagram interchange (BPMNDI) from Werkstatt's own swimlane layout.

The layout's pixel coordinates are written as they are, so a file opened in bpmn.io or Camunda
Modeler looks like the diagram on the projector. Only the pool is Werkstatt's addition: bpmn-js
draws a pool's and a lane's name in a 30 px strip at their left edge, not in a 150 px header,
so the pool starts 60 px before the end of Werkstatt's lane header and the lanes 30 px later; the
steps and flows keep their places, and the channel left of the first column stays inside the lanes.
"""

from __future__ import annotations

from xml.etree.ElementTree import Element, SubElement

from werkstatt.interchange import bpmn_ns as ns
from werkstatt.layout import Diagram, FlowRoute, Rect, StepBox
from werkstatt.layout.text import text_width

NAME_STRIP = 30.0  # bpmn-js writes a pool's or lane's name vertically in a strip this wide

_BPMNDI = f"{{{ns.BPMNDI}}}"
_DC = f"{{{ns.DC}}}"
_DI = f"{{{ns.DI}}}"


def number(value: float) -> str:
    """Pixels as short decimals: 120 not 120.0, 154.33 not 154.33333333333334."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def pool_rect(diagram: Diagram) -> Rect:
    if not diagram.lanes:
        return Rect(0.0, 0.0, max(diagram.width, 200.0), max(diagram.height, 100.0))
    left = min(lane.header.right for lane in diagram.lanes) - 2 * NAME_STRIP
    right = max(lane.rect.right for lane in diagram.lanes)
    top = min(lane.rect.y for lane in diagram.lanes)
    bottom = max(lane.rect.bottom for lane in diagram.lanes)
    return Rect(left, top, right - left, bottom - top)


def lane_rect(pool: Rect, band: Rect) -> Rect:
    return Rect(pool.x + NAME_STRIP, band.y, pool.right - pool.x - NAME_STRIP, band.h)


def gateway_square(shape: Rect) -> Rect:
    """A gateway's bounds: the square around its diamond, whatever its kind (bpmn-js draws the diamond inside
    the bounds it is given, so a box that is not square would give a flattened diamond)."""
    side = min(shape.w, shape.h)
    return Rect(shape.x + (shape.w - side) / 2, shape.y + (shape.h - side) / 2, side, side)


def _bounds(parent: Element, rect: Rect) -> None:
    SubElement(parent, _DC + "Bounds", x=number(rect.x), y=number(rect.y), width=number(rect.w),
               height=number(rect.h))


def _shape(plane: Element, shape_id: str, element_id: str, rect: Rect, **flags: str) -> Element:
    shape = SubElement(plane, _BPMNDI + "BPMNShape", id=shape_id, bpmnElement=element_id, **flags)
    _bounds(shape, rect)
    return shape


def _label(parent: Element, rect: Rect) -> None:
    _bounds(SubElement(parent, _BPMNDI + "BPMNLabel"), rect)


def flow_points(route: FlowRoute | None, source: StepBox, target: StepBox) -> tuple[tuple[float, float], ...]:
    """The routed polyline; centre to centre when the layout gave none (every edge needs two points)."""
    if route is not None and len(route.points) >= 2:
        return route.points
    return source.center, target.center


def flow_label_rect(route: FlowRoute, font_size: float) -> Rect | None:
    if not route.label or route.label_at is None:
        return None
    x, baseline = route.label_at
    height = round(font_size * 1.4)
    return Rect(x, baseline - font_size, max(8.0, text_width(route.label, font_size)), height)


def write_diagram(definitions: Element, diagram: Diagram, model_id: str, step_ids: dict[str, str],
                  flows: list[tuple[str, str, str]], lane_ids: dict[str, str], name: str) -> None:
    """Append a BPMNDiagram: the pool, every lane, every step and every flow of ``diagram``.

    ``step_ids`` and ``lane_ids`` map Werkstatt ids to BPMN element ids; ``flows`` holds
    (flow id, source step id, target step id) of the flows written in the process.
    """
    bpmn_diagram = SubElement(definitions, _BPMNDI + "BPMNDiagram", id=ns.element_id("diagram", model_id),
                              name=name)
    plane = SubElement(bpmn_diagram, _BPMNDI + "BPMNPlane", id=ns.element_id("plane", model_id),
                       bpmnElement=ns.element_id("collaboration", model_id))
    pool = pool_rect(diagram)
    _shape(plane, ns.element_id("shape", model_id), ns.element_id("participant", model_id), pool, isHorizontal="true")
    for band in diagram.lanes:
        if band.id in lane_ids:
            _shape(plane, ns.element_id("shape", band.id), lane_ids[band.id], lane_rect(pool, band.rect),
                   isHorizontal="true")
    for box in diagram.steps:
        flags = {}
        gateway = box.kind in ns.GATEWAY_BY_KIND
        if box.kind == "subprocess":
            flags["isExpanded"] = "false"  # a call activity: drawn collapsed, with the "+" marker
        elif box.kind == "decision":
            flags["isMarkerVisible"] = "true"  # the "X"; the other gateways' markers are always drawn
        shape = _shape(plane, ns.element_id("shape", box.id), step_ids[box.id],
                       gateway_square(box.shape) if gateway else box.shape, **flags)
        if (gateway or box.kind in ("start", "end")) and any(line.strip() for line in box.lines):
            _label(shape, box.text)  # events and gateways carry their name outside the symbol
    routes = {route.id: route for route in diagram.flows}
    for flow_id, source, target in flows:
        route = routes.get(flow_id)
        edge = SubElement(plane, _BPMNDI + "BPMNEdge", id=ns.element_id("edge", flow_id),
                          bpmnElement=ns.element_id("flow", flow_id))
        for x, y in flow_points(route, diagram.step(source), diagram.step(target)):
            SubElement(edge, _DI + "waypoint", x=number(x), y=number(y))
        label = flow_label_rect(route, diagram.style.label_font_size) if route is not None else None
        if label is not None:
            _label(edge, label)
