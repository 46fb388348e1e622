"""Quick entry: the one-line syntax facilitators type while the room talks.

    >> Bürgerbüro: Antrag geht ein                  start event in the lane "Bürgerbüro"
    Antrag prüfen (10 min, Liegezeit 2 Tage) [Antragsprüfung]
    Vollständig?                                     decision: the label ends with "?"
    [nein] Unterlagen nachfordern (5 min, 80 %)      branch "nein" of the last decision
    [nein] -> Antrag prüfen                          flow back to an existing step
    !! Medienbruch: Formular wird abgetippt          pain point on the previous step
    > Vorlage liegt im DMS                           note on the previous step
    << Bescheid versandt                             end event
    # comment  // comment

Pure (no Qt, no database): werkstatt.capture.session turns the entries into edits. The parser
is forgiving where a guess is harmless (a parenthesis that is no time stays in the
label) and strict where a guess would store a wrong number (``(10 kg)`` is an error).
Lines come from a live keyboard and from piped files, so it works on indexes into the
line and uses only regexes that cannot backtrack badly: no line can freeze the room.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

from werkstatt.capture.textmatch import fold
from werkstatt.errors import WerkstattError
from werkstatt.i18n import tr

MAX_LINE_LENGTH = 2000
MAX_LABEL_LENGTH = 500
MAX_LANE_LENGTH = 60
MAX_PART_MINUTES = 100_000

# REFERENCE §5; the codes are werkstatt.model.PAIN_POINT_CATEGORIES.
PAIN_POINT_CATEGORIES: dict[str, str] = {
    "media_break": "Medienbruch",
    "double_entry": "Doppelerfassung/Doppelarbeit",
    "handover": "Schnittstelle/Übergabe",
    "waiting": "Liege-/Wartezeit",
    "query": "Rückfrage/Nachforderung",
    "responsibility": "unklare Zuständigkeit",
    "missing_it": "fehlende IT-Unterstützung",
    "loop": "Schleife/Rückläufer",
    "legal": "rechtliche oder formale Hürde",
    "other": "Sonstiges",
}


@dataclass(frozen=True)
class StepEntry:
    label: str
    lane: str | None = None  # None: the caller keeps the lane of the previous step
    kind: str = "task"  # "task" | "decision" | "start" | "end"
    processing_minutes: float | None = None
    waiting_minutes: float | None = None
    probability: float | None = None  # 0..1
    block: str | None = None  # raw name; the caller matches it against the catalogue
    branch: str | None = None  # connect from the last decision with this flow label
    # Where the lane name stands in the line, so that a suggestion can replace it (werkstatt.capture.lane_guard).
    lane_span: tuple[int, int] | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class LinkEntry:
    target: str
    branch: str | None = None


@dataclass(frozen=True)
class PainPointEntry:
    text: str
    severity: int = 1
    category: str = "other"


@dataclass(frozen=True)
class NoteEntry:
    text: str


@dataclass(frozen=True)
class CommentEntry:
    text: str


@dataclass(frozen=True)
class BlankEntry:
    pass


Entry = StepEntry | LinkEntry | PainPointEntry | NoteEntry | CommentEntry | BlankEntry


class QuickEntryError(WerkstattError, ValueError):
    """A line that cannot be read; ``message`` is one translated sentence, ``column`` counts from 1."""

    def __init__(self, message: str, line_number: int | None = None, column: int | None = None) -> None:
        super().__init__(message)
        self.line_number = line_number
        self.column = column

    def __str__(self) -> str:
        if self.line_number is None:
            return self.message
        return tr("QuickEntry", "Line {number}: {message}", number=self.line_number, message=self.message)


def parse_lines(text: str) -> list[Entry]:
    """Parse a block of lines; the first bad line raises with its number (counted from 1)."""
    lines = text.split("\n")  # not splitlines(): a stray \x0b or \x1c is an error, not a line break
    if lines[-1] == "":
        lines.pop()  # a final line break ends the last line; it does not start a new one
    return [parse_line(line, number) for number, line in enumerate(lines, start=1)]


def parse_line(text: str, line_number: int | None = None) -> Entry:
    """Read one typed line; raises QuickEntryError (with ``line_number``) if it cannot be used."""
    line = text.removesuffix("\n").removesuffix("\r")
    if len(line) > MAX_LINE_LENGTH:
        message = tr("QuickEntry", "The line is too long ({length} characters, at most {maximum}).",
                     length=len(line), maximum=MAX_LINE_LENGTH)
        raise QuickEntryError(message, line_number, MAX_LINE_LENGTH + 1)
    if bad := _FORBIDDEN.search(line):
        code, column = ord(bad.group()), bad.start() + 1
        if unicodedata.category(bad.group()) == "Cs":
            message = tr("QuickEntry",
                         "The line contains the invalid character U+{code:04X} at column {column}.",
                         code=code, column=column)
        elif unicodedata.category(bad.group()) == "Cf":
            message = tr("QuickEntry",
                         "The line contains the bidirectional control character U+{code:04X} at column {column}, "
                         "which can make text read as something else.", code=code, column=column)
        else:
            message = tr("QuickEntry",
                         "The line contains the control character U+{code:04X} at column {column}.",
                         code=code, column=column)
        raise QuickEntryError(message, line_number, column)
    # A byte order mark from a file saved by Windows Notepad is no part of the first step.
    start, end = _strip(line, 1 if line.startswith("\ufeff") else 0, len(line))
    if start == end:
        return BlankEntry()
    if line.startswith(("#", "//"), start):
        marker = 1 if line[start] == "#" else 2
        return CommentEntry(line[start + marker:end].strip())
    if line[start] == "!":
        return _pain_point(line, start, end, line_number)
    if line[start] == ">" and not line.startswith(">>", start):
        empty = tr("QuickEntry", "The note after “>” is empty.")
        return NoteEntry(_text(line, start + 1, end, line_number, empty))
    return _step_or_link(line, start, end, line_number)


def match_category(text: str) -> str | None:
    """The pain point category code that ``text`` names (German, any case, with or without umlauts)."""
    return _CATEGORY_BY_ALIAS.get(fold(text))


def format_minutes(minutes: float, *, waiting: bool = False) -> str:
    """The canonical German form of a time, as the parser reads it back: 90 → "1,5 h".

    Whole hours (to two decimals) are shown in hours; ``waiting`` times of a day or
    more in calendar days, because a day of waiting is not a working day.
    """
    if not math.isfinite(minutes):
        raise ValueError(f"not a time: {minutes!r}")
    days = minutes / 1440
    if waiting and minutes >= 1440 and _two_decimals(days):
        return f"{_german_number(days)} {'Tag' if days == 1 else 'Tage'}"
    if minutes >= 60 and _two_decimals(minutes / 60):
        return f"{_german_number(minutes / 60)} h"
    return f"{_german_number(minutes)} min"


# --- steps and links --------------------------------------------------------------------------

def _step_or_link(line: str, start: int, end: int, line_number: int | None) -> Entry:
    kind: str | None = None
    branch: str | None = None
    # The branch and the start/end marker may come in either order: "[nein] << Abgelehnt".
    for _ in range(2):
        start = _lstrip(line, start, end)
        if kind is None and line.startswith((">>", "<<"), start):
            kind, start = ("start" if line[start] == ">" else "end"), start + 2
        elif branch is None and line.startswith("[", start):
            close = line.find("]", start, end)
            if close == -1:
                raise QuickEntryError(tr("QuickEntry", "The branch label in “[…]” is not closed."),
                                      line_number, start + 1)
            empty = tr("QuickEntry", "The branch label in “[]” is empty.")
            branch = _text(line, start + 1, close, line_number, empty)
            start = close + 1
    start = _lstrip(line, start, end)
    arrow = next((a for a in ("->", "→") if line.startswith(a, start)), None)
    if arrow is None:
        return _step(line, start, end, kind, branch, line_number)
    if kind is not None:
        message = tr("QuickEntry", "A start or end event cannot be a link: write a step after it.")
        raise QuickEntryError(message, line_number, start + 1)
    target = _text(line, start + len(arrow), end, line_number,
                   tr("QuickEntry", "Name the step to connect to after “->”."), _label_too_long)
    return LinkEntry(target, branch)


@dataclass
class _Times:
    processing: float | None = None
    waiting: float | None = None
    probability: float | None = None


def _step(line: str, start: int, end: int, kind: str | None, branch: str | None,
          line_number: int | None) -> StepEntry:
    times, block = _Times(), None
    # Peel "(…)" and "[…]" off the end, in any order; several time parentheses add up.
    while True:
        end = _rstrip(line, start, end)
        if line.endswith(")", start, end):
            opening = line.rfind("(", start, end - 1)
            if opening != -1 and _read_times(line, opening + 1, end - 1, times, line_number):
                end = opening
                continue
        if block is None and line.endswith("]", start, end):
            opening = line.rfind("[", start, end - 1)
            if opening == -1:
                raise QuickEntryError(tr("QuickEntry", "The building block in “[…]” is not opened."),
                                      line_number, end)
            block = _text(line, opening + 1, end - 1, line_number,
                          tr("QuickEntry", "The building block in “[]” is empty."))
            end = opening
            continue
        break
    lane_span, start = _lane(line, start, end)
    lane = line[lane_span[0]:lane_span[1]] if lane_span else None
    label = _text(line, start, end, line_number, tr("QuickEntry", "The step has no label."), _label_too_long)
    if kind is None:
        kind = "decision" if label.endswith("?") else "task"
    return StepEntry(label, lane, kind, times.processing, times.waiting, times.probability, block, branch,
                     lane_span)


def _lane(line: str, start: int, end: int) -> tuple[tuple[int, int] | None, int]:
    """Where the lane before the first ": " (or a final ":") stands, and where the label starts."""
    colon = line.find(":", start, end)
    while colon != -1 and colon + 1 < end and not line[colon + 1].isspace():  # "10:30", "https://"
        colon = line.find(":", colon + 1, end)
    if colon == -1:
        return None, start
    name_start, name_end = _strip(line, start, colon)
    name = line[name_start:name_end]
    # A question, a parenthesis or an address before the colon is part of the label.
    if not 1 <= len(name) <= MAX_LANE_LENGTH or any(mark in name for mark in ("(", "[", "?", "://")):
        return None, start
    return (name_start, name_end), colon + 1


# --- times --------------------------------------------------------------------------------------

_DIGITS = frozenset("0123456789")
# German first; the English words let the same lines work in the English interface.
_WAITING_WORDS = frozenset({"warten", "wartezeit", "liegezeit", "liegt", "wait", "waiting"})
_PROCESSING_WORDS = frozenset({"bearbeitung", "bearbeitungszeit", "dauer", "processing"})
_APPROXIMATELY = frozenset({"ca", "circa", "etwa"})
_LEADING_WORDS = _WAITING_WORDS | _PROCESSING_WORDS | _APPROXIMATELY
_PERCENT = frozenset({"%", "prozent", "percent"})
_UNITS: dict[str, tuple[int, int]] = {  # unit → (minutes as processing time, minutes as waiting time)
    **dict.fromkeys(("min", "m", "minute", "minuten", "minutes", "mins"), (1, 1)),
    **dict.fromkeys(("h", "std", "stunde", "stunden", "hour", "hours", "hr", "hrs"), (60, 60)),
    # A day of work is a working day of 8 hours; a day of waiting is a calendar day.
    **dict.fromkeys(("d", "t", "tag", "tage", "at", "arbeitstag", "arbeitstage", "day", "days"), (480, 1440)),
    **dict.fromkeys(("woche", "wochen", "week", "weeks"), (5 * 480, 7 * 1440)),
}
_WORD = re.compile(r"[^\W\d_]+")  # one run of letters
# Sign, number, rest: the character classes do not overlap, so a match never backtracks far.
_AMOUNT = re.compile(r"(-?)\s*([0-9]+(?:[.,][0-9]+)?|[.,][0-9]+)\s*(.*)", re.DOTALL)
# Control characters except tab (Cc), and lone surrogates that no file can store (Cs).
# Control characters, lone surrogates, and the bidirectional controls (U+061C, U+200E/F, U+202A–202E,
# U+2066–2069), which make a label read as something else on the projector, in the register and the PDF.
_FORBIDDEN = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f\ud800-\udfff\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _read_times(line: str, start: int, end: int, times: _Times, line_number: int | None) -> bool:
    """Add the parts of the parenthesis ``line[start:end]`` to ``times``; False if it is no time at all.

    It is a time when its first part starts with a number, perhaps after a keyword such
    as "Liegezeit" or "ca.": "(mit Anlagen)" stays in the label, "(10 kg)" is an error.
    """
    parts = _parts(line, start, end)
    if not parts:
        return False
    first_start, first_end = parts[0]
    if _AMOUNT.match(_strip_words(line[first_start:first_end])[1]) is None:
        return False
    for part_start, part_end in parts:
        _read_part(line[part_start:part_end], part_start + 1, times, line_number)
    return True


def _parts(line: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the non-empty parts, split at "+", ";" and at commas that are no decimal comma ("1,5 h")."""
    spans, part_start = [], start
    for i in range(start, end):
        char = line[i]
        decimal = char == "," and start < i < end - 1 and line[i - 1] in _DIGITS and line[i + 1] in _DIGITS
        if char in "+;" or (char == "," and not decimal):
            spans.append(_strip(line, part_start, i))
            part_start = i + 1
    spans.append(_strip(line, part_start, end))
    return [(a, b) for a, b in spans if a < b]


