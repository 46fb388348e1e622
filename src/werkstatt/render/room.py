"""What the projector shows and where, decided without Qt: readability, colours, screens, agenda time.

REFERENCE §7 sets the rules for the room: capital letters subtend at least 16′ of arc for the
farthest viewer, projected text has ≥ 7:1 contrast in the Okabe-Ito palette, the projector
goes to the screen that does not hold the console and is remembered by model and serial.
The functions here turn those rules into numbers, so the widgets in ``werkstatt.ui.projector.controller``
only apply them and the rules are tested without a display.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from werkstatt.layout.text import word_width, wrap
from werkstatt.model import PAIN_POINT_CATEGORIES
from werkstatt.read.findings import category_name
from werkstatt.render.palette import OKABE_ITO

# --- readability ---------------------------------------------------------------------------------

# Liberation Sans: capital height 1409 of 2048 units per em. The font's pixel size is the em.
CAP_HEIGHT_RATIO = 0.7
MAX_VIEWER_DISTANCE = 6.0  # REFERENCE §7: the farthest viewer sits at most 6 × picture height away
# A tiny diagram fitted to the whole wall would show boxes a metre wide; fitted text stops at
# this multiple of the minimum, which still reads as "large" from the back row.
MAX_FIT_FACTOR = 2.0


def minimum_font_px(room_depth_m: float, screen_height_m: float, screen_height_px: float,
                    arc_minutes: float = 16) -> int:
    """The smallest font pixel size whose capitals the farthest viewer sees under ``arc_minutes``.

    A capital of height h at distance d subtends 2·atan(h / 2d); solving for h gives the capital
    height in metres, which the picture's pixels per metre turn into pixels, and the cap-height
    ratio into a font size. 1080 px at 6 × picture height gives 43 px, at 4 × 29 px (REFERENCE §7).
    """
    if room_depth_m <= 0 or screen_height_m <= 0 or screen_height_px <= 0 or arc_minutes <= 0:
        raise ValueError("room depth, picture height, pixel height and angle must be positive")
    angle = math.radians(arc_minutes / 60)
    cap_height_m = 2 * room_depth_m * math.tan(angle / 2)
    cap_height_px = cap_height_m * screen_height_px / screen_height_m
    return max(1, round(cap_height_px / CAP_HEIGHT_RATIO))


def room_too_deep(room_depth_m: float, screen_height_m: float) -> bool:
    """True when the back row sits farther than REFERENCE §7 allows for this picture size."""
    return room_depth_m > MAX_VIEWER_DISTANCE * screen_height_m + 1e-9


def projection_scale(diagram_font_px: float, min_font_px: float, view_w: float, view_h: float,
                     scene_w: float, scene_h: float, *, max_fit_factor: float = MAX_FIT_FACTOR) -> tuple[float, bool]:
    """The view scale for the diagram, and whether the view must follow the selection.

    The whole diagram is shown when its text, scaled to fit, is still at least the minimum;
    otherwise the text is exactly the minimum and the view follows the selected step instead
    of shrinking the text below what the back row can read.
    """
    readable = min_font_px / diagram_font_px
    if scene_w <= 0 or scene_h <= 0 or view_w <= 0 or view_h <= 0:
        return readable, False
    fit = min(view_w / scene_w, view_h / scene_h)
    if fit >= readable:
        return min(fit, readable * max(1.0, max_fit_factor)), False
    return readable, True


# --- colours (the Okabe-Ito palette itself lives in render/palette.py) ----------------------------

@dataclass(frozen=True)
class ProjectorTheme:
    """Colours of the audience window: black on white survives a washed-out projector best.

    Blue and vermillion are too dark behind black text and too light behind white text for
    7:1, so they only draw frames and bars; text sits on white, sky blue or orange.
    """

    background: str = "#FFFFFF"
    text: str = "#000000"
    muted: str = "#3D3D3D"  # step names and minutes beside the main text
    current_background: str = OKABE_ITO["sky_blue"]  # the running agenda item (plus a marker); black text only
    overtime_background: str = OKABE_ITO["orange"]  # the over-time tag (plus its text)
    accent: str = OKABE_ITO["blue"]  # frames and the current-item marker, never behind text
    severity: str = OKABE_ITO["vermillion"]  # the bar beside a pain point, never behind text
    blackout: str = "#000000"
    # The lane-name strip while following: the diagram's own header fill, so the room reads it as
    # the lane header; its right edge is drawn in ``accent`` to show it lies on top of the diagram.
    lane_strip_background: str = "#DDE6EF"
    lane_strip_separator: str = "#8A8A8A"  # the line between two lanes in the strip, as between the bands
    # The overview (``werkstatt.render.room_overview``): the selected step and its neighbours along the
    # flows, black numbers on both; the selected one also has a thick ``accent`` frame (never colour alone).
    selected_step: str = OKABE_ITO["sky_blue"]
    neighbour_step: str = OKABE_ITO["orange"]

    def text_pairs(self) -> list[tuple[str, str]]:
        """Every (text, background) pair the projector's own pages draw."""
        return [(self.text, self.background), (self.muted, self.background),
                (self.text, self.current_background),
                (self.text, self.overtime_background),
                (self.text, self.lane_strip_background),
                (self.text, self.selected_step), (self.text, self.neighbour_step)]


