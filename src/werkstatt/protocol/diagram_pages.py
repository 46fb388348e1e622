"""Swimlane diagrams on A4 landscape pages: scaled to fit, or split into tiles — never shrunk illegibly.

A diagram whose text stays readable (≥ 7 pt) when the whole of it is scaled onto the frame is one
tile. A longer one is drawn at the smallest readable scale (then grown again as far as the same
number of tiles allows) and cut into tiles:

* **horizontally** in the free space between step boxes (never through a box, and where possible
  not through a flow's label), so every step is whole on exactly one tile;
* **vertically** at lane boundaries when the lanes are too tall for one page (inside a lane, between
  its rows, only when that lane alone is taller than a page).

Every tile repeats the lane header column at its left, carries a counter ("Teil 2 von 6") and says
where the diagram goes on ("Fortsetzung in Teil 3 →", "← Fortsetzung von Teil 1", "↓ …", "↑ …").
Tiles are read column by column: all lane groups of one stretch of the process, then the next stretch.

The planning (``plan_tiles``) is pure arithmetic on the layout's geometry and is tested without
drawing. The drawing reuses ``werkstatt.render.pdf.to_drawing``: for each tile it draws a small
diagram of only the lanes, steps and flows that touch the tile, clipped and moved into place, plus a
second, header-only diagram for the header column. Drawing only what touches a tile keeps a 200-step
diagram fast and keeps hidden (clipped) text out of the PDF, so a text search finds each label once.
"""

from __future__ import annotations

import bisect
import dataclasses
import unicodedata
from dataclasses import dataclass
from itertools import pairwise

from reportlab.graphics import renderPDF
from reportlab.lib.colors import HexColor
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, PageBreak

from werkstatt.i18n import language, tr
from werkstatt.layout.geometry import Diagram, LaneBand, Rect
from werkstatt.render import fonts
from werkstatt.render.pdf import to_drawing

MIN_TEXT_PT = 7.0
MAX_SCALE = 1.0  # a small diagram is not blown up beyond its size on screen (13 pt text)
FRAME_PADDING = 6.0  # platypus frames keep 6 pt on every side; leave room for it whatever the caller passes
TITLE_HEIGHT = 20.0  # the title line above the diagram
MARKS_HEIGHT = 16.0  # the continuation marks below it
TITLE_SIZE = 11.0
MARK_SIZE = 8.5
MARK_INK = HexColor("#00507d")
EDGE_INK = HexColor("#5a5a5a")
EPSILON = 0.01


@dataclass(frozen=True, slots=True)
class Tile:
    """One page's part of a diagram, in diagram units (y grows downwards, as in the layout)."""

    number: int  # 1-based, in reading order
    column: int  # which stretch of the process (left to right)
    row: int  # which group of lanes (top to bottom)
    x0: float  # the slice of the lane area (the header column is drawn in addition, at the left)
    x1: float
    y0: float
    y1: float
    lanes: tuple[int, ...]  # indexes into diagram.lanes of the lanes (or lane parts) shown
    steps: tuple[str, ...]  # ids of the steps that belong to this tile (centre inside: each step in one tile)

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        return self.y1 - self.y0


@dataclass(frozen=True, slots=True)
class TilePlan:
    scale: float  # PDF points per diagram unit, the same on every tile
    fit_scale: float  # the scale that would put the whole diagram on one frame
    text_size: float  # the diagram's smallest text size in diagram units
    min_text_pt: float
    header_width: float  # the lane header column (diagram units), repeated on every tile
    columns: int
    rows: int
    tiles: tuple[Tile, ...]

    @property
    def text_pt(self) -> float:
        """The smallest text on the page, in points."""
        return self.scale * self.text_size

    @property
    def fits(self) -> bool:
        return len(self.tiles) == 1

    def tile_at(self, column: int, row: int) -> Tile | None:
        for tile in self.tiles:
            if (tile.column, tile.row) == (column, row):
                return tile
        return None

    def neighbour(self, tile: Tile, d_column: int, d_row: int) -> Tile | None:
        """The nearest tile in that direction: the grid cells that would show nothing have no tile."""
        column, row = tile.column + d_column, tile.row + d_row
        while 0 <= column < self.columns and 0 <= row < self.rows:
            found = self.tile_at(column, row)
            if found is not None:
                return found
            column, row = column + d_column, row + d_row
        return None

    @property
    def reason(self) -> str:
        """Why the diagram is (or is not) on one page, as a sentence for logs, tests and the user."""
        if self.fits:
            return tr("DiagramPages", "The diagram fits on one page at {scale} % (text {pt} pt).",
                      scale=_number(self.scale * 100, 0), pt=_number(self.text_pt))
        return tr("DiagramPages", "On one page the diagram's text would be {fit_pt} pt, below the readable "
                  "{min_pt} pt: it is split into {n} parts at {scale} % (text {pt} pt).",
                  fit_pt=_number(self.fit_scale * self.text_size), min_pt=_number(self.min_text_pt),
                  n=len(self.tiles), scale=_number(self.scale * 100, 0), pt=_number(self.text_pt))


