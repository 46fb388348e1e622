"""Swimlane layout against Graphviz dot, on the peers' synthetic processes, in one run.

    .venv/bin/python benchmarks/bench_layout.py [--rounds N] [--cases PATTERN] [--json FILE]

For every case in ../shared/bench/peers/cases/ (N = 10 … 1000 steps, 3 to 8 lanes) it
prints the median of:

* layout   — ``layout(graph)`` after one step's label changed, the label caches warm as
             during live capture (the keystroke path: typing changes text, and the previous
             geometry is reused when no box changed its size);
* full     — the whole layout computed afresh, as after an edit that moves or connects a
             step (no reuse of the previous geometry);
* append   — ``layout(graph)`` with the layout of the graph without its last step cached from
             the call before: what the live diagram does after the facilitator typed a new
             last step (both graphs built afresh, as the live diagram builds them from the
             model; the result is checked against the full layout once per case);
* +scene   — that layout plus ``DiagramScene.show()`` on a scene that shows the previous one;
* +frame   — that, plus repainting a 1920×1080 view of the scene into an image (N ≥ 300);
* dot      — Graphviz ``dot -Tjson`` on the same graph (the peers' DOT, one cluster per lane),
             started as a process from Python, as an application that used dot would;

and the ratios dot / full, full / append and dot / append. bpmn-auto-layout (node) is not
rerun here: its medians from the peers' run (../shared/bench/peers/results.json) are shown
for reference.
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

from werkstatt.layout import ProcessGraph, StepSpec, layout, swimlane
from werkstatt.render.qt import DiagramScene

PEERS = Path(__file__).resolve().parents[2] / "shared" / "bench" / "peers"
if not PEERS.is_dir():
    PEERS = Path(__file__).resolve().parents[1].parent / "shared" / "bench" / "peers"


def relabelled(graph: ProcessGraph, round_number: int) -> ProcessGraph:
    """The graph with one step's label changed: what a keystroke does."""
    steps = list(graph.steps)
    index = len(steps) // 2
    step = steps[index]
    steps[index] = StepSpec(step.id, step.lane, step.kind, f"{step.label} {round_number}", step.position)
    return ProcessGraph(graph.lanes, tuple(steps), graph.flows)


def without_last_step(case: dict) -> ProcessGraph:
    """The case's graph before its last step was typed: that step and the flows reaching it are missing."""
    graph = ProcessGraph.from_case(case)
    last = max(graph.steps, key=lambda step: (step.position, step.id))
    return ProcessGraph(graph.lanes, tuple(step for step in graph.steps if step is not last),
                        tuple(flow for flow in graph.flows if last.id not in (flow.source, flow.target)))


def appended(case: dict) -> tuple[ProcessGraph, ProcessGraph]:
    """The graph without its last step and the whole graph, built separately as the live diagram would."""
    return without_last_step(case), ProcessGraph.from_case(case)


def check_append(case: dict) -> None:
    before, graph = appended(case)
    layout(before)
    diagram = layout(graph)
    if swimlane._previous.path != "append" or diagram != layout(graph, reuse=False):
        raise SystemExit(f"{case['name']}: the append was not laid out as an append, or not as the full layout")


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) / 1e6


