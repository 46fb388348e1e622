"""Diagram pages of the PDF protocol: fit on one page when readable, else tiles — never below 7 pt."""

from __future__ import annotations

import random
import re
import subprocess
import time
from itertools import pairwise
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import PageBreak, SimpleDocTemplate

from werkstatt import queries
from werkstatt.demo import MODEL_ID, create_demo
from werkstatt.i18n import tr
from werkstatt.layout import Diagram, FlowSpec, LaneSpec, ProcessGraph, StepSpec, layout
from werkstatt.protocol.diagram_pages import (
    DiagramTile,
    TilePlan,
    diagram_flowables,
    drawing_area,
    plan_tiles,
    tile_diagrams,
)


def frame() -> tuple[float, float]:
    """The frame of a SimpleDocTemplate on A4 landscape with its default margins (698 × 451 pt)."""
    doc = SimpleDocTemplate("unused.pdf", pagesize=landscape(A4))
    return doc.width, doc.height


@pytest.fixture
def demo_diagram(store) -> Diagram:
    create_demo(store)
    with store.read_session() as session:
        return layout(ProcessGraph.from_view(queries.model_view(session, MODEL_ID)), reuse=False)


def generated_graph(count: int = 200, lanes: int = 6, seed: int = 6) -> ProcessGraph:
    """A long process as a room types it: handovers, decisions with labelled branches, loops back."""
    rng = random.Random(seed)
    lane_specs = tuple(LaneSpec(f"L{i}", f"Bahn {i} Sachbearbeitung Landkreis") for i in range(lanes))
    steps, flows = [], []
    for i in range(count):
        kind = "start" if i == 0 else "end" if i == count - 1 else rng.choice(["task"] * 6 + ["decision", "subprocess"])
        label = f"Schritt{i:03d} {rng.choice(['Antrag prüfen', 'Gebühr kassieren', 'Akte an Kreis senden'])}"
        steps.append(StepSpec(f"s{i:03d}", f"L{rng.randrange(lanes)}", kind, label, float(i)))
        if i:
            source = i - 1 if rng.randrange(4) else rng.randrange(max(0, i - 5), i)
            flows.append(FlowSpec(f"f{i:03d}", f"s{source:03d}", f"s{i:03d}", rng.choice(["", "", "ja", "nein"])))
    for j in range(count // 20):
        target = rng.randrange(1, count - 10)
        flows.append(FlowSpec(f"b{j:02d}", f"s{target + rng.randrange(1, 6):03d}", f"s{target:03d}", "nein"))
    return ProcessGraph(lane_specs, tuple(steps), tuple(flows))


def check_plan(diagram: Diagram, plan: TilePlan, frame_w: float, frame_h: float) -> None:
    area_w, area_h = drawing_area(frame_w, frame_h)
    assert plan.text_pt >= 7.0 - 1e-6, plan.reason
    assert plan.text_pt == pytest.approx(plan.scale * diagram.style.font_size)
    for tile in plan.tiles:
        assert (plan.header_width + tile.width) * plan.scale <= area_w + 1e-6
        assert tile.height * plan.scale <= area_h + 1e-6
    x_cuts = {tile.x0 for tile in plan.tiles} | {tile.x1 for tile in plan.tiles}
    y_cuts = {tile.y0 for tile in plan.tiles} | {tile.y1 for tile in plan.tiles}
    for box in diagram.steps:
        b = box.bounds
        assert not any(b.x < cut < b.right for cut in x_cuts), f"a cut goes through {box.id}"
        assert not any(b.y < cut < b.bottom for cut in y_cuts), f"a cut goes through {box.id}"
    owners = [step for tile in plan.tiles for step in tile.steps]
    assert sorted(owners) == sorted(box.id for box in diagram.steps), "every step in exactly one tile"
    for tile in plan.tiles:
        for step in tile.steps:
            b = diagram.step(step).bounds
            assert tile.x0 <= b.x and b.right <= tile.x1 and tile.y0 <= b.y and b.bottom <= tile.y1
    assert [tile.number for tile in plan.tiles] == list(range(1, len(plan.tiles) + 1))
    # The columns of the grid cover the whole lane area, edge to edge.
    columns = sorted({(tile.x0, tile.x1) for tile in plan.tiles})
    assert columns[0][0] == plan.header_width and columns[-1][1] == diagram.width
    assert all(a[1] == b[0] for a, b in pairwise(columns))


def build(diagram: Diagram, path: Path, title: str = "Prozess") -> list:
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), title=title)
    flowables = diagram_flowables(diagram, doc.width, doc.height, title)
    doc.build(list(flowables))
    return flowables


