"""Where a swimlane diagram is cut for paper, and how much of its empty space a printed piece can leave out.

Pure arithmetic on the layout's geometry (diagram units, y downwards) and on the sheets' sizes (points);
``diagram_paper`` chooses the overview's folding and draws it.

* A **strip** is a stretch of columns ``[x0, x1)``, cut in the free space between step boxes, so every
  step is whole in the strip that owns it (its centre lies in the stretch).
* A strip shows only the lanes that have something in its stretch (a step, a flow running along, a flow
  label), and of each such lane only the band from its topmost to its lowest content: a long process
  uses two or three of its lanes at a time, and on screen most of each lane's height is rows used
  elsewhere. The y coordinates are mapped piecewise (shifted inside a kept band, squeezed between
  bands), which keeps orthogonal flows orthogonal: a flow crossing a left-out lane just gets shorter —
  but no shorter than ``FLOW_RUN``, or its arrow head would lie under the boxes it joins.
* A process small enough to print on one strip with room to spare keeps its lanes whole, as on screen
  (``whole_strip``): squeezing there would only crowd boxes and arrows together.
* A page holds several strips stacked like lines of text (the overview all of them, a detail part as
  many as fit), which is what brings a 200-step model from 56 pages to a third of that.
"""

from __future__ import annotations

import bisect
import dataclasses
from dataclasses import dataclass
from itertools import pairwise
from typing import NamedTuple

from werkstatt.layout.geometry import Diagram, StepBox
from werkstatt.layout.text import text_width

EPSILON = 0.01
PT_PER_MM = 72 / 25.4
MIN_PT = 7.0
TEXT_PT = 7.05  # what "7 pt" is drawn at: the SVG's rounded numbers must not take it below 7
MAX_SCALE = 1.0  # a part is not blown up beyond the screen's size (13 pt text)
GAP_PT = 6.0  # between stacked strips
LEGEND_PT = 8.0  # the legend's text, in points at every scale (a caption's size)
LEGEND_LINE = 2.5  # a legend line's height in text sizes: the key above the baseline, the bar below it
NARROWER = (1.0, 0.85, 0.7, 0.55)  # strip widths tried, as shares of the page width
ARROW = 12.0  # the length of a flow's arrow head (``werkstatt.render.svg.flow_paths``)
FLOW_RUN = 2 * ARROW  # the least length a flow keeps across a squeezed gap: its head and as much line


@dataclass(frozen=True, slots=True)
class Band:
    """One lane as a strip shows it, from ``top`` to ``bottom`` in strip coordinates (0 = the strip's top)."""

    lane: int  # index into diagram.lanes
    top: float
    bottom: float


@dataclass(frozen=True, slots=True)
class Keep:
    """A stretch of source y with content, drawn unchanged from ``to`` on (strip coordinates)."""

    src_top: float
    src_bottom: float
    to: float


@dataclass(frozen=True, slots=True)
class Strip:
    x0: float
    x1: float
    bands: tuple[Band, ...]
    keeps: tuple[Keep, ...]  # sorted, over all bands
    steps: tuple[str, ...]  # the steps this strip owns (whole in it; each step in exactly one strip)

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        return self.bands[-1].bottom if self.bands else 0.0

    def map_y(self, y: float) -> float:
        """A source y in strip coordinates: shifted inside a kept stretch, squeezed linearly between them."""
        keeps = self.keeps
        if not keeps:
            return y
        at = bisect.bisect_right(keeps, y, key=lambda keep: keep.src_top) - 1
        if at < 0:
            return max(y - keeps[0].src_top + keeps[0].to, -1.0)
        keep = keeps[at]
        if y <= keep.src_bottom + EPSILON or at + 1 == len(keeps):
            return min(y - keep.src_top + keep.to, self.height + 1.0)
        after = keeps[at + 1]
        a, b = keep.src_bottom - keep.src_top + keep.to, after.to
        return a + (b - a) * (y - keep.src_bottom) / (after.src_top - keep.src_bottom)


