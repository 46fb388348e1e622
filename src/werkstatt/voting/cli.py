"""Voting rounds as the command line names them: by id or by an unambiguous id prefix.

``werkstatt vote results`` and ``werkstatt export csv votes`` take the same short ids as every other
command (``werkstatt list rounds`` shows them), through the one resolver in ``werkstatt.read.model``.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from werkstatt.i18n import tr
from werkstatt.model import VotingRound
from werkstatt.read.model import find
from werkstatt.voting.results import RoundResult, tally
from werkstatt.voting.rounds import read_round


def find_round(session: Session, given: str) -> VotingRound:
    """The live round whose id is ``given`` or begins with it (at least four characters, unambiguous)."""
    return find(session, VotingRound, given, tr("VotingCLI", "There is no voting round with the id {id}."))


def round_result(session: Session, given: str) -> RoundResult:
    """The tally of the round ``given`` names (an id or a prefix), for the command line."""
    return tally(read_round(session, find_round(session, given).id))
