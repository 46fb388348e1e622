"""The diagram sheets of the protocol: an overview of the whole process, then readable parts — read as SVG.

Every check parses the SVG with xml.etree and measures text as it prints: a text's font size in
diagram units times the sheet's millimetres per unit (its width attribute over its viewBox).
"""

from __future__ import annotations

import dataclasses
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path

import pytest

from helpers.paths import REPO
from werkstatt import demo, i18n
from werkstatt.i18n import tr
from werkstatt.layout import FlowSpec, LaneSpec, ProcessGraph, StepSpec, layout
from werkstatt.layout.text import text_width
from werkstatt.protocol.content import gather
from werkstatt.protocol.content_types import ModelSection, PainPointLine, StepLine
from werkstatt.protocol.diagram_paper import FIGURE_BOX_MM, DiagramSheet, diagram_sheets, marks, plan_overview
from werkstatt.protocol.diagram_paper_plan import ARROW, Index, plan_parts
from werkstatt.store.database import open_store

sys.path.insert(0, str(REPO / "benchmarks"))
import large_workshop

SVG = "{http://www.w3.org/2000/svg}"
PT_PER_MM = 72 / 25.4
HOSTILE = "<b>&amp;</b>\x01\x0b\"'<script>\u0007 Ä ß 🙂"


@pytest.fixture(scope="module")
def demo_section(tmp_path_factory: pytest.TempPathFactory) -> ModelSection:
    store = open_store(tmp_path_factory.mktemp("demo") / "w.sqlite")
    try:
        workshop_id, _created = demo.create_demo(store)
        with store.session() as session:
            return gather(session, workshop_id).models[0]
    finally:
        store.close()


@pytest.fixture(scope="module")
def large_section(tmp_path_factory: pytest.TempPathFactory) -> ModelSection:
    """One model of the protocol benchmark's workshop: 200 steps in 5 lanes, 60 pain points, two dot votes."""
    store = open_store(tmp_path_factory.mktemp("large") / "w.sqlite")
    try:
        workshop_id = large_workshop.build(store, models=1, steps=200, pain_points_per_model=60)
        with store.session() as session:
            return gather(session, workshop_id).models[0]
    finally:
        store.close()


@pytest.fixture(scope="module")
def large_sheets(large_section: ModelSection) -> list[DiagramSheet]:
    return diagram_sheets(large_section, model_index=3)


def parse(sheet: DiagramSheet) -> ET.Element:
    return ET.fromstring(sheet.svg.encode("utf-8"))


def texts(root: ET.Element) -> Iterator[tuple[str, float]]:
    """Every text with its font size in points as printed (inherited sizes resolved)."""
    width_mm = float(root.get("width").removesuffix("mm"))
    view_w = float(root.get("viewBox").split()[2])
    pt_per_unit = width_mm * PT_PER_MM / view_w

    def walk(node: ET.Element, size: float) -> Iterator[tuple[str, float]]:
        size = float(node.get("font-size", size))
        if node.tag == SVG + "text":
            yield node.text or "", size * pt_per_unit
        for child in node:
            yield from walk(child, size)

    yield from walk(root, 16.0)


def section_for(graph: ProcessGraph, pain: dict[str, tuple[int, float | None]] | None = None,
                name: str = "Probe") -> ModelSection:
    """A ModelSection of a laid-out graph; ``pain``: step id -> (pain points, votes of each)."""
    diagram = layout(graph, reuse=False)
    steps = tuple(StepLine(s.id, number, s.lane, s.label, s.kind, "", None, None, None, "")
                  for number, s in enumerate(graph.steps, start=1))
    lines = tuple(PainPointLine(step, f"Problem {i}", "Liegezeit", step, 2, votes, None)
                  for step, (count, votes) in (pain or {}).items() for i in range(count))
    return ModelSection(id="m", name=name, kind="Ist", organisation="", fact_sheet=None, diagram=diagram,
                        steps=steps, pain_points=lines, rounds=())


def chain(count: int, lanes: int = 3, label: str = "Antrag prüfen") -> ProcessGraph:
    lane_specs = tuple(LaneSpec(f"L{i}", f"Bahn {i}") for i in range(lanes))
    steps = tuple(StepSpec(f"s{i}", f"L{(i // 2) % lanes}", "start" if i == 0 else "end" if i == count - 1 else "task",
                           f"{label} {i}", float(i)) for i in range(count))
    flows = tuple(FlowSpec(f"f{i}", f"s{i - 1}", f"s{i}", "") for i in range(1, count))
    return ProcessGraph(lane_specs, steps, flows)


