"""Undoable edits of voting rounds: prepare, enter votes, open, reveal, reopen.

Every entry is checked against the round's rules (``werkstatt.voting.rules``) when it is
first applied; a refusal is an EditError with the sentence and leaves the data unchanged.
A vote that is cleared is tombstoned, and entering a value there again brings the same row
back, so each (option, voter, criterion) keeps one row.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from werkstatt.edits.base import ChangeRow, Create, Delete, Edit, Planned, Restore, Update, live
from werkstatt.errors import EditError
from werkstatt.i18n import tr
from werkstatt.model import (
    VOTING_ENTRIES,
    VOTING_METHODS,
    VOTING_SCALES,
    Attendance,
    Measure,
    PainPoint,
    Person,
    RoundOption,
    RoundVoter,
    Vote,
    VotingRound,
    Workshop,
)
from werkstatt.voting.rounds import criteria, read_round
from werkstatt.voting.rules import check_entry, check_settings


def new_token() -> str:
    return str(uuid.uuid4())


def present_people(session: Session, workshop_id: str) -> list[Person]:
    """The participants marked present, in the order they were invited."""
    return list(session.scalars(
        select(Person).join(Attendance, Attendance.person_id == Person.id)
        .where(Attendance.workshop_id == workshop_id, Attendance.present.is_(True), Attendance.deleted.is_(False),
               Person.deleted.is_(False))
        .order_by(Attendance.created_at, Attendance.id)))


class PrepareRound(Planned):
    """A new round in the state "prepared": its rules, the items voted on, and who votes.

    ``options`` are ("pain_point" | "measure", id) pairs in the order shown; a consensus round
    gets "keep as is" as its first option. Voters are the given people, or those present.
    """

    def __init__(self, workshop_id: str, question: str, options: Sequence[tuple[str, str]], *,
                 method: str = "dots", model_id: str | None = None, dots_per_person: int | None = None,
                 max_per_item: int | None = None, own_proposals_allowed: bool = True, entry: str = "per_person",
                 scale: str = "five", min_group_size: int = 3, anonymous: bool = True,
                 voters: Sequence[str] | None = None, round_id: str | None = None) -> None:
        super().__init__(tr("VotingEdits", "Prepare voting round"))
        self.round_id = round_id or str(uuid.uuid4())
        self.workshop_id, self.question, self.options = workshop_id, question.strip(), list(options)
        self.model_id, self.voters = model_id, voters
        self.settings = {"method": method, "dots_per_person": dots_per_person, "max_per_item": max_per_item,
                         "own_proposals_allowed": own_proposals_allowed, "entry": entry, "scale": scale,
                         "min_group_size": min_group_size, "anonymous": anonymous}

    def plan(self, session: Session) -> list[Edit]:
        live(session, Workshop, self.workshop_id)
        method = self.settings["method"]
        if method not in VOTING_METHODS or self.settings["entry"] not in VOTING_ENTRIES \
                or self.settings["scale"] not in VOTING_SCALES:
            raise EditError(tr("VotingEdits", "This kind of voting round is not known."))
        if not self.question:
            raise EditError(tr("VotingEdits", "A voting round needs a question."))
        kinds = {kind for kind, _ in self.options}
        if method == "effort_benefit" and kinds - {"measure"}:
            raise EditError(tr("VotingEdits", "Effort and benefit are rated for measures only."))
        for kind, target_id in self.options:
            live(session, PainPoint if kind == "pain_point" else Measure, target_id)
        problem = check_settings(method, self.settings["dots_per_person"], self.settings["max_per_item"],
                                 self.settings["min_group_size"], len(self.options))
        if problem:
            raise EditError(problem)
        targets = "mixed" if len(kinds) > 1 else "measures" if kinds == {"measure"} else "pain_points"
        parts: list[Edit] = [Create(VotingRound, id=self.round_id, workshop_id=self.workshop_id,
                                    model_id=self.model_id, question=self.question, targets=targets,
                                    state="prepared", **self.settings)]
        options = ([("status_quo", None)] if method == "consensus" else []) + list(self.options)
        parts += [Create(RoundOption, round_id=self.round_id, target_kind=kind, target_id=target_id, position=i)
                  for i, (kind, target_id) in enumerate(options)]
        if self.settings["entry"] == "phones":  # the phones that join are the voters, anonymously
            people = [live(session, Person, person_id) for person_id in self.voters or ()]
        elif self.voters is None:
            people = present_people(session, self.workshop_id)
        else:
            people = [live(session, Person, person_id) for person_id in self.voters]
        parts += [Create(RoundVoter, round_id=self.round_id, token=new_token(), person_id=person.id,
                         organisation_id=person.organisation_id, position=i) for i, person in enumerate(people)]
        return parts


class ChangeSettings(ChangeRow):
    """Change the announced rules; only while the round is prepared, so nobody has voted under other rules."""

    table = VotingRound

    def __init__(self, round_id: str, **changes: object) -> None:
        super().__init__(tr("VotingEdits", "Change the rules of the voting round"), round_id, changes)

    def check(self, session: Session, row: VotingRound) -> None:
        if row.state != "prepared":
            raise EditError(tr("VotingEdits", "The rules are fixed once the round is open."))
        values = {name: self.changes.get(name, getattr(row, name))
                  for name in ("method", "dots_per_person", "max_per_item", "min_group_size")}
        if "question" in self.changes and not str(self.changes["question"]).strip():
            raise EditError(tr("VotingEdits", "A voting round needs a question."))
        count = len(read_round(session, self.row_id).options)
        problem = check_settings(str(values["method"]), values["dots_per_person"], values["max_per_item"],
                                 int(values["min_group_size"]), count)
        if problem:
            raise EditError(problem)


# The state machine: prepared → open → closed (revealed); closed → open only by an explicit reopen.
TRANSITIONS = {"open": ("prepared",), "closed": ("open",), "reopen": ("closed",)}


class ChangeState(Planned):
    def __init__(self, round_id: str, action: str) -> None:
        texts = {"open": tr("VotingEdits", "Open voting round"), "closed": tr("VotingEdits", "Reveal voting results"),
                 "reopen": tr("VotingEdits", "Reopen voting round")}
        super().__init__(texts[action])
        self.round_id, self.action = round_id, action

    def plan(self, session: Session) -> list[Edit]:
        row = live(session, VotingRound, self.round_id)
        if row.state not in TRANSITIONS[self.action]:
            raise EditError({"open": tr("VotingEdits", "Only a prepared round can be opened."),
                             "closed": tr("VotingEdits", "Only an open round can be revealed."),
                             "reopen": tr("VotingEdits", "Only a revealed round can be reopened.")}[self.action])
        if self.action == "open":
            snapshot = read_round(session, self.round_id)
            if not snapshot.options:
                raise EditError(tr("VotingEdits", "A round needs at least one item to vote on."))
            if not snapshot.voters and snapshot.settings.entry != "phones":
                raise EditError(tr("VotingEdits", "Nobody votes in this round: mark the participants present first."))
        return [Update(VotingRound, self.round_id, state="open" if self.action == "reopen" else self.action)]


def open_round(round_id: str) -> Edit:
    return ChangeState(round_id, "open")


def reveal_round(round_id: str) -> Edit:
    return ChangeState(round_id, "closed")


def reopen_round(round_id: str) -> Edit:
    return ChangeState(round_id, "reopen")


def delete_round(round_id: str) -> Edit:
    return Delete(VotingRound, round_id, tr("VotingEdits", "Delete voting round"))


class SetVote(Planned):
    """One cell of the grid: what a voter (or the wall) gives one option; None clears it."""

    def __init__(self, round_id: str, option_id: str, token: str, value: int | None, criterion: str = "",
                 *, continues: bool = False) -> None:
        super().__init__(tr("VotingEdits", "Enter vote"))
        self.round_id, self.option_id, self.token, self.value = round_id, option_id, token, value
        self.criterion = criterion
        # The second digit of a number typed into the same cell ("1" then "0"): one undo step with the first.
        self.continues = continues
        self.merge_key = (round_id, option_id, token, criterion)

    def plan(self, session: Session) -> list[Edit]:
        snapshot = read_round(session, self.round_id)
        criterion = self.criterion or criteria(snapshot.method)[0]
        problem = check_entry(snapshot, self.option_id, self.token, criterion, self.value)
        if problem:
            raise EditError(problem)
        row = session.scalar(select(Vote).where(Vote.option_id == self.option_id, Vote.voter_token == self.token,
                                                Vote.criterion == criterion))
        return vote_row_edits(row, self.round_id, self.option_id, self.token, criterion, self.value)


def vote_row_edits(row: Vote | None, round_id: str, option_id: str, token: str, criterion: str,
                   value: int | None) -> list[Edit]:
    """The edits that make the one row of (option, voter, criterion) say ``value`` (None: cleared).

    A cleared vote is tombstoned, and a value entered there again brings the same row back, so each
    (option, voter, criterion) keeps one row; the grid's cell and a phone's ballot both write it so.
    """
    if row is None:
        return [] if value is None else [Create(Vote, round_id=round_id, option_id=option_id, voter_token=token,
                                                criterion=criterion, value=value)]
    if value is None:
        return [] if row.deleted else [Delete(Vote, row.id)]
    return ([Restore(Vote, row.id)] if row.deleted else []) + [Update(Vote, row.id, value=value)]


def _voter_row(session: Session, round_id: str, token: str) -> RoundVoter:
    row = session.scalar(select(RoundVoter).where(RoundVoter.round_id == round_id, RoundVoter.token == token,
                                                  RoundVoter.deleted.is_(False)))
    if row is None:
        raise EditError(tr("VotingEdits", "This person does not vote in this round."))
    return row


class SetFinished(Planned):
    """Mark a voter as done (or not): the projector shows who has finished before the reveal."""

    def __init__(self, round_id: str, token: str, finished: bool) -> None:
        super().__init__(tr("VotingEdits", "Mark voter as finished") if finished
                         else tr("VotingEdits", "Mark voter as not finished"))
        self.round_id, self.token, self.finished = round_id, token, finished

    def plan(self, session: Session) -> list[Edit]:
        if live(session, VotingRound, self.round_id).state != "open":
            raise EditError(tr("VotingEdits", "Voters can finish only while the round is open."))
        return [Update(RoundVoter, _voter_row(session, self.round_id, self.token).id, finished=self.finished)]


class SetVoterTakesPart(Planned):
    """Add a participant to the round, or take one out (left early): their votes then do not count."""

    def __init__(self, round_id: str, person_id: str, takes_part: bool) -> None:
        super().__init__(tr("VotingEdits", "Add voter") if takes_part else tr("VotingEdits", "Remove voter"))
        self.round_id, self.person_id, self.takes_part = round_id, person_id, takes_part

    def plan(self, session: Session) -> list[Edit]:
        if live(session, VotingRound, self.round_id).state == "closed":
            raise EditError(tr("VotingEdits", "The round is closed: reopen it to change who votes."))
        person = live(session, Person, self.person_id)
        rows = list(session.scalars(select(RoundVoter).where(RoundVoter.round_id == self.round_id,
                                                              RoundVoter.person_id == self.person_id)))
        current = next((row for row in rows if not row.deleted), None)
        if not self.takes_part:
            return [Delete(RoundVoter, current.id)] if current is not None else []
        if current is not None:
            return []
        if rows:
            return [Restore(RoundVoter, rows[-1].id)]
        position = len(session.scalars(select(RoundVoter.id).where(RoundVoter.round_id == self.round_id)).all())
        return [Create(RoundVoter, round_id=self.round_id, token=new_token(), person_id=person.id,
                       organisation_id=person.organisation_id, position=position)]


class SetProposer(Planned):
    """Who proposed an item (a voter's token, or None), so that own proposals can be barred."""

    def __init__(self, round_id: str, option_id: str, token: str | None) -> None:
        super().__init__(tr("VotingEdits", "Set who proposed the item"))
        self.round_id, self.option_id, self.token = round_id, option_id, token

    def plan(self, session: Session) -> list[Edit]:
        snapshot = read_round(session, self.round_id)
        if snapshot.state == "closed":
            raise EditError(tr("VotingEdits", "The round is closed: reopen it to change it."))
        option = snapshot.option(self.option_id)
        if option is None or option.kind == "status_quo":
            raise EditError(tr("VotingEdits", "Only a pain point or a measure can have been proposed by someone."))
        if self.token is not None:
            _voter_row(session, self.round_id, self.token)
            if not snapshot.settings.own_proposals_allowed and snapshot.value(self.option_id, self.token, "dots"):
                raise EditError(tr("VotingEdits", "This person has already given dots to the item; remove them first, "
                                            "because nobody votes for their own proposals in this round."))
        return [Update(RoundOption, self.option_id, proposer_token=self.token)]