def _strip_words(text: str) -> tuple[bool, str]:
    """Drop leading "Liegezeit"/"Bearbeitung" and "ca."/"~"; True if a word said it is waiting time."""
    waiting = False
    for _ in range(3):
        if text.startswith("~"):
            text = text[1:].lstrip()
            continue
        word = _WORD.match(text)
        if word is None or word.group().casefold() not in _LEADING_WORDS:
            break
        waiting = waiting or word.group().casefold() in _WAITING_WORDS
        rest = text[word.end():]
        text = (rest[1:] if rest[:1] in (".", ":") else rest).lstrip()  # "ca.", "Liegezeit:"
    return waiting, text


def _read_part(part: str, column: int, times: _Times, line_number: int | None) -> None:
    def error(message: str) -> QuickEntryError:
        return QuickEntryError(message, line_number, column)

    def not_a_time() -> QuickEntryError:
        return error(tr("QuickEntry", "“{part}” is not a time like “10 min” or “2 h”.", part=_shorten(part)))

    waiting, rest = _strip_words(part)
    amount = _AMOUNT.fullmatch(rest)
    if amount is None:  # "(10 min, mit Anlagen)"
        raise not_a_time()
    sign, number, unit = amount.groups()
    value = float(number.replace(",", "."))
    if unit.casefold() in _PERCENT:
        if sign or value > 100:
            raise error(tr("QuickEntry", "A probability must be between 0 and 100 %."))
        if times.probability is not None:
            raise error(tr("QuickEntry", "The probability is given twice."))
        times.probability = value / 100
        return
    words = unit.split()
    if len(words) > 1 and words[-1].casefold() in _WAITING_WORDS:  # "2 Tage Liegezeit"
        waiting, unit = True, " ".join(words[:-1])
    if sign or not unit:  # "-5 min", "10"
        raise not_a_time()
    factors = _UNITS.get(unit.casefold().removesuffix("."))
    if factors is None:
        raise error(tr("QuickEntry", "Unknown unit of time “{unit}”; use min, h or days.",
                       unit=_shorten(unit)))
    minutes = value * factors[waiting]
    if minutes > MAX_PART_MINUTES:
        raise error(tr("QuickEntry", "The time “{part}” is implausibly long.", part=_shorten(part)))
    if waiting:
        times.waiting = (times.waiting or 0.0) + minutes
    else:
        times.processing = (times.processing or 0.0) + minutes


