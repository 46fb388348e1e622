"""The user guide's text: which file in which language, its headings and pictures (no Qt).

The guide is package data (``resources/guide/``), read through importlib.resources like every other
resource, so it is the same from a source checkout, a wheel and a frozen build; ui/user_guide.py shows it.
"""

from __future__ import annotations

import re
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from werkstatt.errors import WerkstattError
from werkstatt.i18n import tr

GUIDE_FILES = {"de": "benutzerhandbuch.md", "en": "user-guide.md"}
FALLBACK_LANGUAGE = "de"  # the guide is written in German first; every other language falls back to it

_HEADING = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_IMAGE = re.compile(r"!\[[^\]]*\]\(\s*<?([^)\s>]+)>?")


class GuideMissing(WerkstattError):
    """The guide's file is not part of this installation."""


def guide_folder() -> Traversable:
    return resources.files("werkstatt.resources").joinpath("guide")


def guide_file_name(language: str) -> str:
    """German for "de", English for every other language (the second language of the program)."""
    return GUIDE_FILES["de"] if language == "de" else GUIDE_FILES["en"]


def guide_text(language: str, folder: Traversable | Path | None = None) -> str:
    """The guide's Markdown in ``language``, else the German one; ``GuideMissing`` if neither is installed."""
    folder = guide_folder() if folder is None else folder
    wanted = guide_file_name(language)
    for name in dict.fromkeys((wanted, GUIDE_FILES[FALLBACK_LANGUAGE])):
        try:
            return folder.joinpath(name).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
    raise GuideMissing(tr("GuideFiles", "The user guide ({name}) is missing from this installation of Werkstatt. "
                                       "Please ask your IT department to install Werkstatt again.", name=wanted))


def guide_headings(markdown: str) -> list[tuple[int, str]]:
    """The ATX headings (``## Title``) in order, as (level, text); lines in fenced code blocks are no headings.

    Quick-entry examples start lines with ``#`` (a comment), so the fences matter.
    """
    headings: list[tuple[int, str]] = []
    fence: str | None = None
    for line in markdown.splitlines():
        opened = _FENCE.match(line)
        if fence is not None:
            if opened and opened.group(1)[0] == fence[0] and len(opened.group(1)) >= len(fence) \
                    and not line.strip().lstrip(fence[0]):
                fence = None
            continue
        if opened:
            fence = opened.group(1)
            continue
        match = _HEADING.match(line)
        if match:
            headings.append((len(match.group(1)), (match.group(2) or "").strip()))
    return headings


def guide_images(markdown: str) -> list[str]:
    """The targets of the images (``![alt](target)``) in order of appearance."""
    return _IMAGE.findall(markdown)
