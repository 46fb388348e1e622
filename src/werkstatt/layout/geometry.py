"""What the layout produces: lane bands, step boxes and routed flows, in pixels at 100 % zoom.

Renderers (Qt scene, SVG, reportlab, DOT) read only these records. y grows downwards.
The records are named tuples: a relayout at every keystroke creates thousands of them, and
tuples are the cheapest immutable records Python has.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

Point = tuple[float, float]


class Rect(NamedTuple):
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    def contains(self, other: Rect) -> bool:
        return (self.x <= other.x and self.y <= other.y
                and other.right <= self.right and other.bottom <= self.bottom)

    def overlaps(self, other: Rect) -> bool:
        return self.x < other.right and other.x < self.right and self.y < other.bottom and other.y < self.bottom

    def moved(self, dx: float, dy: float) -> Rect:
        return Rect(self.x + dx, self.y + dy, self.w, self.h)


class LaneBand(NamedTuple):
    id: str
    name: str
    rect: Rect  # the whole band, header included
    header: Rect  # where the lane name is written (left end of the band)
    name_lines: tuple[str, ...]


class StepBox(NamedTuple):
    """One step. ``shape`` is the box, diamond or circle; ``bounds`` also holds its text."""

    id: str
    kind: str  # one of werkstatt.layout.stepkinds.STEP_KINDS
    lane: str
    column: int
    row: int  # global row index (a lane holds one or more rows)
    shape: Rect  # task/subprocess: the box; gateways: the diamond's bounding square; events: the circle's
    bounds: Rect  # shape and text together: nothing else may overlap this
    text: Rect  # where the label lines are drawn (inside the box for tasks, above/below for others)
    lines: tuple[str, ...]  # the label, wrapped; hyphenated where a word was too long
    center: Point  # the point on the row's centre line that the flows line up with

    def moved(self, dx: float, dy: float) -> StepBox:
        """The same step drawn ``dx``, ``dy`` further (a part of the diagram placed on a sheet)."""
        return self._replace(shape=self.shape.moved(dx, dy), bounds=self.bounds.moved(dx, dy),
                             text=self.text.moved(dx, dy), center=(self.center[0] + dx, self.center[1] + dy))


class FlowRoute(NamedTuple):
    id: str
    source: str
    target: str
    label: str
    points: tuple[Point, ...]  # orthogonal polyline from the source's port to the target's port
    label_at: Point | None  # left end of the label's baseline, when the flow has a label
    back: bool  # a loop back (drawn the same, but renderers may style it)


@dataclass(frozen=True, slots=True)
class Style:
    """Sizes the layout used; renderers draw text with the same font size and line height."""

    font_family: str
    font_size: float
    line_height: float
    label_font_size: float


@dataclass(frozen=True, slots=True)
class Diagram:
    width: float
    height: float
    lanes: tuple[LaneBand, ...]
    steps: tuple[StepBox, ...]
    flows: tuple[FlowRoute, ...]
    style: Style

    def step(self, step_id: str) -> StepBox:
        for box in self.steps:
            if box.id == step_id:
                return box
        raise KeyError(step_id)
