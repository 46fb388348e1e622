"""The phone tests' fixtures: HTTP sent from a worker thread while the GUI loop runs (helpers.phones)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from helpers.phones_gui import send_from_worker


@pytest.fixture
def http(qtbot) -> Callable[..., tuple[int, dict]]:
    """``http(method, url, body, headers)`` → (status, JSON answer)."""
    return lambda *args, **kwargs: send_from_worker(qtbot, *args, **kwargs)
