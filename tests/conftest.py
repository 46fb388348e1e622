"""Shared fixtures: a fresh database per test, German messages, the CLI run as a real process."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from helpers.cli import run_cli
from werkstatt import i18n
from werkstatt.demo import create_demo
from werkstatt.edits import Editor
from werkstatt.store.database import Store, open_store

# CI replays the same examples every run, so that a red run is reproducible and a green one
# stays green; developers' runs draw new examples each time and keep finding new cases.
settings.register_profile("ci", derandomize=True, print_blob=True)
settings.load_profile("ci" if os.environ.get("CI") else "default")

# The throwaway PostgreSQL cluster, the laptops-and-register pair, the distribution build, bpmn.io's kit
# and the demo protocol.
pytest_plugins = ["helpers.postgres", "helpers.sync_register", "helpers.dist", "helpers.bpmn",
                  "helpers.pdf"]


def pytest_sessionstart(session: pytest.Session) -> None:
    """Compile the catalogues if a .ts changed since its .qm (the app reads only the .qm)."""
    from helpers.scripts import load_script

    tool = load_script("tools/translations.py")
    if tool.stale():
        tool.release()


@pytest.fixture(autouse=True)
def german(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv("WERKSTATT_LANG", raising=False)
    monkeypatch.delenv("WERKSTATT_DB", raising=False)
    i18n.set_language("de")
    yield
    i18n.set_language("de")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "werkstatt.sqlite"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    opened = open_store(db_path)
    yield opened
    opened.close()


@pytest.fixture
def editor(store: Store) -> Editor:
    return Editor(store)


@pytest.fixture
def english() -> None:
    """English messages, for the tests that assert a sentence in its English source form."""
    i18n.set_language("en")


@pytest.fixture
def demo(editor: Editor) -> Editor:
    """The editor on a database that holds the demo workshop."""
    create_demo(editor.store)
    return editor


@pytest.fixture
def demo_store(demo: Editor) -> Store:
    """The store of a database that holds the demo workshop."""
    return demo.store


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    """A database file that holds the demo workshop, closed, for the command line to open."""
    path = tmp_path / "demo.sqlite"
    store = open_store(path)
    try:
        create_demo(store)
    finally:
        store.close()
    return path


@pytest.fixture
def cli():
    return run_cli


@pytest.fixture(autouse=True, scope="session")
def _one_qt_application(qapp):
    """One QApplication for the whole session (habit 19): code that only needs a QGuiApplication,
    such as the PNG export, finds it instead of making one that pytest-qt could not use later."""
    return qapp


@pytest.fixture
def settings_folder(tmp_path: Path) -> Iterator[Path]:
    """QSettings in a temporary folder, so that no test reads or writes the developer's settings."""
    from werkstatt.ui.settings import Settings

    folder = tmp_path / "settings"
    folder.mkdir()
    Settings.use_folder(folder)
    yield folder
    Settings.use_folder(None)


@pytest.fixture
def workspace(store: Store, settings_folder: Path, qapp):
    from werkstatt.ui.workspace import Workspace

    return Workspace(store)


@pytest.fixture
def demo_workspace(workspace):
    """A workspace on the demo workshop, with the demo workshop and its as-is model open."""
    from werkstatt.demo import MODEL_ID, WORKSHOP_ID, create_demo

    create_demo(workspace.store)
    workspace.open_workshop(WORKSHOP_ID)
    workspace.open_model(MODEL_ID)
    return workspace
