"""The swimlane layout: a pure, deterministic function from a ProcessGraph to a Diagram.

How it works, and why it is built this way:

* **Columns by capture order.** A flow to a step typed later is a forward flow, any other
  flow is a loop back. Forward flows always go to a later position, so the capture order
  is a topological order: one pass assigns each step the column after its latest forward
  predecessor. A step appended after the last one is placed last, after everything else,
  so it cannot move a box that is already there (the room keeps its place). Nor does the
  relayout redo them: it places the new step and reroutes only the flows that share a channel
  with the new ones (``_append``; a property test holds it to the full layout's result).
* **Handovers go straight down or up.** A step in another lane than its only predecessor
  goes into the predecessor's column when the way there is clear, and that way stays clear:
  the diagram does not grow a column per handover.
* **Lanes are bands of rows.** A step takes the first free row of its lane in its column.
  Two branches of one gateway that land in the same lane and column stack: the lane
  grows by a row. Anything else that finds its cell taken moves one column right.
* **Rows have a standard height.** Boxes fit four lines of text and gateway or event
  labels three, so a new step does not make a lane taller; only a longer label does.
* **Flows use the empty space only.** Between columns run vertical channels, above and
  below each row horizontal ones, and every flow is routed through them (or straight along
  its row when nothing stands in between), so no flow crosses a box. Each flow gets its own
  track in every channel it uses and its own port offset on a box side, so parallel flows
  do not overlap; longer flows take the outer tracks, so nested loops do not cross.
"""

from __future__ import annotations

import dataclasses
import gc
import threading
from collections import defaultdict
from functools import lru_cache

from werkstatt.layout.geometry import Diagram, LaneBand, Rect, StepBox, Style
from werkstatt.layout.graph import STEP_KINDS, FlowSpec, LaneSpec, ProcessGraph, StepSpec, is_gateway
from werkstatt.layout.swimlane_routes import Router
from werkstatt.layout.text import FONT_FAMILY, wrap

FONT_SIZE = 13.0
LINE_HEIGHT = 16.0
LABEL_FONT_SIZE = 11.0
HEADER_WIDTH = 150.0
HEADER_PAD = 10.0
TASK_WIDTH = 150.0
TEXT_PAD = 8.0
COLUMN_GAP = 60.0
PITCH = TASK_WIDTH + COLUMN_GAP
ROW_PAD = 26.0
DIAMOND = 40.0
EVENT = 32.0
LABEL_GAP = 4.0
MARGIN = 20.0
TASK_LINES = 4  # lines a standard box holds
SIDE_LINES = 3  # lines a gateway or event label holds before its row grows
STANDARD_HALF = (TASK_LINES * LINE_HEIGHT + 2 * TEXT_PAD) / 2  # 40
STANDARD_ABOVE = max(STANDARD_HALF, DIAMOND / 2 + LABEL_GAP + SIDE_LINES * LINE_HEIGHT)
STANDARD_BELOW = STANDARD_HALF
X0 = HEADER_WIDTH + COLUMN_GAP  # left edge of column 0; the channel of column -1 lies before it

STYLE = Style(font_family=FONT_FAMILY, font_size=FONT_SIZE, line_height=LINE_HEIGHT,
              label_font_size=LABEL_FONT_SIZE)


@lru_cache(maxsize=16384)
def _measure(kind: str, label: str) -> tuple[str, tuple[str, ...], float, float, float]:
    """Kind, wrapped lines, extent above and below the centre line, half width: once per label."""
    if kind not in STEP_KINDS:
        kind = "task"
    if kind in ("task", "subprocess"):
        lines = wrap(label, TASK_WIDTH - 2 * TEXT_PAD, FONT_SIZE)
        half = max(STANDARD_HALF, (len(lines) * LINE_HEIGHT + 2 * TEXT_PAD) / 2)
        return kind, lines, half, half, TASK_WIDTH / 2
    lines = wrap(label, TASK_WIDTH, FONT_SIZE) if label.strip() else ()
    size = DIAMOND if is_gateway(kind) else EVENT
    return kind, lines, size / 2 + (LABEL_GAP + len(lines) * LINE_HEIGHT if lines else 0.0), size / 2, size / 2


