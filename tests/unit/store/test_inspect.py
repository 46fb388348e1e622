"""Hands off other files: another program's database, a foreign Alembic schema and a read-only drive
stay byte-for-byte as they were (header included), and nothing appears beside them.

Issue 21, items 4 to 6. Each case compares every file of the folder before and after, so a
switched journal mode, a new table, a -wal/-shm pair or a backups folder all fail the test.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from helpers.mounts import make_read_only, read_only_folder
from werkstatt.demo import MODEL_ID, create_demo
from werkstatt.errors import StoreError
from werkstatt.store import migrate
from werkstatt.store.database import open_store
from werkstatt.store.inspect import (
    APPLICATION_ID,
    damaged_message,
    foreign_message,
    nothing_to_read_message,
    read_only_message,
)


def folder_digests(folder: Path) -> dict[str, str]:
    """Every file and folder below ``folder`` with a digest of its bytes."""
    return {str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "/"
            for path in sorted(folder.rglob("*"))}



def assert_both_opens_refused_as_foreign(path: Path) -> None:
    """Opening ``path`` for writing and for reading is refused with the sentence for a foreign file."""
    for read_only in (False, True):
        with pytest.raises(StoreError) as caught:
            open_store(path, read_only=read_only)
        assert caught.value.message == foreign_message(path)

def chrome_history(path: Path) -> Path:
    """A browser history in the shape Chromium keeps it: rollback journal, its own tables and rows."""
    connection = sqlite3.connect(path)
    connection.executescript("""
        CREATE TABLE meta(key LONGVARCHAR NOT NULL UNIQUE PRIMARY KEY, value LONGVARCHAR);
        CREATE TABLE urls(id INTEGER PRIMARY KEY AUTOINCREMENT, url LONGVARCHAR, title LONGVARCHAR,
                          visit_count INTEGER DEFAULT 0 NOT NULL, last_visit_time INTEGER NOT NULL);
        CREATE TABLE visits(id INTEGER PRIMARY KEY, url INTEGER NOT NULL, visit_time INTEGER NOT NULL);
        CREATE INDEX visits_url_index ON visits (url);
        INSERT INTO meta VALUES ('version', '67');
        INSERT INTO urls VALUES (1, 'https://www.en-kreis.de/', 'Ennepe-Ruhr-Kreis', 3, 13350000000000000);
        INSERT INTO visits VALUES (1, 1, 13350000000000000);
    """)
    connection.commit()
    connection.close()
    return path


def firefox_places(path: Path) -> sqlite3.Connection:
    """A history in Firefox's shape: WAL mode. The connection stays open, as a running browser's does."""
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.executescript("""
        CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url LONGVARCHAR, title LONGVARCHAR);
        CREATE TABLE moz_historyvisits (id INTEGER PRIMARY KEY, place_id INTEGER, visit_date INTEGER);
        INSERT INTO moz_places VALUES (1, 'https://www.witten.de/', 'Stadt Witten');
    """)
    connection.commit()
    return connection


def foreign_alembic(path: Path) -> Path:
    """Another application that migrates with Alembic too, in rollback-journal mode."""
    connection = sqlite3.connect(path)
    connection.executescript("""
        CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY);
        INSERT INTO alembic_version VALUES ('ae1027a6acf');
        CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT);
        INSERT INTO users VALUES (1, 'someone');
    """)
    connection.commit()
    connection.close()
    return path


def refusals(cli, path: Path) -> list:
    """The commands a user could point at the file: reading ones and writing ones."""
    return [cli(*args, db=path, stdin="") for args in (["list", "models"], ["list", "workshops", "--json"],
                                                        ["show", MODEL_ID], ["demo"], ["capture", MODEL_ID])]


def test_read_command_refuses_a_browser_history(cli, tmp_path: Path) -> None:
    history = chrome_history(tmp_path / "History")
    before = folder_digests(tmp_path)
    assert history.read_bytes()[18:20] == b"\x01\x01"  # rollback journal: what WAL would change
    for result in refusals(cli, history):
        assert result.returncode == 1, result.stdout
        assert result.stderr.strip() == foreign_message(history)
        assert "Traceback" not in result.stderr
    assert folder_digests(tmp_path) == before


def test_the_window_and_a_writing_open_refuse_it_too(tmp_path: Path) -> None:
    history = chrome_history(tmp_path / "History")
    before = folder_digests(tmp_path)
    assert_both_opens_refused_as_foreign(history)
    assert folder_digests(tmp_path) == before


def test_a_history_held_open_by_its_browser_is_left_alone(tmp_path: Path) -> None:
    places = tmp_path / "places.sqlite"
    browser = firefox_places(places)
    try:
        names = sorted(p.name for p in tmp_path.iterdir())
        assert names == ["places.sqlite", "places.sqlite-shm", "places.sqlite-wal"]
        data, wal = places.read_bytes(), Path(f"{places}-wal").read_bytes()
        for read_only in (False, True):
            with pytest.raises(StoreError) as caught:
                open_store(places, read_only=read_only)
            assert caught.value.message == foreign_message(places)
        assert sorted(p.name for p in tmp_path.iterdir()) == names
        assert places.read_bytes() == data and Path(f"{places}-wal").read_bytes() == wal
    finally:
        browser.close()


def test_a_closed_wal_history_gets_no_wal_and_shm_beside_it(cli, tmp_path: Path) -> None:
    places = tmp_path / "places.sqlite"
    firefox_places(places).close()
    before = folder_digests(tmp_path)
    assert sorted(before) == ["places.sqlite"]
    for result in refusals(cli, places)[:2]:
        assert result.stderr.strip() == foreign_message(places)
    assert folder_digests(tmp_path) == before


def test_a_foreign_alembic_version_is_refused_and_its_header_kept(cli, tmp_path: Path) -> None:
    other = foreign_alembic(tmp_path / "other-app.sqlite")
    before = folder_digests(tmp_path)
    assert_both_opens_refused_as_foreign(other)
    for result in refusals(cli, other):
        assert result.returncode == 1 and result.stderr.strip() == foreign_message(other)
    assert folder_digests(tmp_path) == before
    assert other.read_bytes()[18:20] == b"\x01\x01"  # not switched to WAL


def werkstatt_file(path: Path) -> Path:
    """A Werkstatt database with the demo in it, closed and checkpointed (no -wal beside it)."""
    store = open_store(path)
    create_demo(store)
    store.close()
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]
    return path


def set_header(path: Path, *, application_id: int | None = None, revision: str | None = None) -> None:
    connection = sqlite3.connect(path)
    if application_id is not None:
        connection.execute(f"PRAGMA application_id={application_id}")
    if revision is not None:
        connection.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    connection.commit()
    connection.close()


@pytest.mark.parametrize(("application_id", "revision"), [(0, "ae1027a6acf"), (int.from_bytes(b"GPKG", "big"), None)],
                         ids=["unmarked-with-unknown-revision", "marked-by-another-program"])
def test_werkstatt_tables_without_werkstatts_mark_are_foreign(tmp_path: Path, application_id: int,
                                                              revision: str | None) -> None:
    """Whatever tables a file has: without Werkstatt's mark or a revision Werkstatt wrote, it is not ours."""
    path = werkstatt_file(tmp_path / "werkstatt.sqlite")
    set_header(path, application_id=application_id, revision=revision)
    before = folder_digests(tmp_path)
    assert_both_opens_refused_as_foreign(path)
    assert folder_digests(tmp_path) == before


