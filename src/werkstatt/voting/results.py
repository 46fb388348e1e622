"""The result of a round: totals, ranks with ties, and the breakdown by organisation.

Pure arithmetic over a ``RoundSnapshot``. Results name voters by number only, never by
name or token, so they can go into the protocol and to the register as they are.

- Dots: the total of dots per item; most dots first.
- Systemic consensus: the total resistance per option; lowest first. A voter who rated some
  options but not all counts 10 (the strongest resistance) for the missing ones, and a note says so.
- Effort/benefit: the mean effort and benefit per measure and its quadrant; quick wins
  (high benefit, low effort) first, then by benefit minus effort.

Items with the same score share a rank ("1, 2, 2, 4"); among them the order of the round stays.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass

from werkstatt.i18n import tr
from werkstatt.render.palette import OKABE_ITO
from werkstatt.voting.rounds import WALL_TOKEN, RoundSnapshot, criteria

# Colours of the organisations in a breakdown, in the order the groups are listed (Kreis first).
GROUP_COLOURS = tuple(OKABE_ITO[name] for name in ("blue", "orange", "bluish_green", "vermillion",
                                                   "reddish_purple", "sky_blue", "yellow"))
QUADRANT_ORDER = ("quick_win", "major_project", "fill_in", "thankless")
MAX_RESISTANCE = 10


@dataclass(frozen=True)
class ItemResult:
    option_id: str
    kind: str
    target_id: str | None
    label: str
    total: float  # dots, resistance, or benefit − effort
    rank: int  # 1 = best; equal scores share a rank
    share: float  # 0..1 of the largest total, for bars and the heat on the diagram
    by_group: tuple[int, ...] = ()  # dots per group of ``RoundResult.groups`` (dots only, when shown)
    effort: float | None = None
    benefit: float | None = None
    quadrant: str | None = None
    step_id: str | None = None


@dataclass(frozen=True)
class Group:
    organisation_id: str | None
    name: str
    short_name: str
    voters: int
    colour: str


@dataclass(frozen=True)
class RoundResult:
    round_id: str
    question: str
    method: str
    state: str
    settings: dict[str, object]
    eligible: int  # who votes in the round
    voters: int  # who voted: finished ballots (per person), or all present once the wall's totals are in
    finished: int
    items: tuple[ItemResult, ...]  # ranked
    groups: tuple[Group, ...] = ()  # the breakdown, when every group is large enough
    breakdown_note: str = ""  # why there is no breakdown
    notes: tuple[str, ...] = ()

    @property
    def tied(self) -> bool:
        ranks = [item.rank for item in self.items]
        return len(ranks) != len(set(ranks))

    def top(self, count: int = 3) -> tuple[ItemResult, ...]:
        """The items ranked within the first ``count`` places (more when tied at the edge)."""
        return tuple(item for item in self.items if item.rank <= count)

    def as_dict(self) -> dict[str, object]:
        data = asdict(self)
        data["items"] = [asdict(item) for item in self.items]
        data["groups"] = [asdict(group) for group in self.groups]
        return data


def competition_ranks(scores: Sequence[float], higher_is_better: bool = True) -> list[int]:
    """Rank per score, in the given order: 1 + the number of strictly better scores."""
    sign = -1 if higher_is_better else 1
    ordered = sorted(sign * score for score in scores)
    first = {}
    for index, score in enumerate(ordered):
        first.setdefault(score, index + 1)
    return [first[sign * score] for score in scores]


def tally(snapshot: RoundSnapshot) -> RoundResult:
    method = snapshot.method
    wall = snapshot.settings.entry == "wall"
    tokens = [WALL_TOKEN] if wall else [voter.token for voter in snapshot.voters]
    active = [token for token in tokens
              if any((option.id, token, criterion) in snapshot.values
                     for option in snapshot.options for criterion in criteria(method))]
    finished = sum(1 for voter in snapshot.voters if snapshot.is_finished(voter.token))
    # Who voted: a ballot counts once it is finished (a half-typed one is no vote yet); totals off
    # the wall stand for everyone present once the facilitator has entered them.
    voters = (len(snapshot.voters) if active else 0) if wall else finished
    notes: list[str] = []
    if method == "dots":
        scores = [sum(snapshot.values.get((option.id, token, "dots"), 0) for token in tokens)
                  for option in snapshot.options]
        ranks = competition_ranks(scores, higher_is_better=True)
        extra: list[dict[str, object]] = [{} for _ in snapshot.options]
    elif method == "consensus":
        scores, incomplete = _resistances(snapshot, active, wall)
        ranks = competition_ranks(scores, higher_is_better=False)
        extra = [{} for _ in snapshot.options]
        if incomplete:
            notes.append(tr("VotingResults",
                            "{n} ballots were incomplete; each missing rating counts as 10, the strongest "
                                      "resistance.", n=incomplete))
    else:
        scores, extra, unrated = _effort_benefit(snapshot, active)
        order = [(QUADRANT_ORDER.index(str(e["quadrant"])) if e["quadrant"] else len(QUADRANT_ORDER), -s)
                 for e, s in zip(extra, scores, strict=True)]
        ranks = _ranks_by_key(order)
        if unrated:
            notes.append(tr("VotingResults", "{n} items have no rating yet and are listed last.", n=unrated))
    if not active:
        notes.append(tr("VotingResults", "Nobody has voted yet."))
    groups, note, by_group = _breakdown(snapshot, active, wall)
    largest = max((abs(score) for score in scores), default=0) or 1
    items = [ItemResult(option.id, option.kind, option.target_id, option.label, score, rank,
                        (abs(score) / largest) if method != "effort_benefit" else 0.0,
                        by_group.get(option.id, ()), step_id=option.step_id, **extra_values)
             for option, score, rank, extra_values in zip(snapshot.options, scores, ranks, extra, strict=True)]
    items.sort(key=lambda item: item.rank)  # stable: ties keep the order of the round
    return RoundResult(snapshot.id, snapshot.question, method, snapshot.state, snapshot.settings.as_dict(),
                       len(snapshot.voters), voters, finished, tuple(items), groups, note, tuple(notes))


def _ranks_by_key(keys: Sequence[tuple[float, float]]) -> list[int]:
    ordered = sorted(keys)
    first: dict[tuple[float, float], int] = {}
    for index, key in enumerate(ordered):
        first.setdefault(key, index + 1)
    return [first[key] for key in keys]


def _resistances(snapshot: RoundSnapshot, active: list[str], wall: bool) -> tuple[list[float], int]:
    if wall:
        return [float(snapshot.values.get((option.id, WALL_TOKEN, "resistance"), 0)) for option in snapshot.options], 0
    incomplete = 0
    totals = [0.0] * len(snapshot.options)
    for token in active:
        missing = False
        for index, option in enumerate(snapshot.options):
            value = snapshot.values.get((option.id, token, "resistance"))
            if value is None:
                missing, value = True, MAX_RESISTANCE
            totals[index] += value
        incomplete += missing
    return totals, incomplete


def _effort_benefit(snapshot: RoundSnapshot, active: list[str]) -> tuple[list[float], list[dict[str, object]], int]:
    middle = 1.5 if snapshot.settings.scale == "matrix" else 3.0
    scores: list[float] = []
    extra: list[dict[str, object]] = []
    unrated = 0
    for option in snapshot.options:
        efforts = [snapshot.values[(option.id, t, "effort")] for t in active
                   if (option.id, t, "effort") in snapshot.values]
        benefits = [snapshot.values[(option.id, t, "benefit")] for t in active
                    if (option.id, t, "benefit") in snapshot.values]
        if not efforts or not benefits:
            unrated += 1
            scores.append(0.0)
            extra.append({"effort": _mean(efforts), "benefit": _mean(benefits), "quadrant": None})
            continue
        effort, benefit = sum(efforts) / len(efforts), sum(benefits) / len(benefits)
        high_benefit, high_effort = benefit > middle, effort > middle
        quadrant = (("major_project" if high_effort else "quick_win") if high_benefit
                    else ("thankless" if high_effort else "fill_in"))
        scores.append(round(benefit - effort, 2))
        extra.append({"effort": round(effort, 2), "benefit": round(benefit, 2), "quadrant": quadrant})
    return scores, extra, unrated


def _mean(values: list[int]) -> float | None:
    return round(sum(values) / len(values), 2) if values else None


def _breakdown(snapshot: RoundSnapshot, active: list[str],
               wall: bool) -> tuple[tuple[Group, ...], str, dict[str, tuple[int, ...]]]:
    """Dots per organisation, only when every organisation has at least the minimum number of voters."""
    if snapshot.method != "dots" or not active:
        return (), "", {}
    if wall:
        return (), tr("VotingResults", "Totals read off the wall have no breakdown by organisation."), {}
    if snapshot.settings.entry == "phones":
        return (), tr("VotingResults", "The phones voted anonymously: there is no breakdown by organisation."), {}
    organisation_of = {voter.token: voter.organisation_id for voter in snapshot.voters}
    counts: dict[str | None, int] = {}
    for token in active:
        counts[organisation_of.get(token)] = counts.get(organisation_of.get(token), 0) + 1
    if len(counts) < 2:
        return (), tr("VotingResults", "All voters belong to one organisation: there is no breakdown."), {}

    def sort_key(org_id: str | None) -> tuple[int, str]:
        name, _short, kind = snapshot.organisations.get(org_id or "", ("", "", "other"))
        return (0 if kind == "kreis" else 1 if kind in ("stadt", "gemeinde") else 2, name)

    ordered = sorted(counts, key=sort_key)
    minimum = snapshot.settings.min_group_size
    small = [org for org in ordered if counts[org] < minimum]
    if small:
        names = ", ".join(_short_name(snapshot, org) for org in small)
        return (), tr("VotingResults", "Breakdown by organisation hidden: fewer than {minimum} voters in {names}.",
                      minimum=minimum, names=names), {}
    groups = tuple(Group(org, snapshot.organisations.get(org or "", (tr("VotingResults", "No organisation"),))[0],
                         _short_name(snapshot, org), counts[org], GROUP_COLOURS[index % len(GROUP_COLOURS)])
                   for index, org in enumerate(ordered))
    by_group = {option.id: tuple(sum(snapshot.values.get((option.id, token, "dots"), 0) for token in active
                                     if organisation_of.get(token) == org) for org in ordered)
                for option in snapshot.options}
    return groups, "", by_group


def _short_name(snapshot: RoundSnapshot, org_id: str | None) -> str:
    name, short, _kind = snapshot.organisations.get(org_id or "", (tr("VotingResults", "No organisation"), "", ""))
    return short or name
