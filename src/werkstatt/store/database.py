"""The local store: one SQLite file, WAL, synchronous=FULL, migrated only by Alembic.

Opening the user's file is the most dangerous thing the program does, so it goes
in careful steps: the file is looked at read-only before anything may write to
it (``store.inspect``), a copy is taken before a migration, and a file from a newer
Werkstatt, another program's file or one on a read-only drive is left alone. A
command that only reads opens the file so that it cannot change it at all: no
migration, no journal mode, no tables, no application id.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

from werkstatt.errors import StoreError
from werkstatt.files import new_part, sweep_parts
from werkstatt.i18n import tr
from werkstatt.store import library_guard, revision
from werkstatt.store.check import check_store
from werkstatt.store.inspect import (
    APPLICATION_ID,
    SQLITE_HEADER,
    Inspection,
    damaged_message,
    foreign_message,
    inspect_existing,
    location_writable,
    nothing_to_read_message,
    peek_uri,
    read_only_message,
    sidecars,
)
from werkstatt.store.paths import backup_dir

log = logging.getLogger(__name__)

__all__ = ["SQLITE_HEADER", "Store", "backup", "damaged_message", "foreign_message", "inspect_existing",
           "make_engine", "open_store", "prepare_location", "remove_new_database", "translate_driver_error"]


# WAL plus FULL: a committed edit survives a crash or a pulled plug.
WRITING_PRAGMAS = ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON", "busy_timeout=5000")
# No journal mode here: switching it rewrites the header of a file we were only asked to read.
READING_PRAGMAS = ("foreign_keys=ON", "busy_timeout=5000", "query_only=ON")


def _pragmas(pragmas: tuple[str, ...]) -> Callable[[sqlite3.Connection, object], None]:
    """A SQLAlchemy "connect" listener that sets ``pragmas`` on every new connection."""
    def run(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        cursor = dbapi_connection.cursor()
        try:
            for pragma in pragmas:
                cursor.execute(f"PRAGMA {pragma}")
        finally:
            cursor.close()
    return run


_sqlite_pragmas = _pragmas(WRITING_PRAGMAS)
_reading_pragmas = _pragmas(READING_PRAGMAS)


class Store:
    """An open local database: engine, session factory, and the path it came from.

    ``created``: this opening made the file (it was missing or empty), so a command that fails
    right away may take it back (``remove_new_database``). ``read_only``: opened by a command
    that only reads; every write fails. ``needs_check``: the file was left unclean and its full
    check was deferred to the caller (``open_store(deferred_check=True)``, the window).
    """

    def __init__(self, path: Path, engine: Engine, *, created: bool = False, read_only: bool = False,
                 needs_check: bool = False) -> None:
        self.path = path
        self.engine = engine
        self.created = created
        self.read_only = read_only
        self.needs_check = needs_check
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        library_guard.install(self._sessions)  # other organisations' library rows stay read-only

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
    if "unable to open" in text and not location_writable(path):
        return StoreError(read_only_message(path))
    return StoreError(tr("Store", "The database {path} reported an error: {detail}", path=path, detail=error.orig))


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
    part: Path | None = None
    try:
        target_dir.mkdir(parents=True, exist_ok=True)
        sweep_parts(target_dir)  # what a backup killed half-way left behind
        handle, part = new_part(target)
        os.close(handle)
        source = sqlite3.connect(peek_uri(path), uri=True)
        try:
            destination = sqlite3.connect(part)
            try:
                source.backup(destination)
            finally:
                destination.close()
        finally:
            source.close()
        os.replace(part, target)  # a backup is either whole or not there
    except (OSError, sqlite3.Error) as error:
        if part is not None:
            for leftover in (part, *sidecars(part)):
                with contextlib.suppress(OSError):
                    leftover.unlink()
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


def make_read_engine(path: Path, found: Inspection) -> Engine:
    """An engine that cannot change the file.

    Where the folder can be written, a normal connection with ``query_only``: it shares the
    -wal/-shm of a running window, and the last one to close removes them again (``mode=ro``
    would leave them behind). On a read-only drive SQLite cannot create them, so a WAL file
    without a -wal is read as immutable: nobody can be writing it there.
    """
    uri = path.resolve().as_uri()
    if location_writable(path):
        uri += "?mode=rw"
    elif found.wal and not Path(f"{path}-wal").exists():
        uri += "?mode=ro&immutable=1"
    else:
        uri += "?mode=ro"
    engine = create_engine(f"sqlite:///{path}", creator=lambda: sqlite3.connect(uri, uri=True,
                                                                              check_same_thread=False))
    event.listen(engine, "connect", _reading_pragmas)
    return engine


def open_store(path: Path, *, upgrade: bool = True, read_only: bool = False, deferred_check: bool = False) -> Store:
    """Open (and create or upgrade) the local database at ``path``.

    ``read_only``: for commands that only read. The file must already be a Werkstatt database;
    it is neither created, migrated nor marked, and an older schema is read from a migrated
    copy in memory.

    Every opening checks what is cheap (``store.inspect``). A file left unclean (a crash) is also
    checked in full before it is used — unless ``deferred_check``: then the caller runs
    ``store.check.check_store`` itself (the window, in the background) and ``Store.needs_check`` says so.
    """
    path = Path(path)
    if read_only:
        return _open_for_reading(path, deferred_check)
    prepare_location(path)
    created = not path.exists() or path.stat().st_size == 0
    found = inspect_existing(path)
    if path.exists() and not location_writable(path):
        raise StoreError(read_only_message(path))
    needs_check = _check_if_unclean(path, found, deferred_check)
    engine = make_engine(path)
    try:
        if not revision.is_current(engine):  # up to date, as almost always: no Alembic at all
            from werkstatt.store import migrate

            current = migrate.current_revision(engine)
            migrate.refuse_unknown(current, path)
            if upgrade and current != migrate.head_revision():
                if found.has_tables and current is not None:
                    backup(path, f"before-{migrate.head_revision()}")
                migrate.upgrade(engine, "head")
        _mark(engine)
    except DBAPIError as error:
        _give_up(engine, path, created)
        raise translate_driver_error(error, path) from error
    except BaseException:
        _give_up(engine, path, created)
        raise
    return Store(path, engine, created=created, needs_check=needs_check)


def _check_if_unclean(path: Path, found: Inspection, deferred: bool) -> bool:
    """The full check after an unclean shutdown; True when it is left to the caller."""
    if not found.unclean or not found.has_tables:
        return False
    if deferred:
        return True
    result = check_store(path)
    if not result.ok:
        log.warning("full check of %s after an unclean shutdown: %s", path, "; ".join(result.problems))
        raise StoreError(damaged_message(path))
    return False


def _mark(engine: Engine) -> None:
    """Sign the file as Werkstatt's (files from before the mark get it at their next writing open)."""
    with engine.connect() as connection:
        if connection.exec_driver_sql("PRAGMA application_id").scalar() != APPLICATION_ID:
            connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
            connection.commit()


