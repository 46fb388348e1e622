"""Where a person's name may have been typed, and how it is recognised there (no Qt, no session).

The columns are read from the model rather than listed, so that a free-text column added later is
covered without anyone remembering this module. A name is recognised as ``protocol.no_names`` does
it: the full name, "Surname, Given" and a salutation with the surname anywhere, in any case; a lone
word only in an owner column, as written — "Lang" is a person in a measure's owner, but "zu lang"
in a note is not.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass

from sqlalchemy import String

from werkstatt.model import Base
from werkstatt.protocol.no_names import SALUTATION, name_words

# Columns where a single word is usually a person (measure owner, note owner).
OWNER_COLUMNS = frozenset({"owner"})
# The person's own row is handled apart (and another person of the same name must keep theirs);
# organisation names are the breakdown the results keep; the sync tables are bookkeeping.
_NOT_FREE_TEXT = frozenset({"people", "organisations", "sync_rows", "sync_registers"})
# Shorter strings in the model are ids, keys, tokens, digests and enumerated kinds; free text is
# at least this long (a lane's name: 200).
_SHORTEST_FREE_TEXT = 100
# "Dr. Lang" without Frau/Herr in front is a person too.
_TITLE_ONLY = r"(?:(?:Dr|Prof)\.\s*)+"


def name_columns() -> tuple[tuple[type[Base], tuple[str, ...]], ...]:
    """Every mapped class with its free-text columns (attribute names), in table order."""
    found = []
    for mapper in sorted(Base.registry.mappers, key=lambda m: m.local_table.name):
        if mapper.local_table.name in _NOT_FREE_TEXT:
            continue
        columns = tuple(key for key, column in mapper.columns.items()
                        if isinstance(column.type, String) and not column.primary_key and not column.foreign_keys
                        and (column.type.length is None or column.type.length >= _SHORTEST_FREE_TEXT))
        if columns:
            found.append((mapper.class_, columns))
    return tuple(found)


def _alternatives(forms: list[str]) -> str:
    # Longer forms first, so that "Berta Beispiel" is replaced as one, not as two words.
    return "(?:" + "|".join(sorted(dict.fromkeys(forms), key=lambda form: -len(form))) + ")"


@dataclass(frozen=True)
class NamePattern:
    """One person's name as it may have been typed; ``anywhere`` ignores case, ``owner`` does not."""

    anywhere: re.Pattern[str]
    owner: re.Pattern[str]

    def search(self, column: str, value: str) -> bool:
        value = unicodedata.normalize("NFC", value)
        return bool(self.anywhere.search(value) or (column in OWNER_COLUMNS and self.owner.search(value)))

    def sub(self, column: str, value: str, placeholder: str) -> str:
        value = unicodedata.normalize("NFC", value)
        value = self.anywhere.sub(lambda _match: placeholder, value)
        if column in OWNER_COLUMNS:
            value = self.owner.sub(lambda _match: placeholder, value)
        return value


def name_pattern(name: str) -> NamePattern | None:
    """How ``name`` is found in free text, also as a JSON copy (a sync conflict) escapes it."""
    tokens = unicodedata.normalize("NFC", name).split()
    if not tokens:
        return None
    space = r"\s+"
    surname = re.escape(tokens[-1])
    anywhere = [rf"(?:{SALUTATION}|{_TITLE_ONLY}){surname}"]
    if len(tokens) > 1:
        whole = " ".join(tokens)
        anywhere.append(space.join(re.escape(token) for token in tokens))
        anywhere.append(surname + r"\s*,\s*" + space.join(re.escape(token) for token in tokens[:-1]))
        anywhere += [re.escape(json.dumps(whole, ensure_ascii=ascii)[1:-1]) for ascii in (True, False)]
        # A lone given or surname; initials ("K.") and two letters are too likely something else.
        lone = [re.escape(token) for token in tokens if len(token.strip(".")) >= 3 and not token.endswith(".")]
    else:
        lone = [re.escape(tokens[0])]
    return NamePattern(re.compile(name_words(_alternatives(anywhere)), re.IGNORECASE),
                       re.compile(name_words(_alternatives(lone or [space.join(map(re.escape, tokens))]))))