@dataclass(frozen=True, slots=True)
class Extents:
    """How far a step's drawing reaches beyond its bounds on paper (badges, heat bar, a number above)."""

    above: float
    below: float
    right: float
    number_above: float  # the height of a step number written above a gateway or event (0 without numbers)
    flow_text: float  # the size of the flow labels as printed
    lane_pad: float  # free space above and below a lane's content
    lane_min: dict[int, float]  # the height a lane needs for its header text
    marked: frozenset[str] = frozenset()  # the steps with a badge or heat: only they need room for it

    def right_of(self, box: StepBox) -> float:
        return self.right if box.id in self.marked else 0.0


def step_span(box: StepBox, ext: Extents) -> tuple[float, float]:
    above, below = (ext.above, ext.below) if box.id in ext.marked else (0.0, 0.0)
    top = box.bounds.y - above
    if ext.number_above and box.kind not in ("task", "subprocess"):
        top = min(box.bounds.y, box.shape.y - ext.number_above) - above
    return top, box.bounds.bottom + below


class Index:
    """The diagram's steps and flow pieces sorted by x, so a strip finds what touches it without a full scan."""

    def __init__(self, diagram: Diagram) -> None:
        self.diagram = diagram
        self.steps = sorted(diagram.steps, key=lambda box: box.bounds.x)
        self.step_x = [box.bounds.x for box in self.steps]
        self.widest = max((box.bounds.w for box in self.steps), default=0.0)
        # horizontal flow pieces (left, right, y) and flow labels (x, y), sorted by their left end
        pieces = []
        for route in diagram.flows:
            for (ax, ay), (bx, by) in pairwise(route.points):
                if abs(ay - by) < EPSILON:
                    pieces.append((min(ax, bx), max(ax, bx), ay))
        pieces.sort()
        self.pieces = pieces
        # vertical flow pieces (x, top, bottom), sorted by x
        self.verticals = sorted((ax, min(ay, by), max(ay, by)) for route in diagram.flows
                                for (ax, ay), (bx, by) in pairwise(route.points) if abs(ax - bx) < EPSILON)
        self.vertical_x = [v[0] for v in self.verticals]
        self.piece_x = [p[0] for p in pieces]
        self.longest = max((p[1] - p[0] for p in pieces), default=0.0)
        self.labels = sorted((route.label_at[0], route.label_at[1]) for route in diagram.flows
                             if route.label and route.label_at is not None)
        self.label_x = [x for x, _y in self.labels]
        self.lane_tops = [lane.rect.y for lane in diagram.lanes]

    def steps_in(self, x0: float, x1: float) -> list[StepBox]:
        start = bisect.bisect_left(self.step_x, x0 - self.widest - 60.0)
        end = bisect.bisect_right(self.step_x, x1 + 60.0)
        return [box for box in self.steps[start:end] if box.bounds.x - 60.0 < x1 and box.bounds.right + 60.0 > x0]

    def pieces_in(self, x0: float, x1: float) -> list[tuple[float, float, float]]:
        start = bisect.bisect_left(self.piece_x, x0 - self.longest - 1.0)
        end = bisect.bisect_right(self.piece_x, x1)
        return [p for p in self.pieces[start:end] if p[0] <= x1 and p[1] >= x0]

    def verticals_in(self, x0: float, x1: float) -> list[tuple[float, float, float]]:
        start = bisect.bisect_left(self.vertical_x, x0 - 1.0)
        return self.verticals[start:bisect.bisect_right(self.vertical_x, x1 + 1.0)]

    def labels_in(self, x0: float, x1: float) -> list[tuple[float, float]]:
        return self.labels[bisect.bisect_left(self.label_x, x0):bisect.bisect_left(self.label_x, x1)]