class Node:
    """Mutable working record of one step during layout (plain attributes: read in hot loops)."""

    __slots__ = ("above", "below", "column", "cx", "flexible", "half_width", "id", "index", "kind", "lane",
                 "lines", "local", "row", "yc")

    def __init__(self, spec: StepSpec, index: int, lane: int) -> None:
        self.id = spec.id
        self.index = index
        self.lane = lane
        self.kind, self.lines, self.above, self.below, self.half_width = _measure(spec.kind, spec.label)
        # Boxes spread their flows along a side; diamonds and circles have one tip per side.
        self.flexible = self.kind in ("task", "subprocess")
        self.column = 0
        self.local = 0  # the row within the lane
        self.row = 0  # the row within the diagram
        self.cx = 0.0
        self.yc = 0.0


class _Previous(threading.local):
    """The last layout made on this thread, for the keystroke and append paths (see ``layout``)."""

    shape: tuple | None = None
    extents: tuple | None = None
    labels: tuple | None = None
    diagram: Diagram | None = None
    index: dict[str, int] | None = None
    work: _Work | None = None
    path = ""  # how the last result was made: "full", "same", "relabel" or "append" (tests read it)


_previous = _Previous()


def layout(graph: ProcessGraph, *, reuse: bool = True) -> Diagram:
    """Lay out ``graph``.

    Most keystrokes change one label and nothing else that decides where things go. When the
    lanes, the steps' ids, lanes, kinds and order, the flows and every box's extent are as in
    the previous call, the previous geometry is reused and only the boxes whose text changed
    are made again. When the graph only appends steps to the previous one (see ``_append``),
    the earlier boxes stay and only the new steps are placed and their flows routed. Either
    way the result is the full layout's, in a fraction of the time.
    ``reuse=False`` computes everything afresh (tests and benchmarks compare the two).
    """
    # A layout allocates tens of thousands of small tuples and no reference cycles: the cyclic
    # collector would only walk them again and again (a third of the time at 1,000 steps).
    collecting = gc.isenabled()
    gc.disable()
    try:
        if not reuse:
            return _Work(graph).diagram
        shape = (graph.lanes, tuple((s.id, s.lane, s.kind, s.position) for s in graph.steps), graph.flows)
        measured = [_measure(s.kind, s.label) for s in graph.steps]
        extents = tuple((m[2], m[3]) for m in measured)
        labels = tuple(m[1] for m in measured)
        last = _previous
        diagram = None
        if last.diagram is not None and last.shape == shape and last.extents == extents:
            if last.labels == labels:
                last.path = "same"
                return last.diagram
            steps = _relabelled(last.diagram.steps, last.index, graph.steps, measured, last.labels, labels)
            diagram = dataclasses.replace(last.diagram, steps=steps)
            last.path = "relabel"
        elif last.work is not None:
            work, last.work = last.work, None  # extended in place: kept only once the append has succeeded
            diagram = _append(work, last, graph, shape, measured, extents, labels)
            if diagram is not None:
                last.work, last.path = work, "append"
        if diagram is None:
            work = _Work(graph)
            diagram = work.diagram
            last.work, last.path = work, "full"
            last.index = {box.id: i for i, box in enumerate(diagram.steps)}
        last.shape, last.extents, last.labels, last.diagram = shape, extents, labels, diagram
        return diagram
    finally:
        if collecting:
            gc.enable()


def _relabelled(boxes: tuple[StepBox, ...], index: dict[str, int], specs, measured, old, new) -> tuple[StepBox, ...]:
    """``boxes`` with the text of every step whose wrapped label changed from ``old`` to ``new`` made again."""
    steps = list(boxes)
    for spec, (kind, lines, above, below, _), before, after in zip(specs, measured, old, new, strict=True):
        if before != after and spec.id in index:
            box = steps[index[spec.id]]
            steps[index[spec.id]] = _cached_box(box.id, kind, box.lane, box.column, box.row, box.center[1], above,
                                                below, lines)
    return tuple(steps)


