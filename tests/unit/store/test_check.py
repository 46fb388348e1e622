"""The start-up check stays cheap: a clean open reads no more than the header and the schema; the full
check (every page) runs after an unclean shutdown or on request, says what it found in one sentence,
and writes nothing (issue 24)."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from werkstatt.errors import StoreError
from werkstatt.model import Organisation
from werkstatt.store import check as store_check
from werkstatt.store.check import check_store
from werkstatt.store.database import open_store
from werkstatt.store.inspect import damaged_message

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def folder_state(folder: Path) -> dict[str, str]:
    return {path.name: digest(path) for path in sorted(folder.iterdir()) if path.is_file()}


def a_database(path: Path) -> Path:
    """A closed Werkstatt database with a few hundred organisations (tens of pages)."""
    store = open_store(path)
    with store.session() as session:
        session.add_all(Organisation(name=f"Gemeinde {number:04d} " + "x" * 120, kind="gemeinde")
                        for number in range(400))
    store.close()
    assert not Path(f"{path}-wal").exists()  # closed cleanly: SQLite took its WAL back
    return path


def damage_a_page(path: Path) -> int:
    """Overwrite the header of one leaf page of the organisations table, as a failing disk would."""
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        page = connection.execute("SELECT pageno FROM dbstat WHERE name = 'organisations' AND pagetype = 'leaf' "
                                  "ORDER BY pageno LIMIT 1 OFFSET 3").fetchone()[0]
    finally:
        connection.close()
    with path.open("r+b") as handle:
        handle.seek((page - 1) * page_size)
        handle.write(b"\xff" * 12)
    return page


def crash_image(path: Path, into: Path) -> Path:
    """What a killed program leaves: the file and a non-empty -wal, copied while a writer holds it open."""
    into.mkdir()
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA wal_autocheckpoint = 0")
        connection.execute("PRAGMA user_version = 7")  # a committed write that lives only in the WAL
        shutil.copy(path, into / path.name)
        shutil.copy(f"{path}-wal", into / f"{path.name}-wal")
    finally:
        connection.close()
    crashed = into / path.name
    assert Path(f"{crashed}-wal").stat().st_size > 0
    return crashed


def test_a_clean_open_does_not_read_every_page(tmp_path: Path) -> None:
    path = a_database(tmp_path / "werkstatt.sqlite")
    damage_a_page(path)
    store = open_store(path)  # only the explicit check reads the damaged page
    assert not store.needs_check
    store.close()
    result = check_store(path)
    assert not result.ok and not result.cancelled and result.problems
    assert str(path) in result.sentence and "\n" not in result.sentence and result.sentence.endswith(".")


def test_the_check_finds_a_damaged_page_and_writes_nothing(tmp_path: Path) -> None:
    path = a_database(tmp_path / "werkstatt.sqlite")
    assert check_store(path).ok
    assert check_store(path).sentence.endswith(".")
    damage_a_page(path)
    before = folder_state(tmp_path)
    calls: list[tuple[int, int]] = []
    result = check_store(path, progress=lambda done, total: calls.append((done, total)))
    assert not result.ok
    assert folder_state(tmp_path) == before  # no byte changed, no -wal/-shm left beside it
    assert calls[0] == (0, 0)


def test_an_unclean_shutdown_triggers_the_full_check(tmp_path: Path) -> None:
    path = a_database(tmp_path / "werkstatt.sqlite")
    intact = crash_image(path, tmp_path / "intact")
    store = open_store(intact)  # checked in full, found intact, opened
    assert not store.needs_check
    store.close()
    damage_a_page(path)
    crashed = crash_image(path, tmp_path / "crashed")
    before = folder_state(crashed.parent)
    with pytest.raises(StoreError) as caught:
        open_store(crashed)
    assert str(caught.value) == damaged_message(crashed)
    with pytest.raises(StoreError):
        open_store(crashed, read_only=True)
    assert folder_state(crashed.parent) == before


def test_the_window_may_defer_the_check_to_the_background(tmp_path: Path) -> None:
    path = a_database(tmp_path / "werkstatt.sqlite")
    damage_a_page(path)
    crashed = crash_image(path, tmp_path / "crashed")
    store = open_store(crashed, deferred_check=True)
    try:
        assert store.needs_check
        assert not check_store(crashed).ok  # through the running store's -wal: still nothing written
    finally:
        store.close()


def test_the_check_can_be_cancelled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = a_database(tmp_path / "werkstatt.sqlite")
    monkeypatch.setattr(store_check, "PROGRESS_STEPS", 10)  # asked often enough on a small file
    result = check_store(path, cancelled=lambda: True)
    assert result.cancelled and not result.ok
    assert "abgebrochen" in result.sentence or "cancelled" in result.sentence


def test_the_window_checks_in_the_background_after_an_unclean_shutdown(tmp_path: Path, qtbot, settings_folder) -> None:
    from werkstatt.capture import catalogue
    from werkstatt.ui.main_window import MainWindow
    from werkstatt.ui.settings import Settings
    from werkstatt.ui.workspace import Workspace

    crashed = crash_image(a_database(tmp_path / "werkstatt.sqlite"), tmp_path / "crashed")
    store = open_store(crashed, deferred_check=True)
    try:
        window = MainWindow(Workspace(store), Settings(), catalogue.load_default())
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.store_check.last is not None, timeout=10000)
        assert window.store_check.last.ok and not window.store_check.running()
        assert window.statusBar().currentMessage() == window.store_check.last.sentence
        # Taking the progress bar away showed the "saved" line again under the message: both were painted.
        assert not window.saved_label.isVisible()
        assert window.store_check.action in window.menuBar().actions()[0].menu().actions()
        window.close()
        window.projector.shutdown()
    finally:
        store.close()


def test_werkstatt_check_on_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from werkstatt.cli import main

    path = a_database(tmp_path / "werkstatt.sqlite")
    assert main(["--db", str(path), "check"]) == 0
    assert str(path) in capsys.readouterr().out
    damage_a_page(path)
    before = folder_state(tmp_path)
    assert main(["--db", str(path), "check"]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and len(captured.err.strip().splitlines()) == 1 and str(path) in captured.err
    assert folder_state(tmp_path) == before
    assert main(["--db", str(tmp_path / "fehlt.sqlite"), "check"]) == 1
    assert "fehlt.sqlite" in capsys.readouterr().err and not (tmp_path / "fehlt.sqlite").exists()
