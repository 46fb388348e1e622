"""The NKF product areas of North Rhine-Westphalia (REFERENCE §3): how the register groups its processes.

A register stores the area as its display text ("02 Sicherheit und Ordnung"), so that a process read
from another organisation's library shows the same words here. The list is configurable because a
Kreis may keep its own numbering; the default is the NRW product area plan.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path

from werkstatt.errors import WerkstattError
from werkstatt.i18n import tr

# The area names are fixed German terms of the NKF chart, shown as they are in either language.
NKF_PRODUCT_AREAS: tuple[str, ...] = (
    "01 Innere Verwaltung",
    "02 Sicherheit und Ordnung",
    "03 Schulträgeraufgaben",
    "04 Kultur und Wissenschaft",
    "05 Soziale Leistungen",
    "06 Kinder-, Jugend- und Familienhilfe",
    "07 Gesundheitsdienste",
    "08 Sportförderung",
    "09 Räumliche Planung und Entwicklung, Geoinformationen",
    "10 Bauen und Wohnen",
    "11 Ver- und Entsorgung",
    "12 Verkehrsflächen und -anlagen, ÖPNV",
    "13 Natur- und Landschaftspflege",
    "14 Umweltschutz",
    "15 Wirtschaft und Tourismus",
    "16 Allgemeine Finanzwirtschaft",
    "17 Stiftungen",
)

_configured: tuple[str, ...] | None = None
_NUMBER = re.compile(r"\s*(\d{1,3})\b")


class ProductAreaError(WerkstattError):
    """A list of product areas that cannot be used."""


def product_areas() -> tuple[str, ...]:
    """The product areas offered for a fact sheet, in their order."""
    return _configured if _configured is not None else NKF_PRODUCT_AREAS


def configure(areas: Iterable[str] | None) -> tuple[str, ...]:
    """Use ``areas`` instead of the NKF default (None: back to the default); blanks and repeats are dropped."""
    global _configured
    if areas is None:
        _configured = None
        return product_areas()
    cleaned = tuple(dict.fromkeys(" ".join(str(area).split()) for area in areas if str(area).strip()))
    if not cleaned:
        raise ProductAreaError(tr("ProductAreas", "The list of product areas is empty."))
    _configured = cleaned
    return cleaned


def read_product_areas(path: Path) -> tuple[str, ...]:
    """A list of product areas from a JSON file (an array of strings), checked but not yet in use."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as error:
        raise ProductAreaError(tr("ProductAreas", "The file {path} cannot be read: {reason}.",
                                  path=str(path), reason=error.strerror or str(error))) from error
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ProductAreaError(tr("ProductAreas", "The file {path} is not a JSON list of product areas.",
                                  path=str(path))) from error
    if not isinstance(data, list) or not all(isinstance(area, str) for area in data):
        raise ProductAreaError(tr("ProductAreas", "The file {path} is not a JSON list of product areas.",
                                  path=str(path)))
    cleaned = tuple(dict.fromkeys(" ".join(area.split()) for area in data if area.strip()))
    if not cleaned:
        raise ProductAreaError(tr("ProductAreas", "The list of product areas is empty."))
    return cleaned


def area_number(area: str) -> int | None:
    """The leading number of an area ("09 Räumliche Planung …" → 9), None when it has none."""
    match = _NUMBER.match(area or "")
    return int(match.group(1)) if match else None


def area_sort_key(area: str) -> tuple[int, int, str]:
    """Numbered areas by number, then unnumbered ones by name, and no area at all last."""
    if not (area or "").strip():
        return (2, 0, "")
    number = area_number(area)
    return (0, number, area.casefold()) if number is not None else (1, 0, area.casefold())
