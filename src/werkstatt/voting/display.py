"""What the room sees of a voting round, decided without Qt.

The projector paints a ``VoteScreen``; this module decides what is on it, so the rules of a fair
vote are tested without a display (REFERENCE §6): the rules are announced before the round; while
the round is open the room sees only *who* has finished, never a count or a total (no bandwagon);
only the reveal shows ranked bars, ties as ties, and the breakdown by organisation when every
group is large enough (else the note that says why not).

A round whose votes come from the phones in the room shows, while it is open for them, the QR
code of the join address, the address and the room's code in large letters, and "17 of 22 have
voted" (the phones that joined are the voters); ``PhoneAccess`` is what the window's room tells.

The diagram gets the same result as heat: ``step_heat`` sums the dots of the pain points on each
step, ``top_items`` names the leaders for the list beside the diagram, and ``latest_revealed_round``
finds the round whose result the diagram of a model shows.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from werkstatt.i18n import tr
from werkstatt.i18n.format import format_rounded
from werkstatt.model import PainPoint, RoundOption, VotingRound
from werkstatt.voting.progress import finished_count, turnout_line
from werkstatt.voting.results import ItemResult, RoundResult, tally
from werkstatt.voting.rounds import RoundSnapshot, read_round, value_range
from werkstatt.voting.rules import voter_name

__all__ = ["QUADRANTS", "Bar", "LegendEntry", "MatrixPoint", "PhoneAccess", "RevealedResults", "Segment", "TopItem",
           "VoteScreen", "VoterMark", "latest_revealed_round", "no_round_screen", "rank_labels", "rules_line",
           "step_heat", "top_items", "vote_screen", "voted_line"]

FINISHED_MARK = "✓"
WAITING_MARK = "○"
# The quadrants of the effort/benefit matrix: (code, column 0 = low effort, row 0 = high benefit).
QUADRANTS = (("quick_win", 0, 0), ("major_project", 1, 0), ("fill_in", 0, 1), ("thankless", 1, 1))


def quadrant_name(code: str) -> str:
    return {"quick_win": tr("VoteScreen", "Quick wins"), "major_project": tr("VoteScreen", "Major projects"),
            "fill_in": tr("VoteScreen", "Fill-ins"), "thankless": tr("VoteScreen", "Thankless tasks")}[code]


@dataclass(frozen=True)
class VoterMark:
    """One voter on the open round's screen: the name and whether the ballot is finished."""

    name: str
    finished: bool

    @property
    def mark(self) -> str:
        return FINISHED_MARK if self.finished else WAITING_MARK


@dataclass(frozen=True)
class Segment:
    """One organisation's part of a stacked bar; ``share`` is of the largest total, like the bar's."""

    value: int
    share: float
    colour: str
    label: str


@dataclass(frozen=True)
class LegendEntry:
    label: str  # "EN-Kreis (3 Personen)"
    colour: str


@dataclass(frozen=True)
class Bar:
    """One ranked item after the reveal."""

    rank: int
    rank_label: str  # "1." — the same label for every item of a tie
    tied: bool
    label: str
    total: float
    total_text: str
    share: float  # bar length, 0..1 of the largest total
    segments: tuple[Segment, ...] = ()  # the breakdown, when shown
    detail: str = ""  # the breakdown in words ("EN-Kreis 3 · Witten 5"): the colours are never alone


@dataclass(frozen=True)
class MatrixPoint:
    """A measure on the effort/benefit matrix: x grows with effort, y with benefit (both 0..1)."""

    number: int  # its number in the list beside the matrix
    label: str
    effort: float
    benefit: float
    x: float
    y: float
    quadrant: str
    slot: int = 0  # its place among the points at the same spot, so none hides another
    slots: int = 1


@dataclass(frozen=True)
class PhoneAccess:
    """Where the phones join a round that is open for them: the QR code's address, the short one, the code."""

    round_id: str
    url: str  # "http://192.168.178.23:8730/r/3UDGUQ", the QR code's content
    address: str  # "192.168.178.23:8730", for those who type it
    code: str  # "3UDGUQ"


