"""The analysis (issue #7): the worked examples of REFERENCE §2, small hand-built models, the demo, the CLI."""

from __future__ import annotations

import json
from dataclasses import replace
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from werkstatt import i18n
from werkstatt.analysis.cli import cmd_analyse, cmd_compare, load_analysis
from werkstatt.analysis.compare import compare, variants
from werkstatt.analysis.figures import analyse, analysis_input, media_break_names
from werkstatt.analysis.rates import default_rate_table, normalise_pay_grade, rate_table
from werkstatt.capture import catalogue
from werkstatt.capture.session import CaptureSession
from werkstatt.demo import MODEL_ID, PROCESS_ID, PROCESS_LINES, create_demo, lane_assignments
from werkstatt.edits import Create, InTransaction
from werkstatt.edits.rates import SetRate, stored_rates
from werkstatt.errors import NotFoundError
from werkstatt.model import ProcessModel
from werkstatt.read.model import FlowRow, LaneRow, ModelRow, ModelView, StepRow

ORGS = {"kreis": ("Ennepe-Ruhr-Kreis", "kreis"), "stadt": ("Stadt Witten", "stadt")}


def view(steps: list[tuple], flows: list[tuple[str, str]] = (), *, volume: int | None = 1000,
         lanes: list[tuple[str, str | None, str]] = (("L", "stadt", "E 9a"),), chain: bool = False) -> ModelView:
    """A ModelView from (id, minutes, probability[, kind, lane, medium, block, waiting, it]) tuples."""
    rows = []
    for entry in steps:
        ident, minutes, probability, kind, lane, medium, block, waiting, it = (*entry, *[None] * (9 - len(entry)))
        rows.append(StepRow(id=ident, lane=lane or lanes[0][0], lane_id=lane or lanes[0][0], kind=kind or "task",
                            label=f"Schritt {ident}", block=block or "", processing_minutes=minutes,
                            waiting_minutes=waiting, probability=probability, it_system=it or "",
                            medium=medium or "", notes=""))
    if chain:
        flows = [(a.id, b.id) for a, b in pairwise(rows)]
    return ModelView(
        model=ModelRow(id="m", name="Test", kind="ist", process_id=None, organisation_id=None, case_volume=volume),
        lanes=[LaneRow(id=name, name=name, position=i, organisation_id=org, pay_grade=grade)
               for i, (name, org, grade) in enumerate(lanes)],
        steps=rows, flows=[FlowRow(id=f"f{i}", source=a, target=b, label="") for i, (a, b) in enumerate(flows)],
        pain_points=[])


def run(model: ModelView, **options):
    return analyse(analysis_input(model, ORGS, default_rate_table(), **options))


def codes(result) -> list[str]:
    return [note.code for note in result.notes]


# --- the worked examples of the issue ---------------------------------------------------------------------------

def test_two_variants_by_step_probability_give_9_8_minutes():
    result = run(view([("a", 11, 0.8), ("b", 5, 0.2)], chain=True))
    assert result.time.processing == pytest.approx(9.8)


def test_decision_branches_take_their_target_probability():
    steps = [("s", None, None, "start"), ("d", None, None, "decision"), ("a", 11, 0.8), ("b", 5, 0.2),
             ("e", None, None, "end")]
    result = run(view(steps, [("s", "d"), ("d", "a"), ("d", "b"), ("a", "e"), ("b", "e")]))
    assert result.time.processing == pytest.approx(9.8)
    assert {s.id: s.weight for s in result.steps}["e"] == pytest.approx(1.0)  # the branches join again


def test_branches_without_probability_split_equally_and_the_rest_is_shared():
    steps = [("d", None, None, "decision"), ("a", 10, None), ("b", 20, None), ("c", 30, 0.5)]
    result = run(view(steps, [("d", "a"), ("d", "b"), ("d", "c")]))
    weights = {s.id: s.weight for s in result.steps}
    assert (weights["a"], weights["b"], weights["c"]) == pytest.approx((0.25, 0.25, 0.5))
    assert result.time.processing == pytest.approx(2.5 + 5 + 15)


def test_fte_of_the_worked_example():
    first = run(view([("a", 45, None)], volume=2400), working_minutes_per_fte=86_814)
    second = run(view([("a", 90, None)], volume=900), working_minutes_per_fte=86_814)
    assert first.annual_minutes + second.annual_minutes == pytest.approx(189_000)
    assert first.fte + second.fte == pytest.approx(189_000 / 86_814)
    assert round(first.fte + second.fte, 2) == 2.18
    assert first.rates_used[0].value == 86_814


def test_default_fte_basis_is_employees_hours_times_60_with_its_source():
    result = run(view([("a", 60, None)], volume=1561))
    assert result.fte == pytest.approx(1.0)
    assert result.rates_used[0].key == "minutes:fte" and "KGSt" in result.rates_used[0].source


