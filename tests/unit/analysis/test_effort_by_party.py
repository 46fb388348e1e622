"""Effort by party (issue 19): the administrations' hours, FTE and cost apart from the outside parties' time.

The demo marks the applicant and the TÜV as outside parties (organisations of kind "extern"); their
minutes are the Erfüllungsaufwand of the Normenkontrollrat — hours, never staff or cost.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from werkstatt.analysis.cli import cmd_analyse, describe, load_analysis
from werkstatt.analysis.compare import compare
from werkstatt.analysis.figures import analyse, analysis_input
from werkstatt.analysis.rates import default_rate_table
from werkstatt.demo import APPLICANTS, MODEL_ID, TESTING_BODY
from werkstatt.i18n.format import format_duration
from werkstatt.protocol.figures_text import effort_lines
from werkstatt.read.model import FlowRow, LaneRow, ModelRow, ModelView, StepRow

MINUTES_PER_FTE = 1561 * 60  # KGSt: 1,561 working hours of an employee


@pytest.fixture
def demo_effort(english, demo_store):
    """The demo model's effort analysis, its party names in their English source form."""
    return load_analysis(demo_store, MODEL_ID)


def test_the_demo_counts_the_administrations_effort_only(demo_effort) -> None:
    # Witten's Bürgerbüro 26 min, the Kreis 40 min (12 + 30 % × 10 + 5 + 5 + 5 + 4 + 6) per case, 2,400 cases
    assert demo_effort.minutes_per_case == pytest.approx(66)
    assert demo_effort.annual_hours == pytest.approx(2640)
    assert demo_effort.fte == pytest.approx(2640 * 60 / MINUTES_PER_FTE) and round(demo_effort.fte, 2) == 1.69
    assert demo_effort.annual_cost == pytest.approx(1040 * 57.26 + 1600 * 64.10)  # 162,110.40 €
    parties = {p.name: p for p in demo_effort.administrations}
    assert list(parties) == ["Stadt Witten", "Ennepe-Ruhr-Kreis", "Bundesdruckerei"]  # a lane without organisation
    assert (parties["Stadt Witten"].annual_hours, round(parties["Stadt Witten"].fte, 2)) == (1040, 0.67)
    assert parties["Ennepe-Ruhr-Kreis"].annual_cost == pytest.approx(102_560)
    assert sum(p.fte for p in demo_effort.administrations) == pytest.approx(demo_effort.fte)


def test_the_applicant_and_the_tuv_are_reported_apart(demo_effort) -> None:
    outside = {p.name: p for p in demo_effort.outside_parties}
    assert list(outside) == [APPLICANTS, TESTING_BODY]
    # the applicant: 15 min + 30 % re-submit (20 min) + 25 % arrange a repeat test (10 min)
    assert (outside[APPLICANTS].minutes_per_case, outside[APPLICANTS].annual_hours) == (23.5, 940)
    assert (outside[TESTING_BODY].minutes_per_case, outside[TESTING_BODY].annual_hours) == (110, 4400)
    assert all(p.fte is None and p.annual_cost is None and p.outside for p in outside.values())
    assert demo_effort.outside_annual_hours == pytest.approx(5340)
    # the time per case still covers the whole process, every lane
    assert demo_effort.time.processing == pytest.approx(199.5)
    # no pay grade note and no 0 € rate for a party that is not costed at all
    outside_lanes = {lane.id for lane in demo_effort.lanes if lane.outside}
    assert not any(note.subject in outside_lanes for note in demo_effort.notes)
    assert all(lane.hourly_rate is None and lane.annual_cost == 0 for lane in demo_effort.lanes if lane.outside)
    # handovers to an outside party are no interfaces between administrations; the counts stay as they were
    counts = demo_effort.counts
    assert (counts.organisations, counts.outside_parties, counts.organisation_handovers) == (2, 2, 1)
    lines = effort_lines(demo_effort)
    assert [line.outside for line in lines] == [False, False, False, True, True]
    assert lines[-1].fte is None and lines[-1].cost_per_year is None and lines[0].fte == pytest.approx(1040 / 1561)


def test_analyse_text_and_json(store, demo_effort, capsys) -> None:
    text = "\n".join(describe(demo_effort))  # in English, with English numbers (issue 22: not German ones)
    assert "Annual effort of the administrations: 2,640.0 h = 1.69 FTE, annual cost: 162,110.40 €" in text
    assert f"{TESTING_BODY}: 110.0 min per case, 4,400.0 h per year" in text
    assert "Time of outside parties (not in FTE and cost): 133.5 min per case, 5,340.0 h per year" in text
    assert "minutes:fte" not in text and "rate:" not in text and "1,561 h/year" in text
    assert cmd_analyse(store, MODEL_ID, True) == 0
    data = json.loads(capsys.readouterr().out)
    admin, outside = data["administrations"], data["outside_parties"]
    assert (admin["annual_hours"], round(admin["fte"], 2), round(admin["annual_cost"], 2)) == (2640, 1.69, 162110.4)
    assert data["annual_hours"] == admin["annual_hours"] and data["fte"] == admin["fte"]
    assert [p["name"] for p in admin["parties"]] == ["Stadt Witten", "Ennepe-Ruhr-Kreis", "Bundesdruckerei"]
    assert outside["annual_hours"] == 5340 and outside["minutes_per_case"] == 133.5
    assert [(p["name"], p["minutes_per_case"], p["annual_hours"]) for p in outside["parties"]] == [
        (APPLICANTS, 23.5, 940), (TESTING_BODY, 110, 4400)]
    assert all("fte" not in p and "annual_cost" not in p for p in outside["parties"])


