"""What the room sees of a round: nothing but progress while open, ranked bars (ties as ties) after the reveal."""

from __future__ import annotations

import pytest

from werkstatt.demo import MODEL_ID, ROUND_ID, create_demo
from werkstatt.edits import Editor
from werkstatt.edits.voting import reopen_round
from werkstatt.voting.display import (
    RevealedResults,
    latest_revealed_round,
    rules_line,
    step_heat,
    top_items,
    vote_screen,
)
from werkstatt.voting.results import tally
from werkstatt.voting.rounds import OptionInfo, RoundSnapshot, Settings, VoterInfo, read_round

# The expected sentences are the English sources: they hold before and after the German catalogue grows.
pytestmark = pytest.mark.usefixtures("english")


ORGS = {"k": ("Ennepe-Ruhr-Kreis", "EN-Kreis", "kreis"), "w": ("Stadt Witten", "Witten", "stadt")}


def snapshot(state: str, values: dict[tuple[str, str, str], int], *, method: str = "dots", anonymous: bool = True,
             min_group_size: int = 3, options: int = 4, steps: tuple[str | None, ...] = (), scale: str = "five",
             finished: tuple[str, ...] = (), max_per_item: int | None = 2) -> RoundSnapshot:
    kind = "measure" if method == "effort_benefit" else "pain_point"
    opts = tuple(OptionInfo(f"o{i}", kind, f"t{i}", f"Item {i}", steps[i] if i < len(steps) else None)
                 for i in range(options))
    voters = tuple(VoterInfo(f"v{i}", f"Person {i}", "k" if i < 3 else "w", f"v{i}" in finished) for i in range(6))
    settings = Settings(method=method, targets="pain_points" if kind == "pain_point" else "measures",
                        entry="per_person", max_per_item=max_per_item, min_group_size=min_group_size,
                        anonymous=anonymous, scale=scale)
    return RoundSnapshot("r", "w", None, "Was zuerst?", state, settings, opts, voters, values, ORGS)


# Six voters, 3 dots each (budget of 4 options is 3): o0 gets 6, o1 gets 6, o2 gets 4, o3 gets 2.
DOTS = {("o0", "v0", "dots"): 2, ("o1", "v0", "dots"): 1, ("o0", "v1", "dots"): 2, ("o2", "v1", "dots"): 1,
        ("o1", "v2", "dots"): 2, ("o3", "v2", "dots"): 1, ("o0", "v3", "dots"): 2, ("o2", "v3", "dots"): 1,
        ("o1", "v4", "dots"): 2, ("o2", "v4", "dots"): 1, ("o1", "v5", "dots"): 1, ("o2", "v5", "dots"): 1,
        ("o3", "v5", "dots"): 1}


def screen_of(snap: RoundSnapshot):
    return vote_screen(snap, tally(snap))


def test_an_open_round_shows_who_finished_but_no_count() -> None:
    snap = snapshot("open", DOTS)
    screen = screen_of(snap)
    assert screen.state == "open" and not screen.shows_results
    assert screen.bars == () and screen.matrix == () and screen.legend == () and screen.items == ()
    assert screen.progress == "6 of 6 finished"  # everyone used the whole budget
    assert screen.voters == ()  # anonymous: names are not shown
    every_text = " ".join([screen.title, screen.rules, screen.heading, screen.progress, screen.note, *screen.notes])
    assert "6 " not in every_text.replace("6 of 6", "")  # no total of any item anywhere


def test_an_open_named_round_marks_each_voter() -> None:
    values = {key: value for key, value in DOTS.items() if key[1] in ("v0", "v1")}
    screen = screen_of(snapshot("open", values, anonymous=False, finished=("v4",)))
    assert [(voter.name, voter.mark) for voter in screen.voters] == [
        ("Person 0", "✓"), ("Person 1", "✓"), ("Person 2", "○"), ("Person 3", "○"), ("Person 4", "✓"),
        ("Person 5", "○")]
    assert screen.progress == "3 of 6 finished" and not screen.shows_results


def test_a_prepared_round_announces_the_rules_and_the_items() -> None:
    screen = screen_of(snapshot("prepared", {}))
    assert screen.items == ("Item 0", "Item 1", "Item 2", "Item 3") and not screen.shows_results
    assert screen.rules == "3 dots per person · at most 2 per pain point · own proposals allowed"
    assert "no stacking" in rules_line(snapshot("prepared", {}, max_per_item=1))


def test_the_reveal_ranks_with_ties_and_shows_the_breakdown() -> None:
    screen = screen_of(snapshot("closed", DOTS))
    assert [(bar.rank_label, bar.label, bar.total_text, bar.tied) for bar in screen.bars] == [
        ("1.", "Item 0", "6", True), ("1.", "Item 1", "6", True), ("3.", "Item 2", "4", False),
        ("4.", "Item 3", "2", False)]
    assert [bar.share for bar in screen.bars] == pytest.approx([1, 1, 4 / 6, 2 / 6])
    assert [entry.label for entry in screen.legend] == ["EN-Kreis (3 voters)", "Witten (3 voters)"]
    first = screen.bars[0]
    assert [(segment.label, segment.value) for segment in first.segments] == [("EN-Kreis", 4), ("Witten", 2)]
    assert sum(segment.share for segment in first.segments) == pytest.approx(first.share)
    assert first.detail == "EN-Kreis 4 · Witten 2"  # the colours are never alone
    assert len({entry.colour for entry in screen.legend}) == 2 and screen.note == ""


