"""Searching the register itself: the laptop's matching, answered by SQL with a LIMIT.

A register of a Land holds hundreds of thousands of fact sheets, too many to fetch and match in
Python as the laptop's ``library.search`` does. Here the database matches: every typed word, folded
as ``textmatch.fold`` folds it, must occur in the folded fact sheet (name, register key, tags,
description, legal basis), and the hits come in the laptop's order (product area, folded name, id),
one page at a time.

On PostgreSQL a search reads the table ``process_search`` of register migration r0003 (the folded
text and the sort keys, stored) and chooses its plan itself rather than leaving it to the planner,
whose estimate of how often a word occurs cannot know that a word is frequent only in one product area:

1. If a word has three letters in a row (a trigram), the matches are collected through the trigram
   index, at most ``BITMAP_CAP`` + 1 of them, and sorted; a rare or a mid-frequency word is done here.
2. If there are more matches than that, the collected ones still bound the page: it ends at or before
   the last row of the page they give. Plan 1 runs again, with that bound, which the B-tree on the
   display order answers together with the trigram index (a BitmapAnd): only the matches before the
   bound are read and sorted. Reading in display order instead would pass every fact sheet of the
   product areas before the one a word is frequent in (0.7 s for "bau" at 400,000).
3. If no word has a trigram (one or two letters, no words), the page is read in display order from
   the B-tree and the reading stops after the page.

Words without a trigram are matched with ``strpos``, which no index answers, so that the trigram
index is never scanned in full for them. On a SQLite register file the folding functions of r0003
are registered on the connection and the file is read in full, which is fine at the size of a file
on a share.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from sqlalchemy import (
    Boolean,
    Engine,
    Integer,
    Select,
    Text,
    and_,
    bindparam,
    column,
    exists,
    false,
    func,
    null,
    or_,
    select,
    table,
    tuple_,
)
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql.elements import ColumnElement

from werkstatt.capture.textmatch import fold
from werkstatt.library.product_areas import area_sort_key
from werkstatt.library.search import ProcessHit, ProcessQuery, words_of
from werkstatt.register.admin import check_schema
from werkstatt.register.connect import register_address
from werkstatt.register.errors import translating
from werkstatt.register.schema import organisations, tables

DEFAULT_PAGE = 50
# Matches collected through the trigram index by plan 1 at most (rechecking and sorting them takes 10–30 ms at
# 400,000); with more, the bounded second try (plan 2) reads about (offset + limit) × matches / cap rows.
BITMAP_CAP = 5_000
# Made by migration r0003 on PostgreSQL only and not declared in ``schema.metadata``: the register keeps
# them from ``processes`` itself, and a laptop never syncs them.
SEARCH_TABLES = ("process_search",)
SEARCH_INDEXES = ("ix_process_search_text", "ix_process_search_order")

processes = tables["processes"]
models = tables["process_models"]
process_search = table("process_search", column("process_id", Text), column("search_text", Text),
                       column("area_key", Text), column("folded_name", Text), column("deleted", Boolean),
                       column("product_area", Text), column("status", Text), column("lead_organisation_id", Text),
                       column("owner_organisation_id", Text), column("owner_id", Text))
_TRIGRAM = re.compile(r"[^\W_]{3}")


def include_object(item: Any, name: str | None, kind: str, reflected: bool, compare_to: Any) -> bool:
    """For Alembic's comparison with ``schema.metadata``: the search table of r0003 is not declared there."""
    if kind == "table":
        return name not in SEARCH_TABLES
    if kind == "index":
        return name not in SEARCH_INDEXES and getattr(getattr(item, "table", None), "name", None) not in SEARCH_TABLES
    return True


@dataclass(frozen=True)
class _Source:
    """Where a search reads: the stored columns on PostgreSQL, the folding functions over ``processes`` on SQLite."""

    id: ColumnElement[Any]
    text: ColumnElement[Any]
    area_key: ColumnElement[Any]
    folded_name: ColumnElement[Any]
    deleted: ColumnElement[Any]
    product_area: ColumnElement[Any]
    status: ColumnElement[Any]
    lead: ColumnElement[Any]
    owner_organisation: ColumnElement[Any]
    owner: ColumnElement[Any]


