"""Search as you type in the laptop's library: 500, 5,000 and 20,000 processes, with a raw FTS5 peer.

    .venv/bin/python benchmarks/bench_library_search.py [--json] [--processes N] [--repeat R]

Each library is made by ``large_library.fill_library`` (six organisations, 1–2 models per process,
indexed as the sync leaves it) and its statistics brought up to date with ``library.search.optimize``
(as after a sync). Then queries are typed character by character; every keystroke runs what the
register tab needs: ``find_processes(limit=50)`` and ``count_processes`` in a fresh reading session.
Target: median ≤ 50 ms per keystroke at 20,000 processes.

The peer: the bare FTS5 query through ``sqlite3`` (``SELECT rowid … MATCH``, or LIKE on the indexed
text for words under three letters), all matching rowids fetched, no sorting, no Python afterwards —
the floor for matching with this index.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from large_library import fill_library  # noqa: E402

from werkstatt.capture.textmatch import fold  # noqa: E402
from werkstatt.library import search_index  # noqa: E402
from werkstatt.library.search import (  # noqa: E402
    ProcessQuery,
    count_processes,
    find_processes,
    optimize,
    refresh_search_index,
)
from werkstatt.model import Process, SyncRegister  # noqa: E402
from werkstatt.store.database import open_store  # noqa: E402

SIZES = (500, 5_000, 20_000)
# (typed text, product area filter)
TYPED = [("Gewerbe", ""), ("gewerbeanm", ""), ("fuehrerschein umtausch", ""),
         ("bescheid", "02 Sicherheit und Ordnung"), ("Baugenehmigung ver", "10 Bauen und Wohnen")]
PAGE = 50


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def peer(connection: sqlite3.Connection, text: str) -> int:
    words = fold(text).split()
    long_words = [word for word in words if len(word) >= 3]
    short_words = [word for word in words if len(word) < 3]
    if long_words:
        statement = "SELECT rowid FROM process_search WHERE process_search MATCH ?"
        params: list[str] = [search_index.match_expression(long_words)]
        if short_words:
            statement = (f"SELECT id FROM process_search_rows WHERE id IN ({statement}) AND "
                         + " AND ".join("text LIKE ? ESCAPE '\\'" for _ in short_words))
    else:
        statement = ("SELECT id FROM process_search_rows WHERE "
                     + " AND ".join("text LIKE ? ESCAPE '\\'" for _ in short_words))
        params = []
    params += [search_index.like_pattern(word) for word in short_words]
    return len(connection.execute(statement, params).fetchall())


def measure(size: int, folder: Path, repeat: int) -> dict[str, object]:
    path = folder / f"library-{size}.sqlite"
    started = time.perf_counter()
    fill_library(path, size, index=False)
    filled = time.perf_counter() - started
    store = open_store(path)
    try:
        with store.reading() as session:
            started = time.perf_counter()
            refresh_search_index(session)
            indexed = time.perf_counter() - started
            started = time.perf_counter()
            optimize(session)
            optimized = time.perf_counter() - started
        ours: list[float] = []
        floor: list[float] = []
        slowest = (0.0, "")
        raw = sqlite3.connect(path)
        for text, area in TYPED:
            for end in range(1, len(text) + 1):
                typed = text[:end]
                if not typed.strip():
                    continue
                query = ProcessQuery(text=typed, product_area=area)
                for _ in range(repeat):
                    started = time.perf_counter()
                    with store.reading() as session:
                        hits = find_processes(session, query, limit=PAGE)
                        total = count_processes(session, query)
                    took = time.perf_counter() - started
                    ours.append(took)
                    slowest = max(slowest, (took, f"{typed!r} {area}".strip()))
                    assert len(hits) == min(PAGE, total)
                    started = time.perf_counter()
                    peer(raw, typed)
                    floor.append(time.perf_counter() - started)
        raw.close()
        # One edit, then the next keystroke: the refresh of one pending row is part of it.
        with store.session() as session:
            own = session.query(SyncRegister.organisation_id).scalar()  # the library is read-only here
            process = session.query(Process).filter(Process.owner_organisation_id == own).first()
            process.name = process.name + " (geändert)"
        started = time.perf_counter()
        with store.reading() as session:
            find_processes(session, ProcessQuery(text="geaendert"), limit=PAGE)
        after_edit = time.perf_counter() - started
    finally:
        store.close()
    size_mb = path.stat().st_size / 1e6
    return {
        "processes": size, "keystrokes": len(ours),
        "median_ms": round(statistics.median(ours) * 1000, 1), "p90_ms": round(percentile(ours, 0.9) * 1000, 1),
        "max_ms": round(slowest[0] * 1000, 1), "slowest": slowest[1],
        "peer_median_ms": round(statistics.median(floor) * 1000, 1),
        "peer_p90_ms": round(percentile(floor, 0.9) * 1000, 1),
        "after_one_edit_ms": round(after_edit * 1000, 1), "index_all_s": round(indexed, 2),
        "optimize_ms": round(optimized * 1000, 1), "fill_s": round(filled, 1), "file_mb": round(size_mb, 1),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--processes", type=int, action="append", help="library size (repeatable)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per keystroke")
    args = parser.parse_args()
    results = []
    with tempfile.TemporaryDirectory(prefix="bench-library-") as folder:
        for size in args.processes or SIZES:
            result = measure(size, Path(folder), args.repeat)
            results.append(result)
            if not args.json:
                print(f"{size:>6} processes: per keystroke median {result['median_ms']} ms, p90 {result['p90_ms']} ms, "
                      f"max {result['max_ms']} ms ({result['slowest']}); peer (raw FTS5) median "
                      f"{result['peer_median_ms']} ms, p90 {result['peer_p90_ms']} ms; after one edit "
                      f"{result['after_one_edit_ms']} ms; indexing all {result['index_all_s']} s; "
                      f"optimize {result['optimize_ms']} ms; file {result['file_mb']} MB", flush=True)
    if args.json:
        print(json.dumps({"library_search": results}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
