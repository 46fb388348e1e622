"""The local store guards the user's file: pragmas, damaged files, unwritable paths, newer schemas."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from werkstatt.errors import StoreError
from werkstatt.model import Organisation
from werkstatt.store import migrate
from werkstatt.store.database import open_store
from werkstatt.store.paths import backup_dir, resolve_db_path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_database_is_migrated_with_safe_pragmas(store) -> None:
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    assert migrate.current_revision(store.engine) == migrate.head_revision()


def test_foreign_keys_are_enforced(store) -> None:
    from sqlalchemy.exc import IntegrityError

    from werkstatt.model import Person

    with pytest.raises((StoreError, IntegrityError)), store.session() as session:
        session.add(Person(name="Niemand", organisation_id="no-such-organisation"))


def test_rows_get_uuid_utc_timestamps_and_revisions(store) -> None:
    with store.session() as session:
        org = Organisation(name="Stadt Witten", kind="stadt")
        session.add(org)
    assert len(org.id) == 36 and org.created_at.utcoffset().total_seconds() == 0
    assert org.revision == 1 and org.deleted is False
    with store.session() as session:
        session.get(Organisation, org.id).name = "Stadt Witten an der Ruhr"
    with store.read_session() as session:
        assert session.get(Organisation, org.id).revision == 2


@pytest.mark.parametrize(
    "content",
    [
        b"this is not a database at all",
        b"SQLite format 3\x00" + b"\xff" * 200,
        os.urandom(4096),
        b"PK\x03\x04 zip file header",
    ],
    ids=["text", "broken-header", "random", "zip"],
)
def test_damaged_file_is_refused_and_left_byte_for_byte(db_path: Path, content: bytes) -> None:
    db_path.write_bytes(content)
    before = digest(db_path)
    with pytest.raises(StoreError) as caught:
        open_store(db_path)
    assert str(db_path) in str(caught.value)
    assert "unverändert" in str(caught.value)
    assert digest(db_path) == before
    assert not Path(f"{db_path}-wal").exists()


def test_truncated_database_is_refused_and_left_alone(store, db_path: Path) -> None:
    with store.session() as session:
        session.add_all(Organisation(name=f"Organisation {i}", kind="stadt") for i in range(500))
    store.close()
    connection = sqlite3.connect(db_path)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    data = db_path.read_bytes()
    db_path.write_bytes(data[: len(data) // 2])
    before = digest(db_path)
    with pytest.raises(StoreError):
        open_store(db_path)
    assert digest(db_path) == before


def test_folder_instead_of_file(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="Ordner"):
        open_store(tmp_path)


def test_unwritable_location_is_a_sentence(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(StoreError) as caught:
        open_store(blocker / "sub" / "werkstatt.sqlite")
    assert "Ordner" in str(caught.value)


def test_location_nobody_may_write(tmp_path: Path) -> None:
    # /proc refuses new folders even to root, as a full or read-only share would.
    with pytest.raises(StoreError) as caught:
        open_store(Path("/proc/werkstatt-test/werkstatt.sqlite"))
    assert "/proc/werkstatt-test" in str(caught.value)


def test_newer_schema_is_refused_and_file_untouched(store, db_path: Path) -> None:
    store.close()
    connection = sqlite3.connect(db_path)
    connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.commit()
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    before = digest(db_path)
    with pytest.raises(StoreError, match="neueren"):
        open_store(db_path)
    assert digest(db_path) == before


def test_path_resolution_order(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("WERKSTATT_DB", str(tmp_path / "env.sqlite"))
    assert resolve_db_path(tmp_path / "flag.sqlite") == tmp_path / "flag.sqlite"
    assert resolve_db_path(None) == tmp_path / "env.sqlite"
    monkeypatch.delenv("WERKSTATT_DB")
    assert resolve_db_path(None).name == "werkstatt.sqlite"


def test_backup_dir_sits_beside_the_database(db_path: Path) -> None:
    assert backup_dir(db_path) == db_path.parent / "backups"
