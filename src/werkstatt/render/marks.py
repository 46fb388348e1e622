"""The mark inside a gateway's diamond, as plain strokes that every renderer draws the same way.

BPMN tells gateways apart by the mark alone: an X (exclusive), a plus (parallel), a thick circle
(inclusive), a double circle around a pentagon (event-based), an asterisk (complex). The sizes are
for the layout's 40 px diamond and scale with it, so the overview's grown diamonds keep their mark
in proportion. Every mark stays inside the diamond's inscribed circle (radius 40 / 2√2 ≈ 14 px).
"""

from __future__ import annotations

import math
from typing import NamedTuple

from werkstatt.layout.stepkinds import is_gateway

Point = tuple[float, float]

REFERENCE = 40.0  # the diamond the sizes below were drawn for (werkstatt.layout.swimlane.DIAMOND)


class Stroke(NamedTuple):
    """One unfilled stroke: ``line`` (two points), ``circle`` (centre and radius) or ``polygon`` (corners)."""

    shape: str
    points: tuple[Point, ...]
    radius: float
    width: float


def _line(a: Point, b: Point, width: float) -> Stroke:
    return Stroke("line", (a, b), 0.0, width)


def gateway_mark(kind: str, cx: float, cy: float, size: float = REFERENCE) -> tuple[Stroke, ...]:
    """The strokes of ``kind``'s mark in a diamond of diagonal ``size`` centred on (cx, cy); () for non-gateways."""
    if not is_gateway(kind):
        return ()
    k = size / REFERENCE
    if kind == "decision":  # the X the exported diagrams have always had
        d, w = 7 * k, 2 * k
        return (_line((cx - d, cy - d), (cx + d, cy + d), w), _line((cx + d, cy - d), (cx - d, cy + d), w))
    if kind == "parallel":
        d, w = 9 * k, 3 * k
        return (_line((cx - d, cy), (cx + d, cy), w), _line((cx, cy - d), (cx, cy + d), w))
    if kind == "inclusive":
        return (Stroke("circle", ((cx, cy),), 7.5 * k, 2.5 * k),)
    if kind == "event_based":
        r = 4.5 * k  # a pentagon, one corner up, inside two thin circles
        corners = tuple((cx + r * math.sin(2 * math.pi * i / 5), cy - r * math.cos(2 * math.pi * i / 5))
                        for i in range(5))
        return (Stroke("circle", ((cx, cy),), 10 * k, 1 * k), Stroke("circle", ((cx, cy),), 8 * k, 1 * k),
                Stroke("polygon", corners, 0.0, 1 * k))
    # complex: an asterisk of four strokes through the centre (the plus and the X together)
    d, e, w = 9 * k, 6.4 * k, 2.5 * k
    return (_line((cx - d, cy), (cx + d, cy), w), _line((cx, cy - d), (cx, cy + d), w),
            _line((cx - e, cy - e), (cx + e, cy + e), w), _line((cx + e, cy - e), (cx - e, cy + e), w))