def _source(dialect_name: str) -> _Source:
    if dialect_name == "postgresql":
        s = process_search.c
        return _Source(s.process_id, s.search_text, s.area_key, s.folded_name, s.deleted, s.product_area, s.status,
                       s.lead_organisation_id, s.owner_organisation_id, s.owner_id)
    p = processes.c
    return _Source(p.id, func.werkstatt_search_text(p.name, p.register_key, p.tags, p.description, p.legal_basis),
                   func.werkstatt_area_key(p.product_area), func.werkstatt_fold(p.name), p.deleted, p.product_area,
                   p.status, p.lead_organisation_id, p.owner_organisation_id, p.owner_id)


def _like_pattern(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


@dataclass(frozen=True)
class _Shape:
    """What a query's SQL depends on besides its values: typing builds the same few statements again and again."""

    words: tuple[bool, ...]  # per word: does it have a trigram (then the trigram index may answer it)
    area: bool
    status: bool
    lead: bool
    organisation: bool
    own_only: bool
    whose: str  # whose rows are one's own: "given" (an organisation id), "login" (PostgreSQL's) or "nobody"
    dialect: str
    ordered: bool = False  # PostgreSQL: read in display order (plan 3) rather than through the trigram index
    bounded: bool = False  # plan 1 again, only up to the bound its first try found (more matches than the cap)


def _shape(query: ProcessQuery, organisation_id: str | None, dialect_name: str) -> tuple[_Shape, dict[str, Any]]:
    words = list(dict.fromkeys(words_of(query.text)))
    whose = "given" if organisation_id is not None else "login" if dialect_name == "postgresql" else "nobody"
    shape = _Shape(tuple(bool(_TRIGRAM.search(word)) for word in words), bool(query.product_area),
                   bool(query.status), bool(query.lead_organisation_id), bool(query.organisation_id),
                   not query.include_library and whose != "nobody", whose, dialect_name)
    values: dict[str, Any] = {f"word_{index}": word for index, word in enumerate(words)}
    values.update({f"like_{index}": _like_pattern(word) for index, word in enumerate(words)})
    values.update(area=query.product_area, status=query.status, lead=query.lead_organisation_id,
                  organisation=query.organisation_id, own=organisation_id)
    return shape, values


def _indexed(shape: _Shape) -> bool:
    """Whether plan 1 (through the trigram index) applies."""
    return shape.dialect == "postgresql" and not shape.ordered and any(shape.words)


def _own(shape: _Shape) -> ColumnElement[Any] | None:
    if shape.whose == "given":
        return bindparam("own")
    return func.werkstatt_org() if shape.whose == "login" else None


def _matching(shape: _Shape) -> tuple[_Source, Select[Any]]:
    """Live processes passing the filters and containing every word: their ids and sort keys, no order yet."""
    source = _source(shape.dialect)
    conditions: list[ColumnElement[bool]] = [~source.deleted]
    for index, trigram in enumerate(shape.words):
        # Inline, not a bound parameter: the planner sees the word (a generic plan would not use the index).
        if shape.dialect != "postgresql" or (trigram and not shape.ordered):
            conditions.append(source.text.like(bindparam(f"like_{index}", type_=Text(), literal_execute=True),
                                               escape="\\"))
        else:  # no index answers strpos: no full scan of the trigram index, and plan 3 stays in display order
            word = bindparam(f"word_{index}", type_=Text(), literal_execute=True)
            conditions.append(func.strpos(source.text, word) > 0)
    if shape.area:
        conditions.append(source.product_area == bindparam("area"))
    if shape.status:
        conditions.append(source.status == bindparam("status"))
    if shape.lead:
        conditions.append(source.lead == bindparam("lead"))
    if shape.organisation:
        has_model = exists().where(models.c.process_id == source.id, ~models.c.deleted,
                                   models.c.organisation_id == bindparam("organisation"))
        conditions.append(or_(source.owner_organisation == bindparam("organisation"), has_model))
    if shape.own_only:
        conditions.append(source.owner == _own(shape))
    keys = select(source.id.label("id"), source.area_key.collate("C").label("area_key"),
                  source.folded_name.collate("C").label("folded_name"))
    return source, keys.where(and_(*conditions))


def _in_order(keys: Any) -> list[ColumnElement[Any]]:
    return [keys.c.area_key, keys.c.folded_name, keys.c.id.collate("C")]


def _limit(name: str) -> Any:
    return bindparam(name, type_=Integer(), literal_execute=True)


@lru_cache(maxsize=256)
def _page(shape: _Shape) -> Select[Any]:
    """One page of hits with owner, lead and number of live models, in the laptop's order.

    The page is cut first, inside; names and model counts are looked up only for its rows. The last
    column is the number of matches collected by plan 1 (at most ``BITMAP_CAP`` + 1), else NULL.
    """
    matching = _matching(shape)[1]
    if _indexed(shape):
        if shape.bounded:
            keys = [column.element for column in matching.selected_columns]
            bound = [bindparam(f"bound_{name}", type_=Text()) for name in ("area", "name", "id")]
            matching = matching.where(tuple_(keys[1], keys[2], keys[0].collate("C"))
                                      <= tuple_(bound[0], bound[1], bound[2].collate("C")))
            counted: Any = null()
        else:
            matching = matching.limit(_limit("cap"))
        # MATERIALIZED, and the LIMIT outside: the planner must not read in display order here (see above).
        found = matching.cte("found").prefix_with("MATERIALIZED", dialect="postgresql")
        if not shape.bounded:
            counted = select(func.count()).select_from(found).scalar_subquery()
        page = (select(found.c.id, found.c.area_key, found.c.folded_name, counted.label("found"))
                .order_by(*_in_order(found)))
    else:
        order = [column.element for column in matching.selected_columns]  # the labelled key expressions
        page = matching.add_columns(null().label("found")).order_by(order[1], order[2], order[0].collate("C"))
    page = page.limit(_limit("limit")).offset(_limit("offset")).subquery("page")
    owner = organisations.alias("owner")
    lead = organisations.alias("lead")
    live_models = (select(func.count()).select_from(models)
                   .where(models.c.process_id == page.c.id, ~models.c.deleted).scalar_subquery())
    own = _own(shape)
    p = processes.c
    is_library = func.coalesce(p.owner_id != own, false()) if own is not None else false()
    return (select(p.id, p.register_key, p.name, p.product_area, p.status, p.description, p.tags, p.legal_basis,
                   owner.c.name, lead.c.name, live_models, is_library, page.c.area_key, page.c.folded_name,
                   page.c.found)
            .select_from(page.join(processes, p.id == page.c.id))
            .outerjoin(owner, owner.c.id == p.owner_organisation_id)
            .outerjoin(lead, lead.c.id == p.lead_organisation_id)
            .order_by(*_in_order(page)))


@lru_cache(maxsize=256)
def _count(shape: _Shape, capped: bool) -> Select[Any]:
    matching = _matching(shape)[1]
    found = matching.with_only_columns(matching.selected_columns[0])
    if capped:
        found = found.limit(_limit("at_most"))
    return select(func.count()).select_from(found.subquery())


def search_statement(query: ProcessQuery, dialect_name: str, *, organisation_id: str | None = None,
                     limit: int = DEFAULT_PAGE, offset: int = 0, ordered: bool = False,
                     bound: tuple[str, str, str] | None = None) -> Select[Any]:
    """A statement of ``search_register`` with its values (for EXPLAIN and for comparison).

    ``ordered``: plan 3 (display order) even where plan 1 (the trigram index) would be tried first;
    ``bound``: the second try of plan 1, up to this (area key, folded name, id).
    """
    shape, values = _shape(query, organisation_id, dialect_name)
    shape = replace(shape, ordered=ordered, bounded=bound is not None)
    bounds = dict(zip(("bound_area", "bound_name", "bound_id"), bound, strict=True)) if bound else {}
    return _page(shape).params(values, limit=limit, offset=offset, cap=BITMAP_CAP + 1, **bounds)


def tries_trigrams_first(query: ProcessQuery, dialect_name: str, *, limit: int = DEFAULT_PAGE,
                         offset: int = 0) -> bool:
    """Whether ``search_register`` runs plan 1 first for this query (else plan 3 alone)."""
    shape, _values = _shape(query, None, dialect_name)
    return _indexed(shape) and offset + limit <= BITMAP_CAP


def search_register(engine: Engine, query: ProcessQuery, *, limit: int = DEFAULT_PAGE, offset: int = 0,
                    organisation_id: str | None = None) -> list[ProcessHit]:
    """A page of the register's live processes matching ``query``, as the laptop's ``find_processes`` finds them.

    ``organisation_id`` is the searching organisation's register id: its rows are not "library" rows.
    Without it, PostgreSQL takes the login's organisation and a SQLite register has no library.
    """
    words = words_of(query.text)
    with _reading(engine) as connection:
        shape, values = _shape(query, organisation_id, connection.dialect.name)
        values = dict(values, limit=limit, offset=offset, cap=BITMAP_CAP + 1)
        rows = None
        if _indexed(shape) and offset + limit <= BITMAP_CAP:
            rows = connection.execute(_page(shape), values).all()
            # More than the cap: the collected matches are some of them, at least offset + limit. The true page
            # ends at or before the last row of the page they give, so a second try through the trigram index
            # reads only the matches up to that row (the B-tree bounds them) and sorts those. Reading in display
            # order instead would pass every fact sheet of the product areas before a word's area.
            # (No rows: fewer matches than the offset, since offset + limit <= BITMAP_CAP.)
            if rows and rows[0][-1] > BITMAP_CAP:
                last = rows[-1]
                bound = {"bound_area": last[-3], "bound_name": last[-2], "bound_id": last[0]}
                rows = connection.execute(_page(replace(shape, bounded=True)), dict(values, **bound)).all()
        if rows is None:
            rows = connection.execute(_page(replace(shape, ordered=True)), values).all()
    hits = []
    for (process_id, key, name, area, status, description, tags, legal_basis, owner_name, lead_name,
         model_count, is_library, _area_key, _folded_name, _found) in rows:
        folded_name = fold(name)
        fields = (key or "", tags or "", description or "", legal_basis or "") if words else ()
        outside_name = tuple(word for word in words if word not in folded_name)
        hits.append(ProcessHit(
            id=process_id, register_key=key or "", name=name, product_area=area or "", status=status,
            owner_name=owner_name or "", lead_name=lead_name or "", model_count=int(model_count or 0),
            is_library=bool(is_library), match_fields=fields, match_words=outside_name))
    return hits


def count_register(engine: Engine, query: ProcessQuery, *, organisation_id: str | None = None,
                   at_most: int | None = None) -> int:
    """How many live processes match ``query``; with ``at_most``, counting stops there ("more than …")."""
    with _reading(engine) as connection:
        shape, values = _shape(query, organisation_id, connection.dialect.name)
        statement = _count(shape, at_most is not None)
        return int(connection.scalar(statement, dict(values, at_most=at_most)) or 0)


@contextmanager
def _reading(engine: Engine) -> Iterator[Connection]:
    """A connection for one search; driver errors become the register's sentences."""
    address = register_address(engine)
    with translating(address):
        try:
            with engine.connect() as connection:
                if connection.dialect.name == "sqlite":
                    _sqlite_functions(connection)
                yield connection
        except DBAPIError as error:
            if getattr(error.orig, "sqlstate", None) in ("42883", "42P01"):
                # A register not yet upgraded to r0003 lacks the functions and the view: say so, as a sync would.
                check_schema(engine, address.display)
            raise


def _sqlite_functions(connection: Connection) -> None:
    """The functions of migration r0003, in Python, on a SQLite register's connection."""
    raw = connection.connection.driver_connection
    assert isinstance(raw, sqlite3.Connection)
    raw.create_function("werkstatt_fold", 1, lambda text: fold(text or ""), deterministic=True)
    raw.create_function("werkstatt_search_text", 5, lambda *fields: fold(" ".join(f or "" for f in fields)),
                        deterministic=True)
    raw.create_function("werkstatt_area_key", 1, _area_key, deterministic=True)
    raw.create_collation("C", lambda left, right: (left > right) - (left < right))


def _area_key(area: str | None) -> str:
    rank, number, name = area_sort_key(area or "")
    return f"{rank}{number:03d}{name}"
