"""The rules and the tally of voting rounds, on plain snapshots: worked examples and properties."""

from __future__ import annotations

import itertools
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from werkstatt.voting.results import competition_ranks, tally
from werkstatt.voting.rounds import WALL_TOKEN, OptionInfo, RoundSnapshot, Settings, VoterInfo, default_budget
from werkstatt.voting.rules import check_entry, check_settings

pytestmark = pytest.mark.usefixtures("english")  # The sentences are asserted in their English source form.


ORGS = {"kreis": ("Ennepe-Ruhr-Kreis", "EN-Kreis", "kreis"), "witten": ("Stadt Witten", "Witten", "stadt"),
        "hattingen": ("Stadt Hattingen", "Hattingen", "stadt")}


def snapshot(method: str = "dots", options: int = 4, voters: list[str] | None = None, *, state: str = "open",
             values: dict | None = None, organisations: list[str] | None = None, **rules) -> RoundSnapshot:
    voters = voters if voters is not None else ["anna", "ben", "cem"]
    organisations = organisations or ["kreis"] * len(voters)
    kinds = "measure" if method == "effort_benefit" else "pain_point"
    option_rows = [OptionInfo(f"o{i}", kinds, f"t{i}", f"Item {i}", step_id=f"s{i}") for i in range(options)]
    if method == "consensus":
        option_rows.insert(0, OptionInfo("keep", "status_quo", None, "Keep as is"))
    rules.setdefault("entry", "per_person")
    return RoundSnapshot(
        "round", "workshop", "model", "Which first?", state, Settings(method=method, targets="pain_points", **rules),
        tuple(option_rows),
        tuple(VoterInfo(token, token.title(), org, False) for token, org in zip(voters, organisations, strict=True)),
        dict(values or {}), ORGS)


def enter(snap: RoundSnapshot, option: str, token: str, value: int, criterion: str = "dots") -> RoundSnapshot:
    problem = check_entry(snap, option, token, criterion, value)
    assert problem is None, problem
    return replace(snap, values={**snap.values, (option, token, criterion): value})


# --- dots -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("options", "dots"), [(1, 1), (5, 3), (6, 4), (7, 4), (10, 6)])
def test_default_dots_are_options_halved_plus_one(options: int, dots: int) -> None:
    assert default_budget(options) == dots
    assert snapshot(options=options).budget() == dots


def test_ties_share_a_rank_and_the_next_rank_skips() -> None:
    snap = snapshot(options=4, max_per_item=2)
    snap = enter(snap, "o1", "anna", 2)
    snap = enter(snap, "o2", "anna", 1)
    snap = enter(snap, "o2", "ben", 1)
    snap = enter(snap, "o3", "ben", 1)
    result = tally(snap)
    assert [(item.option_id, item.total, item.rank) for item in result.items] == [
        ("o1", 2, 1), ("o2", 2, 1), ("o3", 1, 3), ("o0", 0, 4)]
    assert result.tied
    assert [item.option_id for item in result.top(1)] == ["o1", "o2"]
    # Anna spent her 3 dots (finished); Ben gave 2 of 3 and has not finished: one has voted, not two.
    assert result.voters == 1 and result.eligible == 3


def test_cap_reached_is_refused_with_the_cap() -> None:
    snap = enter(snapshot(options=6, max_per_item=2), "o1", "anna", 2)
    problem = check_entry(snap, "o1", "anna", "dots", 3)
    assert problem is not None and "2" in problem and "Item 1" in problem
    no_stacking = snapshot(max_per_item=1)
    assert "stacked" in check_entry(no_stacking, "o1", "anna", "dots", 2)
    assert check_entry(no_stacking, "o1", "anna", "dots", 1) is None


def test_budget_exceeded_says_budget_used_and_total() -> None:
    snap = snapshot(options=7)  # 4 dots each
    snap = enter(snap, "o1", "anna", 2)
    snap = enter(snap, "o2", "anna", 1)
    problem = check_entry(snap, "o3", "anna", "dots", 2)
    assert problem == "Anna has 4 dots and has given 3 elsewhere: 2 more would make 5."
    # changing a value already given counts it once, not twice
    assert check_entry(snap, "o1", "anna", "dots", 3) is None
    assert check_entry(snap, "o3", "anna", "dots", 1) is None


def test_a_voter_who_is_not_in_the_round_cannot_vote() -> None:
    snap = snapshot(voters=["anna", "ben"])
    assert "does not vote" in check_entry(snap, "o1", "ida", "dots", 1)


