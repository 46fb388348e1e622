"""Where the tests find the repository and their data, wherever a test file lies below tests/."""

from pathlib import Path

TESTS = Path(__file__).resolve().parent.parent  # helpers/ is one folder below tests/
REPO = TESTS.parent
DATA = TESTS / "data"
