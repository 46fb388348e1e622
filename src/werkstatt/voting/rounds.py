"""A voting round as plain data: its settings, options, voters and the values entered so far.

Read once from the database (``read_round``) and handed to the rules, the tally, the grid and
the projector, so they all see the same round. Voter names are in the snapshot for the
facilitator's grid only; the results never use them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from werkstatt.errors import NotFoundError
from werkstatt.i18n import tr
from werkstatt.model import (
    WALL_TOKEN,
    Measure,
    Organisation,
    PainPoint,
    Person,
    RoundOption,
    RoundVoter,
    Vote,
    VotingRound,
    Workshop,
)

__all__ = ["WALL_TOKEN", "OptionInfo", "RoundSnapshot", "Settings", "VoterInfo", "criteria", "default_budget",
           "read_round", "round_list", "value_range"]


@dataclass(frozen=True)
class Settings:
    """The rules announced before the round; fixed once it is open."""

    method: str  # werkstatt.model.VOTING_METHODS
    targets: str  # werkstatt.model.VOTING_TARGETS
    entry: str  # werkstatt.model.VOTING_ENTRIES
    dots_per_person: int | None = None  # the budget of the dot vote; None takes the default
    max_per_item: int | None = None  # cap per item; 1 = no stacking, None = no cap but the budget
    own_proposals_allowed: bool = True
    scale: str = "five"  # effort/benefit: "five" (1–5) or "matrix" (1 = low, 2 = high)
    min_group_size: int = 3
    anonymous: bool = True

    def as_dict(self) -> dict[str, object]:
        return {name: getattr(self, name) for name in self.__dataclass_fields__}


@dataclass(frozen=True)
class OptionInfo:
    id: str
    kind: str  # "pain_point", "measure" or "status_quo"
    target_id: str | None
    label: str
    step_id: str | None = None  # the step a pain point is on, for the heat on the diagram
    proposer_token: str | None = None


@dataclass(frozen=True)
class VoterInfo:
    token: str
    name: str  # for the facilitator's grid only; "" when the person is gone
    organisation_id: str | None
    finished: bool


@dataclass(frozen=True)
class RoundSnapshot:
    id: str
    workshop_id: str
    model_id: str | None
    question: str
    state: str  # werkstatt.model.VOTING_STATES
    settings: Settings
    options: tuple[OptionInfo, ...]
    voters: tuple[VoterInfo, ...]  # those who take part, in their order
    # (option id, voter token, criterion) -> value; the wall's totals are under WALL_TOKEN.
    values: dict[tuple[str, str, str], int] = field(default_factory=dict)
    organisations: dict[str, tuple[str, str, str]] = field(default_factory=dict)  # id -> (name, short, kind)

    @property
    def method(self) -> str:
        return self.settings.method

    def option(self, option_id: str) -> OptionInfo | None:
        return next((option for option in self.options if option.id == option_id), None)

    def voter(self, token: str) -> VoterInfo | None:
        return next((voter for voter in self.voters if voter.token == token), None)

    def budget(self) -> int:
        """Dots per person: as announced, or options ÷ 2 + 1 (REFERENCE §6)."""
        return self.settings.dots_per_person or default_budget(len(self.options))

    def value(self, option_id: str, token: str, criterion: str) -> int | None:
        return self.values.get((option_id, token, criterion))

    def used(self, token: str, criterion: str = "dots") -> int:
        return sum(value for (_, who, what), value in self.values.items() if who == token and what == criterion)

    def rated_all(self, token: str) -> bool:
        """Every option has a value from this voter for every criterion of the method."""
        return all((option.id, token, criterion) in self.values
                   for option in self.options for criterion in criteria(self.method))

    def is_finished(self, token: str) -> bool:
        """Finished when the facilitator said so, or when nothing is left to enter."""
        voter = self.voter(token)
        if voter is None:
            return False
        if voter.finished:
            return True
        if self.method == "dots":
            return self.used(token) >= self.budget()
        return self.rated_all(token)


def default_budget(option_count: int) -> int:
    return option_count // 2 + 1


def criteria(method: str) -> tuple[str, ...]:
    return {"dots": ("dots",), "consensus": ("resistance",), "effort_benefit": ("effort", "benefit")}[method]


def value_range(settings: Settings, criterion: str) -> tuple[int, int | None]:
    """The values one voter may give one option (None: bounded only by the budget)."""
    if criterion == "dots":
        return 0, settings.max_per_item
    if criterion == "resistance":
        return 0, 10
    return 1, 2 if settings.scale == "matrix" else 5


def _labels(session: Session, options: list[RoundOption]) -> dict[str, tuple[str, str | None]]:
    """Option id -> (text, step of a pain point), read with one query per kind instead of one per option."""
    wanted: dict[str, list[str]] = {"pain_point": [], "measure": []}
    for option in options:
        if option.target_kind in wanted and option.target_id:
            wanted[option.target_kind].append(option.target_id)
    found: dict[tuple[str, str], tuple[str, str | None]] = {}
    if wanted["pain_point"]:
        for row_id, text, step_id in session.execute(select(PainPoint.id, PainPoint.text, PainPoint.step_id)
                                                     .where(PainPoint.id.in_(wanted["pain_point"]))):
            found[("pain_point", row_id)] = (text, step_id)
    if wanted["measure"]:
        for row_id, text in session.execute(select(Measure.id, Measure.text).where(Measure.id.in_(wanted["measure"]))):
            found[("measure", row_id)] = (text, None)
    labels = {}
    for option in options:
        if option.target_kind == "status_quo":
            labels[option.id] = (tr("VotingRounds", "Keep as is"), None)
        else:
            labels[option.id] = found.get((option.target_kind, option.target_id or ""),
                                          (tr("VotingRounds", "(removed)"), None))
    return labels


def read_round(session: Session, round_id: str, *, values_of: str | None = None) -> RoundSnapshot:
    """The round as plain data. Read with a fixed number of queries, as plain rows where there are many:
    a round with a hundred phones is read for every ballot they send.

    ``values_of`` a voter's token: only that voter's values and no organisations, which is all the rules
    need to check one person's entries (``check_entry``); a tally needs the whole round."""
    row = session.get(VotingRound, round_id)
    if row is None or row.deleted:
        raise NotFoundError(tr("VotingRounds", "There is no voting round with the id {id}.", id=round_id))
    settings = Settings(method=row.method, targets=row.targets, entry=row.entry, dots_per_person=row.dots_per_person,
                        max_per_item=row.max_per_item, own_proposals_allowed=row.own_proposals_allowed,
                        scale=row.scale, min_group_size=row.min_group_size, anonymous=row.anonymous)
    rows = list(session.scalars(select(RoundOption).where(RoundOption.round_id == round_id,
                                                         RoundOption.deleted.is_(False))
                                .order_by(RoundOption.position, RoundOption.created_at)))
    labels = _labels(session, rows)
    options = [OptionInfo(option.id, option.target_kind, option.target_id, *labels[option.id], option.proposer_token)
               for option in rows]
    voter_rows = session.execute(select(RoundVoter.token, Person.name, RoundVoter.organisation_id, RoundVoter.finished)
                                 .outerjoin(Person, Person.id == RoundVoter.person_id)
                                 .where(RoundVoter.round_id == round_id, RoundVoter.deleted.is_(False))
                                 .order_by(RoundVoter.position, RoundVoter.created_at)).all()
    voters = tuple(VoterInfo(token, name or "", organisation_id, bool(finished))
                   for token, name, organisation_id, finished in voter_rows)
    live_options = {option.id for option in options}
    live_tokens = {voter.token for voter in voters} | {WALL_TOKEN}
    votes = select(Vote.option_id, Vote.voter_token, Vote.criterion, Vote.value).where(Vote.round_id == round_id,
                                                                                      Vote.deleted.is_(False))
    if values_of is not None:
        votes = votes.where(Vote.voter_token == values_of)
    values = {(option_id, token, criterion): value for option_id, token, criterion, value in session.execute(votes)
              if option_id in live_options and token in live_tokens}
    organisations = {} if values_of is not None else {
        org_id: (name, short, kind) for org_id, name, short, kind in session.execute(
            select(Organisation.id, Organisation.name, Organisation.short_name, Organisation.kind))}
    return RoundSnapshot(row.id, row.workshop_id, row.model_id, row.question, row.state, settings, tuple(options),
                         voters, values, organisations)


def round_list(session: Session, workshop_id: str | None = None) -> list[dict[str, object]]:
    """The live rounds (of one workshop, or all), oldest first, as plain rows for lists and the CLI."""
    query = (select(VotingRound, Workshop.title).join(Workshop, Workshop.id == VotingRound.workshop_id)
             .where(VotingRound.deleted.is_(False), Workshop.deleted.is_(False))
             .order_by(VotingRound.created_at, VotingRound.id))
    if workshop_id is not None:
        query = query.where(VotingRound.workshop_id == workshop_id)
    rows = []
    for voting, workshop_title in session.execute(query):
        options = session.scalars(select(RoundOption.id).where(RoundOption.round_id == voting.id,
                                                               RoundOption.deleted.is_(False))).all()
        voters = session.scalars(select(RoundVoter.id).where(RoundVoter.round_id == voting.id,
                                                             RoundVoter.deleted.is_(False))).all()
        rows.append({"id": voting.id, "workshop_id": voting.workshop_id, "workshop": workshop_title,
                     "model_id": voting.model_id, "question": voting.question, "method": voting.method,
                     "targets": voting.targets, "state": voting.state, "options": len(options),
                     "voters": len(voters)})
    return rows