def pdf_text(path: Path) -> str:
    assert subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True).returncode == 0
    # -raw keeps the order of the content stream: the lines of one box stay together.
    return subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True).stdout


def squeezed(text: str) -> str:
    """Without whitespace and hyphens: the wrapped, hyphenated lines of a label join up again."""
    return re.sub(r"[\s\-\u00ad]", "", text)


def page_count(path: Path) -> int:
    out = subprocess.run(["qpdf", "--show-npages", str(path)], capture_output=True, text=True, check=True).stdout
    return int(out)


def test_the_demo_diagram_is_split_and_the_plan_says_why(demo_diagram: Diagram, tmp_path: Path) -> None:
    frame_w, frame_h = frame()
    plan = plan_tiles(demo_diagram, frame_w, frame_h)
    check_plan(demo_diagram, plan, frame_w, frame_h)
    # 2960 × 984 units: squeezed onto the 698 × 451 pt frame its 13 px text would be about 3 pt.
    assert plan.fit_scale * demo_diagram.style.font_size < 7
    assert not plan.fits and 2 <= len(plan.tiles) <= 6
    assert str(len(plan.tiles)) in plan.reason and "7" in plan.reason
    assert plan.rows == 2  # five lanes are too tall for one page at a readable size: cut at a lane boundary
    lane_tops = {lane.rect.y for lane in demo_diagram.lanes} | {demo_diagram.height}
    assert all(tile.y0 in lane_tops and tile.y1 in lane_tops for tile in plan.tiles)
    path = tmp_path / "demo.pdf"
    flowables = build(demo_diagram, path)
    assert page_count(path) == len(plan.tiles)
    assert sum(isinstance(f, PageBreak) for f in flowables) == len(plan.tiles) - 1
    text = squeezed(pdf_text(path))
    for lane in demo_diagram.lanes:
        assert squeezed(lane.name) in text
    for box in demo_diagram.steps:
        assert squeezed("".join(box.lines)) in text


def test_a_small_diagram_is_one_page_scaled_to_the_frame(tmp_path: Path) -> None:
    steps = (StepSpec("s1", "a", "start", "Antrag da", 0), StepSpec("s2", "a", "task", "Prüfen", 1),
             StepSpec("s3", "b", "task", "Bescheid erstellen", 2), StepSpec("s4", "b", "end", "Fertig", 3))
    flows = (FlowSpec("f1", "s1", "s2"), FlowSpec("f2", "s2", "s3"), FlowSpec("f3", "s3", "s4"))
    graph = ProcessGraph((LaneSpec("a", "Bürgerbüro"), LaneSpec("b", "Kreis")), steps, flows)
    diagram = layout(graph, reuse=False)
    frame_w, frame_h = frame()
    plan = plan_tiles(diagram, frame_w, frame_h)
    check_plan(diagram, plan, frame_w, frame_h)
    assert plan.fits and plan.scale == plan.fit_scale and plan.scale <= 1.0
    path = tmp_path / "small.pdf"
    build(diagram, path)
    text = pdf_text(path)
    assert page_count(path) == 1
    assert tr("DiagramPages", "continued in part {n} →", n=2).split()[0] not in text
    assert "Bescheid" in text and "Kreis" in text


def test_the_readable_size_decides(demo_diagram: Diagram) -> None:
    """A smaller minimum lets the diagram shrink onto fewer pages; the text size follows the minimum."""
    frame_w, frame_h = frame()
    strict = plan_tiles(demo_diagram, frame_w, frame_h, min_text_pt=7.0)
    lax = plan_tiles(demo_diagram, frame_w, frame_h, min_text_pt=2.0)
    assert lax.fits and lax.scale == pytest.approx(lax.fit_scale)
    assert len(strict.tiles) > len(lax.tiles)


