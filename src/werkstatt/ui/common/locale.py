"""Numbers and dates in the widgets, as the chosen language writes them.

``number`` keeps Qt's locale rather than ``werkstatt.i18n.format.format_number``: a widget shows
the decimals it asks for ("320,0 h", "63,00 €/h" in a table column of like numbers), where the
protocol's formatter drops ",0" from whole numbers.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from werkstatt import i18n


def ui_locale() -> QLocale:
    """German digits (1.561 h, 63,02 €) unless the program speaks English."""
    return QLocale("de_DE") if i18n.language() == "de" else QLocale("en_GB")


def number(value: float, decimals: int = 0) -> str:
    return ui_locale().toString(float(value), "f", decimals)


def parse_number(text: str) -> float | None:
    """The number in ``text`` as the locale writes it; a plain "63.02" is accepted too. None: not a number."""
    text = text.strip().rstrip("%€h").strip()
    value, ok = ui_locale().toDouble(text)
    if ok:
        return value
    try:
        return float(text.replace(",", "."))
    except ValueError:
        return None


def qt_date_format() -> str:
    """The display format of a QDateEdit or QDate.toString: German ``dd.MM.yyyy``, otherwise ISO."""
    return "dd.MM.yyyy" if i18n.language() == "de" else "yyyy-MM-dd"