def test_the_command_line_writes_the_keys(cli, tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite"
    assert cli("demo", db=db).returncode == 0
    data = json.loads(cli("analyse", MODEL_ID, "--json", db=db).stdout)
    assert round(data["administrations"]["fte"], 2) == 1.69 and data["outside_parties"]["annual_hours"] == 5340


def _view(lanes: list[tuple[str, str | None]]) -> ModelView:
    """Three steps in a row, one per lane (10, 20 and 30 min), 600 cases a year."""
    steps = [StepRow(id=f"s{i}", lane=lane, lane_id=lane, kind="task", label=f"Schritt {i}", block="",
                     processing_minutes=10.0 * (i + 1), waiting_minutes=None, probability=None, it_system="",
                     medium="", notes="") for i, (lane, _org) in enumerate(lanes)]
    return ModelView(
        model=ModelRow(id="m", name="Test", kind="ist", process_id=None, organisation_id=None, case_volume=600),
        lanes=[LaneRow(id=lane, name=lane, position=i, organisation_id=org, pay_grade="E 9a")
               for i, (lane, org) in enumerate(lanes)],
        steps=steps, flows=[FlowRow(id=f"f{i}", source=f"s{i}", target=f"s{i + 1}", label="")
                            for i in range(len(lanes) - 1)], pain_points=[])


ORGS = {"kreis": ("Ennepe-Ruhr-Kreis", "kreis"), "stadt": ("Stadt Witten", "stadt"),
        "buerger": ("Bürgerinnen und Bürger", "extern")}


def test_a_model_without_outside_parties_is_counted_as_before() -> None:
    result = analyse(analysis_input(_view([("A", "stadt"), ("B", "kreis"), ("C", None)]), ORGS,
                                    default_rate_table()))
    assert result.annual_hours == pytest.approx(600 * 60 / 60) and result.minutes_per_case == 60
    assert result.fte == pytest.approx(600 * 60 / MINUTES_PER_FTE)
    assert result.annual_cost == pytest.approx(600 * 63.02)
    assert result.outside_parties == () and result.outside_annual_hours == 0
    assert [(p.name, p.fte is not None) for p in result.parties] == [
        ("Stadt Witten", True), ("Ennepe-Ruhr-Kreis", True), ("C", True)]
    data = result.as_dict()
    assert data["outside_parties"] == {"minutes_per_case": 0, "annual_hours": 0, "parties": []}


def test_an_outside_lane_moves_its_hours_out_of_effort_and_cost() -> None:
    before = analyse(analysis_input(_view([("A", "stadt"), ("B", "kreis"), ("C", None)]), ORGS,
                                    default_rate_table()))
    after = analyse(analysis_input(_view([("A", "buerger"), ("B", "kreis"), ("C", None)]), ORGS,
                                   default_rate_table()))
    assert after.annual_hours == pytest.approx(before.annual_hours - 100)  # 10 min × 600 cases
    assert after.annual_cost == pytest.approx(before.annual_cost - 100 * 63.02)
    assert after.outside_annual_hours == pytest.approx(100)
    assert after.time.processing == before.time.processing  # the process takes as long as before
    assert [p.name for p in after.parties] == ["Ennepe-Ruhr-Kreis", "C", "Bürgerinnen und Bürger"]
    delta = compare(before, after)
    assert delta.hours_saved == pytest.approx(100) and delta.outside_hours_saved == pytest.approx(-100)
    assert delta.figure("outside_hours").to_be == pytest.approx(100)


@pytest.mark.parametrize(("minutes", "german", "english"), [
    (43_200, "30 Tage", "30 days"),
    (38_880, "27 Tage", "27 days"),
    (39_068, "27 Tage 3 Std.", "27 days 3 h"),
    (199.5, "3 Std. 20 Min.", "3 h 20 min"),
    (1_440, "1 Tag", "1 day"),
    (60, "1 Std.", "1 h"),
    (45, "45 Min.", "45 min"),
    (7.5, "7,5 Min.", "7.5 min"),
    (0, "0 Min.", "0 min"),
    (-8, "−8 Min.", "−8 min"),
])
def test_format_duration(minutes: float, german: str, english: str) -> None:
    assert format_duration(minutes, "de").replace("\u00a0", " ") == german
    assert format_duration(minutes, "en").replace("\u00a0", " ") == english
    assert format_duration(None, "de") == ""
