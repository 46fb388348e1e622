"""What the window tests share: their widgets collected while the QApplication lives."""

from __future__ import annotations

import gc

import pytest


@pytest.fixture(autouse=True)
def _collect_qt_garbage(request):
    """Collect a test's widgets while the QApplication is alive, not at interpreter exit.

    Python wrappers of Qt objects that a window left in reference cycles are otherwise freed by
    the garbage collection at pytest's exit, after Qt has torn down, and that crashed the process
    (a segmentation fault after every test had passed).
    """
    yield
    gc.collect()
