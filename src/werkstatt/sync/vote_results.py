"""The aggregated results of revealed voting rounds, as the register keeps them.

Only totals and ranks: who voted, and what each person gave, stays on the laptop. The rows are
computed at sync time; a digest of what was sent tells whether they changed since.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from werkstatt.i18n import speaking
from werkstatt.model import VotingRound, Workshop
from werkstatt.sync.rows import Row
from werkstatt.voting.results import tally
from werkstatt.voting.rounds import read_round


def current_vote_results(session: Session) -> dict[str, Row]:
    """Option id → the result row of every revealed round (labels in German, the register's language)."""
    rounds = session.execute(
        select(VotingRound).join(Workshop, Workshop.id == VotingRound.workshop_id)
        .where(VotingRound.deleted.is_(False), VotingRound.state == "closed", Workshop.deleted.is_(False))
        .order_by(VotingRound.created_at, VotingRound.id)).scalars().all()
    results: dict[str, Row] = {}
    with speaking("de"):
        for voting in rounds:
            result = tally(read_round(session, voting.id))
            for item in result.items:
                results[item.option_id] = {
                    "id": item.option_id, "round_id": voting.id, "workshop_id": voting.workshop_id,
                    "model_id": voting.model_id, "question": voting.question, "method": voting.method,
                    "target_kind": item.kind, "target_id": item.target_id, "label": item.label,
                    "total": float(item.total), "rank": item.rank, "effort": item.effort, "benefit": item.benefit,
                    "voters": result.voters, "deleted": False,
                    "created_at": voting.created_at, "updated_at": voting.updated_at,
                }
    return results
