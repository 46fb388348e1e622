"""Alembic discipline: one head, upgrade from empty, down and up again with data in every table."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from werkstatt.model import Base
from werkstatt.store import migrate
from werkstatt.store import revision as fast_revision
from werkstatt.store.database import make_engine, open_store
from werkstatt.store.paths import backup_dir


def test_single_head() -> None:
    assert len(migrate.script_directory().get_heads()) == 1


def test_upgrade_from_empty_matches_the_model(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "empty.sqlite")
    migrate.upgrade(engine)
    from werkstatt.library.search_index import is_index_table

    # The search index (FTS5 and its shadow tables) is made by its migration, not declared as a model.
    opts = {"include_name": lambda name, type_, _parent: not (type_ == "table" and is_index_table(name))}
    with engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection, opts=opts), Base.metadata) == []
    engine.dispose()


def test_downgrade_and_upgrade_with_data_in_every_table(tmp_path: Path) -> None:
    from werkstatt.demo import create_demo
    from werkstatt.register.admin import default_organisations, init_register
    from werkstatt.register.connect import open_register_engine, parse_address
    from werkstatt.sync.engine import sync

    path = tmp_path / "full.sqlite"
    store = open_store(path)
    create_demo(store)
    register = open_register_engine(parse_address(str(tmp_path / "register.sqlite")))
    init_register(register, default_organisations(), "register")
    sync(store, register, display="register", organisation="EN-Kreis")  # fills the sync bookkeeping
    register.dispose()
    with store.engine.connect() as connection:
        counts = {t: connection.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar()
                  for t in Base.metadata.tables}
    # Conflicts need a second laptop; tests/unit/sync/test_engine.py has them.
    empty = [table for table, count in counts.items() if count == 0 and table != "sync_conflicts"]
    assert empty == [], f"the demo should fill every table, these are empty: {empty}"

    migrate.downgrade(store.engine, "base")
    assert set(inspect(store.engine).get_table_names()) <= {"alembic_version"}
    migrate.upgrade(store.engine)
    assert migrate.current_revision(store.engine) == migrate.head_revision()
    store.close()


def test_data_survives_a_migration_of_a_real_revision_step(tmp_path: Path) -> None:
    """Every revision pair: downgrade one step and upgrade again, the rows of older tables stay."""
    path = tmp_path / "steps.sqlite"
    store = open_store(path)
    from werkstatt.demo import create_demo

    create_demo(store)
    revisions = [s.revision for s in migrate.script_directory().walk_revisions()]
    for revision in revisions:
        script = migrate.script_directory().get_revision(revision)
        target = script.down_revision or "base"
        if target == "base":
            continue  # the first migration creates the tables themselves
        migrate.downgrade(store.engine, target)
        migrate.upgrade(store.engine, revision)
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM steps").scalar() >= 15
    store.close()


def test_backup_before_upgrade(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The code knows a newer head than the file: the file is backed up before the upgrade runs."""
    path = tmp_path / "db.sqlite"
    store = open_store(path)
    with store.session() as session:
        from werkstatt.model import Organisation

        session.add(Organisation(name="Stadt Wetter (Ruhr)", created_at=dt.datetime.now(dt.UTC)))
    store.close()
    real_head = migrate.head_revision()
    monkeypatch.setattr(migrate, "head_revision", lambda: "0002_future")
    monkeypatch.setattr(fast_revision, "HEAD", "0002_future")  # the fast check at opening knows the head too
    monkeypatch.setattr(migrate, "upgrade", lambda engine, target="head": None)
    store = open_store(path)
    store.close()
    backups = sorted(backup_dir(path).glob("*.sqlite"))
    assert len(backups) == 1 and "before-0002_future" in backups[0].name
    copy = sqlite3.connect(backups[0])
    assert copy.execute("SELECT name FROM organisations").fetchall() == [("Stadt Wetter (Ruhr)",)]
    assert copy.execute("SELECT version_num FROM alembic_version").fetchall() == [(real_head,)]
    copy.close()


def test_votes_go_down_to_people_and_come_back_with_the_same_result(tmp_path: Path) -> None:
    """0002 replaces the person on a vote by a token: down and up again, the totals and ranks are the same."""
    from werkstatt.demo import ROUND_ID, create_demo
    from werkstatt.voting.results import tally
    from werkstatt.voting.rounds import read_round

    store = open_store(tmp_path / "votes.sqlite")
    create_demo(store)

    def ranking() -> list[tuple[str, float, int]]:
        with store.read_session() as session:
            return [(item.label, item.total, item.rank) for item in tally(read_round(session, ROUND_ID)).items]

    before = ranking()
    migrate.downgrade(store.engine, "0001")
    with store.engine.connect() as connection:
        old = connection.exec_driver_sql("SELECT voter_id, target_kind, value FROM votes").fetchall()
    assert len(old) == 18 and all(voter and kind == "pain_point" for voter, kind, _ in old)
    assert sum(value for *_, value in old) == 28
    migrate.upgrade(store.engine)
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM round_voters").scalar() == 7
    # The old schema knew only items that got votes: the one without votes is not carried back.
    assert sorted(ranking()) == sorted(item for item in before if item[1] > 0)
    store.close()


def synced_demo_at_0005(tmp_path: Path):
    """A laptop that synced the demo with a register, taken back to schema 0005 (before change numbers)."""
    from werkstatt.demo import create_demo
    from werkstatt.register.admin import default_organisations, init_register
    from werkstatt.register.connect import open_register_engine, parse_address
    from werkstatt.sync.engine import sync

    store = open_store(tmp_path / "laptop.sqlite")
    create_demo(store)
    register = open_register_engine(parse_address(str(tmp_path / "register.sqlite")))
    init_register(register, default_organisations(), "register")
    sync(store, register, display="register", organisation="EN-Kreis")
    migrate.downgrade(store.engine, "0005")
    return store, register


