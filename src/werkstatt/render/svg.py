"""The diagram as a standalone SVG file: opens in any browser, fonts named, text escaped."""

from __future__ import annotations

import unicodedata
from xml.sax.saxutils import escape, quoteattr

from werkstatt.layout.geometry import Diagram, FlowRoute, Rect, StepBox
from werkstatt.layout.stepkinds import is_gateway
from werkstatt.layout.text import text_width
from werkstatt.render.marks import Stroke, gateway_mark

FONT_STACK = "Liberation Sans, Arial, Helvetica, sans-serif"
INK = "#1a1a1a"  # ≥ 7:1 on every fill below, for washed-out projectors
LANE_FILLS = ("#eef3f8", "#f7f7f7")
HEADER_FILL = "#dde6ef"
BOX_FILL = "#ffffff"
DECISION_FILL = "#fff4d1"
BACK_FLOW = "#b34700"  # loops back: darker vermillion, and dashed (never colour alone)
LABEL_INK = "#00507d"


def _n(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def clean(text: str) -> str:
    """Text fit for XML 1.0: control characters out, everything else escaped."""
    kept = "".join(c for c in text if c in "\t\n" or unicodedata.category(c) not in ("Cc", "Cs"))
    return escape(kept)


def to_svg(diagram: Diagram, *, title: str = "", font_family: str = FONT_STACK) -> str:
    """``font_family`` is a CSS list for browsers; Qt's SVG renderer wants one family name."""
    style = diagram.style
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="{_n(diagram.width)}" '
        f'height="{_n(diagram.height)}" viewBox="0 0 {_n(diagram.width)} {_n(diagram.height)}" '
        f'font-family={quoteattr(font_family)} font-size="{_n(style.font_size)}">',
    ]
    if title:
        out.append(f"<title>{clean(title)}</title>")
    out.append(f"<defs>{marker_defs()}</defs>")
    out.append(f'<rect width="100%" height="100%" fill="{BOX_FILL}"/>')
    out.extend(lane_elements(diagram))
    out.extend(flow_elements(diagram))
    out.extend(step_elements(diagram))
    out.append("</svg>")
    return "\n".join(out) + "\n"


def marker_defs(prefix: str = "") -> str:
    """The arrow heads; ``prefix`` keeps their ids unique when several SVGs share one HTML document."""
    return (f'<marker id="{prefix}arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" '
            f'orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="{INK}"/></marker>'
            f'<marker id="{prefix}arrow-back" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" '
            f'markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="{BACK_FLOW}"/></marker>')


def lane_elements(diagram: Diagram, *, names: dict[str, tuple[str, ...]] | None = None,
                  name_size: float | None = None) -> list[str]:
    """The lane bands with their headers. ``names``/``name_size`` replace a lane's name lines and their size
    (paper: a shortened name where the wrapped one would print too small)."""
    style = diagram.style
    size = style.font_size if name_size is None else name_size
    line_height = style.line_height * size / style.font_size
    size_attr = "" if name_size is None else f' font-size="{_n(name_size)}"'
    out: list[str] = []
    for index, lane in enumerate(diagram.lanes):
        r, h = lane.rect, lane.header
        lines = lane.name_lines if names is None else names.get(lane.id, lane.name_lines)
        out.append(f'<g class="lane" data-lane-id={quoteattr(lane.id)}>')
        out.append(f'<rect x="{_n(r.x)}" y="{_n(r.y)}" width="{_n(r.w)}" height="{_n(r.h)}" '
                   f'fill="{LANE_FILLS[index % 2]}" stroke="#8a8a8a" stroke-width="1"/>')
        out.append(f'<rect x="{_n(h.x)}" y="{_n(h.y)}" width="{_n(h.w)}" height="{_n(h.h)}" '
                   f'fill="{HEADER_FILL}" stroke="#8a8a8a" stroke-width="1"/>')
        inset, first = (10, 22) if name_size is None else (size * 10 / 13, size * 1.1)
        for i, line in enumerate(lines):
            out.append(f'<text x="{_n(h.x + inset)}" y="{_n(h.y + first + i * line_height)}" font-weight="bold"'
                       f'{size_attr} fill="{INK}">{clean(line)}</text>')
        out.append("</g>")
    return out


