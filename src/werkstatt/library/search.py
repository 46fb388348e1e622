"""Finding register entries: full text over the fact sheet, filters, library rows included or not.

The words are folded as quick entry folds them (any case, "ue" for "ü", "ss" for "ß"); every word
must occur somewhere in the folded fact sheet (AND), as in a search field. The laptop's full-text
index (``search_index``, FTS5 with trigrams over the folded text) answers that in SQL: words of
three characters or more through the index, shorter ones with LIKE on the indexed text, the filters
and the order (product area, folded name, id) in the same statement, one page at a time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection
from sqlalchemy import text as sql
from sqlalchemy.orm import Session

from werkstatt.capture.textmatch import fold
from werkstatt.i18n import tr
from werkstatt.library import search_index
from werkstatt.model.base import chunked
from werkstatt.sync.ownership import current_register

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


def find_processes(session: Session, query: ProcessQuery, *, limit: int | None = None,
                   offset: int = 0) -> list[ProcessHit]:
    """The live processes that match ``query``, sorted by product area, then name; ``limit`` from ``offset``.

    A writable store first indexes what was written since the last search (``search_index.refresh``).
    """
    refresh_search_index(session)
    plan = _Plan.of(session, query)
    window = None if limit is None else max(0, offset) + max(0, limit)
    rows = plan.rows(window)
    if plan.pending:  # a read-only store or another writer: those rows are matched here in Python
        rows = sorted(rows + plan.pending_rows(), key=itemgetter(_SORT))
    rows = rows[max(0, offset):window]
    counts = _model_counts(session, [row[0] for row in rows])
    words = plan.words
    hits: list[ProcessHit] = []
    for (process_id, key, name, area, status, description, tags, legal_basis, owner_name, lead_name,
         is_library, sort_key) in rows:
        fields: tuple[str, ...] = ()
        outside_name: tuple[str, ...] = ()
        if words:
            folded_name = folded(name)
            outside_name = tuple(word for word in words if word not in folded_name)
            fields = (key or "", tags or "", description or "", legal_basis or "")
        hits.append(ProcessHit(
            process_id, key or "", name, area or "", status, owner_name or "", lead_name or "",
            counts.get(process_id, 0), bool(is_library), fields, outside_name, None, (sort_key,)))
    return hits


def count_processes(session: Session, query: ProcessQuery) -> int:
    """How many live processes match ``query`` (all pages of ``find_processes``)."""
    refresh_search_index(session)
    plan = _Plan.of(session, query)
    return plan.count() + (len(plan.pending_rows()) if plan.pending else 0)


def refresh_search_index(session: Session) -> int:
    """Index the processes written since the last refresh (the sync calls it after a pull); how many."""
    return search_index.refresh(session)


def optimize(session: Session) -> None:
    """Keep the planner's statistics current (the sync calls it after a sync); see ``search_index.optimize``."""
    search_index.optimize(session)


_SORT = 11  # the sort key's place in a row


