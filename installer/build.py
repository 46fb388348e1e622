"""Build what the IT department gets: the wheel, the frozen program, the Linux bundle, the Windows installer.

    python installer/build.py [--out DIR] [--steps wheel,frozen,linux,windows] [--compressor lzma|zlib|none]

Steps, each building on the one before:

- ``wheel``: the wheel (setup.py compiles the catalogues into it with pyside6-lrelease), installed into a
  clean venv ``DIR/wheel-venv`` (only the wheel and its dependencies, for the smoke test), and into
  ``DIR/build-venv`` together with PyInstaller.
- ``frozen``: ``installer/werkstatt.spec`` run by the build venv's PyInstaller into ``DIR/frozen/werkstatt/``,
  with the icons rendered from ``resources/icons/werkstatt.svg``.
- ``linux``: the desktop entry, AppStream metainfo, MIME type, icons and install.sh beside the frozen
  program, packed as ``DIR/werkstatt-VERSION-linux-x86_64.tar.gz``.
- ``windows``: ``installer/windows/werkstatt.nsi`` compiled by makensis, with the frozen program as its
  payload (on Linux the Linux build: it proves the script, not a Windows installation).

``DIR/build.json`` lists what was built and how long each step took. installer/smoke.py tries a built
``werkstatt`` the way a user would; tests/dist/test_distribution.py runs both.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STEPS = ("wheel", "frozen", "linux", "windows")
PYINSTALLER = "pyinstaller>=6.10,<7"
APP_ID = "de.prozesswerkstatt.Werkstatt"


class BuildError(RuntimeError):
    pass


def run(command: list[str | Path], log: Path, **kwargs) -> None:
    with log.open("a", encoding="utf-8") as out:
        out.write(f"\n$ {' '.join(map(str, command))}\n")
        out.flush()
        result = subprocess.run([str(part) for part in command], stdout=out, stderr=subprocess.STDOUT, **kwargs)
    if result.returncode != 0:
        tail = log.read_text(encoding="utf-8", errors="replace")[-3000:]
        raise BuildError(f"{Path(str(command[0])).name} {command[1] if len(command) > 1 else ''} failed "
                         f"(exit {result.returncode}); the end of {log}:\n{tail}")


def venv_python(venv: Path) -> Path:
    return venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def program(folder: Path) -> Path:
    return folder / ("werkstatt.exe" if os.name == "nt" else "werkstatt")


class Build:
    def __init__(self, out: Path, compressor: str) -> None:
        self.out = out.resolve()
        self.compressor = compressor
        self.log = self.out / "build.log"
        self.report: dict[str, object] = {"steps": {}}
        self.out.mkdir(parents=True, exist_ok=True)

    @property
    def wheel_venv(self) -> Path:
        return self.out / "wheel-venv"

    @property
    def build_venv(self) -> Path:
        return self.out / "build-venv"

    @property
    def frozen(self) -> Path:
        return self.out / "frozen" / "werkstatt"

    @functools.cached_property
    def version(self) -> str:
        """The version of the wheel that was built, as its installation reports it."""
        python = venv_python(self.build_venv)
        return subprocess.run([python, "-c", "import werkstatt; print(werkstatt.__version__)"], check=True,
                              capture_output=True, text=True).stdout.strip()

    def wheel(self) -> None:
        wheels = self.out / "wheel"
        shutil.rmtree(wheels, ignore_errors=True)
        run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", wheels, ROOT], self.log)
        (built,) = wheels.glob("werkstatt-*.whl")
        self.report["wheel"] = str(built)
        for venv, extra in ((self.wheel_venv, []), (self.build_venv, [PYINSTALLER])):
            shutil.rmtree(venv, ignore_errors=True)
            run([sys.executable, "-m", "venv", venv], self.log)
            run([venv_python(venv), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", built, *extra],
                self.log)
        self.report["wheel_program"] = str(self.wheel_venv / ("Scripts" if os.name == "nt" else "bin") / "werkstatt")

    def frozen_program(self) -> None:
        icons = self.out / "icons"
        shutil.rmtree(icons, ignore_errors=True)
        python = venv_python(self.build_venv)
        run([python, ROOT / "tools" / "render_icons.py", icons], self.log,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
        environment = {**os.environ, "WERKSTATT_ICON": str(icons / "werkstatt.ico")}
        run([python, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
             "--distpath", self.out / "frozen", "--workpath", self.out / "pyinstaller-work",
             ROOT / "installer" / "werkstatt.spec"], self.log, env=environment)
        # The desktop files and icons travel with the program: install.sh and the tarball take them from here.
        share = self.frozen / "share"
        shutil.copytree(icons / "hicolor", share / "icons" / "hicolor", dirs_exist_ok=True)
        self.report["frozen_program"] = str(program(self.frozen))

    def linux(self) -> None:
        linux = ROOT / "installer" / "linux"
        # install.sh takes the desktop files from its own folder, beside the program.
        for name in ("install.sh", f"{APP_ID}.desktop", f"{APP_ID}.metainfo.xml", "werkstatt-package.xml"):
            shutil.copy2(linux / name, self.frozen / name)
        bundle = self.out / f"werkstatt-{self.version}-linux-x86_64.tar.gz"
        with tarfile.open(bundle, "w:gz", compresslevel=6) as archive:
            archive.add(self.frozen, arcname=f"werkstatt-{self.version}")
        self.report["linux_bundle"] = str(bundle)

    def windows(self) -> None:
        makensis = shutil.which("makensis")
        if makensis is None:
            raise BuildError("makensis is not installed (Debian package nsis)")
        setup = self.out / f"Werkstatt-Setup-{self.version}.exe"
        icon = self.out / "icons" / "werkstatt.ico"
        # Without a Windows build at hand the Linux build is the payload: it proves the script, and
        # NO_PAYLOAD_CHECK lets it through without werkstatt.exe.
        stand_in = [] if os.name == "nt" else ["-DNO_PAYLOAD_CHECK"]
        run([makensis, "-V2", "-WX", f"-DVERSION={self.version}", f"-DPAYLOAD={self.frozen}",
             f"-DOUTFILE={setup}", f"-DICON={icon}", f"-DCOMPRESSOR={self.compressor}", *stand_in,
             ROOT / "installer" / "windows" / "werkstatt.nsi"], self.log)
        self.report["windows_installer"] = str(setup)

    def step(self, name: str) -> None:
        started = time.perf_counter()
        {"wheel": self.wheel, "frozen": self.frozen_program, "linux": self.linux, "windows": self.windows}[name]()
        self.report["steps"][name] = round(time.perf_counter() - started, 1)  # type: ignore[index]
        self.save()

    def save(self) -> None:
        (self.out / "build.json").write_text(json.dumps(self.report, indent=2), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    parser.add_argument("--steps", default=",".join(STEPS), help="comma-separated, from: " + ", ".join(STEPS))
    parser.add_argument("--compressor", choices=("lzma", "zlib", "bzip2", "none"), default="lzma",
                        help="the Windows installer's compression (none: fast, for CI)")
    args = parser.parse_args(argv)
    steps = [step for step in args.steps.split(",") if step]
    unknown = [step for step in steps if step not in STEPS]
    if unknown:
        parser.error(f"unknown step {', '.join(unknown)}; the steps are {', '.join(STEPS)}")
    build = Build(args.out, args.compressor)
    try:
        for name in steps:
            print(f"build: {name}", flush=True)
            build.step(name)
    except BuildError as error:
        build.report["error"] = str(error)
        build.save()
        print(f"build: {error}", file=sys.stderr)
        return 1
    print(json.dumps(build.report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
