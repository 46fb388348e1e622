"""The vote grid's words and digits without a display: headers, the state line, totals, two-digit entry."""

from __future__ import annotations

import dataclasses

import pytest

from werkstatt import i18n
from werkstatt.demo import ROUND_ID, create_demo
from werkstatt.voting.grid_text import (
    CHECK,
    STAR,
    DigitBuffer,
    GridColumn,
    cell_text,
    column_header,
    entry_limit,
    grid_columns,
    round_title,
    row_total,
    rules_line,
    state_line,
)
from werkstatt.voting.rounds import WALL_TOKEN, OptionInfo, RoundSnapshot, Settings, VoterInfo, read_round


def snapshot(method: str = "dots", entry: str = "per_person", state: str = "open", values=None,
             **settings) -> RoundSnapshot:
    options = (OptionInfo("o1", "pain_point", "p1", "Akte reist", proposer_token="t2"),
               OptionInfo("o2", "pain_point", "p2", "Abtippen"),
               OptionInfo("o3", "measure", "m1", "E-Akte"))
    voters = (VoterInfo("t1", "Erika", "kreis", False), VoterInfo("t2", "", "witten", True))
    return RoundSnapshot("r1", "w1", None, "Was zuerst?", state, Settings(method, "pain_points", entry, **settings),
                         options, voters, dict(values or {}), {})


def test_columns_are_voters_times_criteria_or_the_wall() -> None:
    assert grid_columns(None) == ()
    assert grid_columns(snapshot()) == (GridColumn("t1", "dots"), GridColumn("t2", "dots"))
    assert grid_columns(snapshot("effort_benefit")) == (GridColumn("t1", "effort"), GridColumn("t1", "benefit"),
                                                        GridColumn("t2", "effort"), GridColumn("t2", "benefit"))
    assert grid_columns(snapshot("consensus", "wall")) == (GridColumn(WALL_TOKEN, "resistance"),)


def test_the_header_says_who_how_far_and_finished(english) -> None:
    round_ = snapshot(values={("o1", "t1", "dots"): 1})
    assert column_header(round_, GridColumn("t1", "dots")) == "Erika\n1/2"  # budget 3 ÷ 2 + 1 = 2
    round_ = snapshot(values={("o1", "t1", "dots"): 1, ("o2", "t1", "dots"): 1})
    assert column_header(round_, GridColumn("t1", "dots")) == f"Erika\n2/2 {CHECK}"  # nothing left to give
    assert column_header(round_, GridColumn("t2", "dots")) == f"Person 2\n0/2 {CHECK}"  # said so by the facilitator
    eb = snapshot("effort_benefit", values={("o1", "t1", "effort"): 2})
    assert column_header(eb, GridColumn("t1", "effort")) == "Erika · Effort\n1/3"
    wall = snapshot(entry="wall", dots_per_person=4, values={("o1", WALL_TOKEN, "dots"): 5})
    assert column_header(wall, GridColumn(WALL_TOKEN, "dots")) == "The wall · Dots\n5/8"


def test_a_cell_shows_its_value_and_the_proposer_star() -> None:
    round_ = snapshot(values={("o1", "t2", "dots"): 1})
    assert cell_text(round_, "o1", GridColumn("t2", "dots")) == f"1 {STAR}"
    assert cell_text(round_, "o1", GridColumn("t1", "dots")) == ""
    assert cell_text(round_, "o2", GridColumn("t2", "dots")) == ""
    round_ = snapshot()
    assert cell_text(round_, "o1", GridColumn("t2", "dots")) == STAR


def test_the_state_line_states_the_rules_and_the_progress(english) -> None:
    assert state_line(None) == "No voting round chosen."
    round_ = snapshot(dots_per_person=4, max_per_item=2, values={("o1", "t1", "dots"): 2, ("o2", "t1", "dots"): 2})
    assert state_line(round_) == "Dot vote · open · 4 dots per person, at most 2 per item · 2 of 2 have finished"
    assert rules_line(snapshot(max_per_item=1, own_proposals_allowed=False)) == \
        "2 dots per person, no stacking; no dots for own proposals"
    assert rules_line(snapshot()) == "2 dots per person, stacking allowed"
    assert rules_line(snapshot("effort_benefit", scale="matrix")) == "Effort and benefit 1–2 per measure"
    assert rules_line(snapshot("consensus", "wall")) == \
        "Resistance 0–10 per option; the lowest total wins; totals read off the wall"
    assert state_line(snapshot(entry="wall", state="prepared")) == \
        "Dot vote · prepared · 2 dots per person, stacking allowed; totals read off the wall"
    assert state_line(snapshot(state="closed")).startswith("Dot vote · revealed · ")
    assert round_title({"question": "Was?", "method": "consensus", "state": "prepared"}) == \
        "Was? (Systemic consensus, prepared)"


