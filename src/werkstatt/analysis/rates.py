"""The rate table of the analysis: REFERENCE §2's defaults, each with its source, and the user's overrides.

Such values change every year and administrations replace them with their own, so every rate carries
the label of where it comes from, and every result lists the rates it used. Overrides come from the
database (``werkstatt.edits.rates.stored_rates``) and are merged here; this module never queries.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from werkstatt.i18n import QT_TRANSLATE_NOOP, tr

KGST_HOURS = QT_TRANSLATE_NOOP("Rates", "KGSt report 8/2025 (as quoted by a municipality)")
KGST_QUOTED = QT_TRANSLATE_NOOP("Rates", "KGSt report 8/2025 (as quoted)")
KGST = QT_TRANSLATE_NOOP("Rates", "KGSt")

HOURLY_RATES = {
    "E 5": 55.18, "E 6": 54.18, "E 8": 57.26, "E 9a": 63.02, "E 9b": 67.79, "E 9c": 68.33, "E 10": 73.48,
    "E 11": 78.55, "E 12": 85.16, "E 13": 82.24, "E 14": 92.70, "E 15": 101.46,
    "A 6": 56.84, "A 9": 73.32, "A 10": 74.82, "A 11": 83.96, "A 12": 93.47, "A 13": 106.05, "A 14": 112.42,
    "A 15": 124.56, "A 16": 142.46,
}

# key -> (value, untranslated source label); the labels are translated when shown.
DEFAULTS: dict[str, tuple[float, str]] = {
    "hours:employee": (1561.0, KGST_HOURS),
    "hours:civil_servant": (1602.0, KGST_QUOTED),
    **{f"rate:{grade}": (value, KGST_QUOTED) for grade, value in HOURLY_RATES.items()},
    "overhead:office": (0.20, KGST),
    "overhead:non_office": (0.15, KGST),
}

_GRADE = re.compile(r"\s*([A-Za-z])\s*(\d{1,2})\s*([a-cA-C]?)\s*")


def normalise_pay_grade(text: str) -> str:
    """"e9A", "E9a" and "E 9a" are one pay grade, written as the rate keys write it ("E 9a")."""
    match = _GRADE.fullmatch(text or "")
    if match is None:
        return (text or "").strip()
    letter, number, suffix = match.groups()
    return f"{letter.upper()} {int(number)}{suffix.lower()}"


@dataclass(frozen=True)
class Rate:
    """One value the analysis used, with where it comes from (shown beside every result)."""

    key: str
    value: float
    source: str
    is_default: bool = True

    def as_dict(self) -> dict[str, Any]:
        return {"key": self.key, "value": self.value, "source": self.source, "default": self.is_default}


@dataclass(frozen=True)
class RateTable:
    """Defaults merged with stored overrides. Look-ups are dictionary reads: cheap at every keystroke."""

    rates: Mapping[str, Rate] = field(default_factory=dict)

    def get(self, key: str) -> Rate | None:
        return self.rates.get(key)

    def hourly_rate(self, pay_grade: str) -> tuple[Rate, str | None]:
        """The €/h of ``pay_grade`` with a plausibility note when it had to fall back.

        Unknown or empty grades use "rate:default" when the user set one, else 0 € — the analysis
        still answers and the note says which figure is missing.
        """
        grade = normalise_pay_grade(pay_grade)
        if grade:
            found = self.rates.get(f"rate:{grade}")
            if found is not None:
                return found, None
        fallback = self.rates.get("rate:default")
        if not grade:
            note = tr("Rates", "no pay grade given")
        else:
            note = tr("Rates", "no hourly rate known for pay grade {grade}", grade=grade)
        if fallback is not None:
            return fallback, note
        return Rate("rate:default", 0.0, tr("Rates", "no rate known (counted as 0 €)"), True), note

    def working_hours(self, kind: str = "employee") -> Rate:
        """Annual working hours of one FTE; ``kind`` is "employee" or "civil_servant"."""
        return self.rates[f"hours:{kind}"]

    def overhead(self, kind: str) -> Rate:
        """Overhead share on personnel cost; ``kind`` is "office" or "non_office"."""
        return self.rates[f"overhead:{kind}"]

    def as_dict(self) -> dict[str, Any]:
        return {key: rate.as_dict() for key, rate in sorted(self.rates.items())}


def rate_name(key: str) -> str:
    """What a rate is, in words ("Hourly rate E 9a"): the keys are the program's, never the reader's."""
    if key == "minutes:fte":
        return tr("Rates", "Working time per FTE")
    if key == "rate:default":
        return tr("Rates", "Hourly rate without pay grade")
    if key.startswith("rate:"):
        return tr("Rates", "Hourly rate {grade}", grade=key[5:])
    if key.startswith("overhead:"):
        return tr("Rates", "Overhead on personnel cost")
    if key.startswith("hours:"):
        return tr("Rates", "Working hours per year")
    return key


def rate_value(rate: Rate, number: Callable[[float, int], str]) -> str:
    """A rate's value with its unit ("64,10 €/h", "1.561 h/year", "20 %"); ``number(value, digits)`` writes
    the digits in the reader's language."""
    if rate.key.startswith("overhead:"):
        return f"{number(rate.value * 100, 0)}\u00a0%"
    if rate.key == "minutes:fte":
        return tr("Rates", "{n} h/year", n=number(rate.value / 60.0, 0))
    if rate.key.startswith("hours:"):
        return tr("Rates", "{n} h/year", n=number(rate.value, 0))
    return tr("Rates", "{n} €/h", n=number(rate.value, 2))


def default_rate_table() -> RateTable:
    return rate_table({})


def rate_table(stored: Mapping[str, tuple[float, str]]) -> RateTable:
    """The defaults of REFERENCE §2 with ``stored`` (key -> (value, source)) on top.

    An override without a source is labelled as the user's own value, so no number is ever unlabelled.
    """
    rates = {key: Rate(key, value, tr("Rates", source), True) for key, (value, source) in DEFAULTS.items()}
    for key, (value, source) in stored.items():
        if key.startswith("rate:") and key != "rate:default":
            key = f"rate:{normalise_pay_grade(key[5:])}"
        rates[key] = Rate(key, float(value), source or tr("Rates", "own value"), False)
    return RateTable(rates)