# --- the demo ---------------------------------------------------------------------------------------


def test_demo_overview_shows_every_step_by_number(demo_section: ModelSection) -> None:
    sheets = diagram_sheets(demo_section, model_index=0)
    overview = parse(sheets[0])
    shown = {text for text, _size in texts(overview)}
    assert {str(line.number) for line in demo_section.steps} <= shown
    assert sheets[0].caption == tr("DiagramPaper", "Overview (step numbers as in the step table)")
    assert 2 <= len(sheets) <= 4, [s.caption for s in sheets]  # the overview plus very few parts
    for lane in demo_section.diagram.lanes:  # lane names, shortened where they must be, never left out
        assert any(text.rstrip("…") and lane.name.startswith(text.rstrip("…")) for text in shown), lane.name


def test_no_text_below_seven_points_and_sheets_fit_their_box(demo_section: ModelSection,
                                                             large_sheets: list[DiagramSheet]) -> None:
    for paper in FIGURE_BOX_MM:
        for sheet in [*diagram_sheets(demo_section, model_index=0, paper=paper), *large_sheets]:
            root = parse(sheet)
            sizes = [size for _text, size in texts(root)]
            assert sizes and min(sizes) >= 7.0, (sheet.caption, min(sizes))
            box = FIGURE_BOX_MM[paper if sheet not in large_sheets else "A4"]
            assert sheet.width_mm <= box[0] + 0.01 and sheet.height_mm <= box[1] + 0.01
            assert root.get("width") == f"{sheet.width_mm:.3f}mm"
            assert root.get("font-family") == "Liberation Sans"


def test_demo_on_a3_is_one_overview_with_labels(demo_section: ModelSection) -> None:
    sheets = diagram_sheets(demo_section, model_index=0, paper="A3")
    assert len(sheets) == 1 and sheets[0].caption == tr("DiagramPaper", "Overview")
    shown = " ".join(text for text, _size in texts(parse(sheets[0])))
    for box in demo_section.diagram.steps:
        for line in box.lines:
            assert line in shown
    assert sheets[0].previous_anchor is None and sheets[0].next_anchor is None


def test_badges_and_heat_as_on_the_projector(demo_section: ModelSection) -> None:
    step_marks = marks(demo_section)
    assert any(mark.votes for mark in step_marks.values())
    for sheet in diagram_sheets(demo_section, model_index=0, paper="A3"):
        root = parse(sheet)
        badges = root.findall(f".//{SVG}g[@class='badge']")
        assert sorted(badge.find(f"{SVG}text").text for badge in badges) == sorted(
            str(mark.pain_points) for mark in step_marks.values())
        bars = root.findall(f".//{SVG}rect[@class='heat']")
        assert len(bars) == sum(1 for mark in step_marks.values() if mark.votes)
        votes = sorted(g.find(f"{SVG}text").text for g in root.findall(f".//{SVG}g[@class='votes']"))
        assert votes == sorted(tr("DiagramPaper", "{votes} votes", votes=mark.votes)
                               for mark in step_marks.values() if mark.votes)
        assert root.find(f".//{SVG}g[@class='legend']") is not None
        # never colour alone: the hottest step's bar is the full width of its box
        widths = [float(bar.get("width")) for bar in bars]
        assert max(widths) == pytest.approx(150.0)


def test_alt_texts_name_lanes_steps_and_the_table(demo_section: ModelSection) -> None:
    sheets = diagram_sheets(demo_section, model_index=0)
    alt = sheets[0].alt
    assert f" {len(demo_section.diagram.steps)} " in alt and demo_section.name in alt
    for lane in demo_section.diagram.lanes:
        assert lane.name in alt
    numbers = {line.id: line.number for line in demo_section.steps}
    for sheet in sheets[1:]:
        first, last = map(int, re.search(r"(\d+)–(\d+)$", sheet.caption).groups())
        assert f" {first} " in sheet.alt and f" {last} " in sheet.alt
        label = next(line.label for line in demo_section.steps if line.number == first)
        assert label in sheet.alt
        assert first <= last <= max(numbers.values())


# --- a long process ------------------------------------------------------------------------------------


def test_two_hundred_steps_take_a_third_of_the_old_pages(large_section: ModelSection,
                                                         large_sheets: list[DiagramSheet]) -> None:
    assert len(large_section.diagram.steps) > 200
    assert len(large_sheets) <= 18  # the reportlab tiles took 56 pages
    a3 = diagram_sheets(large_section, model_index=3, paper="A3")
    assert len(a3) < len(large_sheets)
    overview = {text for text, _size in texts(parse(large_sheets[0]))}
    assert {str(line.number) for line in large_section.steps} <= overview


