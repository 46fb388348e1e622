"""The library's full-text index on the laptop (migration 0008): what it holds and how it stays current.

``process_search_rows`` holds the folded text and the sort key of every live process;
``process_search`` (FTS5, trigram tokenizer) indexes that text (external content); triggers note every
written process in ``process_search_pending``. Folding is Python (``textmatch.fold``), so the
triggers only note and ``refresh`` indexes: before a search on a writable store, after a pull.
A read-only store cannot refresh; the search matches its pending processes in Python instead.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, Engine
from sqlalchemy.orm import Session

from werkstatt.library.product_areas import area_sort_key
from werkstatt.model.base import chunked

FTS = "process_search"
ROWS = "process_search_rows"
PENDING = "process_search_pending"
# The FTS5 shadow tables are named after it as well: everything of the index starts with this.
TABLE_PREFIX = "process_search"
CHUNK = 500  # ids per statement, well below SQLite's limit of bound parameters
ANALYSIS_LIMIT = 1000
MERGE_AFTER = 5000  # rows indexed at once (a pull) after which the index is merged into one segment

# As migration 0008 creates them; a later migration that rebuilds ``processes`` (batch mode) drops
# them, and ``refresh`` puts them back and indexes everything again.
_SEARCHED = "name, register_key, tags, description, legal_basis, product_area, deleted, id"
_NOTE = "INSERT OR IGNORE INTO process_search_pending (process_id) VALUES ({row}.id);"
TRIGGERS = {
    "processes_search_insert": f"AFTER INSERT ON processes BEGIN {_NOTE.format(row='NEW')} END",
    "processes_search_update": (f"AFTER UPDATE OF {_SEARCHED} ON processes BEGIN "
                                f"{_NOTE.format(row='OLD')} {_NOTE.format(row='NEW')} END"),
    "processes_search_delete": f"AFTER DELETE ON processes BEGIN {_NOTE.format(row='OLD')} END",
}


def is_index_table(name: str) -> bool:
    """Whether a table of the file belongs to the search index (not to the model's metadata)."""
    return name.startswith(TABLE_PREFIX)


def index_text(name: str, register_key: str | None, tags: str | None, description: str | None,
               legal_basis: str | None) -> str:
    """What a search matches: the folded fields in one text (a folded word has no space, so it stays in one)."""
    return fast_fold("\n".join((name or "", register_key or "", tags or "", description or "", legal_basis or "")))


def fast_fold(text: str) -> str:
    """``textmatch.fold`` with its default umlauts, the same result in a third of the time.

    ``str.translate`` to two-character strings was half the cost of indexing a pulled library.
    """
    folded = (text.lower() if text.isascii() else unicodedata.normalize("NFKC", text).casefold()
              .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue"))
    return " ".join(folded.split())


def sort_key(product_area: str | None, folded_name: str, process_id: str) -> str:
    """``(area_sort_key(area), folded name, id)`` as one string that sorts the same way in SQLite (code points).

    The separator sorts before every character a text holds, so a shorter area or name comes first,
    as in the tuple.
    """
    group, number, area = area_sort_key(product_area or "")
    return f"{group}{number:03d}{area}\x01{folded_name}\x01{process_id}"


def writable(connection: Connection) -> bool:
    """Whether this connection may write (a read-only store sets ``query_only``)."""
    return not connection.exec_driver_sql("PRAGMA query_only").scalar()


def has_pending(connection: Connection) -> bool:
    return connection.exec_driver_sql(f"SELECT EXISTS (SELECT 1 FROM {PENDING})").scalar() == 1


def refresh(session: Session) -> int:
    """Fold and index the pending processes, in a transaction of its own; the number indexed or removed.

    A session that has written already (its transaction holds the write lock) refreshes inside
    that transaction, so the index sees its uncommitted rows and commits or rolls back with them.
    A read-only store is left alone.
    """
    connection = session.connection()
    if not writable(connection):
        return 0
    driver = connection.connection.driver_connection
    if getattr(driver, "in_transaction", False):
        return _refresh(connection)
    engine = connection.engine
    if not _triggers_intact(connection) or has_pending(connection):
        return _refresh_apart(engine)
    return 0


def _refresh_apart(engine: Engine) -> int:
    with engine.begin() as own:
        return _refresh(own)


def _triggers_intact(connection: Connection) -> bool:
    found = set(connection.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'processes'").scalars())
    return set(TRIGGERS) <= found


def _refresh(connection: Connection) -> int:
    if not _triggers_intact(connection):
        for name, body in TRIGGERS.items():
            connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
            connection.exec_driver_sql(f"CREATE TRIGGER {name} {body}")
        connection.exec_driver_sql(f"INSERT OR IGNORE INTO {PENDING} (process_id) SELECT id FROM processes")
    ids = list(connection.exec_driver_sql(f"SELECT process_id FROM {PENDING}").scalars())
    if not ids:
        return 0
    next_row = int(connection.exec_driver_sql(f"SELECT coalesce(max(id), 0) FROM {ROWS}").scalar() or 0) + 1
    for chunk in chunked(ids, CHUNK):
        marks = ", ".join("?" * len(chunk))
        old = connection.exec_driver_sql(
            f"SELECT id, text FROM {ROWS} WHERE process_id IN ({marks})", tuple(chunk)).all()
        if old:
            # External content: FTS5 forgets a row only when told the text it indexed for it.
            connection.exec_driver_sql(f"INSERT INTO {FTS} ({FTS}, rowid, text) VALUES ('delete', ?, ?)",
                                       [tuple(row) for row in old])
            connection.exec_driver_sql(f"DELETE FROM {ROWS} WHERE id = ?", [(row[0],) for row in old])
        live = connection.exec_driver_sql(
            f"SELECT id, name, register_key, tags, description, legal_basis, product_area FROM processes "
            f"WHERE id IN ({marks}) AND +deleted = 0", tuple(chunk)).all()
        rows: list[tuple[int, str, str, str]] = []
        for process_id, name, key, tags, description, legal_basis, area in live:
            rows.append((next_row, process_id, sort_key(area, fast_fold(name or ""), process_id),
                         index_text(name, key, tags, description, legal_basis)))
            next_row += 1
        if rows:
            connection.exec_driver_sql(
                f"INSERT INTO {ROWS} (id, process_id, sort_key, text) VALUES (?, ?, ?, ?)", rows)
            connection.exec_driver_sql(f"INSERT INTO {FTS} (rowid, text) VALUES (?, ?)",
                                       [(row[0], row[3]) for row in rows])
        connection.exec_driver_sql(f"DELETE FROM {PENDING} WHERE process_id IN ({marks})", tuple(chunk))
    if len(ids) >= MERGE_AFTER:
        # A pull's thousands of rows leave the index in many segments: a match read them all (3x slower).
        connection.exec_driver_sql(f"INSERT INTO {FTS} ({FTS}) VALUES ('optimize')")
    return len(ids)




def optimize(session: Session) -> None:
    """Statistics for the planner, brought up to date (after a sync; nothing on a read-only store).

    ``PRAGMA optimize`` of SQLite 3.40 analyses only the tables its own connection has queried, so
    a fresh connection after a pull would change nothing; a bounded ANALYZE (``analysis_limit``:
    about a thousand rows per index, 25–60 ms at 20,000 processes) sees every table, and runs only
    when the number of indexed processes moved by a quarter since the last one.
    """
    connection = session.connection()
    if not writable(connection):
        return
    if getattr(connection.connection.driver_connection, "in_transaction", False):
        _analyse(connection)
        return
    with connection.engine.begin() as own:
        _analyse(own)


def _analyse(connection: Connection) -> None:
    """ANALYZE when the library's size moved by a quarter since the last one, else the cheap PRAGMA
    (an incremental sync must stay fast)."""
    now = int(connection.exec_driver_sql(f"SELECT count(*) FROM {ROWS}").scalar() or 0)
    then = None
    if connection.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").first():
        # The FTS table's row sizes, one row per indexed process: counted in full even with analysis_limit.
        stat = connection.exec_driver_sql(
            f"SELECT stat FROM sqlite_stat1 WHERE tbl = '{FTS}_docsize' AND idx IS NULL").scalar()
        then = int(str(stat).split()[0]) if stat else None
    if then is None or abs(now - then) > max(100, then // 4):
        connection.exec_driver_sql(f"PRAGMA analysis_limit = {ANALYSIS_LIMIT}")
        connection.exec_driver_sql("ANALYZE")
    connection.exec_driver_sql("PRAGMA optimize")


def match_expression(words: Iterable[str]) -> str:
    """An FTS5 query: every word (three characters or more) as a quoted phrase, all of them (AND)."""
    return " AND ".join('"' + word.replace('"', '""') + '"' for word in words)


def like_pattern(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def pending_filter() -> str:
    return f"k.process_id NOT IN (SELECT process_id FROM {PENDING})"


Params = dict[str, Any]
