"""The swimlane layout: a pure, deterministic function from a ProcessGraph to a Diagram.

How it works, and why it is built this way:

* **Columns by capture order.** A flow to a step typed later is a forward flow, any other
  flow is a loop back. Forward flows always go to a later position, so the capture order
  is a topological order: one pass assigns each step the column after its latest forward
  predecessor. A step appended after the last one is placed last, after everything else,
  so it cannot move a box that is already there (the room keeps its place).
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
from werkstatt.layout.graph import STEP_KINDS, ProcessGraph, StepSpec, is_gateway
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
                 "lines", "row", "yc")

    def __init__(self, spec: StepSpec, index: int, lane: int) -> None:
        self.id = spec.id
        self.index = index
        self.lane = lane
        self.kind, self.lines, self.above, self.below, self.half_width = _measure(spec.kind, spec.label)
        # Boxes spread their flows along a side; diamonds and circles have one tip per side.
        self.flexible = self.kind in ("task", "subprocess")
        self.column = 0
        self.row = 0
        self.cx = 0.0
        self.yc = 0.0


class _Previous(threading.local):
    """The last layout made on this thread, for the keystroke path (see ``layout``)."""

    shape: tuple | None = None
    extents: tuple | None = None
    labels: tuple | None = None
    diagram: Diagram | None = None
    index: dict[str, int] | None = None


_previous = _Previous()


def layout(graph: ProcessGraph, *, reuse: bool = True) -> Diagram:
    """Lay out ``graph``.

    Most keystrokes change one label and nothing else that decides where things go. When the
    lanes, the steps' ids, lanes, kinds and order, the flows and every box's extent are as in
    the previous call, the previous geometry is reused and only the boxes whose text changed
    are made again — the same result as a full layout, in a fraction of the time.
    ``reuse=False`` computes everything afresh (tests and benchmarks compare the two).
    """
    # A layout allocates tens of thousands of small tuples and no reference cycles: the cyclic
    # collector would only walk them again and again (a third of the time at 1,000 steps).
    collecting = gc.isenabled()
    gc.disable()
    try:
        if not reuse:
            return _layout(graph)
        shape = (graph.lanes, tuple((s.id, s.lane, s.kind, s.position) for s in graph.steps), graph.flows)
        measured = [_measure(s.kind, s.label) for s in graph.steps]
        extents = tuple((m[2], m[3]) for m in measured)
        labels = tuple(m[1] for m in measured)
        last = _previous
        if last.diagram is not None and last.shape == shape and last.extents == extents:
            if last.labels == labels:
                return last.diagram
            diagram = _relabel(last.diagram, last.index, graph, measured, last.labels, labels)
        else:
            diagram = _layout(graph)
            last.index = {box.id: i for i, box in enumerate(diagram.steps)}
        last.shape, last.extents, last.labels, last.diagram = shape, extents, labels, diagram
        return diagram
    finally:
        if collecting:
            gc.enable()


def _relabel(diagram: Diagram, index: dict[str, int], graph: ProcessGraph, measured, old, new) -> Diagram:
    steps = list(diagram.steps)
    for spec, (kind, lines, above, below, _), before, after in zip(graph.steps, measured, old, new, strict=True):
        if before != after and spec.id in index:
            box = steps[index[spec.id]]
            steps[index[spec.id]] = _cached_box(box.id, kind, box.lane, box.column, box.row, box.center[1], above,
                                                below, lines)
    return dataclasses.replace(diagram, steps=tuple(steps))


def _channel_left(column: int) -> float:
    """The left edge of the vertical channel after ``column`` (-1: the channel before the first column)."""
    return X0 + column * PITCH + TASK_WIDTH if column >= 0 else X0 - COLUMN_GAP


def _layout(graph: ProcessGraph) -> Diagram:
    lane_ids = [lane.id for lane in graph.lanes]
    lane_of = {lane_id: i for i, lane_id in enumerate(lane_ids)}
    ordered = sorted(graph.steps, key=lambda s: (s.position, s.id))
    nodes: dict[str, Node] = {}
    for index, spec in enumerate(ordered):
        if spec.lane in lane_of:  # a step whose lane is gone is not drawn rather than drawn anywhere
            nodes[spec.id] = Node(spec, index, lane_of[spec.lane])
    flows = [f for f in graph.flows if f.source in nodes and f.target in nodes]
    forward_preds: dict[str, list[str]] = defaultdict(list)
    forward_children: dict[str, list[str]] = defaultdict(list)
    for flow in flows:
        if nodes[flow.target].index > nodes[flow.source].index:
            forward_preds[flow.target].append(flow.source)
            forward_children[flow.source].append(flow.target)

    rows_in_lane = _place(nodes, ordered, forward_preds, forward_children, len(lane_ids))
    lanes, row_geometry = _bands(graph, rows_in_lane, nodes)
    columns = max((n.column for n in nodes.values()), default=-1) + 1
    boxes = tuple(_box(node, lane_ids[node.lane]) for node in sorted(nodes.values(), key=lambda n: n.index))
    routes = Router(nodes, row_geometry, _channel_left, COLUMN_GAP).route(flows)
    width = X0 + max(columns, 1) * PITCH + MARGIN
    height = lanes[-1].rect.bottom if lanes else 0.0
    lanes = tuple(
        LaneBand(b.id, b.name, Rect(b.rect.x, b.rect.y, (width - b.rect.x), b.rect.h), b.header, b.name_lines)
        for b in lanes
    )
    return Diagram(width=(width), height=(height), lanes=lanes, steps=boxes, flows=routes, style=STYLE)


def _place(nodes: dict[str, Node], ordered: list[StepSpec], forward_preds: dict[str, list[str]],
           forward_children: dict[str, list[str]], lane_count: int) -> list[int]:
    rows_in_lane = [1] * lane_count
    used: dict[tuple[int, int], int] = {}  # (lane, column) → bit mask of taken rows in the lane
    blocked: set[tuple[int, int]] = set()  # cells a vertical handover runs through: kept empty
    cell_of: dict[str, tuple[int, int]] = {}
    for spec in ordered:
        node = nodes.get(spec.id)
        if node is None:
            continue
        preds = forward_preds.get(spec.id, ())
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
                if _branch_of_same_gateway(spec.id, preds, nodes, forward_children, cell_of, (lane, column)):
                    rows_in_lane[lane] += 1
                    break
                column += 1
        used[(lane, column)] = used.get((lane, column), 0) | 1 << free
        node.column, node.row = column, free  # row within the lane for now
        node.cx = X0 + column * PITCH + TASK_WIDTH / 2
        cell_of[spec.id] = (lane, column)
    return rows_in_lane


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
    if used.get((pred.lane, column), 0) != 1 << pred.row:
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


def _bands(graph: ProcessGraph, rows_in_lane: list[int], nodes: dict[str, Node]):
    extents: dict[tuple[int, int], list[float]] = {}
    for node in nodes.values():
        key = (node.lane, node.row)
        above, below = extents.get(key, (STANDARD_ABOVE, STANDARD_BELOW))
        extents[key] = [max(above, node.above), max(below, node.below)]
    first_row: list[int] = []
    rows: list[Row] = []
    lanes: list[LaneBand] = []
    y = 0.0
    for lane_index, lane in enumerate(graph.lanes):
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
        lanes.append(LaneBand(lane.id, lane.name, Rect(0.0, (lane_top), 0.0, (lane_height)), header, name_lines))
    for node in nodes.values():
        node.row = first_row[node.lane] + node.row
        node.yc = rows[node.row].yc
    return lanes, rows


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
