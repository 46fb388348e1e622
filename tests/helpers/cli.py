"""The command line run as the user runs it: ``werkstatt`` in a child process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


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


def assert_one_sentence(result, *words: str) -> None:
    """The command failed with one sentence on stderr, no traceback, naming each of ``words``."""
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    for word in words:
        assert word in lines[0], lines[0]
