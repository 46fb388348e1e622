"""A model's swimlane diagram as SVG figures for landscape pages: one overview, then readable detail parts.

* The **overview** holds the whole process on one page: the diagram is folded into strips stacked like
  lines of text, as many as give the largest scale — but no more than it takes to print the labels at
  ``COMFORT_PT`` (a small process stays in one line however much larger two would print it). Where a
  label would print below 7 pt at that scale, the box shows the step's number from the step table (which
  is the legend) at 7 pt instead, and the lane names are shortened to one line.
* The **detail parts** draw the diagram at a scale where every text prints at 7 pt or more, cut into
  strips between step boxes (cut between lanes only when a strip is taller than a page), as many strips
  to a page as fit. Every strip repeats its lanes' headers and leaves out the lanes it has nothing of
  (``diagram_paper_plan``). A diagram whose overview already shows its labels gets no parts.
* What the room saw on the projector is on paper too: the orange badge with the number of pain points at
  a step, and after a dot vote the heat — the box tinted by the step's share of the votes, a bar as long
  as that share and the votes as a number (never colour alone; ink on every tint ≥ 7:1).

The SVG is drawn by ``werkstatt.render.svg``'s element functions; a strip holds only what touches it,
so a part of a 200-step model is a few dozen elements, not the whole diagram behind a viewBox.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from werkstatt.i18n import tr
from werkstatt.layout.geometry import Diagram, FlowRoute, LaneBand, Rect, StepBox
from werkstatt.layout.text import text_width
from werkstatt.protocol.content_types import ModelSection
from werkstatt.protocol.diagram_paper_plan import (
    GAP_PT,
    LEGEND_LINE,
    LEGEND_PT,
    MAX_SCALE,
    PT_PER_MM,
    TEXT_PT,
    Index,
    Plan,
    Strip,
    cuts_for_count,
    extents,
    fits,
    header_pt,
    lead,
    legend_box,
    plan_parts,
    sheet_size,
    strips_at,
    whole_strip,
    x_candidates,
)
from werkstatt.render import palette
from werkstatt.render.svg import INK, _n, clean, flow_paths, lane_paths, step_paths

FIGURE_BOX_MM: dict[str, tuple[float, float]] = {"A4": (267.0, 150.0), "A3": (390.0, 237.0)}
COMFORT_PT = 9.0  # labels at this size or more: the overview takes no more strips than it needs for them
FONT_FAMILY = "Liberation Sans"
BADGE_FILL = palette.ORANGE  # the projector's badge: black on Okabe-Ito orange (9.3:1)
HEAT = palette.rgb(palette.ORANGE)
HEAT_BAR = "#7a4f00"  # the share bar: 6.5:1 on the lane fills
EDGE_INK = "#5a5a5a"


@dataclass(frozen=True)
class DiagramSheet:
    svg: str  # standalone SVG; width/height in mm, so it prints at exactly that size
    width_mm: float
    height_mm: float
    alt: str
    caption: str
    anchor: str  # f"diagram-{model_index}-{n}", unique in the document
    previous_anchor: str | None
    next_anchor: str | None


@dataclass(frozen=True, slots=True)
class Mark:
    pain_points: int
    votes: int | None  # dots on the step's pain points in the latest revealed round; None: never voted on
    share: float  # of the hottest step's dots


def marks(section: ModelSection) -> dict[str, Mark]:
    counts: dict[str, int] = {}
    votes: dict[str, int] = {}
    for line in section.pain_points:
        if line.step_id is None:
            continue
        counts[line.step_id] = counts.get(line.step_id, 0) + 1
        if line.votes is not None:
            votes[line.step_id] = votes.get(line.step_id, 0) + round(line.votes)
    hottest = max(votes.values(), default=0)
    return {step: Mark(count, votes.get(step), votes.get(step, 0) / hottest if hottest else 0.0)
            for step, count in counts.items()}


def legend_words() -> tuple[str, str]:
    return (tr("DiagramPaper", "pain points at the step"),
            tr("DiagramPaper", "share of the votes in the latest dot vote (tint and bar), votes as a number"))


def legend_entries(size: float) -> tuple[float, float]:
    """The printed widths of the legend's two entries (badge, heat) with their keys, at ``size`` points."""
    badge, heat = legend_words()
    return (2 + size * 1.36 + size * 0.5 + text_width(badge, size) + 2,
            size * 3.5 + text_width(heat, size) + 2)


