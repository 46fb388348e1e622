"""How typed text is compared with names: the one fold that quick entry and the catalogue share."""

from __future__ import annotations

import unicodedata

UMLAUTS_AS_E = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})
UMLAUTS_PLAIN = str.maketrans({"ä": "a", "ö": "o", "ü": "u"})


def fold(text: str, umlauts: dict[int, str] = UMLAUTS_AS_E) -> str:
    """Compare the way people type: any case, "ue" for "ü", one space between words.

    ``umlauts=UMLAUTS_PLAIN`` folds "ü" to "u" instead: a forgotten umlaut dot ("Burgerburo"), as the
    lane guard counts typos.
    """
    folded = unicodedata.normalize("NFKC", text).casefold().translate(umlauts)  # casefold: ß → ss
    return " ".join(folded.split())
