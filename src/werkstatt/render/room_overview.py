"""The projector's overview of the whole process and its map, decided without Qt.

With many steps the detail view (``werkstatt.render.room.projection_scale``) keeps the text
readable and shows only a few boxes around the selected step: the room loses the whole. The
overview fits the whole process to the picture instead. Where the labels would then fall below the
room's minimum font size, each box carries its step number in readable size and a legend strip
names the highlighted steps ("12 — Antrag prüfen"): the selected step and its neighbours along the
flows. The detail view gets a small map of the whole process with a marker for the part it shows.

Step numbers are the steps' places in the model's order (the order of the capture list, first = 1),
so "Schritt 12" on the wall is the twelfth step on the facilitator's list.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from werkstatt.layout.geometry import Rect
from werkstatt.layout.stepkinds import is_gateway
from werkstatt.layout.text import word_width
from werkstatt.render.room import ELLIPSIS, MAX_FIT_FACTOR

SELECTED, PREDECESSOR, SUCCESSOR = "selected", "predecessor", "successor"


def step_numbers(step_ids: Iterable[str]) -> dict[str, int]:
    """Each step's number: its place in the model's order of steps, counted from 1."""
    return {step_id: number for number, step_id in enumerate(step_ids, start=1)}


# --- the highlighted region ----------------------------------------------------------------------


@dataclass(frozen=True)
class Neighbourhood:
    """The selected step and the steps one flow before and after it, each in step-number order."""

    selected: str | None = None
    predecessors: tuple[str, ...] = ()
    successors: tuple[str, ...] = ()

    def role(self, step_id: str) -> str | None:
        """SELECTED, PREDECESSOR, SUCCESSOR or None; a step both before and after (a loop) counts as before."""
        if step_id == self.selected:
            return SELECTED
        if step_id in self.predecessors:
            return PREDECESSOR
        if step_id in self.successors:
            return SUCCESSOR
        return None

    def ordered(self) -> list[tuple[str, str]]:
        """(step id, role) in reading order: what comes before, the step, what follows."""
        rows = [(step_id, PREDECESSOR) for step_id in self.predecessors]
        if self.selected is not None:
            rows.append((self.selected, SELECTED))
        rows += [(step_id, SUCCESSOR) for step_id in self.successors if step_id not in self.predecessors]
        return rows


def neighbourhood(selected: str | None, flows: Iterable[tuple[str, str]],
                  numbers: dict[str, int]) -> Neighbourhood:
    """The neighbours of ``selected`` along ``flows`` (source, target); nothing when no step is selected."""
    if selected is None:
        return Neighbourhood()
    before, after = set(), set()
    for source, target in flows:
        if target == selected and source != selected:
            before.add(source)
        if source == selected and target != selected:
            after.add(target)

    def order(ids: set[str]) -> tuple[str, ...]:
        return tuple(sorted(ids, key=lambda step_id: (numbers.get(step_id, len(numbers) + 1), step_id)))

    return Neighbourhood(selected, order(before), order(after))


# --- fitting the whole process -------------------------------------------------------------------


@dataclass(frozen=True)
class Placement:
    """Scene to picture: ``picture = scene · scale + (dx, dy)``; ``numbers`` when labels would be unreadable."""

    scale: float
    dx: float
    dy: float
    numbers: bool

    def rect(self, r: Rect) -> Rect:
        return Rect(r.x * self.scale + self.dx, r.y * self.scale + self.dy, r.w * self.scale, r.h * self.scale)

    def point(self, x: float, y: float) -> tuple[float, float]:
        return x * self.scale + self.dx, y * self.scale + self.dy


def place_overview(content: Rect, area: Rect, diagram_font_px: float, min_font_px: float,
                   pad: float = 0.0) -> Placement:
    """The whole ``content`` (scene coordinates) fitted and centred in ``area`` (picture), ``pad`` inside its edges.

    The labels stay when they are readable at the fitted size (never blown up past the detail view's
    largest size); otherwise the scale is the fit and the boxes carry numbers.
    """
    inner_w, inner_h = max(1.0, area.w - 2 * pad), max(1.0, area.h - 2 * pad)
    if content.w <= 0 or content.h <= 0:
        return Placement(1.0, area.x, area.y, False)
    fit = min(inner_w / content.w, inner_h / content.h)
    readable = min_font_px / diagram_font_px
    numbers = fit < readable
    scale = fit if numbers else min(fit, readable * MAX_FIT_FACTOR)
    dx = area.x + (area.w - content.w * scale) / 2 - content.x * scale
    dy = area.y + (area.h - content.h * scale) / 2 - content.y * scale
    return Placement(scale, dx, dy, numbers)


# Where the boxes carry numbers, a box is never smaller than its number at the room's minimum size.
NUMBER_BOX_EM = (1.8, 1.25)  # a task's least width and height, in ems of the number's font
NUMBER_EVENT_EM = 1.5  # a start or end circle's least diameter
NUMBER_DECISION_EM = 1.9  # a gateway diamond's least diagonal: two digits fit inside
NUMBER_PAD_EM = NUMBER_DECISION_EM / 2  # keeps the grown shapes at the edge inside the picture


def number_shape(shape: Rect, kind: str, font_px: float) -> Rect:
    """``shape`` (picture pixels) grown about its centre so that a number at ``font_px`` fits inside."""
    if is_gateway(kind):
        least_w = least_h = NUMBER_DECISION_EM * font_px
    elif kind in ("start", "end"):
        least_w = least_h = NUMBER_EVENT_EM * font_px
    else:
        least_w, least_h = NUMBER_BOX_EM[0] * font_px, NUMBER_BOX_EM[1] * font_px
    w, h = max(shape.w, least_w), max(shape.h, least_h)
    if kind != "task" and kind != "subprocess":
        w = h = max(w, h)
    return Rect(shape.x + shape.w / 2 - w / 2, shape.y + shape.h / 2 - h / 2, w, h)


# --- the legend ----------------------------------------------------------------------------------

LEGEND_COLUMN_EM = 15.0  # a column's least width: "12 — Vollständigkeit prüfen" at the minimum size
LEGEND_LINE_EM = 1.35
LEGEND_PAD_EM = 0.45
LEGEND_SWATCH_EM = 0.8  # the colour square before each row: the box's fill and frame
LEGEND_MAX_SHARE = 0.35  # of the picture's height at most: the diagram keeps the larger part
BOLD_WIDTH = 1.1  # the selected row is bold; the regular metrics times this keep it inside its column


@dataclass(frozen=True)
class LegendCell:
    """One row of the legend, relative to the legend's top left corner."""

    step_id: str
    role: str
    text: str  # "12 — label", shortened with an ellipsis to its column
    x: float
    y: float
    w: float
    h: float


