"""Looking at a database file before anything may write to it: whose is it, which schema, can it be written?

Nothing here changes a byte or creates a file. The header is read as plain bytes; what needs SQL
(the tables, the schema revision) goes through a connection that cannot write and, where SQLite
allows it, cannot leave ``-wal``/``-shm`` files beside the database either.

Everything here is cheap whatever the file's size: the header, the file's length against the length
the header promises, and the schema tables. Reading every page (``PRAGMA quick_check``, 2 s at
1.6 GB) is ``store.check``'s work, done after an unclean shutdown (``Inspection.unclean``) or on request.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from werkstatt.errors import StoreError
from werkstatt.i18n import tr
from werkstatt.store.paths import backup_dir
from werkstatt.store.revision import HEAD

SQLITE_HEADER = b"SQLite format 3\x00"
HEADER_SIZE = 100
# Werkstatt's own mark in the SQLite header (PRAGMA application_id): the bytes "WkSt".
APPLICATION_ID = int.from_bytes(b"WkSt", "big")
# Files written before the mark existed are recognised by a known schema revision and these tables,
# all there since the first migration.
CORE_TABLES = frozenset({"alembic_version", "organisations", "workshops", "processes", "process_models",
                         "lanes", "steps", "flows"})
SIDECARS = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class Inspection:
    """What a file at the database path is, as far as opening it is concerned."""

    exists: bool  # there is a file with at least one byte
    has_tables: bool
    revision: str | None
    wal: bool  # the header says WAL; reading it then needs -wal/-shm, or immutable=1
    marked: bool  # carries Werkstatt's application_id
    # The last program that wrote the file did not close it (see ``left_unclean``): worth a full check.
    unclean: bool = False

    @property
    def is_new(self) -> bool:
        """Nothing to lose: no file, an empty one, or an SQLite file without a single table."""
        return not self.has_tables


def damaged_message(path: Path) -> str:
    return tr(
        "StoreInspect",
        "The file {path} is not a readable Werkstatt database (damaged or of another kind); "
        "it was left unchanged. Restore a copy from {backups} or choose another file with --db.",
        path=path,
        backups=backup_dir(path),
    )


def foreign_message(path: Path) -> str:
    return tr("StoreInspect", "The file {path} is not a Werkstatt database (it belongs to another program); "
                       "it was left unchanged. Choose a Werkstatt database with --db.", path=path)


def read_only_message(path: Path) -> str:
    return tr("StoreInspect", "The database {path} lies on a read-only drive or in a folder that cannot be written; "
                       "it was left unchanged. Copy it into a writable folder to work in it, or choose "
                       "another file with --db.", path=path)


def nothing_to_read_message(path: Path) -> str:
    return tr("StoreInspect", "There is no Werkstatt database at {path} yet; nothing was created there.", path=path)


def sidecars(path: Path) -> list[Path]:
    return [Path(f"{path}{suffix}") for suffix in SIDECARS]


def location_writable(path: Path) -> bool:
    """Whether SQLite may write the file and create its -wal/-shm beside it.

    ``os.access`` answers for a read-only mount even to root (EROFS), and for permissions to
    everyone else; root on a merely read-only file can write it, and so may Werkstatt.
    """
    folder = path.parent if str(path.parent) else Path(".")
    return os.access(folder, os.W_OK) and (not path.exists() or os.access(path, os.W_OK))


def left_unclean(path: Path) -> bool:
    """Whether a non-empty ``-wal`` lies beside the file, i.e. its last writer did not close it.

    SQLite itself moves the WAL into the file and deletes it when the last connection closes, so a
    leftover one is the trace of a crash, a kill or a pulled plug — without any marker of our own,
    which would cost a write at every start and could not be written by a command that only reads.
    Another program (a second Werkstatt, a CLI command) having the file open right now looks the
    same; that only costs a check that was not needed, never a check that was.
    """
    try:
        return Path(f"{path}-wal").stat().st_size > 0
    except OSError:
        return False


def inspect_existing(path: Path) -> Inspection:
    """Refuse a damaged, foreign or newer file before any connection may write to it."""
    unclean = left_unclean(path)  # before any connection of ours could create or remove the -wal
    header = _read_header(path)
    if header == b"":
        return Inspection(exists=False, has_tables=False, revision=None, wal=False, marked=False)
    # With a -wal the file may be short until the WAL is moved into it (a checkpoint that met a full disk).
    if not _plausible(header) or (not unclean and _shorter_than_promised(path, header)):
        raise StoreError(damaged_message(path))
    application_id = int.from_bytes(header[68:72], "big", signed=True)
    if application_id not in (0, APPLICATION_ID):
        raise StoreError(foreign_message(path))  # another program marked it as its own: not even a peek
    marked = application_id == APPLICATION_ID
    wal = header[18] == 2 or header[19] == 2
    try:
        tables, revision = _peek(path)
    except sqlite3.DatabaseError as error:
        raise StoreError(damaged_message(path)) from error
    # The newest schema, as almost always: Alembic and its scripts are not even imported.
    known = revision == HEAD or revision in _migrations().LOCAL.known_revisions()
    if not marked and tables and not (known and tables >= CORE_TABLES):
        # Whatever tables another program keeps (a browser's history, another Alembic schema): not ours.
        raise StoreError(foreign_message(path))
    if revision != HEAD:
        _migrations().refuse_unknown(revision, path)
    return Inspection(exists=True, has_tables=bool(tables), revision=revision, wal=wal, marked=marked,
                      unclean=unclean)


def _plausible(header: bytes) -> bool:
    """The fixed parts of an SQLite header: a damaged one is not read as another program's mark."""
    if len(header) < HEADER_SIZE or not header.startswith(SQLITE_HEADER):
        return False
    page_size = int.from_bytes(header[16:18], "big")
    return (page_size == 1 or (512 <= page_size <= 32768 and page_size & (page_size - 1) == 0)) \
        and header[18] in (1, 2) and header[19] in (1, 2) and header[21:24] == b"\x40\x20\x20"