def test_own_proposals_can_be_barred() -> None:
    snap = snapshot(own_proposals_allowed=False)
    options = tuple(replace(o, proposer_token="anna") if o.id == "o1" else o for o in snap.options)
    snap = replace(snap, options=options)
    assert "own proposals" in check_entry(snap, "o1", "anna", "dots", 1)
    assert check_entry(snap, "o1", "anna", "dots", 0) is None
    assert check_entry(snap, "o1", "ben", "dots", 1) is None
    allowed = replace(snap, settings=replace(snap.settings, own_proposals_allowed=True))
    assert check_entry(allowed, "o1", "anna", "dots", 1) is None


def test_entries_only_while_open() -> None:
    assert "not been opened" in check_entry(snapshot(state="prepared"), "o1", "anna", "dots", 1)
    assert "reopen" in check_entry(snapshot(state="closed"), "o1", "anna", "dots", 1)


def test_negative_dots_are_refused() -> None:
    assert check_entry(snapshot(), "o1", "anna", "dots", -1) == "Dots cannot be negative."


def test_zero_votes() -> None:
    result = tally(snapshot(options=3))
    assert [item.total for item in result.items] == [0, 0, 0]
    assert {item.rank for item in result.items} == {1}
    assert result.voters == 0
    assert "Nobody has voted yet." in result.notes


def test_finished_when_the_budget_is_spent_or_when_marked() -> None:
    snap = snapshot(options=3)  # 2 dots each
    snap = enter(snap, "o0", "anna", 2)
    assert snap.is_finished("anna") and not snap.is_finished("ben")
    marked = replace(snap, voters=tuple(replace(v, finished=True) if v.token == "ben" else v for v in snap.voters))
    assert marked.is_finished("ben")
    assert tally(marked).finished == 2


# --- wall totals -------------------------------------------------------------------------------


def test_wall_totals_are_bounded_by_voters_times_cap_and_budget() -> None:
    snap = snapshot(options=4, voters=["a", "b", "c"], entry="wall", max_per_item=2)  # 3 dots each
    assert "per person" in check_entry(snap, "o1", "a", "dots", 1)
    assert check_entry(snap, "o1", WALL_TOKEN, "dots", 6) is None
    assert "at most 6" in check_entry(snap, "o1", WALL_TOKEN, "dots", 7)
    snap = enter(snap, "o1", WALL_TOKEN, 6)
    assert "at most 9 dots" in check_entry(snap, "o2", WALL_TOKEN, "dots", 4)
    snap = enter(snap, "o2", WALL_TOKEN, 3)
    result = tally(snap)
    assert [(item.option_id, item.total) for item in result.items[:2]] == [("o1", 6), ("o2", 3)]
    assert result.voters == 3
    assert result.groups == () and "wall" in result.breakdown_note


# --- breakdown by organisation -----------------------------------------------------------------


def test_breakdown_shown_when_every_group_is_large_enough() -> None:
    voters = ["k1", "k2", "k3", "w1", "w2", "w3"]
    snap = snapshot(options=4, voters=voters, organisations=["kreis"] * 3 + ["witten"] * 3)
    for token in voters:
        snap = enter(snap, "o1" if token.startswith("k") else "o2", token, 1)
    snap = enter(snap, "o2", "k1", 1)
    result = tally(snap)
    assert [group.short_name for group in result.groups] == ["EN-Kreis", "Witten"]
    assert len({group.colour for group in result.groups}) == 2
    by_option = {item.option_id: item.by_group for item in result.items}
    assert by_option["o1"] == (3, 0) and by_option["o2"] == (1, 3)
    assert result.breakdown_note == ""


def test_breakdown_hidden_below_the_minimum_with_a_note() -> None:
    voters = ["k1", "k2", "w1", "w2", "w3", "w4"]
    snap = snapshot(options=4, voters=voters, organisations=["kreis"] * 2 + ["witten"] * 4)
    for token in voters:
        snap = enter(snap, "o1", token, 1)
    result = tally(snap)
    assert result.groups == ()
    assert "EN-Kreis" in result.breakdown_note and "Witten" not in result.breakdown_note
    assert all(item.by_group == () for item in result.items)
    lower = replace(snap, settings=replace(snap.settings, min_group_size=2))
    assert len(tally(lower).groups) == 2