def test_running_totals_sum_dots_and_resistance_and_average_ratings() -> None:
    dots = snapshot(values={("o1", "t1", "dots"): 2, ("o1", "t2", "dots"): 1, ("o1", WALL_TOKEN, "dots"): 9})
    assert (row_total(dots, "o1"), row_total(dots, "o2")) == ("3", "")  # the wall's value is not this grid's
    resistance = snapshot("consensus", values={("o1", "t1", "resistance"): 10, ("o1", "t2", "resistance"): 0})
    assert row_total(resistance, "o1") == "10"
    eb = snapshot("effort_benefit", values={("o3", "t1", "effort"): 2, ("o3", "t2", "effort"): 3,
                                            ("o3", "t1", "benefit"): 4})
    assert "2,5" in row_total(eb, "o3")  # German decimals
    i18n.set_language("en")
    assert row_total(eb, "o3") == "Effort 2.5 · Benefit 4"


def test_the_entry_limit_is_where_two_digits_stop_making_sense() -> None:
    assert entry_limit(snapshot(max_per_item=2), GridColumn("t1", "dots")) == 2
    assert entry_limit(snapshot(dots_per_person=12), GridColumn("t1", "dots")) == 12  # no cap: the budget
    assert entry_limit(snapshot("consensus"), GridColumn("t1", "resistance")) == 10
    assert entry_limit(snapshot("consensus", "wall"), GridColumn(WALL_TOKEN, "resistance")) == 20  # 2 voters × 10
    assert entry_limit(snapshot(entry="wall", max_per_item=2), GridColumn(WALL_TOKEN, "dots")) == 4
    assert entry_limit(snapshot("effort_benefit", "wall"), GridColumn(WALL_TOKEN, "effort")) == 5


@pytest.mark.parametrize(("digits", "limit", "values"), [
    ("10", 10, [1, 10]),  # a resistance of 10
    ("15", 10, [1, 15]),  # entered as typed, and refused by the rules, never clipped to 5 or 10
    ("23", 10, [2, 3]),  # 2 cannot start a number up to 10: two separate entries
    ("11", 2, [1, 1]),  # a cap of 2: every digit is a value of its own
    ("014", 28, [0, 1, 14]),  # 0 never starts a number
    ("1410", 28, [1, 14, 1, 10]),  # after two digits a new number begins
])
def test_digits_typed_quickly_make_one_number_when_it_can_be_meant(digits: str, limit: int, values: list[int]) -> None:
    buffer = DigitBuffer()
    assert [buffer.push(int(digit), limit) for digit in digits] == values


def test_a_pause_or_another_cell_starts_a_new_number() -> None:
    buffer = DigitBuffer()
    assert buffer.push(1, 10) == 1
    buffer.reset()
    assert buffer.push(0, 10) == 0


def test_the_demo_round_reads_into_seven_finished_columns(store, english) -> None:
    create_demo(store)
    with store.reading() as session:
        demo = read_round(session, ROUND_ID)
    columns = grid_columns(demo)
    assert len(columns) == 7 and {column.criterion for column in columns} == {"dots"}
    first = column_header(demo, columns[0])
    assert first.startswith("Erika Musterfrau\n")
    assert first.endswith(f"/4 {CHECK}") == demo.is_finished(columns[0].token)
    totals = [int(row_total(demo, option.id) or 0) for option in demo.options]
    assert sum(totals) == sum(demo.values.values())
    reopened = dataclasses.replace(demo, state="open")
    assert state_line(reopened).startswith("Dot vote · open · 4 dots per person, at most 2 per item · ")


def test_a_long_name_is_shortened_for_the_grid_header_and_a_short_one_kept() -> None:
    from werkstatt.voting.grid_text import short_name

    assert short_name("Anna") == "Anna" and short_name("Dora Demo") == "Dora Demo"
    assert short_name("Erika Musterfrau") == "Erika M."
    assert short_name("Maximilian Mustermann") == "Maximili…" and len(short_name("Maximilian Mustermann")) == 9
    assert short_name("Karl-Heinz-Friedrich") == "Karl-Hei…"
