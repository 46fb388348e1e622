"""Where a swimlane diagram is cut for paper, and how much of its empty space a printed piece can leave out.

Pure arithmetic on the layout's geometry (diagram units, y downwards); ``diagram_paper`` draws it.

* A **strip** is a stretch of columns ``[x0, x1)``, cut in the free space between step boxes, so every
  step is whole in the strip that owns it (its centre lies in the stretch).
* A strip shows only the lanes that have something in its stretch (a step, a flow running along, a flow
  label), and of each such lane only the band from its topmost to its lowest content: a long process
  uses two or three of its lanes at a time, and on screen most of each lane's height is rows used
  elsewhere. The y coordinates are mapped piecewise (shifted inside a kept band, squeezed between
  bands), which keeps orthogonal flows orthogonal: a flow crossing a left-out lane just gets shorter.
* A page holds several strips stacked like lines of text (the overview all of them, a detail part as
  many as fit), which is what brings a 200-step model from 56 pages to a third of that.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from itertools import pairwise

from werkstatt.layout.geometry import Diagram, StepBox

EPSILON = 0.01


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
            keeps.append(Keep(a, b, at))
            at += b - a + ext.lane_pad
        bands.append(Band(number, top, top + height))
        top += height
    return Strip(x0, x1, tuple(bands), tuple(keeps), tuple(owned))


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
    """Midpoints of the free space between the merged intervals."""
    merged: list[list[float]] = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1] + EPSILON:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(a[1] + b[0]) / 2 for a, b in pairwise(merged)]


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