def test_removing_one_10_minute_step_at_5000_cases_saves_833_3_hours():
    as_is = run(view([("a", 20, None), ("b", 10, None), ("c", 5, None)], chain=True, volume=5000))
    to_be = run(view([("a", 20, None), ("c", 5, None)], chain=True, volume=5000))
    comparison = compare(as_is, to_be)
    assert comparison.hours_saved == pytest.approx(833.333, abs=0.001)
    assert comparison.steps_removed == ("Schritt b",) and comparison.steps_added == ()
    assert comparison.figure("processing").delta == pytest.approx(-10)
    assert comparison.cost_saved == pytest.approx(5000 * 10 / 60 * 63.02)
    json.dumps(comparison.as_dict())


def test_each_missing_value_gets_a_plausibility_note_and_the_analysis_still_answers():
    model = view([("a", None, None), ("b", 10, None, "task", "Bürger")], chain=True, volume=None,
                 lanes=[("L", "stadt", "E 9a"), ("Bürger", None, ""), ("X", None, "Z 99")])
    model.steps.append(replace(model.steps[0], id="x", lane="X", lane_id="X", processing_minutes=1))
    result = run(model)
    assert codes(result).count("step_without_time") == 1
    assert "no_case_volume" in codes(result)
    assert [n.subject for n in result.notes if n.code == "lane_without_pay_grade"] == ["Bürger"]
    assert [n.subject for n in result.notes if n.code == "unknown_pay_grade"] == ["X"]
    assert result.time.processing == 11 and result.annual_cost == 0 and result.fte == 0
    assert {lane.hourly_rate.value for lane in result.lanes if lane.id != "L"} == {0.0}


def test_a_complete_model_has_no_notes():
    assert run(view([("a", 10, None), ("b", 5, None)], chain=True)).notes == ()


# --- handovers, media breaks, loops, IT ---------------------------------------------------------------------------

def test_handovers_between_lanes_and_between_organisations():
    lanes = [("Bürgerbüro", "stadt", "E 8"), ("Fahrerlaubnisbehörde", "kreis", "E 9a"), ("Kunde", None, "")]
    steps = [("a", 1, None, "task", "Kunde"), ("b", 1, None, "task", "Bürgerbüro"),
             ("c", 1, None, "task", "Bürgerbüro"), ("d", 1, None, "task", "Fahrerlaubnisbehörde")]
    result = run(view(steps, chain=True, lanes=lanes))
    assert [(h.from_lane, h.to_lane, h.crosses_organisations) for h in result.handovers] == [
        ("Kunde", "Bürgerbüro", False), ("Bürgerbüro", "Fahrerlaubnisbehörde", True)]
    assert result.organisation_handovers[0].from_organisation == "Stadt Witten"
    assert (result.counts.handovers, result.counts.organisation_handovers, result.counts.organisations) == (2, 1, 2)


def test_media_breaks_by_block_and_by_changing_medium():
    steps = [("a", 1, None, "task", None, "paper"), ("b", 1, None, "task", None, "paper", "Dokument scannen"),
             ("c", 1, None, "task", None, "software"), ("d", 1, None, "task", None, ""),
             ("e", 1, None, "task", None, "email")]
    result = run(view(steps, chain=True))
    assert [(b.reason, b.step.id, b.previous.id if b.previous else None) for b in result.media_breaks] == [
        ("block", "b", None), ("medium", "c", "b")]
    assert result.counts.media_breaks == 2


def test_a_replaced_catalogue_names_its_own_media_break_blocks():
    names = media_break_names(catalogue.load_default().blocks)
    assert "daten in edv uebernehmen" in names
    result = analyse(analysis_input(view([("a", 1, None, "task", None, "", "Formell prüfen")]), ORGS,
                                    default_rate_table(), media_breaks=frozenset({"formell pruefen"})))
    assert result.counts.media_breaks == 1


def test_loops_are_reported_and_counted_once():
    steps = [("a", 10, None), ("d", None, None, "decision"), ("r", 20, 0.3), ("n", 5, None)]
    result = run(view(steps, [("a", "d"), ("d", "r"), ("r", "a"), ("d", "n")]))
    assert [(loop.source.id, loop.target.id) for loop in result.loops] == [("r", "a")]
    weights = {s.id: s.weight for s in result.steps}
    assert weights == pytest.approx({"a": 1, "d": 1, "r": 0.3, "n": 1.0})  # everyone leaves the loop
    assert result.time.processing == pytest.approx(10 + 6 + 5)
    assert "loop" in codes(result)


