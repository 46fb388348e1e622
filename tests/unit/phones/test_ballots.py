"""A phone's ballot is the grid's edits: the same rows, the same results, the same refusals, one undo step."""

from __future__ import annotations

import random

import pytest
from sqlalchemy import select

from helpers.phones import phone_round
from werkstatt.edits import Editor
from werkstatt.edits.room import JoinByPhone, SetBallot
from werkstatt.edits.voting import PrepareRound, SetVote, SetVoterTakesPart, open_round, reveal_round
from werkstatt.errors import EditError
from werkstatt.model import Person, RoundVoter, Vote
from werkstatt.voting.results import tally
from werkstatt.voting.rounds import read_round

pytestmark = pytest.mark.usefixtures("english")


def snapshot(editor: Editor, round_id: str):
    with editor.reading() as session:
        return read_round(session, round_id)


def joined(editor: Editor, round_id: str, phones: int) -> list[str]:
    tokens = []
    for _ in range(phones):
        tokens.append(editor.apply(JoinByPhone(round_id)).token)
    return tokens


def vote_rows(editor: Editor, round_id: str) -> list[tuple]:
    with editor.reading() as session:
        return sorted(session.execute(select(Vote.option_id, Vote.voter_token, Vote.criterion, Vote.value,
                                             Vote.deleted).where(Vote.round_id == round_id)).all())


def test_a_phones_round_starts_without_voters_and_opens(demo: Editor) -> None:
    round_id = phone_round(demo)
    snap = snapshot(demo, round_id)
    assert snap.state == "open" and snap.voters == ()
    token = joined(demo, round_id, 1)[0]
    voter = snapshot(demo, round_id).voters[0]
    assert voter.token == token and voter.name == "" and voter.organisation_id is None
    with demo.reading() as session:
        row = session.scalar(select(RoundVoter).where(RoundVoter.token == token))
        assert row.person_id is None


def test_a_grid_round_takes_no_phones(demo: Editor) -> None:
    with demo.reading() as session:
        from werkstatt.demo import MODEL_ID, WORKSHOP_ID
        from werkstatt.read.findings import pain_points

        items = [("pain_point", row.id) for row in pain_points(session, MODEL_ID)]
    round_id = demo.apply(PrepareRound(WORKSHOP_ID, "Grid", items, model_id=MODEL_ID)).round_id
    with pytest.raises(EditError, match="not open for phones"):
        demo.apply(JoinByPhone(round_id))


def test_a_ballot_is_checked_as_a_whole_and_refused_as_a_whole(demo: Editor) -> None:
    round_id = phone_round(demo, dots_per_person=3, max_per_item=2)
    token = joined(demo, round_id, 1)[0]
    options = [option.id for option in snapshot(demo, round_id).options]
    before = vote_rows(demo, round_id)
    with pytest.raises(EditError, match="Phone 1 has 3 dots"):
        demo.apply(SetBallot(round_id, token, {(options[0], "dots"): 2, (options[1], "dots"): 2}))
    with pytest.raises(EditError, match="At most 2 dots per item"):
        demo.apply(SetBallot(round_id, token, {(options[0], "dots"): 3}))
    assert vote_rows(demo, round_id) == before  # not even the allowed part of a refused ballot
    demo.apply(SetBallot(round_id, token, {(options[0], "dots"): 2, (options[1], "dots"): 1}))
    # Moving a dot: the ballot lists the raise before the lowering, and still fits the budget.
    demo.apply(SetBallot(round_id, token, {(options[2], "dots"): 1, (options[1], "dots"): 0}))
    snap = snapshot(demo, round_id)
    assert snap.used(token) == 3 and snap.voters[0].finished


def test_a_ballot_is_one_undo_step_and_undo_restores_the_ballot_before(demo: Editor) -> None:
    round_id = phone_round(demo, dots_per_person=3)
    token = joined(demo, round_id, 1)[0]
    options = [option.id for option in snapshot(demo, round_id).options]
    demo.apply(SetBallot(round_id, token, {(options[0], "dots"): 3}))
    first = snapshot(demo, round_id).values
    demo.apply(SetBallot(round_id, token, {(options[0], "dots"): None, (options[1], "dots"): 2}))
    assert snapshot(demo, round_id).values == {(options[1], token, "dots"): 2}
    demo.undo()
    assert snapshot(demo, round_id).values == first
    demo.redo()
    assert snapshot(demo, round_id).values == {(options[1], token, "dots"): 2}


def test_unknown_items_and_criteria_are_refused(demo: Editor) -> None:
    round_id = phone_round(demo)
    token = joined(demo, round_id, 1)[0]
    option = snapshot(demo, round_id).options[0].id
    with pytest.raises(EditError, match="no longer part of the round"):
        demo.apply(SetBallot(round_id, token, {("nope", "dots"): 1}))
    with pytest.raises(EditError, match="does not ask for that value"):
        demo.apply(SetBallot(round_id, token, {(option, "resistance"): 1}))
    with pytest.raises(EditError, match="does not vote in this round"):
        demo.apply(SetBallot(round_id, "someone-else", {(option, "dots"): 1}))


