"""How typed text is compared with names: the one fold that quick entry and the catalogue share."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Compare the way people type: any case, "ue" for "ü", one space between words."""
    folded = unicodedata.normalize("NFKC", text).casefold()  # casefold also turns ß into ss
    for umlaut, ascii_form in (("ä", "ae"), ("ö", "oe"), ("ü", "ue")):
        folded = folded.replace(umlaut, ascii_form)
    return " ".join(folded.split())