def test_every_step_is_whole_in_a_part(large_section: ModelSection, large_sheets: list[DiagramSheet]) -> None:
    diagram = large_section.diagram
    index = Index(diagram)
    plans = plan_parts(index, tuple(mm * PT_PER_MM for mm in FIGURE_BOX_MM["A4"]), frozenset(marks(large_section)))
    assert len(plans) == len(large_sheets) - 1
    lanes = {lane.id: number for number, lane in enumerate(diagram.lanes)}
    owners: list[str] = []
    for plan in plans:
        for strip in plan.strips:
            shown = {band.lane for band in strip.bands}
            for step in strip.steps:
                box = diagram.step(step)
                assert strip.x0 <= box.bounds.x and box.bounds.right <= strip.x1, step
                assert lanes[box.lane] in shown
            owners.extend(strip.steps)
    assert sorted(owners) == sorted(box.id for box in diagram.steps)  # each step owned exactly once
    printed = " ".join(text for sheet in large_sheets[1:] for text, _size in texts(parse(sheet)))
    for box in diagram.steps:
        assert all(line in printed for line in box.lines), box.lines
    sizes = [size for sheet in large_sheets[1:] for _text, size in texts(parse(sheet))]
    assert min(sizes) >= 7.0


def test_anchors_unique_and_links_consistent(large_sheets: list[DiagramSheet]) -> None:
    anchors = [sheet.anchor for sheet in large_sheets]
    assert anchors == [f"diagram-3-{n}" for n in range(1, len(large_sheets) + 1)]
    assert all(re.fullmatch(r"[a-z0-9-]+", anchor) for anchor in anchors)
    for before, after in pairwise(large_sheets):
        assert before.next_anchor == after.anchor and after.previous_anchor == before.anchor
    assert large_sheets[0].previous_anchor is None and large_sheets[-1].next_anchor is None
    total = len(large_sheets) - 1
    for n, sheet in enumerate(large_sheets[1:], start=1):
        assert sheet.caption.startswith(tr("DiagramPaper", "Part {n} of {total}: steps {first}–{last}", n=n,
                                           total=total, first="", last="").removesuffix("–"))
    ids = [m for sheet in large_sheets for m in re.findall(r' id="([^"]+)"', sheet.svg)]
    assert len(ids) == len(set(ids)), "clip path ids must be unique in the whole document"


def test_a_part_holds_only_what_touches_it(large_sheets: list[DiagramSheet]) -> None:
    """A part is its strips' elements, not the whole diagram behind a viewBox (WeasyPrint pays per element)."""
    whole = len(list(parse(large_sheets[0]).iter()))  # the overview draws all of it
    for sheet in large_sheets[1:]:
        assert len(list(parse(sheet).iter())) < whole / 4


# --- small and hostile ------------------------------------------------------------------------------


def test_small_model_is_one_overview_with_labels() -> None:
    section = section_for(chain(5), {"s2": (2, 3.0), "s3": (1, None)})
    sheets = diagram_sheets(section, model_index=1)
    assert len(sheets) == 1 and sheets[0].caption == tr("DiagramPaper", "Overview")
    shown = {text for text, _size in texts(parse(sheets[0]))}
    assert "Antrag prüfen 2" in shown and tr("DiagramPaper", "{votes} votes", votes=6) in shown  # 2 × 3
    root = parse(sheets[0])
    assert len(root.findall(f".//{SVG}g[@class='badge']")) == 2
    assert len(root.findall(f".//{SVG}rect[@class='heat']")) == 1  # s3 was never voted on: no heat


def test_hostile_text_gives_valid_svg() -> None:
    graph = chain(40, label=HOSTILE)
    graph = dataclasses.replace(graph, lanes=tuple(LaneSpec(lane.id, HOSTILE + lane.name) for lane in graph.lanes))
    section = section_for(graph, {"s5": (12, 4.0)}, name=HOSTILE)
    for sheet in diagram_sheets(section, model_index=0):
        root = parse(sheet)  # raises on invalid XML
        assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", sheet.svg)
        assert "<script" not in sheet.svg
        assert all(size >= 7.0 for _text, size in texts(root))


