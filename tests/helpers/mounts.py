"""Real file systems for the store's edge cases: a read-only drive and a full one.

As root (a container, CI) a small tmpfs is mounted, which produces the real EROFS and ENOSPC.
Without root a read-only drive is imitated with permissions (EACCES: SQLite and Werkstatt meet
the same refusal); a full drive cannot be, and that test says so in its skip reason.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def _mount(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["mount", *args], capture_output=True, text=True, check=False)


def can_mount() -> bool:
    return os.name == "posix" and os.geteuid() == 0


@contextmanager
def tmpfs(folder: Path, size: str) -> Iterator[Path]:
    """A tmpfs of ``size`` (e.g. "256k") mounted on ``folder``, unmounted afterwards."""
    folder.mkdir(parents=True, exist_ok=True)
    if not can_mount():
        pytest.skip("mounting a small file system needs root; run as root (as CI does) for this test")
    result = _mount("-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(folder))
    if result.returncode != 0:
        pytest.skip(f"mount is not permitted here: {result.stderr.strip()}")
    try:
        yield folder
    finally:
        if subprocess.run(["umount", str(folder)], capture_output=True, check=False).returncode != 0:
            subprocess.run(["umount", "-l", str(folder)], capture_output=True, check=False)


def make_read_only(folder: Path) -> None:
    """Turn ``folder`` (a tmpfs from ``tmpfs``, or a plain folder without root) read-only."""
    if can_mount():
        result = _mount("-o", "remount,ro", str(folder))
        assert result.returncode == 0, result.stderr
        return
    for path in folder.iterdir():
        path.chmod(0o444)
    folder.chmod(0o555)


@contextmanager
def read_only_folder(folder: Path) -> Iterator[Path]:
    """A folder to fill now and turn read-only with ``make_read_only``: a tmpfs as root, else a plain one."""
    if can_mount():
        with tmpfs(folder, "16m"):
            yield folder
        return
    folder.mkdir(parents=True, exist_ok=True)
    try:
        yield folder
    finally:
        folder.chmod(0o755)
