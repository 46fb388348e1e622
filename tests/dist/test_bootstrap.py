"""The two commands of the README set up different things: ./run only what the application needs,
./run-tests also what the tests need. tools/bootstrap.sh says its plan when WERKSTATT_BOOTSTRAP_PLAN=1
and changes nothing then; these tests read that plan, and check that no test reads a file outside the
repository (a plain clone must test itself)."""

from __future__ import annotations

from helpers.paths import REPO
import os
import re
import subprocess
from pathlib import Path

ROOT = REPO
TEST_ONLY = ("chromium", "postgresql-15", "nsis", "nodejs", "npm", "poppler-utils", "qpdf")


def plan(*args: str) -> tuple[list[str], str]:
    result = subprocess.run(["bash", str(ROOT / "tools" / "bootstrap.sh"), *args], capture_output=True,
                            text=True, timeout=60, env={**os.environ, "WERKSTATT_BOOTSTRAP_PLAN": "1"})
    assert result.returncode == 0, result.stderr
    lines = dict(line.split(": ", 1) for line in result.stdout.splitlines())
    return lines["apt"].split(), lines["pip"]


def bootstrap_arguments(script: str) -> list[str]:
    calls = re.findall(r'tools/bootstrap\.sh"?([^\n]*)', (ROOT / script).read_text(encoding="utf-8"))
    assert len(calls) == 1, f"{script} should call tools/bootstrap.sh once"
    return calls[0].split()


def test_run_installs_only_what_the_application_needs():
    assert bootstrap_arguments("run") == []
    apt, pip = plan()
    assert not set(TEST_ONLY) & set(apt)
    assert "graphviz" in apt and "libxcb-cursor0" in apt  # the process map and Qt's xcb platform
    assert pip == f"-e {ROOT}"


def test_run_tests_installs_the_test_tools_as_well():
    assert bootstrap_arguments("run-tests") == ["--tests"]
    apt, pip = plan("--tests")
    assert {"chromium", "postgresql-15", "nsis", "qpdf"} <= set(apt)
    assert set(plan()[0]) <= set(apt)
    assert pip == f"-e {ROOT}[test]"


def test_an_unknown_bootstrap_argument_is_refused_with_a_sentence():
    result = subprocess.run(["bash", str(ROOT / "tools" / "bootstrap.sh"), "--everything"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert result.stderr.strip() == "werkstatt: tools/bootstrap.sh takes only --tests, not --everything"


def test_no_test_reads_a_file_outside_the_repository():
    outside = re.compile(r"\.\./shared|/work/|parents\[[2-9]\]|\"shared\" ?/")
    offenders = [f"{path.name}:{number}" for path in sorted((ROOT / "tests").rglob("*.py"))
                 if path != Path(__file__).resolve()
                 for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                 if outside.search(line)]
    assert offenders == []