@dataclass(frozen=True)
class VoteScreen:
    """Everything the projector's vote page draws; nothing in it needs the database."""

    title: str
    rules: str
    state: str  # "none", "prepared", "open", "closed"
    method: str = ""
    heading: str = ""
    items: tuple[str, ...] = ()  # prepared: what is voted on
    voters: tuple[VoterMark, ...] = ()  # open and not anonymous: who has finished
    progress: str = ""  # open: "4 of 6 finished"
    turnout: str = ""  # closed: "3 of 5 voted", so a half-finished round cannot pass for a full one
    bars: tuple[Bar, ...] = ()  # closed, dots and consensus: ranked
    legend: tuple[LegendEntry, ...] = ()
    matrix: tuple[MatrixPoint, ...] = ()  # closed, effort/benefit
    axis_effort: str = ""
    axis_benefit: str = ""
    quadrant_labels: tuple[tuple[str, str], ...] = ()  # (code, name) in QUADRANTS order
    note: str = ""  # why there is no breakdown
    notes: tuple[str, ...] = ()
    join_url: str = ""  # open for phones: the QR code's content, the address and the code shown beside it
    join_address: str = ""
    join_code: str = ""

    @property
    def shows_results(self) -> bool:
        """True when anything on the screen tells how the votes went."""
        return bool(self.bars or self.matrix or self.legend)


@dataclass(frozen=True)
class TopItem:
    """A leader of a revealed round, for the list beside the diagram."""

    rank_label: str
    label: str
    total: float
    total_text: str
    step_id: str | None


# --- the rules and the ranks ---------------------------------------------------------------------


def rules_line(snapshot: RoundSnapshot) -> str:
    """The rules announced before the round, in one line: budget, cap, own proposals, or the scale."""
    settings = snapshot.settings
    if snapshot.method == "consensus":
        return " · ".join((tr("VoteScreen", "Resistance 0 to 10 per option"),
                           tr("VoteScreen", "the lowest total resistance wins")))
    if snapshot.method == "effort_benefit":
        low, high = value_range(settings, "effort")
        scale = (tr("VoteScreen", "low or high") if settings.scale == "matrix"
                 else tr("VoteScreen", "{low} to {high}", low=low, high=high))
        return " · ".join((tr("VoteScreen", "Effort and benefit of each measure"), scale,
                           tr("VoteScreen", "high benefit at little effort first")))
    budget = snapshot.budget()
    parts = [tr("VoteScreen", "1 dot per person") if budget == 1
             else tr("VoteScreen", "{n} dots per person", n=budget)]
    cap = settings.max_per_item
    if cap == 1:
        parts.append(tr("VoteScreen", "no stacking"))
    elif cap is not None and cap < budget:
        parts.append(tr("VoteScreen", "at most {n} per pain point", n=cap) if settings.targets == "pain_points"
                     else tr("VoteScreen", "at most {n} per measure", n=cap) if settings.targets == "measures"
                     else tr("VoteScreen", "at most {n} per item", n=cap))
    else:
        parts.append(tr("VoteScreen", "stacking allowed"))
    if settings.entry != "phones":  # anonymous phones are nobody's proposers: the rule would say nothing
        parts.append(tr("VoteScreen", "own proposals allowed") if settings.own_proposals_allowed
                     else tr("VoteScreen", "no dots on own proposals"))
    return " · ".join(parts)


def rank_labels(items: tuple[ItemResult, ...] | list[ItemResult]) -> list[tuple[str, bool]]:
    """("1.", tied) per item: items of a tie carry the same rank, so the same label."""
    counts: dict[int, int] = {}
    for item in items:
        counts[item.rank] = counts.get(item.rank, 0) + 1
    return [(f"{item.rank}.", counts[item.rank] > 1) for item in items]


# --- the screen ----------------------------------------------------------------------------------


def no_round_screen() -> VoteScreen:
    return VoteScreen(tr("VoteScreen", "No voting round"), "", "none",
                      heading=tr("VoteScreen", "Choose a round in the voting panel to show it here."))


def vote_screen(snapshot: RoundSnapshot, result: RoundResult, phones: PhoneAccess | None = None) -> VoteScreen:
    """The projector's picture of the round in its current state; counts only after the reveal.

    ``phones``: the room the window opened for the phones, if any (shown only for this round while it is open).
    """
    title, rules = snapshot.question, rules_line(snapshot)
    common = {"title": title, "rules": rules, "state": snapshot.state, "method": snapshot.method}
    if snapshot.state == "prepared":
        return VoteScreen(**common, heading=tr("VoteScreen", "To vote on"),
                          items=tuple(option.label for option in snapshot.options))
    if snapshot.state == "open" and snapshot.settings.entry == "phones":
        return _phones_screen(snapshot, common, phones if phones is not None and phones.round_id == snapshot.id
                              else None)
    if snapshot.state == "open":
        return _open_screen(snapshot, common)
    notes = tuple(result.notes)
    common["turnout"] = turnout_line(result)
    if snapshot.method == "effort_benefit":
        return _matrix_screen(snapshot, result, common, notes)
    return _bars_screen(result, common, notes)


