"""Writing a file all or nothing: an existing file is only ever replaced by a complete new one.

The new content goes into a hidden ``.<name>.<pid>-<random>.part`` beside the target first. A
writer that is killed (SIGKILL, a pulled plug) cannot remove its part; the next writer into that
folder does, once the process named in the part is gone.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

# mkstemp's random part: eight characters of this alphabet.
_PART = re.compile(r"^\.(?P<name>.+)\.(?P<pid>\d+)-[a-z0-9_]{8}\.part$")
# Parts written before the process id was in the name.
_LEGACY_AGE = 3600.0
# Windows cannot ask cheaply whether a process lives, but refuses to delete a file a living writer
# holds open; the minute only covers the instant between closing the part and renaming it.
_WINDOWS_AGE = 60.0


def write_atomically(out: Path, write: Callable[[BinaryIO], None]) -> Path:
    """``write`` fills a temporary file beside ``out``, which is then renamed over it.

    Any exception (an OSError, a cancel) removes the temporary file and propagates; the caller
    turns OSErrors into its own sentence. A new file gets the usual permissions, not mkstemp's 0600.
    """
    out = Path(out)
    sweep_parts(out.parent, out.name)
    handle, temporary = new_part(out)
    try:
        with os.fdopen(handle, "wb") as stream:
            write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, (out.stat().st_mode & 0o777) if out.is_file() else 0o666 & ~_umask())
        os.replace(temporary, out)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    return out


def new_part(out: Path) -> tuple[int, Path]:
    """A new, empty part file for ``out`` (open handle and path), named after this process."""
    handle, name = tempfile.mkstemp(prefix=f".{out.name}.{os.getpid()}-", suffix=".part", dir=out.parent)
    return handle, Path(name)


def sweep_parts(folder: Path, name: str | None = None) -> int:
    """Remove the parts that killed writers left in ``folder``; return how many went.

    Only our own pattern, only when the writer's process is gone (another export may be running
    right now). Parts from before the process id was in the name go when they are an hour old and
    belong to ``name``. Sweeping never fails a write: a folder we cannot list is left as it is.
    """
    removed = 0
    legacy = re.compile(rf"^\.{re.escape(name)}\.[a-z0-9_]{{8}}\.part$") if name else None
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    for entry in entries:
        match = _PART.match(entry.name)
        if match:
            abandoned = _abandoned(entry, int(match["pid"]))
        elif legacy is not None and legacy.match(entry.name):
            abandoned = _age(entry) > _LEGACY_AGE
        else:
            continue
        if abandoned and entry.is_file(follow_symlinks=False):
            with contextlib.suppress(OSError):
                os.unlink(entry.path)
                removed += 1
    return removed


def _abandoned(entry: os.DirEntry[str], pid: int) -> bool:
    if pid == os.getpid():
        return False  # this process writes it right now (another thread, another window)
    if os.name == "posix":
        return not _alive(pid)
    return _age(entry) > _WINDOWS_AGE


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process of that number
    except OSError:
        return True
    return True


def _age(entry: os.DirEntry[str]) -> float:
    try:
        return time.time() - entry.stat(follow_symlinks=False).st_mtime
    except OSError:
        return 0.0


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