def _number(value: float, digits: int = 1) -> str:
    text = f"{value:.{digits}f}"
    return text.replace(".", ",") if language() == "de" else text


def drawing_area(frame_w_pt: float, frame_h_pt: float) -> tuple[float, float]:
    """What is left of the frame for the diagram itself after padding, title line and marks."""
    return (max(1.0, frame_w_pt - 2 * FRAME_PADDING),
            max(1.0, frame_h_pt - 2 * FRAME_PADDING - TITLE_HEIGHT - MARKS_HEIGHT))


def smallest_text(diagram: Diagram) -> float:
    """The size that must stay readable: step and lane text (the layout's font size).

    Flow labels ("ja", "nein") are drawn a little smaller (label_font_size, 11 against 13): held to
    7 pt as well they would double the pages of a diagram for two-word labels, so they end up at
    about 6 pt at the smallest scale — short, coloured and next to their arrow, they stay legible.
    """
    return diagram.style.font_size


def plan_tiles(diagram: Diagram, frame_w_pt: float, frame_h_pt: float,
               min_text_pt: float = MIN_TEXT_PT) -> TilePlan:
    """Choose the scale and cut the diagram into tiles that each fit the frame with readable text."""
    area_w, area_h = drawing_area(frame_w_pt, frame_h_pt)
    text_size = smallest_text(diagram)
    header_width = max((lane.header.right for lane in diagram.lanes), default=0.0)
    width, height = max(diagram.width, 1.0), max(diagram.height, 1.0)
    fit_scale = min(area_w / width, area_h / height, MAX_SCALE)
    x_start, x_end = header_width, max(diagram.width, header_width)
    y_start, y_end = 0.0, diagram.height
    if fit_scale * text_size >= min_text_pt - EPSILON or not diagram.lanes:
        x_cuts, y_cuts, scale = [x_start, x_end], [y_start, y_end], fit_scale
    else:
        readable = min_text_pt / text_size
        slice_limit = max(area_w / readable - header_width, 1.0)
        band_limit = max(area_h / readable, 1.0)
        x_cuts = _balanced_cuts(x_start, x_end, slice_limit, _x_candidates(diagram))
        y_cuts = _balanced_cuts(y_start, y_end, band_limit, _y_candidates(diagram, band_limit))
        widest = max(b - a for a, b in pairwise(x_cuts))
        tallest = max(b - a for a, b in pairwise(y_cuts))
        # The same cuts may allow a larger scale than the smallest readable one: use it.
        scale = max(readable, min(area_w / (header_width + widest), area_h / tallest, MAX_SCALE))
    tiles = _tiles(diagram, x_cuts, y_cuts)
    return TilePlan(scale=scale, fit_scale=fit_scale, text_size=text_size, min_text_pt=min_text_pt,
                    header_width=header_width, columns=len(x_cuts) - 1, rows=len(y_cuts) - 1, tiles=tiles)


class _Candidates:
    """Cut positions in order of preference: each list is tried when the one before has none in reach."""

    def __init__(self, *levels: list[float]) -> None:
        self.levels = [sorted(level) for level in levels]

    def best(self, after: float, limit: float) -> float:
        for level in self.levels:
            index = bisect.bisect_right(level, limit + EPSILON) - 1
            if index >= 0 and level[index] > after + EPSILON:
                return level[index]
        return limit  # nothing in reach: the cut has to go through (a box wider than a page)


