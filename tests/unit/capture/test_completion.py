"""Type-ahead rules and the inspector's fields, without a widget."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from werkstatt.capture import catalogue
from werkstatt.capture.completion import accept, colon_starts_lane, complete
from werkstatt.capture.fields import parse_duration, parse_probability, show_duration, show_probability
from werkstatt.errors import EditError

LANES = ["Bürgerbüro", "Fahrerlaubnisbehörde", "Antragsteller/in"]
BLOCKS = catalogue.load_default()


@pytest.mark.parametrize(("line", "wanted"), [
    ("Bür", ["Bürgerbüro"]),
    ("bue", ["Bürgerbüro"]),  # umlauts typed as ue
    (">> Antr", ["Antragsteller/in"]),
    ("[ja] Fahr", ["Fahrerlaubnisbehörde"]),
    ("[nein] << Antr", ["Antragsteller/in"]),
    ("behörde", ["Fahrerlaubnisbehörde"]),  # contained, not only at the start
])
def test_lane_names_complete_at_the_start_of_a_step_line(line: str, wanted: list[str]) -> None:
    found = complete(line, len(line), LANES, BLOCKS)
    assert found is not None and found.kind == "lane"
    assert [s.text for s in found.suggestions] == wanted


@pytest.mark.parametrize("line", ["! Bür", "> Bür", "# Bür", "-> Bür", "Bürgerbüro: Antr", ""])
def test_no_lane_completion_where_no_lane_can_stand(line: str) -> None:
    found = complete(line, len(line), LANES, BLOCKS)
    assert found is None or found.kind != "lane"


def test_accepting_a_lane_writes_the_colon_and_keeps_the_rest() -> None:
    line = "[ja] Fahr"
    found = complete(line, len(line), LANES, BLOCKS)
    assert accept(line, found, found.suggestions[0]) == ("[ja] Fahrerlaubnisbehörde: ", 27)


def test_blocks_complete_after_a_bracket_and_close_it() -> None:
    line = "Amt: Prüfen [form"
    found = complete(line, len(line), LANES, BLOCKS)
    assert found.kind == "block" and found.suggestions[0].text == "Formell prüfen"
    assert found.suggestions[0].detail == "Inhaltliche Verwaltungsarbeit"
    assert accept(line, found, found.suggestions[0])[0] == "Amt: Prüfen [Formell prüfen]"


def test_a_branch_label_is_not_a_building_block() -> None:
    assert complete("[nei", 4, LANES, BLOCKS) is None


@pytest.mark.parametrize(("line", "cursor", "wanted"), [
    ("Kasse", 5, True), ("Antragsteller/in", 16, True), (">> Kasse", 8, True),
    ("Termin um 10", 12, False), ("Vollständig?", 12, False), ("Kasse", 2, True),
    ("! Medienbruch", 13, False), ("Kasse: Geld", 11, False), ("", 0, False),
])
def test_which_colons_end_a_lane_name(line: str, cursor: int, wanted: bool) -> None:
    assert colon_starts_lane(line, cursor) is wanted


@given(st.text(max_size=80), st.integers(min_value=0, max_value=80))
def test_completion_never_fails_on_any_line(line: str, cursor: int) -> None:
    cursor = min(cursor, len(line))
    found = complete(line, cursor, LANES, BLOCKS)
    if found is not None and found.suggestions:
        new, position = accept(line, found, found.suggestions[0])
        assert 0 <= position <= len(new)
    colon_starts_lane(line, cursor)


@pytest.mark.parametrize(("text", "waiting", "minutes"), [
    ("10", False, 10), ("10 min", False, 10), ("1,5 h", False, 90), ("2 Tage", False, 960),
    ("2 Tage", True, 2880), ("", False, None), ("  ", True, None),
])
def test_durations_read_as_in_quick_entry(text: str, waiting: bool, minutes: float | None) -> None:
    assert parse_duration(text, waiting=waiting) == minutes


@pytest.mark.parametrize("text", ["zwei Wochen", "10 kg", "-5 min", "10 min, 30 %", "(", "x" * 3000])
def test_a_wrong_duration_is_a_sentence(text: str) -> None:
    with pytest.raises(EditError) as error:
        parse_duration(text)
    assert error.value.message


def test_durations_and_probabilities_round_trip() -> None:
    for minutes in (5, 90, 12.5):
        assert parse_duration(show_duration(minutes)) == minutes
    assert parse_duration(show_duration(4320, waiting=True), waiting=True) == 4320
    assert parse_probability("30 %") == 0.3
    assert parse_probability(show_probability(0.125)) == 0.125
    assert parse_probability("") is None
    for bad in ("150 %", "viel", "-1"):
        with pytest.raises(EditError):
            parse_probability(bad)
