"""Reading and showing the step inspector's fields: times and probabilities as people write them.

A time in the inspector is read exactly as in a quick-entry line ("10 min", "1,5 h", "3 Tage"),
so the facilitator learns one way of writing and the two can never disagree.
"""

from __future__ import annotations

from werkstatt.capture.syntax import QuickEntryError, StepEntry, format_minutes, parse_line
from werkstatt.errors import EditError
from werkstatt.i18n import QT_TRANSLATE_NOOP, tr

MEDIUM_NAMES = {
    "": QT_TRANSLATE_NOOP("StepFields", "(not given)"),
    "paper": QT_TRANSLATE_NOOP("StepFields", "paper"),
    "email": QT_TRANSLATE_NOOP("StepFields", "e-mail"),
    "phone": QT_TRANSLATE_NOOP("StepFields", "phone"),
    "software": QT_TRANSLATE_NOOP("StepFields", "software"),
    "in_person": QT_TRANSLATE_NOOP("StepFields", "in person"),
    "post": QT_TRANSLATE_NOOP("StepFields", "post"),
    "fax": QT_TRANSLATE_NOOP("StepFields", "fax"),
    "other": QT_TRANSLATE_NOOP("StepFields", "other"),
}

KIND_NAMES = {
    "start": QT_TRANSLATE_NOOP("StepFields", "start event"),
    "task": QT_TRANSLATE_NOOP("StepFields", "task"),
    "decision": QT_TRANSLATE_NOOP("StepFields", "decision"),
    "parallel": QT_TRANSLATE_NOOP("StepFields", "parallel branching (AND)"),
    "inclusive": QT_TRANSLATE_NOOP("StepFields", "inclusive branching (OR)"),
    "event_based": QT_TRANSLATE_NOOP("StepFields", "event-based decision"),
    "complex": QT_TRANSLATE_NOOP("StepFields", "complex branching"),
    "subprocess": QT_TRANSLATE_NOOP("StepFields", "subprocess"),
    "end": QT_TRANSLATE_NOOP("StepFields", "end event"),
}


def medium_name(code: str) -> str:
    return tr("StepFields", MEDIUM_NAMES.get(code, code))


def kind_name(code: str) -> str:
    return tr("StepFields", KIND_NAMES.get(code, code))


def parse_duration(text: str, *, waiting: bool = False) -> float | None:
    """Minutes from "10 min", "1,5 h", "2 Tage"; a bare number is minutes; empty is None."""
    text = text.strip()
    if not text:
        return None
    if text.replace(",", "", 1).replace(".", "", 1).isdigit():
        text += " min"
    written = f"x ({'Liegezeit ' if waiting else ''}{text})"
    try:
        entry = parse_line(written)
    except QuickEntryError as error:
        raise EditError(tr("StepFields", "“{text}” is not a time: {reason}", text=text, reason=error.message)) \
            from error
    value = None
    if isinstance(entry, StepEntry):
        value = entry.waiting_minutes if waiting else entry.processing_minutes
        other = entry.processing_minutes if waiting else entry.waiting_minutes
        if other is not None or entry.probability is not None or entry.label != "x":
            value = None
    if value is None:
        raise EditError(tr("StepFields", "“{text}” is not a time; write e.g. 10 min, 1.5 h or 3 days.", text=text))
    return value


def show_duration(minutes: float | None, *, waiting: bool = False) -> str:
    return "" if minutes is None else format_minutes(minutes, waiting=waiting)


def parse_probability(text: str) -> float | None:
    """A share of cases from "30", "30 %" or "30,5 %"; empty means always."""
    cleaned = text.strip().removesuffix("%").strip().replace(",", ".")
    if not cleaned:
        return None
    try:
        percent = float(cleaned)
    except ValueError as error:
        raise EditError(tr("StepFields", "“{text}” is not a percentage; write e.g. 30 %.", text=text)) from error
    if not 0 <= percent <= 100:
        raise EditError(tr("StepFields", "The probability must be between 0 and 100 %."))
    return percent / 100


def show_probability(share: float | None) -> str:
    if share is None:
        return ""
    return f"{share * 100:g} %".replace(".", ",")
