"""The analysis (issue #7) on the peers' synthetic processes, against peers measured in the same run.

    .venv/bin/python benchmarks/bench_analysis.py [--rounds N] [--cases PATTERN]

For the cases of ../shared/bench/peers/cases/ with 10, 100 and 1,000 steps it turns each process
into a ModelView of rows (with times, probabilities, media, building blocks, IT systems and pay
grades drawn from a fixed seed, so every run analyses the same model) and prints the median of:

* analysis — ``analyse(analysis_input(view, …))``: what the panel runs at every keystroke;
* layout   — ``werkstatt.layout.layout(graph, reuse=False)`` on the same process (the peer in-process);
* dot      — Graphviz ``dot -Tjson`` on the same graph, started as a process (the peer outside);

and the ratios. Target: analysis ≤ 20 ms at 1,000 steps.
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from werkstatt.analysis.figures import analyse, analysis_input
from werkstatt.analysis.rates import default_rate_table
from werkstatt.layout import ProcessGraph, layout
from werkstatt.read.model import FlowRow, LaneRow, ModelRow, ModelView, StepRow

PEERS = Path(__file__).resolve().parents[2] / "shared" / "bench" / "peers"
MEDIA = ["", "paper", "software", "email", "post"]
BLOCKS = ["", "", "Formell prüfen", "Daten in EDV übernehmen", "Dokument/Information versenden"]
GRADES = ["E 8", "E 9a", "E 9b", "A 11", ""]


def model_view(case: dict[str, Any], seed: int = 7) -> ModelView:
    """The peer case as the ModelView the GUI would hold, with analysis attributes from a fixed seed."""
    rng = random.Random(seed)
    decisions = {step["id"] for step in case["steps"] if step["kind"] == "decision"}
    branch_targets = {flow["to"] for flow in case["flows"] if flow["from"] in decisions}
    steps = []
    for step in case["steps"]:
        steps.append(StepRow(
            id=step["id"], lane=step["lane"], lane_id=step["lane"], kind=step["kind"],
            label=step["label"], block=rng.choice(BLOCKS),
            processing_minutes=None if rng.random() < 0.05 else float(rng.randint(1, 60)),
            waiting_minutes=float(rng.choice([0, 0, 60, 1440])),
            probability=round(rng.uniform(0.1, 0.6), 2) if step["id"] in branch_targets and rng.random() < 0.5
            else None,
            it_system=rng.choice(["", "VOIS", "OK.FS"]), medium=rng.choice(MEDIA), notes=""))
    lanes = [LaneRow(id=name, name=name, position=i, organisation_id=f"org{i % 2}",
                     pay_grade=GRADES[i % len(GRADES)]) for i, name in enumerate(case["lanes"])]
    flows = [FlowRow(id=f"f{i}", source=flow["from"], target=flow["to"], label=flow.get("label") or "")
             for i, flow in enumerate(case["flows"])]
    return ModelView(model=ModelRow(id=case["name"], name=case["name"], kind="ist", process_id=None,
                                    organisation_id=None, case_volume=2400),
                     lanes=lanes, steps=steps, flows=flows, pain_points=[])


def median_ms(samples: list[int]) -> float:
    return statistics.median(samples) / 1e6


def bench_case(case: dict[str, Any], dot_file: Path | None, rounds: int) -> dict[str, Any]:
    view = model_view(case)
    organisations = {"org0": ("Kreis", "kreis"), "org1": ("Stadt", "stadt")}
    rates = default_rate_table()
    graph = ProcessGraph.from_case(case)
    result = analyse(analysis_input(view, organisations, rates))  # warm caches (block names), as the first keystroke
    layout(graph, reuse=False)
    times: dict[str, list[int]] = {"analysis": [], "layout": [], "dot": []}
    dot_rounds = 3 if len(case["steps"]) >= 1000 else 5
    for r in range(rounds):
        start = time.perf_counter_ns()
        analyse(analysis_input(view, organisations, rates))
        times["analysis"].append(time.perf_counter_ns() - start)
        start = time.perf_counter_ns()
        layout(graph, reuse=False)
        times["layout"].append(time.perf_counter_ns() - start)
        if dot_file is not None and r < dot_rounds:  # interleaved, so machine weather hits all alike
            start = time.perf_counter_ns()
            subprocess.run(["dot", "-Tjson", str(dot_file)], capture_output=True, check=True)
            times["dot"].append(time.perf_counter_ns() - start)
    return {"case": case["name"], "N": len(case["steps"]), "L": len(case["lanes"]),
            "loops": result.counts.loops, "handovers": result.counts.handovers,
            **{f"{key}_ms": round(median_ms(value), 3) for key, value in times.items() if value}}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=31)
    parser.add_argument("--cases", default="n0010_*,n0100_*,n1000_*")
    args = parser.parse_args(argv)
    if not (PEERS / "cases").is_dir():
        print(f"the peer cases are not at {PEERS / 'cases'}", file=sys.stderr)
        return 2
    sys.path.insert(0, str(PEERS))
    from prep import case_to_dot  # the peers' own DOT, so that dot gets exactly their graph

    has_dot = shutil.which("dot") is not None
    patterns = args.cases.split(",")
    print("| case | N | L | loops | handovers | analysis ms | layout ms | layout ÷ analysis | dot ms | "
          "dot ÷ analysis |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as folder:
        for path in sorted((PEERS / "cases").glob("*.json")):
            if not any(fnmatch.fnmatch(path.stem, pattern) for pattern in patterns):
                continue
            case = json.loads(path.read_text(encoding="utf-8"))
            dot_file = None
            if has_dot:
                dot_file = Path(folder) / f"{path.stem}.dot"
                dot_file.write_text(case_to_dot(case), encoding="utf-8")
            row = bench_case(case, dot_file, args.rounds)
            dot = (f"{row['dot_ms']:.1f} | {row['dot_ms'] / row['analysis_ms']:.0f}×" if "dot_ms" in row
                   else "– | –")
            print(f"| {row['case']} | {row['N']} | {row['L']} | {row['loops']} | {row['handovers']} | "
                  f"{row['analysis_ms']:.3f} | {row['layout_ms']:.2f} | {row['layout_ms'] / row['analysis_ms']:.1f}× "
                  f"| {dot} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
