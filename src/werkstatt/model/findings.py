"""What the room found wrong (pain points) and what it decided to do (measures)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from werkstatt.model.base import Base

MEASURE_STATUSES = ("open", "in_progress", "done", "dropped")
# REFERENCE §5; the German names live with the UI and the quick-entry parser.
PAIN_POINT_CATEGORIES = (
    "media_break", "double_entry", "handover", "waiting", "query",
    "responsibility", "missing_it", "loop", "legal", "other",
)


class PainPoint(Base):
    __tablename__ = "pain_points"

    model_id: Mapped[str] = mapped_column(ForeignKey("process_models.id"), index=True)
    step_id: Mapped[str | None] = mapped_column(ForeignKey("steps.id"), index=True)
    workshop_id: Mapped[str | None] = mapped_column(ForeignKey("workshops.id"))
    text: Mapped[str] = mapped_column(Text)
    category: Mapped[str] = mapped_column(String(30), default="other")
    severity: Mapped[int] = mapped_column(Integer, default=1)


class Measure(Base):
    __tablename__ = "measures"

    workshop_id: Mapped[str | None] = mapped_column(ForeignKey("workshops.id"), index=True)
    model_id: Mapped[str | None] = mapped_column(ForeignKey("process_models.id"), index=True)
    text: Mapped[str] = mapped_column(Text)
    owner_organisation_id: Mapped[str | None] = mapped_column(ForeignKey("organisations.id"))
    owner: Mapped[str] = mapped_column(String(200), default="")
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="open")
    # 1 (low) .. 5 (high); None until the room has rated it.
    effort: Mapped[int | None] = mapped_column(Integer)
    impact: Mapped[int | None] = mapped_column(Integer)


class MeasurePainPoint(Base):
    """A measure answers one or more pain points."""

    __tablename__ = "measure_pain_points"
    __table_args__ = (UniqueConstraint("measure_id", "pain_point_id"),)

    measure_id: Mapped[str] = mapped_column(ForeignKey("measures.id"), index=True)
    pain_point_id: Mapped[str] = mapped_column(ForeignKey("pain_points.id"), index=True)