THEME = ProjectorTheme()


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(hex_colour: str) -> float:
    """WCAG 2 relative luminance of ``#RRGGBB``."""
    digits = hex_colour.lstrip("#")
    if len(digits) != 6:
        raise ValueError(f"not a #RRGGBB colour: {hex_colour!r}")
    r, g, b = (int(digits[i:i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(fg_hex: str, bg_hex: str) -> float:
    """WCAG contrast ratio, 1 (same) to 21 (black on white); symmetric in its arguments."""
    lighter, darker = sorted((relative_luminance(fg_hex), relative_luminance(bg_hex)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


# --- lane names while following ------------------------------------------------------------------

# When the diagram is scaled up and follows the selection, the lane headers at the left end of
# the bands scroll away. A strip pinned to the left edge of the picture repeats the names.
LANE_STRIP_EM = 8.2  # the strip's width in minimum-font ems: "Antragsteller/in", "Bundesdruckerei" unbroken
LANE_STRIP_MAX_SHARE = 0.2  # of the picture's width at most: the followed step in the middle stays clear
LANE_STRIP_PAD_EM = 0.3
LANE_STRIP_MIN_TEXT_EM = 3.0  # narrower than this the names would be cut into letters: no strip then
LANE_STRIP_LINE_EM = 1.25  # line height, as the diagram's 16 px lines for 13 px text
ELLIPSIS = "…"


@dataclass(frozen=True)
class LaneOnScreen:
    """A lane band and its written name, mapped into the projector's picture (pixels, y down)."""

    name: str
    top: float
    bottom: float
    name_left: float
    name_top: float
    name_right: float
    name_bottom: float

    def name_visible(self, view_w: float, view_h: float, tolerance: float = 0.5) -> bool:
        """True when the header's own name is wholly inside the picture."""
        return (self.name_left >= -tolerance and self.name_top >= -tolerance
                and self.name_right <= view_w + tolerance and self.name_bottom <= view_h + tolerance)


@dataclass(frozen=True)
class StripLabel:
    """One lane's part of the strip: its box in picture pixels and the wrapped name drawn in it."""

    name: str
    lines: tuple[str, ...]
    x: float
    y: float
    w: float
    h: float
    padding: float
    line_height: float


def lane_strip_width(font_px: float, view_w: float) -> float:
    return max(0.0, min(font_px * LANE_STRIP_EM, view_w * LANE_STRIP_MAX_SHARE))


def _shorten(lines: tuple[str, ...], keep: int, width: float, font_px: float) -> tuple[str, ...]:
    """The first ``keep`` lines; when lines were dropped, the last kept one ends in an ellipsis that fits."""
    if keep >= len(lines):
        return lines
    if keep <= 0:
        return ()
    last = lines[keep - 1].rstrip("-")
    while last and word_width(last + ELLIPSIS, font_px) > width:
        last = last[:-1].rstrip()
    return (*lines[:keep - 1], last + ELLIPSIS)


def lane_strip(lanes: Sequence[LaneOnScreen], view_w: float, view_h: float, font_px: float) -> list[StripLabel]:
    """The strip's labels: one per lane band that is on screen while its header's name is not.

    Names are wrapped to the strip at ``font_px`` (the projector's minimum, so the back row reads
    them) with the diagram's own wrapping; a band too short for the whole name shows what fits and
    an ellipsis. The label starts at the top of the band's visible part, like a sticky header.
    """
    if view_w <= 0 or view_h <= 0 or font_px <= 0:
        return []
    width = lane_strip_width(font_px, view_w)
    padding = font_px * LANE_STRIP_PAD_EM
    line_height = font_px * LANE_STRIP_LINE_EM
    text_w = width - 2 * padding
    if text_w < font_px * LANE_STRIP_MIN_TEXT_EM:
        return []
    labels = []
    for lane in lanes:
        top, bottom = max(0.0, lane.top), min(float(view_h), lane.bottom)
        if bottom - top < 1 or lane.name_visible(view_w, view_h):
            continue
        lines = wrap(lane.name, text_w, font_px) if lane.name.strip() else ()
        fits = int(max(0.0, bottom - top - padding) // line_height)
        labels.append(StripLabel(lane.name, _shorten(lines, fits, text_w, font_px), 0.0, top, width,
                                 bottom - top, padding, line_height))
    return labels


# --- screens -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ScreenInfo:
    """What Qt tells about one screen, as plain data."""

    name: str
    manufacturer: str = ""
    model: str = ""
    serial: str = ""
    x: int = 0
    y: int = 0
    width: int = 0
    height: int = 0


def screen_key(info: ScreenInfo) -> str:
    """The key stored in the settings: ``manufacturer|model|serial|name``."""
    return "|".join((info.manufacturer, info.model, info.serial, info.name))


def _parse_key(key: str) -> tuple[str, str, str, str] | None:
    parts = key.split("|")
    if len(parts) < 4:
        return None
    # A connector name could contain "|": everything after the third separator is the name.
    return parts[0], parts[1], parts[2], "|".join(parts[3:])


def _remembered(candidates: Sequence[ScreenInfo], remembered_key: str) -> ScreenInfo | None:
    """The remembered screen among ``candidates``: by model and serial, then by connector name.

    Model and serial follow a projector from one socket to another; two identical projectors
    without serial numbers are told apart by the connector name.
    """
    parsed = _parse_key(remembered_key) if remembered_key else None
    if parsed is None:
        return None
    manufacturer, model, serial, name = parsed
    if model or serial:
        same_device = [s for s in candidates if (s.manufacturer, s.model, s.serial) == (manufacturer, model, serial)]
        if len(same_device) == 1:
            return same_device[0]
        for screen in same_device:
            if screen.name == name:
                return screen
        if same_device:
            return same_device[0]
    for screen in candidates:
        if screen.name == name:
            return screen
    return None


def choose_projector_screen(screens: Sequence[ScreenInfo], console_screen_key: str,
                            remembered_key: str) -> ScreenInfo | None:
    """The screen for the audience window, or None for the single-screen preview.

    The remembered projector when it is plugged in (never the console's own screen), else the
    first screen that does not hold the console.
    """
    if len(screens) < 2:
        return None
    candidates = [s for s in screens if screen_key(s) != console_screen_key]
    if not candidates:  # the console's key matches every screen: identical, nameless screens
        candidates = list(screens[1:])
    return _remembered(candidates, remembered_key) or candidates[0]


def swap(screens: Sequence[ScreenInfo], console_screen_key: str,
         projector_screen_key: str) -> tuple[ScreenInfo, ScreenInfo] | None:
    """(new console screen, new projector screen) after swapping them; None when there is nothing to swap."""
    by_key = {screen_key(s): s for s in screens}
    console, projector = by_key.get(console_screen_key), by_key.get(projector_screen_key)
    if console is None or projector is None or console == projector:
        return None
    return projector, console


# --- pain points ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class PainPointLine:
    """One line of the projected pain point list."""

    marks: str  # "!", "!!" or "!!!"
    category: str  # in the interface's language (REFERENCE §5 in German)
    text: str
    step: str  # label of the step it is on, "" for the whole process


def pain_point_lines(view: Any) -> list[PainPointLine]:
    """The pain points of a ``werkstatt.read.model.ModelView``, most severe first, else in capture order."""
    labels = {step.id: step.label for step in view.steps}
    lines = [
        PainPointLine("!" * max(1, min(3, int(p.severity or 1))),
                      category_name(p.category if p.category in PAIN_POINT_CATEGORIES else "other"),
                      p.text, labels.get(p.step, "") if p.step else "")
        for p in view.pain_points
    ]
    return sorted(lines, key=lambda line: -len(line.marks))


# --- agenda timer --------------------------------------------------------------------------------


@dataclass(frozen=True)
class AgendaEntry:
    """An agenda item as the clock needs it; ``actual_minutes`` is what is already stored."""

    id: str
    title: str
    planned_minutes: int | None = None
    actual_minutes: int | None = None


@dataclass(frozen=True)
class TimeToStore:
    """Whole minutes to add to an item's stored actual minutes."""

    item_id: str
    minutes: int


@dataclass(frozen=True)
class AgendaStatus:
    """The clock at one moment, for the console panel and the projector."""

    item_id: str | None
    title: str
    planned_minutes: int | None
    elapsed_minutes: int  # stored actual minutes plus the running, unstored time
    running: bool
    overtime: bool
    minutes_over: int


class AgendaClock:
    """Measures the time spent on agenda items; the UI stores what it yields.

    Time is kept in memory only while an item runs: pausing, switching to another item or
    finishing yields whole minutes to add to the stored actual minutes. The part of a minute
    not yet yielded is carried over, so several short runs of one item add up correctly.
    """

    def __init__(self, now: Callable[[], float] = time.monotonic, items: Iterable[AgendaEntry] = ()) -> None:
        self.now = now
        self._items: tuple[AgendaEntry, ...] = tuple(items)
        self.current_id: str | None = None
        self.running = False
        self._started_at = 0.0
        self._unsaved: dict[str, float] = {}  # seconds not yet yielded, per item

    # --- the agenda ---

    @property
    def items(self) -> tuple[AgendaEntry, ...]:
        return self._items

    def set_items(self, items: Iterable[AgendaEntry]) -> None:
        """A fresh read of the agenda; an item that vanished (deleted) stops and its time is dropped."""
        self._items = tuple(items)
        ids = {item.id for item in self._items}
        self._unsaved = {key: value for key, value in self._unsaved.items() if key in ids}
        if self.current_id is not None and self.current_id not in ids:
            self.current_id, self.running = None, False

    def entry(self, item_id: str | None) -> AgendaEntry | None:
        return next((item for item in self._items if item.id == item_id), None)

    # --- running ---

    def start(self, item_id: str | None = None) -> TimeToStore | None:
        """Run ``item_id`` (None: resume the current item, or start the first); yields the previous item's time."""
        if item_id is None:
            item_id = self.current_id or (self._items[0].id if self._items else None)
        if item_id is None or self.entry(item_id) is None:
            return None
        if item_id == self.current_id:
            if not self.running:
                self.running, self._started_at = True, self.now()
            return None
        finished = self.finish()
        self.current_id, self.running, self._started_at = item_id, True, self.now()
        return finished

    def pause(self) -> TimeToStore | None:
        """Stop the clock on the current item and yield its time so far."""
        return self.finish()

    def finish(self) -> TimeToStore | None:
        """Stop the current item (it stays current) and yield the whole minutes it ran."""
        if self.current_id is None:
            return None
        self._bank()
        self.running = False
        return self._take(self.current_id)

    def next(self) -> tuple[TimeToStore | None, str | None]:
        """Finish the current item and start the following one; (time to store, the new item or None at the end)."""
        ids = [item.id for item in self._items]
        index = ids.index(self.current_id) + 1 if self.current_id in ids else 0
        if index >= len(ids):
            return self.finish(), None
        return self.start(ids[index]), ids[index]

    def _bank(self) -> None:
        if self.running and self.current_id is not None:
            now = self.now()
            self._unsaved[self.current_id] = self._unsaved.get(self.current_id, 0.0) + max(0.0, now - self._started_at)
            self._started_at = now

    def _take(self, item_id: str) -> TimeToStore | None:
        seconds = self._unsaved.get(item_id, 0.0)
        minutes = math.floor(seconds / 60 + 0.5)
        self._unsaved[item_id] = seconds - minutes * 60
        return TimeToStore(item_id, minutes) if minutes > 0 else None

    # --- reading ---

    def unsaved_seconds(self, item_id: str | None = None) -> float:
        item_id = item_id or self.current_id
        if item_id is None:
            return 0.0
        seconds = self._unsaved.get(item_id, 0.0)
        if self.running and item_id == self.current_id:
            seconds += max(0.0, self.now() - self._started_at)
        return seconds

    def elapsed_minutes(self, item_id: str | None = None) -> float:
        """Stored actual minutes plus the time not yet stored."""
        item = self.entry(item_id or self.current_id)
        if item is None:
            return 0.0
        return (item.actual_minutes or 0) + self.unsaved_seconds(item.id) / 60

    def status(self) -> AgendaStatus:
        item = self.entry(self.current_id)
        if item is None:
            return AgendaStatus(None, "", None, 0, False, False, 0)
        elapsed = max(0, math.floor(self.elapsed_minutes(item.id) + 1e-9))
        over = elapsed - item.planned_minutes if item.planned_minutes is not None else 0
        return AgendaStatus(item.id, item.title, item.planned_minutes, elapsed, self.running, over > 0, max(0, over))

    @property
    def overtime(self) -> bool:
        return self.status().overtime

    @property
    def minutes_over(self) -> int:
        return self.status().minutes_over
