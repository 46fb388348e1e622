"""How far a round has got: who has finished, whether revealing now needs a question, who is next.

A round revealed half-finished misleads the room ("5 of 5 voted" when 3 ballots were still being
typed), so the reveal asks first when a voter has not finished, and the result says how many
took part out of how many were present. Pure, so that both rules are tested without a display.
"""

from __future__ import annotations

from werkstatt.i18n import tr
from werkstatt.voting.results import RoundResult
from werkstatt.voting.rounds import RoundSnapshot
from werkstatt.voting.rules import voter_name


def finished_count(snapshot: RoundSnapshot) -> int:
    return sum(1 for voter in snapshot.voters if snapshot.is_finished(voter.token))


def reveal_question(snapshot: RoundSnapshot | None) -> str | None:
    """The question to ask before revealing while a voter has not finished; None when revealing needs none.

    Totals read off the wall have no ballots to finish: what the facilitator entered is the vote.
    """
    if snapshot is None or snapshot.state != "open" or snapshot.settings.entry == "wall":
        return None
    finished, total = finished_count(snapshot), len(snapshot.voters)
    if finished >= total:
        return None
    return tr("VotingProgress", "Only {finished} of {total} have finished. Reveal anyway?", finished=finished,
              total=total)


def turnout_line(result: RoundResult) -> str:
    """"3 of 5 voted": who took part in the result out of those present, for the projector and the protocol."""
    return tr("VotingProgress", "{voters} of {eligible} voted", voters=result.voters, eligible=result.eligible)


def next_unfinished(snapshot: RoundSnapshot, token: str) -> str | None:
    """The token of the first voter after ``token`` (then from the start) who has not finished, or None."""
    tokens = [voter.token for voter in snapshot.voters]
    start = tokens.index(token) + 1 if token in tokens else 0
    for candidate in tokens[start:] + tokens[:start]:
        if candidate != token and not snapshot.is_finished(candidate):
            return candidate
    return None


def finished_sentence(snapshot: RoundSnapshot, token: str, following: str | None) -> str:
    """What the panel says once ``token`` has finished: who is next, or that everybody is done."""
    name = voter_name(snapshot, token)
    if following is None:
        return tr("VotingProgress", "{name} has finished; now everybody has finished.", name=name)
    return tr("VotingProgress", "{name} has finished; next: {next}.", name=name, next=voter_name(snapshot, following))
