"""Overriding the analysis' default rates (REFERENCE §2), for all organisations or for one.

A value set here wins over the default; an organisation's value wins over the one for all.
Clearing a value (None) goes back to what applies without it. Each value keeps the source the
user names, so every result can say which rates it used and where they come from.
"""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from werkstatt.edits.base import Create, Delete, Edit, Planned, Restore, Update, live
from werkstatt.errors import EditError
from werkstatt.i18n import tr
from werkstatt.model import Organisation, RateSetting

# key pattern -> (lowest, highest) accepted value
RANGES = {
    r"hours:(employee|civil_servant)": (100.0, 3000.0),
    r"rate:(default|[A-Z] ?\d{1,2}[a-c]?)": (0.0, 1000.0),
    r"overhead:(office|non_office)": (0.0, 1.0),
}


def _range(key: str) -> tuple[float, float]:
    for pattern, bounds in RANGES.items():
        if re.fullmatch(pattern, key):
            return bounds
    raise EditError(tr("RateEdits", "“{key}” is not a rate the analysis knows.", key=key))


class SetRate(Planned):
    def __init__(self, organisation_id: str | None, key: str, value: float | None, source: str = "") -> None:
        super().__init__(tr("RateEdits", "Change rate") if value is not None else tr("RateEdits",
                                                                                     "Reset rate to default"))
        self.organisation_id, self.key, self.value, self.source = organisation_id, key.strip(), value, source.strip()
        low, high = _range(self.key)
        if value is not None and not (low <= float(value) <= high):
            raise EditError(tr("RateEdits", "{value} is outside what makes sense here ({low} to {high}).",
                               value=value, low=low, high=high))

    def plan(self, session: Session) -> list[Edit]:
        if self.organisation_id is not None:
            live(session, Organisation, self.organisation_id)
        owner = (RateSetting.organisation_id.is_(None) if self.organisation_id is None
                 else RateSetting.organisation_id == self.organisation_id)
        row = session.scalar(select(RateSetting).where(owner, RateSetting.key == self.key))
        if self.value is None:
            return [] if row is None or row.deleted else [Delete(RateSetting, row.id)]
        values = {"value": float(self.value), "source": self.source}
        if row is None:
            return [Create(RateSetting, organisation_id=self.organisation_id, key=self.key, **values)]
        return ([Restore(RateSetting, row.id)] if row.deleted else []) + [Update(RateSetting, row.id, **values)]


def stored_rates(session: Session, organisation_id: str | None = None) -> dict[str, tuple[float, str]]:
    """key -> (value, source) of the live overrides: those for all, then the organisation's on top."""
    rows = session.scalars(select(RateSetting).where(RateSetting.deleted.is_(False),
                                                     RateSetting.organisation_id.is_(None)
                                                     | (RateSetting.organisation_id == organisation_id))
                           .order_by(RateSetting.organisation_id.is_not(None), RateSetting.key))
    return {row.key: (row.value, row.source) for row in rows}