def _order(spec: StepSpec) -> tuple[float, str]:
    return (spec.position, spec.id)


def _channel_left(column: int) -> float:
    """The left edge of the vertical channel after ``column`` (-1: the channel before the first column)."""
    return X0 + column * PITCH + TASK_WIDTH if column >= 0 else X0 - COLUMN_GAP


class _Work:
    """A full layout, with everything it worked out kept so that appended steps can be laid out on."""

    def __init__(self, graph: ProcessGraph) -> None:
        self.lane_of = {lane.id: i for i, lane in enumerate(graph.lanes)}
        ordered = sorted(graph.steps, key=_order)
        self.last = _order(ordered[-1]) if ordered else None
        self.undrawn: list[StepSpec] = []  # steps whose lane is gone are not drawn rather than drawn anywhere
        nodes: dict[str, Node] = {}
        for index, spec in enumerate(ordered):
            lane = self.lane_of.get(spec.lane)
            if lane is None:
                self.undrawn.append(spec)
            else:
                nodes[spec.id] = Node(spec, index, lane)
        self.nodes = nodes
        undrawn_ids = {spec.id for spec in self.undrawn}
        # Steps sharing an id, or lanes: nothing can be told apart by id, so nothing is appended to this.
        self.unique = (len(nodes) + len(undrawn_ids) == len(ordered) and undrawn_ids.isdisjoint(nodes)
                       and len(self.lane_of) == len(graph.lanes))
        flows = [f for f in graph.flows if f.source in nodes and f.target in nodes]
        self.dangling = (  # flows naming a step that is not drawn (yet)
            [f for f in graph.flows if not (f.source in nodes and f.target in nodes)] if len(flows) < len(graph.flows)
            else [])
        self.placement = placement = _Placement(nodes, len(graph.lanes))
        placement.connect(flows)
        placement.place([(spec.id, nodes[spec.id]) for spec in ordered if spec.id in nodes])
        self.extents: dict[tuple[int, int], list[float]] = {}
        _add_extents(self.extents, nodes.values())
        self.rows, self.first_row, bands = _rows(graph.lanes, placement.rows_in_lane, self.extents)
        rows, first_row = self.rows, self.first_row
        for node in nodes.values():
            node.row = first_row[node.lane] + node.local
            node.yc = rows[node.row].yc
        self.columns = max((n.column for n in nodes.values()), default=-1) + 1
        lane_ids = [lane.id for lane in graph.lanes]
        boxes = tuple(_box(node, lane_ids[node.lane]) for node in sorted(nodes.values(), key=lambda n: n.index))
        self.router = Router(nodes, rows, _channel_left, COLUMN_GAP)
        self.diagram = _diagram(bands, self.columns, boxes, self.router.route(flows))
        self.slots: dict[str, int] | None = None  # where each flow is drawn: worked out at the first append


def _diagram(bands: list[LaneBand], columns: int, boxes: tuple[StepBox, ...], routes) -> Diagram:
    width = X0 + max(columns, 1) * PITCH + MARGIN
    height = bands[-1].rect.bottom if bands else 0.0
    lanes = tuple(
        LaneBand(b.id, b.name, Rect(b.rect.x, b.rect.y, (width - b.rect.x), b.rect.h), b.header, b.name_lines)
        for b in bands
    )
    return Diagram(width=(width), height=(height), lanes=lanes, steps=boxes, flows=routes, style=STYLE)