def plan_overview(index: Index, box: tuple[float, float], marked: frozenset[str],
                  key: tuple[float, float] | None = None) -> Plan:
    """The largest scale at which the whole diagram, folded into k strips, fits the box (k = 1, 2, … tried);
    ``key``: the legend's entries (``legend_entries``), None for a sheet without one."""
    diagram = index.diagram
    best: Plan | None = None
    worse = 0
    for count in range(1, 60):
        plan = _overview_with(index, box, marked, count, key)
        if plan is not None and _comfortable(plan, diagram.style.font_size):
            # the fewest strips that print the labels well: more would only cut the flow apart
            return _whole(index, plan, box) or plan
        if plan is not None and (best is None or plan.scale > best.scale * 1.001):
            best, worse = plan, 0
        else:
            worse += 1
        if worse >= 2 or (plan is not None and len(plan.strips) < count):
            break
    if best is None:  # nothing fits (a process of thousands of steps): the smallest try, whatever it shows
        start = max((lane.header.right for lane in diagram.lanes), default=0.0)
        scale = min(box[0] / max(diagram.width, 1.0), box[1] / max(diagram.height, 1.0)) * 0.9
        ext = extents(diagram, scale, True, marked)
        best = Plan(scale, True, header_pt(diagram) / scale,
                    tuple(strips_at(index, [start, max(diagram.width, start + 1.0)], ext)), ext, key)
    return best


def _whole(index: Index, plan: Plan, box: tuple[float, float]) -> Plan | None:
    """A one-strip plan with its lanes at full height, a little smaller if need be but still comfortable."""
    if len(plan.strips) != 1:
        return None
    piece = whole_strip(index, plan.strips[0].x0, plan.strips[0].x1)
    legend = legend_box(plan.key, (plan.header + piece.width) * plan.scale).height
    scale = min(plan.scale, (box[1] - legend) / max(piece.height, 1.0))
    for _ in range(4):  # the legend may take a second line at a narrower width
        whole = dataclasses.replace(plan, scale=scale, strips=(piece,),
                                    ext=extents(index.diagram, scale, False, plan.ext.marked))
        if not _comfortable(whole, index.diagram.style.font_size):
            return None
        if fits(whole, box):
            return whole
        scale *= 0.97
    return None


def _comfortable(plan: Plan, font: float) -> bool:
    """The labels print at a size read without effort (a larger scale is no gain worth another strip)."""
    return not plan.numbers and plan.scale * font >= COMFORT_PT - 1e-6


def _overview_with(index: Index, box: tuple[float, float], marked: frozenset[str], count: int,
                   key: tuple[float, float] | None) -> Plan | None:
    """The overview folded into ``count`` strips at the largest scale that fits, or None."""
    diagram = index.diagram
    width_pt, height_pt = box
    font = diagram.style.font_size
    start = max((lane.header.right for lane in diagram.lanes), default=0.0)
    end = max(diagram.width, start + 1.0)
    scale = min(width_pt / (end / count), height_pt / (max(diagram.height, 1.0) * count), MAX_SCALE)
    windows: list[float] = []

    def make(scale: float) -> Plan:
        numbers = scale * font < TEXT_PT
        ext = extents(diagram, scale, numbers, marked)
        header = header_pt(diagram) / scale if numbers else start
        return Plan(scale, numbers, header, tuple(strips_at(index, windows, ext)), ext, key)

    fitting = None
    for attempt in range(8):
        if attempt < 3:  # the cuts settle after the first tries; later tries only rescale
            windows = cuts_for_count(start, end, count, x_candidates(index, extents(
                diagram, scale, scale * font < TEXT_PT, marked)))
        plan = make(scale)
        width, height = sheet_size(plan)
        ratio = min(width_pt / width, height_pt / height)
        if attempt >= 2 and fits(plan, box):
            fitting = plan
            break
        # Heights have parts fixed in points (pads, a lane's one line of text): approach the fit from below.
        scale = min(scale * (ratio if ratio < 1 else ratio ** 0.5) * (0.99 if attempt >= 2 else 1.0), MAX_SCALE)
    if fitting is None:
        return None
    high = min(fitting.scale * max(ratio, 1.0) * 1.01, MAX_SCALE)
    for _ in range(6):  # grow into the room that is left
        if high - fitting.scale < 0.005 * fitting.scale:
            break
        trial = make((fitting.scale + high) / 2)
        if fits(trial, box):
            fitting = trial
        else:
            high = trial.scale
    return fitting