def test_a_newer_werkstatt_file_is_refused_unchanged(tmp_path: Path) -> None:
    path = werkstatt_file(tmp_path / "werkstatt.sqlite")
    set_header(path, revision="9999_from_the_future")
    before = folder_digests(tmp_path)
    for read_only in (False, True):
        with pytest.raises(StoreError, match="9999_from_the_future"):
            open_store(path, read_only=read_only)
    assert folder_digests(tmp_path) == before


def test_reading_a_werkstatt_file_changes_nothing(cli, tmp_path: Path) -> None:
    path = werkstatt_file(tmp_path / "werkstatt.sqlite")
    before = folder_digests(tmp_path)
    listed = cli("list", "models", "--json", db=path)
    assert listed.returncode == 0, listed.stderr
    assert [row["id"] for row in json.loads(listed.stdout)] == [MODEL_ID]
    assert cli("show", MODEL_ID, db=path).returncode == 0
    assert folder_digests(tmp_path) == before


def test_a_file_from_before_the_mark_is_read_unchanged_and_marked_by_the_next_writer(cli, tmp_path: Path) -> None:
    path = werkstatt_file(tmp_path / "werkstatt.sqlite")
    set_header(path, application_id=0)
    before = folder_digests(tmp_path)
    assert json.loads(cli("list", "models", "--json", db=path).stdout)[0]["id"] == MODEL_ID
    assert folder_digests(tmp_path) == before
    open_store(path).close()
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA application_id").fetchone() == (APPLICATION_ID,)
        assert connection.execute("SELECT count(*) FROM process_models").fetchone() == (1,)