def _gaps(intervals: list[tuple[float, float]]) -> list[float]:
    """Midpoints of the free space between the merged intervals."""
    merged: list[list[float]] = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1] + EPSILON:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(a[1] + b[0]) / 2 for a, b in pairwise(merged)]


def _x_candidates(diagram: Diagram) -> _Candidates:
    boxes = [(box.bounds.x, box.bounds.right) for box in diagram.steps]
    font = fonts.register_reportlab()
    size = diagram.style.label_font_size
    labels = [(route.label_at[0], route.label_at[0] + stringWidth(route.label, font, size))
              for route in diagram.flows if route.label and route.label_at is not None]
    return _Candidates(_gaps(boxes + labels), _gaps(boxes))


def _y_candidates(diagram: Diagram, band_limit: float) -> _Candidates:
    boundaries = [lane.rect.y for lane in diagram.lanes[1:]]
    inside: list[float] = []
    for lane in diagram.lanes:
        if lane.rect.h > band_limit:  # only a lane taller than a page is cut between its rows
            rows = [(box.bounds.y, box.bounds.bottom) for box in diagram.steps if box.lane == lane.id]
            inside.extend(y for y in _gaps(rows) if lane.rect.y < y < lane.rect.bottom)
    return _Candidates(boundaries, boundaries + inside)


def _greedy_cuts(start: float, end: float, limit: float, candidates: _Candidates) -> list[float]:
    cuts = [start]
    while end - cuts[-1] > limit + EPSILON:
        cuts.append(candidates.best(cuts[-1], cuts[-1] + limit))
    cuts.append(end)
    return cuts


def _balanced_cuts(start: float, end: float, limit: float, candidates: _Candidates) -> list[float]:
    """As few pieces as the limit allows, then as even as possible (no narrow last page).

    Greedy cutting gives the fewest pieces; the smallest limit that still gives that many is
    found by bisection, so the widest piece — which decides the scale — is as narrow as it can be.
    """
    cuts = _greedy_cuts(start, end, limit, candidates)
    count = len(cuts)
    low, high = (end - start) / (count - 1), limit
    for _ in range(30):
        if high - low < 1.0:
            break
        middle = (low + high) / 2
        trial = _greedy_cuts(start, end, middle, candidates)
        if len(trial) == count:
            high, cuts = middle, trial
        else:
            low = middle
    return cuts


def _tiles(diagram: Diagram, x_cuts: list[float], y_cuts: list[float]) -> tuple[Tile, ...]:
    """The grid cells in reading order (column by column), without cells that would show nothing."""
    rows = len(y_cuts) - 1
    last_column, last_row = len(x_cuts) - 2, rows - 1
    segments = [(min(a[0], b[0]), max(a[0], b[0]), min(a[1], b[1]), max(a[1], b[1]))
                for route in diagram.flows for a, b in pairwise(route.points)]
    tiles: list[Tile] = []
    for column, (x0, x1) in enumerate(pairwise(x_cuts)):
        for row, (y0, y1) in enumerate(pairwise(y_cuts)):
            drawn = any(_overlaps(box.bounds, x0, x1, y0, y1) for box in diagram.steps) or any(
                left < x1 and right > x0 and top < y1 and bottom > y0 for left, right, top, bottom in segments)
            if not drawn and (column, row) != (0, 0):
                continue  # lanes with nothing in this stretch: no page for them (the first cell always stays)
            lanes = tuple(i for i, lane in enumerate(diagram.lanes)
                          if lane.rect.y < y1 - EPSILON and lane.rect.bottom > y0 + EPSILON)
            steps = tuple(box.id for box in diagram.steps
                          if _inside(box.center[0], x0, x1, column == last_column)
                          and _inside(box.center[1], y0, y1, row == last_row))
            tiles.append(Tile(len(tiles) + 1, column, row, x0, x1, y0, y1, lanes, steps))
    return tuple(tiles)


def _inside(value: float, low: float, high: float, last: bool) -> bool:
    """Half-open ranges, so a centre on a cut belongs to one tile; the last range is closed."""
    return low <= value < high or (last and value == high)


def _overlaps(rect: Rect, x0: float, x1: float, y0: float, y1: float) -> bool:
    return rect.x < x1 and rect.right > x0 and rect.y < y1 and rect.bottom > y0


