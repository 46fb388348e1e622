"""Editing a register entry's fact sheet (*Steckbrief*), checked field by field, undoable.

Every value is checked when the edit is made, so a form can refuse a bad field before anything
touches the database; what depends on the data (the row still there, another organisation's
library row, the organisations named) is checked when the edit runs.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy.orm import Session

from werkstatt.capture.textmatch import fold
from werkstatt.edits import validate
from werkstatt.edits.base import ChangeRow
from werkstatt.errors import EditError
from werkstatt.i18n import tr
from werkstatt.library.product_areas import product_areas
from werkstatt.model import PROCESS_STATUSES, Organisation, Process
from werkstatt.sync.ownership import library_owner_name

FACT_SHEET_FIELDS = ("register_key", "name", "description", "product_area", "leika_key", "owner_organisation_id",
                     "lead_organisation_id", "status", "case_volume", "legal_basis", "tags")
MAX_CASE_VOLUME = 100_000_000
_GROUPED_NUMBER = re.compile(r"\d{1,3}(?:[. \u00a0\u202f]\d{3})+")


def normalise_tags(tags: str) -> str:
    """Trimmed, one space inside, no tag twice (ignoring case and umlaut spelling), joined by ", "."""
    seen: set[str] = set()
    kept: list[str] = []
    for tag in (tags or "").split(","):
        cleaned = " ".join(tag.split())
        if cleaned and fold(cleaned) not in seen:
            seen.add(fold(cleaned))
            kept.append(cleaned)
    return ", ".join(kept)


def clean_leika_key(value: str | None) -> str:
    """Empty, or exactly 14 digits (spaces typed between groups are dropped); the meaning is not checked."""
    key = "".join((value or "").split())
    if key and not (len(key) == 14 and key.isascii() and key.isdigit()):
        raise EditError(tr("FactSheet", "The LeiKa key must have exactly 14 digits (for example 99050048262000)."))
    return key


def clean_case_volume(value: int | str | None) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise EditError(tr("FactSheet", "The case volume must be a whole number of at least 0."))
    if isinstance(value, str):
        text = value.strip()
        if _GROUPED_NUMBER.fullmatch(text):  # "2.400" as German readers write thousands
            text = re.sub(r"\D", "", text)
        if not (text.isascii() and text.isdigit()):
            raise EditError(tr("FactSheet", "The case volume must be a whole number of at least 0."))
        value = int(text)
    if not isinstance(value, int) or value < 0:
        raise EditError(tr("FactSheet", "The case volume must be a whole number of at least 0."))
    if value > MAX_CASE_VOLUME:
        raise EditError(tr("FactSheet", "The case volume must be at most {maximum} per year.", maximum=MAX_CASE_VOLUME))
    return value


def clean_fact_sheet(values: dict[str, Any]) -> dict[str, Any]:
    """The fact sheet fields in ``values``, checked and normalised; an EditError names the first bad one."""
    unknown = set(values) - set(FACT_SHEET_FIELDS)
    if unknown:
        raise EditError(tr("FactSheet", "A fact sheet has no field {name}.", name=", ".join(sorted(unknown))))
    cleaners = {
        "register_key": lambda v: validate.text(v or "", tr("FactSheet", "register key"), maximum=40,
                                                allow_empty=True),
        "name": lambda v: validate.text(v or "", tr("FactSheet", "process name"), maximum=300),
        "description": lambda v: validate.text(v or "", tr("FactSheet", "description"), maximum=20_000,
                                               allow_empty=True),
        "product_area": lambda v: " ".join((v or "").split()),
        "leika_key": clean_leika_key,
        "owner_organisation_id": lambda v: v or None,
        "lead_organisation_id": lambda v: v or None,
        "status": _clean_status,
        "case_volume": clean_case_volume,
        "legal_basis": lambda v: validate.text(v or "", tr("FactSheet", "legal basis"), maximum=5000,
                                               allow_empty=True),
        "tags": lambda v: normalise_tags(validate.text(v or "", tr("FactSheet", "tags"), maximum=2000,
                                                       allow_empty=True)),
    }
    return {name: cleaners[name](value) for name, value in values.items()}


def _clean_status(value: str) -> str:
    if value not in PROCESS_STATUSES:
        raise EditError(tr("FactSheet", "Unknown status of a process: {status}.", status=value))
    return value


class EditFactSheet(ChangeRow):
    """Change some fields of an own process's fact sheet; only the fields that really change are written."""

    table = Process
    only_real_changes = True

    def __init__(self, process_id: str, **values: Any) -> None:
        super().__init__(tr("FactSheet", "Edit fact sheet"), process_id, clean_fact_sheet(values))

    def check(self, session: Session, process: Process) -> None:
        owner = library_owner_name(session, "processes", self.row_id)
        if owner is not None:
            raise EditError(tr("FactSheet", "This process belongs to the library of {organisation} and cannot be "
                                            "changed here; adopt one of its models instead.", organisation=owner))
        area = self.changes.get("product_area")
        if area and area != process.product_area and area not in product_areas():
            raise EditError(tr("FactSheet", "Unknown product area: {area}.", area=area))
        for field in ("owner_organisation_id", "lead_organisation_id"):
            organisation_id = self.changes.get(field)
            if organisation_id is not None and organisation_id != getattr(process, field):
                organisation = session.get(Organisation, organisation_id)
                if organisation is None or organisation.deleted:
                    raise EditError(tr("FactSheet", "The organisation chosen for the fact sheet does not exist."))