@dataclass
class _Plan:
    """One query's SQL: the words split into index phrases and short LIKE words, the filters, the parameters."""

    connection: Connection
    query: ProcessQuery
    words: list[str]
    pending: bool
    library: tuple[str, str] | None  # (register id, this laptop's organisation id) when synced

    @classmethod
    def of(cls, session: Session, query: ProcessQuery) -> _Plan:
        connection = session.connection()
        register = current_register(session)
        return cls(connection, query, words_of(query.text), search_index.has_pending(connection),
                   (register.id, register.organisation_id) if register is not None else None)

    def _filters(self, params: dict[str, Any]) -> list[str]:
        query = self.query
        conditions = ["p.deleted = 0"]
        if query.status:
            conditions.append("p.status = :status")
            params["status"] = query.status
        if query.lead_organisation_id:
            conditions.append("p.lead_organisation_id = :lead")
            params["lead"] = query.lead_organisation_id
        if query.organisation_id:
            # "+": the planner must take the process_id index, never the one on deleted (all models per process).
            conditions.append("(p.owner_organisation_id = :organisation OR EXISTS (SELECT 1 FROM process_models m "
                              "WHERE m.process_id = p.id AND +m.deleted = 0 AND m.organisation_id = :organisation))")
            params["organisation"] = query.organisation_id
        if self.library is not None and not query.include_library:
            conditions.append("s.id IS NULL")
        return conditions

    def _joins(self, params: dict[str, Any], *, names: bool) -> str:
        joins = []
        if names:
            joins += ["LEFT JOIN organisations o ON o.id = p.owner_organisation_id",
                      "LEFT JOIN organisations l ON l.id = p.lead_organisation_id"]
        if self.library is not None and (names or not self.query.include_library):
            joins.append("LEFT JOIN sync_rows s ON s.register_id = :register AND s.table_name = 'processes' "
                         "AND s.row_id = p.id AND s.owner_id != :own")
            params["register"], params["own"] = self.library
        return " ".join(joins)

    def _columns(self, sort_key: str) -> str:
        library = "s.id IS NOT NULL" if self.library is not None else "0"
        return (f"p.id, p.register_key, p.name, p.product_area, p.status, p.description, p.tags, p.legal_basis, "
                f"o.name, l.name, {library}, {sort_key}")

    def _indexed(self, params: dict[str, Any]) -> str:
        """FROM … WHERE … over the index rows, joined to the processes only when a filter needs them."""
        conditions = self._filters(params) if self._filtered() else []
        long_words = [word for word in dict.fromkeys(self.words) if len(word) >= 3]
        short_words = [word for word in dict.fromkeys(self.words) if len(word) < 3]
        if long_words:
            conditions.append(f"k.id IN (SELECT rowid FROM {search_index.FTS} WHERE {search_index.FTS} MATCH :match)")
            params["match"] = search_index.match_expression(long_words)
        for number, word in enumerate(short_words):  # no trigram in them: LIKE on the indexed text
            conditions.append(f"k.text LIKE :like{number} ESCAPE '\\'")
            params[f"like{number}"] = search_index.like_pattern(word)
        if self.pending:
            conditions.append(search_index.pending_filter())
        if self.query.product_area:
            # The sort key starts with the area (any case): a range of its index, no process read.
            area = self._area_prefix()
            params["low"], params["high"] = area + "\x01", area + "\x02"
            conditions.append("k.sort_key >= :low AND k.sort_key < :high")
        source = f"{search_index.ROWS} k"
        if self._filtered():
            source += f" CROSS JOIN processes p ON p.id = k.process_id {self._joins(params, names=False)}"
        return f"FROM {source} WHERE {' AND '.join(conditions) or '1'}"

    def _area_prefix(self) -> str:
        return search_index.sort_key(self.query.product_area, "", "").split("\x01")[0]

    def _filtered(self) -> bool:
        query = self.query
        return bool(query.status or query.lead_organisation_id or query.organisation_id
                    or (self.library is not None and not query.include_library))

    def page_statement(self, window: int | None) -> tuple[str, dict[str, Any]]:
        """The page's rows: the ids and sort keys found over the index first, then their columns."""
        params: dict[str, Any] = {}
        # Short words only: every index row is read for LIKE anyway, in file order and sorted afterwards
        # ("+": not along the sort index, which reads the rows in random order: eight times slower).
        order = "+k.sort_key" if self.words and all(len(word) < 3 for word in self.words) else "k.sort_key"
        page = f"SELECT k.process_id AS pid, k.sort_key AS sk {self._indexed(params)} ORDER BY {order}"
        if window is not None:
            page += " LIMIT :window"
            params["window"] = window
        return (f"SELECT {self._columns('page.sk')} FROM ({page}) AS page "
                f"CROSS JOIN processes p ON p.id = page.pid {self._joins(params, names=True)} ORDER BY page.sk"), params

    def count_statement(self) -> tuple[str, dict[str, Any]]:
        params: dict[str, Any] = {}
        return f"SELECT count(*) {self._indexed(params)}", params

    def rows(self, window: int | None) -> list[tuple[Any, ...]]:
        statement, params = self.page_statement(window)
        return [tuple(row) for row in _run(self.connection, statement, params)]

    def count(self) -> int:
        statement, params = self.count_statement()
        return int(_run(self.connection, statement, params)[0][0] or 0)

    def pending_rows(self) -> list[tuple[Any, ...]]:
        """The pending processes that match, matched as before the index: folded text, every word in it."""
        params: dict[str, Any] = {}
        conditions = [*self._filters(params), f"p.id IN (SELECT process_id FROM {search_index.PENDING})"]
        statement = (f"SELECT {self._columns('NULL')} FROM processes p {self._joins(params, names=True)} "
                     f"WHERE {' AND '.join(conditions)}")
        found = []
        area = self._area_prefix() + "\x01" if self.query.product_area else ""
        for row in _run(self.connection, statement, params):
            key = search_index.sort_key(row[3], folded(row[2]), row[0])
            haystack = search_index.index_text(row[2], row[1], row[6], row[5], row[7])
            if key.startswith(area) and all(word in haystack for word in self.words):
                found.append((*row[:_SORT], key))
        return found


def _model_counts(session: Session, ids: list[str]) -> dict[str, int]:
    """Live models per process, for one page: one grouped query over the page's ids."""
    counts: dict[str, int] = {}
    for chunk in chunked(ids, search_index.CHUNK):
        statement, params = _model_count_statement(list(chunk))
        counts.update(tuple(row) for row in _run(session.connection(), statement, params))
    return counts


def _model_count_statement(ids: list[str]) -> tuple[str, dict[str, Any]]:
    marks = ", ".join(f":id{number}" for number in range(len(ids)))
    # "+": the process_id index, never the one on deleted (which made the old search read every model).
    return (f"SELECT process_id, count(*) FROM process_models WHERE process_id IN ({marks}) AND +deleted = 0 "
            f"GROUP BY process_id"), {f"id{number}": value for number, value in enumerate(ids)}


def _run(connection: Connection, statement: str, params: dict[str, Any]) -> list[Any]:
    """Straight to sqlite3 (named parameters are its own): SQLAlchemy's text() took longer over a page of
    500 ids than the query itself."""
    return connection.exec_driver_sql(statement, params).all()


def query_plans(session: Session, query: ProcessQuery, *, limit: int | None = 50) -> dict[str, list[str]]:
    """SQLite's EXPLAIN QUERY PLAN of the statements a search runs ("page", "count", "models"), for tests."""
    plan = _Plan.of(session, query)
    statements = {"page": plan.page_statement(limit), "count": plan.count_statement(),
                  "models": _model_count_statement(["a", "b"])}
    return {name: [row[-1] for row in session.connection().execute(sql(f"EXPLAIN QUERY PLAN {statement}"), params)]
            for name, (statement, params) in statements.items()}


# Folded texts by their original: typing in the search field asks again and again about the same rows.
# Keyed by content, not by row and revision, so that no change can leave a stale fold behind.
_FOLD_BUDGET = 8_000_000  # characters kept before the cache starts afresh
_folds: dict[str, str] = {}
_folds_size = 0


def folded(text: str) -> str:
    """``textmatch.fold`` (as ``search_index.fast_fold``), remembered."""
    global _folds_size
    result = _folds.get(text)
    if result is None:
        result = search_index.fast_fold(text)
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