def tile_diagrams(diagram: Diagram, tile: Tile) -> tuple[Diagram, Diagram]:
    """The two small diagrams a tile draws: its lane slice with what touches it, and its header column."""
    x0, x1, y0, y1 = tile.x0, tile.x1, tile.y0, tile.y1
    lanes = tuple(diagram.lanes[i] for i in tile.lanes)
    steps = tuple(box for box in diagram.steps if _overlaps(box.bounds, x0, x1, y0, y1))
    flows = []
    for route in diagram.flows:
        xs = [p[0] for p in route.points]
        ys = [p[1] for p in route.points]
        if min(xs) <= x1 and max(xs) >= x0 and min(ys) <= y1 and max(ys) >= y0:
            at = route.label_at
            # A label is written on the tile where it starts, so a text search finds it once.
            if route.label and (at is None or not (x0 <= at[0] < x1 and y0 <= at[1] < y1)):
                route = route._replace(label="")
            flows.append(route)
    body = dataclasses.replace(diagram, lanes=lanes, steps=steps, flows=tuple(flows))
    headers = []
    for lane in lanes:
        top, bottom = max(lane.rect.y, y0), min(lane.rect.bottom, y1)
        header = Rect(lane.header.x, top, lane.header.w, bottom - top)
        headers.append(LaneBand(lane.id, lane.name, Rect(0.0, top, lane.header.right, bottom - top), header,
                                lane.name_lines))
    head = dataclasses.replace(diagram, lanes=tuple(headers), steps=(), flows=())
    return body, head


def _plain(text: str) -> str:
    return "".join(c for c in text if unicodedata.category(c) not in ("Cc", "Cf", "Cs"))


