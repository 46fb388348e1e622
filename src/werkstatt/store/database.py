"""The local store: one SQLite file, WAL, synchronous=FULL, migrated only by Alembic.

Opening the user's file is the most dangerous thing the program does, so it goes
in careful steps: the file is looked at read-only before anything may write to
it, a copy is taken before a migration, and a file from a newer Werkstatt is left
alone.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from werkstatt.errors import StoreError
from werkstatt.i18n import tr
from werkstatt.store import migrate
from werkstatt.store.paths import backup_dir

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"


def _sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    try:
        # WAL plus FULL: a committed edit survives a crash or a pulled plug.
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=5000")
    finally:
        cursor.close()


class Store:
    """An open local database: engine, session factory, and the path it came from."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session whose work is committed as one transaction, or rolled back on error."""
        session = self._sessions()
        try:
            with session.begin():
                yield session
        except DBAPIError as error:
            raise translate_driver_error(error, self.path) from error
        finally:
            session.close()

    def read_session(self) -> Session:
        return self._sessions()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reading only, closed afterwards (nothing is committed)."""
        session = self._sessions()
        try:
            yield session
        finally:
            session.close()

    def close(self) -> None:
        self.engine.dispose()


def translate_driver_error(error: DBAPIError, path: Path) -> StoreError:
    """The one place where driver errors become sentences."""
    text = str(error.orig).lower()
    if "locked" in text or "busy" in text:
        return StoreError(tr("Store", "The database {path} is in use by another program; try again.", path=path))
    if "readonly" in text or "read-only" in text or "permission" in text:
        return StoreError(tr("Store", "The database {path} cannot be written (no permission).", path=path))
    if "disk" in text and "full" in text:
        return StoreError(tr("Store", "The disk holding {path} is full; nothing was saved.", path=path))
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return StoreError(damaged_message(path))
    return StoreError(tr("Store", "The database {path} reported an error: {detail}", path=path, detail=error.orig))


def damaged_message(path: Path) -> str:
    return tr(
        "Store",
        "The file {path} is not a readable Werkstatt database (damaged or of another kind); "
        "it was left unchanged. Restore a copy from {backups} or choose another file with --db.",
        path=path,
        backups=backup_dir(path),
    )


def inspect_existing(path: Path) -> None:
    """Refuse a damaged or foreign file before any connection may write to it."""
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except IsADirectoryError as error:
        raise StoreError(tr("Store", "{path} is a folder, not a database file.", path=path)) from error
    except OSError as error:
        raise StoreError(
            tr("Store", "The database {path} cannot be read: {reason}.", path=path, reason=error.strerror)
        ) from error
    if header == b"":
        return  # an empty file is a new database
    if header != SQLITE_HEADER:
        raise StoreError(damaged_message(path))
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            result = connection.execute("PRAGMA quick_check(1)").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise StoreError(damaged_message(path)) from error
    if not result or result[0] != "ok":
        raise StoreError(damaged_message(path))


def prepare_location(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StoreError(
            tr("Store", "The folder {folder} for the database cannot be created: {reason}.",
               folder=path.parent, reason=error.strerror or error)
        ) from error
    if path.exists():
        return
    try:
        path.touch()
        path.unlink()
    except OSError as error:
        raise StoreError(
            tr("Store", "A database cannot be created at {path}: {reason}.",
               path=path, reason=error.strerror or error)
        ) from error


def backup(path: Path, reason: str) -> Path:
    """Copy the database consistently (WAL included) into the backups folder."""
    target_dir = backup_dir(path)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = target_dir / f"{path.stem}-{stamp}-{reason}{path.suffix or '.sqlite'}"
    try:
        target_dir.mkdir(parents=True, exist_ok=True)
        source = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            destination = sqlite3.connect(target)
            try:
                source.backup(destination)
            finally:
                destination.close()
        finally:
            source.close()
    except (OSError, sqlite3.Error) as error:
        raise StoreError(
            tr("Store", "No backup of {path} could be written to {folder} ({reason}); "
               "the database was not changed.", path=path, folder=target_dir, reason=error)
        ) from error
    log.info("backup of %s written to %s", path, target)
    return target


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", future=True)
    event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def open_store(path: Path, *, upgrade: bool = True) -> Store:
    """Open (and create or upgrade) the local database at ``path``."""
    path = Path(path)
    prepare_location(path)
    existed = path.exists() and path.stat().st_size > 0
    if existed:
        inspect_existing(path)
    engine = make_engine(path)
    try:
        current = migrate.current_revision(engine)
        migrate.refuse_unknown(current, path)
        if upgrade and current != migrate.head_revision():
            if existed and current is not None:
                backup(path, f"before-{migrate.head_revision()}")
            migrate.upgrade(engine, "head")
    except DBAPIError as error:
        engine.dispose()
        raise translate_driver_error(error, path) from error
    except BaseException:
        engine.dispose()
        raise
    return Store(path, engine)
