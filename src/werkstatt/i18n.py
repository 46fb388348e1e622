"""Translation of user-visible text outside of widgets.

Source strings are English (as Qt expects); the catalogues are the Qt Linguist
files in ``translations/``.  Pure layers and the CLI look strings up here so that
they speak German by default without a running QApplication; the GUI installs a
QTranslator built from the same catalogue, so both read one source of truth.
"""

from __future__ import annotations

import os
import threading
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from importlib import resources

DEFAULT_LANGUAGE = "de"
SUPPORTED_LANGUAGES = ("de", "en")

_language = DEFAULT_LANGUAGE
# A worker thread can write a protocol in another language than the window speaks.
_thread = threading.local()


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation without translating it now."""
    return text


def language() -> str:
    return getattr(_thread, "language", None) or _language


@contextmanager
def speaking(code: str | None) -> Iterator[None]:
    """Translate in ``code`` in this thread only, for the duration of the block (None: no change)."""
    before = getattr(_thread, "language", None)
    if code is not None:
        _thread.language = code if code in SUPPORTED_LANGUAGES else DEFAULT_LANGUAGE
    try:
        yield
    finally:
        _thread.language = before


def set_language(code: str | None) -> None:
    """Choose the language; ``None`` takes ``WERKSTATT_LANG`` or German."""
    global _language
    code = (code or os.environ.get("WERKSTATT_LANG") or DEFAULT_LANGUAGE).lower()[:2]
    _language = code if code in SUPPORTED_LANGUAGES else DEFAULT_LANGUAGE


@cache
def catalogue(code: str) -> dict[tuple[str, str], str]:
    """Finished translations of one language, keyed by (context, source)."""
    path = resources.files("werkstatt.translations").joinpath(f"werkstatt_{code}.ts")
    if not path.is_file():
        return {}
    entries: dict[tuple[str, str], str] = {}
    root = ET.fromstring(path.read_bytes())
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            source = message.findtext("source", "")
            if translation.text:
                entries[(name, source)] = translation.text
    return entries


def tr(context: str, text: str, /, **values: object) -> str:
    """Translate ``text`` and fill in ``{name}`` placeholders."""
    translated = catalogue(language()).get((context, text), text)
    return translated.format(**values) if values else translated
