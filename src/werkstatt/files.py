"""Writing a file all or nothing: an existing file is only ever replaced by a complete new one."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO


def write_atomically(out: Path, write: Callable[[BinaryIO], None]) -> Path:
    """``write`` fills a temporary file beside ``out``, which is then renamed over it.

    Any exception (an OSError, a cancel) removes the temporary file and propagates; the caller
    turns OSErrors into its own sentence. A new file gets the usual permissions, not mkstemp's 0600.
    """
    out = Path(out)
    handle, temporary = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent)
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


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
