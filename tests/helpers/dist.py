"""The distribution build runs on the second core while the rest of the suite runs on the first.

The suite is serial (Qt), so the machine's other core is idle for ten minutes: installer/build.py
(wheel, clean venvs, PyInstaller, Linux bundle, makensis) starts as a child process once the
collection shows that tests/dist/test_distribution.py is selected, and that file's tests, moved to the
end of the run, wait for it and check what it built. WERKSTATT_DIST_DIR keeps the build in a folder
of your choice (to look at it afterwards); otherwise it goes to a temporary folder that is removed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from helpers.paths import REPO

ROOT = REPO
DISTRIBUTION_TESTS = "test_distribution.py"
BUILD_TIMEOUT = 1200


@dataclass
class DistributionBuild:
    out: Path
    process: subprocess.Popen
    keep: bool

    def wait(self) -> int:
        try:
            return self.process.wait(timeout=BUILD_TIMEOUT)
        except subprocess.TimeoutExpired:
            self.process.kill()
            return self.process.wait()

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        if not self.keep:
            shutil.rmtree(self.out, ignore_errors=True)


_build: DistributionBuild | None = None


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(session: pytest.Session, config: pytest.Config, items: list[pytest.Item]) -> None:
    items.sort(key=lambda item: item.path.name == DISTRIBUTION_TESTS)  # stable: the rest keep their order


def pytest_collection_finish(session: pytest.Session) -> None:
    global _build
    if not any(item.path.name == DISTRIBUTION_TESTS for item in session.items):
        return
    chosen = os.environ.get("WERKSTATT_DIST_DIR")
    out = Path(chosen) if chosen else Path(tempfile.mkdtemp(prefix="werkstatt-dist-"))
    out.mkdir(parents=True, exist_ok=True)
    # zlib: a 300 MB payload compresses in seconds; a release build keeps the default, lzma.
    command = [sys.executable, str(ROOT / "installer" / "build.py"), "--out", str(out), "--compressor", "zlib"]
    with (out / "build.out").open("w", encoding="utf-8") as log:
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, cwd=ROOT,
                                   env={key: value for key, value in os.environ.items() if key != "QT_QPA_PLATFORM"})
    _build = DistributionBuild(out, process, keep=bool(chosen))


def pytest_sessionfinish(session: pytest.Session) -> None:
    if _build is not None:
        _build.stop()


@pytest.fixture(scope="session")
def distribution() -> DistributionBuild:
    if _build is None:
        pytest.fail("the distribution build was not started (collection hook)")
    return _build
