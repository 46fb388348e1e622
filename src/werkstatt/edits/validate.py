"""Checks on values before they reach the database, each failing with a sentence."""

from __future__ import annotations

import unicodedata

from werkstatt.errors import EditError
from werkstatt.i18n import tr
from werkstatt.model import MEDIA, STEP_KINDS

MAX_TEXT = 500


def text(value: str, what: str, *, maximum: int = MAX_TEXT, allow_empty: bool = False) -> str:
    cleaned = unicodedata.normalize("NFC", value).strip()
    if not cleaned and not allow_empty:
        raise EditError(tr("Edits", "The {what} must not be empty.", what=what))
    if len(cleaned) > maximum:
        raise EditError(tr("Edits", "The {what} is too long (at most {maximum} characters).",
                           what=what, maximum=maximum))
    if any(unicodedata.category(c) == "Cc" and c not in "\n\t" for c in cleaned):
        raise EditError(tr("Edits", "The {what} contains control characters.", what=what))
    return cleaned


def minutes(value: float | None, what: str) -> float | None:
    if value is None:
        return None
    if not 0 <= value <= 1_000_000:
        raise EditError(tr("Edits", "The {what} must be between 0 and 1,000,000 minutes.", what=what))
    return float(value)


def probability(value: float | None) -> float | None:
    if value is None:
        return None
    if not 0 <= value <= 1:
        raise EditError(tr("Edits", "The probability must be between 0 and 100 %."))
    return float(value)


def step_kind(value: str) -> str:
    if value not in STEP_KINDS:
        raise EditError(tr("Edits", "Unknown kind of step: {kind}.", kind=value))
    return value


def medium(value: str) -> str:
    if value and value not in MEDIA:
        raise EditError(tr("Edits", "Unknown medium: {medium}.", medium=value))
    return value


def rating(value: int | None, what: str, low: int = 1, high: int = 5) -> int | None:
    if value is None:
        return None
    if not low <= value <= high:
        raise EditError(tr("Edits", "The {what} must be between {low} and {high}.", what=what, low=low, high=high))
    return int(value)
