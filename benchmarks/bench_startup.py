"""Start-up as the user waits for it: from launching the process to its answer, or to the window's first frame.

    .venv/bin/python benchmarks/bench_startup.py [--runs 7] [--json]

Each run of each case is a fresh process, timed in this process from just before it is launched
(``subprocess.Popen``) — so Python's own start and every import count, as they do for the user:

- ``python -c pass``: the interpreter alone (the peer of the commands);
- ``werkstatt --version`` and ``werkstatt list models``: until the process has exited;
- ``bare PySide6 window``: a QMainWindow with a label, until its first frame is painted (the peer of
  the window: what any Qt window costs on this machine);
- ``werkstatt window (demo database)``: the ``werkstatt`` entry point with no command, until the main
  window's first frame is painted, reported by the window itself on standard output
  (``WERKSTATT_EXIT_AFTER_FIRST_PAINT=1``, see ``werkstatt.ui.app``), which then quits.

First paint means the first Paint event of a widget of the main window plus the rest of that paint
pass, as in bench_window_start.py (which times the same in-process, from ``open_store``). The demo
database is made once per benchmark run by ``werkstatt demo``; every window start gets a new empty
WERKSTATT_CONFIG_DIR (a first start: no saved window state). QT_QPA_PLATFORM defaults to offscreen.
Compiled modules are kept, as an installed program has them, in a folder of this run
(PYTHONPYCACHEPREFIX; PYTHONDONTWRITEBYTECODE is dropped). One untimed round goes first (it compiles,
and the operating system's file cache then holds the same for every case), and the runs are
interleaved, so that a busy moment of the machine hits every case alike. Each case's CPU time
(user + system, from os.wait4) is reported beside the wall clock: it is much less disturbed when
other work shares the machine. The window's paint watcher (an application-wide event filter) costs
about 3 µs per event, some 40 ms over the ~12,000 events before the first frame: its figure is that
much on the safe side.

Done when (issue 18): ``werkstatt --version`` ≤ 3× ``python -c pass``; the window's first frame
≤ 1.2 s after launch.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_window_start import p90  # the same p90 as the in-process window benchmark

VERSION_LIMIT = 3.0  # × python -c pass
WINDOW_LIMIT_MS = 1200.0
PAINTED = "first frame painted"
TIMEOUT_S = 120

# The peer window: only PySide6, nothing of Werkstatt; prints the same line as the window's own report.
BARE_WINDOW = f"""
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QWidget
app = QApplication([])
class FirstPaint(QObject):
    done = False
    def eventFilter(self, watched, event):
        if not self.done and event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            self.done = True
            QTimer.singleShot(0, lambda: (print("{PAINTED}", flush=True), app.quit()))
        return False
