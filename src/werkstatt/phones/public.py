"""What a phone may see of a round: its question, rules and options, its own ballot, and the result once revealed.

Nothing else of the workshop leaves the laptop: no names, no organisations, no other voter's ballot,
no other round, no workshop title. The counts the room sees on the projector ("17 von 22 haben
abgestimmt") are the only thing about other phones. Texts go out as JSON strings; the page puts them
into the document as text, never as markup.
"""

from __future__ import annotations

import hashlib

from sqlalchemy import select
from sqlalchemy.orm import Session

from werkstatt.model import Lane, Step
from werkstatt.voting.progress import finished_count
from werkstatt.voting.results import tally
from werkstatt.voting.rounds import RoundSnapshot, criteria, value_range


def step_places(session: Session, step_ids: set[str]) -> dict[str, tuple[str, str]]:
    """Step id -> (step label, lane name), for the options that sit on a step."""
    if not step_ids:
        return {}
    rows = session.execute(select(Step.id, Step.label, Lane.name).join(Lane, Lane.id == Step.lane_id)
                           .where(Step.id.in_(step_ids)))
    return {step_id: (label, lane) for step_id, label, lane in rows}


def joined_and_voted(snapshot: RoundSnapshot) -> tuple[int, int]:
    """How many phones joined and how many of them have sent a ballot."""
    return len(snapshot.voters), finished_count(snapshot)  # as the projector counts them


def round_view(snapshot: RoundSnapshot, places: dict[str, tuple[str, str]]) -> dict[str, object]:
    """The round as every phone sees it; ``ballot_of`` adds a phone's own values."""
    settings = snapshot.settings
    ranges = {criterion: list(value_range(settings, criterion)) for criterion in criteria(snapshot.method)}
    options = []
    for option in snapshot.options:
        step, lane = places.get(option.step_id or "", ("", ""))
        options.append({"id": option.id, "kind": option.kind, "label": option.label, "step": step, "lane": lane})
    joined, voted = joined_and_voted(snapshot)
    view: dict[str, object] = {
        # Names the round for the phone's memory, whatever code the room has after a restart of the
        # laptop: the phone finds its voter token again instead of joining a second time.
        "key": hashlib.sha256(snapshot.id.encode()).hexdigest()[:16],
        "question": snapshot.question, "method": snapshot.method, "state": snapshot.state,
        "criteria": list(criteria(snapshot.method)), "ranges": ranges, "scale": settings.scale,
        "budget": snapshot.budget() if snapshot.method == "dots" else None,
        "cap": settings.max_per_item if snapshot.method == "dots" else None,
        "options": options, "joined": joined, "voted": voted, "result": None,
    }
    if snapshot.state == "closed":
        view["result"] = result_view(snapshot)
    return view


def result_view(snapshot: RoundSnapshot) -> list[dict[str, object]]:
    """The ranked items once the facilitator has revealed the round: totals only, no breakdown by voter."""
    return [{"option": item.option_id, "label": item.label, "rank": item.rank, "total": item.total,
             "share": item.share, "effort": item.effort, "benefit": item.benefit, "quadrant": item.quadrant}
            for item in tally(snapshot).items]


def ballot_of(snapshot: RoundSnapshot, token: str) -> dict[str, dict[str, int]]:
    """One voter's values as ``{option id: {criterion: value}}``."""
    ballot: dict[str, dict[str, int]] = {}
    for (option_id, who, criterion), value in snapshot.values.items():
        if who == token:
            ballot.setdefault(option_id, {})[criterion] = value
    return ballot