def bench_case(case: dict, dot_file: Path, rounds: int, dot_rounds: int) -> dict:
    graph = ProcessGraph.from_case(case)
    n = len(graph.steps)
    layout(graph)  # warm the label caches, as the first keystroke of a session does
    scene = DiagramScene()
    scene.show(layout(graph))
    image = QImage(1920, 1080, QImage.Format.Format_RGB32)
    check_append(case)
    times: dict[str, list[int]] = {"layout": [], "full": [], "append": [], "scene": [], "frame": [], "dot": []}
    for r in range(rounds):
        before, whole = appended(case)
        layout(before)
        start = time.perf_counter_ns()
        layout(whole)
        times["append"].append(time.perf_counter_ns() - start)
        layout(ProcessGraph((), (), ()))  # the keystrokes below start from ``graph`` again, as before
        layout(graph)
        variant = relabelled(graph, r)
        start = time.perf_counter_ns()
        layout(variant, reuse=False)
        times["full"].append(time.perf_counter_ns() - start)
        start = time.perf_counter_ns()
        diagram = layout(variant)
        times["layout"].append(time.perf_counter_ns() - start)
        start = time.perf_counter_ns()
        diagram = layout(relabelled(graph, r + 1000))
        scene.show(diagram)
        times["scene"].append(time.perf_counter_ns() - start)
        if n >= 300:
            start = time.perf_counter_ns()
            scene.show(layout(relabelled(graph, r + 2000)))
            image.fill(QColor("white"))
            painter = QPainter(image)
            scene.render(painter, QRectF(0, 0, 1920, 1080), QRectF(0, 0, 1920, 1080))
            painter.end()
            times["frame"].append(time.perf_counter_ns() - start)
        if r < dot_rounds:  # interleaved with ours, so that machine weather hits both
            start = time.perf_counter_ns()
            subprocess.run(["dot", "-Tjson", str(dot_file)], capture_output=True, check=True)
            times["dot"].append(time.perf_counter_ns() - start)
    scene.clear()
    return {
        "N": n,
        "L": len(graph.lanes),
        **{f"{key}_ms": round(median_ms(value), 3) for key, value in times.items() if value},
        "rounds": rounds,
        "dot_rounds": dot_rounds,
    }


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=21)
    parser.add_argument("--cases", default="*")
    parser.add_argument("--json", type=Path, default=Path(__file__).with_name("results.json"))
    args = parser.parse_args(argv)
    if not (PEERS / "cases").is_dir():
        print(f"the peer cases are not at {PEERS / 'cases'}", file=sys.stderr)
        return 2
    sys.path.insert(0, str(PEERS))
    from prep import case_to_dot  # the peers' own DOT, so that dot gets exactly their graph

    peer_results = json.loads((PEERS / "results.json").read_text(encoding="utf-8"))["cases"]
    _app = QApplication.instance() or QApplication([])
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for path in sorted((PEERS / "cases").glob("*.json")):
            if not fnmatch.fnmatch(path.stem, args.cases):
                continue
            case = json.loads(path.read_text(encoding="utf-8"))
            dot_file = Path(folder) / f"{path.stem}.dot"
            dot_file.write_text(case_to_dot(case), encoding="utf-8")
            dot_rounds = 3 if len(case["steps"]) >= 1000 else 5
            row = {"case": path.stem, **bench_case(case, dot_file, args.rounds, dot_rounds)}
            bpmn = peer_results.get(path.stem, {}).get("engines", {}).get("bpmn", {}).get("inproc_ms", {})
            row["bpmn_peer_ms"] = bpmn.get("median")
            row["full_per_append"] = round(row["full_ms"] / row["append_ms"], 1)
            row["dot_per_append"] = round(row["dot_ms"] / row["append_ms"])
            rows.append(row)
            print_row(row, header=len(rows) == 1)
    args.json.write_text(json.dumps({"machine": f"{os.cpu_count()} cores", "date": time.strftime("%Y-%m-%d"),
                                     "rows": rows}, indent=2) + "\n", encoding="utf-8")
    return 0


def print_row(row: dict, header: bool) -> None:
    if header:
        print("| case | N | L | layout ms (keystroke) | +scene ms | +frame ms | full layout ms | append ms | "
              "full ÷ append | dot ms | dot ÷ full | dot ÷ append | bpmn-auto-layout ms (peers' run) | bpmn ÷ full |")
        print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    frame = f"{row['frame_ms']:.2f}" if "frame_ms" in row else "–"
    bpmn = row.get("bpmn_peer_ms")
    bpmn_cells = f"{bpmn:.1f} | {bpmn / row['full_ms']:.0f}×" if bpmn else "– | –"
    print(f"| {row['case']} | {row['N']} | {row['L']} | {row['layout_ms']:.2f} | {row['scene_ms']:.2f} | {frame} | "
          f"{row['full_ms']:.2f} | {row['append_ms']:.2f} | {row['full_per_append']:.1f}× | {row['dot_ms']:.1f} | "
          f"{row['dot_ms'] / row['full_ms']:.0f}× | {row['dot_per_append']}× | {bpmn_cells} |",
          flush=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