def _append(work: _Work, last: _Previous, graph: ProcessGraph, shape, measured, extents, labels) -> Diagram | None:
    """The layout of ``graph`` continued from the previous one, if ``graph`` only appends steps to it.

    Appended means: the previous lanes (new ones may follow them), steps (ids, lanes, kinds, order,
    box extents) and flows are all still there, every new step comes after all of them in the
    capture order, and every new flow reaches a new step. Then no earlier step moves: only the new
    steps are placed, and only their flows and those sharing a channel or a port with them are routed
    again. If a new step makes a row taller or adds a row above others, everything below would move:
    ``None`` then, as for anything that is not an append, and the caller lays out afresh.
    """
    old_lanes, old_steps, old_flows = last.shape  # type: ignore[misc]
    lanes, steps, flows = shape
    count = len(old_steps)
    if (len(steps) <= count or not work.unique or lanes[:len(old_lanes)] != old_lanes
            or steps[:count] != old_steps or extents[:count] != last.extents):
        return None
    appended = sorted(graph.steps[count:], key=_order)
    fresh = {spec.id for spec in appended}
    if (work.last is not None and _order(appended[0]) <= work.last) or len(fresh) != len(appended) or (
            not fresh.isdisjoint(work.nodes) or any(spec.id in fresh for spec in work.undrawn)):
        return None
    extra, at_end = _added(old_flows, flows)
    new_lanes = {lane.id for lane in lanes[len(old_lanes):]}
    if (extra is None or len(new_lanes) != len(lanes) - len(old_lanes) or not new_lanes.isdisjoint(work.lane_of)
            or any(spec.lane in new_lanes for spec in work.undrawn)):
        return None
    nodes, routes = work.nodes, work.router.by_id()
    if routes is None or any(f.source in nodes and f.target in nodes for f in extra):
        return None  # flows with one id cannot be told apart; a new flow between earlier steps may change anything
    # From here on ``work`` changes: the caller has taken it from the cache and puts it back on success.
    lane_ids = [lane.id for lane in lanes]
    for index in range(len(old_lanes), len(lanes)):
        work.lane_of[lane_ids[index]] = index
    new_nodes = []
    for offset, spec in enumerate(appended):
        lane = work.lane_of.get(spec.lane)
        if lane is None:
            work.undrawn.append(spec)
        else:
            nodes[spec.id] = node = Node(spec, count + offset, lane)
            new_nodes.append(node)
    candidates, work.dangling = [*work.dangling, *extra], []
    new_flows = []
    for flow in candidates:
        (new_flows if flow.source in nodes and flow.target in nodes else work.dangling).append(flow)
    if any(flow.id in routes for flow in new_flows) or len(
            {flow.id for flow in new_flows}) != len(new_flows):
        return None
    placement = work.placement
    placement.rows_in_lane.extend([1] * (len(lanes) - len(old_lanes)))
    placement.connect(new_flows)
    placement.place([(node.id, node) for node in new_nodes])
    _add_extents(work.extents, new_nodes)
    old_rows, old_first = work.rows, work.first_row
    rows, first_row, bands = _rows(lanes, placement.rows_in_lane, work.extents)
    if first_row[:len(old_first)] != old_first or any(  # rows are only ever added, below the earlier ones
            (a.top, a.above, a.below) != (b.top, b.above, b.below) for a, b in zip(old_rows, rows, strict=False)):
        return None
    work.rows, work.first_row = rows, first_row
    for node in new_nodes:
        node.row = first_row[node.lane] + node.local
        node.yc = rows[node.row].yc
        work.columns = max(work.columns, node.column + 1)
    work.last = _order(appended[-1])
    rerouted = work.router.extend(new_nodes, rows, new_flows)
    boxes = last.diagram.steps  # type: ignore[union-attr]
    if labels[:count] != last.labels:
        boxes = _relabelled(boxes, last.index, graph.steps[:count], measured[:count], last.labels, labels[:count])
    index = last.index
    for node in new_nodes:
        index[node.id] = len(index)
    boxes = (*boxes, *(_box(node, lane_ids[node.lane]) for node in new_nodes))
    if work.slots is None:
        work.slots = {route.id: slot for slot, route in enumerate(last.diagram.flows)}  # type: ignore[union-attr]
    slots = work.slots
    if at_end and len(new_flows) == sum(f.source in nodes and f.target in nodes for f in extra):
        drawn = list(last.diagram.flows)  # type: ignore[union-attr]
        for flow_id in rerouted:
            if flow_id in slots:
                drawn[slots[flow_id]] = routes[flow_id]
        for flow in new_flows:  # all of them among the new flows at the end, in their order
            slots[flow.id] = len(drawn)
            drawn.append(routes[flow.id])
    else:  # a flow drawn now comes before earlier ones
        drawn = [routes[f.id] for f in graph.flows if f.source in nodes and f.target in nodes]
        work.slots = {route.id: slot for slot, route in enumerate(drawn)}
    return _diagram(bands, work.columns, boxes, tuple(drawn))


