"""Properties of the swimlane layout over random processes, and a few hand-made cases."""

from __future__ import annotations

import itertools
import json
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers.paths import DATA
from werkstatt.layout import swimlane
from werkstatt.layout.geometry import Diagram, Rect
from werkstatt.layout.graph import FlowSpec, LaneSpec, ProcessGraph, StepSpec
from werkstatt.layout.swimlane import layout
from werkstatt.layout.text import text_width, wrap

WORDS = ["Antrag", "prüfen", "Bürgerbüro", "Unterlagen", "nachfordern", "Gebühr", "kassieren", "Akte", "an",
         "Kreis", "senden", "Führerschein", "ausdrucken", "Bescheid", "erstellen", "Straßenverkehrsamt", "und",
         "Fahrerlaubnisbehördenzuständigkeitsprüfung", "ß", "Ü", "Łukasz", "Çelik", "🚗", "Rückfrage"]


@st.composite
def processes(draw, max_steps: int = 400) -> ProcessGraph:
    lane_count = draw(st.integers(1, 10))
    lanes = tuple(LaneSpec(f"L{i}", f"Bahn {i}") for i in range(lane_count))
    count = draw(st.integers(1, max_steps))
    steps: list[StepSpec] = []
    flows: list[FlowSpec] = []
    kinds = st.sampled_from(["task"] * 8 + ["decision", "decision", "subprocess", "end"])
    label = st.lists(st.sampled_from(WORDS), min_size=1, max_size=7).map(" ".join)
    for i in range(count):
        kind = "start" if i == 0 else draw(kinds)
        steps.append(StepSpec(f"s{i:03d}", f"L{draw(st.integers(0, lane_count - 1))}", kind, draw(label), float(i)))
        if i > 0:
            # Mostly from the step before (as typed); sometimes from an earlier decision (a branch).
            source = i - 1 if draw(st.integers(0, 4)) else draw(st.integers(max(0, i - 6), i - 1))
            flows.append(FlowSpec(f"f{len(flows):03d}", f"s{source:03d}", f"s{i:03d}",
                                  draw(st.sampled_from(["", "", "ja", "nein"]))))
    for _ in range(draw(st.integers(0, max(1, count // 15)))):  # loops back
        a = draw(st.integers(0, count - 1))
        b = draw(st.integers(0, a))
        flows.append(FlowSpec(f"f{len(flows):03d}", f"s{a:03d}", f"s{b:03d}", "nein"))
    return ProcessGraph(lanes, tuple(steps), tuple(flows))


def crosses(segment: tuple, rect: Rect) -> bool:
    (x1, y1), (x2, y2) = segment
    if y1 == y2:
        return rect.y < y1 < rect.bottom and max(min(x1, x2), rect.x) < min(max(x1, x2), rect.right)
    return rect.x < x1 < rect.right and max(min(y1, y2), rect.y) < min(max(y1, y2), rect.bottom)


def on_border(point: tuple[float, float], rect: Rect) -> bool:
    x, y = point
    inside = rect.x <= x <= rect.right and rect.y <= y <= rect.bottom
    return inside and (x in (rect.x, rect.right) or y in (rect.y, rect.bottom))


def check_diagram(graph: ProcessGraph, diagram: Diagram) -> None:
    boxes = {box.id: box for box in diagram.steps}
    assert set(boxes) == {s.id for s in graph.steps}
    bands = {lane.id: lane.rect for lane in diagram.lanes}
    for a, b in itertools.combinations(diagram.steps, 2):
        assert not a.bounds.overlaps(b.bounds), (a.id, b.id)
    for box in diagram.steps:
        assert bands[box.lane].contains(box.bounds), box.id
        assert box.bounds.contains(box.shape) and box.bounds.contains(box.text)
        if box.kind in ("task", "subprocess"):
            assert box.shape.contains(box.text)
            for line in box.lines:
                assert text_width(line, diagram.style.font_size) <= box.text.w + 0.01, line
        assert len(box.lines) * diagram.style.line_height <= box.text.h + 0.01
    for route in diagram.flows:
        points = route.points
        assert len(points) >= 2
        segments = list(itertools.pairwise(points))
        for (x1, y1), (x2, y2) in segments:
            assert x1 == x2 or y1 == y2, f"{route.id} is not orthogonal"
        assert on_border(points[0], boxes[route.source].shape), route.id
        assert on_border(points[-1], boxes[route.target].shape), route.id
        for box in diagram.steps:
            own = box.id in (route.source, route.target)
            for index, segment in enumerate(segments):
                if own and ((index == 0 and box.id == route.source) or (index == len(segments) - 1
                            and box.id == route.target)):
                    continue  # the stubs touch their own box at its port
                assert not crosses(segment, box.bounds), (route.id, index, box.id)
    check_no_overlapping_flows(diagram)


def check_no_overlapping_flows(diagram: Diagram) -> None:
    def runs(route):
        for (x1, y1), (x2, y2) in itertools.pairwise(route.points):
            if y1 == y2 and x1 != x2:
                yield ("h", y1, min(x1, x2), max(x1, x2))
            elif x1 == x2 and y1 != y2:
                yield ("v", x1, min(y1, y2), max(y1, y2))

    by_line: dict[tuple, list] = {}
    for route in diagram.flows:
        for axis, at, low, high in runs(route):
            by_line.setdefault((axis, at), []).append((low, high, route))
    for members in by_line.values():
        for (low1, high1, r1), (low2, high2, r2) in itertools.combinations(members, 2):
            if r1 is r2 or r1.source == r2.source or r1.target == r2.target:
                continue  # flows from one tip or into one tip may share their stub
            assert min(high1, high2) - max(low1, low2) <= 0, (r1.id, r2.id)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(processes())
def test_random_processes_are_laid_out_cleanly(graph: ProcessGraph) -> None:
    diagram = layout(graph)
    check_diagram(graph, diagram)
    assert layout(graph) == diagram  # deterministic


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(processes(max_steps=150), st.data())
def test_the_keystroke_path_gives_the_same_result_as_a_full_layout(graph: ProcessGraph, data) -> None:
    layout(graph)
    index = data.draw(st.integers(0, len(graph.steps) - 1))
    typed = data.draw(st.sampled_from(["", "n", " und prüfen", " Fahrerlaubnisbehördenzuständigkeit", *WORDS]))
    steps = list(graph.steps)
    steps[index] = steps[index].__class__(steps[index].id, steps[index].lane, steps[index].kind,
                                          steps[index].label + typed, steps[index].position)
    changed = ProcessGraph(graph.lanes, tuple(steps), graph.flows)
    assert layout(changed) == layout(changed, reuse=False)
    assert layout(graph) == layout(graph, reuse=False)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(processes(max_steps=120), st.data())
def test_appending_a_step_moves_no_box(graph: ProcessGraph, data) -> None:
    before = layout(graph)
    last = max(graph.steps, key=lambda s: s.position)
    lane = data.draw(st.sampled_from([lane.id for lane in graph.lanes]))
    label = data.draw(st.lists(st.sampled_from(WORDS[:17]), min_size=1, max_size=4).map(" ".join))
    new = StepSpec("zzz-new", lane, "task", label, last.position + 1)
    flows = (*graph.flows, FlowSpec("zzz-flow", last.id, new.id)) if last.kind != "end" else graph.flows
    after = layout(ProcessGraph(graph.lanes, (*graph.steps, new), flows))
    moved = [box.id for box in before.steps if after.step(box.id) != box]
    assert moved == []


SHORT_LABELS = ["Antrag prüfen", "Akte senden", "Gebühr kassieren", "Bescheid erstellen", "Rückfrage"]


@st.composite
def appends(draw) -> tuple[ProcessGraph, ProcessGraph, str]:
    """A process, the same process with one to three steps appended, and how ``layout`` must get there.

    "append" when nothing can move (a short task after the last step, in any lane, maybe with a loop
    back), "full" when a step lands in the middle of the order or a new flow joins two earlier steps,
    "" when either may be right (a long label may make a row taller, a branch may stack a row).
    """
    graph = draw(processes(max_steps=120))
    lanes, steps, flows = list(graph.lanes), list(graph.steps), list(graph.flows)
    count = draw(st.integers(1, 3))
    expected = "append"
    for k in range(count):
        if len(lanes) < 12 and not draw(st.integers(0, 3)):
            lanes.append(LaneSpec(f"N{k}", f"Neue Bahn {k}"))
        lane = draw(st.sampled_from(lanes)).id
        kind = draw(st.sampled_from(["task", "task", "task", "decision", "subprocess", "end"]))
        long = draw(st.booleans())
        label = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=9).map(" ".join) if long
                     else st.sampled_from(SHORT_LABELS))
        source = steps[-1] if draw(st.integers(0, 2)) else draw(st.sampled_from(steps))
        new = StepSpec(f"n{k}", lane, kind, label, steps[-1].position + 1)
        if count > 1 or kind != "task" or long or source is not steps[-1]:
            expected = ""
        at = len(flows) if draw(st.booleans()) else draw(st.integers(0, len(flows)))  # anywhere in the flows
        flows.insert(at, FlowSpec(f"g{k}", source.id, new.id, draw(st.sampled_from(["", "ja"]))))
        if not draw(st.integers(0, 3)):
            flows.append(FlowSpec(f"h{k}", new.id, draw(st.sampled_from(steps)).id, "nein"))
        steps.append(new)
    if len(graph.steps) > 1 and not draw(st.integers(0, 5)):  # a step typed between two earlier ones
        index = draw(st.integers(1, len(graph.steps) - 1))
        steps[-1] = steps[-1].__class__(steps[-1].id, steps[-1].lane, steps[-1].kind, steps[-1].label,
                                        graph.steps[index].position - 0.5)
        expected = "full"
    elif len(graph.steps) > 1 and not draw(st.integers(0, 5)):  # a new flow between earlier steps
        a, b = draw(st.sampled_from(graph.steps)), draw(st.sampled_from(graph.steps))
        flows.append(FlowSpec("between", a.id, b.id))
        expected = "full"
    if not draw(st.integers(0, 3)):  # the first new flow was there before, naming a step not typed yet
        known = {flow.id for flow in graph.flows} | {"g0"}
        graph = ProcessGraph(graph.lanes, graph.steps, tuple(flow for flow in flows if flow.id in known))
    return graph, ProcessGraph(tuple(lanes), tuple(steps), tuple(flows)), expected


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(appends())
def test_an_append_gives_the_same_result_as_a_full_layout(case) -> None:
    before, after, expected = case
    layout(before)
    diagram = layout(after)
    if expected:
        assert swimlane._previous.path == expected
    assert diagram == layout(after, reuse=False)


def test_a_process_typed_step_by_step_is_laid_out_by_appends_as_if_afresh() -> None:
    """As in a workshop: each step typed after the last, now and then a branch, a loop back, a new lane
    or a label typed on; after every edit the layout equals a full one, and most edits were appends."""
    chance = random.Random(18)
    paths: list[str] = []
    for _ in range(3):
        lanes = [LaneSpec("L0", "Bürgerbüro")]
        steps: list[StepSpec] = []
        flows: list[FlowSpec] = []
        for i in range(120):
            if chance.random() < 0.04:
                lanes.append(LaneSpec(f"L{len(lanes)}", f"Bahn {len(lanes)}"))
            kind = "start" if i == 0 else chance.choice(["task"] * 6 + ["decision", "subprocess"])
            label = " ".join(chance.choices(WORDS, k=chance.randint(1, 4)))
            steps.append(StepSpec(f"s{i:03d}", chance.choice(lanes).id, kind, label, float(i)))
            if i:
                decisions = [s for s in steps[-8:-1] if s.kind == "decision"]
                source = chance.choice(decisions) if decisions and chance.random() < 0.3 else steps[-2]
                flows.append(FlowSpec(f"f{len(flows):03d}", source.id, steps[-1].id))
            if i > 3 and chance.random() < 0.08:
                flows.append(FlowSpec(f"f{len(flows):03d}", steps[-1].id, chance.choice(steps[:-1]).id, "nein"))
            graph = ProcessGraph(tuple(lanes), tuple(steps), tuple(flows))
            assert layout(graph) == layout(graph, reuse=False), i
            paths.append(swimlane._previous.path)
            if chance.random() < 0.2:  # the label typed on: the keystroke path, then the next append
                steps[-1] = StepSpec(steps[-1].id, steps[-1].lane, kind, label + " und prüfen", float(i))
                graph = ProcessGraph(tuple(lanes), tuple(steps), tuple(flows))
                assert layout(graph) == layout(graph, reuse=False), i
    assert paths.count("append") > 0.8 * len(paths), {path: paths.count(path) for path in set(paths)}


def _chain(lanes: str, *steps: tuple[str, str, tuple[str, ...]]) -> ProcessGraph:
    """Lanes named by letters; steps as (id, lane, predecessors), all tasks, in capture order."""
    return ProcessGraph(
        tuple(LaneSpec(lane, lane) for lane in lanes),
        tuple(StepSpec(step_id, lane, "task", step_id, float(i)) for i, (step_id, lane, _) in enumerate(steps)),
        tuple(FlowSpec(f"{pred}-{step_id}", pred, step_id) for step_id, _, preds in steps for pred in preds),
    )


BEFORE_STRAIGHT = (("s", "A", ()), ("x", "B", ("s",)), ("y", "B", ("x",)), ("w", "B", ("y",)), ("e", "A", ("s", "w")))
BEFORE_PORTS = (("b", "B", ()), ("s", "C", ()), ("c1", "C", ("s",)), ("c2", "C", ("c1",)), ("t", "A", ("s", "c2")))


@pytest.mark.parametrize(("lanes", "before", "new"), [
    # s → e runs straight along lane A over two empty cells; the new step lands in the first of them.
    ("AB", BEFORE_STRAIGHT, ("n", "A", ("s",))),
    # s → t leaves s upwards; s → n does too and, heading to a nearer row, takes the port nearer the middle.
    ("ABC", BEFORE_PORTS, ("n", "B", ("s",))),
])
def test_an_append_reroutes_the_earlier_flows_it_affects(lanes, before, new) -> None:
    old = layout(_chain(lanes, *before))
    graph = _chain(lanes, *before, new)
    diagram = layout(graph)
    assert swimlane._previous.path == "append"
    assert diagram == layout(graph, reuse=False)
    assert [route for route in diagram.flows if route in old.flows] != list(old.flows)  # an earlier flow changed
    check_diagram(graph, diagram)


def test_branches_of_a_decision_in_one_lane_stack_and_the_lane_grows() -> None:
    lanes = (LaneSpec("a", "Bürgerbüro"), LaneSpec("b", "Kreis"))
    steps = (StepSpec("d", "a", "decision", "Vollständig?", 0), StepSpec("x", "a", "task", "Nachfordern", 1),
             StepSpec("y", "a", "task", "Weiter", 2), StepSpec("z", "b", "task", "Prüfen", 3))
    flows = (FlowSpec("1", "d", "x", "nein"), FlowSpec("2", "d", "y", "ja"), FlowSpec("3", "y", "z"))
    diagram = layout(ProcessGraph(lanes, steps, flows))
    x, y = diagram.step("x"), diagram.step("y")
    assert x.column == y.column and x.row != y.row
    assert diagram.lanes[0].rect.h > diagram.lanes[1].rect.h
    check_diagram(ProcessGraph(lanes, steps, flows), diagram)


def test_a_loop_back_is_routed_below_its_row() -> None:
    lanes = (LaneSpec("a", "Fahrerlaubnisbehörde"),)
    steps = (StepSpec("p", "a", "task", "Antrag prüfen", 0), StepSpec("d", "a", "decision", "Vollständig?", 1))
    flows = (FlowSpec("1", "p", "d"), FlowSpec("2", "d", "p", "nein"))
    diagram = layout(ProcessGraph(lanes, steps, flows))
    loop = next(f for f in diagram.flows if f.id == "2")
    assert loop.back and max(y for _, y in loop.points) > diagram.step("p").shape.bottom
    assert loop.label_at is not None


def test_long_compound_words_are_hyphenated_not_overflowing() -> None:
    lines = wrap("Kraftfahrzeughaftpflichtversicherungsbescheinigung anfordern", 134, 13)
    assert len(lines) >= 3 and lines[0].endswith("-")
    assert all(text_width(line, 13) <= 134 for line in lines)


def test_empty_and_odd_graphs() -> None:
    assert layout(ProcessGraph((), (), ())).steps == ()
    lanes = (LaneSpec("a", "Leer"), LaneSpec("b", "Auch leer"))
    diagram = layout(ProcessGraph(lanes, (StepSpec("s", "gone", "task", "verwaist", 0),),
                                  (FlowSpec("f", "s", "nowhere"),)))
    assert len(diagram.lanes) == 2 and diagram.steps == () and diagram.flows == ()


PEER_CASES = DATA / "peer-cases"  # the peers' benchmark processes (see README)


@pytest.mark.parametrize("name", ["n0030_l5", "n0100_l3", "n0300_l8"])
def test_peer_cases(name: str) -> None:
    graph = ProcessGraph.from_case(json.loads((PEER_CASES / f"{name}.json").read_text(encoding="utf-8")))
    check_diagram(graph, layout(graph))


def test_the_demo_model_is_laid_out_cleanly(store) -> None:
    from werkstatt.demo import MODEL_ID, create_demo
    from werkstatt.read import model as queries

    create_demo(store)
    with store.read_session() as session:
        graph = ProcessGraph.from_view(queries.model_view(session, MODEL_ID))
    diagram = layout(graph)
    check_diagram(graph, diagram)
    decisions = [box for box in diagram.steps if box.kind == "decision"]
    assert len(decisions) == 2 and all(box.lines for box in decisions)
    assert sum(route.back for route in diagram.flows) == 2
    # Handovers straight down or up keep the demo narrow enough for a projector.
    assert max(box.column for box in diagram.steps) + 1 < len(diagram.steps) * 0.75


def test_the_layout_knows_every_kind_of_step_the_model_has() -> None:
    from werkstatt.layout.graph import STEP_KINDS
    from werkstatt.model import STEP_KINDS as MODEL_KINDS

    assert STEP_KINDS == MODEL_KINDS
