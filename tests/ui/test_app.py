"""The application's frame: workspace and undo stack, translations, settings, crash reports."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from werkstatt.edits import AddLane, Create, rename_lane
from werkstatt.errors import EditError
from werkstatt.model import Lane, ProcessModel
from werkstatt.ui import crash
from werkstatt.ui.app import install_translators
from werkstatt.ui.settings import RECENT_WORKSHOPS, ROOM_DEPTH_M, Option, Settings


def lanes(workspace) -> list[str]:
    with workspace.reading() as session:
        return [lane.name for lane in session.scalars(select(Lane).where(Lane.deleted.is_(False)))]


def test_an_applied_edit_is_committed_undoable_and_redoable(workspace, qtbot) -> None:
    model = workspace.apply(Create(ProcessModel, name="M"))
    with qtbot.waitSignal(workspace.data_changed), qtbot.waitSignal(workspace.saved):
        workspace.apply(AddLane(model.id, "Kasse", organisation_id=None, position=None, lane_id=None))
    assert lanes(workspace) == ["Kasse"]
    assert workspace.undo_stack.count() == 2
    workspace.undo_stack.undo()
    assert lanes(workspace) == []
    workspace.undo_stack.redo()
    assert lanes(workspace) == ["Kasse"]


def test_a_refused_edit_changes_nothing_and_is_not_on_the_stack(workspace, qtbot) -> None:
    model = workspace.apply(Create(ProcessModel, name="M"))
    workspace.apply(AddLane(model.id, "Kasse", organisation_id=None, position=None, lane_id=None))
    count = workspace.undo_stack.count()
    with pytest.raises(EditError):
        workspace.apply(AddLane(model.id, "kasse", organisation_id=None, position=None, lane_id=None))
    with qtbot.waitSignal(workspace.failed) as failed:
        assert not workspace.try_apply(AddLane(model.id, "KASSE", organisation_id=None, position=None,
                                               lane_id=None))
    assert "KASSE" in failed.args[0]
    assert workspace.undo_stack.count() == count and lanes(workspace) == ["Kasse"]


def test_an_undo_that_can_no_longer_apply_is_a_sentence(workspace, qtbot, store) -> None:
    model = workspace.apply(Create(ProcessModel, name="M"))
    add = workspace.apply(AddLane(model.id, "Kasse", organisation_id=None, position=None, lane_id=None))
    workspace.apply(rename_lane(add.lane_id_created, "Stadtkasse"))
    with store.session() as session:  # another program deleted the lane meanwhile
        session.get(Lane, add.lane_id_created).deleted = True
    with qtbot.waitSignal(workspace.failed) as failed:
        workspace.undo_stack.undo()
    assert "Bahn" in failed.args[0]


def test_a_pasted_block_is_one_undo_step(workspace) -> None:
    model = workspace.apply(Create(ProcessModel, name="M"))
    before = workspace.undo_stack.count()
    with workspace.macro("Zwei Bahnen"):
        for name in ("A", "B"):
            workspace.apply(AddLane(model.id, name, organisation_id=None, position=None, lane_id=None))
    assert workspace.undo_stack.count() == before + 1
    workspace.undo_stack.undo()
    assert lanes(workspace) == []


def test_german_translations_reach_qt_and_qts_own_strings(qapp) -> None:
    translators = install_translators(qapp, "de")
    try:
        assert QCoreApplication.translate("MainWindow", "&Undo") == "&Rückgängig"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_settings_are_typed_and_kept_in_their_folder(settings_folder: Path) -> None:
    settings = Settings()
    assert settings.get(ROOM_DEPTH_M) == 8.0
    settings.set(ROOM_DEPTH_M, 11.5)
    for workshop in ("a", "b", "a", "c"):
        settings.remember_workshop(workshop)
    again = Settings()
    assert again.get(ROOM_DEPTH_M) == 11.5
    assert again.get(RECENT_WORKSHOPS) == ["c", "a", "b"]
    again.qsettings.setValue(ROOM_DEPTH_M.key, "tief")  # a hand-edited file
    assert again.get(ROOM_DEPTH_M) == 8.0
    assert Option("x", 3).convert("4") == 4 and Option("x", False).convert("true") is True
    assert (settings_folder / "werkstatt.ini").exists()


def test_a_bug_becomes_a_copyable_report(tmp_path: Path, qtbot) -> None:
    try:
        raise ZeroDivisionError("probe")
    except ZeroDivisionError:
        kind, error, tb = sys.exc_info()
    report = crash.crash_report(kind, error, tb)
    assert "ZeroDivisionError: probe" in report and "Werkstatt" in report
    saved = crash.write_report(report, tmp_path / "logs")
    assert saved is not None and saved.read_text(encoding="utf-8") == report
    dialog = crash.CrashDialog(report, saved, None)
    qtbot.addWidget(dialog)
    assert dialog.report.toPlainText() == report
    from PySide6.QtWidgets import QPushButton

    button = next(b for b in dialog.findChildren(QPushButton) if "opieren" in b.text())
    button.click()
    assert QApplication.clipboard().text() == report


def test_an_unwritable_log_folder_still_gives_the_dialog(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert crash.write_report("report", blocker / "logs") is None


# Imported only by what some commands need (the register's sync and map, the PDF export): never before the
# window's first frame.
NOT_AT_START = ("alembic", "reportlab", "keyring", "pydot")


def test_the_window_paints_its_first_frame_without_alembic_reportlab_or_the_workshop(demo_db: Path) -> None:
    """On an up-to-date database with a workshop: at the first frame none of NOT_AT_START is loaded and no
    workshop is open yet (the panels read theirs right after that frame)."""
    path = demo_db
    probe = ("import sys\n"
             "from pathlib import Path\n"
             "from werkstatt.ui.app import run_app\n"
             "from PySide6.QtWidgets import QApplication, QMainWindow\n"
             "def report(_ms):\n"
             "    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow))\n"
             f"    loaded = sorted({{m.split('.')[0] for m in sys.modules}} & set({NOT_AT_START!r}))\n"
             "    print(loaded, window.workspace.workshop_id, flush=True)\n"
             f"run_app(Path({str(path)!r}), first_paint=report)\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "WERKSTATT_CONFIG_DIR": str(path.parent / "config")}
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[] None"
