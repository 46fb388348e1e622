"""A round revealed before everyone finished says so: "3 of 5 voted" in the result and in the protocol."""

from __future__ import annotations

from sqlalchemy import select

from werkstatt import i18n
from werkstatt.demo import MODEL_ID, WORKSHOP_ID, create_demo
from werkstatt.edits import Editor
from werkstatt.edits.voting import PrepareRound, SetFinished, SetVote, open_round, present_people, reveal_round
from werkstatt.model import PainPoint
from werkstatt.protocol.content import gather
from werkstatt.protocol.html_votes import settings_line
from werkstatt.voting.progress import reveal_question
from werkstatt.voting.results import tally
from werkstatt.voting.rounds import read_round


def test_the_protocol_counts_only_finished_ballots(editor: Editor) -> None:
    i18n.set_language("en")
    create_demo(editor.store)
    with editor.reading() as session:
        people = [person.id for person in present_people(session, WORKSHOP_ID)][:5]
        pain_points = list(session.scalars(select(PainPoint.id).where(PainPoint.model_id == MODEL_ID,
                                                                      PainPoint.deleted.is_(False))))[:5]
    prepare = PrepareRound(WORKSHOP_ID, "Was zuerst?", [("pain_point", p) for p in pain_points], model_id=MODEL_ID,
                           voters=people)  # 5 items: 3 dots each
    editor.apply(prepare)
    editor.apply(open_round(prepare.round_id))
    with editor.reading() as session:
        snap = read_round(session, prepare.round_id)
    options, tokens = [o.id for o in snap.options], [v.token for v in snap.voters]
    for token in tokens[:2]:  # two spend all their dots
        editor.apply(SetVote(prepare.round_id, options[0], token, 2))
        editor.apply(SetVote(prepare.round_id, options[1], token, 1))
    editor.apply(SetVote(prepare.round_id, options[2], tokens[2], 1))  # one keeps two dots and says "finished"
    editor.apply(SetFinished(prepare.round_id, tokens[2], True))
    editor.apply(SetVote(prepare.round_id, options[3], tokens[3], 1))  # one is still at it; one has not begun
    with editor.reading() as session:
        assert reveal_question(read_round(session, prepare.round_id)) == \
            "Only 3 of 5 have finished. Reveal anyway?"
    editor.apply(reveal_round(prepare.round_id))

    with editor.reading() as session:
        result = tally(read_round(session, prepare.round_id))
        protocol = gather(session, WORKSHOP_ID)
    assert (result.voters, result.eligible) == (3, 5)
    rounds = {r.round_id: r for model in protocol.models for r in model.rounds}
    line = settings_line(rounds[prepare.round_id])
    assert line.endswith("3 of 5 voted"), line
