"""The flows of the swimlane layout, routed through the empty channels between the boxes.

Split from ``swimlane`` (which places the boxes) because routing is a pass of its own: it reads the
placed steps and rows and writes only flow routes. Each flow gets its own track in every channel it
uses and its own port offset on a box side, so parallel flows do not overlap.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
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
    The router keeps what it worked out (each flow's plan, the flows in every channel and at every
    port), so that ``extend`` can route the flows of appended steps and redo only the channels and
    ports they join: a track or port offset depends on nothing but the flows sharing it.
    """

    def __init__(self, nodes: dict[str, Node], rows: list[Row], channel_left: Callable[[int], float],
                 channel_width: float) -> None:
        self.nodes = nodes
        self.rows = rows
        self.channel_left = channel_left
        self.channel_width = channel_width
        self.occupied = {(n.row, n.column) for n in nodes.values()}
        self.drawn: tuple[FlowRoute, ...] = ()  # the routes in the order of the flows
        self.routes: dict[str, FlowRoute] | None = None  # by flow id, once an append needs them
        self.planned: dict[str, tuple[FlowSpec, tuple]] = {}  # flows through channels: their plans
        # Straight flows that pass over a cell: a step placed there later turns them into side flows.
        self.passing: dict[int, list[tuple[int, int, FlowSpec]]] = defaultdict(list)
        self.users: dict[tuple, list[tuple[float, str, float, float]]] = defaultdict(list)
        self.out_groups: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
        self.in_groups: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
        self.bottom_out_groups: dict[str, list[str]] = defaultdict(list)
        self.bottom_in_groups: dict[str, list[str]] = defaultdict(list)
        self.tracks: dict[tuple[str, tuple], float] = {}
        self.out_ports: dict[str, float] = {}
        self.in_ports: dict[str, float] = {}
        self.bottom_out: dict[str, float] = {}
        self.bottom_in: dict[str, float] = {}

    def route(self, flows: list[FlowSpec]) -> tuple[FlowRoute, ...]:
        routes = self._add(flows)
        self._assign_tracks(self.users)
        self._assign_ports(self.out_groups, self.out_groups, self.out_ports, OUT_OFFSETS)
        self._assign_ports(self.in_groups, self.in_groups, self.in_ports, IN_OFFSETS)
        self._assign_bottom(self.bottom_out_groups, self.bottom_out_groups, self.bottom_out, OUT_OFFSETS, 1.0)
        self._assign_bottom(self.bottom_in_groups, self.bottom_in_groups, self.bottom_in, IN_OFFSETS, -1.0)
        for slot, flow in enumerate(flows):
            plan = routes[slot]
            if plan.__class__ is tuple:
                routes[slot] = self._finish(flow, plan)  # type: ignore[arg-type]
        self.drawn = tuple(routes)  # type: ignore[arg-type]
        return self.drawn

    def by_id(self) -> dict[str, FlowRoute] | None:
        """The routes by flow id (``extend`` keeps them), or ``None`` when two flows share an id."""
        if self.routes is None:
            self.routes = {route.id: route for route in self.drawn}
        return self.routes if len(self.routes) >= len(self.drawn) else None  # appends only add to ``routes``

    def extend(self, new_nodes: list[Node], rows: list[Row], flows: list[FlowSpec]) -> set[str]:
        """Route ``flows``, the flows of the appended steps ``new_nodes``, into ``routes``.

        Every flow that shares a channel or a port with one of them is made again; a straight flow
        that a new step now stands in the way of becomes a side flow. The result is the full route's.
        Returns the ids of the flows through channels that were routed (again).
        """
        routes = self.by_id()
        assert routes is not None, "flows with one id cannot be told apart"
        self.rows = rows
        flows = list(flows)
        for node in new_nodes:
            self.occupied.add((node.row, node.column))
            passing = self.passing.get(node.row)
            if passing:
                blocked = [entry for entry in passing if entry[0] < node.column < entry[1]]
                for entry in blocked:
                    passing.remove(entry)
                    flows.append(entry[2])
        channels: set[tuple] = set()
        outs: set[str] = set()
        ins: set[str] = set()
        bottom_outs: set[str] = set()
        bottom_ins: set[str] = set()
        for flow, plan in zip(flows, self._add(flows), strict=True):
            if plan.__class__ is not tuple:
                routes[flow.id] = plan  # type: ignore[assignment]
                continue
            channels.update(channel for channel, _, _ in plan[1])
            (outs if plan[0] == "side" else bottom_outs).add(flow.source)
            (bottom_ins if plan[0] == "loop_bottom" else ins).add(flow.target)
        self._assign_ports(outs, self.out_groups, self.out_ports, OUT_OFFSETS)
        self._assign_ports(ins, self.in_groups, self.in_ports, IN_OFFSETS)
        self._assign_bottom(bottom_outs, self.bottom_out_groups, self.bottom_out, OUT_OFFSETS, 1.0)
        self._assign_bottom(bottom_ins, self.bottom_in_groups, self.bottom_in, IN_OFFSETS, -1.0)
        self._assign_tracks(channels)
        # The flows at one port share a channel: those leaving a box's side its gap on the right, those
        # arriving at a side the gap on the left, loops back the bottom channel of the row. So the
        # channels' members are every flow whose track or port offset may have changed.
        affected = {member[1] for channel in channels for member in self.users[channel]}
        for flow_id in affected:
            flow, plan = self.planned[flow_id]
            routes[flow_id] = self._finish(flow, plan)
        return affected

    def _add(self, flows: list[FlowSpec]) -> list[FlowRoute | tuple]:
        """For each flow, its route if it is straight or vertical (most flows: no channels, no ports to
        share), else its plan, entered in the channels and ports it uses."""
        nodes, planned, users, passing = self.nodes, self.planned, self.users, self.passing
        added: list[FlowRoute | tuple] = []
        for flow in flows:
            plan = self._plan(flow)
            kind = plan[0]
            a, b = nodes[flow.source], nodes[flow.target]
            if kind == "straight" or kind == "vertical":
                if kind == "straight":
                    points = ((a.cx + a.half_width, a.yc), (b.cx - b.half_width, b.yc))
                    if b.column - a.column > 1:
                        passing[a.row].append((a.column, b.column, flow))
                elif b.row > a.row:
                    points = ((a.cx, a.yc + a.below), (b.cx, b.yc - b.above))
                else:
                    points = ((a.cx, a.yc - a.above), (b.cx, b.yc + b.below))
                added.append(FlowRoute(flow.id, flow.source, flow.target, flow.label, points,
                                       label_position(points) if flow.label else None, False))
                continue
            planned[flow.id] = (flow, plan)
            for channel, low, high in plan[1]:
                users[channel].append((high - low, flow.id, low, high))
            if kind == "side":
                self.out_groups[a.id].append(_port_member(a, b, flow.id))
            else:
                self.bottom_out_groups[a.id].append(flow.id)
            if kind == "loop_bottom":
                self.bottom_in_groups[b.id].append(flow.id)
            else:
                self.in_groups[b.id].append(_port_member(b, a, flow.id))
            added.append(plan)
        return added

    def _finish(self, flow: FlowSpec, plan: tuple) -> FlowRoute:
        points = self._points(flow, plan)
        return FlowRoute(flow.id, flow.source, flow.target, flow.label, points,
                         label_position(points) if flow.label else None, plan[0] != "side")

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

    def _assign_tracks(self, channels: Iterable[tuple]) -> None:
        users, coordinate = self.users, self.tracks
        for channel in channels:
            members = users[channel]
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

    def _assign_ports(self, node_ids: Iterable[str], groups: dict[str, list[tuple[int, int, str]]],
                      offsets: dict[str, float], steps: tuple[float, ...]) -> None:
        """Offsets from the centre line for flows leaving a box's right side or entering its left side."""
        for node_id in node_ids:
            node = self.nodes[node_id]
            members = groups[node_id]
            if len(members) == 1:
                direction, _, flow_id = members[0]
                offsets[flow_id] = direction * steps[0] if node.flexible else 0.0
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

    def _assign_bottom(self, node_ids: Iterable[str], groups: dict[str, list[str]], offsets: dict[str, float],
                       steps: tuple[float, ...], sign: float) -> None:
        """Offsets from the centre for loops back leaving or entering a box's bottom side."""
        for node_id in node_ids:
            flexible = self.nodes[node_id].flexible
            for i, flow_id in enumerate(sorted(groups[node_id])):
                offsets[flow_id] = sign * steps[min(i, len(steps) - 1)] if flexible else 0.0

    # --- geometry --------------------------------------------------------------------------

    def _points(self, flow: FlowSpec, plan: tuple) -> tuple[Point, ...]:
        a, b = self.nodes[flow.source], self.nodes[flow.target]
        tracks, in_ports = self.tracks, self.in_ports
        kind = plan[0]
        if kind == "side":
            ya = a.yc + self.out_ports.get(flow.id, 0.0)
            yb = b.yc + in_ports.get(flow.id, 0.0)
            start = (a.cx + a.half_width, ya)
            end = (b.cx - b.half_width, yb)
            x1, yh, x2 = (tracks[(flow.id, channel[0])] for channel in plan[1])
            return (start, (x1, ya), (x1, yh), (x2, yh), (x2, yb), end)
        sx = a.cx + self.bottom_out.get(flow.id, 0.0)
        start = (sx, a.yc + a.below)
        y1 = tracks[(flow.id, plan[1][0][0])]
        if kind == "loop_bottom":
            ex = b.cx + self.bottom_in.get(flow.id, 0.0)
            return (start, (sx, y1), (ex, y1), (ex, b.yc + b.below))
        x2 = tracks[(flow.id, plan[1][1][0])]
        yb = b.yc + in_ports.get(flow.id, 0.0)
        return (start, (sx, y1), (x2, y1), (x2, yb), (b.cx - b.half_width, yb))


def _port_member(node: Node, other: Node, flow_id: str) -> tuple[int, int, str]:
    """A flow at a box's side: whether it heads up or down, where to, its id (the order along the side)."""
    direction = (other.row > node.row) - (other.row < node.row)
    if direction == 0:
        direction = 1  # a blocked flow along the row leaves downwards, into the channel below
    return (direction, other.row * 100000 + other.column, flow_id)


def label_position(points: tuple[Point, ...]) -> Point:
    """Beside the first segment of a straight flow, else after the first bend.

    Flows that leave one diamond tip share their first segment; after the bend they part.
    """
    (x0, y0), (_, y1) = points[1:3] if len(points) > 2 else points[:2]
    if y0 == y1:
        return (x0 + 4, y0 - 4)
    return (x0 + 4, y0 + (12 if y1 > y0 else -4))