def test_no_ballot_after_the_reveal_and_no_join(demo: Editor) -> None:
    round_id = phone_round(demo)
    token = joined(demo, round_id, 1)[0]
    option = snapshot(demo, round_id).options[0].id
    demo.apply(reveal_round(round_id))
    before = vote_rows(demo, round_id)
    with pytest.raises(EditError, match="round is closed"):
        demo.apply(SetBallot(round_id, token, {(option, "dots"): 1}))
    with pytest.raises(EditError, match="closed"):
        demo.apply(JoinByPhone(round_id))
    assert vote_rows(demo, round_id) == before


@pytest.mark.parametrize(("method", "rules"), [("dots", {"dots_per_person": 4, "max_per_item": 2}),
                                               ("consensus", {}), ("effort_benefit", {})])
def test_phone_ballots_give_the_results_of_the_same_ballots_typed_into_the_grid(demo: Editor, method: str,
                                                                                 rules: dict) -> None:
    """Six random ballots sent from phones and typed cell by cell into a grid round: the same result."""
    measures_only = method == "effort_benefit"
    phones = phone_round(demo, method=method, measures_only=measures_only, **rules)
    tokens = joined(demo, phones, 6)
    with demo.reading() as session:
        people = session.scalars(select(Person.id).where(Person.deleted.is_(False))).all()[:6]
    grid = phone_round(demo, method=method, measures_only=measures_only, opened=False, **rules)
    # A grid round of the same items: its voters are people, its entry per person.
    with demo.store.session() as session:
        from werkstatt.model import VotingRound

        session.get(VotingRound, grid).entry = "per_person"
    for person in people:
        demo.apply(SetVoterTakesPart(grid, person, True))
    demo.apply(open_round(grid))
    phone_snap, grid_snap = snapshot(demo, phones), snapshot(demo, grid)
    chance = random.Random(20)
    for token, voter in zip(tokens, grid_snap.voters, strict=True):
        ballot = random_ballot(chance, phone_snap, method)
        demo.apply(SetBallot(phones, token, {(phone_snap.options[i].id, c): v for (i, c), v in ballot.items()}))
        for (i, criterion), value in ballot.items():
            demo.apply(SetVote(grid, grid_snap.options[i].id, voter.token, value, criterion))
    phone_result, grid_result = tally(snapshot(demo, phones)), tally(snapshot(demo, grid))
    assert [(i.label, i.total, i.rank) for i in phone_result.items] == \
        [(i.label, i.total, i.rank) for i in grid_result.items]


def random_ballot(chance: random.Random, snap, method: str) -> dict[tuple[int, str], int]:
    count = len(snap.options)
    if method == "dots":
        ballot: dict[tuple[int, str], int] = {}
        for _ in range(snap.budget()):
            index = chance.randrange(count)
            if ballot.get((index, "dots"), 0) < 2:
                ballot[(index, "dots")] = ballot.get((index, "dots"), 0) + 1
        return ballot
    if method == "consensus":
        return {(i, "resistance"): chance.randint(0, 10) for i in range(count)}
    return {(i, criterion): chance.randint(1, 5) for i in range(count) for criterion in ("effort", "benefit")}


def test_a_phones_round_has_no_breakdown_by_organisation_and_says_why(demo: Editor) -> None:
    round_id = phone_round(demo, dots_per_person=2)
    tokens = joined(demo, round_id, 4)
    option = snapshot(demo, round_id).options[0].id
    for token in tokens:
        demo.apply(SetBallot(round_id, token, {(option, "dots"): 1}))
    result = tally(snapshot(demo, round_id))
    assert result.groups == () and "anonymously" in result.breakdown_note
    assert (result.voters, result.eligible) == (4, 4)


def test_the_room_edits_keep_their_own_label_for_the_undo_menu(demo: Editor) -> None:
    """The phone's words are the message, not the edit's label ("Saved: None" was seen in the status bar)."""
    from werkstatt.demo import MODEL_ID, WORKSHOP_ID
    from werkstatt.edits.room import AcceptSuggestion, SuggestFromRoom

    sent = demo.apply(SuggestFromRoom(WORKSHOP_ID, MODEL_ID, None, "pain_point", "waiting", "  Dauert   zu lange "))
    assert sent.text == "A pain point from the room" and sent.message == "Dauert zu lange"
    accepted = demo.apply(AcceptSuggestion(sent.suggestion_id))
    assert accepted.text == "Accept pain point from the room"
    with demo.reading() as session:
        from werkstatt.model import PainPoint

        assert session.scalar(select(PainPoint.text).where(PainPoint.text == "Dauert zu lange")) is not None


def test_the_rules_of_a_phones_round_say_nothing_of_own_proposals(demo: Editor) -> None:
    from werkstatt.voting.display import rules_line

    line = rules_line(snapshot(demo, phone_round(demo, dots_per_person=3, max_per_item=2)))
    assert line == "3 dots per person · at most 2 per pain point"