# --- systemic consensus ------------------------------------------------------------------------


def test_consensus_lowest_total_resistance_wins_and_keep_as_is_is_an_option() -> None:
    snap = snapshot("consensus", options=2, voters=["a", "b"])
    assert [option.id for option in snap.options] == ["keep", "o0", "o1"]
    for token, ratings in {"a": (8, 2, 5), "b": (9, 3, 1)}.items():
        for option, value in zip(("keep", "o0", "o1"), ratings, strict=True):
            snap = enter(snap, option, token, value, "resistance")
    result = tally(snap)
    assert [(item.option_id, item.total, item.rank) for item in result.items] == [
        ("o0", 5, 1), ("o1", 6, 2), ("keep", 17, 3)]
    assert result.notes == ()


def test_consensus_missing_ratings_count_as_ten_and_the_range_is_checked() -> None:
    snap = snapshot("consensus", options=1, voters=["a", "b"])
    snap = enter(snap, "keep", "a", 3, "resistance")
    snap = enter(snap, "o0", "a", 4, "resistance")
    snap = enter(snap, "keep", "b", 0, "resistance")
    result = tally(snap)
    assert {item.option_id: item.total for item in result.items} == {"keep": 3, "o0": 14}
    assert any("10" in note for note in result.notes)
    assert "0 (none) to 10" in check_entry(snap, "o0", "b", "resistance", 11)
    assert "does not ask" in check_entry(snap, "o0", "b", "dots", 1)


# --- effort and benefit ------------------------------------------------------------------------


def test_effort_benefit_means_quadrants_and_quick_wins_first() -> None:
    snap = snapshot("effort_benefit", options=4, voters=["a", "b"])
    ratings = {"o0": ((4, 5), (5, 4)), "o1": ((1, 4), (2, 5)), "o2": ((1, 1), (2, 2)), "o3": ((5, 1), (4, 2))}
    for option, per_voter in ratings.items():
        for token, (effort, benefit) in zip(("a", "b"), per_voter, strict=True):
            snap = enter(snap, option, token, effort, "effort")
            snap = enter(snap, option, token, benefit, "benefit")
    result = tally(snap)
    assert [(item.option_id, item.quadrant) for item in result.items] == [
        ("o1", "quick_win"), ("o0", "major_project"), ("o2", "fill_in"), ("o3", "thankless")]
    quick = result.items[0]
    assert (quick.effort, quick.benefit) == (1.5, 4.5)
    assert "1 to 5" in check_entry(snap, "o0", "a", "effort", 6)


def test_effort_benefit_matrix_scale_and_unrated_items_last() -> None:
    snap = snapshot("effort_benefit", options=2, voters=["a"], scale="matrix")
    assert "1 to 2" in check_entry(snap, "o0", "a", "benefit", 3)
    snap = enter(snap, "o1", "a", 1, "effort")
    snap = enter(snap, "o1", "a", 2, "benefit")
    result = tally(snap)
    assert [(item.option_id, item.quadrant) for item in result.items] == [("o1", "quick_win"), ("o0", None)]
    assert any("no rating" in note for note in result.notes)


# --- settings ----------------------------------------------------------------------------------


def test_settings_that_make_no_sense_are_refused() -> None:
    assert "at least one item" in check_settings("dots", None, None, 3, 0)
    assert "at least one dot" in check_settings("dots", 0, None, 3, 4)
    assert "no stacking" in check_settings("dots", 3, 0, 3, 4)
    assert "group size" in check_settings("dots", 3, 1, 0, 4)
    assert check_settings("dots", None, 2, 3, 4) is None


# --- properties -------------------------------------------------------------------------------


def test_competition_ranks() -> None:
    assert competition_ranks([5, 7, 7, 1]) == [3, 1, 1, 4]
    assert competition_ranks([5, 7, 7, 1], higher_is_better=False) == [2, 3, 3, 1]


entries = st.lists(st.tuples(st.integers(0, 5), st.integers(0, 5), st.integers(-1, 4)), max_size=60)


@settings(max_examples=150, deadline=None)
@given(options=st.integers(1, 6), voters=st.integers(1, 6), cap=st.one_of(st.none(), st.integers(1, 3)),
       budget=st.one_of(st.none(), st.integers(1, 6)), attempts=entries)
