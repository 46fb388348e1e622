"""A protocol that names nobody: each known person's name in its text becomes their role.

``gather(names=False)`` drops the names column, but people are also named in free text: the
facilitator on the title page, the owner of a measure or next step ("Frau Beispiel"), a decision
("Herr Omnibus klärt …") or a lane. ``NameScrubber`` replaces every such mention of a participant
by their function and organisation, and the facilitator by "Facilitation", in every string of the
protocol — so text, outline, metadata and any file made from it carry no name. Full names are
found anywhere; a salutation with a surname ("Fr. Lorem") too; in an owner field, where a single
word usually is a person, a first or last name alone as well. A name that is not a participant's
or the facilitator's cannot be recognised: free text such as photo captions stays the user's
responsibility.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable

from werkstatt.i18n import tr
from werkstatt.layout import Diagram

_SALUTATION = r"(?:Frau|Herrn?|Fr\.|Hr\.|Mrs?\.?|Ms\.?)\s+(?:(?:Dr|Prof)\.\s+)*"
_OWNER_FIELDS = ("owner",)


def participant_label(function: str, organisation: str) -> str:
    """How a participant appears instead of their name: function and organisation, as far as known."""
    if function and organisation:
        return tr("Protocol", "{function} ({organisation})", function=function, organisation=organisation)
    return function or organisation or tr("Protocol", "a participant")


def facilitator_names(facilitator: str) -> list[str]:
    """The name in a facilitator field such as "Dora Demo (Moderation)" or "Dora Demo, Stadt Witten"."""
    whole = " ".join(facilitator.split())
    first = re.split(r"[(,;/|]", whole, maxsplit=1)[0].strip()
    return [name for name in dict.fromkeys((whole, first)) if name]


def _words(pattern: str) -> str:
    return rf"(?<!\w){pattern}(?!\w)"


class NameScrubber:
    """Replaces the names of known people in strings; ``people`` is (name, what to write instead)."""

    def __init__(self, people: Iterable[tuple[str, str]]) -> None:
        full: list[tuple[str, str]] = []
        single: list[tuple[str, str]] = []
        for name, label in people:
            tokens = name.split()
            if not tokens:
                continue
            space = r"\s+"
            full.append((_words(space.join(re.escape(token) for token in tokens)), label))
            if len(tokens) > 1:  # "Beispiel, Berta" as in a list sorted by surname
                given = space.join(re.escape(token) for token in tokens[:-1])
                full.append((_words(re.escape(tokens[-1]) + r"\s*,\s*" + given), label))
                full.append((_words(_SALUTATION + re.escape(tokens[-1])), label))
            single += [(_words(re.escape(token)), label) for token in tokens
                       if len(token.strip(".")) >= 3 and not token.endswith(".")]
        # Longer patterns first, so that "Berta Beispiel" becomes one label, not two.
        full.sort(key=lambda item: -len(item[0]))
        self._full = [(re.compile(pattern, re.IGNORECASE), label) for pattern, label in full]
        # A single word only as written: "Max" is a name, "max." in "max. 2 Personen" is not.
        self._single = [(re.compile(pattern), label) for pattern, label in single]

    def text(self, value: str, *, owner: bool = False) -> str:
        for pattern, label in self._full + (self._single if owner else []):
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

