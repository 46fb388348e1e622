"""From Enter to the repainted room: one captured line through the whole window, against dot.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_console.py [--lines 12] [--sizes 25,300] [--json]

For a process of N steps, the facilitator's window (offscreen, 1600×950, every panel present, the
projector shown as its preview window) gets one quick-entry line after another. Each is timed from
the call that Enter makes (``CapturePanel.submit``) until

- every view has handled the change (the signals run synchronously inside the call),
- the posted events have run (layout requests, zero timers, update requests), and
- the console's diagram and the projector's diagram have really painted (a Paint event reached
  both viewports; the offscreen platform paints into its backing store as a screen would).

The loop stops when both have painted and the event dispatcher has nothing left to do, or, when a
change does not touch what a view shows (nothing to repaint), when the dispatcher is idle. Work
that the window deliberately runs *after* the frame (the analysis, coalesced; the console's
thumbnail of the projector) is not in that time; its processor time until the window is idle
again is reported beside it ("after the frame"), and the next line is typed only then.

The peer is Graphviz ``dot -Tjson`` laying out the same graph once (what a tool that redraws
through Graphviz would pay per line), measured in the same run. ``--json`` prints
``{"sizes": {"300": {"median_ms": …, "p90_ms": …, "dot_ms": …, "after_frame_cpu_ms": …}, …}}``.
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
SETTLE_S = 0.4  # after a frame: long enough for the coalesced work after it (timers of ≤ 250 ms)


def build_model(store, steps: int) -> str:
    from werkstatt.capture.session import CaptureSession
    from werkstatt.edits import AddAgendaItem, Create, InTransaction
    from werkstatt.model import ProcessModel, Workshop

    lanes = ["Bürgerbüro", "Fachamt", "Kasse", "Antragsteller/in", "Prüfstelle"]
    with store.session() as session:
        applier = InTransaction(session)
        model = applier.apply(Create(ProcessModel, name=f"Probe {steps}", kind="ist"))
        workshop = applier.apply(Create(Workshop, title=f"Messung {steps}"))
        applier.apply(AddAgendaItem(workshop.id, "Aufnahme", process_model_id=model.id))
        capture = CaptureSession(applier, model.id)
        for i in range(steps):
            lane = lanes[(i // 3) % len(lanes)]
            capture.enter_line(f"{lane}: Schritt {i} bearbeiten (5 min)" if i % 3 == 0 else f"Schritt {i} prüfen")
            if i % 10 == 9:
                capture.enter_line(f"! Medienbruch: Problem bei Schritt {i}")
    return workshop.id


def run_dot(dot_text: str) -> float:
    start = time.perf_counter()
    subprocess.run(["dot", "-Tjson"], input=dot_text.encode(), capture_output=True, check=True)
    return time.perf_counter() - start


class PaintWatch:
    """Notes when each watched widget receives a Paint event."""

    def __init__(self, widgets) -> None:
        from PySide6.QtCore import QEvent, QObject

        watch = self
        self.painted: dict[int, float] = {}

        class Filter(QObject):
            def eventFilter(self, watched, event) -> bool:
                if event.type() == QEvent.Type.Paint:
                    watch.painted[id(watched)] = time.perf_counter()
                return False

        self.filter = Filter()
        self.ids = [id(widget) for widget in widgets]
        for widget in widgets:
            widget.installEventFilter(self.filter)

    def reset(self) -> None:
        self.painted.clear()

    def all_painted(self) -> bool:
        return all(key in self.painted for key in self.ids)


def until_repainted(app, watch: PaintWatch, start: float, timeout_s: float = 5.0) -> tuple[float, bool]:
    """Run the event loop until both diagrams painted and nothing is pending; the elapsed seconds."""
    from PySide6.QtCore import QAbstractEventDispatcher, QEventLoop

    dispatcher = QAbstractEventDispatcher.instance()
    flags = QEventLoop.ProcessEventsFlag.AllEvents
    last_work = time.perf_counter()
    while time.perf_counter() - start < timeout_s:
        app.sendPostedEvents()
        busy = dispatcher.processEvents(flags)
        now = time.perf_counter()
        if busy:
            last_work = now
            continue
        # Idle: every posted event and due timer has run.
        return last_work - start, watch.all_painted()
    raise RuntimeError("the window did not become idle within the timeout")


def settle(app, seconds: float) -> float:
    """Let the window finish what it does after the frame; its processor time in seconds."""
    cpu = time.process_time()
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.002)
    return time.process_time() - cpu


def console_window(store, steps: int, settings_folder: Path):
    """The facilitator's window on a new workshop of ``steps`` steps in ``store``, 1600×950, projector shown,
    settled; with the watch on the console's and the projector's diagram."""
    from PySide6.QtWidgets import QApplication

    from werkstatt.capture import catalogue
    from werkstatt.ui.main_window import MainWindow
    from werkstatt.ui.settings import Settings
    from werkstatt.ui.workspace import Workspace

    app = QApplication.instance() or QApplication([])
    Settings.use_folder(settings_folder)
    workshop_id = build_model(store, steps)
    window = MainWindow(Workspace(store), Settings(), catalogue.load_default())
    window.resize(1600, 950)
    window.show()
    window.open_workshop(workshop_id)
    window.projector.show_action.setChecked(True)
    settle(app, 1.0)
    return app, window, PaintWatch([window.view.viewport(), window.projector.window.diagram_view.viewport()])


def measure(steps: int, lines: int) -> dict[str, float]:
    from werkstatt.layout import ProcessGraph
    from werkstatt.read import model as queries
    from werkstatt.render.dot import to_dot
    from werkstatt.store.database import open_store

    folder = Path(tempfile.mkdtemp(prefix="bench-console-"))
    store = open_store(folder / "bench.sqlite")
    app, window, watch = console_window(store, steps, folder)
    times, after, unpainted = [], [], 0
    for i in range(lines):
        line = f"Fachamt: Neuer Schritt {i} (10 min)" if i % 4 == 0 else f"Weiterer Schritt {i}"
        watch.reset()
        start = time.perf_counter()
        window.capture.submit(line)
        elapsed, painted = until_repainted(app, watch, start)
        times.append(elapsed)
        unpainted += not painted
        after.append(settle(app, SETTLE_S))
    with window.workspace.reading() as session:
        graph = ProcessGraph.from_view(queries.model_view(session, window.workspace.model_id))
    dot_text = to_dot(graph)
    dot_times = [run_dot(dot_text) for _ in range(5)]
    window.close()
    store.close()
    return {"median_ms": statistics.median(times) * 1000,
            "p90_ms": statistics.quantiles(times, n=10)[-1] * 1000,
            "dot_ms": statistics.median(dot_times) * 1000,
            "after_frame_cpu_ms": statistics.median(after) * 1000,
            "lines": lines, "lines_without_repaint": unpainted}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=12)
    parser.add_argument("--sizes", default="25,100,300,1000")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    results = {}
    if not args.json:
        print(f"{'steps':>6}  {'Enter → repainted, median ms':>28}  {'p90 ms':>7}  {'dot -Tjson ms':>13}"
              f"  {'dot ÷ console':>13}  {'after the frame, CPU ms':>23}")
    for size in (int(s) for s in args.sizes.split(",")):
        result = results[str(size)] = measure(size, args.lines)
        if not args.json:
            print(f"{size:>6}  {result['median_ms']:>28.1f}  {result['p90_ms']:>7.1f}  {result['dot_ms']:>13.1f}"
                  f"  {result['dot_ms'] / result['median_ms']:>12.1f}×  {result['after_frame_cpu_ms']:>23.1f}",
                  flush=True)
    if args.json:
        print(json.dumps({"sizes": results}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
