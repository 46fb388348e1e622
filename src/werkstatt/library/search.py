"""Finding register entries: full text over the fact sheet, filters, library rows included or not.

One SQL query fetches the candidates that pass the filters; the words are then matched in Python
with the fold quick entry uses (any case, "ue" for "ü", "ss" for "ß"), because SQL's LIKE knows
neither German nor case outside ASCII. Every word must occur somewhere (AND), as in a search field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from operator import attrgetter
from typing import Any

from sqlalchemy import Select, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from werkstatt.i18n import tr
from werkstatt.library.product_areas import area_sort_key
from werkstatt.model import Organisation, Process, ProcessModel
from werkstatt.sync.ownership import library_owners
from werkstatt.textmatch import fold

SNIPPET_WIDTH = 70
SNIPPET_FIELDS = ("register_key", "tags", "description", "legal_basis")


@dataclass(frozen=True)
class ProcessQuery:
    """What the user asked for; empty fields do not filter."""

    text: str = ""
    product_area: str = ""
    status: str = ""
    # The owner of the fact sheet or the organisation of any of its models.
    organisation_id: str | None = None
    lead_organisation_id: str | None = None
    include_library: bool = True


@dataclass(slots=True)
class ProcessHit:
    id: str
    register_key: str
    name: str
    product_area: str
    status: str
    owner_name: str
    lead_name: str
    model_count: int
    is_library: bool
    # What the snippet is cut from: the fields besides the name (register key, tags, description, legal
    # basis) and the words the name lacks. Flat tuples of strings: thousands of hits stay cheap to collect.
    match_fields: tuple[str, ...] = field(default=(), repr=False, compare=False)
    match_words: tuple[str, ...] = field(default=(), repr=False, compare=False)
    _snippet: str | None = field(default=None, repr=False, compare=False)
    _sort_key: tuple[Any, ...] = field(default=(), repr=False, compare=False)

    @property
    def snippet(self) -> str:
        """Where the words matched when it was not the name: "Beschreibung: … Fahrerlaubnisbehörde …".

        Cut only when someone reads it (a visible table row), so that a search with thousands of
        hits does not cut thousands of snippets nobody sees.
        """
        if self._snippet is None:
            self._snippet = _snippet(dict(zip(SNIPPET_FIELDS, self.match_fields, strict=False)),
                                     list(self.match_words), _field_labels()) if self.match_words else ""
        return self._snippet


def words_of(text: str) -> list[str]:
    return fold(text).split()


def _field_labels() -> dict[str, str]:
    return {"register_key": tr("ProcessSearch", "Register key"), "tags": tr("ProcessSearch", "Tags"),
            "description": tr("ProcessSearch", "Description"), "legal_basis": tr("ProcessSearch", "Legal basis")}


def candidates(query: ProcessQuery) -> Select[Any]:
    """The one SQL query: live processes passing the filters, with owner, lead and number of live models."""
    owner = aliased(Organisation)
    lead = aliased(Organisation)
    live_models = (select(func.count(ProcessModel.id))
                   .where(ProcessModel.process_id == Process.id, ProcessModel.deleted.is_(False))
                   .correlate(Process).scalar_subquery())
    statement = (
        select(Process.id, Process.register_key, Process.name, Process.product_area, Process.status,
               Process.description, Process.tags, Process.legal_basis, owner.name, lead.name, live_models)
        .outerjoin(owner, owner.id == Process.owner_organisation_id)
        .outerjoin(lead, lead.id == Process.lead_organisation_id)
        .where(Process.deleted.is_(False)))
    if query.product_area:
        statement = statement.where(Process.product_area == query.product_area)
    if query.status:
        statement = statement.where(Process.status == query.status)
    if query.lead_organisation_id:
        statement = statement.where(Process.lead_organisation_id == query.lead_organisation_id)
    if query.organisation_id:
        has_model = exists().where(ProcessModel.process_id == Process.id, ProcessModel.deleted.is_(False),
                                   ProcessModel.organisation_id == query.organisation_id)
        statement = statement.where(or_(Process.owner_organisation_id == query.organisation_id, has_model))
    return statement


def find_processes(session: Session, query: ProcessQuery) -> list[ProcessHit]:
    """The live processes that match ``query``, sorted by product area, then name."""
    library = library_owners(session, "processes")
    words = words_of(query.text)
    hits: list[ProcessHit] = []
    area_keys: dict[str, tuple[int, int, str]] = {}
    shared: dict[tuple[str, ...], tuple[str, ...]] = {}  # one tuple of missing words for all hits that share it
    # Through the connection: the ORM's row processing doubled the time for plain columns.
    for (process_id, key, name, area, status, description, tags, legal_basis, owner_name, lead_name,
         model_count) in session.connection().execute(candidates(query)):
        is_library = process_id in library
        if is_library and not query.include_library:
            continue
        folded_name = folded(name)
        fields: tuple[str, ...] = ()
        outside_name: tuple[str, ...] = ()
        if words:
            # One fold for all fields: a word has no spaces, so it cannot match across two of them.
            haystack = folded("\n".join((name, key or "", tags or "", description or "", legal_basis or "")))
            if not all(word in haystack for word in words):
                continue
            outside_name = tuple(word for word in words if word not in folded_name)
            outside_name = shared.setdefault(outside_name, outside_name)
            fields = (key or "", tags or "", description or "", legal_basis or "")
        area = area or ""
        if area not in area_keys:
            area_keys[area] = area_sort_key(area)
        hits.append(ProcessHit(
            process_id, key or "", name, area, status, owner_name or "", lead_name or "", int(model_count or 0),
            is_library, fields, outside_name, None, (area_keys[area], folded_name, process_id)))
    hits.sort(key=attrgetter("_sort_key"))
    return hits


# Folded texts by their original: typing in the search field asks again and again about the same rows.
# Keyed by content, not by row and revision, so that no change can leave a stale fold behind.
_FOLD_BUDGET = 8_000_000  # characters kept before the cache starts afresh
_folds: dict[str, str] = {}
_folds_size = 0


def folded(text: str) -> str:
    """``textmatch.fold``, remembered."""
    global _folds_size
    result = _folds.get(text)
    if result is None:
        result = fold(text)
        if _folds_size + len(text) > _FOLD_BUDGET:
            _folds.clear()
            _folds_size = 0
        _folds[text] = result
        _folds_size += len(text)
    return result


def _snippet(fields: dict[str, str], words: list[str], labels: dict[str, str]) -> str:
    """The first field in which one of the words the name lacks occurs, with the text around it."""
    for name, text in fields.items():
        for word in words:
            found = _pattern(word).search(text or "")
            if found:
                return f"{labels[name]}: {_cut(text, found.start(), found.end())}"
    return ""


def excerpt(text: str, word: str, width: int = SNIPPET_WIDTH) -> str:
    """About ``width`` characters of ``text`` around the first place where the folded ``word`` occurs."""
    found = _pattern(word).search(text)
    return _cut(text, found.start(), found.end(), width) if found else _shorten(text, width)


@lru_cache(maxsize=256)
def _pattern(word: str) -> re.Pattern[str]:
    """A pattern that finds the folded ``word`` in unfolded text: "fuehrer" finds "Führer" and "FUEHRER".

    Searching the original text directly gives the place to cut without folding every character
    of every hit, which made a search over thousands of hits slow.
    """
    parts: list[str] = []
    index = 0
    while index < len(word):
        pair = word[index:index + 2]
        if pair in _SPELLINGS:
            parts.append(f"(?:{pair}|{_SPELLINGS[pair]})")
            index += 2
        else:
            parts.append(re.escape(word[index]))
            index += 1
    return re.compile("".join(parts), re.IGNORECASE)


_SPELLINGS = {"ae": "ä", "oe": "ö", "ue": "ü", "ss": "ß"}


def _cut(text: str, match_start: int, match_end: int, width: int = SNIPPET_WIDTH) -> str:
    room = max(0, width - (match_end - match_start)) // 2
    start = max(0, match_start - room)
    end = min(len(text), match_end + room)
    start, end = _on_word_boundaries(text, start, end, match_start, match_end)
    piece = " ".join(text[start:end].split())
    return ("… " if start > 0 else "") + piece + (" …" if end < len(text) else "")


def _on_word_boundaries(text: str, start: int, end: int, keep_from: int, keep_to: int) -> tuple[int, int]:
    """Move the cut points outwards-in to spaces, never into the matched part."""
    if start > 0:
        space = text.find(" ", start, keep_from)
        start = space + 1 if space >= 0 else start
    if end < len(text):
        space = text.rfind(" ", keep_to, end)
        end = space if space >= 0 else end
    return start, end


def _shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    if len(text) <= width:
        return text
    cut = text.rfind(" ", 0, width)
    return text[:cut if cut > 0 else width] + " …"
