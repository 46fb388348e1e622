"""Dates and numbers as the protocol's reader writes them: "3. Dezember 2026", "1.234,5", "30 %".

Pure and independent of the ``locale`` module, whose German locale may be missing on an office
machine and which is process-wide state besides. Month names are ordinary translated strings,
looked up in the catalogue of the language asked for, so a protocol in English can be made while
the application speaks German. Every function takes that language as ``lang``; without one it writes
in the language the application speaks now (``werkstatt.i18n.language()``). Spaces between a number
and its unit are no-break spaces, so "12 min" never breaks across two lines of a table cell.
"""

from __future__ import annotations

import datetime as dt

from werkstatt import i18n
from werkstatt.i18n import QT_TRANSLATE_NOOP

NBSP = "\u00a0"
CONTEXT = "ProtocolFormat"
MONTHS = (
    QT_TRANSLATE_NOOP("ProtocolFormat", "January"), QT_TRANSLATE_NOOP("ProtocolFormat", "February"),
    QT_TRANSLATE_NOOP("ProtocolFormat", "March"), QT_TRANSLATE_NOOP("ProtocolFormat", "April"),
    QT_TRANSLATE_NOOP("ProtocolFormat", "May"), QT_TRANSLATE_NOOP("ProtocolFormat", "June"),
    QT_TRANSLATE_NOOP("ProtocolFormat", "July"), QT_TRANSLATE_NOOP("ProtocolFormat", "August"),
    QT_TRANSLATE_NOOP("ProtocolFormat", "September"), QT_TRANSLATE_NOOP("ProtocolFormat", "October"),
    QT_TRANSLATE_NOOP("ProtocolFormat", "November"), QT_TRANSLATE_NOOP("ProtocolFormat", "December"),
)

ONE_DAY = QT_TRANSLATE_NOOP("ProtocolFormat", "1 day")
DAYS = QT_TRANSLATE_NOOP("ProtocolFormat", "{n} days")


def _chosen(lang: str | None) -> str:
    """``lang``, or the language the application speaks now when none is asked for."""
    return i18n.language() if lang is None else lang


def _in_language(lang: str, text: str) -> str:
    """``text`` translated into ``lang`` (not the application's current language)."""
    if lang == "en":
        return text
    return i18n.catalogue(lang).get((CONTEXT, text), text)


def month_name(month: int, lang: str | None = None) -> str:
    lang = _chosen(lang)
    return _in_language(lang, MONTHS[month - 1])


def format_date(value: dt.date | None, lang: str | None = None) -> str:
    """"3. Dezember 2026" in German, "3 December 2026" in English; "" for no date."""
    lang = _chosen(lang)
    if value is None:
        return ""
    separator = ". " if lang == "de" else " "
    return f"{value.day}{separator}{month_name(value.month, lang)} {value.year}"


def format_short_date(value: dt.date | None, lang: str | None = None) -> str:
    """"03.12.2026" / "03/12/2026" for narrow table columns (British order in English)."""
    lang = _chosen(lang)
    if value is None:
        return ""
    return value.strftime("%d.%m.%Y" if lang == "de" else "%d/%m/%Y")


def format_number(value: float | None, lang: str | None = None, decimals: int = 0) -> str:
    """Grouped thousands and a decimal comma in German ("1.234,5"), a decimal point in English ("1,234.5").

    With ``decimals`` > 0 a whole number still shows no decimals ("3", not "3,0"): the protocol
    prints counts and minutes, where ",0" only adds noise.
    """
    lang = _chosen(lang)
    if value is None:
        return ""
    if decimals and float(value).is_integer():
        decimals = 0
    text = f"{value:,.{decimals}f}"
    if lang == "de":
        text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return text


def format_rounded(value: float | None, lang: str | None = None, decimals: int = 1) -> str:
    """``value`` rounded to ``decimals`` first, so that 2.96 reads "3" and not "3,0": a total or a mean as
    the room reads it on a screen or in a sentence."""
    return "" if value is None else format_number(round(value, decimals), lang, decimals)


def format_minutes(value: float | None, lang: str | None = None) -> str:
    """"12 min", "1.440 min", "7,5 min" (the unit reads the same in both languages)."""
    lang = _chosen(lang)
    if value is None:
        return ""
    return f"{format_number(value, lang, 1)}{NBSP}min"


def format_waiting(value: float | None, lang: str | None = None) -> str:
    """Waiting time the way the room said it: "3 Tage", "4 h", "45 min" (quick entry counts a day as 24 h)."""
    lang = _chosen(lang)
    if value is None:
        return ""
    if value >= 1440:
        days = value / 1440
        if days == 1:
            return _in_language(lang, ONE_DAY)
        return _in_language(lang, DAYS).format(n=format_rounded(days, lang))
    if value >= 60:
        return f"{format_rounded(value / 60, lang)}{NBSP}h"
    return format_minutes(value, lang)


def format_percent(fraction: float | None, lang: str | None = None, decimals: int = 0) -> str:
    """A fraction 0..1 as a percentage: "30 %" in German (DIN 5008 puts a space), "30%" in English."""
    lang = _chosen(lang)
    if fraction is None:
        return ""
    number = format_number(fraction * 100, lang, decimals)
    return f"{number}{NBSP}%" if lang == "de" else f"{number}%"


# How each language abbreviates the units of a duration: typography like the "%" spacing above, not
# sentences, and kept here so that the figures of a protocol in either language never depend on a
# built translation catalogue. (day, days, hour, minute); other languages write the English ones.
DURATION_UNITS = {"de": ("Tag", "Tage", "Std.", "Min."), "en": ("day", "days", "h", "min")}


def format_duration(minutes: float | None, lang: str | None = None) -> str:
    """A time as people say it: "30 Tage", "27 Tage 3 Std.", "3 Std. 20 Min.", "45 Min."; English "30 days",
    "3 h 20 min".

    A day is a calendar day of 24 hours: the times it is used for are waiting times and lead times,
    which run day and night (a file lies in the post over the weekend too). From one day on the
    minutes are left out and the hours rounded; below an hour a fraction keeps one decimal ("7,5 Min.").
    """
    lang = _chosen(lang)
    if minutes is None:
        return ""
    if minutes < 0:
        return "−" + format_duration(-minutes, lang)
    day, days, hour, minute = DURATION_UNITS.get(lang, DURATION_UNITS["en"])

    def part(n: float, unit: str) -> str:
        return f"{format_number(n, lang, 1)}{NBSP}{unit}"

    if minutes < 59.5 and not float(minutes).is_integer():
        return part(round(minutes, 1), minute)
    total = int(minutes + 0.5)  # whole minutes, halves up
    if total >= 1440:
        whole_days, rest = divmod(total, 1440)
        hours = int(rest / 60 + 0.5)
        if hours == 24:
            whole_days, hours = whole_days + 1, 0
        parts = [part(whole_days, day if whole_days == 1 else days)] + ([part(hours, hour)] if hours else [])
    else:
        hours, rest = divmod(total, 60)
        parts = ([part(hours, hour)] if hours else []) + ([part(rest, minute)] if rest or not hours else [])
    return " ".join(parts)
