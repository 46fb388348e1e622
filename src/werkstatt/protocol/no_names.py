"""A protocol that names nobody: each known person's name in its text becomes their role.

``gather(names=False)`` drops the names column, but people are also named in free text: the
facilitator on the title page, the owner of a measure or next step ("Frau Beispiel"), a decision
("Herr Omnibus klärt …") or a lane. ``NameScrubber`` replaces every such mention of a participant
by their function and organisation, and the facilitator by "Facilitation", in every string of the
protocol — so text, outline, metadata and any file made from it carry no name. Full names are
found anywhere, and so are a salutation with a surname ("Fr. Lorem"), an initial with a surname
("L. Lorem"), a first name with an initial ("Lina L.") and the possessive of any of these or of a
first or last name alone ("Linas", "Theo's"); in an owner field, where a single word usually is a
person, a first or last name alone as well. A name that is not a participant's
or the facilitator's cannot be recognised: free text such as photo captions stays the user's
responsibility.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable

from werkstatt.i18n import tr
from werkstatt.layout import Diagram

SALUTATION = r"(?:Frau|Herrn?|Fr\.|Hr\.|Mrs?\.?|Ms\.?)\s+(?:(?:Dr|Prof)\.\s+)*"
_OWNER_FIELDS = ("owner",)
_NAME_WORD = re.compile(r"\w[\w-]*")  # a word of a name, as opposed to a title ("Dr.") or punctuation


def participant_label(function: str, organisation: str) -> str:
    """How a participant appears instead of their name: function and organisation, as far as known."""
    if function and organisation:
        return tr("NoNames", "{function} ({organisation})", function=function, organisation=organisation)
    return function or organisation or tr("NoNames", "a participant")


def facilitator_names(facilitator: str) -> list[str]:
    """The name in a facilitator field such as "Dora Demo (Moderation)", "Dora Demo, Stadt Witten" or
    "Demo, Dora (Moderation)"; the last also as "Dora Demo", so that both parts are known."""
    whole = " ".join(facilitator.split())
    first = re.split(r"[(,;/|]", whole, maxsplit=1)[0].strip()
    names = [whole, first]
    parts = [part.strip() for part in re.split(r"[,;/|]", re.sub(r"\([^)]*\)", " ", whole))]
    # One word before the comma is a surname, as in a list sorted by surname ("Dora Demo, Stadt Witten"
    # has two). "Demo, Stadt Witten" would be read so too: naming too much beats naming someone.
    if len(parts) > 1 and len(parts[0].split()) == 1 and 1 <= len(parts[1].split()) <= 3:
        names.append(f"{parts[1]} {parts[0]}")
    return [name for name in dict.fromkeys(names) if name]


def name_words(pattern: str) -> str:
    return rf"(?<!\w){pattern}(?!\w)"


def _possessive(token: str) -> str:
    """The endings of a name's possessive: "Theo's", "Theos"; after s, ß, x or z just the apostrophe ("Hans'")."""
    if token[-1:].lower() in ("s", "ß", "x", "z"):
        return "(?:['’]s?)"
    return "(?:['’]?s)"


def _initials(token: str) -> str:
    """A given name as its initial, a double name as one or two: "B.", "H.-P." or "H."."""
    letters = [re.escape(part[0]) + r"\." for part in token.split("-") if part]
    return "(?:" + "-?".join(letters) + "|" + letters[0] + ")" if len(letters) > 1 else letters[0]


class NameScrubber:
    """Replaces the names of known people in strings; ``people`` is (name, what to write instead)."""

    def __init__(self, people: Iterable[tuple[str, str]]) -> None:
        full: list[tuple[str, str]] = []
        single: list[tuple[str, str]] = []
        possessive: list[tuple[str, str]] = []
        for name, label in people:
            tokens = name.split()
            if not tokens:
                continue
            space = r"\s+"
            owns = _possessive(tokens[-1]) + "?"
            full.append((name_words(space.join(re.escape(token) for token in tokens) + owns), label))
            surname = re.escape(tokens[-1])
            if len(tokens) > 1:  # "Beispiel, Berta" as in a list sorted by surname
                given = space.join(re.escape(token) for token in tokens[:-1])
                full.append((name_words(surname + r"\s*,\s*" + given), label))
                full.append((name_words(SALUTATION + surname + owns), label))
            names = [token for token in tokens[:-1] if _NAME_WORD.fullmatch(token)]  # no "Dr.", no "Demo,"
            if names and len(tokens[-1]) > 1 and _NAME_WORD.fullmatch(tokens[-1]):  # "B. Beispiel", "Berta B."
                # The first given name decides; the further ones may be written or left out ("A. M. Berg", "A. Berg").
                initials = _initials(names[0]) + "".join(rf"(?:\s*{_initials(token)})?" for token in names[1:])
                given = re.escape(names[0]) + "".join(rf"(?:\s+{re.escape(token)})?" for token in names[1:])
                titles = "".join(rf"(?:{re.escape(token)}\s+)?" for token in tokens[:tokens.index(names[0])])
                full.append((name_words(initials + r"\s*" + surname + owns), label))
                # "Anna Berg" and "Anna M. Berg" for Anna Maria Berg, "Klaus Lax" for Dr. Klaus Lax
                full.append((name_words(titles + given + r"(?:\s+\w\.)*\s+" + surname + owns), label))
                full.append((rf"(?<!\w){given}\s+{re.escape(tokens[-1][0])}\.(?![\w.])", label))
            words = [token for token in tokens if len(token.strip(".")) >= 3 and not token.endswith(".")]
            single += [(name_words(re.escape(token)), label) for token in words]
            # A possessive says that a person is meant, so a name alone goes there in any text, as written.
            possessive += [(name_words(re.escape(token) + _possessive(token)), label) for token in words
                           if _NAME_WORD.fullmatch(token)]
        # Longer patterns first, so that "Berta Beispiel" becomes one label, not two.
        full.sort(key=lambda item: -len(item[0]))
        self._full = [(re.compile(pattern, re.IGNORECASE), label) for pattern, label in full]
        # A single word only as written: "Max" is a name, "max." in "max. 2 Personen" is not.
        self._single = [(re.compile(pattern), label) for pattern, label in single]
        self._possessive = [(re.compile(pattern), label) for pattern, label in possessive]

    def text(self, value: str, *, owner: bool = False) -> str:
        for pattern, label in self._full + self._possessive + (self._single if owner else []):
            value = pattern.sub(lambda _match, label=label: label, value)
        return value

    def __call__(self, value: object, *, owner: bool = False) -> object:
        """``value`` with every string in it scrubbed: dataclasses, named tuples, tuples, dicts; diagrams and
        bytes are left as they are (a diagram is laid out from a scrubbed graph instead)."""
        if isinstance(value, str):
            return self.text(value, owner=owner)
        if isinstance(value, bytes | Diagram) or value is None:
            return value
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            changes = {f.name: self(getattr(value, f.name), owner=f.name in _OWNER_FIELDS)
                       for f in dataclasses.fields(value) if f.init}
            return dataclasses.replace(value, **changes)
        if isinstance(value, tuple) and hasattr(value, "_fields"):
            return type(value)(*(self(item, owner=name in _OWNER_FIELDS)
                                 for name, item in zip(value._fields, value, strict=True)))
        if isinstance(value, tuple | list):
            return type(value)(self(item) for item in value)
        if isinstance(value, dict):
            return {key: self(item) for key, item in value.items()}
        return value