def _added(old: tuple[FlowSpec, ...], new: tuple[FlowSpec, ...]) -> tuple[list[FlowSpec] | None, bool]:
    """The flows of ``new`` that are not in ``old`` and whether they all come after them.

    ``None`` when ``new`` lacks one of ``old`` or has them in another order.
    """
    if new[:len(old)] == old:  # the usual append: new flows come last (compared in C, the fast way)
        return list(new[len(old):]), True
    added = []
    position = 0
    for flow in new:
        if position < len(old) and flow == old[position]:
            position += 1
        else:
            added.append(flow)
    return (added if position == len(old) else None), False


class _Placement:
    """Where the steps placed so far stand: what placing the next one needs (see the module docstring)."""

    def __init__(self, nodes: dict[str, Node], lane_count: int) -> None:
        self.nodes = nodes
        self.rows_in_lane = [1] * lane_count
        self.used: dict[tuple[int, int], int] = {}  # (lane, column) → bit mask of taken rows in the lane
        self.blocked: set[tuple[int, int]] = set()  # cells a vertical handover runs through: kept empty
        self.cell_of: dict[str, tuple[int, int]] = {}
        self.forward_preds: dict[str, list[str]] = defaultdict(list)
        self.forward_children: dict[str, list[str]] = defaultdict(list)

    def connect(self, flows: list[FlowSpec]) -> None:
        nodes, preds, children = self.nodes, self.forward_preds, self.forward_children
        for flow in flows:
            if nodes[flow.target].index > nodes[flow.source].index:
                preds[flow.target].append(flow.source)
                children[flow.source].append(flow.target)

    def place(self, steps: list[tuple[str, Node]]) -> None:
        """Place the steps, given in capture order after all placed before."""
        nodes, used, blocked, rows_in_lane = self.nodes, self.used, self.blocked, self.rows_in_lane
        forward_preds, cell_of = self.forward_preds, self.cell_of
        for step_id, node in steps:
            preds = forward_preds.get(step_id, ())
            lane = node.lane
            handover = _vertical_handover(node, preds, nodes, used, blocked)
            if handover is not None:
                column, free = handover
                pred_lane = nodes[preds[0]].lane
                low, high = sorted((lane, pred_lane))
                blocked.update((between, column) for between in range(low + 1, high))
                # Both ends sit in the top row of their lane: the way runs on through the upper lane's cell.
                blocked.add((low, column))
            else:
                column = 0
                for pred in preds:
                    if nodes[pred].column >= column:
                        column = nodes[pred].column + 1
                while True:
                    mask = used.get((lane, column), 0)
                    free = (~mask & (mask + 1)).bit_length() - 1  # the lowest free row
                    if (lane, column) in blocked:
                        column += 1
                        continue
                    if free < rows_in_lane[lane]:
                        break
                    if _branch_of_same_gateway(step_id, preds, nodes, self.forward_children, cell_of,
                                               (lane, column)):
                        rows_in_lane[lane] += 1
                        break
                    column += 1
            used[(lane, column)] = used.get((lane, column), 0) | 1 << free
            node.column, node.local = column, free
            node.cx = X0 + column * PITCH + TASK_WIDTH / 2
            cell_of[step_id] = (lane, column)


