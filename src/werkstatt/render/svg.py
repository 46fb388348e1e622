"""The diagram as a standalone SVG file: opens in any browser, fonts named, text escaped."""

from __future__ import annotations

import unicodedata
from xml.sax.saxutils import escape, quoteattr

from werkstatt.layout.geometry import Diagram, FlowRoute, StepBox
from werkstatt.render.marks import Stroke, gateway_mark
from werkstatt.stepkinds import is_gateway

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
    out.append(
        '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" '
        f'orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="{INK}"/></marker>'
        '<marker id="arrow-back" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" '
        f'orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="{BACK_FLOW}"/></marker></defs>'
    )
    out.append(f'<rect width="100%" height="100%" fill="{BOX_FILL}"/>')
    for index, lane in enumerate(diagram.lanes):
        r, h = lane.rect, lane.header
        out.append(f'<g class="lane" data-lane-id={quoteattr(lane.id)}>')
        out.append(f'<rect x="{_n(r.x)}" y="{_n(r.y)}" width="{_n(r.w)}" height="{_n(r.h)}" '
                   f'fill="{LANE_FILLS[index % 2]}" stroke="#8a8a8a" stroke-width="1"/>')
        out.append(f'<rect x="{_n(h.x)}" y="{_n(h.y)}" width="{_n(h.w)}" height="{_n(h.h)}" '
                   f'fill="{HEADER_FILL}" stroke="#8a8a8a" stroke-width="1"/>')
        for i, line in enumerate(lane.name_lines):
            out.append(f'<text x="{_n(h.x + 10)}" y="{_n(h.y + 22 + i * style.line_height)}" font-weight="bold" '
                       f'fill="{INK}">{clean(line)}</text>')
        out.append("</g>")
    for route in diagram.flows:
        out.append(_flow(route, style.label_font_size))
    for box in diagram.steps:
        out.append(_step(box, style.line_height, style.font_size))
    out.append("</svg>")
    return "\n".join(out) + "\n"


def _step(box: StepBox, line_height: float, font_size: float) -> str:
    s = box.shape
    cx, cy = box.center
    parts = [f'<g class="step {box.kind}" data-step-id={quoteattr(box.id)}>']
    if box.kind in ("task", "subprocess"):
        parts.append(f'<rect x="{_n(s.x)}" y="{_n(s.y)}" width="{_n(s.w)}" height="{_n(s.h)}" rx="6" '
                     f'fill="{BOX_FILL}" stroke="{INK}" stroke-width="1.5"/>')
        if box.kind == "subprocess":
            mx, my = cx, s.bottom - 9
            parts.append(f'<rect x="{_n(mx - 6)}" y="{_n(my - 6)}" width="12" height="12" fill="none" '
                         f'stroke="{INK}"/><path d="M{_n(mx - 4)},{_n(my)} H{_n(mx + 4)} M{_n(mx)},{_n(my - 4)} '
                         f'V{_n(my + 4)}" stroke="{INK}"/>')
    elif is_gateway(box.kind):
        parts.append(f'<path d="M{_n(s.x)},{_n(cy)} L{_n(cx)},{_n(s.y)} L{_n(s.right)},{_n(cy)} '
                     f'L{_n(cx)},{_n(s.bottom)} Z" fill="{DECISION_FILL}" stroke="{INK}" stroke-width="1.5"/>')
        parts.extend(mark_svg(gateway_mark(box.kind, cx, cy, s.w)))
    else:
        width = 4 if box.kind == "end" else 1.5
        parts.append(f'<circle cx="{_n(cx)}" cy="{_n(cy)}" r="{_n(s.w / 2 - width / 2)}" fill="{BOX_FILL}" '
                     f'stroke="{INK}" stroke-width="{_n(width)}"/>')
    t = box.text
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


def _flow(route: FlowRoute, label_size: float) -> str:
    colour, marker = (BACK_FLOW, "arrow-back") if route.back else (INK, "arrow")
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
