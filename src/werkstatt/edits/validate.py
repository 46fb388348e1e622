"""Checks on values before they reach the database, each failing with a sentence."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from typing import Any

from sqlalchemy import Column, String
from sqlalchemy.orm import InstrumentedAttribute

from werkstatt.errors import EditError
from werkstatt.i18n import tr
from werkstatt.model import MEDIA, STEP_KINDS

MAX_TEXT = 500
# Text columns have no length in the schema; this is theirs (notes, descriptions, long pain points).
MAX_LONG_TEXT = 20_000

# Characters that change the direction of the text around them: a label "\u202egnp.exe" reads as
# "exe.png" in the register, the diagram and the PDF. Names never need them (Arabic and Hebrew
# letters bring their own direction), so they are refused like the other control characters.
BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def unknown_fields(values: Mapping[str, Any], known: set[str]) -> str:
    """The names in ``values`` that are not fields of the record, for the caller's refusal ("" when none)."""
    return ", ".join(sorted(set(values) - known))


def text(value: str, what: str, *, maximum: int = MAX_TEXT, allow_empty: bool = False) -> str:
    cleaned = unicodedata.normalize("NFC", value).strip()
    if not cleaned and not allow_empty:
        raise EditError(tr("EditValidation", "The {what} must not be empty.", what=what))
    if len(cleaned) > maximum:
        raise EditError(tr("EditValidation", "The {what} is too long (at most {maximum} characters).",
                           what=what, maximum=maximum))
    if any(unicodedata.category(c) == "Cc" and c not in "\n\t" for c in cleaned):
        raise EditError(tr("EditValidation", "The {what} contains control characters.", what=what))
    if (bidi := next((i for i, c in enumerate(cleaned) if c in BIDI_CONTROLS), None)) is not None:
        raise EditError(tr("EditValidation", "The {what} contains the bidirectional control character U+{code:04X} at "
                                    "position {column}, which can make text read as something else.",
                           what=what, code=ord(cleaned[bidi]), column=bidi + 1))
    return cleaned


def column_text(column: InstrumentedAttribute[Any], value: str, what: str, *, allow_empty: bool = False) -> str:
    """``text`` with the limit of the column the value goes to."""
    return text(value, what, maximum=limit(column) or MAX_TEXT, allow_empty=allow_empty)


def limit(column: Column[Any] | InstrumentedAttribute[Any]) -> int | None:
    """The most characters a text column takes: its ``String(n)``, or MAX_LONG_TEXT for ``Text``.

    ``None`` for columns that hold no text. The schema is the one table of limits, so a form, an
    edit and the database cannot disagree.
    """
    column_type = column.type
    if not isinstance(column_type, String):
        return None
    return column_type.length or MAX_LONG_TEXT


def fits_columns(table: Any, values: Mapping[str, Any]) -> None:
    """Refuse any text in ``values`` longer than its column of ``table`` allows (every edit writes through here).

    The edits' own checks give the friendlier, field-specific limits; this one catches what reaches a
    row without them (an attribute set directly, a field a form forgot).
    """
    for name, value in values.items():
        if not isinstance(value, str) or name not in table.columns:
            continue
        maximum = limit(table.columns[name])
        if maximum is not None and len(value) > maximum:
            raise EditError(tr("EditValidation", "The {what} is too long (at most {maximum} characters).",
                               what=field_name(table.name, name), maximum=maximum))


def field_name(table: str, column: str) -> str:
    """The name of a column as the sentences about it call it ("workshop title")."""
    names = {
        ("workshops", "title"): tr("WorkshopValidation", "workshop title"),
        ("workshops", "place"): tr("WorkshopValidation", "place"),
        ("workshops", "facilitator"): tr("WorkshopValidation", "facilitator"),
        ("workshops", "goal"): tr("WorkshopValidation", "goal"),
        ("people", "name"): tr("WorkshopValidation", "participant's name"),
        ("people", "function"): tr("WorkshopValidation", "function"),
        ("processes", "name"): tr("WorkshopValidation", "process name"),
        ("organisations", "name"): tr("OrganisationValidation", "name of the organisation"),
        ("organisations", "short_name"): tr("OrganisationValidation", "short name"),
        ("lanes", "name"): tr("EditValidation", "lane name"),
        ("steps", "label"): tr("EditValidation", "step label"),
        ("steps", "block"): tr("EditValidation", "building block"),
        ("steps", "it_system"): tr("EditValidation", "IT system"),
        ("steps", "notes"): tr("EditValidation", "note"),
        ("flows", "label"): tr("EditValidation", "flow label"),
        ("pain_points", "text"): tr("EditValidation", "pain point"),
        ("measures", "text"): tr("EditValidation", "measure"),
        ("measures", "owner"): tr("EditValidation", "owner"),
        ("agenda_items", "title"): tr("EditValidation", "agenda item"),
        ("workshop_notes", "text"): tr("EditValidation", "note"),
        ("workshop_notes", "owner"): tr("EditValidation", "owner"),
        ("workshop_photos", "caption"): tr("EditValidation", "photo caption"),
        ("voting_rounds", "question"): tr("EditValidation", "question"),
        ("process_models", "name"): tr("EditValidation", "model name"),
    }
    if (table, column) in names:
        return names[(table, column)]
    if column == "description":
        return tr("EditValidation", "description")
    return column.replace("_", " ")


def minutes(value: float | None, what: str) -> float | None:
    if value is None:
        return None
    if not 0 <= value <= 1_000_000:
        raise EditError(tr("EditValidation", "The {what} must be between 0 and 1,000,000 minutes.", what=what))
    return float(value)


def probability(value: float | None) -> float | None:
    if value is None:
        return None
    if not 0 <= value <= 1:
        raise EditError(tr("EditValidation", "The probability must be between 0 and 100 %."))
    return float(value)


def step_kind(value: str) -> str:
    if value not in STEP_KINDS:
        raise EditError(tr("EditValidation", "Unknown kind of step: {kind}.", kind=value))
    return value


def medium(value: str) -> str:
    if value and value not in MEDIA:
        raise EditError(tr("EditValidation", "Unknown medium: {medium}.", medium=value))
    return value


def rating(value: int | None, what: str, low: int = 1, high: int = 5) -> int | None:
    if value is None:
        return None
    if not low <= value <= high:
        raise EditError(tr("EditValidation", "The {what} must be between {low} and {high}.", what=what, low=low,
                           high=high))
    return int(value)