def _open_screen(snapshot: RoundSnapshot, common: dict[str, str]) -> VoteScreen:
    """Who has finished, nothing else: the room must not see where the dots go before the reveal."""
    progress = tr("VoteScreen", "{finished} of {total} finished", finished=finished_count(snapshot),
                  total=len(snapshot.voters))
    voters = () if snapshot.settings.anonymous else tuple(
        VoterMark(voter_name(snapshot, voter.token), snapshot.is_finished(voter.token)) for voter in snapshot.voters)
    heading = (tr("VoteScreen", "Voting is open: totals are shown when the round is revealed")
               if snapshot.settings.entry == "per_person"
               else tr("VoteScreen", "Voting is open: please place your dots on the wall"))
    return VoteScreen(**common, heading=heading, voters=voters, progress=progress)


def voted_line(snapshot: RoundSnapshot) -> str:
    """"17 of 22 have voted": of the phones that joined, those whose ballot has arrived."""
    return tr("VoteScreen", "{finished} of {total} have voted", finished=finished_count(snapshot),
              total=len(snapshot.voters))


def _phones_screen(snapshot: RoundSnapshot, common: dict[str, str], phones: PhoneAccess | None) -> VoteScreen:
    """The way in for the phones and how many have voted; the phones are anonymous, so no names and no marks."""
    if phones is None:
        return VoteScreen(**common, heading=tr("VoteScreen", "Voting is open, but not yet for the phones"),
                          progress=voted_line(snapshot))
    return VoteScreen(**common, heading=tr("VoteScreen", "Scan the code with your phone and vote there"),
                      progress=voted_line(snapshot), join_url=phones.url, join_address=phones.address,
                      join_code=tr("VoteScreen", "Code: {code}", code=phones.code))


def _bars_screen(result: RoundResult, common: dict[str, str], notes: tuple[str, ...]) -> VoteScreen:
    consensus = result.method == "consensus"
    largest = max((abs(item.total) for item in result.items), default=0) or 1
    bars = []
    for item, (label, tied) in zip(result.items, rank_labels(result.items), strict=True):
        segments: tuple[Segment, ...] = ()
        detail = ""
        if result.groups and item.by_group:
            segments = tuple(Segment(value, value / largest, group.colour, group.short_name)
                             for value, group in zip(item.by_group, result.groups, strict=True) if value)
            detail = " · ".join(f"{segment.label} {segment.value}" for segment in segments)
        bars.append(Bar(item.rank, label, tied, item.label, item.total, format_rounded(item.total), item.share,
                        segments, detail))
    legend = tuple(LegendEntry(group_label(group.short_name, group.voters), group.colour) for group in result.groups)
    heading = (tr("VoteScreen", "Total resistance: the lowest wins") if consensus
               else tr("VoteScreen", "Result: dots per item"))
    return VoteScreen(**common, heading=heading, bars=tuple(bars), legend=legend, note=result.breakdown_note,
                      notes=notes)


def _matrix_screen(snapshot: RoundSnapshot, result: RoundResult, common: dict[str, str],
                   notes: tuple[str, ...]) -> VoteScreen:
    low, high = value_range(snapshot.settings, "effort")
    span = (high or low + 1) - low
    placed = [item for item in result.items if item.effort is not None and item.benefit is not None
              and item.quadrant is not None]
    spots: dict[tuple[float, float], int] = {}
    for item in placed:
        spots[_spot(item)] = spots.get(_spot(item), 0) + 1
    taken: dict[tuple[float, float], int] = {}
    points = []
    for index, item in enumerate(placed, start=1):
        effort, benefit = spot = _spot(item)
        slot = taken.get(spot, 0)
        taken[spot] = slot + 1
        points.append(MatrixPoint(index, item.label, effort, benefit, _clamp((effort - low) / span),
                                  _clamp((benefit - low) / span), str(item.quadrant), slot, spots[spot]))
    return VoteScreen(**common, heading=tr("VoteScreen", "Result: effort and benefit"), matrix=tuple(points),
                      axis_effort=tr("VoteScreen", "Effort →"), axis_benefit=tr("VoteScreen", "Benefit →"),
                      quadrant_labels=tuple((code, quadrant_name(code)) for code, _, _ in QUADRANTS), notes=notes)