def test_lead_time_follows_the_longest_path_processing_and_waiting_apart():
    steps = [("s", 1, None, "start"), ("d", None, None, "decision"), ("a", 10, 0.5, "task", None, "", "", 100),
             ("b", 30, 0.5), ("e", 2, None, "end")]
    result = run(view(steps, [("s", "d"), ("d", "a"), ("d", "b"), ("a", "e"), ("b", "e")]))
    assert (result.time.lead_processing, result.time.lead_waiting) == (13, 100)
    assert result.time.lead_path == ("s", "d", "a", "e")
    assert result.time.waiting == pytest.approx(50)


def test_it_systems_and_steps_without_it():
    steps = [("a", 1, None, "task", None, "", "", None, "OK.FS, VOIS"), ("b", 1, None, "task", None, "", "", None,
                                                                          "VOIS"), ("c", 1, None)]
    result = run(view(steps, chain=True))
    assert result.it_systems == ("OK.FS", "VOIS")
    assert [s.id for s in result.steps_without_it] == ["c"]


# --- rates ----------------------------------------------------------------------------------------------------

def test_rate_table_defaults_and_overrides_keep_their_sources():
    table = rate_table({"rate:e9A": (70.0, "Haushalt 2026"), "hours:employee": (1500.0, "")})
    rate, note = table.hourly_rate("E 9a")
    assert (rate.value, rate.source, rate.is_default, note) == (70.0, "Haushalt 2026", False, None)
    assert table.working_hours().value == 1500 and table.working_hours().source
    assert default_rate_table().hourly_rate("a13")[0].value == 106.05
    assert default_rate_table().working_hours("civil_servant").value == 1602
    assert normalise_pay_grade(" e 9A ") == "E 9a"


def test_overhead_is_applied_when_chosen():
    model = view([("a", 60, None)], volume=100)
    plain, office = run(model), run(model, overhead="office")
    assert office.annual_cost == pytest.approx(plain.annual_cost * 1.2)
    assert "overhead:office" in {rate.key for rate in office.rates_used}


# --- the demo and the CLI ------------------------------------------------------------------------------------

def test_the_demo_gives_plausible_figures(store):
    i18n.set_language("en")
    create_demo(store)
    result = load_analysis(store, MODEL_ID)
    lanes = {lane.name: lane for lane in result.lanes}
    assert result.case_volume == 2400
    assert lanes["Bürgerbüro Witten"].hourly_rate.value == 57.26
    assert lanes["Fahrerlaubnisbehörde EN-Kreis"].hourly_rate.value == 64.10  # the Kreis' own rate
    assert lanes["Prüforganisation TÜV"].hourly_rate is None and lanes["Prüforganisation TÜV"].outside  # not costed
    assert any(note.code == "lane_without_pay_grade" for note in result.notes)  # the Bundesdruckerei's lane
    assert result.counts.loops == 2 and result.counts.decisions == 2
    assert result.counts.organisation_handovers == 1 and result.counts.media_breaks >= 1
    # 30 % re-submit documents (10 + 20 min), 25 % repeat the practical test (10 min).
    assert result.time.processing == pytest.approx(188 + 0.3 * 30 + 0.25 * 10)
    # the administrations' effort: the applicant's and the TÜV's minutes are their own (outside parties)
    assert result.annual_hours == pytest.approx(2400 * result.minutes_per_case / 60)
    assert result.minutes_per_case + result.outside_minutes_per_case == pytest.approx(result.time.processing)
    assert 0 < result.fte < 10 and result.annual_cost > 0
    assert result.time.lead_time > result.time.lead_processing > 0


def test_cli_analyse_prints_german_text_and_json(store, capsys):
    create_demo(store)
    assert cmd_analyse(store, MODEL_ID[:8], False) == 0
    text = capsys.readouterr().out
    assert "Führerscheinantrag (Ist)" in text and "2.400" in text
    assert cmd_analyse(store, MODEL_ID, True) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["case_volume"] == 2400 and data["counts"]["steps"] == 21 and data["time"]["lead_time"] > 0
    with pytest.raises(NotFoundError):
        cmd_analyse(store, "ffffffff", False)


def _to_be(store) -> str:
    with store.session() as session:
        applier = InTransaction(session)
        created = applier.apply(Create(ProcessModel, process_id=PROCESS_ID, name="Führerscheinantrag (Soll)",
                                       kind="soll"))
        capture = CaptureSession(applier, created.id, catalogue=catalogue.load_default())
        lines = [line for line in PROCESS_LINES.splitlines()
                 if "Fachverfahren erfassen" not in line and "abgetippt" not in line]
        for number, line in enumerate(lines, start=1):
            capture.enter_line(line, number)
        for edit in lane_assignments(session, created.id):  # the same parties as the as-is
            applier.apply(edit)
        return created.id