def test_accepted_dots_keep_every_rule(options: int, voters: int, cap: int | None, budget: int | None,
                                       attempts: list[tuple[int, int, int]]) -> None:
    tokens = [f"v{i}" for i in range(voters)]
    snap = snapshot(options=options, voters=tokens, max_per_item=cap, dots_per_person=budget)
    for option_index, voter_index, value in attempts:
        option, token = f"o{option_index % options}", tokens[voter_index % voters]
        if check_entry(snap, option, token, "dots", value) is None:
            snap = replace(snap, values={**snap.values, (option, token, "dots"): value})
    result = tally(snap)
    # totals equal the sum of dots
    assert sum(item.total for item in result.items) == sum(snap.values.values())
    for item in result.items:
        assert item.total == sum(v for (o, _, _), v in snap.values.items() if o == item.option_id)
    # no voter exceeds the budget, no item exceeds the cap
    for token in tokens:
        assert snap.used(token) <= snap.budget()
    assert all(value <= (cap or snap.budget()) and value >= 0 for value in snap.values.values())
    # ranking is consistent with the totals and stable
    ranked = result.items
    assert [item.rank for item in ranked] == sorted(item.rank for item in ranked)
    for a in ranked:
        for b in ranked:
            assert (a.total > b.total) == (a.rank < b.rank)
    reversed_values = replace(snap, values=dict(reversed(list(snap.values.items()))))
    assert tally(reversed_values) == result
    positions = {option.id: index for index, option in enumerate(snap.options)}
    for first, second in itertools.pairwise(ranked):
        if first.rank == second.rank:
            assert positions[first.option_id] < positions[second.option_id]


# --- who has voted, and revealing before everyone has finished -----------------------------------------------


def test_only_finished_ballots_count_as_voted_and_the_reveal_asks_until_all_have_finished() -> None:
    from werkstatt.voting.progress import reveal_question, turnout_line

    snap = snapshot(options=7, voters=["anna", "ben", "cem", "dora", "emil"])  # 4 dots each
    for token in ("anna", "ben", "cem", "dora", "emil"):
        snap = enter(snap, "o1", token, 1)  # everybody has begun
    assert tally(snap).voters == 0 and "Nobody has voted yet." not in tally(snap).notes
    snap = enter(enter(snap, "o2", "anna", 3), "o2", "ben", 3)  # two spent their budget
    assert reveal_question(snap) == "Only 2 of 5 have finished. Reveal anyway?"
    snap = replace(snap, voters=tuple(replace(v, finished=v.token == "cem") for v in snap.voters))  # Cem said so
    result = tally(snap)
    assert (result.voters, result.eligible, result.finished) == (3, 5, 3)
    assert turnout_line(result) == "3 of 5 voted"
    assert [item.total for item in result.items[:2]] == [6, 5]  # the begun ballots still count in the totals
    everyone = replace(snap, voters=tuple(replace(v, finished=True) for v in snap.voters))
    assert reveal_question(everyone) is None and turnout_line(tally(everyone)) == "5 of 5 voted"
    assert reveal_question(replace(snap, state="prepared")) is None  # only an open round is revealed
    assert reveal_question(replace(snap, state="closed")) is None


def test_wall_totals_reveal_without_a_question_and_count_everyone_present() -> None:
    from werkstatt.voting.progress import reveal_question, turnout_line

    snap = snapshot(options=4, voters=["a", "b", "c"], entry="wall")
    assert reveal_question(snap) is None
    assert turnout_line(tally(snap)) == "0 of 3 voted"
    assert turnout_line(tally(enter(snap, "o1", WALL_TOKEN, 2))) == "3 of 3 voted"


def test_the_next_unfinished_voter_follows_in_order_and_wraps() -> None:
    from werkstatt.voting.progress import finished_sentence, next_unfinished

    snap = snapshot(options=3, voters=["anna", "ben", "cem", "dora"])  # 2 dots each
    snap = enter(snap, "o0", "cem", 2)  # Cem has spent his: finished
    assert next_unfinished(snap, "ben") == "dora"
    assert next_unfinished(snap, "dora") == "anna"
    done = replace(snap, voters=tuple(replace(v, finished=v.token != "ben") for v in snap.voters))
    assert next_unfinished(done, "anna") == "ben"
    assert next_unfinished(done, "ben") is None  # Ben is the one asked about: nobody else is left
    assert finished_sentence(done, "ben", None) == "Ben has finished; now everybody has finished."
    assert finished_sentence(snap, "ben", "dora") == "Ben has finished; next: Dora."
