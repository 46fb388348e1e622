"""What was typed into a findings table cell or dialog, as the edit it means.

The pain point and measure tables and their dialogs hand over what the user typed (a shown
category name, "2", "2026-03-01"); these functions turn it into the one edit that changes that
field, or None when nothing changes, so that no empty undo step is made. The rows they compare
with are ``werkstatt.read.findings``'s.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from werkstatt.edits.base import Edit, SetLinks
from werkstatt.edits.records import edit_measure, edit_pain_point
from werkstatt.errors import EditError
from werkstatt.i18n import tr
from werkstatt.model import Measure, MeasurePainPoint, PainPoint
from werkstatt.read.findings import SEVERITIES, MeasureRow, PainPointRow, categories, statuses


def code_for(given: object, choices: Iterable[tuple[str, str]]) -> str | None:
    """The code of a choice given by its code or by its shown name (case and spaces ignored); None if none fits."""
    wanted = str(given).strip().casefold()
    for code, name in choices:
        if wanted in (code.casefold(), name.casefold()):
            return code
    return None


# --- what was typed into a cell ------------------------------------------------------------------


def parse_rating(value: object, what: str) -> int | None:
    """A rating from a spin box, a number or typed text; 0 and "" mean "not rated"."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        number = int(str(value).strip())
    except ValueError:
        raise EditError(tr("FindingFields", "The {what} must be a whole number.", what=what)) from None
    return None if number == 0 else number


def parse_date(value: object) -> dt.date | None:
    """A date, or None for an empty value; typed text must be ISO (YYYY-MM-DD)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if value is None or not str(value).strip():
        return None
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise EditError(tr("FindingFields", "“{value}” is not a date (YYYY-MM-DD).", value=value)) from None


def _text(value: object) -> str:
    return "" if value is None else str(value)


def pain_point_change(row: PainPointRow, field: str, value: object) -> Edit | None:
    """The edit that sets one field ("text", "category", "severity") as given; None when nothing changes.

    Refused values raise EditError with a sentence; the edit's own checks (empty, too long, control
    characters) run when it is built.
    """
    if field == "text":
        return None if _text(value).strip() == row.text else edit_pain_point(row.id, text=_text(value))
    if field == "category":
        code = code_for(value, categories())
        if code is None:
            raise EditError(tr("FindingFields", "“{value}” is not a pain point category.", value=value))
        return None if code == row.category else edit_pain_point(row.id, category=code)
    if field == "severity":
        severity = parse_rating(value, tr("FindingFields", "severity"))
        if severity not in SEVERITIES:
            raise EditError(tr("FindingFields", "The severity must be 1, 2 or 3."))
        return None if severity == row.severity else edit_pain_point(row.id, severity=severity)
    raise ValueError(f"not an editable field of a pain point: {field}")


def measure_change(row: MeasureRow, field: str, value: object) -> Edit | None:
    """The edit that sets one field ("text", "owner", "due_date", "status", "effort", "impact"); None if unchanged."""
    if field in ("text", "owner"):
        return None if _text(value).strip() == getattr(row, field) else edit_measure(row.id, **{field: _text(value)})
    if field == "due_date":
        due = parse_date(value)
        return None if due == row.due_date else edit_measure(row.id, due_date=due)
    if field == "status":
        code = code_for(value, statuses())
        if code is None:
            raise EditError(tr("FindingFields", "“{value}” is not a status of a measure.", value=value))
        return None if code == row.status else edit_measure(row.id, status=code)
    if field in ("effort", "impact"):
        what = tr("FindingFields", "effort") if field == "effort" else tr("FindingFields", "impact")
        rating = parse_rating(value, what)
        return None if rating == getattr(row, field) else edit_measure(row.id, **{field: rating})
    raise ValueError(f"not an editable field of a measure: {field}")


# --- changing the links ---------------------------------------------------------------------------


class LinkMeasure(SetLinks):
    """Make a measure answer exactly the given pain points: new links are made, dropped ones tombstoned."""

    owner, other, link = Measure, PainPoint, MeasurePainPoint
    owner_key, other_key = "measure_id", "pain_point_id"

    def __init__(self, measure_id: str, pain_point_ids: Sequence[str]) -> None:
        super().__init__(tr("FindingFields", "Link measure to pain points"), measure_id, pain_point_ids)