# --- drawing -----------------------------------------------------------------------------------------


def _fit(text: str, size: float, width: float) -> str:
    """The text shortened with an ellipsis to fit ``width`` in bold at ``size``."""
    if text_width(text, size) * 1.1 <= width:
        return text
    while text and text_width(text + "…", size) * 1.1 > width:
        text = text[:-1]
    return text + "…"


def _tint(share: float) -> str:
    alpha = min(1.0, 0.15 + 0.6 * share)
    return "#" + "".join(f"{round(255 + (c - 255) * alpha):02x}" for c in HEAT)


def _ceil2(value: float) -> float:
    return int(value * 100 + 0.999) / 100


def draw_sheet(section: ModelSection, index: Index, plan: Plan, step_marks: dict[str, Mark], numbers: dict[str, int],
               prefix: str, title: str) -> tuple[str, float, float]:
    """The sheet's SVG and its printed size in mm, with the legend below the diagram if its plan has one."""
    diagram = index.diagram
    style = diagram.style
    s = plan.scale
    text_units = _ceil2(max(style.font_size, TEXT_PT / s))
    width_pt, height_pt = sheet_size(plan)
    vb_w, vb_h = width_pt / s, height_pt / s
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="{width_pt / PT_PER_MM:.3f}mm" '
           f'height="{height_pt / PT_PER_MM:.3f}mm" viewBox="0 0 {_n(vb_w)} {_n(vb_h)}" '
           f'font-family="{FONT_FAMILY}" font-size="{_n(style.font_size)}">',
           f"<title>{clean(title)}</title>",
           f'<rect width="{_n(vb_w)}" height="{_n(vb_h)}" fill="#ffffff"/>']
    top = lead(plan)
    first_x = max((lane.header.right for lane in diagram.lanes), default=0.0)
    for number, piece in enumerate(plan.strips):
        out.extend(_strip_svg(diagram, index, plan, piece, top, step_marks, numbers, text_units,
                              f"{prefix}c{number}", prefix, first_x))
        top += piece.height + GAP_PT / s + lead(plan)
    if plan.key is not None:
        key = legend_box(plan.key, max((plan.header + piece.width for piece in plan.strips), default=0.0) * s)
        out.extend(_legend(vb_h - key.height / s, _ceil2(LEGEND_PT / s), s, key.lines))
    out.append("</svg>")
    return "\n".join(out) + "\n", width_pt / PT_PER_MM, height_pt / PT_PER_MM


