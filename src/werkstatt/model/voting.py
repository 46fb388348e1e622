"""Voting rounds on pain points or measures, and the individual votes."""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from werkstatt.model.base import Base

VOTING_METHODS = ("dots", "effort_benefit", "consensus")
VOTING_STATES = ("prepared", "open", "closed")
VOTING_TARGETS = ("pain_points", "measures", "mixed")


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


class Vote(Base):
    """Dots (or a resistance, or an effort/benefit rating) one voter gave one item.

    Personal voter data: only aggregated results leave the laptop.
    """

    __tablename__ = "votes"
    syncable = False

    round_id: Mapped[str] = mapped_column(ForeignKey("voting_rounds.id"), index=True)
    # The person, or None for totals read off a physical wall.
    voter_id: Mapped[str | None] = mapped_column(ForeignKey("people.id"))
    target_kind: Mapped[str] = mapped_column(String(20))
    target_id: Mapped[str] = mapped_column(String(36))
    # "dots", "resistance", "effort" or "benefit".
    criterion: Mapped[str] = mapped_column(String(20), default="dots")
    value: Mapped[int] = mapped_column(Integer, default=1)
    comment: Mapped[str] = mapped_column(Text, default="")
