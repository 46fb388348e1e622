"""Translation of user-visible text outside of widgets.

Source strings are English (as Qt expects); the catalogues are the Qt Linguist
files in ``translations/``, compiled to .qm by ``pyside6-lrelease`` when the package
is built (``tools/translations.py release`` in a checkout).  Pure layers and the CLI
look strings up here so that they speak German by default without a running
QApplication; the GUI installs a QTranslator answering from the same catalogue, so
both read one source of truth.

``pseudo`` is a check mode, not a language: German text with every letter accented
and a third longer, so that a clipped label or a string that bypasses translation
(it stays plain) shows on a screenshot.
"""

from __future__ import annotations

import logging
import os
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from importlib import resources

from werkstatt.i18n import qm

log = logging.getLogger(__name__)

DEFAULT_LANGUAGE = "de"
SUPPORTED_LANGUAGES = ("de", "en")
PSEUDO = "pseudo"

_language = DEFAULT_LANGUAGE
_pseudo = False
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
    """Choose the language; ``None`` takes ``WERKSTATT_LANG`` or German; ``pseudo`` is German, pseudo-localised."""
    global _language, _pseudo
    code = (code or os.environ.get("WERKSTATT_LANG") or DEFAULT_LANGUAGE).lower()
    _pseudo = code == PSEUDO
    code = code[:2]
    _language = code if code in SUPPORTED_LANGUAGES else DEFAULT_LANGUAGE


def pseudo_localised() -> bool:
    return _pseudo


@cache
def catalogue(code: str) -> dict[tuple[str, str], str]:
    """Finished translations of one language, keyed by (context, source).

    A missing or damaged catalogue (a broken installation) leaves the English source
    text on screen rather than stopping the program; the log says which file it was.
    """
    if code == PSEUDO:
        return {key: pseudo_text(text) for key, text in catalogue(DEFAULT_LANGUAGE).items()}
    path = resources.files("werkstatt.translations").joinpath(f"werkstatt_{code}.qm")
    try:
        return qm.read_messages(path.read_bytes())
    except (OSError, qm.QmError) as error:
        log.warning("no translations for %s: %s (%s)", code, path, error)
        return {}


def lookup(context: str, text: str) -> str | None:
    """The translation in this thread's language, None if the catalogue has none."""
    code = language()
    return catalogue(PSEUDO if _pseudo and code == DEFAULT_LANGUAGE else code).get((context, text))


def tr(context: str, text: str, /, **values: object) -> str:
    """Translate ``text`` and fill in ``{name}`` placeholders."""
    translated = lookup(context, text) or text
    return translated.format(**values) if values else translated


_ACCENTED = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "àƀçđéƒĝĥîĵķĺɱñöþǫŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŢÛṼŴẊÝŽ",
)
# Placeholders, markup and entities pass through unchanged, or formatting and rich text would break.
_UNTOUCHED = re.compile(r"\{\w*\}|%\d|<[^>]*>|&\w+;|&&")
PSEUDO_GROWTH = 0.35


def pseudo_text(text: str) -> str:
    """``Datei`` → ``⟦Đàţéî··⟧``: accented, about a third longer, bracketed so a cut-off end shows."""
    parts: list[str] = []
    position = 0
    for match in _UNTOUCHED.finditer(text):
        parts.append(text[position:match.start()].translate(_ACCENTED))
        parts.append(match.group())
        position = match.end()
    parts.append(text[position:].translate(_ACCENTED))
    body = "".join(parts)
    visible = len(_UNTOUCHED.sub("", text))
    padding = "·" * max(1, round(visible * PSEUDO_GROWTH))
    return f"⟦{body}{padding}⟧"