def test_plain_text_drawing_in_weasyprint(tmp_path: Path) -> None:
    """The one-run SVG text (diagram_paper_text) draws the same words, and leaves other text to WeasyPrint."""
    import weasyprint

    from werkstatt.protocol import diagram_paper_text

    assert diagram_paper_text.install() and diagram_paper_text.install()
    svg = ('<svg xmlns="http://www.w3.org/2000/svg" width="100mm" height="30mm" viewBox="0 0 200 60" '
           'font-family="Liberation Sans" font-size="12"><text x="100" y="20" text-anchor="middle">'
           'Antrag prüfen &amp; senden</text><text x="10" y="45" dx="0 2">Spaced</text></svg>')
    out = tmp_path / "t.pdf"
    weasyprint.HTML(string=f"<html><body>{svg}</body></html>").write_pdf(out)
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "Antrag prüfen & senden" in text and "Spaced" in text.replace(" ", "")


# --- a small workshop's page: one strip, the whole legend, every flow to be seen -----------------------


def workshop_graph() -> ProcessGraph:
    """The small workshop of the bug report: four steps in two lanes, the cash desk between two checks."""
    lanes = (LaneSpec("b", "Bürgerbüro"), LaneSpec("k", "Kasse"))
    steps = (StepSpec("s1", "b", "task", "Anmeldung prüfen", 1.0),
             StepSpec("s2", "k", "task", "Gebühr kassieren", 2.0),
             StepSpec("s3", "b", "task", "Anmeldung prüfen", 3.0),
             StepSpec("s4", "b", "task", "Bescheid versenden", 4.0))
    flows = (FlowSpec("f1", "s1", "s2"), FlowSpec("f2", "s2", "s3"), FlowSpec("f3", "s3", "s4"))
    return ProcessGraph(lanes, steps, flows)


def stacked_graph() -> ProcessGraph:
    """Each step straight below the one before, in the next lane: flows that only run down between boxes."""
    lanes = tuple(LaneSpec(f"L{i}", f"Bahn {i}") for i in range(3))
    steps = tuple(StepSpec(f"s{i}", f"L{i}", "task", f"Schritt {i}", float(i)) for i in range(3))
    return ProcessGraph(lanes, steps, (FlowSpec("f1", "s0", "s1"), FlowSpec("f2", "s1", "s2")))


def test_small_process_prints_on_one_strip_at_a_readable_scale() -> None:
    section = section_for(workshop_graph(), {"s1": (1, None)})
    index = Index(section.diagram)
    for paper, box_mm in FIGURE_BOX_MM.items():
        plan = plan_overview(index, tuple(mm * PT_PER_MM for mm in box_mm), frozenset(marks(section)))
        assert len(plan.strips) == 1, (paper, [(s.x0, s.x1) for s in plan.strips])
        assert not plan.numbers and plan.scale * section.diagram.style.font_size >= 9.0, (paper, plan.scale)
    # with the room for it the lanes keep their height, as on screen
    assert plan.strips[0].height == pytest.approx(section.diagram.height)


def test_a_long_process_still_folds_into_strips(large_section: ModelSection) -> None:
    plan = plan_overview(Index(large_section.diagram), tuple(mm * PT_PER_MM for mm in FIGURE_BOX_MM["A4"]),
                         frozenset(marks(large_section)))
    assert plan.numbers and 3 <= len(plan.strips) <= 6


def view_box(root: ET.Element) -> tuple[float, float]:
    _x, _y, width, height = map(float, root.get("viewBox").split())
    return width, height


@pytest.mark.parametrize("language", ["en", "de"])
def test_legend_lies_inside_the_sheet(language: str) -> None:
    """The SVG clips at its edges: every mark and word of the legend must lie inside the sheet's frame."""
    with i18n.speaking(language):
        for graph in (workshop_graph(), chain(2, lanes=1)):
            first = graph.steps[0].id
            section = section_for(graph, {first: (2, 3.0)})
            for paper in FIGURE_BOX_MM:
                sheet = diagram_sheets(section, model_index=0, paper=paper)[0]
                root = parse(sheet)
                width, height = view_box(root)
                legend = root.find(f".//{SVG}g[@class='legend']")
                size = float(legend.get("font-size"))
                words = [text.text for text in legend.iter(f"{SVG}text")]
                assert any("(" in word for word in words)  # the heat's explanation, whole
                for node in legend.iter():
                    if node.tag == SVG + "text":
                        x, y = float(node.get("x")), float(node.get("y"))
                        left, right = x, x + text_width(node.text, size) * (1.1 if node.get("font-weight") else 1.0)
                        top, bottom = y - size, y + 0.25 * size
                    elif node.tag == SVG + "rect":
                        left, top = float(node.get("x")), float(node.get("y"))
                        right, bottom = left + float(node.get("width")), top + float(node.get("height"))
                    elif node.tag == SVG + "circle":
                        cx, cy, r = (float(node.get(k)) for k in ("cx", "cy", "r"))
                        left, right, top, bottom = cx - r, cx + r, cy - r, cy + r
                    else:
                        continue
                    assert left >= 0 and right <= width + 0.01, (paper, node.text, right, width)
                    assert top >= 0 and bottom <= height + 0.01, (paper, node.text, bottom, height)
                box_mm = FIGURE_BOX_MM[paper]
                assert sheet.width_mm <= box_mm[0] + 0.01 and sheet.height_mm <= box_mm[1] + 0.01


