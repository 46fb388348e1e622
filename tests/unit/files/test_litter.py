"""No litter (issue 21, item 7): a killed export's part file goes at the next start, and ``demo`` on
a full disk leaves no database behind that would later open as a new, empty one.

The export is really killed with SIGKILL while it writes; the disk is really full (a small tmpfs).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from helpers.mounts import tmpfs
from werkstatt import cli as werkstatt_cli
from werkstatt.demo import WORKSHOP_ID
from werkstatt.files import sweep_parts, write_atomically

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL and tmpfs are POSIX")


def parts(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir() if path.name.endswith(".part"))


def sleeper() -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])


@pytest.mark.slow
def test_a_killed_protocol_export_leaves_no_part_after_the_next_start(cli, tmp_path: Path) -> None:
    db = tmp_path / "werkstatt.sqlite"
    assert cli("demo", db=db).returncode == 0
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = out_dir / "p.pdf"
    command = [sys.executable, "-m", "werkstatt.cli", "--db", str(db), "protocol", WORKSHOP_ID, "--out", str(out)]
    writer = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    try:
        while not parts(out_dir) and writer.poll() is None and time.monotonic() < deadline:
            time.sleep(0.002)
        assert writer.poll() is None, "the export ended before it could be killed while writing"
        os.kill(writer.pid, signal.SIGKILL)
    finally:
        if writer.poll() is None:
            writer.kill()
        writer.wait()
    assert writer.returncode == -signal.SIGKILL
    assert not out.exists()
    left = parts(out_dir)
    assert left == [] or all(f".{writer.pid}-" in name for name in left), left

    again = cli("protocol", WORKSHOP_ID, "--out", str(out), db=db)
    assert again.returncode == 0, again.stderr
    assert parts(out_dir) == []
    assert out.read_bytes().startswith(b"%PDF-")


def test_a_living_writers_part_stays_and_a_dead_ones_goes(tmp_path: Path) -> None:
    alive = sleeper()
    try:
        living = tmp_path / f".p.pdf.{alive.pid}-abcd1234.part"
        living.write_bytes(b"being written")
        dead_process = sleeper()
        dead_process.kill()
        dead_process.wait()
        dead = tmp_path / f".other.pdf.{dead_process.pid}-wxyz_987.part"
        dead.write_bytes(b"")
        write_atomically(tmp_path / "p.pdf", lambda stream: stream.write(b"%PDF-1.7"))
        assert living.exists() and not dead.exists()
        assert (tmp_path / "p.pdf").read_bytes() == b"%PDF-1.7"
    finally:
        alive.kill()
        alive.wait()
    assert sweep_parts(tmp_path) == 1
    assert parts(tmp_path) == []


def test_parts_from_older_versions_go_when_old_and_nothing_else_is_touched(tmp_path: Path) -> None:
    old = tmp_path / ".p.pdf.k2j4h5g6.part"  # mkstemp's name before the process id was in it
    young = tmp_path / ".p.pdf.q8w7e6r5.part"
    unrelated = [tmp_path / name for name in ("p.pdf.part", ".notes.k2j4h5g6.part", ".p.pdf.toolongname.part",
                                              ".p.pdf.123-abc.part")]
    for path in (old, young, *unrelated):
        path.write_bytes(b"")
    two_hours_ago = time.time() - 7200
    for path in (old, *unrelated):
        os.utime(path, (two_hours_ago, two_hours_ago))
    write_atomically(tmp_path / "p.pdf", lambda stream: stream.write(b"data"))
    assert not old.exists() and young.exists()
    assert all(path.exists() for path in unrelated)


def run_main(*args: str) -> int:
    return werkstatt_cli.main(list(args))


@pytest.mark.slow
def test_demo_on_a_full_disk_leaves_no_file_behind(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """From a disk too small for the schema to one too small for the demo: nothing stays after a failure."""
    failures = 0
    for size in ("64k", "1m", "1280k", "1536k", "2m", "3m", "4m", "8m"):
        with tmpfs(tmp_path / f"disk-{size}", size) as disk:
            db = disk / "werkstatt.sqlite"
            code = run_main("--db", str(db), "demo")
            err = capsys.readouterr().err
            if code == 0:
                break
            failures += 1
            assert code == 1 and "Traceback" not in err
            assert str(db) in err and len(err.strip().splitlines()) == 1, err
            assert sorted(path.name for path in disk.iterdir()) == [], f"{size}: {err}"
            assert run_main("--db", str(db), "list", "models") == 1  # no empty database opens later
            assert "keine Datenbank" in capsys.readouterr().err
    else:
        pytest.fail("the demo did not fit on 8 MB")
    assert failures >= 2, "no size was full enough to fail"


@pytest.mark.slow
def test_a_failing_demo_keeps_a_database_that_was_there(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Only a database the command created goes again: an existing one stays, whatever the disk says."""
    with tmpfs(tmp_path / "disk", "1280k") as disk:
        db = disk / "werkstatt.sqlite"
        assert run_main("--db", str(db), "organisations", "add", "Stadt Witten") == 0
        assert run_main("--db", str(db), "demo") == 1
        assert "voll" in capsys.readouterr().err
        assert db.exists()
        assert run_main("--db", str(db), "organisations", "list") == 0
        assert "Stadt Witten" in capsys.readouterr().out
