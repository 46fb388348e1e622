"""From Enter to the repainted console: one captured line through the whole window, against dot.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_console.py [--lines 20] [--sizes 25,100,300]

For a process of N steps, the facilitator's window (offscreen, 1600×950, every panel present,
the projector shown as a preview) gets one quick-entry line after another; each is timed from
the call that Enter makes until every view has handled ``data_changed`` and a frame of the
diagram has been painted: the commit, the relayout, the scene update, the step list, the
inspector, the pain point and measure tables, the projector. The peer is Graphviz ``dot -Tjson``
laying out the same graph once (what a tool that redraws through Graphviz would pay per line),
measured in the same run.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


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


def measure(steps: int, lines: int) -> tuple[float, float, float]:
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QApplication

    from werkstatt.capture import catalogue
    from werkstatt.layout import ProcessGraph
    from werkstatt.read import model as queries
    from werkstatt.render.dot import to_dot
    from werkstatt.store.database import open_store
    from werkstatt.ui.main_window import MainWindow
    from werkstatt.ui.settings import Settings
    from werkstatt.ui.workspace import Workspace

    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="bench-console-"))
    Settings.use_folder(folder)
    store = open_store(folder / "bench.sqlite")
    workshop_id = build_model(store, steps)
    window = MainWindow(Workspace(store), Settings(), catalogue.load_default())
    window.resize(1600, 950)
    window.show()
    window.open_workshop(workshop_id)
    window.projector.show_action.setChecked(True)
    app.processEvents()
    frame = QImage(1600, 950, QImage.Format.Format_ARGB32)
    times = []
    for i in range(lines):
        line = f"Fachamt: Neuer Schritt {i} (10 min)" if i % 4 == 0 else f"Weiterer Schritt {i}"
        start = time.perf_counter()
        window.capture.submit(line)
        painter = QPainter(frame)
        window.view.render(painter)
        painter.end()
        times.append(time.perf_counter() - start)
        app.processEvents()
    with window.workspace.reading() as session:
        graph = ProcessGraph.from_view(queries.model_view(session, window.workspace.model_id))
    dot_text = to_dot(graph)
    dot_times = [run_dot(dot_text) for _ in range(5)]
    window.close()
    store.close()
    return statistics.median(times) * 1000, statistics.quantiles(times, n=10)[-1] * 1000, \
        statistics.median(dot_times) * 1000


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lines", type=int, default=20)
    parser.add_argument("--sizes", default="25,100,300")
    args = parser.parse_args(argv)
    print(f"{'steps':>6}  {'line → repainted, median ms':>28}  {'p90 ms':>8}  {'dot -Tjson ms':>14}  ratio")
    for size in (int(s) for s in args.sizes.split(",")):
        median, p90, dot = measure(size, args.lines)
        print(f"{size:>6}  {median:>28.1f}  {p90:>8.1f}  {dot:>14.1f}  {dot / median:.1f}× faster than dot")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
