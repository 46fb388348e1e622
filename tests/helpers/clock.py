"""A clock the test moves on by hand, for the room timer and the projector that read ``now()``."""

from __future__ import annotations


class FakeTime:
    """``now()`` for the code under test: stands still at ``seconds`` until the test calls ``advance``."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds

    def __call__(self) -> float:
        return self.seconds

    def advance(self, minutes: float) -> None:
        self.seconds += minutes * 60