@dataclass(frozen=True)
class Legend:
    cells: tuple[LegendCell, ...]
    height: float  # 0: no legend
    hidden: int  # rows that did not fit
    font_px: float
    padding: float
    swatch: float


def elide(text: str, width: float, font_px: float) -> str:
    """``text`` or its longest start that fits ``width`` with an ellipsis."""
    if word_width(text, font_px) <= width:
        return text
    while text and word_width(text + ELLIPSIS, font_px) > width:
        text = text[:-1]
    return text.rstrip() + ELLIPSIS if text else ""


def legend(rows: Sequence[tuple[str, str, int, str]], view_w: float, view_h: float, font_px: float) -> Legend:
    """The legend strip for (step id, role, number, label) rows, in columns across the picture's width."""
    padding, line = font_px * LEGEND_PAD_EM, font_px * LEGEND_LINE_EM
    swatch = font_px * LEGEND_SWATCH_EM
    if not rows or view_w <= 0 or view_h <= 0 or font_px <= 0:
        return Legend((), 0.0, 0, font_px, padding, swatch)
    usable_w = view_w - 2 * padding
    columns = max(1, min(len(rows), int(usable_w // (font_px * LEGEND_COLUMN_EM))))
    max_lines = max(1, int((view_h * LEGEND_MAX_SHARE - 2 * padding) // line))
    lines = -(-len(rows) // columns)
    shown = list(rows)
    hidden = 0
    if lines > max_lines:
        fit = max_lines * columns - 1  # the last place says how many more
        shown, hidden = list(rows[:fit]), len(rows) - fit
        lines = max_lines
    column_w = usable_w / columns
    text_w = column_w - swatch - 2 * padding
    cells = []
    for index, (step_id, role, number, label) in enumerate(shown):
        column, row = divmod(index, lines)
        width = text_w / BOLD_WIDTH if role == SELECTED else text_w
        text = elide(f"{number} — {label}" if label else str(number), width, font_px)
        cells.append(LegendCell(step_id, role, text, padding + column * column_w, padding + row * line,
                                column_w, line))
    return Legend(tuple(cells), 2 * padding + lines * line, hidden, font_px, padding, swatch)


# --- the map in the detail view ------------------------------------------------------------------

MAP_WIDTH_SHARE = 0.25  # of the picture's width at most
MAP_HEIGHT_SHARE = 0.25  # of the picture's height at most
MAP_MIN_PX = 24.0  # smaller than this the map is no help: none then


def map_size(view_w: float, view_h: float, scene_w: float, scene_h: float) -> tuple[float, float]:
    """The map's width and height: the whole scene in its own aspect, within a corner of the picture."""
    if min(view_w, view_h, scene_w, scene_h) <= 0:
        return 0.0, 0.0
    scale = min(view_w * MAP_WIDTH_SHARE / scene_w, view_h * MAP_HEIGHT_SHARE / scene_h)
    w, h = scene_w * scale, scene_h * scale
    return (w, h) if min(w, h) >= MAP_MIN_PX else (0.0, 0.0)


def map_marker(scene: Rect, visible: Rect, map_w: float, map_h: float) -> Rect:
    """The part of the scene the view shows, in the map's pixels (not clipped to the map)."""
    if scene.w <= 0 or scene.h <= 0:
        return Rect(0.0, 0.0, 0.0, 0.0)
    sx, sy = map_w / scene.w, map_h / scene.h
    return Rect((visible.x - scene.x) * sx, (visible.y - scene.y) * sy, visible.w * sx, visible.h * sy)
