"""Label wrapping with real font metrics, fast enough for a relayout at every keystroke.

Widths come from Helvetica's metrics (as reportlab ships them); Liberation Sans and
Arial share them, so the Qt scene, the SVG and the PDF set the same lines. Word
widths and whole wrapped labels are cached: during capture only the label being
typed is new.
"""

from __future__ import annotations

from functools import lru_cache

FONT_FAMILY = "Liberation Sans"
_DEFAULT_WIDTH = 556  # an average glyph, for characters beyond Latin-1 (Ł, emoji, …)
HYPHEN = "-"


@lru_cache(maxsize=1)
def _helvetica_widths() -> list[int]:
    """256 widths in 1/1000 em, for Latin-1; reportlab is imported on the first label measured, so that
    the window can show its first frame (and the commands answer) without it."""
    from reportlab.pdfbase.pdfmetrics import getFont

    return getFont("Helvetica").widths


@lru_cache(maxsize=65536)
def word_width(word: str, size: float) -> float:
    metrics = _helvetica_widths()
    total = 0
    for char in word:
        code = ord(char)
        total += metrics[code] if code < 256 else _DEFAULT_WIDTH
    return total * size / 1000.0


_VOWELS = frozenset("aeiouäöüy")


def _syllable_seam(word: str, i: int) -> bool:
    """A plausible German hyphenation point before ``word[i]`` (a heuristic, not a dictionary)."""
    if i < 2 or i > len(word) - 2:
        return False
    before, here, after = word[i - 1].lower(), word[i].lower(), word[i + 1].lower()
    if not (before.isalpha() and here.isalpha() and after.isalpha()):
        return False
    if word[i - 1 : i + 1].lower() in ("ch", "ck", "sc", "ph", "th"):
        return False
    if word[i : i + 3].lower() == "sch":
        return True
    return here not in _VOWELS and after in _VOWELS


def _break_word(word: str, width: float, size: float) -> list[str]:
    """Split a word wider than the line into pieces that end with a hyphen."""
    pieces: list[str] = []
    rest = word
    hyphen = word_width(HYPHEN, size)
    while word_width(rest, size) > width:
        cut = 1
        while cut < len(rest) and word_width(rest[: cut + 1], size) + hyphen <= width:
            cut += 1
        seam = next((i for i in range(cut, max(1, cut - 6), -1) if _syllable_seam(rest, i)), cut)
        pieces.append(rest[:seam] + HYPHEN)
        rest = rest[seam:]
    pieces.append(rest)
    return pieces


@lru_cache(maxsize=16384)
def wrap(text: str, width: float, size: float) -> tuple[str, ...]:
    """Lines of ``text`` no wider than ``width`` at font ``size``; words break only when too long."""
    lines: list[str] = []
    current = ""
    current_width = 0.0
    space = word_width(" ", size)
    for word in text.split():
        pieces = _break_word(word, width, size) if word_width(word, size) > width else [word]
        last = len(pieces) - 1
        for number, piece in enumerate(pieces):
            piece_width = word_width(piece, size)
            if current and current_width + space + piece_width <= width:
                current += " " + piece
                current_width += space + piece_width
            else:
                if current:
                    lines.append(current)
                current, current_width = piece, piece_width
            if number < last:  # a broken word's hyphenated piece ends its line
                lines.append(current)
                current, current_width = "", 0.0
    if current:
        lines.append(current)
    return tuple(lines) or ("",)


def text_width(line: str, size: float) -> float:
    return word_width(line, size)
