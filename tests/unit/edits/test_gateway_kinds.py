"""Gateway kinds (issue 21, item 12): exclusive, parallel, inclusive, event-based and complex gateways
are step kinds of their own, with their own mark in every picture and their own arithmetic."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pydot
import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from reportlab.graphics.shapes import Circle, Group, Line, Polygon
from sqlalchemy import select

from werkstatt.analysis.cli import describe
from werkstatt.analysis.figures import analyse, analysis_input
from werkstatt.analysis.rates import default_rate_table
from werkstatt.capture.fields import kind_name
from werkstatt.edits import AddStep
from werkstatt.edits.validate import step_kind
from werkstatt.errors import EditError
from werkstatt.layout import FlowSpec, LaneSpec, ProcessGraph, StepSpec, layout
from werkstatt.layout.swimlane import DIAMOND
from werkstatt.model import STEP_KINDS, Step
from werkstatt.model.process import GATEWAY_KINDS, is_gateway
from werkstatt.protocol.content import kind_word
from werkstatt.read.model import FlowRow, LaneRow, ModelRow, ModelView, StepRow
from werkstatt.render import pdf, svg
from werkstatt.render.dot import to_dot
from werkstatt.render.marks import gateway_mark
from werkstatt.render.qt import DiagramScene
from werkstatt.render.room_overview import number_shape
from werkstatt.ui.capture.panel import KIND_MARKS

GATEWAYS = ("decision", "parallel", "inclusive", "event_based", "complex")
NEW = GATEWAYS[1:]


# --- the kinds --------------------------------------------------------------------------------------------------

def test_every_gateway_is_a_step_kind_and_nothing_else_is_a_gateway() -> None:
    assert set(GATEWAYS) == GATEWAY_KINDS <= set(STEP_KINDS)
    assert [k for k in STEP_KINDS if is_gateway(k)] == list(GATEWAYS)
    assert not any(is_gateway(k) for k in ("start", "task", "subprocess", "end", "gateway", ""))


@pytest.mark.parametrize("kind", GATEWAYS)
def test_the_edits_accept_each_gateway_kind_and_store_it(store, editor, kind: str) -> None:
    from werkstatt.edits import Create
    from werkstatt.model import Lane, ProcessModel

    assert step_kind(kind) == kind
    model = editor.apply(Create(ProcessModel, name="Antrag"))
    lane = editor.apply(Create(Lane, model_id=model.id, name="Amt"))
    add = AddStep(model.id, lane.id, "Weiter?", kind=kind)
    editor.apply(add)
    with store.read_session() as session:
        assert session.scalar(select(Step.kind).where(Step.id == add.step_id)) == kind


def test_an_unknown_kind_is_refused_in_a_sentence() -> None:
    with pytest.raises(EditError, match="gateway"):
        step_kind("gateway")


def test_each_kind_has_its_own_name_word_and_list_mark() -> None:
    for names in ([kind_name(k) for k in STEP_KINDS], [kind_word(k) for k in STEP_KINDS],
                  [KIND_MARKS[k] for k in STEP_KINDS]):
        assert len(set(names)) == len(STEP_KINDS), names
    assert kind_name("decision") == "Entscheidung"  # the exclusive gateway keeps its word


def test_the_inspector_offers_and_saves_the_new_kinds(qtbot, demo_workspace) -> None:
    from werkstatt.demo import MODEL_ID
    from werkstatt.ui.capture.inspector import StepInspector

    inspector = StepInspector(demo_workspace, None)
    qtbot.addWidget(inspector)
    offered = [inspector.kind.itemData(i) for i in range(inspector.kind.count())]
    assert set(GATEWAYS) <= set(offered)
    with demo_workspace.reading() as session:
        step_id = session.scalar(select(Step.id).where(Step.model_id == MODEL_ID, Step.kind == "task",
                                                       Step.deleted.is_(False)).order_by(Step.position))
    demo_workspace.select_step(step_id)
    index = inspector.kind.findData("parallel")
    inspector.kind.setCurrentIndex(index)
    inspector.kind.activated.emit(index)
    assert next(s for s in demo_workspace.view().steps if s.id == step_id).kind == "parallel"


# --- layout -----------------------------------------------------------------------------------------------------

def split(kind: str) -> ProcessGraph:
    """start → gateway → two branches in one lane → join task → end."""
    steps = (StepSpec("s", "a", "start", "Los", 0), StepSpec("g", "a", kind, "Wie weiter?", 1),
             StepSpec("x", "a", "task", "Zweig eins", 2), StepSpec("y", "a", "task", "Zweig zwei", 3),
             StepSpec("j", "a", "task", "Zusammenführen", 4), StepSpec("e", "a", "end", "Fertig", 5))
    flows = (FlowSpec("f1", "s", "g"), FlowSpec("f2", "g", "x", "eins"), FlowSpec("f3", "g", "y", "zwei"),
             FlowSpec("f4", "x", "j"), FlowSpec("f5", "y", "j"), FlowSpec("f6", "j", "e"))
    return ProcessGraph((LaneSpec("a", "Amt"),), steps, flows)


@pytest.mark.parametrize("kind", NEW)
def test_every_gateway_is_a_diamond_laid_out_like_a_decision(kind: str) -> None:
    decision, other = layout(split("decision")), layout(split(kind))
    box = other.step("g")
    assert box.kind == kind and (box.shape.w, box.shape.h) == (DIAMOND, DIAMOND)
    # Same size, same branch handling: the two branches stack in one column exactly as a decision's do.
    assert [(b.shape, b.row, b.column) for b in other.steps] == [(b.shape, b.row, b.column) for b in decision.steps]
    assert other.step("x").column == other.step("y").column and other.step("x").row != other.step("y").row


@pytest.mark.parametrize("kind", GATEWAYS)
def test_a_numbered_gateway_grows_like_a_decision(kind: str) -> None:
    from werkstatt.layout.geometry import Rect

    assert number_shape(Rect(0, 0, 10, 10), kind, 30) == number_shape(Rect(0, 0, 10, 10), "decision", 30)


# --- pictures ---------------------------------------------------------------------------------------------------

def step_group(text: str, step_id: str) -> ET.Element:
    root = ET.fromstring(text)
    return next(g for g in root.iter("{http://www.w3.org/2000/svg}g") if g.get("data-step-id") == step_id)


def test_the_svg_marks_each_gateway_in_bpmn_fashion() -> None:
    groups = {}
    for kind in GATEWAYS:
        diagram = layout(split(kind))
        cx, cy = diagram.step("g").center
        text = svg.to_svg(diagram)
        group = step_group(text, "g")
        assert group.get("class") == f"step {kind}"
        groups[kind] = ET.tostring(group)
        n = svg._n
        if kind == "parallel":
            assert (f'd="M{n(cx - 9)},{n(cy)} L{n(cx + 9)},{n(cy)} M{n(cx)},{n(cy - 9)} L{n(cx)},{n(cy + 9)}"'
                    in text)
        elif kind == "decision":  # the X the exports always had
            assert f'd="M{n(cx - 7)},{n(cy - 7)} L{n(cx + 7)},{n(cy + 7)} M{n(cx + 7)},{n(cy - 7)}' in text
    tag = "{http://www.w3.org/2000/svg}"
    inclusive = ET.fromstring(groups["inclusive"])
    assert [c.get("r") for c in inclusive.iter(f"{tag}circle")] == ["7.5"]
    event = ET.fromstring(groups["event_based"])
    assert len(list(event.iter(f"{tag}circle"))) == 2 and len(list(event.iter(f"{tag}polygon"))) == 1
    complex_ = ET.fromstring(groups["complex"])
    assert [p.get("d").count("M") for p in complex_.iter(f"{tag}path")][1:] == [4]  # after the diamond: 4 strokes
    assert len(set(groups.values())) == len(GATEWAYS)


def shapes_of(drawing) -> list[tuple]:
    found = []

    def walk(node) -> None:
        for child in node.getContents():
            if isinstance(child, Group):
                walk(child)
            elif isinstance(child, Line):
                found.append(("line", round(child.x1, 2), round(child.y1, 2), round(child.x2, 2), round(child.y2, 2)))
            elif isinstance(child, Circle):
                found.append(("circle", round(child.cx, 2), round(child.cy, 2), round(child.r, 2)))
            elif isinstance(child, Polygon):
                found.append(("polygon", tuple(round(p, 2) for p in child.points)))
    walk(drawing)
    return found


def test_the_pdf_draws_each_mark_and_renders(tmp_path: Path) -> None:
    drawn = {kind: shapes_of(pdf.to_drawing(layout(split(kind)))) for kind in GATEWAYS}
    assert len({tuple(shapes) for shapes in drawn.values()}) == len(GATEWAYS)
    base = set(drawn["decision"])
    assert sum(1 for s in set(drawn["parallel"]) - base if s[0] == "line") == 2
    assert sum(1 for s in set(drawn["inclusive"]) - base if s[0] == "circle") == 1
    assert sum(1 for s in set(drawn["complex"]) - base if s[0] == "line") == 4
    extra = set(drawn["event_based"]) - base
    assert {s[0] for s in extra} == {"circle", "polygon"}
    for kind in NEW:
        path = pdf.to_pdf(layout(split(kind)), tmp_path / f"{kind}.pdf")
        assert path.read_bytes().startswith(b"%PDF")
        check = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True, check=False)
        assert check.returncode == 0, check.stdout + check.stderr


def scene_picture(kind: str, scale: int = 3) -> tuple[QImage, tuple[float, float]]:
    diagram = layout(split(kind))
    scene = DiagramScene()
    scene.show(diagram)
    image = QImage(round(diagram.width * scale), round(diagram.height * scale), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    scene.render(painter, QRectF(image.rect()), scene.diagram_rect())  # the diagram, not the room past it
    painter.end()
    scene.clear()
    cx, cy = diagram.step("g").center
    return image, (cx * scale, cy * scale)


def dark(image: QImage, x: float, y: float) -> bool:
    return QColor(image.pixel(round(x), round(y))).lightness() < 100


def test_the_console_scene_draws_the_mark_of_each_gateway(qtbot) -> None:
    s = 3  # picture pixels per scene pixel
    pictures = {kind: scene_picture(kind, s) for kind in GATEWAYS}
    image, (x, y) = pictures["decision"]
    assert not dark(image, x, y) and not dark(image, x + 7.5 * s, y)  # the console's decision stays plain
    image, (x, y) = pictures["parallel"]
    assert dark(image, x, y) and dark(image, x + 8 * s, y) and dark(image, x, y - 8 * s)
    assert not dark(image, x + 5 * s, y + 5 * s)
    image, (x, y) = pictures["inclusive"]
    assert not dark(image, x, y) and dark(image, x + 7.5 * s, y) and dark(image, x, y - 7.5 * s)
    image, (x, y) = pictures["event_based"]
    assert dark(image, x + 10 * s, y) and dark(image, x + 8 * s, y) and not dark(image, x + 9 * s, y)
    image, (x, y) = pictures["complex"]
    assert dark(image, x, y) and dark(image, x + 5 * s, y + 5 * s) and dark(image, x + 8 * s, y)
    images = [pictures[k][0] for k in GATEWAYS]
    assert all(a != b for i, a in enumerate(images) for b in images[i + 1:])


def test_the_projector_overview_draws_the_marks_where_labels_are_readable(qtbot) -> None:
    from werkstatt.ui.projector.overview import OverviewPage

    scene = DiagramScene()
    scene.show(layout(split("parallel")))
    page = OverviewPage(scene)
    qtbot.addWidget(page)
    page.set_min_font(8)
    page.resize(1600, 500)
    placement = page.placement()
    assert not placement.numbers
    rect = page.step_rects()["g"]
    image = page.grab().toImage()
    ratio = image.width() / page.width()
    centre = rect.center()
    assert dark(image, centre.x() * ratio, centre.y() * ratio)
    assert not dark(image, (centre.x() + rect.width() / 6) * ratio, (centre.y() + rect.height() / 6) * ratio)
    page.detach()
    scene.clear()


def test_dot_draws_diamonds_with_the_mark_and_graphviz_lays_them_out(tmp_path: Path) -> None:
    steps = tuple(StepSpec(f"s{i}", "a", kind, f"Weiche {i}", i) for i, kind in enumerate(GATEWAYS))
    graph = ProcessGraph((LaneSpec("a", "Amt"),), steps, ())
    text = to_dot(graph)
    (parsed,) = pydot.graph_from_dot_data(text)
    nodes = {n.get_name(): n for sub in parsed.get_subgraphs() for n in sub.get_nodes()}
    assert {nodes[f"s{i}"].get_shape() for i in range(len(GATEWAYS))} == {"diamond"}
    assert nodes["s0"].get_label() == '"Weiche 0"'
    assert [nodes[f"s{i}"].get_label() for i in range(1, 5)] == ['"+"', '"○"', '"◎"', '"*"']
    assert nodes["s1"].get("xlabel") == '"Weiche 1"'
    source = tmp_path / "g.dot"
    source.write_text(text, encoding="utf-8")
    result = subprocess.run(["dot", "-Tsvg", str(source)], capture_output=True, text=True, check=False)
    assert result.returncode == 0 and "Weiche 4" in result.stdout


@pytest.mark.parametrize("kind", GATEWAYS)
def test_each_mark_stays_inside_its_diamond(kind: str) -> None:
    for stroke in gateway_mark(kind, 0, 0, DIAMOND):
        reach = max(abs(x) + abs(y) for x, y in stroke.points) + (stroke.radius * 2 ** 0.5)
        assert reach + stroke.width < DIAMOND / 2
    assert gateway_mark("task", 0, 0) == ()


# --- analysis ---------------------------------------------------------------------------------------------------

def model(kind: str, *, p1: float | None = None, p2: float | None = None) -> ModelView:
    """start → gateway → branch a (10 min, then a2 with 0 min) | branch b (20 min) → join → end."""
    rows = [("s", "start", None, None), ("g", kind, None, None), ("a", "task", 10, p1), ("a2", "task", 0, None),
            ("b", "task", 20, p2), ("j", kind if kind == "parallel" else "task", None, None),
            ("e", "end", None, None)]
    flows = [("s", "g"), ("g", "a"), ("g", "b"), ("a", "a2"), ("a2", "j"), ("b", "j"), ("j", "e")]
    return ModelView(
        model=ModelRow(id="m", name="Test", kind="ist", process_id=None, organisation_id=None, case_volume=1000),
        lanes=[LaneRow(id="L", name="L", position=0, organisation_id=None, pay_grade="E 9a")],
        steps=[StepRow(id=i, lane="L", lane_id="L", kind=k, label=f"Schritt {i}", block="",
                       processing_minutes=minutes, waiting_minutes=None, probability=p, it_system="",
                       medium="", notes="") for i, k, minutes, p in rows],
        flows=[FlowRow(id=f"f{n}", source=a, target=b, label="") for n, (a, b) in enumerate(flows)],
        pain_points=[])


def run(view: ModelView):
    return analyse(analysis_input(view, {}, default_rate_table()))


def weight(result, step_id: str) -> float:
    return next(s.weight for s in result.steps if s.id == step_id)


def test_a_parallel_split_does_every_branch_and_waits_for_the_longest() -> None:
    result = run(model("parallel"))
    assert result.time.processing == pytest.approx(30)  # 10 + 20: both branches are worked
    assert result.time.lead_time == pytest.approx(20)  # they run at once: the longer one counts
    assert result.time.lead_path == ("s", "g", "b", "j", "e")
    assert weight(result, "j") == pytest.approx(1.0)  # the join is passed once, not twice
    assert weight(result, "a2") == pytest.approx(1.0)
    assert (result.counts.decisions, result.counts.parallel_splits) == (0, 1)  # the join is no split


@pytest.mark.parametrize("kind", ["decision", "event_based"])
def test_an_exclusive_split_of_50_50_takes_the_expected_15_minutes(kind: str) -> None:
    result = run(model(kind, p1=0.5, p2=0.5))
    assert result.time.processing == pytest.approx(15)
    assert run(model(kind)).time.processing == pytest.approx(15)  # no probabilities: split equally
    assert (result.counts.decisions, result.counts.parallel_splits) == (1, 0)


@pytest.mark.parametrize("kind", ["inclusive", "complex"])
def test_inclusive_and_complex_branches_happen_each_on_its_own_probability(kind: str) -> None:
    result = run(model(kind, p1=0.8, p2=0.6))
    assert result.time.processing == pytest.approx(0.8 * 10 + 0.6 * 20)  # more than 100 % together: allowed
    assert "branches_over_100" not in [note.code for note in result.notes]
    assert (weight(result, "a"), weight(result, "b")) == pytest.approx((0.8, 0.6))
    assert weight(result, "a2") == pytest.approx(0.8)  # a branch, not an optional step: what follows it too
    assert run(model(kind)).time.processing == pytest.approx(30)  # no probability given: always taken
    assert run(model(kind, p1=0.5)).time.processing == pytest.approx(25)
    assert result.counts.decisions == 1


def test_a_probability_after_a_parallel_split_makes_an_optional_step() -> None:
    result = run(model("parallel", p1=0.3))
    assert result.time.processing == pytest.approx(3 + 20)
    assert weight(result, "a2") == pytest.approx(1.0) and weight(result, "j") == pytest.approx(1.0)


def test_the_cli_names_parallel_splits_only_where_there_are_some() -> None:
    assert any("Parallel" in line for line in describe(run(model("parallel"))))
    assert not any("Parallel" in line for line in describe(run(model("decision"))))


KINDS = st.sampled_from(["task", "task", "subprocess", *GATEWAYS])


@st.composite
def models(draw):
    count = draw(st.integers(1, 15))
    rows = [(f"s{i}", draw(st.one_of(st.none(), st.floats(0, 500))), draw(st.one_of(st.none(), st.floats(0, 1))),
             draw(KINDS)) for i in range(count)]
    # Forward flows only: with loops, an exit added inside a loop rightly moves cases (see test_analysis).
    pairs = [sorted(draw(st.lists(st.integers(0, count - 1), min_size=2, max_size=2, unique=True)))
             for _ in range(draw(st.integers(0, 2 * count)))] if count > 1 else []
    return rows, [(f"s{a}", f"s{b}") for a, b in pairs]


def view_of(rows, flows) -> ModelView:
    return ModelView(
        model=ModelRow(id="m", name="T", kind="ist", process_id=None, organisation_id=None, case_volume=100),
        lanes=[LaneRow(id="L", name="L", position=0, organisation_id=None, pay_grade="E 9a")],
        steps=[StepRow(id=i, lane="L", lane_id="L", kind=k, label=i, block="", processing_minutes=m,
                       waiting_minutes=None, probability=p, it_system="", medium="", notes="")
               for i, m, p, k in rows],
        flows=[FlowRow(id=f"f{n}", source=a, target=b, label="") for n, (a, b) in enumerate(flows)],
        pain_points=[])


@given(models(), st.floats(0, 500), st.one_of(st.none(), st.floats(0, 1)), st.booleans())
def test_with_every_gateway_adding_a_step_never_lowers_processing_time(model_, minutes, probability, connect):
    rows, flows = model_
    before = run(view_of(rows, flows))
    # A new branch of an exclusive gateway takes cases from the others, and a second branch of an inclusive
    # one turns its first from an optional step into a branch; from a task or a parallel gateway it only adds.
    sources = [r[0] for r in rows if r[3] not in ("decision", "event_based", "inclusive", "complex")]
    extra = [(sources[-1], "new")] if connect and sources else []
    after = run(view_of([*rows, ("new", minutes, probability, "task")], [*flows, *extra]))
    assert after.time.processing >= before.time.processing - 1e-9
    assert all(0.0 <= s.weight <= 1.0 for s in after.steps)
