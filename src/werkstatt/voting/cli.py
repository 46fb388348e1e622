"""``werkstatt vote results ROUND_ID``, and voting rounds as the command line names them: by id or by an
unambiguous id prefix.

``werkstatt vote results`` and ``werkstatt export csv votes`` take the same short ids as every other
command (``werkstatt list rounds`` shows them), through the one resolver in ``werkstatt.read.model``.
"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

from werkstatt.i18n import tr
from werkstatt.store.cli import actions_of, json_option

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from werkstatt.model import VotingRound
    from werkstatt.store.database import Store
    from werkstatt.voting.results import RoundResult


def register(commands: argparse._SubParsersAction) -> None:
    vote = commands.add_parser("vote", help=tr("VotingCLI", "results of voting rounds"))
    vote_commands = actions_of(vote, "vote_command")
    results = vote_commands.add_parser("results", help=tr("VotingCLI", "the ranked items of a round with their "
                                                                       "totals"))
    results.add_argument("round_id", metavar="ROUND_ID")
    json_option(results)
    results.set_defaults(handler=run_results)
    from werkstatt.phones.cli import register as register_serve

    register_serve(vote_commands)


def find_round(session: Session, given: str) -> VotingRound:
    """The live round whose id is ``given`` or begins with it (at least four characters, unambiguous)."""
    from werkstatt.model import VotingRound
    from werkstatt.read.model import find

    return find(session, VotingRound, given, tr("VotingCLI", "There is no voting round with the id {id}."))


def round_result(session: Session, given: str) -> RoundResult:
    """The tally of the round ``given`` names (an id or a prefix), for the command line."""
    from werkstatt.voting.results import tally
    from werkstatt.voting.rounds import read_round

    return tally(read_round(session, find_round(session, given).id))


def method_name(method: str) -> str:
    return {"dots": tr("VotingCLI", "dot vote"), "effort_benefit": tr("VotingCLI", "effort/benefit"),
            "consensus": tr("VotingCLI", "systemic consensus")}.get(method, method)


def state_name(state: str) -> str:
    return {"prepared": tr("VotingCLI", "prepared"), "open": tr("VotingCLI", "open"),
            "closed": tr("VotingCLI", "revealed")}.get(state, state)


def run_results(args: argparse.Namespace) -> int:
    from werkstatt.store.cli import with_store

    return with_store(args, create=False, read_only=True,
                      action=lambda store: cmd_vote_results(store, args.round_id, args.json))


def cmd_vote_results(store: Store, round_id: str, as_json: bool) -> int:
    with store.read_session() as session:
        result = round_result(session, round_id)  # a unique id prefix is enough, as everywhere else
    if as_json:
        print(json.dumps(result.as_dict(), ensure_ascii=False, indent=2))
        return 0
    print(result.question)
    print(tr("VotingCLI", "{method}, {state}; {voters} of {eligible} voted.", method=method_name(result.method),
             state=state_name(result.state), voters=result.voters, eligible=result.eligible))
    if result.state != "closed":
        print(tr("VotingCLI", "The round has not been revealed: these totals are provisional."))
    for item in result.items:
        total = f"{item.total:g}"
        if item.quadrant is not None:
            total = tr("VotingCLI", "benefit {benefit:g}, effort {effort:g}", benefit=item.benefit,
                       effort=item.effort)
        print(f"{item.rank:>3}.  {total:>6}  {item.label}")
    for note in (result.breakdown_note, *result.notes):
        if note:
            print(note)
    return 0