def _vertical_handover(node: Node, preds, nodes, used, blocked) -> tuple[int, int] | None:
    """Put a step straight below (or above) its only predecessor in another lane, if the way is clear.

    A handover between lanes then costs no column: the diagram stays narrow enough for the
    projector. The flow leaves through a box's top or bottom, and every cell it passes is empty
    now and kept empty afterwards.
    """
    if len(preds) != 1:
        return None
    pred = nodes[preds[0]]
    if pred.lane == node.lane:
        return None
    if not (node.flexible and pred.flexible):
        return None  # diamonds and circles have one tip per side, which loops back already use
    column = pred.column
    if used.get((pred.lane, column), 0) != 1 << pred.local:
        return None  # not alone in its cell
    low, high = sorted((node.lane, pred.lane))
    for lane in range(low, high + 1):
        if lane != pred.lane and (used.get((lane, column), 0) or (lane, column) in blocked):
            return None
    return column, 0


def _branch_of_same_gateway(step_id: str, preds, nodes, forward_children, cell_of, cell) -> bool:
    for pred in preds:
        if is_gateway(nodes[pred].kind):
            for sibling in forward_children[pred]:
                if sibling != step_id and cell_of.get(sibling) == cell:
                    return True
    return False


class Row:
    __slots__ = ("above", "below", "bottom", "top", "yc")

    def __init__(self, top: float, above: float, below: float) -> None:
        self.top = top
        self.above = above
        self.below = below
        self.yc = top + ROW_PAD + above
        self.bottom = self.yc + below + ROW_PAD


def _add_extents(extents: dict[tuple[int, int], list[float]], nodes) -> None:
    """Widen each row's extent above and below its centre line to hold ``nodes``."""
    for node in nodes:
        key = (node.lane, node.local)
        above, below = extents.get(key, (STANDARD_ABOVE, STANDARD_BELOW))
        extents[key] = [max(above, node.above), max(below, node.below)]


def _rows(lanes: tuple[LaneSpec, ...], rows_in_lane: list[int], extents: dict[tuple[int, int], list[float]]):
    """The rows top to bottom, the first row of each lane, and the lane bands (their width set later)."""
    first_row: list[int] = []
    rows: list[Row] = []
    bands: list[LaneBand] = []
    y = 0.0
    for lane_index, lane in enumerate(lanes):
        first_row.append(len(rows))
        lane_top = y
        for local in range(rows_in_lane[lane_index]):
            above, below = extents.get((lane_index, local), (STANDARD_ABOVE, STANDARD_BELOW))
            row = Row(y, above, below)
            rows.append(row)
            y = row.bottom
        name_lines = wrap(lane.name, HEADER_WIDTH - 2 * HEADER_PAD, FONT_SIZE)
        lane_height = y - lane_top
        header = Rect(0.0, (lane_top), HEADER_WIDTH, (lane_height))
        bands.append(LaneBand(lane.id, lane.name, Rect(0.0, (lane_top), 0.0, (lane_height)), header, name_lines))
    return rows, first_row, bands


def _box(node: Node, lane_id: str) -> StepBox:
    return _cached_box(node.id, node.kind, lane_id, node.column, node.row, node.yc, node.above, node.below,
                       node.lines)


@lru_cache(maxsize=8192)
def _cached_box(step_id: str, kind: str, lane_id: str, column: int, row: int, yc: float, above: float,
                below: float, lines: tuple[str, ...]) -> StepBox:
    """Most boxes are the same from one keystroke to the next: build each one once."""
    cx = X0 + column * PITCH + TASK_WIDTH / 2
    left = cx - TASK_WIDTH / 2
    text_height = len(lines) * LINE_HEIGHT
    if kind in ("task", "subprocess"):
        shape = Rect((left), (yc - above), TASK_WIDTH, (above + below))
        text = Rect((left + TEXT_PAD), (yc - text_height / 2), TASK_WIDTH - 2 * TEXT_PAD, (text_height))
        bounds = shape
    else:
        size = DIAMOND if is_gateway(kind) else EVENT
        shape = Rect((cx - size / 2), (yc - size / 2), size, size)
        text = Rect((left), (yc - size / 2 - LABEL_GAP - text_height), TASK_WIDTH, (text_height))
        bounds = Rect((left), (yc - above), TASK_WIDTH, (above + below))
    return StepBox(id=step_id, kind=kind, lane=lane_id, column=column, row=row, shape=shape,
                   bounds=bounds, text=text, lines=lines, center=(cx, yc))