def test_0006_numbers_the_rows_a_wrong_clock_had_hidden(tmp_path: Path) -> None:
    """Schema 0005 trusted the clock: it was three hours fast at the last sync, an edit made after the
    correction was never sent. 0006 marks it (its revision is not in the bookkeeping) and rows touched
    since the last read, not the rest; the next sync sends the edit."""
    from werkstatt.register import schema
    from werkstatt.sync.engine import sync

    store, register = synced_demo_at_0005(tmp_path)
    now = dt.datetime.now(dt.UTC)

    def stamp(moment: dt.datetime) -> str:  # as SQLAlchemy keeps times in SQLite: naive UTC, microseconds
        return moment.strftime("%Y-%m-%d %H:%M:%S.%f")

    with store.engine.begin() as connection:
        hidden, touched = connection.exec_driver_sql("SELECT id FROM steps ORDER BY position LIMIT 2").scalars()
        connection.exec_driver_sql("UPDATE sync_registers SET changes_read_at = ?",
                                   (stamp(now + dt.timedelta(hours=3)),))
        connection.exec_driver_sql("UPDATE steps SET updated_at = ?", (stamp(now - dt.timedelta(days=1)),))
        connection.exec_driver_sql("UPDATE steps SET label = 'Nach der Uhrkorrektur', revision = revision + 1, "
                                   "updated_at = ? WHERE id = ?", (stamp(now), hidden))
        # Touched (by the fast clock) after the last read, with no new revision: marked, harmless.
        connection.exec_driver_sql("UPDATE steps SET updated_at = ? WHERE id = ?",
                                   (stamp(now + dt.timedelta(hours=3, minutes=1)), touched))
    migrate.upgrade(store.engine)
    with store.engine.connect() as connection:
        marked = connection.exec_driver_sql("SELECT table_name, row_id, change_seq FROM local_changes "
                                            "WHERE table_name = 'steps'").fetchall()
        assert sorted(marked) == sorted([("steps", hidden, 1), ("steps", touched, 1)])
        assert connection.exec_driver_sql("SELECT value FROM change_counter").fetchall() == [(1,)]
        assert connection.exec_driver_sql("SELECT sent_seq FROM sync_registers").fetchall() == [(0,)]
    report = sync(store, register, display="register", organisation="EN-Kreis")
    assert dict(report.pushed) == {"steps": 1} and report.conflicts == []
    steps = schema.tables["steps"]
    with register.connect() as connection:
        assert connection.scalar(steps.select().with_only_columns(steps.c.label)
                                 .where(steps.c.id == hidden)) == "Nach der Uhrkorrektur"
    register.dispose()
    store.close()


def test_0006_down_lets_the_old_version_read_everything_and_up_again_sends_nothing_twice(tmp_path: Path) -> None:
    from werkstatt.sync.engine import sync

    store, register = synced_demo_at_0005(tmp_path)
    with store.engine.connect() as connection:
        # The older version would trust this time again: it is cleared, so its next sync reads all rows.
        assert connection.exec_driver_sql("SELECT changes_read_at FROM sync_registers").fetchall() == [(None,)]
        assert connection.exec_driver_sql(
            "SELECT count(*) FROM sqlite_master WHERE type = 'trigger'").scalar() == 0
        steps = connection.exec_driver_sql("SELECT count(*) FROM steps").scalar()
    migrate.upgrade(store.engine)
    with store.engine.connect() as connection:
        # No read time to go by: every row is marked; reading a row sent already is a comparison, no more.
        assert connection.exec_driver_sql(
            "SELECT count(*) FROM local_changes WHERE table_name = 'steps'").scalar() == steps
    report = sync(store, register, display="register", organisation="EN-Kreis")
    assert sum(report.pushed.values()) == 0 and report.conflicts == []
    register.dispose()
    store.close()


def test_0007_cleans_the_photos_an_older_version_stored(tmp_path: Path) -> None:
    """Before 0007 a photo kept its camera's EXIF (with the GPS position): the upgrade cleans and turns it;
    a row whose picture cannot be read stays as it is, and going down again changes nothing."""
    from PySide6.QtGui import QImage

    from helpers.photo_samples import SECRETS, camera_jpeg, corners
    from werkstatt.demo import create_demo

    store = open_store(tmp_path / "photos.sqlite")
    create_demo(store)
    migrate.downgrade(store.engine, "0006")
    dirty = camera_jpeg(6)
    with store.engine.begin() as connection:
        (photo_id,) = connection.exec_driver_sql("SELECT id FROM workshop_photos").scalars()
        connection.exec_driver_sql("UPDATE workshop_photos SET data = ?, width = 64, height = 32", (dirty,))
    migrate.upgrade(store.engine)
    with store.engine.connect() as connection:
        data, width, height = connection.exec_driver_sql(
            "SELECT data, width, height FROM workshop_photos WHERE id = ?", (photo_id,)).one()
    assert [secret for secret in SECRETS if secret in data] == [] and (width, height) == (32, 64)
    assert corners(QImage.fromData(data)) == {"red": "top right", "green": "bottom right"}
    migrate.downgrade(store.engine, "0006")
    with store.engine.begin() as connection:
        assert connection.exec_driver_sql("SELECT data FROM workshop_photos").scalar() == data
        connection.exec_driver_sql("UPDATE workshop_photos SET data = ?", (b"\xff\xd8 not a picture",))
    migrate.upgrade(store.engine)
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT data FROM workshop_photos").scalar() == b"\xff\xd8 not a picture"
    store.close()