# --- pain points --------------------------------------------------------------------------------

_CATEGORY_ALIASES: dict[str, tuple[str, ...]] = {  # folded as by werkstatt.capture.textmatch.fold
    "media_break": ("medienbruch", "medienbrueche"),
    "double_entry": ("doppelerfassung", "doppelarbeit"),
    "handover": ("schnittstelle", "schnittstellen", "uebergabe"),
    "waiting": ("wartezeit", "liegezeit", "warten"),
    "query": ("rueckfrage", "rueckfragen", "nachforderung"),
    "responsibility": ("zustaendigkeit", "unklare zustaendigkeit"),
    "missing_it": ("it", "fehlende it", "it-unterstuetzung"),
    "loop": ("schleife", "ruecklaeufer"),
    "legal": ("rechtlich", "formal", "huerde"),
    "other": ("sonstiges",),
}


_CATEGORY_BY_ALIAS = {
    alias: code
    for code, aliases in _CATEGORY_ALIASES.items()
    for alias in (*aliases, code, fold(PAIN_POINT_CATEGORIES[code]))
}


def _pain_point(line: str, start: int, end: int, line_number: int | None) -> PainPointEntry:
    text_start = start
    while text_start < end and line[text_start] == "!":
        text_start += 1
    severity = min(text_start - start, 3)
    category = "other"
    colon = line.find(":", text_start, end)
    # "! IT: …" names a category; "! Frist: …" is a pain point whose text has a colon.
    if colon != -1 and (code := match_category(line[text_start:colon])) is not None:
        category, text_start = code, colon + 1
    text = _text(line, text_start, end, line_number, tr("QuickEntry", "The pain point after “!” is empty."),
                 lambda length: tr("QuickEntry", "The pain point is too long (at most {maximum} characters).",
                                   maximum=MAX_LABEL_LENGTH))
    return PainPointEntry(text, severity, category)