def flow_elements(diagram: Diagram, *, label_size: float | None = None, prefix: str = "") -> list[str]:
    """The flows; ``label_size`` overrides the flow labels' size (paper holds every text to one minimum)."""
    size = diagram.style.label_font_size if label_size is None else label_size
    return [_flow(route, size, prefix) for route in diagram.flows]


def step_elements(diagram: Diagram, *, labels: dict[str, str] | None = None, label_size: float | None = None,
                  fills: dict[str, str] | None = None) -> list[str]:
    """The steps. ``labels`` replaces a step's label by one short text of ``label_size`` (the paper overview's
    step numbers), centred in a box and above a gateway or event; ``fills`` replaces a step's fill (heat)."""
    style = diagram.style
    return [_step(box, style.line_height, style.font_size, None if labels is None else labels.get(box.id),
                  label_size or style.font_size, None if fills is None else fills.get(box.id))
            for box in diagram.steps]


def _step(box: StepBox, line_height: float, font_size: float, short: str | None = None, short_size: float = 0.0,
          fill: str | None = None) -> str:
    s = box.shape
    box_fill = fill or BOX_FILL
    cx, cy = box.center
    parts = [f'<g class="step {box.kind}" data-step-id={quoteattr(box.id)}>']
    if box.kind in ("task", "subprocess"):
        parts.append(f'<rect x="{_n(s.x)}" y="{_n(s.y)}" width="{_n(s.w)}" height="{_n(s.h)}" rx="6" '
                     f'fill="{box_fill}" stroke="{INK}" stroke-width="1.5"/>')
        if box.kind == "subprocess":
            mx, my = cx, s.bottom - 9
            parts.append(f'<rect x="{_n(mx - 6)}" y="{_n(my - 6)}" width="12" height="12" fill="none" '
                         f'stroke="{INK}"/><path d="M{_n(mx - 4)},{_n(my)} H{_n(mx + 4)} M{_n(mx)},{_n(my - 4)} '
                         f'V{_n(my + 4)}" stroke="{INK}"/>')
    elif is_gateway(box.kind):
        parts.append(f'<path d="M{_n(s.x)},{_n(cy)} L{_n(cx)},{_n(s.y)} L{_n(s.right)},{_n(cy)} '
                     f'L{_n(cx)},{_n(s.bottom)} Z" fill="{fill or DECISION_FILL}" stroke="{INK}" stroke-width="1.5"/>')
        parts.extend(mark_svg(gateway_mark(box.kind, cx, cy, s.w)))
    else:
        width = 4 if box.kind == "end" else 1.5
        parts.append(f'<circle cx="{_n(cx)}" cy="{_n(cy)}" r="{_n(s.w / 2 - width / 2)}" fill="{box_fill}" '
                     f'stroke="{INK}" stroke-width="{_n(width)}"/>')
    t = box.text
    if short is not None:
        # A task's short text sits in its box, a gateway's or event's just above its shape (where its label was).
        baseline = cy + 0.36 * short_size if box.kind in ("task", "subprocess") else s.y - 0.3 * short_size
        parts.append(f'<text x="{_n(cx)}" y="{_n(baseline)}" text-anchor="middle" font-size="{_n(short_size)}" '
                     f'fill="{INK}">{clean(short)}</text></g>')
        return "".join(parts)
    for i, line in enumerate(box.lines):
        baseline = t.y + i * line_height + (line_height + font_size) / 2 - 2
        parts.append(f'<text x="{_n(t.x + t.w / 2)}" y="{_n(baseline)}" text-anchor="middle" '
                     f'fill="{INK}">{clean(line)}</text>')
    parts.append("</g>")
    return "".join(parts)


def mark_svg(strokes: tuple[Stroke, ...], ink: str = INK) -> list[str]:
    """SVG elements of a gateway's mark; lines of one width share one path."""
    out: list[str] = []
    lines: list[str] = []
    width = 0.0

    def flush() -> None:
        if lines:
            out.append(f'<path d="{" ".join(lines)}" stroke="{ink}" stroke-width="{_n(width)}"/>')
            lines.clear()

    for stroke in strokes:
        if stroke.shape == "line":
            if lines and stroke.width != width:
                flush()
            (x1, y1), (x2, y2) = stroke.points
            lines.append(f"M{_n(x1)},{_n(y1)} L{_n(x2)},{_n(y2)}")
            width = stroke.width
            continue
        flush()
        if stroke.shape == "circle":
            (x, y), = stroke.points
            out.append(f'<circle cx="{_n(x)}" cy="{_n(y)}" r="{_n(stroke.radius)}" fill="none" stroke="{ink}" '
                       f'stroke-width="{_n(stroke.width)}"/>')
        else:
            corners = " ".join(f"{_n(x)},{_n(y)}" for x, y in stroke.points)
            out.append(f'<polygon points="{corners}" fill="none" stroke="{ink}" stroke-width="{_n(stroke.width)}"/>')
    flush()
    return out


