"""How long one captured line takes until it is safely on disk, against raw SQLite as the peer.

    .venv/bin/python benchmarks/bench_capture.py [--lines N] [--rounds R]

Werkstatt commits every quick-entry line as its own transaction (WAL, synchronous=FULL)
before it acknowledges it. The peer is the least any program can do for the same promise:
one INSERT and one COMMIT with the sqlite3 module on a database with the same pragmas.
The ratio says what parsing, the edit objects and the ORM cost on top of the disk.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

from werkstatt.capture import catalogue
from werkstatt.capture.session import CaptureSession
from werkstatt.demo import MODEL_ID, create_demo
from werkstatt.edits import Editor
from werkstatt.store.database import open_store

LINES = [
    "Bürgerbüro Witten: Antrag entgegennehmen (10 min) [Dokument/Information entgegennehmen]",
    "Gebühr kassieren (3 min)",
    "! Medienbruch: Antrag wird abgetippt",
    "Fahrerlaubnisbehörde EN-Kreis: Antrag formell prüfen (12 min, Liegezeit 2 Tage)",
    "Unterlagen vollständig?",
]


def werkstatt_round(folder: Path, count: int) -> list[float]:
    store = open_store(folder / "werkstatt.sqlite")
    create_demo(store)
    session = CaptureSession(Editor(store), MODEL_ID, catalogue=catalogue.load_default())
    times = []
    for i in range(count):
        line = LINES[i % len(LINES)]
        if line.endswith("?"):
            line = line[:-1] + f" {i}?"
        start = time.perf_counter_ns()
        session.enter_line(line, i + 1)
        times.append((time.perf_counter_ns() - start) / 1e6)
    store.close()
    return times


def sqlite_round(folder: Path, count: int) -> list[float]:
    connection = sqlite3.connect(folder / "peer.sqlite", isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute("CREATE TABLE steps (id TEXT PRIMARY KEY, label TEXT, minutes REAL)")
    times = []
    for i in range(count):
        start = time.perf_counter_ns()
        connection.execute("BEGIN")
        connection.execute("INSERT INTO steps VALUES (?, ?, ?)", (f"s{i}", LINES[i % len(LINES)], 10.0))
        connection.execute("COMMIT")
        times.append((time.perf_counter_ns() - start) / 1e6)
    connection.close()
    return times


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    ours: list[float] = []
    peer: list[float] = []
    for _ in range(args.rounds):  # interleaved, so that disk weather hits both alike
        with tempfile.TemporaryDirectory() as folder:
            ours += werkstatt_round(Path(folder), args.lines)
        with tempfile.TemporaryDirectory() as folder:
            peer += sqlite_round(Path(folder), args.lines)
    ours_median, peer_median = statistics.median(ours), statistics.median(peer)
    print(f"{'per line, until committed':<28}{'median ms':>10}{'p90 ms':>9}")
    for name, times in (("werkstatt capture", ours), ("sqlite3 INSERT+COMMIT", peer)):
        print(f"{name:<28}{statistics.median(times):>10.2f}{statistics.quantiles(times, n=10)[-1]:>9.2f}")
    print(f"ratio werkstatt / sqlite3: {ours_median / peer_median:.1f}×  ({args.rounds} rounds × {args.lines} lines)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
