"""What the IT department installs: the wheel in a clean venv, the frozen program, the Linux bundle and
the Windows installer, built by installer/build.py on the second core while the suite runs (helpers/dist.py)."""

from __future__ import annotations

from helpers.paths import REPO
import json
import os
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

import werkstatt
from helpers.scripts import load_script

ROOT = REPO


def load_smoke():
    return load_script("installer/smoke.py")


@pytest.fixture(scope="module")
def built(distribution) -> dict:
    code = distribution.wait()
    report_file = distribution.out / "build.json"
    report = json.loads(report_file.read_text(encoding="utf-8")) if report_file.exists() else {}
    output = (distribution.out / "build.out").read_text(encoding="utf-8", errors="replace")
    assert code == 0, f"installer/build.py failed:\n{report.get('error') or output[-4000:]}"
    return report


def test_every_artefact_was_built(built) -> None:
    assert set(built["steps"]) == {"wheel", "frozen", "linux", "windows"}
    for key in ("wheel", "wheel_program", "frozen_program", "linux_bundle", "windows_installer"):
        assert Path(built[key]).is_file(), key


def test_the_wheel_carries_resources_and_compiled_catalogues_but_no_sources_of_them(built) -> None:
    names = set(zipfile.ZipFile(built["wheel"]).namelist())
    for needed in ("werkstatt/translations/werkstatt_de.qm", "werkstatt/translations/werkstatt_en.qm",
                   "werkstatt/resources/building_blocks.json", "werkstatt/resources/fonts/LiberationSans-Regular.ttf",
                   "werkstatt/resources/icons/werkstatt.svg", "werkstatt/resources/guide/benutzerhandbuch.md",
                   "werkstatt/resources/demo/pinnwand.jpg",
                   "werkstatt/store/migrations/versions/0001_initial_schema.py",
                   "werkstatt/register/migrations/versions/r0001_register.py"):
        assert needed in names, needed
    assert not [name for name in names if name.endswith(".ts")]


def test_the_clean_venv_holds_consistent_dependencies(built) -> None:
    python = Path(built["wheel_program"]).with_name("python")
    result = subprocess.run([python, "-m", "pip", "check"], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    listed = subprocess.run([python, "-m", "pip", "list", "--format=json"], capture_output=True, text=True, check=True)
    installed = {entry["name"].lower() for entry in json.loads(listed.stdout)}
    assert "werkstatt" in installed and not installed & {"pytest", "pyinstaller", "hypothesis"}


@pytest.mark.parametrize("which", ["wheel_program", "frozen_program"])
def test_the_built_program_passes_the_smoke_test(built, which: str) -> None:
    assert load_smoke().check(Path(built[which]), werkstatt.__version__) == []


def test_the_frozen_program_brings_qts_german_strings(built) -> None:
    internal = Path(built["frozen_program"]).parent / "_internal"
    assert list(internal.rglob("qtbase_de.qm")) and list(internal.rglob("werkstatt_de.qm"))


def test_the_linux_bundle_installs_with_its_desktop_files_and_uninstalls(built, tmp_path: Path) -> None:
    top = f"werkstatt-{werkstatt.__version__}"
    with tarfile.open(built["linux_bundle"]) as archive:
        members = {member.name: member for member in archive.getmembers()}
        for needed in ("werkstatt", "install.sh", "de.prozesswerkstatt.Werkstatt.desktop",
                       "de.prozesswerkstatt.Werkstatt.metainfo.xml", "werkstatt-package.xml",
                       "share/icons/hicolor/256x256/apps/de.prozesswerkstatt.Werkstatt.png"):
            assert f"{top}/{needed}" in members, needed
    # Unpacked with tar, as the user does (and Debian 12's Python 3.11.2 has no extraction filters yet).
    subprocess.run(["tar", "xzf", built["linux_bundle"], "-C", tmp_path], check=True)
    # As the user unpacks and installs it; --root stages the per-user files under a folder of the test's.
    root, home = tmp_path / "root", tmp_path / "home"
    environment = {"PATH": os.environ["PATH"], "HOME": str(home), "LANG": "C.UTF-8"}
    install = [str(tmp_path / top / "install.sh"), "--root", str(root)]
    subprocess.run(install, check=True, capture_output=True, env=environment)
    local = root / str(home).lstrip("/") / ".local"
    program = local / "lib" / "werkstatt" / "werkstatt"
    entry = (local / "share" / "applications" / "de.prozesswerkstatt.Werkstatt.desktop").read_text(encoding="utf-8")
    assert "MimeType=application/x-werkstatt-package;" in entry
    assert (local / "share" / "icons" / "hicolor" / "48x48" / "apps" / "de.prozesswerkstatt.Werkstatt.png").is_file()
    shown = subprocess.run([program, "--version"], capture_output=True, text=True, env=environment)
    assert shown.stdout.strip() == f"werkstatt {werkstatt.__version__}" and shown.stderr == ""
    data = local / "share" / "werkstatt"
    data.mkdir(parents=True)
    (data / "werkstatt.sqlite").write_bytes(b"the user's workshops")
    subprocess.run([*install, "--uninstall"], check=True, capture_output=True, env=environment)
    assert not program.exists() and (data / "werkstatt.sqlite").read_bytes() == b"the user's workshops"


def test_the_windows_installer_is_an_nsis_program_around_the_payload(built) -> None:
    setup = Path(built["windows_installer"])
    head = setup.read_bytes()[:2]
    assert head == b"MZ"
    with setup.open("rb") as data:
        assert b"NullsoftInst" in data.read()
    frozen_size = sum(path.stat().st_size for path in Path(built["frozen_program"]).parent.rglob("*") if path.is_file())
    assert setup.stat().st_size > frozen_size / 10  # the payload is in it, compressed


@pytest.mark.skipif(os.name == "nt", reason="a shell script stands in for the program")
def test_the_smoke_test_fails_a_program_that_misbehaves(tmp_path: Path) -> None:
    """The check above can fail: a program that prints a warning and writes no PDF does not pass."""
    fake = tmp_path / "werkstatt"
    fake.write_text("#!/bin/sh\necho 'werkstatt 0.0.1'\necho 'ModuleNotFoundError: x' >&2\n", encoding="utf-8")
    fake.chmod(0o755)
    failures = load_smoke().check(fake, werkstatt.__version__)
    assert any("--version printed" in failure for failure in failures)
    assert any("standard error" in failure for failure in failures)
    assert any("no workshop" in failure for failure in failures)


def test_the_build_refuses_an_unknown_step() -> None:
    result = subprocess.run([sys.executable, ROOT / "installer" / "build.py", "--steps", "wheel,msi"],
                            capture_output=True, text=True)
    assert result.returncode == 2 and "unknown step msi" in result.stderr