def _give_up(engine: Engine, path: Path, created: bool) -> None:
    engine.dispose()
    if created:
        remove_new_database(path)  # a full disk leaves no half-made database behind


def remove_new_database(path: Path) -> None:
    """Take back a database this run created (and nothing else): the file and its -wal/-shm/-journal."""
    for leftover in (path, *sidecars(path)):
        with contextlib.suppress(OSError):
            leftover.unlink()


def _open_for_reading(path: Path, deferred_check: bool) -> Store:
    found = inspect_existing(path)
    if found.is_new:
        raise StoreError(nothing_to_read_message(path))
    needs_check = _check_if_unclean(path, found, deferred_check)
    engine = make_read_engine(path, found)
    try:
        if not revision.is_current(engine):
            from werkstatt.store import migrate

            migrate.refuse_unknown(migrate.current_revision(engine), path)
            engine = _migrated_copy(engine)
    except DBAPIError as error:
        engine.dispose()
        raise translate_driver_error(error, path) from error
    except sqlite3.Error as error:
        engine.dispose()
        raise StoreError(tr("Store", "The database {path} reported an error: {detail}",
                            path=path, detail=error)) from error
    return Store(path, engine, read_only=True, needs_check=needs_check)


def _migrated_copy(engine: Engine) -> Engine:
    """An older schema, brought up to date in memory: the file keeps its revision until a writer opens it."""
    memory = sqlite3.connect(":memory:", check_same_thread=False)
    try:
        with engine.connect() as connection:
            source = connection.connection.driver_connection
            assert isinstance(source, sqlite3.Connection)
            source.backup(memory)
    finally:
        engine.dispose()
    copy = create_engine("sqlite://", creator=lambda: memory, poolclass=StaticPool)
    from werkstatt.store import migrate

    migrate.upgrade(copy, "head")
    memory.execute("PRAGMA query_only=ON")
    return copy