def strip(index: Index, x0: float, x1: float, ext: Extents, last: bool) -> Strip:
    """The strip of columns [x0, x1): its kept lane bands and the steps it owns."""
    diagram = index.diagram
    spans: list[tuple[float, float]] = []
    own_lane: dict[str, list[tuple[float, float]]] = {}  # a step's badge or number counts for its own lane only
    owned = []
    for box in index.steps_in(x0, x1):
        if box.bounds.x < x1 and box.bounds.right + ext.right_of(box) > x0:
            own_lane.setdefault(box.lane, []).append(step_span(box, ext))
        cx = box.center[0]
        if x0 <= cx < x1 or (last and cx == x1):
            owned.append(box.id)
    spans.extend((y - 6.0, y + 6.0) for _a, _b, y in index.pieces_in(x0, x1))
    spans.extend((y - ext.flow_text, y + 4.0) for _x, y in index.labels_in(x0, x1))
    by_lane: list[list[tuple[float, float]]] = [[] for _lane in diagram.lanes]
    for a, b in spans:  # a flow piece or label lies in the lane(s) its span reaches into
        first = max(0, bisect.bisect_right(index.lane_tops, a) - 1)
        last = max(0, bisect.bisect_left(index.lane_tops, b) - 1)
        for number in range(first, last + 1):
            by_lane[number].append((a, b))
    verticals = index.verticals_in(x0, x1)

    def least_gap(before: Keep, top: float, bottom: float) -> float:
        """How far apart two stretches must be so each flow through the gap keeps ``FLOW_RUN`` of its length."""
        gap, above = 0.0, before.src_bottom
        for _x, a, b in verticals:
            if a <= above + EPSILON and b >= top - EPSILON:  # this flow runs through the whole gap
                gap = max(gap, FLOW_RUN - (above - max(a, before.src_top)) - (min(b, bottom) - top))
        return gap

    bands: list[Band] = []
    keeps: list[Keep] = []
    top = 0.0
    for number, lane in enumerate(diagram.lanes):
        r = lane.rect
        inside = sorted((max(a - ext.lane_pad, r.y), min(b + ext.lane_pad, r.bottom))
                        for a, b in by_lane[number] + own_lane.get(lane.id, []) if a < r.bottom and b > r.y)
        if not inside:
            continue
        merged: list[list[float]] = []
        for a, b in inside:  # stretches closer than a gap are one stretch
            if merged and a <= merged[-1][1] + ext.lane_pad:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        content = sum(b - a for a, b in merged) + ext.lane_pad * (len(merged) - 1)
        height = max(content, ext.lane_min.get(number, 0.0))
        at = top + (height - content) / 2
        for a, b in merged:
            if keeps:
                before = keeps[-1]
                at = max(at, before.to + before.src_bottom - before.src_top + least_gap(before, a, b))
            keeps.append(Keep(a, b, at))
            at += b - a + ext.lane_pad
        bottom = max(top + height, at - ext.lane_pad)
        bands.append(Band(number, top, bottom))
        top = bottom
    return Strip(x0, x1, tuple(bands), tuple(keeps), tuple(owned))


def whole_strip(index: Index, x0: float, x1: float) -> Strip:
    """The columns [x0, x1] with every lane at its height on screen: for a process small enough to have the room."""
    lanes = index.diagram.lanes
    top = lanes[0].rect.y if lanes else 0.0
    bands = tuple(Band(number, lane.rect.y - top, lane.rect.bottom - top) for number, lane in enumerate(lanes))
    keeps = (Keep(top, top + bands[-1].bottom, 0.0),) if bands else ()
    return Strip(x0, x1, bands, keeps, tuple(box.id for box in index.steps))


def split_tall(piece: Strip, limit: float) -> list[Strip]:
    """A strip taller than a page, cut between its lanes (only when it must) into pieces that fit."""
    if piece.height <= limit + EPSILON or len(piece.bands) < 2:
        return [piece]
    groups: list[list[Band]] = [[]]
    for band in piece.bands:
        if groups[-1] and band.bottom - groups[-1][0].top > limit + EPSILON:
            groups.append([])
        groups[-1].append(band)
    pieces = []
    for group in groups:
        base, low, high = group[0].top, group[0].top, group[-1].bottom
        bands = tuple(Band(b.lane, b.top - base, b.bottom - base) for b in group)
        keeps = tuple(Keep(k.src_top, k.src_bottom, k.to - base) for k in piece.keeps if low <= k.to < high)
        pieces.append(Strip(piece.x0, piece.x1, bands, keeps, ()))
    return pieces


def x_candidates(index: Index, ext: Extents) -> Candidates:
    """Cut positions: between step boxes (with their badges), best where no flow label is cut either."""
    boxes = [(box.bounds.x, box.bounds.right + ext.right_of(box)) for box in index.steps]
    size = ext.flow_text
    labels = [(x, x + 4 * size) for x, _y in index.labels]  # "nein" and the like: about four letters
    return Candidates(gaps(boxes + labels), gaps(boxes))


