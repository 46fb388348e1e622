"""Try a built ``werkstatt`` as a user would, in a throwaway home folder.

    python installer/smoke.py PATH/TO/werkstatt

Checks: ``--version`` names the version; the demo workshop goes into a new database; the protocol
becomes a PDF; the window starts (offscreen, and on Linux also on an Xvfb X server when there is
one) and closes by itself; messages come in German by default
and in English with ``--lang en``; a wrong argument is one sentence. Every successful command must
leave standard error empty: a frozen build that misses a module or plugin usually says so there first.
Prints one line per failed check and exits 1 if there was one.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

TIMEOUT = 120
# Qt's offscreen platform says what a headless screen cannot do; that is the test's screen, not the program.
EXPECTED_ON_STDERR = ("This plugin does not support",)


@dataclass
class Smoke:
    program: Path
    home: Path
    failures: list[str] = field(default_factory=list)

    @property
    def database(self) -> Path:
        return self.home / "werkstatt.sqlite"

    def environment(self, **extra: str) -> dict[str, str]:
        keep = ("PATH", "LANG", "LC_ALL", "SYSTEMROOT", "TEMP", "TMP")  # SYSTEMROOT: Windows' Python needs it
        env = {key: value for key, value in os.environ.items() if key in keep}
        env.update(HOME=str(self.home), USERPROFILE=str(self.home), XDG_CONFIG_HOME=str(self.home / "config"),
                   XDG_DATA_HOME=str(self.home / "data"), XDG_STATE_HOME=str(self.home / "state"),
                   XDG_CACHE_HOME=str(self.home / "cache"), QT_QPA_PLATFORM="offscreen")
        env.update(extra)
        return env

    def run(self, *args: str, ok: bool = True, **env: str) -> subprocess.CompletedProcess[str]:
        command = [str(self.program), *args]
        try:
            result = subprocess.run(command, capture_output=True, text=True, encoding="utf-8", timeout=TIMEOUT,
                                    env=self.environment(**env), cwd=self.home)
        except subprocess.TimeoutExpired:
            self.failures.append(f"{' '.join(args)}: no answer within {TIMEOUT} s")
            return subprocess.CompletedProcess(command, -1, "", "")
        if ok and result.returncode != 0:
            self.failures.append(f"{' '.join(args)}: exit {result.returncode}: {result.stderr.strip()[-2000:]}")
        elif ok and (unexpected := [line for line in result.stderr.splitlines()
                                    if line.strip() and not line.startswith(EXPECTED_ON_STDERR)]):
            self.failures.append(f"{' '.join(args)}: unexpected output on standard error: {unexpected}")
        return result

    def expect(self, condition: bool, message: str) -> None:
        if not condition:
            self.failures.append(message)

    def check_all(self, version: str | None) -> list[str]:
        db = ["--db", str(self.database)]
        shown = self.run("--version").stdout.strip()
        self.expect(shown.startswith("werkstatt ") and (version is None or shown == f"werkstatt {version}"),
                    f"--version printed {shown!r}")

        missing = self.run("--db", str(self.home / "nowhere.sqlite"), "list", "workshops", ok=False)
        lines = missing.stderr.strip().splitlines()
        self.expect(missing.returncode == 1 and len(lines) == 1 and "keine Datenbank" in missing.stderr,
                    f"a missing database is not one German sentence: {missing.stderr!r}")
        english = self.run("--lang", "en", "--db", str(self.home / "nowhere.sqlite"), "list", "workshops", ok=False)
        self.expect("There is no database" in english.stderr, f"--lang en is not English: {english.stderr!r}")

        self.run(*db, "demo")
        listing = self.run(*db, "list", "workshops", "--json")
        try:
            workshop_id = json.loads(listing.stdout)[0]["id"]
        except (ValueError, LookupError, TypeError):
            self.failures.append(f"list workshops --json gave no workshop: {listing.stdout[:500]!r}")
            return self.failures
        pdf = self.home / "protokoll.pdf"
        self.run(*db, "protocol", workshop_id, "--out", str(pdf))
        self.expect(pdf.is_file() and pdf.read_bytes()[:5] == b"%PDF-" and pdf.stat().st_size > 10_000,
                    "the protocol is not a PDF")

        window = self.run(*db, WERKSTATT_EXIT_AFTER_MS="1500")
        self.expect(window.returncode == 0, "the window did not start and close")
        if sys.platform.startswith("linux") and shutil.which("Xvfb"):
            # A real X server: the xcb platform plugin and the X libraries it loads are what a user's
            # desktop needs, and the offscreen platform needs none of them.
            with virtual_screen() as display:
                on_x = self.run(*db, WERKSTATT_EXIT_AFTER_MS="1500", DISPLAY=display, QT_QPA_PLATFORM="xcb")
            self.expect(on_x.returncode == 0, "the window did not start and close on an X server")
        self.expect((self.home / "state").exists() or (self.home / "config").exists(),
                    "the window left no settings or logs in the user's folders")
        return self.failures


@contextmanager
def virtual_screen() -> Iterator[str]:
    """An Xvfb on a free display number, which the server itself picks and reports."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1920x1080x24", "-nolisten",
                               "tcp"], pass_fds=(write_end,), stderr=subprocess.DEVNULL)
    os.close(write_end)
    try:
        with os.fdopen(read_end) as answer:
            number = answer.readline().strip()
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def check(program: Path, version: str | None = None) -> list[str]:
    """The failed checks of one built program (empty: all passed)."""
    with tempfile.TemporaryDirectory(prefix="werkstatt-smoke-") as home:
        return Smoke(Path(program).resolve(), Path(home)).check_all(version)


def main(argv: list[str]) -> int:
    if len(argv) not in (1, 2):
        print(__doc__, file=sys.stderr)
        return 2
    failures = check(Path(argv[0]), argv[1] if len(argv) == 2 else None)
    for failure in failures:
        print(failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
