"""A typo does not make a lane: a new lane name that is nearly an existing one is asked about first.

Quick entry creates a lane for every name it does not know, which is what the room wants for
"Kasse: Gebühr buchen" and a nuisance for "Brgerbüro: Gebühr kassieren" beside "Bürgerbüro"
(issue 17). So Enter on such a line stores nothing and asks; Tab takes the existing name, a second
Enter on the unchanged line creates the new lane, and any other edit of the line asks anew.

When a name counts as near (the rule, chosen here):

- Names are compared folded: any case, spaces collapsed, "ß" as "ss", and an umlaut both as its
  vowel and as vowel + "e" ("ü" as "u" and as "ue"), whichever of the two is closer — so a
  forgotten "ü" is one typo, as it is one key.
- The distance is Damerau-Levenshtein (optimal string alignment): a missing, extra, wrong or
  swapped pair of letters is one typo each.
- Allowed: 0 for names of up to 3 letters (only spelling variants such as "AMT" or "Buero" for
  "Büro"; "Amt" and "Arzt" are different lanes), 1 for 4 to 7 letters, 2 for 8 or more. The
  shorter of the two folded names decides, so a short name never pulls in a long one.
- Names of as many words are also compared word by word, each word on the same scale: "Stadt
  Wetter" is no typo of "Stadt Witten" (two typos in a six-letter word), nor "Sachbearbeitung 2"
  of "Sachbearbeitung 1": lanes that a workshop of this Kreis really has side by side.
- The same name in another case is the lane itself (capture matches it so), never a question.
- Of several near lanes the closest is suggested, on a tie the one first in the lane order.

Pure (no Qt): the capture panel only shows what ``LaneGuard`` decides.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from werkstatt.capture.syntax import QuickEntryError, StepEntry, parse_line
from werkstatt.capture.textmatch import UMLAUTS_PLAIN, fold
from werkstatt.i18n import tr


def _forms(name: str) -> tuple[str, str]:
    """The name folded with "ü" as "ue" (as quick entry compares) and with "ü" as "u"."""
    return fold(name), fold(name, UMLAUTS_PLAIN)


def distance(a: str, b: str) -> int:
    """Damerau-Levenshtein distance (optimal string alignment) of two short strings."""
    before: list[int] = []
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, start=1):
        current = [i] + [0] * len(b)
        for j, char_b in enumerate(b, start=1):
            cost = 0 if char_a == char_b else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and char_a == b[j - 2] and a[i - 2] == char_b:
                current[j] = min(current[j], before[j - 2] + 1)
        before, previous = previous, current
    return previous[-1]


def allowed_typos(length: int) -> int:
    """How many typos a name of ``length`` folded letters may differ by and still count as near."""
    return 0 if length <= 3 else 1 if length <= 7 else 2


def _typos(typed: str, existing: str) -> int | None:
    """The distance of two folded names, or None when it is more than a typo (see the rule above)."""
    typos = distance(typed, existing)
    if typos > allowed_typos(min(len(typed), len(existing))):
        return None
    words, others = typed.split(), existing.split()
    if len(words) == len(others) > 1 and any(
            distance(a, b) > allowed_typos(min(len(a), len(b))) for a, b in zip(words, others, strict=True)):
        return None
    return typos


def near_lane(name: str, lanes: Sequence[str]) -> str | None:
    """The existing lane that ``name`` is probably a typo of, or None (unknown name, or the lane itself)."""
    key = name.casefold()
    if any(lane.casefold() == key for lane in lanes):
        return None
    typed = _forms(name)
    best: tuple[int, int] | None = None  # (typos, index in the lane order)
    for index, lane in enumerate(lanes):
        found = [t for a in typed for b in _forms(lane) if (t := _typos(a, b)) is not None]
        if found and (best is None or min(found) < best[0]):
            best = (min(found), index)
    return None if best is None else lanes[best[1]]


@dataclass(frozen=True)
class LaneDoubt:
    """The question for one line: ``typed`` would become a new lane, ``existing`` is probably meant."""

    text: str  # everything that was submitted (one line, or a pasted block)
    line_number: int | None  # counted among the non-blank lines, as a paste counts them; None for one line
    typed: str
    existing: str

    def message(self) -> str:
        # Short: the feedback line has two lines in a narrow panel, and both answers must be readable.
        question = tr("LaneGuard", "New lane “{typed}”? Tab: “{existing}” · Enter: new lane",
                      typed=self.typed, existing=self.existing)
        if self.line_number is None:
            return question
        return tr("LaneGuard", "Line {number}: {message}", number=self.line_number, message=question)


def _step_lines(text: str) -> Iterable[tuple[int, str, str, StepEntry | None]]:
    """(number among the non-blank lines, the line, its line break, its step entry if it names a lane)."""
    number = 0
    for raw in text.splitlines(keepends=True):  # as the paste splits them
        line = raw.rstrip("\r\n")  # splitlines' other breaks (\x0b …) stay: the parser refuses them
        if not line.strip():
            continue
        number += 1
        try:
            entry = parse_line(line)
        except QuickEntryError:
            entry = None  # refused later with its own sentence; nothing to ask about here
        named = entry if isinstance(entry, StepEntry) and entry.lane_span is not None else None
        yield number, line, raw[len(line):], named


def check(text: str, lanes: Sequence[str], confirmed: Iterable[str] = ()) -> LaneDoubt | None:
    """The question for the first line whose new lane is near a known one, or None: store it.

    A lane named by an earlier line of a pasted block counts as known to the lines after it.
    ``confirmed`` holds typed names the facilitator has already said are new lanes.
    """
    known = list(lanes)
    yes = {name.casefold() for name in confirmed}
    several = sum(1 for line in text.splitlines() if line.strip()) > 1
    for number, _line, _break, entry in _step_lines(text):
        if entry is None or entry.lane is None:
            continue
        existing = near_lane(entry.lane, known)
        if existing is not None and entry.lane.casefold() not in yes:
            return LaneDoubt(text, number if several else None, entry.lane, existing)
        if not any(lane.casefold() == entry.lane.casefold() for lane in known):
            known.append(entry.lane)
    return None


def take_suggestion(doubt: LaneDoubt) -> str:
    """The text with the existing lane's name wherever the typed one stands as a lane; the rest kept."""
    parts = []
    for raw in doubt.text.splitlines(keepends=True) or [doubt.text]:
        line = raw.rstrip("\r\n")
        entry = next((e for _n, _l, _b, e in _step_lines(line)), None) if line.strip() else None
        if entry is not None and entry.lane is not None and entry.lane_span is not None \
                and entry.lane.casefold() == doubt.typed.casefold():
            start, end = entry.lane_span
            line = line[:start] + doubt.existing + line[end:]
        parts.append(line + raw[len(raw.rstrip("\r\n")):])
    return "".join(parts)


class LaneGuard:
    """The question's state between two presses of Enter, for one entry line."""

    def __init__(self) -> None:
        self.pending: LaneDoubt | None = None
        self._confirmed: set[str] = set()
        self._text: str | None = None  # the text the confirmations were given for

    def submit(self, text: str, lanes: Sequence[str]) -> LaneDoubt | None:
        """Enter on ``text``: the question to ask (store nothing), or None (store the text)."""
        if text != self._text:
            self._confirmed.clear()
        if self.pending is not None and self.pending.text == text:
            self._confirmed.add(self.pending.typed.casefold())  # the second Enter: yes, a new lane
        self._text = text
        self.pending = check(text, lanes, self._confirmed)
        if self.pending is None:
            self.reset()  # the next line is asked about afresh
        return self.pending

    def take(self) -> str | None:
        """Tab while asking: the text with the suggestion in it (None when nothing is asked)."""
        if self.pending is None:
            return None
        text = take_suggestion(self.pending)
        self.pending = None
        self._text = text  # lanes confirmed in the other lines of a pasted block stay confirmed
        return text

    def reset(self) -> None:
        """Any other edit of the line: the question is withdrawn, confirmations forgotten."""
        self.pending = None
        self._confirmed.clear()
        self._text = None