def test_an_older_schema_is_read_without_migrating_the_file(cli, tmp_path: Path) -> None:
    """A read command on a file one revision behind reads an upgraded copy; the file keeps its revision."""
    path = werkstatt_file(tmp_path / "werkstatt.sqlite")
    head = migrate.head_revision()
    previous = migrate.script_directory().get_revision(head).down_revision
    store = open_store(path)
    migrate.downgrade(store.engine, previous)
    store.close()
    set_header(path, application_id=0)  # written before the mark existed
    before = folder_digests(tmp_path)
    listed = cli("list", "models", "--json", db=path)
    assert listed.returncode == 0, listed.stderr
    assert [row["id"] for row in json.loads(listed.stdout)] == [MODEL_ID]
    assert folder_digests(tmp_path) == before  # no migration, no backup folder, no -wal/-shm
    store = open_store(path)  # a writer migrates, after a backup
    store.close()
    reader = open_store(path, read_only=True)
    assert migrate.current_revision(reader.engine) == head
    reader.close()
    assert (tmp_path / "backups").is_dir()


def test_read_commands_create_nothing_where_there_is_no_database(cli, tmp_path: Path) -> None:
    missing = tmp_path / "not" / "there" / "werkstatt.sqlite"
    empty = tmp_path / "empty.sqlite"
    empty.touch()
    before = folder_digests(tmp_path)
    for path in (missing, empty):
        for args in (["list", "models"], ["show", MODEL_ID], ["protocol", "x", "--out", str(tmp_path / "p.pdf")]):
            result = cli(*args, db=path)
            assert result.returncode == 1 and "keine Datenbank" in result.stderr, result.stderr
        with pytest.raises(StoreError) as caught:
            open_store(path, read_only=True)
        assert caught.value.message == nothing_to_read_message(path)
    assert folder_digests(tmp_path) == before
    assert cli("demo", db=empty).returncode == 0  # an empty file is a new database for a writer
    assert cli("list", "models", db=empty).returncode == 0


def test_a_healthy_database_on_a_read_only_drive(cli, tmp_path: Path) -> None:
    """Not "damaged", no invitation to restore a backup: its own sentence, and reading still works."""
    with read_only_folder(tmp_path / "drive") as drive:
        path = werkstatt_file(drive / "werkstatt.sqlite")
        empty = drive / "empty.sqlite"
        empty.touch()
        make_read_only(drive)
        before = folder_digests(drive)
        listed = cli("list", "models", "--json", db=path)
        assert listed.returncode == 0, listed.stderr
        assert [row["id"] for row in json.loads(listed.stdout)] == [MODEL_ID]
        for args in (["demo"], ["capture", MODEL_ID]):
            result = cli(*args, db=path, stdin="")
            assert result.returncode == 1
            assert result.stderr.strip() == read_only_message(path)
            assert damaged_message(path) not in result.stderr
        with pytest.raises(StoreError) as caught:
            open_store(path)  # what the window does
        assert caught.value.message == read_only_message(path)
        with pytest.raises(StoreError) as caught:
            open_store(empty)
        assert caught.value.message == read_only_message(empty)
        assert folder_digests(drive) == before
