"""Edits that the phones in the room cause: a phone joins a round, sends its ballot, sends a pain point.

A phone's ballot becomes the very rows the facilitator's grid writes (one ``votes`` row per option,
voter and criterion, tombstoned when cleared and brought back when set again), so the results are
the same as if the facilitator had typed the ballot, and the ballot is undone like the grid's cells.
It is checked as a whole against the round's rules and written in one transaction: a refused ballot
changes nothing, not even its allowed part.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from werkstatt.edits.base import Create, Edit, Planned, Update, live
from werkstatt.edits.records import AddPainPoint
from werkstatt.edits.voting import new_token, vote_row_edits
from werkstatt.errors import EditError
from werkstatt.i18n import tr
from werkstatt.model import (
    PAIN_POINT_CATEGORIES,
    SUGGESTION_KINDS,
    ProcessModel,
    RoomSuggestion,
    RoundVoter,
    Step,
    Vote,
    VotingRound,
)
from werkstatt.voting.rounds import criteria, read_round
from werkstatt.voting.rules import check_entry

# A round that lets phones join takes at most this many: a runaway script cannot make "3 of 40,000 voted".
MAX_PHONES = 500
MAX_SUGGESTION_CHARS = 500

Ballot = Mapping[tuple[str, str], int | None]  # (option id, criterion) -> value; None clears it


class JoinByPhone(Planned):
    """A phone joins a round: a new anonymous voter (no person, no organisation) under a fresh token."""

    def __init__(self, round_id: str) -> None:
        super().__init__(tr("RoomEdits", "A phone joined the voting round"))
        self.round_id = round_id
        self.token = new_token()
        self.number = 0  # the phone's number in the round ("phone 3"), once planned

    def plan(self, session: Session) -> list[Edit]:
        row = live(session, VotingRound, self.round_id)
        if row.entry != "phones":
            raise EditError(tr("RoomEdits", "This round is not open for phones."))
        if row.state == "closed":
            raise EditError(tr("RoomEdits", "The round is closed: phones can no longer join it."))
        count = session.scalar(select(func.count()).select_from(RoundVoter)
                               .where(RoundVoter.round_id == self.round_id)) or 0
        if count >= MAX_PHONES:
            raise EditError(tr("RoomEdits", "This round already has {n} phones; no more can join.", n=MAX_PHONES))
        self.number = count + 1
        return [Create(RoundVoter, round_id=self.round_id, token=self.token, person_id=None, organisation_id=None,
                       position=count)]


class SetBallot(Planned):
    """A whole ballot from one voter: every value it gives, checked together, written as one undo step.

    Values the ballot does not name stay as they are; None clears one. The voter counts as having
    voted ("17 von 22 haben abgestimmt") once a ballot has arrived; a later ballot replaces the values.
    """

    def __init__(self, round_id: str, token: str, ballot: Ballot, *, voter_label: str = "") -> None:
        super().__init__(tr("RoomEdits", "Ballot from {voter}", voter=voter_label) if voter_label
                         else tr("RoomEdits", "Ballot from a phone"))
        self.round_id, self.token, self.ballot = round_id, token, dict(ballot)
        self.ballot_after: dict[str, dict[str, int]] = {}  # the voter's values once applied, for the phone

    def plan(self, session: Session) -> list[Edit]:
        snapshot = read_round(session, self.round_id, values_of=self.token)  # one person's entries: their values
        values = dict(snapshot.values)
        for (option_id, criterion), value in self.ballot.items():
            if value is None:
                values.pop((option_id, self.token, criterion), None)
            else:
                values[(option_id, self.token, criterion)] = value
        after = dataclasses.replace(snapshot, values=values)
        self.ballot_after = {}
        for (option_id, who, criterion), value in values.items():
            if who == self.token:
                self.ballot_after.setdefault(option_id, {})[criterion] = value
        # Checked against the round as the whole ballot leaves it: moving dots from one item to
        # another is allowed however the ballot lists them, and the total must fit the budget.
        for (option_id, criterion), value in self.ballot.items():
            problem = check_entry(after, option_id, self.token, criterion, value)
            if problem:
                raise EditError(problem)
        rows = {(vote.option_id, vote.criterion): vote for vote in session.scalars(
            select(Vote).where(Vote.round_id == self.round_id, Vote.voter_token == self.token))}
        parts: list[Edit] = []
        for (option_id, criterion), value in self.ballot.items():
            row = rows.get((option_id, criterion))
            if row is not None and not row.deleted and row.value == value:
                continue  # unchanged since the last ballot: nothing to write
            parts += vote_row_edits(row, self.round_id, option_id, self.token, criterion, value)
        voter = session.scalar(select(RoundVoter).where(RoundVoter.round_id == self.round_id,
                                                        RoundVoter.token == self.token,
                                                        RoundVoter.deleted.is_(False)))
        if voter is not None and not voter.finished:
            parts.append(Update(RoundVoter, voter.id, finished=True))
        return parts


def ballot_from_values(method: str, values: Mapping[str, Mapping[str, int | None]]) -> Ballot:
    """``{option id: {criterion: value}}`` (the phone's JSON) as a ballot; unknown criteria are left to the rules."""
    known = criteria(method)
    return {(option_id, criterion or known[0]): value
            for option_id, by_criterion in values.items() for criterion, value in by_criterion.items()}


class SuggestFromRoom(Planned):
    """A pain point or question a phone sent about the step on the projector: into the inbox, nowhere else."""

    def __init__(self, workshop_id: str | None, model_id: str, step_id: str | None, kind: str, category: str,
                 text: str) -> None:
        super().__init__(tr("RoomEdits", "A pain point from the room"))
        self.workshop_id, self.model_id, self.step_id = workshop_id, model_id, step_id
        # ``text`` is the edit's own label (the undo menu, the status bar): the phone's words are ``message``.
        self.kind, self.category, self.message = kind, category, " ".join(text.split())
        self.suggestion_id: str | None = None

    def plan(self, session: Session) -> list[Edit]:
        if self.kind not in SUGGESTION_KINDS or self.category not in PAIN_POINT_CATEGORIES:
            raise EditError(tr("RoomEdits", "This kind of message is not known."))
        if not self.message:
            raise EditError(tr("RoomEdits", "The message is empty."))
        if len(self.message) > MAX_SUGGESTION_CHARS:
            raise EditError(tr("RoomEdits", "A message has at most {n} characters.", n=MAX_SUGGESTION_CHARS))
        live(session, ProcessModel, self.model_id)
        if self.step_id is not None and live(session, Step, self.step_id).model_id != self.model_id:
            raise EditError(tr("RoomEdits", "The step belongs to another process model."))
        create = Create(RoomSuggestion, workshop_id=self.workshop_id, model_id=self.model_id, step_id=self.step_id,
                        kind=self.kind, category=self.category, text=self.message, state="new")
        self.suggestion_id = create.id
        return [create]


class AcceptSuggestion(Planned):
    """The facilitator takes a message from the inbox as a pain point on its step (text and category as edited)."""

    def __init__(self, suggestion_id: str, text: str | None = None, category: str | None = None) -> None:
        super().__init__(tr("RoomEdits", "Accept pain point from the room"))
        self.suggestion_id, self.new_text, self.category = suggestion_id, text, category

    def plan(self, session: Session) -> list[Edit]:
        row = _waiting(session, self.suggestion_id)
        add = AddPainPoint(row.model_id, self.new_text if self.new_text is not None else row.text, step_id=row.step_id,
                           category=self.category or row.category, workshop_id=row.workshop_id)
        parts = add.plan(session)
        return [*parts, Update(RoomSuggestion, row.id, state="accepted", pain_point_id=add.pain_point_id)]


class DiscardSuggestion(Planned):
    def __init__(self, suggestion_id: str) -> None:
        super().__init__(tr("RoomEdits", "Discard message from the room"))
        self.suggestion_id = suggestion_id

    def plan(self, session: Session) -> list[Edit]:
        return [Update(RoomSuggestion, _waiting(session, self.suggestion_id).id, state="discarded")]


def _waiting(session: Session, suggestion_id: str) -> RoomSuggestion:
    row = live(session, RoomSuggestion, suggestion_id)
    if row.state != "new":
        raise EditError(tr("RoomEdits", "This message has already been dealt with."))
    return row