def test_small_groups_hide_the_breakdown_with_a_note() -> None:
    screen = screen_of(snapshot("closed", DOTS, min_group_size=4))
    assert screen.legend == () and all(bar.segments == () and bar.detail == "" for bar in screen.bars)
    assert "4" in screen.note and "EN-Kreis" in screen.note


def test_consensus_lists_the_lowest_resistance_first() -> None:
    values = {(f"o{option}", f"v{voter}", "resistance"): (option * 3 + voter) % 11 for option in range(3)
              for voter in range(6)}
    screen = screen_of(snapshot("closed", values, method="consensus", options=3))
    totals = [bar.total for bar in screen.bars]
    assert totals == sorted(totals) and screen.bars[0].rank_label == "1."
    assert "lowest" in screen.heading and screen.legend == ()


def test_effort_benefit_places_the_measures_by_their_means() -> None:
    values = {("o0", "v0", "effort"): 1, ("o0", "v0", "benefit"): 5,  # quick win, top left
              ("o1", "v0", "effort"): 5, ("o1", "v0", "benefit"): 5,  # major project, top right
              ("o2", "v0", "effort"): 2, ("o2", "v0", "benefit"): 2,
              ("o2", "v1", "effort"): 2, ("o2", "v1", "benefit"): 1}  # fill-in, means 2 and 1.5
    screen = screen_of(snapshot("closed", values, method="effort_benefit", options=4))
    by_label = {point.label: point for point in screen.matrix}
    assert set(by_label) == {"Item 0", "Item 1", "Item 2"}  # Item 3 has no rating: not placed, but noted
    assert (by_label["Item 0"].x, by_label["Item 0"].y, by_label["Item 0"].quadrant) == (0, 1, "quick_win")
    assert (by_label["Item 1"].x, by_label["Item 1"].y, by_label["Item 1"].quadrant) == (1, 1, "major_project")
    assert (by_label["Item 2"].x, by_label["Item 2"].y) == pytest.approx((0.25, 0.125))
    assert by_label["Item 0"].number == 1  # quick wins first
    assert dict(screen.quadrant_labels)["quick_win"] == "Quick wins"
    assert screen.notes and screen.bars == ()


def test_points_on_the_same_spot_get_their_own_slots() -> None:
    values = {(f"o{i}", "v0", criterion): 2 for i in range(2) for criterion in ("effort", "benefit")}
    screen = screen_of(snapshot("closed", values, method="effort_benefit", options=2, scale="matrix"))
    assert [(point.x, point.y, point.slot, point.slots) for point in screen.matrix] == [(1, 1, 0, 2), (1, 1, 1, 2)]


def test_heat_sums_the_dots_of_each_step_and_top_items_keep_ties() -> None:
    snap = snapshot("closed", DOTS, steps=("a", "a", "b", None))
    result = tally(snap)
    assert step_heat(result) == {"a": (12, 1.0), "b": (4, pytest.approx(1 / 3))}
    assert [(item.rank_label, item.label) for item in top_items(result, 1)] == [("1.", "Item 0"), ("1.", "Item 1")]
    assert len(top_items(result)) == 3
    assert step_heat(tally(snapshot("open", DOTS, steps=("a",)))) == {}  # nothing before the reveal
    assert top_items(tally(snapshot("open", DOTS))) == ()


def test_items_without_dots_are_no_leaders() -> None:
    result = tally(snapshot("closed", {("o0", "v0", "dots"): 1}, steps=("a", "b")))
    assert [item.label for item in top_items(result)] == ["Item 0"]
    assert step_heat(result) == {"a": (1, 1.0), "b": (0, 0.0)}


def test_the_latest_revealed_round_of_a_model_and_its_cache(store) -> None:
    create_demo(store)
    cache = RevealedResults()
    with store.reading() as session:
        assert latest_revealed_round(session, MODEL_ID) == ROUND_ID
        assert latest_revealed_round(session, "no such model") is None
        first = cache.result(session, MODEL_ID)
        assert first is not None and first.round_id == ROUND_ID and cache.result(session, MODEL_ID) is first
        heat = step_heat(first)
        assert max(heat.values()) == (8, 1.0) and sum(votes for votes, _ in heat.values()) == 28  # 7 voters × 4
    Editor(store).apply(reopen_round(ROUND_ID))
    with store.reading() as session:
        assert latest_revealed_round(session, MODEL_ID) is None
        assert cache.result(session, MODEL_ID) is None
        assert read_round(session, ROUND_ID).state == "open"


def test_the_revealed_result_says_how_many_voted_of_those_present() -> None:
    half = {key: value for key, value in DOTS.items() if key[1] in ("v0", "v1", "v2")}  # three spent their dots
    assert screen_of(snapshot("open", half)).turnout == ""  # never a count while the round is open
    assert screen_of(snapshot("closed", half)).turnout == "3 of 6 voted"
    assert screen_of(snapshot("closed", DOTS)).turnout == "6 of 6 voted"
    marked = screen_of(snapshot("closed", half, finished=("v4",)))  # Person 4 said "finished" with no dot
    assert marked.turnout == "4 of 6 voted"