def _strip_svg(diagram: Diagram, index: Index, plan: Plan, piece: Strip, top: float, step_marks: dict[str, Mark],
               numbers: dict[str, int], text_units: float, clip_id: str, prefix: str, first_x: float) -> list[str]:
    header = plan.header
    lanes_shown = {diagram.lanes[b.lane].id: b for b in piece.bands}
    width = header + piece.width
    lanes = []
    names: dict[str, tuple[str, ...]] = {}
    for band in piece.bands:
        lane = diagram.lanes[band.lane]
        height = band.bottom - band.top
        rect = Rect(0.0, top + band.top, width, height)
        lanes.append(LaneBand(lane.id, lane.name, rect, Rect(0.0, top + band.top, header, height), lane.name_lines))
        if plan.numbers:
            names[lane.id] = (_fit(lane.name, TEXT_PT, header * plan.scale - 2 * TEXT_PT),)
    dx = header - piece.x0
    steps = []
    for box in index.steps_in(piece.x0, piece.x1):
        band = lanes_shown.get(box.lane)
        if band is not None and box.bounds.x < piece.x1 + plan.ext.right and box.bounds.right > piece.x0:
            steps.append(box.moved(dx, top + piece.map_y(box.center[1]) - box.center[1]))
    flows = []
    for route in diagram.flows:
        xs = [p[0] for p in route.points]
        if min(xs) > piece.x1 or max(xs) < piece.x0:
            continue
        points = tuple((x + dx, top + piece.map_y(y)) for x, y in route.points)
        label, at = route.label, route.label_at
        if plan.numbers or at is None or not piece.x0 <= at[0] < piece.x1:
            label, at = "", None  # a label is written once, in the strip where it starts
        else:
            at = (at[0] + dx, top + piece.map_y(at[1]))
        flows.append(FlowRoute(route.id, route.source, route.target, label, points, at, route.back))
    part = dataclasses.replace(diagram, lanes=tuple(lanes), steps=tuple(steps), flows=tuple(flows))
    out = lane_paths(part, names=names if plan.numbers else None,
                        name_size=_ceil2(TEXT_PT / plan.scale) if plan.numbers else None)
    above = lead(plan)  # the clip cuts the strip's sides; badges may reach above its top
    out.append(f'<clipPath id="{clip_id}"><rect x="{_n(header)}" y="{_n(top - above)}" width="{_n(piece.width)}" '
               f'height="{_n(piece.height + above)}"/></clipPath>')
    out.append(f'<g class="strip" clip-path="url(#{clip_id})">')
    out.extend(flow_paths(part, label_size=diagram.style.font_size))
    fills = {box.id: _tint(m.share) for box in steps if (m := step_marks.get(box.id)) and m.votes}
    labels = _room_for(steps, numbers, text_units) if plan.numbers else None
    out.extend(step_paths(part, labels=labels, label_size=text_units, fills=fills))
    for box in steps:
        mark = step_marks.get(box.id)
        if mark is not None:
            out.extend(_mark_svg(box, mark, text_units, plan))
    out.append("</g>")
    dash = f'stroke="{EDGE_INK}" stroke-width="{_n(1.2 / plan.scale)}" stroke-dasharray="{_n(4 / plan.scale)} ' \
           f'{_n(3 / plan.scale)}"'
    if piece.x0 > first_x + 1:  # the process goes on beyond this edge: a dashed edge, never a plain end
        out.append(f'<path d="M{_n(header)},{_n(top)} V{_n(top + piece.height)}" {dash}/>')
    if piece.x1 < diagram.width - 1:
        out.append(f'<path d="M{_n(width)},{_n(top)} V{_n(top + piece.height)}" {dash}/>')
    return out


def _room_for(steps: list[StepBox], numbers: dict[str, int], size: float) -> dict[str, str]:
    """The step numbers that fit side by side: in a process of a thousand steps an overlapped number is
    unreadable anyway, so it is left out (the parts and the step table have every step)."""
    shown: dict[str, str] = {}
    ends: dict[int, tuple[float, float]] = {}  # per text line: the last shown number's baseline and right end
    for box in sorted(steps, key=lambda b: b.center[0]):
        text = str(numbers.get(box.id, "?"))
        half = text_width(text, size) / 2 + size * 0.1
        base = box.center[1] + 0.36 * size if box.kind in ("task", "subprocess") else box.shape.y - 0.3 * size
        line = round(base / size)
        if any(abs(ends[near][0] - base) < 0.9 * size and ends[near][1] > box.center[0] - half
               for near in (line - 1, line, line + 1) if near in ends):
            continue
        ends[line] = (base, box.center[0] + half)
        shown[box.id] = text
    return shown


