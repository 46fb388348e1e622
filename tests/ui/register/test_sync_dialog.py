"""The sync and conflict dialogs against real SQLite registers (and a real PostgreSQL for the password)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit
from sqlalchemy import select

from helpers.memory_keyring import MemoryKeyring
from helpers.postgres import *  # noqa: F403  (the throwaway PostgreSQL cluster, for the password test)
from helpers.sync_register import postgres_register
from werkstatt.demo import MODEL_ID, create_demo
from werkstatt.edits.editor import Editor
from werkstatt.edits.process import rename_step, set_step_attributes
from werkstatt.i18n import tr
from werkstatt.model import ProcessModel, Step
from werkstatt.register import schema
from werkstatt.register.admin import default_organisations, init_register
from werkstatt.register.connect import open_register_engine, parse_address
from werkstatt.register.credentials import KEYRING_SERVICE
from werkstatt.register.errors import RegisterError
from werkstatt.store.database import Store, open_store
from werkstatt.sync.cli import summary
from werkstatt.sync.conflicts import open_conflicts
from werkstatt.sync.engine import sync
from werkstatt.sync.gui_support import comparison_rows, field_name, format_value
from werkstatt.ui.register.conflict_dialog import MARKER, ConflictDialog
from werkstatt.ui.register.sync_dialog import SyncDialog

WORKER_TIMEOUT_MS = 30000


def make_register(folder: Path) -> Path:
    path = folder / "register.sqlite"
    engine = open_register_engine(parse_address(str(path)))
    try:
        init_register(engine, default_organisations(), str(path))
    finally:
        engine.dispose()
    return path


def dump(path: Path) -> dict[str, list[tuple]]:
    engine = open_register_engine(parse_address(str(path)))
    try:
        with engine.connect() as connection:
            return {name: sorted(tuple(row) for row in connection.execute(select(table)))
                    for name, table in schema.metadata.tables.items()}
    finally:
        engine.dispose()


def sync_directly(store: Store, path: Path, organisation: str = "EN-Kreis") -> None:
    engine = open_register_engine(parse_address(str(path)))
    try:
        sync(store, engine, display=str(path), organisation=organisation)
    finally:
        engine.dispose()


def step_label(store: Store, step_id: str) -> str:
    with store.reading() as session:
        return session.get(Step, step_id).label


def make_dialog(qtbot, workspace, warnings: list[str], **options) -> SyncDialog:
    dialog = SyncDialog(workspace, warn=warnings.append, **options)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def run_sync(qtbot, dialog: SyncDialog) -> None:
    """Click "Synchronise" and wait until the worker (and any retry it started) has finished."""
    qtbot.mouseClick(dialog.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=WORKER_TIMEOUT_MS)


# --- the pure helpers -------------------------------------------------------------------------------

def test_values_read_as_the_facilitator_writes_them() -> None:
    assert format_value("notes", None) == "–"
    assert format_value("processing_minutes", 7.5) == "7,5"
    assert format_value("case_volume", 12000) == "12.000"
    assert format_value("probability", 0.3) == "30\u00a0%"
    assert format_value("deleted", True) == tr("SyncFields", "yes")
    assert format_value("lane_id", "0123456789abcdef") == "01234567"  # unknown reference: a short id
    assert format_value("lane_id", "0123456789abcdef", names={"0123456789abcdef": "Bürgerbüro"}) == "Bürgerbüro"
    assert field_name("processing_minutes") == tr("SyncFields", "Processing time (min)")
    assert field_name("no_such_column") == "no_such_column"


# --- the sync dialog ----------------------------------------------------------------------------------

def test_the_dialog_syncs_the_demo_and_shows_the_summary(qtbot, demo_workspace, tmp_path) -> None:
    path = make_register(tmp_path)
    warnings: list[str] = []
    dialog = make_dialog(qtbot, demo_workspace, warnings)
    assert dialog.address.text() == ""  # never synced: nothing to prefill
    dialog.address.setText(str(path))
    dialog.organisation.setCurrentIndex(dialog.organisation.findData("EN-Kreis"))
    with qtbot.waitSignal(dialog.synced, timeout=WORKER_TIMEOUT_MS) as synced, \
            qtbot.waitSignal(demo_workspace.data_changed, timeout=WORKER_TIMEOUT_MS):
        qtbot.mouseClick(dialog.sync_button, Qt.MouseButton.LeftButton)
    report = synced.args[0]
    qtbot.waitUntil(lambda: dialog.worker is None)
    assert warnings == []
    assert report.pushed["steps"] > 0 and report.conflicts == []
    assert dialog.result.isVisible() and dialog.result.text() == summary(report)  # no conflicts: the CLI's words
    assert not dialog.conflicts_button.isVisible()
    with demo_workspace.reading() as session:
        steps = len(session.scalars(select(Step.id).where(Step.model_id == MODEL_ID)).all())
    assert len(dump(path)["steps"]) == steps

    # The next time the dialog remembers where and as whom this laptop syncs.
    again = make_dialog(qtbot, demo_workspace, warnings)
    assert again.address.text() == str(path)
    assert again.chosen_organisation() == "EN-Kreis"


def test_a_bad_address_is_one_sentence_and_the_input_stays(qtbot, demo_workspace, tmp_path) -> None:
    warnings: list[str] = []
    dialog = make_dialog(qtbot, demo_workspace, warnings)
    with_password = "postgresql://witten:geheim@register.example/werkstatt"
    dialog.address.setText(with_password)
    qtbot.mouseClick(dialog.sync_button, Qt.MouseButton.LeftButton)
    with pytest.raises(RegisterError) as refused:
        parse_address(with_password)
    assert dialog.worker is None and warnings == [refused.value.message]
    assert "geheim" not in warnings[0] and "\n" not in warnings[0]
    assert dialog.address.text() == with_password and dialog.isVisible()

    missing = str(tmp_path / "no such folder" / "register.sqlite")  # found only by the worker
    dialog.address.setText(missing)
    assert dialog.chosen_organisation() is None  # never synced: no guess, the user says which
    qtbot.mouseClick(dialog.sync_button, Qt.MouseButton.LeftButton)
    assert dialog.worker is None and warnings[1] == tr("SyncDialog", "Choose the organisation this laptop syncs as.")
    dialog.organisation.setCurrentIndex(dialog.organisation.findData("Witten"))
    run_sync(qtbot, dialog)
    assert len(warnings) == 3 and str(tmp_path / "no such folder") in warnings[2]
    assert dialog.address.text() == missing and dialog.chosen_organisation() == "Witten"
    assert dialog.sync_button.isEnabled() and not dialog.result.isVisible()


def test_cancelling_leaves_the_register_unchanged(qtbot, demo_workspace, tmp_path) -> None:
    path = make_register(tmp_path)
    before = dump(path)
    warnings: list[str] = []
    reports: list[object] = []
    dialog = make_dialog(qtbot, demo_workspace, warnings)
    dialog.synced.connect(reports.append)
    dialog.address.setText(str(path))
    dialog.organisation.setCurrentIndex(dialog.organisation.findData("EN-Kreis"))
    # Another laptop holds the register file: the worker waits at its first read, before any check.
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        qtbot.mouseClick(dialog.sync_button, Qt.MouseButton.LeftButton)
        assert dialog.worker is not None and dialog.progress is not None
        dialog.progress.canceled.emit()  # what its Cancel button (or Esc) does
        assert dialog.worker.cancel_requested.is_set()
    finally:
        holder.execute("COMMIT")
        holder.close()
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=WORKER_TIMEOUT_MS)
    assert warnings == [] and reports == []
    assert dialog.result.text() == tr("SyncEngine", "The sync was stopped; nothing was changed in the register.")
    assert dump(path) == before
    with demo_workspace.reading() as session:  # the laptop recorded nothing either
        assert open_conflicts(session) == []
    again = make_dialog(qtbot, demo_workspace, warnings)
    assert again.address.text() == ""


# --- conflicts --------------------------------------------------------------------------------------

@pytest.fixture
def laptop_a(tmp_path) -> Iterator[Store]:
    store = open_store(tmp_path / "laptop-a.sqlite")
    yield store
    store.close()


def in_conflict(workspace, laptop_a: Store, path: Path) -> str:
    """Laptop A and this laptop (the workspace) rename the same step offline; A syncs first."""
    create_demo(laptop_a)
    sync_directly(laptop_a, path)
    sync_directly(workspace.store, path)
    with laptop_a.reading() as session:
        steps = session.scalars(select(Step).where(Step.model_id == MODEL_ID).order_by(Step.position)).all()
    step, other = steps[3], steps[4]
    Editor(laptop_a).apply(rename_step(step.id, "Fassung von Laptop A"))
    Editor(workspace.store).apply(rename_step(step.id, "Fassung von diesem Laptop"))
    Editor(workspace.store).apply(set_step_attributes(other.id, processing_minutes=42))
    sync_directly(laptop_a, path)
    return step.id


def test_a_conflict_found_by_the_dialog_opens_in_the_conflict_dialog(qtbot, workspace, laptop_a, tmp_path) -> None:
    path = make_register(tmp_path)
    step_id = in_conflict(workspace, laptop_a, path)
    warnings: list[str] = []
    dialog = make_dialog(qtbot, workspace, warnings)
    assert dialog.address.text() == str(path) and dialog.chosen_organisation() == "EN-Kreis"
    run_sync(qtbot, dialog)
    assert warnings == [] and len(dialog.last_report.conflicts) == 1
    assert "werkstatt conflicts" not in dialog.result.text()  # the terminal command means nothing here
    assert dialog.result.text().count("\n") == summary(dialog.last_report).count("\n")
    assert dialog.conflicts_button.isVisible()
    qtbot.mouseClick(dialog.conflicts_button, Qt.MouseButton.LeftButton)
    conflicts = dialog.conflict_dialog
    assert isinstance(conflicts, ConflictDialog) and conflicts.isVisible()
    assert [conflicts.list.item(row).text() for row in range(conflicts.list.count())] == \
        [f"{tr('Sync', 'Step')} „Fassung von diesem Laptop“"]
    table = {conflicts.table.item(row, 0).text(): (conflicts.table.item(row, 1).text(),
                                                    conflicts.table.item(row, 2).text())
             for row in range(conflicts.table.rowCount())}
    label = MARKER + field_name("label")
    assert table[label] == ("Fassung von diesem Laptop", "Fassung von Laptop A")
    assert conflicts.table.item(list(table).index(label), 1).font().bold()
    assert not conflicts.table.item(list(table).index(field_name("lane_id")), 1).font().bold()
    assert step_label(workspace.store, step_id) == "Fassung von diesem Laptop"  # nothing overwritten here


@pytest.mark.parametrize("choice", ["mine", "theirs", "both"])
def test_each_button_resolves_the_conflict(qtbot, workspace, laptop_a, tmp_path, choice) -> None:
    path = make_register(tmp_path)
    step_id = in_conflict(workspace, laptop_a, path)
    sync_directly(workspace.store, path)
    questions: list[str] = []
    warnings: list[str] = []
    dialog = ConflictDialog(workspace, warn=warnings.append, confirm=lambda q: questions.append(q) or True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.list.count() == 1 and dialog.keep_mine.isEnabled()
    button = {"mine": dialog.keep_mine, "theirs": dialog.take_theirs, "both": dialog.keep_both}[choice]
    with qtbot.waitSignal(dialog.resolved) as resolved, qtbot.waitSignal(workspace.data_changed):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert warnings == [] and resolved.args[0]
    assert len(questions) == (1 if choice == "theirs" else 0)  # only taking theirs loses something here
    assert not dialog.isVisible() and dialog.result() == dialog.DialogCode.Accepted
    with workspace.reading() as session:
        assert open_conflicts(session) == []
        variant = session.scalar(select(ProcessModel).where(ProcessModel.based_on_id == MODEL_ID))
        variant_labels = session.scalars(select(Step.label).where(Step.model_id == variant.id)).all() \
            if variant else []
    expected = "Fassung von diesem Laptop" if choice == "mine" else "Fassung von Laptop A"
    assert step_label(workspace.store, step_id) == expected
    assert ("Fassung von diesem Laptop" in variant_labels) == (choice == "both")


def test_the_conflict_dialog_works_from_the_keyboard_and_says_when_none_are_left(qtbot, workspace, laptop_a,
                                                                                 tmp_path, show_active) -> None:
    path = make_register(tmp_path)
    in_conflict(workspace, laptop_a, path)
    sync_directly(workspace.store, path)
    dialog = show_active(ConflictDialog(workspace, warn=pytest.fail))
    assert dialog.focusWidget() is dialog.list
    qtbot.keyClick(dialog.list, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.table
    qtbot.keyClick(dialog.table, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.keep_mine
    with qtbot.waitSignal(dialog.resolved):
        qtbot.keyClick(dialog.table, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)  # "Keep &mine"
    assert not dialog.isVisible()
    empty = ConflictDialog(workspace)
    qtbot.addWidget(empty)
    assert empty.list.count() == 0 and not empty.keep_both.isEnabled()
    assert empty.message.text() == tr("ConflictDialog", "There are no open conflicts.")


def test_a_cancelled_take_theirs_changes_nothing(qtbot, workspace, laptop_a, tmp_path) -> None:
    path = make_register(tmp_path)
    step_id = in_conflict(workspace, laptop_a, path)
    sync_directly(workspace.store, path)
    dialog = ConflictDialog(workspace, warn=pytest.fail, confirm=lambda _question: False)
    qtbot.addWidget(dialog)
    assert dialog.resolve_selected("theirs") is None
    assert dialog.list.count() == 1 and step_label(workspace.store, step_id) == "Fassung von diesem Laptop"


def test_comparison_rows_name_references_and_mark_differences(workspace, laptop_a, tmp_path) -> None:
    from werkstatt.sync.gui_support import reference_names

    path = make_register(tmp_path)
    in_conflict(workspace, laptop_a, path)
    sync_directly(workspace.store, path)
    with workspace.reading() as session:
        [conflict] = open_conflicts(session)
        names = reference_names(session, [conflict])
    rows = {row.column: row for row in comparison_rows(conflict, names)}
    assert rows["label"].differs and not rows["lane_id"].differs
    assert "id" not in rows and "deleted" not in rows  # bookkeeping, and a tombstone both sides agree on
    assert rows["lane_id"].mine == names[conflict.mine["lane_id"]] and len(rows["lane_id"].mine) > 8
    with workspace.reading() as session:
        assert rows["model_id"].mine == session.get(ProcessModel, MODEL_ID).name


# --- the password, asked in the GUI thread -----------------------------------------------------------

def test_a_postgresql_password_is_asked_once_and_kept_in_the_keyring(qtbot, demo_workspace, postgres, monkeypatch,
                                                                     tmp_path) -> None:
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))
    before = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    register = postgres_register(postgres)
    try:
        asked: list[tuple[str, bool]] = []
        warnings: list[str] = []
        password = register.passwords["EN-Kreis"]

        def answer(prompt: str, keyring_offered: bool) -> tuple[str, bool]:
            asked.append((prompt, keyring_offered))
            return password, True

        dialog = make_dialog(qtbot, demo_workspace, warnings, ask_password=answer)
        dialog.address.setText(register.logins["EN-Kreis"])
        dialog.organisation.setCurrentIndex(dialog.organisation.findData("EN-Kreis"))
        with qtbot.waitSignal(dialog.synced, timeout=WORKER_TIMEOUT_MS) as synced:
            qtbot.mouseClick(dialog.sync_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.worker is None, timeout=WORKER_TIMEOUT_MS)
        assert warnings == [] and synced.args[0].pushed["steps"] > 0
        assert len(asked) == 1 and asked[0][1] is True
        assert list(ring.passwords.values()) == [password]
        assert all(service == KEYRING_SERVICE for service, _key in ring.passwords)
        shown = [w.text() for w in dialog.findChildren(QLabel)] + [w.text() for w in dialog.findChildren(QLineEdit)]
        assert not any(password in text for text in shown)

        run_sync(qtbot, dialog)  # the keyring has it now: not asked again
        assert len(asked) == 1 and warnings == []
    finally:
        register.close()
        keyring.set_keyring(before)