watcher = FirstPaint()
app.installEventFilter(watcher)
window = QMainWindow()
window.setCentralWidget(QLabel("Werkstatt"))
window.resize(1600, 950)
window.show()
QTimer.singleShot({TIMEOUT_S * 1000}, app.quit)
app.exec()
"""


class Case(NamedTuple):
    command: list[str]
    waits_for_paint: bool  # else: until the process exits


class Timing(NamedTuple):
    ms: float
    # The process's user + system time, its quitting included (a window's too): much less disturbed
    # than the wall clock when other work shares the machine. None where os.wait4 is missing.
    cpu_ms: float | None
    in_process_ms: float | None  # the window's own figure: run_app → first frame


def executable(name: str) -> str:
    """A program of the same environment as this Python (the venv's ``werkstatt`` entry point)."""
    folder = Path(sys.executable).parent
    found = next((path for path in (folder / name, folder / f"{name}.exe") if path.exists()), None)
    if found is None:
        raise SystemExit(f"no {name} next to {sys.executable}: install Werkstatt into this environment")
    return str(found)


def clean_environment(config: Path, bytecode: Path) -> dict[str, str]:
    """As on a user's machine: no WERKSTATT_DB or _LANG, and compiled modules are kept between starts
    (an installed program has them; a developer's PYTHONDONTWRITEBYTECODE=1 would add the compiling of
    every Werkstatt module to each start) — in ``bytecode``, not beside the sources."""
    ignored = ("WERKSTATT_DB", "WERKSTATT_LANG", "PYTHONDONTWRITEBYTECODE")
    env = {key: value for key, value in os.environ.items() if key not in ignored}
    env["PYTHONPYCACHEPREFIX"] = str(bytecode)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["WERKSTATT_CONFIG_DIR"] = str(config)
    env["WERKSTATT_EXIT_AFTER_FIRST_PAINT"] = "1"
    env["PYTHONFAULTHANDLER"] = "1"
    return env


def one_run(case: Case, env: dict[str, str]) -> Timing:
    with tempfile.TemporaryFile("w+") as errors:
        start = time.perf_counter()
        process = subprocess.Popen(case.command, stdout=subprocess.PIPE, stderr=errors, env=env, text=True)
        # A window that never paints (a modal box on the offscreen platform) must not hang the benchmark:
        # SIGABRT makes Python's fault handler (PYTHONFAULTHANDLER) write every thread's stack to stderr.
        watchdog = threading.Timer(TIMEOUT_S, process.send_signal, [getattr(signal, "SIGABRT", signal.SIGTERM)])
        watchdog.start()
        try:
            assert process.stdout is not None
            ms, in_process = None, None
            for line in process.stdout:
                if case.waits_for_paint and PAINTED in line and ms is None:
                    ms = (time.perf_counter() - start) * 1000
                    numbers = [float(word) for word in line.split() if word.isdigit()]
                    in_process = numbers[0] if numbers else None
            # Until here: the end of its output. A window closes itself once painted (its quitting is not timed).
            code, cpu_ms = reap(process)
            if not case.waits_for_paint:
                ms = (time.perf_counter() - start) * 1000
        finally:
            watchdog.cancel()
        if code != 0 or ms is None:
            errors.seek(0)
            raise RuntimeError(f"{' '.join(case.command)} failed (exit code {code}, "
                               f"{'painted' if ms else 'no first frame'}): {errors.read()[-3000:]}")
        return Timing(ms, cpu_ms, in_process)


def reap(process: subprocess.Popen) -> tuple[int, float | None]:
    """The exit code and, where the system tells (os.wait4), the CPU time the process used."""
    if not hasattr(os, "wait4"):
        return process.wait(), None
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    return process.returncode, (usage.ru_utime + usage.ru_stime) * 1000


def measure(cases: dict[str, Case], runs: int, base: Path) -> dict[str, list[Timing]]:
    timings: dict[str, list[Timing]] = {name: [] for name in cases}
    configs = itertools.count()
    for run in range(runs + 1):  # run 0 compiles the modules, warms the file cache and is not counted
        for name, case in cases.items():
            timing = one_run(case, clean_environment(base / f"config-{next(configs)}", base / "bytecode"))
            if run:
                timings[name].append(timing)
    return timings


def summary(values: list[Timing]) -> dict[str, object]:
    milliseconds = [round(timing.ms, 1) for timing in values]
    row: dict[str, object] = {"median_ms": round(statistics.median(milliseconds), 1),
                              "p90_ms": round(p90(milliseconds), 1), "runs_ms": milliseconds}
    cpu = [timing.cpu_ms for timing in values if timing.cpu_ms is not None]
    if cpu:
        row["cpu_median_ms"] = round(statistics.median(cpu), 1)
    in_process = [timing.in_process_ms for timing in values if timing.in_process_ms is not None]
    if in_process:
        row["run_app_to_paint_median_ms"] = round(statistics.median(in_process), 1)
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    werkstatt = executable("werkstatt")
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        demo = base / "demo.sqlite"
        made = subprocess.run([werkstatt, "--db", str(demo), "demo"], capture_output=True, text=True,
                              env=clean_environment(base / "config-demo", base / "bytecode"))
        if made.returncode != 0:
            raise SystemExit(f"werkstatt demo failed: {made.stderr[-3000:]}")
        cases = {
            "python -c pass": Case([sys.executable, "-c", "pass"], False),
            "werkstatt --version": Case([werkstatt, "--version"], False),
            "werkstatt list models": Case([werkstatt, "--db", str(demo), "list", "models"], False),
            "bare PySide6 window": Case([sys.executable, "-c", BARE_WINDOW], True),
            "werkstatt window (demo database)": Case([werkstatt, "--db", str(demo)], True),
        }
        timings = measure(cases, args.runs, base)
    rows = {name: summary(values) for name, values in timings.items()}

    def ratio(name: str, peer: str) -> float:
        return round(float(rows[name]["median_ms"]) / float(rows[peer]["median_ms"]), 2)  # type: ignore[arg-type]

    ratios = {"werkstatt --version ÷ python -c pass": ratio("werkstatt --version", "python -c pass"),
              "werkstatt list models ÷ python -c pass": ratio("werkstatt list models", "python -c pass"),
              "werkstatt window ÷ bare PySide6 window": ratio("werkstatt window (demo database)",
                                                              "bare PySide6 window")}
    window_ms = float(rows["werkstatt window (demo database)"]["median_ms"])  # type: ignore[arg-type]
    met = {"werkstatt --version ≤ 3× python -c pass": ratios["werkstatt --version ÷ python -c pass"] <= VERSION_LIMIT,
           "window first paint ≤ 1200 ms": window_ms <= WINDOW_LIMIT_MS}
    if args.json:
        print(json.dumps({"benchmark": "startup", "runs": args.runs, "platform": os.environ.get("QT_QPA_PLATFORM",
                                                                                              "offscreen"),
                          "cases": rows, "ratios": ratios, "targets_met": met}, ensure_ascii=False, indent=2))
        return
    print(f"{'launch → answer / first paint':<34}  {'median ms':>10}  {'p90 ms':>8}  {'CPU ms':>8}")
    for name, row in rows.items():
        print(f"{name:<34}  {row['median_ms']:>10.1f}  {row['p90_ms']:>8.1f}  {row.get('cpu_median_ms', 0):>8.1f}")
    for name, value in ratios.items():
        print(f"{name}: {value:.2f}")
    for name, ok in met.items():
        print(f"{'met' if ok else 'NOT met'}: {name}")


if __name__ == "__main__":
    main()
