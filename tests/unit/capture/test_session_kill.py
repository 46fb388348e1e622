"""Nothing acknowledged is lost: ``werkstatt capture`` killed with SIGKILL at random moments.

The facilitator's laptop may crash or lose power at any time. Each round streams
quick-entry lines into a real capture process, kills it without warning after a
random time, reopens the database and looks for every line the process had
acknowledged.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from werkstatt.demo import MODEL_ID

ROUNDS = 12


def stream_lines(process: subprocess.Popen, round_number: int, stop: threading.Event) -> None:
    rng = random.Random(round_number)
    try:
        for i in range(100_000):
            if stop.is_set():
                return
            if i % 5 == 4:
                line = f"! Wartezeit: Schwachstelle r{round_number}-{i}\n"
            else:
                line = f"Bahn {i % 3}: Schritt r{round_number}-{i} ({rng.randint(1, 90)} min)\n"
            process.stdin.write(line.encode())
            process.stdin.flush()
            if rng.random() < 0.3:
                time.sleep(rng.uniform(0, 0.01))
    except (BrokenPipeError, ValueError, OSError):
        return  # the process was killed under our feet: that is the point


def read_acks(process: subprocess.Popen, acks: list[dict]) -> None:
    for raw in process.stdout:
        try:
            acks.append(json.loads(raw))
        except json.JSONDecodeError:
            return  # a line cut by the kill was never a complete acknowledgement


@pytest.mark.slow
def test_every_acknowledged_line_survives_sigkill(tmp_path: Path, cli) -> None:
    db = tmp_path / "kill.sqlite"
    assert cli("demo", db=db).returncode == 0
    rng = random.Random(20261124)
    acknowledged: list[dict] = []
    for round_number in range(ROUNDS):
        process = subprocess.Popen(
            [sys.executable, "-m", "werkstatt.cli", "--db", str(db), "capture", MODEL_ID, "--json"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        acks: list[dict] = []
        stop = threading.Event()
        writer = threading.Thread(target=stream_lines, args=(process, round_number, stop), daemon=True)
        reader = threading.Thread(target=read_acks, args=(process, acks), daemon=True)
        writer.start()
        reader.start()
        # Wait for the first acknowledgement (start-up takes a moment), then kill at a random moment.
        deadline = time.monotonic() + 30
        while not acks and time.monotonic() < deadline and process.poll() is None:
            time.sleep(0.005)
        assert acks, "capture acknowledged nothing within 30 s"
        time.sleep(rng.uniform(0.0, 0.6))
        process.send_signal(signal.SIGKILL)
        process.wait()
        stop.set()
        reader.join(timeout=5)
        writer.join(timeout=5)
        for pipe in (process.stdin, process.stdout):
            with contextlib.suppress(OSError):  # a pipe to a killed process may refuse its last flush
                pipe.close()
        acknowledged += acks

    connection = sqlite3.connect(db)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        steps = dict(connection.execute("SELECT id, label FROM steps WHERE deleted = 0"))
        pain_points = dict(connection.execute("SELECT id, text FROM pain_points WHERE deleted = 0"))
    finally:
        connection.close()
    kinds = {"step": steps, "pain_point": pain_points}
    lost = [ack for ack in acknowledged if ack["id"] not in kinds[ack["kind"]]]
    assert lost == [], f"{len(lost)} of {len(acknowledged)} acknowledged lines are missing"
    for ack in acknowledged:
        stored = kinds[ack["kind"]][ack["id"]]
        assert stored in ack["message"], (stored, ack["message"])
    assert len(acknowledged) > ROUNDS * 3, "the rounds should have acknowledged many lines before each kill"
