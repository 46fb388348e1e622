"""Window start → first paint, on an empty laptop database and on one holding a large library.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_window_start.py [--runs 7] [--processes 20000] [--json]

Each run is a fresh process (no warm caches of Python or Qt but the operating system's file cache,
the same for every case): the imports (Werkstatt's window modules included, which ``open_window``
would import on its way) and the QApplication come first and are not timed; the clock
starts at ``open_store`` and stops when the main window's first frame has been painted — the first
Paint event of any of its widgets, plus the rest of that paint pass (a zero timer queued from the
event runs after it). In between is the real start: ``app.open_window`` (retention, the window, its
saved state, show). The databases are made once per benchmark run: an empty one and one filled by
``benchmarks/large_library.fill_library`` (20,000 processes of six administrations).

The peer, measured in the same run and the same way: a bare PySide6 QMainWindow with a label, from
its construction to its first paint — what any Qt window costs on this machine.
Done when (issue 24): the 20,000-process median within 1.2× of the empty database's.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent


def child(kind: str, db: str, settings: str) -> None:
    """One start in this process; prints the milliseconds to the first painted frame."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QWidget

    from werkstatt.ui.app import make_application
    from werkstatt.ui.settings import Settings

    app = make_application([]) if kind == "werkstatt" else QApplication([])
    Settings.use_folder(Path(settings))
    if kind == "werkstatt":
        # Imported before the clock starts, like the peer's PySide6: they cost the same at any size.
        import werkstatt.ui.main_window
        import werkstatt.ui.workshop.people  # noqa: F401
        from werkstatt.store.database import open_store
        from werkstatt.ui.app import open_window
    painted: list[float] = []

    class FirstPaint(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.window: QWidget | None = None

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if (not painted and event.type() == QEvent.Type.Paint and self.window is not None
                    and isinstance(watched, QWidget) and watched.window() is self.window):
                painted.append(0.0)
                QTimer.singleShot(0, lambda: (painted.__setitem__(0, time.perf_counter()), app.quit()))
            return False

    watcher = FirstPaint()
    app.installEventFilter(watcher)
    start = time.perf_counter()
    if kind == "werkstatt":
        store = open_store(Path(db))
        window = open_window(store, Settings())
        watcher.window = window
    else:
        window = QMainWindow()
        window.setCentralWidget(QLabel("Werkstatt"))
        window.resize(1600, 950)
        watcher.window = window
        window.show()
    QTimer.singleShot(120_000, app.quit)  # never hang a benchmark
    app.exec()
    print(json.dumps({"ms": (painted[0] - start) * 1000 if painted and painted[0] else None}))
    if kind == "werkstatt":
        window.close()
        store.close()


def one_run(kind: str, db: Path, settings: Path) -> float:
    result = subprocess.run([sys.executable, __file__, "--child", kind, str(db), str(settings)],
                            capture_output=True, text=True, check=True, env={**os.environ, "PYTHONPATH": str(HERE)})
    ms = json.loads(result.stdout.strip().splitlines()[-1])["ms"]
    if ms is None:
        raise RuntimeError(f"{kind} on {db}: no paint within two minutes")
    return float(ms)


def p90(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.9 * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--processes", type=int, default=20000)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--child", nargs=3, metavar=("KIND", "DB", "SETTINGS"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return
    sys.path.insert(0, str(HERE))
    from large_library import fill_library

    from werkstatt.store.database import open_store

    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        empty, large = base / "empty.sqlite", base / f"library-{args.processes}.sqlite"
        open_store(empty).close()
        made = time.perf_counter()
        fill_library(large, processes=args.processes, seed=1)
        fill_seconds = time.perf_counter() - made
        cases = {"bare QMainWindow (peer)": ("bare", empty), "empty database": ("werkstatt", empty),
                 f"{args.processes} processes": ("werkstatt", large)}
        times: dict[str, list[float]] = {name: [] for name in cases}
        for run in range(args.runs):  # interleaved, so that a busy moment of the machine hits every case alike
            for number, (name, (kind, db)) in enumerate(cases.items()):
                settings = base / f"settings-{number}-{run}"  # as on a first start: no saved window state
                settings.mkdir()
                times[name].append(one_run(kind, db, settings))
        size_mb = large.stat().st_size / 1e6
    rows = {name: {"median_ms": statistics.median(values), "p90_ms": p90(values), "runs_ms": values}
            for name, values in times.items()}
    ratio = rows[f"{args.processes} processes"]["median_ms"] / rows["empty database"]["median_ms"]
    if args.json:
        print(json.dumps({"benchmark": "window_start_to_first_paint", "processes": args.processes,
                          "database_mb": round(size_mb, 1), "fill_seconds": round(fill_seconds, 1),
                          "cases": rows, "ratio_large_to_empty": round(ratio, 3),
                          "target_ratio": 1.2}, indent=2))
        return
    print(f"library database: {args.processes} processes, {size_mb:.0f} MB (filled in {fill_seconds:.0f} s)")
    print(f"{'window start → first paint':<28}  {'median ms':>10}  {'p90 ms':>8}")
    for name, row in rows.items():
        print(f"{name:<28}  {row['median_ms']:>10.1f}  {row['p90_ms']:>8.1f}")
    print(f"ratio {args.processes} ÷ empty: {ratio:.2f} (target ≤ 1.2)")


if __name__ == "__main__":
    main()
