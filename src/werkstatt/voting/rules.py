"""Whether one entry fits the announced rules; the refusal as one sentence, never a silent clip.

``check_entry`` is asked before every value reaches the database: by the grid at each digit,
by the edit that stores it, by the CLI. It looks at the round as it would be after the entry,
so lowering a value is always possible, and a value that breaks the budget or the cap is
refused with what the budget or the cap is.
"""

from __future__ import annotations

from werkstatt.i18n import tr
from werkstatt.voting.rounds import WALL_TOKEN, RoundSnapshot, criteria, value_range


def voter_name(snapshot: RoundSnapshot, token: str) -> str:
    """The name the facilitator sees in the grid, or "Person n" for a voter without one."""
    for index, voter in enumerate(snapshot.voters, start=1):
        if voter.token == token:
            if voter.name:
                return voter.name
            return (tr("Voting", "Phone {n}", n=index) if snapshot.settings.entry == "phones"
                    else tr("Voting", "Person {n}", n=index))
    return tr("Voting", "The wall") if token == WALL_TOKEN else tr("Voting", "This voter")


def check_entry(snapshot: RoundSnapshot, option_id: str, token: str, criterion: str, value: int | None) -> str | None:
    """None if the value may be entered, else the sentence that says why not.

    ``value`` None clears the entry, which is always allowed while the round is open.
    """
    if snapshot.state != "open":
        return (tr("Voting", "The round has not been opened yet: open it before entering votes.")
                if snapshot.state == "prepared"
                else tr("Voting", "The round is closed: reopen it to change votes."))
    option = snapshot.option(option_id)
    if option is None:
        return tr("Voting", "This item is no longer part of the round.")
    if criterion not in criteria(snapshot.method):
        return tr("Voting", "This round does not ask for that value.")
    wall = token == WALL_TOKEN
    if wall != (snapshot.settings.entry == "wall"):
        return (tr("Voting", "This round takes totals read off the wall, not votes per person.") if not wall
                else tr("Voting", "This round takes votes per person, not totals from the wall."))
    if not wall and snapshot.voter(token) is None:
        return tr("Voting", "This person does not vote in this round (absent or removed from it).")
    if value is None:
        return None
    if wall:
        return _check_wall(snapshot, option_id, criterion, value)
    return _check_person(snapshot, option_id, token, criterion, value)


def _check_person(snapshot: RoundSnapshot, option_id: str, token: str, criterion: str, value: int) -> str | None:
    settings = snapshot.settings
    option = snapshot.option(option_id)
    assert option is not None
    who = voter_name(snapshot, token)
    low, high = value_range(settings, criterion)
    if value < low or (high is not None and value > high and criterion != "dots"):
        return _out_of_range(criterion, low, high, value)
    if criterion != "dots":
        return None
    if value < 0:
        return tr("Voting", "Dots cannot be negative.")
    if value > 0 and not settings.own_proposals_allowed and option.proposer_token == token:
        return tr("Voting", "{voter} proposed “{item}”; in this round nobody votes for their own proposals.",
                  voter=who, item=option.label)
    if high is not None and value > high:
        return (tr("Voting", "Dots may not be stacked in this round: one dot per item at most.") if high == 1
                else tr("Voting", "At most {cap} dots per item: {voter} cannot give {value} to “{item}”.",
                        cap=high, voter=who, value=value, item=option.label))
    budget = snapshot.budget()
    others = snapshot.used(token) - (snapshot.value(option_id, token, "dots") or 0)
    if others + value > budget:
        return tr("Voting", "{voter} has {budget} dots and has given {used} elsewhere: {value} more would make "
                            "{total}.", voter=who, budget=budget, used=others, value=value, total=others + value)
    return None


def _check_wall(snapshot: RoundSnapshot, option_id: str, criterion: str, value: int) -> str | None:
    """Totals off the wall: each at most voters × the per-person limit; all dots at most voters × budget."""
    settings = snapshot.settings
    voters = len(snapshot.voters)
    option = snapshot.option(option_id)
    assert option is not None
    if voters == 0:
        return tr("Voting", "Nobody votes in this round yet: add the participants who vote first.")
    low, high = value_range(settings, criterion)
    if criterion in ("effort", "benefit"):  # the room's one placement of the item, not a sum
        return _out_of_range(criterion, low, high, value) if not low <= value <= (high or value) else None
    if value < 0:
        return tr("Voting", "A total cannot be negative.")
    per_person = high if high is not None else snapshot.budget()
    if value > voters * per_person:
        return tr("Voting", "“{item}” can have at most {limit} on the wall ({voters} voters × {each}).",
                  item=option.label, limit=voters * per_person, voters=voters, each=per_person)
    if criterion == "dots":
        others = snapshot.used(WALL_TOKEN) - (snapshot.value(option_id, WALL_TOKEN, "dots") or 0)
        limit = voters * snapshot.budget()
        if others + value > limit:
            return tr("Voting", "The wall can hold at most {limit} dots ({voters} voters × {budget}); with {value} "
                                "here it would hold {total}.", limit=limit, voters=voters,
                      budget=snapshot.budget(), value=value, total=others + value)
    return None


def _out_of_range(criterion: str, low: int, high: int | None, value: int) -> str:
    if criterion == "resistance":
        return tr("Voting", "A resistance is rated from 0 (none) to 10 (strongest); {value} is not on that scale.",
                  value=value)
    if criterion == "effort":
        return tr("Voting", "Effort is rated from {low} to {high}; {value} is not on that scale.",
                  low=low, high=high, value=value)
    if criterion == "benefit":
        return tr("Voting", "Benefit is rated from {low} to {high}; {value} is not on that scale.",
                  low=low, high=high, value=value)
    return tr("Voting", "Dots cannot be negative.")


def check_settings(method: str, dots_per_person: int | None, max_per_item: int | None, min_group_size: int,
                   option_count: int) -> str | None:
    """None if the announced rules make sense, else why not."""
    if option_count == 0:
        return tr("Voting", "A round needs at least one item to vote on.")
    if method == "dots":
        if dots_per_person is not None and dots_per_person < 1:
            return tr("Voting", "Each person needs at least one dot.")
        if max_per_item is not None and max_per_item < 1:
            return tr("Voting", "The cap per item must be at least 1 (1 means no stacking).")
    if min_group_size < 1:
        return tr("Voting", "The minimum group size for the breakdown must be at least 1.")
    return None