class Candidates:
    """Cut positions in order of preference: each list is tried when the one before has none in reach."""

    def __init__(self, *levels: list[float]) -> None:
        self.levels = [sorted(level) for level in levels]

    def best(self, after: float, limit: float) -> float:
        for level in self.levels:
            at = bisect.bisect_right(level, limit + EPSILON) - 1
            if at >= 0 and level[at] > after + EPSILON:
                return level[at]
        return limit  # nothing in reach: the cut has to go through (a box wider than a page)


def gaps(intervals: list[tuple[float, float]]) -> list[float]:
    """Where to cut the free space between the merged intervals: the middle, but where a narrow space allows,
    far enough left that the arrow head in front of the next box stays whole in the strip that box is in."""
    merged: list[list[float]] = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1] + EPSILON:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [max(a[1], min((a[1] + b[0]) / 2, b[0] - ARROW - 4.0)) for a, b in pairwise(merged)]


def greedy_cuts(start: float, end: float, limit: float, candidates: Candidates) -> list[float]:
    cuts = [start]
    while end - cuts[-1] > limit + EPSILON:
        cuts.append(candidates.best(cuts[-1], cuts[-1] + limit))
    cuts.append(end)
    return cuts


def balanced_cuts(start: float, end: float, limit: float, candidates: Candidates) -> list[float]:
    """As few pieces as ``limit`` allows, then as even as possible (the widest piece decides the scale)."""
    cuts = greedy_cuts(start, end, limit, candidates)
    count = len(cuts)
    low, high = (end - start) / (count - 1), limit
    for _ in range(30):
        if high - low < 1.0:
            break
        middle = (low + high) / 2
        trial = greedy_cuts(start, end, middle, candidates)
        if len(trial) == count:
            high, cuts = middle, trial
        else:
            low = middle
    return cuts


def cuts_for_count(start: float, end: float, count: int, candidates: Candidates) -> list[float]:
    """At most ``count`` pieces, as even as the free spaces allow."""
    low, high = (end - start) / count, end - start
    best = [start, end]
    for _ in range(40):
        if high - low < 1.0:
            break
        middle = (low + high) / 2
        trial = greedy_cuts(start, end, middle, candidates)
        if len(trial) - 1 <= count:
            high, best = middle, trial
        else:
            low = middle
    if count > 1 and len(best) == 2:
        best = greedy_cuts(start, end, high, candidates)
    return best


# --- sheets: the scale, the size, the parts ------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Plan:
    """One sheet: its strips stacked at one scale (PDF points per diagram unit)."""

    scale: float
    numbers: bool  # step numbers instead of labels
    header: float  # the lane header column's width (diagram units)
    strips: tuple[Strip, ...]
    ext: Extents
    key: tuple[float, float] | None = None  # the legend's two entries' widths in points; None: no legend


def extents(diagram: Diagram, scale: float, numbers: bool, marked: frozenset[str]) -> Extents:
    style = diagram.style
    font = max(style.font_size, TEXT_PT / scale)
    badge = 0.8 * font
    bar = 2.0 + max(4.0, 1.5 / scale)
    below = bar
    if numbers:
        line = TEXT_PT / scale * 1.4  # one line of the lane name (see lane_elements: baseline at 1.1 sizes)
        lane_min = {i: line for i in range(len(diagram.lanes))}
        return Extents(2 * badge, below, badge, TEXT_PT / scale * 1.1, 0.0, 2.0 / scale, lane_min, marked)
    lane_min = {i: 22 + (len(lane.name_lines) - 1) * style.line_height + 8 for i, lane in enumerate(diagram.lanes)}
    return Extents(badge, below, badge, 0.0, style.font_size, 3.0, lane_min, marked)


def header_pt(diagram: Diagram) -> float:
    """The overview's narrow header column: the longest lane name at 7 pt, but no more than 30 mm."""
    widest = max((text_width(lane.name, TEXT_PT) * 1.1 for lane in diagram.lanes), default=0.0)
    return min(widest, 30 * PT_PER_MM - 2 * TEXT_PT) + 2 * TEXT_PT


