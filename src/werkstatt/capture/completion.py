"""Type-ahead for the quick-entry line: lane names before the colon, building blocks after ``[``.

Pure, so that the rules are tested without a widget: the capture panel asks ``complete`` what
the word under the cursor is and what could replace it, and ``accept`` how the line reads after
the facilitator took a suggestion.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from werkstatt.capture.catalogue import Catalogue
from werkstatt.capture.syntax import MAX_LANE_LENGTH
from werkstatt.capture.textmatch import fold

# Markers that may open a line before the lane name (branch, start, end).
_LEADING = (">>", "<<")


@dataclass(frozen=True)
class Suggestion:
    text: str  # what goes into the line
    detail: str = ""  # shown beside it: the block's category


@dataclass(frozen=True)
class Completion:
    kind: str  # "lane" or "block"
    start: int  # the word being completed: line[start:end]
    end: int
    suggestions: tuple[Suggestion, ...]


def _lane_start(line: str) -> int | None:
    """Where a lane name may begin, or None when the line is no step line (pain point, note, comment)."""
    i = len(line) - len(line.lstrip())
    if line.startswith("[", i):
        close = line.find("]", i)
        if close == -1:
            return None
        i = close + 1
        i += len(line[i:]) - len(line[i:].lstrip())
    if line.startswith(_LEADING, i):
        i += 2
        i += len(line[i:]) - len(line[i:].lstrip())
    if line.startswith(("!", ">", "#", "//", "-"), i):
        return None
    return i


def complete(line: str, cursor: int, lanes: Sequence[str], catalogue: Catalogue | None) -> Completion | None:
    """What could complete the word before ``cursor``; None when nothing sensible can."""
    before = line[:cursor]
    bracket = before.rfind("[")
    if bracket != -1 and "]" not in before[bracket:] and catalogue is not None:
        start = bracket + 1
        prefix = before[start:]
        if not prefix.strip() or _is_branch(line, bracket):
            return None
        blocks = catalogue.complete(prefix.strip())
        end = line.find("]", cursor)
        end = len(line) if end == -1 else end
        # Grouped by category; the group holding the best match (a name that starts with the prefix) first.
        order = {category: i for i, category in enumerate(dict.fromkeys(b.category for b in blocks))}
        blocks = sorted(blocks, key=lambda b: order[b.category])
        return Completion("block", start, end, tuple(Suggestion(b.name, b.category) for b in blocks))
    start = _lane_start(line)
    if start is None or ": " in line[start:cursor] or cursor < start:
        return None
    prefix = fold(line[start:cursor])
    if not prefix:
        return None
    matches = [lane for lane in lanes if fold(lane).startswith(prefix)]
    matches += [lane for lane in lanes if lane not in matches and prefix in fold(lane)]
    colon = line.find(": ", start)
    end = cursor if colon == -1 else colon
    if any(fold(lane) == fold(line[start:end]) for lane in matches) and colon != -1:
        return None  # the lane is written out already
    return Completion("lane", start, end, tuple(Suggestion(lane) for lane in matches))


def colon_starts_lane(line: str, cursor: int) -> bool:
    """Whether a ``:`` typed at ``cursor`` ends a lane name (and so wants the space after it)."""
    start = _lane_start(line)
    if start is None or cursor <= start or line[cursor:].startswith(" "):
        return False
    name = line[start:cursor]
    return (bool(name.strip()) and len(name.strip()) <= MAX_LANE_LENGTH and not name[-1].isdigit()
            and not any(mark in name for mark in (":", "(", "[", "?")))


def _is_branch(line: str, bracket: int) -> bool:
    """A ``[`` at the start of a line opens a branch label (``[nein]``), not a building block."""
    return not line[:bracket].strip()


def accept(line: str, completion: Completion, suggestion: Suggestion) -> tuple[str, int]:
    """The line with ``suggestion`` in place of the word, and where the cursor goes."""
    if completion.kind == "lane":
        rest = line[completion.end:]
        rest = rest[2:] if rest.startswith(": ") else rest.lstrip()
        new = line[:completion.start] + suggestion.text + ": " + rest
        return new, completion.start + len(suggestion.text) + 2
    rest = line[completion.end:]
    closing = "" if rest.startswith("]") else "]"
    new = line[:completion.start] + suggestion.text + closing + rest
    return new, completion.start + len(suggestion.text) + 1
