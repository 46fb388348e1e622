"""The protocol from the window: written off the GUI thread, opened when done, cancellable, refusals said."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from werkstatt.ui.protocol.export import ProtocolExporter, suggested_name


@pytest.fixture
def exporter(demo_workspace, qtbot):
    from PySide6.QtWidgets import QWidget

    window = QWidget()
    qtbot.addWidget(window)
    opened: list[Path] = []
    warnings: list[str] = []
    exporter = ProtocolExporter(demo_workspace, window, opener=opened.append, warn=warnings.append)
    exporter.opened, exporter.warnings = opened, warnings
    yield exporter
    exporter.shutdown()


def test_the_protocol_is_written_in_a_worker_and_opened(exporter, tmp_path: Path, qtbot) -> None:
    out = tmp_path / "Protokoll.pdf"
    with qtbot.waitSignal(exporter.written, timeout=30000):
        worker = exporter.start(out, names=False, language="en")
        assert worker.isRunning() or worker.isFinished()
    assert exporter.opened == [out] and exporter.warnings == []
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "Erika Musterfrau" not in text  # names left out, as chosen
    qtbot.waitUntil(lambda: exporter.worker is None)


def test_a_folder_that_does_not_exist_is_said_and_nothing_opens(exporter, tmp_path: Path, qtbot) -> None:
    exporter.start(tmp_path / "missing" / "p.pdf")
    qtbot.waitUntil(lambda: exporter.worker is None, timeout=120000)  # a wait on a signal could begin too late
    assert exporter.opened == [] and len(exporter.warnings) == 1 and "missing" in exporter.warnings[0]


def test_cancelling_leaves_no_file(exporter, tmp_path: Path, qtbot) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "p.pdf"
    worker = exporter.start(out)
    worker.cancel_requested.set()
    qtbot.waitUntil(lambda: exporter.worker is None, timeout=120000)
    assert not out.exists() or exporter.opened == [out]  # it may have finished before the cancel arrived
    assert [p for p in folder.iterdir() if p.name != "p.pdf"] == []  # no temporary file left behind


def test_suggested_names_are_safe_file_names() -> None:
    import datetime as dt

    name = suggested_name('Werkstatt: "A/B" <Test>', dt.date(2026, 12, 3))
    assert not any(char in name for char in '/:"<>') and name.endswith("2026-12-03.pdf")


def test_an_unexpected_fault_of_the_engine_is_said_not_swallowed(exporter, tmp_path: Path, qtbot) -> None:
    """Any error in the thread reaches the user as a sentence; before, only WerkstattError did."""
    out = tmp_path / "p.pdf"
    exporter.start(out, paper="B5")  # no such paper: a KeyError deep in the diagram pages
    qtbot.waitUntil(lambda: exporter.worker is None, timeout=120000)  # it may fail before a wait could begin
    assert exporter.opened == [] and not out.exists()
    assert len(exporter.warnings) == 1 and "Protokoll konnte nicht geschrieben" in exporter.warnings[0]


def test_without_a_documents_folder_the_protocol_is_suggested_in_the_home_folder(
        demo_workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from werkstatt.ui.protocol.export import suggested_path

    monkeypatch.setenv("HOME", str(tmp_path))  # a fresh account: no Documents folder yet
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / ".config"))
    assert suggested_path(demo_workspace).parent == tmp_path
    (tmp_path / "Documents").mkdir()
    assert suggested_path(demo_workspace).parent == tmp_path / "Documents"
