"""What the room sends from its phones besides ballots: pain points and questions for the facilitator's inbox.

A suggestion stays here until the facilitator accepts it (it then becomes a pain point on its step,
and ``pain_point_id`` says which), edits it first, or discards it; nothing a phone sends reaches the
projector on its own. Anonymous text typed in the room: it stays on this laptop like the votes.
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from werkstatt.model.base import Base

SUGGESTION_KINDS = ("pain_point", "question")
SUGGESTION_STATES = ("new", "accepted", "discarded")


class RoomSuggestion(Base):
    __tablename__ = "room_suggestions"
    syncable = False

    workshop_id: Mapped[str | None] = mapped_column(ForeignKey("workshops.id"), index=True)
    model_id: Mapped[str] = mapped_column(ForeignKey("process_models.id"), index=True)
    # The step the projector showed when the phone sent it; None for the process as a whole.
    step_id: Mapped[str | None] = mapped_column(ForeignKey("steps.id"))
    kind: Mapped[str] = mapped_column(String(20), default="pain_point")
    category: Mapped[str] = mapped_column(String(30), default="other")
    text: Mapped[str] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(20), default="new")
    pain_point_id: Mapped[str | None] = mapped_column(String(36))