def _mark_svg(box: StepBox, mark: Mark, text_units: float, plan: Plan) -> list[str]:
    s = box.shape
    out = []
    if mark.votes:
        bar = max(4.0, 1.5 / plan.scale)
        out.append(f'<rect class="heat" x="{_n(s.x)}" y="{_n(s.bottom + 2)}" width="{_n(max(s.w * mark.share, 1.0))}" '
                   f'height="{_n(bar)}" fill="{HEAT_BAR}"/>')
        if not plan.numbers:  # the votes as a number on the box's top edge, left (the badge is at the right)
            text = tr("DiagramPaper", "{votes} votes", votes=mark.votes)
            width = text_width(text, text_units) + text_units * 0.6
            out.append(f'<g class="votes"><rect x="{_n(s.x + 4)}" y="{_n(s.y - text_units * 0.65)}" '
                       f'width="{_n(width)}" height="{_n(text_units * 1.3)}" rx="3" fill="#ffffff" '
                       f'stroke="{HEAT_BAR}" stroke-width="1.5"/><text x="{_n(s.x + 4 + text_units * 0.3)}" '
                       f'y="{_n(s.y + text_units * 0.36)}" fill="{INK}">{clean(text)}</text></g>')
    if mark.pain_points:
        text = str(mark.pain_points)
        r = text_units * (0.8 if len(text) > 1 else 0.68)
        # On the box's corner as on the projector; in the overview above it, where the number does not go.
        cy = s.y - r if plan.numbers else s.y
        out.append(f'<g class="badge"><circle cx="{_n(s.right)}" cy="{_n(cy)}" r="{_n(r)}" fill="{BADGE_FILL}" '
                   f'stroke="#000000" stroke-width="{_n(max(1.5, 0.6 / plan.scale))}"/><text '
                   f'x="{_n(s.right - text_width(text, text_units) / 2)}" y="{_n(cy + 0.36 * text_units)}" '
                   f'font-weight="bold" font-size="{_n(text_units)}" fill="#000000">{text}</text></g>')
    return out


def _legend(y: float, size: float, scale: float, lines: int) -> list[str]:
    """What the badge and the heat mean, at the bottom of the sheet: on one line, or on two (``legend_box``)."""
    baseline = y + size * 1.55
    r = size * 0.68
    x = r + 2 / scale
    badge, heat = legend_words()
    out = [f'<g class="legend" font-size="{_n(size)}">',
           f'<circle cx="{_n(x)}" cy="{_n(baseline - 0.36 * size)}" r="{_n(r)}" fill="{BADGE_FILL}" stroke="#000000" '
           f'stroke-width="{_n(max(1.5, 0.6 / scale))}"/>',
           f'<text x="{_n(x - text_width("n", size) / 2)}" y="{_n(baseline)}" font-weight="bold" '
           f'fill="#000000">n</text>',
           f'<text x="{_n(x + r + size * 0.5)}" y="{_n(baseline)}" fill="{INK}">{clean(badge)}</text>']
    if lines == 1:
        x += r + size * 0.5 + text_width(badge, size) + size * 2
    else:
        x, baseline = 2 / scale, baseline + LEGEND_LINE * size
    out.append(f'<rect x="{_n(x)}" y="{_n(baseline - size)}" width="{_n(size * 3)}" height="{_n(size * 1.2)}" '
               f'fill="{_tint(0.7)}" stroke="{INK}" stroke-width="{_n(max(1.0, 0.5 / scale))}"/>')
    out.append(f'<rect x="{_n(x)}" y="{_n(baseline + size * 0.3)}" width="{_n(size * 2.1)}" '
               f'height="{_n(size * 0.35)}" fill="{HEAT_BAR}"/>')
    out.append(f'<text x="{_n(x + size * 3.5)}" y="{_n(baseline)}" fill="{INK}">{clean(heat)}</text></g>')
    return out


# --- the sheets ---------------------------------------------------------------------------------------


