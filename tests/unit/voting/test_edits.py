"""Voting rounds in a real database: prepare, open, enter, reveal, reopen, and undo all of it."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from werkstatt.demo import MODEL_ID, ROUND_ID, WORKSHOP_ID
from werkstatt.edits import Editor
from werkstatt.edits.voting import (
    ChangeSettings,
    PrepareRound,
    SetFinished,
    SetProposer,
    SetVote,
    SetVoterTakesPart,
    delete_round,
    open_round,
    reopen_round,
    reveal_round,
)
from werkstatt.errors import EditError
from werkstatt.model import Attendance, Person, Vote
from werkstatt.read.findings import pain_points
from werkstatt.voting.results import tally
from werkstatt.voting.rounds import WALL_TOKEN, read_round, round_list

# The sentences and labels are asserted in their English source form.
pytestmark = pytest.mark.usefixtures("english")


def prepare(editor: Editor, **rules) -> str:
    with editor.reading() as session:
        items = [("pain_point", row.id) for row in pain_points(session, MODEL_ID)]
    edit = editor.apply(PrepareRound(WORKSHOP_ID, "Was zuerst?", items, model_id=MODEL_ID, **rules))
    assert isinstance(edit, PrepareRound)
    return edit.round_id


def read_round_of(editor: Editor, round_id: str):
    with editor.reading() as session:
        return read_round(session, round_id)


def test_a_prepared_round_takes_the_present_participants(demo: Editor) -> None:
    round_id = prepare(demo)
    snap = read_round_of(demo, round_id)
    assert snap.state == "prepared"
    assert len(snap.options) == 7 and snap.budget() == 4
    with demo.reading() as session:
        absent = session.scalar(select(Person.name).join(Attendance, Attendance.person_id == Person.id)
                                .where(Attendance.present.is_(False)))
    names = [voter.name for voter in snap.voters]
    assert len(names) == 7 and absent not in names
    assert len({voter.token for voter in snap.voters}) == 7


def test_the_whole_round_and_its_undo(demo: Editor) -> None:
    round_id = prepare(demo, max_per_item=2)
    first = read_round_of(demo, round_id)
    option, token = first.options[0].id, first.voters[0].token
    with pytest.raises(EditError, match="not been opened"):
        demo.apply(SetVote(round_id, option, token, 1))
    demo.apply(open_round(round_id))
    demo.apply(SetVote(round_id, option, token, 2))
    with pytest.raises(EditError, match="At most 2"):
        demo.apply(SetVote(round_id, option, token, 3))
    demo.apply(SetVote(round_id, first.options[1].id, token, 2))
    with pytest.raises(EditError, match="has 4 dots"):
        demo.apply(SetVote(round_id, first.options[2].id, token, 1))
    demo.apply(SetFinished(round_id, first.voters[1].token, True))
    demo.apply(reveal_round(round_id))
    assert read_round_of(demo, round_id).state == "closed"
    with pytest.raises(EditError, match="reopen"):
        demo.apply(SetVote(round_id, option, token, 1))
    with pytest.raises(EditError, match="Only an open round"):
        demo.apply(reveal_round(round_id))
    demo.apply(reopen_round(round_id))
    assert read_round_of(demo, round_id).state == "open"
    demo.apply(SetVote(round_id, option, token, None))  # cleared
    result = tally(read_round_of(demo, round_id))
    assert result.items[0].option_id == first.options[1].id and result.items[0].total == 2

    states = []
    while demo.can_undo():
        snap = read_round_of(demo, round_id) if any(r["id"] == round_id for r in round_list_now(demo)) else None
        states.append(None if snap is None else (snap.state, dict(snap.values)))
        demo.undo()
    assert not any(r["id"] == round_id for r in round_list_now(demo))
    assert states[0] == ("open", {(first.options[1].id, token, "dots"): 2})
    assert ("closed", {(option, token, "dots"): 2, (first.options[1].id, token, "dots"): 2}) in states
    while demo.can_redo():
        demo.redo()
    assert tally(read_round_of(demo, round_id)) == result


def round_list_now(editor: Editor) -> list[dict]:
    with editor.reading() as session:
        return round_list(session, WORKSHOP_ID)


def test_clearing_and_entering_again_keeps_one_row(demo: Editor) -> None:
    round_id = prepare(demo)
    demo.apply(open_round(round_id))
    snap = read_round_of(demo, round_id)
    option, token = snap.options[0].id, snap.voters[0].token
    for value in (1, None, 2, None, 1):
        demo.apply(SetVote(round_id, option, token, value))
    with demo.reading() as session:
        rows = session.scalars(select(Vote).where(Vote.option_id == option, Vote.voter_token == token)).all()
    assert len(rows) == 1 and rows[0].value == 1 and not rows[0].deleted


def test_a_voter_who_left_no_longer_counts(demo: Editor) -> None:
    round_id = prepare(demo)
    demo.apply(open_round(round_id))
    snap = read_round_of(demo, round_id)
    leaving = snap.voters[2]
    demo.apply(SetVote(round_id, snap.options[0].id, leaving.token, 2))
    with demo.reading() as session:
        person_id = session.scalar(select(Person.id).where(Person.name == leaving.name))
    demo.apply(SetVoterTakesPart(round_id, person_id, False))
    after = read_round_of(demo, round_id)
    assert len(after.voters) == 6 and tally(after).items[0].total == 0
    with pytest.raises(EditError, match="does not vote"):
        demo.apply(SetVote(round_id, snap.options[0].id, leaving.token, 1))
    demo.apply(SetVoterTakesPart(round_id, person_id, True))  # came back: the same token, the same votes
    back = read_round_of(demo, round_id)
    assert back.voter(leaving.token) is not None and tally(back).items[0].total == 2


def test_own_proposals_barred_through_the_edits(demo: Editor) -> None:
    round_id = prepare(demo, own_proposals_allowed=False)
    demo.apply(open_round(round_id))
    snap = read_round_of(demo, round_id)
    option, token = snap.options[0].id, snap.voters[0].token
    demo.apply(SetProposer(round_id, option, token))
    with pytest.raises(EditError, match="own proposals"):
        demo.apply(SetVote(round_id, option, token, 1))
    demo.apply(SetVote(round_id, option, snap.voters[1].token, 1))


def test_wall_round_and_settings_fixed_once_open(demo: Editor) -> None:
    round_id = prepare(demo, entry="wall", max_per_item=2)
    demo.apply(ChangeSettings(round_id, dots_per_person=3))
    with pytest.raises(EditError, match="at least one dot"):
        demo.apply(ChangeSettings(round_id, dots_per_person=0))
    demo.apply(open_round(round_id))
    with pytest.raises(EditError, match="fixed"):
        demo.apply(ChangeSettings(round_id, dots_per_person=5))
    snap = read_round_of(demo, round_id)
    demo.apply(SetVote(round_id, snap.options[0].id, WALL_TOKEN, 14))
    with pytest.raises(EditError, match="at most 14"):
        demo.apply(SetVote(round_id, snap.options[1].id, WALL_TOKEN, 15))
    assert tally(read_round_of(demo, round_id)).items[0].total == 14


def test_consensus_round_gets_keep_as_is_and_effort_benefit_takes_measures_only(demo: Editor) -> None:
    round_id = prepare(demo, method="consensus")
    assert read_round_of(demo, round_id).options[0].kind == "status_quo"
    with pytest.raises(EditError, match="measures only"):
        prepare(demo, method="effort_benefit")


def test_refusals_leave_no_round_behind(demo: Editor) -> None:
    before = round_list_now(demo)
    with pytest.raises(EditError, match="question"):
        demo.apply(PrepareRound(WORKSHOP_ID, "  ", [("pain_point", "x")]))
    with pytest.raises(EditError, match="at least one item"):
        demo.apply(PrepareRound(WORKSHOP_ID, "Frage", []))
    assert round_list_now(demo) == before


def test_deleted_rounds_leave_the_list(demo: Editor) -> None:
    assert [row["id"] for row in round_list_now(demo)] == [ROUND_ID]
    demo.apply(delete_round(ROUND_ID))
    assert round_list_now(demo) == []
    demo.undo()
    assert [row["state"] for row in round_list_now(demo)] == ["closed"]


def test_the_demo_round_tallies_its_wall_of_dots(demo: Editor) -> None:
    result = tally(read_round_of(demo, ROUND_ID))
    assert result.voters == 7 and result.finished == 7
    assert [item.total for item in result.items] == [8, 8, 5, 3, 3, 1, 0]
    assert [item.rank for item in result.items] == [1, 1, 3, 4, 4, 6, 7]
    assert "EN-Kreis" in result.breakdown_note
    assert "voter" not in str(result.as_dict()).lower().replace("voters", "")