def _flow(route: FlowRoute, label_size: float, prefix: str = "") -> str:
    colour, marker = (BACK_FLOW, f"{prefix}arrow-back") if route.back else (INK, f"{prefix}arrow")
    dash = ' stroke-dasharray="6 4"' if route.back else ""
    points = " ".join(f"{_n(x)},{_n(y)}" for x, y in route.points)
    parts = [f'<g class="flow" data-flow-id={quoteattr(route.id)}>',
             f'<polyline points="{points}" fill="none" stroke="{colour}" stroke-width="1.5"{dash} '
             f'marker-end="url(#{marker})"/>']
    if route.label and route.label_at is not None:
        x, y = route.label_at
        parts.append(f'<text x="{_n(x)}" y="{_n(y)}" font-size="{_n(label_size)}" font-style="italic" '
                     f'fill="{LABEL_INK}">{clean(route.label)}</text>')
    parts.append("</g>")
    return "".join(parts)


def flow_paths(diagram: Diagram, *, label_size: float | None = None) -> list[str]:
    """The flows as a few merged paths (lines, loop-back lines, arrow heads) plus their labels.

    Draws the same as ``flow_elements`` for a renderer that pays per element (WeasyPrint's SVG):
    a 200-step part is then a handful of paths, not two elements and a marker per flow.
    """
    size = diagram.style.label_font_size if label_size is None else label_size
    lines: dict[bool, list[str]] = {False: [], True: []}
    heads: dict[bool, list[str]] = {False: [], True: []}
    labels: list[str] = []
    for route in diagram.flows:
        points = route.points
        if len(points) < 2:
            continue
        lines[route.back].append("M" + " L".join(f"{_n(x)},{_n(y)}" for x, y in points))
        (ax, ay), (bx, by) = points[-2], points[-1]
        length = max(((bx - ax) ** 2 + (by - ay) ** 2) ** 0.5, 1e-9)
        ux, uy = (bx - ax) / length, (by - ay) / length
        base_x, base_y = bx - 12 * ux, by - 12 * uy
        heads[route.back].append(f"M{_n(bx)},{_n(by)} L{_n(base_x - 6 * uy)},{_n(base_y + 6 * ux)} "
                                 f"L{_n(base_x + 6 * uy)},{_n(base_y - 6 * ux)} Z")
        if route.label and route.label_at is not None:
            x, y = route.label_at
            labels.append(f'<text x="{_n(x)}" y="{_n(y)}" font-size="{_n(size)}" font-style="italic" '
                          f'fill="{LABEL_INK}">{clean(route.label)}</text>')
    out = []
    for back, colour in ((False, INK), (True, BACK_FLOW)):
        dash = ' stroke-dasharray="6 4"' if back else ""
        if lines[back]:
            out.append(f'<path class="flows" d="{" ".join(lines[back])}" fill="none" stroke="{colour}" '
                       f'stroke-width="1.5"{dash}/>')
            out.append(f'<path class="arrows" d="{" ".join(heads[back])}" fill="{colour}"/>')
    return out + labels


def _rect_d(r: Rect) -> str:
    return f"M{_n(r.x)},{_n(r.y)} h{_n(r.w)} v{_n(r.h)} h{_n(-r.w)} Z"


def _rounded_d(r: Rect, radius: float = 6.0) -> str:
    k = min(radius, r.w / 2, r.h / 2)
    return (f"M{_n(r.x + k)},{_n(r.y)} H{_n(r.right - k)} A{_n(k)},{_n(k)} 0 0 1 {_n(r.right)},{_n(r.y + k)} "
            f"V{_n(r.bottom - k)} A{_n(k)},{_n(k)} 0 0 1 {_n(r.right - k)},{_n(r.bottom)} H{_n(r.x + k)} "
            f"A{_n(k)},{_n(k)} 0 0 1 {_n(r.x)},{_n(r.bottom - k)} V{_n(r.y + k)} A{_n(k)},{_n(k)} 0 0 1 "
            f"{_n(r.x + k)},{_n(r.y)} Z")