def _fitted(text: str, font: str, size: float, width: float) -> str:
    """The text, shortened with an ellipsis to fit the width."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


class DiagramTile(Flowable):
    """One tile of a diagram as a platypus flowable: title line, header column, lane slice, marks."""

    def __init__(self, diagram: Diagram, plan: TilePlan, tile: Tile, title: str, width: float) -> None:
        super().__init__()
        self.diagram = diagram
        self.plan = plan
        self.tile = tile
        self.title = _plain(title)
        self.frame_width = width
        scale = plan.scale
        self.content_width = (plan.header_width + tile.width) * scale
        self.content_height = tile.height * scale
        self.marks = not plan.fits
        # A lone tile without a title (the caller wrote a heading above it) needs no title line.
        self.title_height = TITLE_HEIGHT if self.title.strip() or self.marks else 0.0
        self.total_height = self.title_height + self.content_height + (MARKS_HEIGHT if self.marks else 0.0)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.frame_width, self.total_height

    def draw(self) -> None:
        canvas = self.canv
        font = fonts.register_reportlab()
        bold = fonts.PDF_NAMES["bold"]
        plan, tile, scale = self.plan, self.tile, self.plan.scale
        left = 0.0 if self.marks else max(0.0, (self.frame_width - self.content_width) / 2)
        top = self.total_height - self.title_height
        bottom = top - self.content_height
        header_right = left + plan.header_width * scale
        right = left + self.content_width
        body, head = tile_diagrams(self.diagram, tile)
        full_height = self.diagram.height
        dy = top - (full_height - tile.y0) * scale

        canvas.saveState()
        path = canvas.beginPath()
        path.rect(header_right, bottom - 1, right - header_right + 1, self.content_height + 2)
        canvas.clipPath(path, stroke=0, fill=0)
        renderPDF.draw(to_drawing(body, scale=scale, font=font), canvas, left + (plan.header_width - tile.x0) * scale,
                       dy)
        canvas.restoreState()
        canvas.saveState()
        path = canvas.beginPath()
        path.rect(left - 1, bottom - 1, header_right - left + 1.5, self.content_height + 2)
        canvas.clipPath(path, stroke=0, fill=0)
        renderPDF.draw(to_drawing(head, scale=scale, font=font), canvas, left, dy)
        canvas.restoreState()

        if self.title_height:
            self._draw_title(font, bold, left, right)
        if self.marks:
            self._draw_marks(font, header_right, right, top, bottom)

    def _draw_title(self, font: str, bold: str, left: float, right: float) -> None:
        """Title at the left; at the right the counter and, on a lower lane group, where the lanes above are."""
        canvas = self.canv
        baseline = self.total_height - TITLE_SIZE - 2
        right = max(right, min(self.frame_width, left + 320))  # a narrow tile still has room for its line
        x = right
        if not self.plan.fits:
            counter = tr("DiagramPages", "Part {n} of {total}", n=self.tile.number, total=len(self.plan.tiles))
            canvas.setFillColor(HexColor("#1a1a1a"))
            canvas.setFont(font, MARK_SIZE + 0.5)
            canvas.drawRightString(x, baseline, counter)
            x -= stringWidth(counter, font, MARK_SIZE + 0.5) + 14
            above = self.plan.neighbour(self.tile, 0, -1)
            if above is not None:
                text = tr("DiagramPages", "↑ lanes above: part {n}", n=above.number)
                canvas.setFillColor(MARK_INK)
                canvas.setFont(font, MARK_SIZE)
                canvas.drawRightString(x, baseline, text)
                x -= stringWidth(text, font, MARK_SIZE) + 14
        canvas.setFillColor(HexColor("#1a1a1a"))
        canvas.setFont(bold, TITLE_SIZE)
        canvas.drawString(left, baseline, _fitted(self.title, bold, TITLE_SIZE, max(x - left, 0.0)))

    def _draw_marks(self, font: str, header_right: float, right: float, top: float, bottom: float) -> None:
        canvas = self.canv
        plan, tile = self.plan, self.tile
        before = plan.neighbour(tile, -1, 0)
        after = plan.neighbour(tile, 1, 0)
        above = plan.neighbour(tile, 0, -1)
        below = plan.neighbour(tile, 0, 1)
        canvas.saveState()
        canvas.setStrokeColor(EDGE_INK)
        canvas.setLineWidth(0.8)
        canvas.setDash(4, 3)
        # A dashed edge where the diagram goes on, so a cut never looks like the process ends there.
        if after is not None:
            canvas.line(right, bottom, right, top)
        if before is not None:
            canvas.line(header_right, bottom, header_right, top)
        if below is not None:
            canvas.line(header_right, bottom, right, bottom)
        if above is not None:
            canvas.line(header_right, top, right, top)
        canvas.restoreState()
        texts = (
            tr("DiagramPages", "← continued from part {n}", n=before.number) if before else "",
            tr("DiagramPages", "↓ lanes below: part {n}", n=below.number) if below else "",
            tr("DiagramPages", "continued in part {n} →", n=after.number) if after else "",
        )
        widths = [stringWidth(text, font, MARK_SIZE) for text in texts]
        # The three marks side by side on a narrow tile, spread to its edges and middle on a wide one.
        right = max(right, min(self.frame_width, header_right + sum(widths) + 40))
        baseline = bottom - MARK_SIZE - 4
        canvas.setFillColor(MARK_INK)
        canvas.setFont(font, MARK_SIZE)
        canvas.drawString(header_right, baseline, texts[0])
        canvas.drawRightString(right, baseline, texts[2])
        middle = min(max((header_right + right) / 2, header_right + widths[0] + 20 + widths[1] / 2),
                     right - widths[2] - 20 - widths[1] / 2)
        canvas.drawCentredString(middle, baseline, texts[1])


def diagram_flowables(diagram: Diagram, frame_w_pt: float, frame_h_pt: float, title: str) -> list[Flowable]:
    """The diagram as flowables for an A4 landscape frame: one per tile, a page break between tiles.

    ``frame_w_pt``/``frame_h_pt`` are the frame's size (e.g. ``doc.width``, ``doc.height``); the
    frame's padding, the title line and the marks are taken off it here. Each tile fills most of a
    page, so callers put a PageBreak before the first one when something else is on the page.
    """
    fonts.register_reportlab()
    plan = plan_tiles(diagram, frame_w_pt, frame_h_pt)
    width = frame_w_pt - 2 * FRAME_PADDING
    flowables: list[Flowable] = []
    for tile in plan.tiles:
        if flowables:
            flowables.append(PageBreak())
        flowables.append(DiagramTile(diagram, plan, tile, title, width))
    return flowables
