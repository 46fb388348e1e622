"""The flows of the swimlane layout, routed through the empty channels between the boxes.

Split from ``swimlane`` (which places the boxes) because routing is a pass of its own: it reads the
placed steps and rows and writes only flow routes. Each flow gets its own track in every channel it
uses and its own port offset on a box side, so parallel flows do not overlap.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from typing import TYPE_CHECKING

from werkstatt.layout.geometry import FlowRoute, Point
from werkstatt.layout.graph import FlowSpec

if TYPE_CHECKING:
    from werkstatt.layout.swimlane import Node, Row

OUT_OFFSETS = (5.0, 15.0, 25.0, 35.0)  # leaving ports: odd multiples of 5 …
IN_OFFSETS = (10.0, 20.0, 30.0)  # … arriving ports even ones, so stubs in one channel never coincide


def span(a: float, b: float) -> tuple[float, float]:
    return (a, b) if a <= b else (b, a)


class Router:
    """Routes every flow through channels, in two passes: plan (which channels), then tracks.

    ``channel_left(column)`` is the left edge of the vertical channel after a column (column -1: the
    channel before the first), ``channel_width`` the channels' width: the grid is the layout's.
    """

    def __init__(self, nodes: dict[str, Node], rows: list[Row], channel_left: Callable[[int], float],
                 channel_width: float) -> None:
        self.nodes = nodes
        self.rows = rows
        self.channel_left = channel_left
        self.channel_width = channel_width
        self.occupied = {(n.row, n.column) for n in nodes.values()}

    def route(self, flows: list[FlowSpec]) -> tuple[FlowRoute, ...]:
        nodes = self.nodes
        routes: list[FlowRoute | None] = []
        plans = []
        for flow in flows:
            plan = self._plan(flow)
            if plan[0] in ("straight", "vertical"):  # most flows: no channels, no ports to share
                a, b = nodes[flow.source], nodes[flow.target]
                if plan[0] == "straight":
                    points = ((a.cx + a.half_width, a.yc), (b.cx - b.half_width, b.yc))
                elif b.row > a.row:
                    points = ((a.cx, a.yc + a.below), (b.cx, b.yc - b.above))
                else:
                    points = ((a.cx, a.yc - a.above), (b.cx, b.yc + b.below))
                routes.append(FlowRoute(flow.id, flow.source, flow.target, flow.label, points,
                                        label_position(points) if flow.label else None, False))
            else:
                plans.append((len(routes), flow, plan))
                routes.append(None)
        out_ports = self._port_offsets([(f, p) for _, f, p in plans if p[0] == "side"], "out")
        in_ports = self._port_offsets([(f, p) for _, f, p in plans], "in", skip="loop_bottom")
        bottom_out = self._bottom_offsets([f for _, f, p in plans if p[0] != "side"], "out")
        bottom_in = self._bottom_offsets([f for _, f, p in plans if p[0] == "loop_bottom"], "in")
        tracks = self._tracks(plans)
        for slot, flow, plan in plans:
            points = self._points(flow, plan, tracks, out_ports, in_ports, bottom_out, bottom_in)
            routes[slot] = FlowRoute(flow.id, flow.source, flow.target, flow.label, points,
                                     label_position(points) if flow.label else None, plan[0] != "side")
        return tuple(routes)  # type: ignore[arg-type]

    # --- planning --------------------------------------------------------------------------

    def _plan(self, flow: FlowSpec) -> tuple:
        """The shape of a route and the channels it needs, each with the stretch it occupies.

        Stretches are in half-units — column c at 2c+1, the gap after it at 2c+2; row r at 2r+1,
        its top channel at 2r+0.5, its bottom channel at 2r+1.5 — so that only flows whose
        stretches meet need different tracks in a channel.
        """
        a, b = self.nodes[flow.source], self.nodes[flow.target]
        if b.index > a.index:
            if a.column == b.column:
                return ("vertical",)
            if a.row == b.row and all((a.row, c) not in self.occupied for c in range(a.column + 1, b.column)):
                return ("straight",)
            # Always two verticals: leaving stubs end in the left half of a gap, arriving ones start in
            # the right half, so stubs at the same height never overlap, whatever the shapes' ports.
            level = 2 * b.row + (0.5 if b.row > a.row else 1.5)
            horizontal = ("top" if b.row > a.row else "bot", b.row)
            return ("side", (
                (("gapL", a.column), *span(2 * a.row + 1, level)),
                (horizontal, *span(2 * a.column + 2, 2 * b.column)),
                (("gapR", b.column - 1), *span(level, 2 * b.row + 1)),
            ))
        below = 2 * a.row + 1.5
        # A circle or diamond has one bottom tip, which its own loops back leave from: loops into it
        # come in at its left tip instead.
        if a.row == b.row and b.flexible:
            return ("loop_bottom", ((("bot", a.row), *span(2 * a.column + 1, 2 * b.column + 1)),))
        return ("loop_side", (
            (("bot", a.row), *span(2 * a.column + 1, 2 * b.column)),
            (("gapR", b.column - 1), *span(below, 2 * b.row + 1)),
        ))

    def _tracks(self, plans) -> dict[tuple[str, tuple], float]:
        users: dict[tuple, list[tuple[float, str, float, float]]] = defaultdict(list)
        for _, flow, plan in plans:
            for channel, low, high in plan[1]:
                users[channel].append((high - low, flow.id, low, high))
        coordinate: dict[tuple[str, tuple], float] = {}
        for channel, members in users.items():
            low, high, outer_is_high = self._channel_range(channel)
            if len(members) == 1:  # the common case: the middle of the channel
                coordinate[(members[0][1], channel)] = (low + high) / 2
                continue
            # Longest first, each on the outermost track free along its stretch: nested flows don't
            # cross, and a channel needs only as many tracks as flows overlap in it.
            members.sort(key=lambda m: (-m[0], m[1]))
            tracks: list[list[tuple[float, float]]] = []
            assigned: list[tuple[str, int]] = []
            for _, flow_id, start, end in members:
                index = next((i for i, taken in enumerate(tracks)
                              if all(end < t_start or t_end < start for t_start, t_end in taken)), len(tracks))
                if index == len(tracks):
                    tracks.append([])
                tracks[index].append((start, end))
                assigned.append((flow_id, index))
            step = (high - low) / (len(tracks) + 1)
            for flow_id, index in assigned:
                offset = (index + 1) * step
                coordinate[(flow_id, channel)] = high - offset if outer_is_high else low + offset
        return coordinate

    def _channel_range(self, channel: tuple) -> tuple[float, float, bool]:
        kind, index = channel
        if kind in ("gapL", "gapR"):
            left = self.channel_left(index)
            middle = left + self.channel_width / 2
            if kind == "gapL":
                return left + 4, middle - 2, True
            return middle + 2, left + self.channel_width - 4, False
        row = self.rows[index]
        if kind == "bot":
            return row.yc + row.below + 3, row.bottom - 3, True
        return row.top + 3, row.yc - row.above - 3, False

    def _port_offsets(self, plans, side: str, skip: str = "") -> dict[str, float]:
        """Offsets from the centre line for flows leaving a box's right side or entering its left side."""
        groups: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
        for flow, plan in plans:
            if plan[0] == skip:
                continue
            a, b = self.nodes[flow.source], self.nodes[flow.target]
            node, other = (a, b) if side == "out" else (b, a)
            direction = (other.row > node.row) - (other.row < node.row)
            if direction == 0:
                direction = 1  # a blocked flow along the row leaves downwards, into the channel below
            groups[node.id].append((direction, other.row * 100000 + other.column, flow.id))
        offsets: dict[str, float] = {}
        steps = OUT_OFFSETS if side == "out" else IN_OFFSETS
        first = steps[0]
        for node_id, members in groups.items():
            node = self.nodes[node_id]
            if len(members) == 1:
                direction, _, flow_id = members[0]
                offsets[flow_id] = direction * first if node.flexible else 0.0
                continue
            limit = node.above if node.flexible else 0.0
            limit = min(limit, node.below) - 3
            members.sort()
            ups = [m for m in members if m[0] < 0]
            downs = [m for m in members if m[0] > 0]
            for group, sign in ((list(reversed(ups)), -1), (downs, 1)):
                for i, (_, _, flow_id) in enumerate(group):
                    value = steps[min(i, len(steps) - 1)]
                    offsets[flow_id] = sign * value if value <= limit else 0.0
        return offsets

    def _bottom_offsets(self, flows: list[FlowSpec], side: str) -> dict[str, float]:
        groups: dict[str, list[str]] = defaultdict(list)
        for flow in flows:
            groups[flow.source if side == "out" else flow.target].append(flow.id)
        offsets: dict[str, float] = {}
        for node_id, members in groups.items():
            node = self.nodes[node_id]
            for i, flow_id in enumerate(sorted(members)):
                value = (OUT_OFFSETS if side == "out" else IN_OFFSETS)[min(i, 3 if side == "out" else 2)]
                offsets[flow_id] = (value if side == "out" else -value) if node.flexible else 0.0
        return offsets

    # --- geometry --------------------------------------------------------------------------

    def _points(self, flow, plan, tracks, out_ports, in_ports, bottom_out, bottom_in) -> tuple[Point, ...]:
        a, b = self.nodes[flow.source], self.nodes[flow.target]
        kind = plan[0]
        if kind == "side":
            ya = a.yc + out_ports.get(flow.id, 0.0)
            yb = b.yc + in_ports.get(flow.id, 0.0)
            start = (a.cx + a.half_width, ya)
            end = (b.cx - b.half_width, yb)
            x1, yh, x2 = (tracks[(flow.id, channel[0])] for channel in plan[1])
            return (start, (x1, ya), (x1, yh), (x2, yh), (x2, yb), end)
        sx = a.cx + bottom_out.get(flow.id, 0.0)
        start = (sx, a.yc + a.below)
        y1 = tracks[(flow.id, plan[1][0][0])]
        if kind == "loop_bottom":
            ex = b.cx + bottom_in.get(flow.id, 0.0)
            return (start, (sx, y1), (ex, y1), (ex, b.yc + b.below))
        x2 = tracks[(flow.id, plan[1][1][0])]
        yb = b.yc + in_ports.get(flow.id, 0.0)
        return (start, (sx, y1), (x2, y1), (x2, yb), (b.cx - b.half_width, yb))


def label_position(points: tuple[Point, ...]) -> Point:
    """Beside the first segment of a straight flow, else after the first bend.

    Flows that leave one diamond tip share their first segment; after the bend they part.
    """
    (x0, y0), (_, y1) = points[1:3] if len(points) > 2 else points[:2]
    if y0 == y1:
        return (x0 + 4, y0 - 4)
    return (x0 + 4, y0 + (12 if y1 > y0 else -4))