def test_cli_compare_shows_the_savings(store, capsys):
    create_demo(store)
    to_be = _to_be(store)
    assert cmd_compare(store, MODEL_ID, to_be, True) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["steps_removed"] == ["Antrag in Fachverfahren erfassen"]
    assert data["hours_saved"] == pytest.approx(2400 * 8 / 60)
    assert [b["step"]["label"] for b in data["media_breaks_removed"]] == ["Antrag in Fachverfahren erfassen"]
    assert cmd_compare(store, MODEL_ID, to_be, False) == 0
    assert "Antrag in Fachverfahren erfassen" in capsys.readouterr().out


def test_stored_rates_of_the_models_organisation_are_used(store):
    create_demo(store)
    with store.session() as session:
        InTransaction(session).apply(SetRate(None, "rate:E 8", 80.0, "Eigene Kalkulation"))
        assert stored_rates(session, None)["rate:E 8"] == (80.0, "Eigene Kalkulation")
    lane = next(lane for lane in load_analysis(store, MODEL_ID).lanes if lane.pay_grade == "E 8")
    assert (lane.hourly_rate.value, lane.hourly_rate.source) == (80.0, "Eigene Kalkulation")


def test_variants_side_by_side():
    a = run(view([("a", 10, None), ("b", 5, None)], chain=True))
    b = run(view([("a", 10, None), ("c", 7, None)], chain=True))
    table = variants([("Stadt Witten", a), ("Stadt Hattingen", b)])
    assert table.only_in == (("Schritt b",), ("Schritt c",)) and table.common == ("Schritt a",)
    assert next(row for row in table.rows if row.key == "processing").values == (15, 17)
    json.dumps(table.as_dict())


def test_as_dict_is_json():
    result = run(view([("a", 10, None), ("d", None, None, "decision"), ("b", 5, None)], chain=True, volume=None))
    data = json.loads(json.dumps(result.as_dict()))
    assert data["time"]["processing"] == 15 and data["notes"][0]["code"] == "no_case_volume"


# --- properties -----------------------------------------------------------------------------------------------

KINDS = st.sampled_from(["task", "task", "decision", "subprocess"])
STEP = st.tuples(st.one_of(st.none(), st.floats(0, 500)), st.one_of(st.none(), st.floats(0, 1)), KINDS)


@st.composite
def models(draw):
    steps = draw(st.lists(STEP, min_size=1, max_size=25))
    rows = [(f"s{i}", minutes, p, kind) for i, (minutes, p, kind) in enumerate(steps)]
    flows = [(f"s{draw(st.integers(0, len(rows) - 1))}", f"s{draw(st.integers(0, len(rows) - 1))}")
             for _ in range(draw(st.integers(0, 2 * len(rows))))]
    return rows, flows, draw(st.integers(1, 100_000))


@given(models(), st.floats(0, 500), st.one_of(st.none(), st.floats(0, 1)), st.booleans())
def test_adding_a_step_never_lowers_processing_time(model, minutes, probability, connect):
    rows, flows, volume = model
    # Forward flows only: inside a loop a new exit rightly takes cases away from the decision's other
    # branches (test_an_exit_added_inside_a_loop_takes_cases_from_the_other_branch).
    flows = [(a, b) for a, b in flows if int(a[1:]) < int(b[1:])]
    before = run(view(rows, flows, volume=volume))
    tasks = [r[0] for r in rows if r[3] != "decision"]
    extra = [(tasks[-1], "new")] if connect and tasks else []
    after = run(view([*rows, ("new", minutes, probability)], [*flows, *extra], volume=volume))
    assert after.time.processing >= before.time.processing - 1e-9
    assert after.counts.steps == before.counts.steps + 1


def test_an_exit_added_inside_a_loop_takes_cases_from_the_other_branch():
    # "d" decides between "back" (which only loops back before "d") and "on" (10 min). Every case
    # leaves through "on" eventually, so "on" carries all cases; once "back" gets its own way out,
    # half the cases leave there and "on" carries the other half.
    rows = [("s", None, None, "start"), ("d", None, None, "decision"), ("back", None, None), ("on", 10, None)]
    flows = [("s", "d"), ("d", "back"), ("d", "on"), ("back", "s")]
    assert run(view(rows, flows)).time.processing == pytest.approx(10)
    exit_ = run(view([*rows, ("out", None, None, "end")], [*flows, ("back", "out")]))
    assert exit_.time.processing == pytest.approx(5)


@given(models())
def test_figures_are_deterministic(model):
    rows, flows, volume = model
    assert run(view(rows, flows, volume=volume)) == run(view(rows, flows, volume=volume))


@given(models(), st.integers(1, 50))
def test_effort_scales_linearly_with_case_volume(model, factor):
    rows, flows, volume = model
    one, many = run(view(rows, flows, volume=volume)), run(view(rows, flows, volume=volume * factor))
    assert many.annual_hours == pytest.approx(one.annual_hours * factor)
    assert many.fte == pytest.approx(one.fte * factor)
    assert many.annual_cost == pytest.approx(one.annual_cost * factor)
