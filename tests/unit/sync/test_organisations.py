"""A laptop that never synced: the register's organisations are offered (CLI and dialog), and
``--as`` accepts one the laptop does not have yet. Real SQLite registers, no mocks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from helpers.cli import run_cli
from werkstatt.edits.organisations import live_organisations
from werkstatt.model import SyncRegister
from werkstatt.register.admin import OrganisationEntry, default_organisations, init_register
from werkstatt.register.connect import open_register_engine, parse_address
from werkstatt.sync.gui_support import offered_organisations, register_organisations, sync_form
from werkstatt.ui.register.sync_dialog import SyncDialog

WORKER_TIMEOUT_MS = 30000


def make_register(folder: Path, entries: list[OrganisationEntry] | None = None) -> Path:
    path = folder / "register.sqlite"
    engine = open_register_engine(parse_address(str(path)))
    try:
        init_register(engine, entries or default_organisations(), str(path))
    finally:
        engine.dispose()
    return path


def test_the_cli_lists_the_registers_organisations_and_accepts_one_not_here(tmp_path: Path) -> None:
    register = make_register(tmp_path)
    laptop = tmp_path / "laptop.sqlite"  # never used: no database yet
    asked = run_cli("--lang", "en", "sync", "--register", str(register), db=laptop)
    assert asked.returncode == 1
    assert "--as" in asked.stderr and "Witten (Stadt Witten)" in asked.stderr and "EN-Kreis" in asked.stderr
    synced = run_cli("--lang", "en", "sync", "--register", str(register), "--as", "witten", db=laptop)
    assert synced.returncode == 0, synced.stderr
    assert "Stadt Witten" in synced.stdout
    listed = run_cli("--lang", "en", "organisations", "list", db=laptop)
    assert "Stadt Witten (Witten)" in listed.stdout and "Ennepe-Ruhr-Kreis" in listed.stdout
    again = run_cli("--lang", "en", "sync", db=laptop)  # remembered: no --as needed now
    assert again.returncode == 0, again.stderr


def test_register_organisations_read_a_file_and_never_make_one(tmp_path: Path, store) -> None:
    register = make_register(tmp_path, [OrganisationEntry("Stadt Schwelm", "Schwelm"),
                                        OrganisationEntry("TÜV Rheinland", "TÜV", "extern")])
    found = register_organisations(str(register))
    assert [(o.name, o.short_name, o.kind) for o in found] == [("Stadt Schwelm", "Schwelm", "stadt"),
                                                               ("TÜV Rheinland", "TÜV", "extern")]
    missing = tmp_path / "none.sqlite"
    assert register_organisations(str(missing)) == () and not missing.exists()
    not_a_register = tmp_path / "notes.txt"
    not_a_register.write_text("kein Register")
    assert register_organisations(str(not_a_register)) == ()
    assert not_a_register.read_text() == "kein Register"
    assert register_organisations("postgresql://witten@register.example/werkstatt") == ()
    # What the laptop already has is offered once, under its local entry.
    from werkstatt.edits import Editor
    from werkstatt.edits.organisations import AddOrganisation

    Editor(store).apply(AddOrganisation("stadt schwelm", short_name="SCHWELM"))
    with store.reading() as session:
        offered = offered_organisations(sync_form(session), found)
    assert [choice.key for choice in offered] == ["SCHWELM", "TÜV"]


def test_the_dialog_offers_the_registers_organisations_on_a_bare_laptop(qtbot, workspace, tmp_path) -> None:
    register = make_register(tmp_path)
    warnings: list[str] = []
    dialog = SyncDialog(workspace, warn=warnings.append)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.organisation.count() == 0  # nothing here yet
    dialog.address.setFocus()
    dialog.address.setText(str(register))
    qtbot.keyClick(dialog.address, Qt.Key.Key_Tab)  # leaving the field: editingFinished
    qtbot.waitUntil(lambda: dialog.organisation.count() == 6)
    assert dialog.chosen_organisation() is None  # offered, not guessed
    dialog.organisation.setCurrentIndex(dialog.organisation.findData("Witten"))
    with qtbot.waitSignal(dialog.synced, timeout=WORKER_TIMEOUT_MS):
        qtbot.mouseClick(dialog.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.worker is None)
    assert warnings == []
    with workspace.reading() as session:
        assert len(live_organisations(session)) == 6
        current = SyncRegister.current(session)
        assert current is not None and session.get(type(live_organisations(session)[0]),
                                                   current.organisation_id).name == "Stadt Witten"
    again = SyncDialog(workspace, warn=warnings.append)
    qtbot.addWidget(again)
    assert again.organisation.count() == 6 and again.chosen_organisation() == "Witten"