def _circle_d(cx: float, cy: float, r: float) -> str:
    return (f"M{_n(cx - r)},{_n(cy)} A{_n(r)},{_n(r)} 0 1 0 {_n(cx + r)},{_n(cy)} "
            f"A{_n(r)},{_n(r)} 0 1 0 {_n(cx - r)},{_n(cy)} Z")


def lane_paths(diagram: Diagram, *, names: dict[str, tuple[str, ...]] | None = None,
               name_size: float | None = None) -> list[str]:
    """The lanes as ``lane_elements`` draws them, merged into three paths plus the names (see ``flow_paths``)."""
    fills: dict[str, list[str]] = {fill: [] for fill in LANE_FILLS}
    headers = []
    for index, lane in enumerate(diagram.lanes):
        fills[LANE_FILLS[index % 2]].append(_rect_d(lane.rect))
        headers.append(_rect_d(lane.header))
    out = [f'<path class="lanes" d="{" ".join(d)}" fill="{fill}" stroke="#8a8a8a" stroke-width="1"/>'
           for fill, d in fills.items() if d]
    if headers:
        out.append(f'<path class="lane-headers" d="{" ".join(headers)}" fill="{HEADER_FILL}" stroke="#8a8a8a" '
                   f'stroke-width="1"/>')
    texts = lane_elements(diagram, names=names, name_size=name_size)
    return out + [text for text in texts if text.startswith("<text")]


def step_paths(diagram: Diagram, *, labels: dict[str, str] | None = None, label_size: float | None = None,
               fills: dict[str, str] | None = None) -> list[str]:
    """The steps as ``step_elements`` draws them, shapes merged by fill and stroke (see ``flow_paths``)."""
    style = diagram.style
    shapes: dict[tuple[str, float], list[str]] = {}
    marks: list[str] = []
    texts: list[str] = []
    for box in diagram.steps:
        s = box.shape
        cx, cy = box.center
        fill = (fills or {}).get(box.id)
        if box.kind in ("task", "subprocess"):
            shapes.setdefault((fill or BOX_FILL, 1.5), []).append(_rounded_d(s))
            if box.kind == "subprocess":
                mx, my = cx, s.bottom - 9
                marks.append(f"M{_n(mx - 6)},{_n(my - 6)} h12 v12 h-12 Z M{_n(mx - 4)},{_n(my)} H{_n(mx + 4)} "
                             f"M{_n(mx)},{_n(my - 4)} V{_n(my + 4)}")
        elif is_gateway(box.kind):
            shapes.setdefault((fill or DECISION_FILL, 1.5), []).append(
                f"M{_n(s.x)},{_n(cy)} L{_n(cx)},{_n(s.y)} L{_n(s.right)},{_n(cy)} L{_n(cx)},{_n(s.bottom)} Z")
            texts.extend(mark_svg(gateway_mark(box.kind, cx, cy, s.w)))
        else:
            width = 4.0 if box.kind == "end" else 1.5
            shapes.setdefault((fill or BOX_FILL, width), []).append(_circle_d(cx, cy, s.w / 2 - width / 2))
        short = None if labels is None else labels.get(box.id, "")
        size = label_size or style.font_size
        if short == "":  # the caller had no room for this step's short text
            continue
        if short is not None:
            baseline = cy + 0.36 * size if box.kind in ("task", "subprocess") else s.y - 0.3 * size
            texts.append(f'<text x="{_n(cx - text_width(short, size) / 2)}" y="{_n(baseline)}" '
                         f'font-size="{_n(size)}" fill="{INK}">{clean(short)}</text>')
            continue
        t = box.text
        for i, line in enumerate(box.lines):
            # Centred by the layout's own metrics, not text-anchor: WeasyPrint makes an XObject per anchored text.
            baseline = t.y + i * style.line_height + (style.line_height + style.font_size) / 2 - 2
            left = t.x + (t.w - text_width(line, style.font_size)) / 2
            texts.append(f'<text x="{_n(left)}" y="{_n(baseline)}" fill="{INK}">{clean(line)}</text>')
    out = [f'<path class="steps" d="{" ".join(d)}" fill="{fill}" stroke="{INK}" stroke-width="{_n(width)}"/>'
           for (fill, width), d in shapes.items()]
    if marks:
        out.append(f'<path d="{" ".join(marks)}" fill="none" stroke="{INK}"/>')
    return out + texts