def diagram_sheets(section: ModelSection, *, model_index: int, paper: str = "A4") -> list[DiagramSheet]:
    """The overview sheet, then the detail parts (none when the overview already shows the labels)."""
    box = tuple(mm * PT_PER_MM for mm in FIGURE_BOX_MM[paper])
    diagram = section.diagram
    if not diagram.steps or diagram.width <= 0 or diagram.height <= 0:
        return []  # steps in no lane (a lane deleted on another laptop) lay out to nothing: no sheet
    index = Index(diagram)
    step_marks = marks(section)
    numbers = {line.id: line.number for line in section.steps}
    for position, step in enumerate(diagram.steps, start=1):
        numbers.setdefault(step.id, len(section.steps) + position)
    labels = {line.id: line.label for line in section.steps}
    key = legend_entries(LEGEND_PT) if step_marks else None  # the overview explains badge and heat
    overview = plan_overview(index, box, frozenset(step_marks), key)  # type: ignore[arg-type]
    plans = [overview]
    if overview.numbers:
        plans.extend(plan_parts(index, box, frozenset(step_marks)))  # type: ignore[arg-type]
    anchors = [f"diagram-{model_index}-{n}" for n in range(1, len(plans) + 1)]
    lanes = ", ".join(lane.name for lane in diagram.lanes) or "–"
    sheets = []
    for n, plan in enumerate(plans):
        owned = sorted({numbers[step] for piece in plan.strips for step in piece.steps})
        if n == 0:
            caption, alt = _overview_words(section, plan, lanes, len(diagram.steps), bool(step_marks))
        else:
            caption, alt = _part_words(section, plan, n, len(plans) - 1, owned, labels, numbers)
        svg, width, height = draw_sheet(section, index, plan, step_marks, numbers, f"{anchors[n]}-",
                                        f"{section.name}: {caption}")
        sheets.append(DiagramSheet(svg, width, height, alt, caption, anchors[n],
                                   anchors[n - 1] if n else None, anchors[n + 1] if n + 1 < len(plans) else None))
    return sheets


def _overview_words(section: ModelSection, plan: Plan, lanes: str, count: int, marked: bool) -> tuple[str, str]:
    if plan.numbers:
        caption = tr("DiagramPaper", "Overview (step numbers as in the step table)")
        alt = tr("DiagramPaper", "Swimlane diagram of “{model}”, the whole process on one page: {count} steps in the "
                 "lanes {lanes}. The boxes show the step numbers of the table “Steps of {model}” (column No.), "
                 "which lists every step in full.", model=section.name, count=count, lanes=lanes)
    else:
        caption = tr("DiagramPaper", "Overview")
        alt = tr("DiagramPaper", "Swimlane diagram of “{model}”, the whole process on one page: {count} steps in the "
                 "lanes {lanes}. The full list of steps is the table “Steps of {model}”.",
                 model=section.name, count=count, lanes=lanes)
    if marked:
        alt += " " + tr("DiagramPaper", "Orange badges give the number of pain points at a step; tinted boxes with "
                        "a bar and a number give the step's share of the votes.")
    return caption, alt


def _part_words(section: ModelSection, plan: Plan, n: int, total: int, owned: list[int], labels: dict[str, str],
                numbers: dict[str, int]) -> tuple[str, str]:
    diagram = section.diagram
    lanes = ", ".join(dict.fromkeys(diagram.lanes[b.lane].name for piece in plan.strips for b in piece.bands))
    if not owned:
        return (tr("DiagramPaper", "Part {n} of {total}", n=n, total=total),
                tr("DiagramPaper", "Part {n} of {total} of the diagram of “{model}”: lanes {lanes}.",
                   n=n, total=total, model=section.name, lanes=lanes))
    by_number = {number: step for step, number in numbers.items()}
    first, last = owned[0], owned[-1]
    caption = tr("DiagramPaper", "Part {n} of {total}: steps {first}–{last}", n=n, total=total, first=first, last=last)
    alt = tr("DiagramPaper", "Part {n} of {total} of the diagram of “{model}”: lanes {lanes}; steps {first} to {last} "
             "(from “{first_label}” to “{last_label}”).", n=n, total=total, model=section.name, lanes=lanes,
             first=first, last=last, first_label=labels.get(by_number[first], ""),
             last_label=labels.get(by_number[last], ""))
    return caption, alt
