"""Voting rounds on pain points or measures: the options, the voters and their votes.

The options are copied into the round when it is prepared, so a pain point added later does
not change a vote already cast. Voters are known by a token per round; only the local
``RoundVoter`` row ties a token to a person, and it never leaves the laptop.
"""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from werkstatt.model.base import Base

VOTING_METHODS = ("dots", "effort_benefit", "consensus")
VOTING_STATES = ("prepared", "open", "closed")
VOTING_TARGETS = ("pain_points", "measures", "mixed")
# "per_person": the facilitator types each participant's ballot; "wall": totals read off a physical wall;
# "phones": each phone in the room that joins is an anonymous voter and sends its own ballot (issue 20).
VOTING_ENTRIES = ("per_person", "wall", "phones")
# Effort/benefit on 1–5, or the coarse 2×2 matrix (1 = low, 2 = high).
VOTING_SCALES = ("five", "matrix")
OPTION_KINDS = ("pain_point", "measure", "status_quo")
VOTE_CRITERIA = ("dots", "resistance", "effort", "benefit")
# The voter token of totals read off a wall: votes nobody in particular cast.
WALL_TOKEN = "wall"


class VotingRound(Base):
    __tablename__ = "voting_rounds"

    workshop_id: Mapped[str] = mapped_column(ForeignKey("workshops.id"), index=True)
    model_id: Mapped[str | None] = mapped_column(ForeignKey("process_models.id"))
    question: Mapped[str] = mapped_column(Text)
    targets: Mapped[str] = mapped_column(String(20), default="pain_points")
    method: Mapped[str] = mapped_column(String(20), default="dots")
    dots_per_person: Mapped[int | None] = mapped_column(Integer)
    max_per_item: Mapped[int | None] = mapped_column(Integer)
    own_proposals_allowed: Mapped[bool] = mapped_column(Boolean, default=True)
    anonymous: Mapped[bool] = mapped_column(Boolean, default=True)
    min_group_size: Mapped[int] = mapped_column(Integer, default=3)
    state: Mapped[str] = mapped_column(String(20), default="prepared")
    entry: Mapped[str] = mapped_column(String(20), default="per_person")
    scale: Mapped[str] = mapped_column(String(20), default="five")


class RoundOption(Base):
    """One thing the round votes on: a pain point, a measure, or "keep as is" (consensus)."""

    __tablename__ = "round_options"

    round_id: Mapped[str] = mapped_column(ForeignKey("voting_rounds.id"), index=True)
    target_kind: Mapped[str] = mapped_column(String(20))
    target_id: Mapped[str | None] = mapped_column(String(36))
    position: Mapped[int] = mapped_column(Integer, default=0)
    # The token of the voter who proposed it, when the room said so (own proposals may be barred).
    proposer_token: Mapped[str | None] = mapped_column(String(36))


class RoundVoter(Base):
    """A participant who votes in a round, under a token. Personal data: stays on this laptop."""

    __tablename__ = "round_voters"
    __table_args__ = (UniqueConstraint("round_id", "token"),)
    syncable = False

    round_id: Mapped[str] = mapped_column(ForeignKey("voting_rounds.id"), index=True)
    token: Mapped[str] = mapped_column(String(36))
    person_id: Mapped[str | None] = mapped_column(ForeignKey("people.id"))
    # Kept with the voter so that the breakdown by organisation needs no name.
    organisation_id: Mapped[str | None] = mapped_column(ForeignKey("organisations.id"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    finished: Mapped[bool] = mapped_column(Boolean, default=False)


class Vote(Base):
    """What one voter (or the wall) gave one option: dots, a resistance, an effort or a benefit.

    Personal voter data: only aggregated results leave the laptop.
    """

    __tablename__ = "votes"
    __table_args__ = (UniqueConstraint("option_id", "voter_token", "criterion"),)
    syncable = False

    round_id: Mapped[str] = mapped_column(ForeignKey("voting_rounds.id"), index=True)
    option_id: Mapped[str] = mapped_column(ForeignKey("round_options.id"), index=True)
    voter_token: Mapped[str] = mapped_column(String(36))
    criterion: Mapped[str] = mapped_column(String(20), default="dots")
    value: Mapped[int] = mapped_column(Integer, default=1)
