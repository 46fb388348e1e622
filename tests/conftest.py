"""Shared fixtures: a fresh database per test, German messages, the CLI run as a real process."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from werkstatt import i18n
from werkstatt.edits import Editor
from werkstatt.store import Store, open_store

# CI replays the same examples every run, so that a red run is reproducible and a green one
# stays green; developers' runs draw new examples each time and keep finding new cases.
settings.register_profile("ci", derandomize=True, print_blob=True)
settings.load_profile("ci" if os.environ.get("CI") else "default")


def pytest_sessionstart(session: pytest.Session) -> None:
    """Compile the catalogues if a .ts changed since its .qm (the app reads only the .qm)."""
    from scripts import load_script

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


def run_cli(*args: str, db: Path | None = None, stdin: str | bytes | None = None,
            env: dict[str, str] | None = None, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """Run ``werkstatt`` as the user would, in a child process."""
    command = [sys.executable, "-m", "werkstatt.cli"]
    if db is not None:
        command += ["--db", str(db)]
    command += list(args)
    child_env = {k: v for k, v in os.environ.items() if k not in ("WERKSTATT_DB", "WERKSTATT_LANG")}
    child_env.update(env or {})
    data = stdin.encode() if isinstance(stdin, str) else stdin
    result = subprocess.run(command, input=data, capture_output=True, timeout=timeout, env=child_env, check=False)
    return subprocess.CompletedProcess(result.args, result.returncode, result.stdout.decode(), result.stderr.decode())


@pytest.fixture
def cli():
    return run_cli


@pytest.fixture(autouse=True)
def _collect_qt_garbage(request):
    """Collect a test's widgets while the QApplication is alive, not at interpreter exit.

    Python wrappers of Qt objects that a window left in reference cycles are otherwise freed by
    the garbage collection at pytest's exit, after Qt has torn down, and that crashed the process
    (a segmentation fault after every test had passed).
    """
    yield
    if request.node.path.name.startswith("test_ui_"):  # the window tests; a full collection costs time
        import gc

        gc.collect()


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
from pg_fixtures import *  # noqa
from sync_support import laptops, register  # noqa: E402, F401
from dist_support import (  # noqa: E402, F401
    distribution,
    pytest_collection_finish,
    pytest_collection_modifyitems,
    pytest_sessionfinish,
)