NUMBER = r"-?\d+(?:\.\d+)?"


def shape_boxes(d: str) -> Iterator[tuple[float, float, float, float]]:
    """The bounding boxes of the step shapes in a ``steps`` path (absolute M/L/H/V/A commands only)."""
    for shape in re.findall(r"M[^M]*", d):
        xs: list[float] = []
        ys: list[float] = []
        circle = False
        for command, args in re.findall(r"([MLHVAZ])([^MLHVAZ]*)", shape):
            values = [float(n) for n in re.findall(NUMBER, args)]
            if command in "ML":
                xs.append(values[0])
                ys.append(values[1])
            elif command == "H":
                xs.append(values[0])
            elif command == "V":
                ys.append(values[0])
            elif command == "A":
                xs.append(values[5])
                ys.append(values[6])
                circle = circle or values[3] == 1  # a large arc: a circle drawn as two halves
        if circle:
            radius = (max(xs) - min(xs)) / 2
            ys = [ys[0] - radius, ys[0] + radius]
        yield min(xs), min(ys), max(xs), max(ys)


def visible_flows(sheet: DiagramSheet) -> Iterator[float]:
    """For every flow drawn in a strip: how long a stretch of it shows inside the strip and outside all boxes."""
    root = parse(sheet)
    clips = {}
    for clip in root.iter(f"{SVG}clipPath"):
        rect = clip.find(f"{SVG}rect")
        x, y, w, h = (float(rect.get(k)) for k in ("x", "y", "width", "height"))
        clips[clip.get("id")] = (x, y, x + w, y + h)
    for group in root.iter(f"{SVG}g"):
        if group.get("class") != "strip":
            continue
        x0, y0, x1, y1 = clips[re.search(r"#([^)]+)", group.get("clip-path")).group(1)]
        paths = group.findall(f"{SVG}path")
        boxes = [b for path in paths if path.get("class") == "steps" for b in shape_boxes(path.get("d"))]
        for line in (m for path in paths if path.get("class") == "flows" for m in re.findall(r"M[^M]*", path.get("d"))):
            points = [(float(x), float(y)) for x, y in re.findall(rf"({NUMBER}),({NUMBER})", line)]
            shown = 0.0
            for (ax, ay), (bx, by) in pairwise(points):
                length = ((bx - ax) ** 2 + (by - ay) ** 2) ** 0.5
                samples = max(1, int(length))
                for n in range(samples):
                    x, y = ax + (bx - ax) * (n + 0.5) / samples, ay + (by - ay) * (n + 0.5) / samples
                    if x0 <= x <= x1 and y0 <= y <= y1 and not any(
                            left + 0.5 < x < right - 0.5 and top + 0.5 < y < bottom - 0.5
                            for left, top, right, bottom in boxes):
                        shown += length / samples
            yield shown


def test_flows_between_boxes_keep_their_arrow_and_some_line() -> None:
    for graph in (workshop_graph(), stacked_graph()):
        for paper in FIGURE_BOX_MM:
            for sheet in diagram_sheets(section_for(graph), model_index=0, paper=paper):
                shown = list(visible_flows(sheet))
                assert len(shown) == len(graph.flows)
                assert min(shown) >= 2 * ARROW - 1, (paper, shown)  # the head and as much line


def test_no_flow_hides_under_the_boxes_of_a_squeezed_strip(demo_section: ModelSection,
                                                           large_sheets: list[DiagramSheet]) -> None:
    """Squeezed lanes and cuts between strips leave every flow's arrow head to be seen."""
    sheets = [*large_sheets, *diagram_sheets(demo_section, model_index=0),
              *diagram_sheets(demo_section, model_index=0, paper="A3")]
    shown = [length for sheet in sheets for length in visible_flows(sheet)]
    assert len(shown) > 400 and min(shown) >= ARROW - 1, sorted(shown)[:5]