def _spot(item: ItemResult) -> tuple[float, float]:
    return float(item.effort or 0.0), float(item.benefit or 0.0)


def _clamp(value: float) -> float:
    return max(0.0, min(1.0, value))


# --- the heat on the diagram ---------------------------------------------------------------------


def step_heat(result: RoundResult | None) -> dict[str, tuple[int, float]]:
    """Dots per step (the sum over its pain points) and their share of the hottest step, after a dot vote.

    Empty for a round that is not revealed or not a dot vote: a resistance or a mean is no heat.
    """
    if result is None or result.state != "closed" or result.method != "dots":
        return {}
    votes: dict[str, int] = {}
    for item in result.items:
        if item.kind == "pain_point" and item.step_id:
            votes[item.step_id] = votes.get(item.step_id, 0) + round(item.total)
    largest = max(votes.values(), default=0)
    return {step: (count, count / largest if largest else 0.0) for step, count in votes.items()}


def top_items(result: RoundResult | None, n: int = 3) -> tuple[TopItem, ...]:
    """The items ranked within the first ``n`` places, ties included; a dot item without dots is no leader."""
    if result is None or result.state != "closed" or result.method == "effort_benefit":
        return ()
    leaders = [item for item in result.top(n) if result.method != "dots" or item.total > 0]
    return tuple(TopItem(label, item.label, item.total, format_rounded(item.total), item.step_id)
                 for item, (label, _tied) in zip(leaders, rank_labels(leaders), strict=True))


def latest_revealed_round(session: Session, model_id: str | None, methods: tuple[str, ...] = ("dots",)) -> str | None:
    """The newest revealed (closed) live round with pain points of ``model_id``; its result lies on the diagram.

    A round counts when one of its live options is a pain point of the model, whether or not the
    round itself names the model. Only dot votes by default: their totals are votes, which the
    diagram can show as heat.
    """
    found = _latest_revealed(session, model_id, methods)
    return found[0] if found else None


def _latest_revealed(session: Session, model_id: str | None,
                     methods: tuple[str, ...]) -> tuple[str, datetime | None] | None:
    if not model_id:
        return None
    query = (select(VotingRound.id, VotingRound.updated_at)
             .join(RoundOption, RoundOption.round_id == VotingRound.id)
             .join(PainPoint, PainPoint.id == RoundOption.target_id)
             .where(VotingRound.deleted.is_(False), VotingRound.state == "closed", VotingRound.method.in_(methods),
                    RoundOption.deleted.is_(False), RoundOption.target_kind == "pain_point",
                    PainPoint.model_id == model_id)
             .order_by(VotingRound.updated_at.desc(), VotingRound.created_at.desc(), VotingRound.id.desc())
             .limit(1))
    row = session.execute(query).first()
    return (row[0], row[1]) if row else None


class RevealedResults:
    """The result of a model's latest revealed round, tallied again only when it may have changed.

    The diagram asks after every keystroke; one small query finds the round and when it last
    changed. A closed round's votes cannot change (reopening changes the round), so the tally is
    kept until the round, its time stamp or ``context`` (the model's pain points: their texts and
    steps are the labels and the heat) differ.
    """

    def __init__(self, methods: tuple[str, ...] = ("dots",)) -> None:
        self.methods = methods
        self._key: object = None
        self._result: RoundResult | None = None

    def result(self, session: Session, model_id: str | None, context: Hashable = ()) -> RoundResult | None:
        found = _latest_revealed(session, model_id, self.methods)
        if found is None:
            self._key, self._result = None, None
            return None
        key = (found, context)
        if key != self._key:
            self._result = tally(read_round(session, found[0]))
            self._key = key
        return self._result


def group_label(name: str, voters: int) -> str:
    """"EN-Kreis (3 Personen)": the legend names the group and its size beside its colour."""
    if voters == 1:
        return tr("VoteScreen", "{name} (1 voter)", name=name)
    return tr("VoteScreen", "{name} ({n} voters)", name=name, n=voters)
