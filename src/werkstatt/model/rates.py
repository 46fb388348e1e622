"""The rates the analysis uses, where the user overrode the defaults (REFERENCE §2)."""

from __future__ import annotations

from sqlalchemy import Float, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from werkstatt.model.base import Base


class RateSetting(Base):
    """One overridden value: for all organisations (organisation_id None) or for one.

    Keys: "hours:employee", "hours:civil_servant" (annual working hours of one FTE),
    "rate:E 9a" (full-cost €/h of a pay grade), "rate:default" (for lanes without a pay grade),
    "overhead:office", "overhead:non_office" (fractions, 0.2 = 20 %).
    """

    __tablename__ = "rate_settings"
    __table_args__ = (UniqueConstraint("organisation_id", "key"),)

    organisation_id: Mapped[str | None] = mapped_column(ForeignKey("organisations.id"), index=True)
    key: Mapped[str] = mapped_column(String(60))
    value: Mapped[float] = mapped_column(Float)
    source: Mapped[str] = mapped_column(String(300), default="")
