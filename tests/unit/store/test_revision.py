"""The fast revision check at opening agrees with Alembic, and an up-to-date file opens without it."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from werkstatt.store import migrate, revision
from werkstatt.store.database import make_engine, open_store


def test_the_written_head_is_the_head_of_the_migration_scripts() -> None:
    assert migrate.head_revision() == revision.HEAD


def test_the_stored_revision_is_read_as_alembic_reads_it(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite"
    open_store(path).close()
    engine = make_engine(path)
    try:
        assert revision.stored_revision(engine) == migrate.current_revision(engine) == revision.HEAD
        assert revision.is_current(engine)
    finally:
        engine.dispose()
    empty = make_engine(tmp_path / "empty.sqlite")
    try:
        assert revision.stored_revision(empty) is None and not revision.is_current(empty)
    finally:
        empty.dispose()
    connection = sqlite3.connect(path)
    connection.execute("INSERT INTO alembic_version VALUES ('0009')")  # two rows: not ours to judge
    connection.commit()
    connection.close()
    engine = make_engine(path)
    try:
        assert revision.stored_revision(engine) is None
    finally:
        engine.dispose()


def test_an_up_to_date_file_opens_without_importing_alembic(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite"
    open_store(path).close()
    probe = ("import sys; from werkstatt.store.database import open_store; "
             f"open_store({str(path)!r}).close(); open_store({str(path)!r}, read_only=True).close(); "
             "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