class Legend(NamedTuple):
    """The legend's place below the diagram, in points: one line, or its two entries one above the other."""

    width: float
    height: float
    lines: int


def legend_box(key: tuple[float, float] | None, width: float) -> Legend:
    """The legend below a diagram ``width`` points wide: on one line where that is wide enough.

    It is reserved in the sheet's size, never drawn beyond it: the SVG clips at its edges.
    """
    if key is None:
        return Legend(0.0, 0.0, 0)
    badge, heat = key
    one_line = badge + LEGEND_PT * 2 + heat
    if one_line <= width:
        return Legend(one_line, LEGEND_LINE * LEGEND_PT, 1)
    return Legend(max(badge, heat), 2 * LEGEND_LINE * LEGEND_PT, 2)


def strips_at(index: Index, windows: list[float], ext: Extents) -> list[Strip]:
    last = len(windows) - 2
    return [strip(index, a, b, ext, number == last) for number, (a, b) in enumerate(pairwise(windows))]


def fits(plan: Plan, box: tuple[float, float]) -> bool:
    w, h = sheet_size(plan)
    return w <= box[0] + 0.01 and h <= box[1] + 0.01 and (plan.numbers or plan.scale * 13 >= MIN_PT - 1e-6)


def sheet_size(plan: Plan) -> tuple[float, float]:
    """The sheet's printed width and height in points, the legend's included."""
    width = max((plan.header + s.width for s in plan.strips), default=0.0) * plan.scale
    height = sum(s.height + lead(plan) for s in plan.strips) * plan.scale + GAP_PT * max(0, len(plan.strips) - 1)
    legend = legend_box(plan.key, width)
    return max(width, legend.width), height + legend.height


def lead(plan: Plan) -> float:
    """Room above each strip of the overview for the badges of its top lane, which sit above their boxes."""
    return plan.ext.above if plan.numbers and plan.ext.marked else 0.0


def plan_parts(index: Index, box: tuple[float, float], marked: frozenset[str]) -> list[Plan]:
    """The detail parts at the smallest readable scale, grown as far as the same number of pages allows."""
    font = index.diagram.style.font_size
    smallest = TEXT_PT / font
    # Narrower strips hold fewer lanes each, so more of them stack on a page: take the width with fewest pages.
    pages = min((_parts_at(index, box, marked, smallest, narrower) for narrower in NARROWER), key=len)
    for factor in (1.6, 1.3, 1.1):
        scale = min(smallest * factor, MAX_SCALE)
        if scale <= smallest:
            continue
        grown = min((_parts_at(index, box, marked, scale, narrower) for narrower in NARROWER), key=len)
        if len(grown) <= len(pages):
            return grown
    return pages


def _parts_at(index: Index, box: tuple[float, float], marked: frozenset[str], scale: float,
              narrower: float = 1.0) -> list[Plan]:
    diagram = index.diagram
    ext = extents(diagram, scale, False, marked)
    header = max((lane.header.right for lane in diagram.lanes), default=0.0)
    room_w = (box[0] / scale - header) * narrower
    room_h = box[1] / scale
    gap = GAP_PT / scale
    windows = balanced_cuts(header, max(diagram.width, header + 1.0), max(room_w, 1.0), x_candidates(index, ext))
    pieces = [piece for s in strips_at(index, windows, ext) for piece in split_tall(s, room_h)]
    for number, piece in enumerate(pieces):  # a lane piece owns the steps of its lanes
        if not piece.steps:
            lanes = {diagram.lanes[b.lane].id for b in piece.bands}
            owned = tuple(box.id for box in index.steps_in(piece.x0, piece.x1)
                          if box.lane in lanes and (piece.x0 <= box.center[0] < piece.x1
                                                    or (number == len(pieces) - 1 and box.center[0] == piece.x1)))
            pieces[number] = dataclasses.replace(piece, steps=owned)
    pages: list[list[Strip]] = []
    used = 0.0
    for piece in pieces:
        if pages and used + gap + piece.height <= room_h + 0.01:
            pages[-1].append(piece)
            used += gap + piece.height
        else:
            pages.append([piece])
            used = piece.height
    return [Plan(scale, False, header, tuple(page), ext) for page in pages]