def test_a_200_step_process_is_split_into_readable_tiles(tmp_path: Path) -> None:
    diagram = layout(generated_graph(), reuse=False)
    frame_w, frame_h = frame()
    plan = plan_tiles(diagram, frame_w, frame_h)
    check_plan(diagram, plan, frame_w, frame_h)
    assert plan.columns >= 10 and len(plan.tiles) >= 10
    for tile in plan.tiles:  # every tile draws its own lanes' headers and only what touches it
        body, head = tile_diagrams(diagram, tile)
        assert [lane.name for lane in head.lanes] == [diagram.lanes[i].name for i in tile.lanes]
        assert set(tile.steps) <= {box.id for box in body.steps}
        assert len(body.steps) < len(diagram.steps) / 4

    path = tmp_path / "long.pdf"
    start = time.perf_counter()
    flowables = build(diagram, path, title="Führerschein & <Ersterteilung>")
    seconds = time.perf_counter() - start
    assert seconds < 3.0, f"{seconds:.2f} s for one 200-step diagram"  # ~0.2 s here
    tiles = [f for f in flowables if isinstance(f, DiagramTile)]
    assert len(tiles) == len(plan.tiles) == page_count(path)
    raw = pdf_text(path)
    text = squeezed(raw)
    missing = [box.id for box in diagram.steps if squeezed("".join(box.lines)) not in text]
    assert missing == []
    for box in diagram.steps:  # each label is on one page only: clipped-away copies are not in the PDF
        assert text.count(squeezed("".join(box.lines))) == 1, box.id
    onwards = tr("DiagramPages", "continued in part {n} →", n=2)
    assert onwards.split()[0] in raw  # "Fortsetzung" in German
    assert tr("DiagramPages", "Part {n} of {total}", n=2, total=len(tiles)) in raw
    assert "Führerschein & <Ersterteilung>" in raw


def test_a_lane_taller_than_a_page_is_cut_between_its_rows(tmp_path: Path) -> None:
    """Twelve branches of one decision stack in one lane: that lane alone is taller than the frame."""
    steps = [StepSpec("d", "a", "decision", "Welche Art?", 0)]
    flows = []
    for i in range(12):
        steps.append(StepSpec(f"t{i:02d}", "a", "task", f"Fall{i:02d} bearbeiten", i + 1))
        flows.append(FlowSpec(f"f{i:02d}", "d", f"t{i:02d}", f"Art {i}"))
    steps.append(StepSpec("e", "b", "end", "Ende", 20))
    flows.append(FlowSpec("fe", "t00", "e"))
    diagram = layout(ProcessGraph((LaneSpec("a", "Sachbearbeitung"), LaneSpec("b", "Leitung")), tuple(steps),
                                  tuple(flows)), reuse=False)
    frame_w, frame_h = frame()
    plan = plan_tiles(diagram, frame_w, frame_h)
    check_plan(diagram, plan, frame_w, frame_h)
    assert plan.rows >= 2
    path = tmp_path / "tall.pdf"
    build(diagram, path)
    text = squeezed(pdf_text(path))
    assert all(f"Fall{i:02d}bearbeiten" in text for i in range(12))
    assert text.count("Sachbearbeitung") >= 2  # the header is repeated on each part of the lane


def test_an_empty_diagram_and_hostile_text_make_a_valid_document(tmp_path: Path) -> None:
    empty = layout(ProcessGraph((), (), ()), reuse=False)
    build(empty, tmp_path / "empty.pdf", title="")
    pdf_text(tmp_path / "empty.pdf")
    hostile = 'Prüfen <b>&amp; „Łukasz“ 🚗 \x07 ' + "x" * 400
    graph = ProcessGraph((LaneSpec("a", hostile),), (StepSpec("s1", "a", "task", hostile, 0),), ())
    build(layout(graph, reuse=False), tmp_path / "hostile.pdf", title=hostile)
    assert "Łukasz" in pdf_text(tmp_path / "hostile.pdf")