def _shorter_than_promised(path: Path, header: bytes) -> bool:
    """A file cut short (a copy broken off, a full disk): fewer pages than its header counts.

    The count (offset 28) is trusted only when SQLite wrote it with the current change counter
    (offset 92 equals offset 24); SQLite itself ignores it otherwise. A file may be longer than
    promised (a checkpoint interrupted before truncating), never shorter.
    """
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    if not pages or header[92:96] != header[24:28]:
        return False
    try:
        return path.stat().st_size < pages * page_size
    except OSError:
        return False


def _read_header(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(HEADER_SIZE)
    except FileNotFoundError:
        return b""
    except IsADirectoryError as error:
        raise StoreError(tr("StoreInspect", "{path} is a folder, not a database file.", path=path)) from error
    except OSError as error:
        raise StoreError(
            tr("StoreInspect", "The database {path} cannot be read: {reason}.", path=path, reason=error.strerror)
        ) from error


def peek_uri(path: Path) -> str:
    """A read-only URI that creates nothing beside the file.

    ``mode=ro`` alone still creates ``-wal`` and ``-shm`` beside a WAL file and leaves them there.
    Without a ``-wal`` nobody is writing and everything is in the file itself, so ``immutable=1``
    reads it as it is; with one (a program has it open, or crashed) the existing pair is used.
    """
    uri = path.resolve().as_uri()
    wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
    if wal.exists() and shm.exists():
        return f"{uri}?mode=ro"
    return f"{uri}?mode=ro&immutable=1"


def _peek(path: Path) -> tuple[frozenset[str], str | None]:
    connection = sqlite3.connect(peek_uri(path), uri=True)
    try:
        tables = frozenset(row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"))
        revision = None
        if "alembic_version" in tables:
            try:
                row = connection.execute("SELECT version_num FROM alembic_version LIMIT 1").fetchone()
            except sqlite3.OperationalError:
                row = ("",)  # a table of that name, but not Alembic's: no revision anybody knows
            revision = str(row[0]) if row else None
    finally:
        connection.close()
    return tables, revision


def _migrations() -> Any:
    from werkstatt.store import migrate

    return migrate