# --- helpers ------------------------------------------------------------------------------------

def _text(line: str, start: int, end: int, line_number: int | None, empty: str,
          too_long: Callable[[int], str] | None = None) -> str:
    """The stripped text of the span; ``empty`` and ``too_long(length)`` say why it is not usable."""
    start, end = _strip(line, start, end)
    if start == end:
        raise QuickEntryError(empty, line_number, start + 1)
    if too_long is not None and end - start > MAX_LABEL_LENGTH:
        raise QuickEntryError(too_long(end - start), line_number, start + 1)
    return line[start:end]


def _label_too_long(length: int) -> str:
    return tr("QuickEntry", "The step label is too long ({length} characters, at most {maximum}).",
              length=length, maximum=MAX_LABEL_LENGTH)


def _lstrip(line: str, start: int, end: int) -> int:
    while start < end and line[start].isspace():
        start += 1
    return start


def _rstrip(line: str, start: int, end: int) -> int:
    while end > start and line[end - 1].isspace():
        end -= 1
    return end


def _strip(line: str, start: int, end: int) -> tuple[int, int]:
    start = _lstrip(line, start, end)
    return start, _rstrip(line, start, end)


def _shorten(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _two_decimals(value: float) -> bool:
    return abs(round(value, 2) - value) < 1e-9


def _german_number(value: float) -> str:
    text = f"{round(value, 2):.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text.replace(".", ",")
