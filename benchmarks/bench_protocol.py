"""The PDF protocol: the demo and large workshops of growing size, against Graphviz in the same run.

    .venv/bin/python benchmarks/bench_protocol.py [--rounds N] [--max-models M]

For the demo workshop and for workshops of 1 … M models × 200 steps (60 pain points and 2
revealed dot votes per model, ``large_workshop.py``) it prints the median of:

* gather   — reading everything the protocol says from the database (``protocol.gather``);
* protocol — gather plus writing the whole PDF (``write_protocol``), as ``werkstatt protocol`` does;
* dot      — Graphviz ``dot -Tpdf`` on the same process models (one process per model, started from
             Python): a peer that draws only the diagrams, nothing else of the protocol;

then the time per model (linear growth keeps it flat) and the ratio protocol / dot.
The issue's targets: the demo ≤ 1 s, 5 models ≤ 8 s.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from large_workshop import build

from werkstatt import queries
from werkstatt.demo import create_demo
from werkstatt.layout import ProcessGraph
from werkstatt.protocol import gather
from werkstatt.protocol.render import write_protocol
from werkstatt.render.dot import to_dot
from werkstatt.store import open_store
from werkstatt.workshop_queries import workshop_models


def median_s(action, rounds: int) -> float:
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def measure(folder: Path, name: str, make, rounds: int) -> dict[str, float | int | str]:
    store = open_store(folder / f"{name}.sqlite")
    workshop_id = make(store)
    out = folder / f"{name}.pdf"
    with store.read_session() as session:
        content = gather(session, workshop_id)
        dots = []
        for ref in workshop_models(session, workshop_id):
            path = folder / f"{name}-{ref.id}.dot"
            path.write_text(to_dot(ProcessGraph.from_view(queries.model_view(session, ref.id))), encoding="utf-8")
            dots.append(path)

    def read() -> None:
        with store.read_session() as session:
            gather(session, workshop_id)

    def whole() -> None:
        with store.read_session() as session:
            write_protocol(gather(session, workshop_id), out)

    def graphviz() -> None:
        for path in dots:
            subprocess.run(["dot", "-Tpdf", str(path), "-o", str(path.with_suffix(".pdf"))], check=True)

    row: dict[str, float | int | str] = {
        "case": name, "models": len(content.models), "steps": sum(len(m.steps) for m in content.models),
        "pain_points": sum(len(m.pain_points) for m in content.models),
        "rounds": sum(len(m.rounds) for m in content.models) + len(content.rounds),
        "gather": median_s(read, rounds), "protocol": median_s(whole, rounds), "dot": median_s(graphviz, rounds),
        "pages": pdf_pages(out),
    }
    store.close()
    return row


def pdf_pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--max-models", type=int, default=5)
    args = parser.parse_args(argv)
    rows = []
    with tempfile.TemporaryDirectory(prefix="werkstatt-bench-") as temp:
        folder = Path(temp)
        rows.append(measure(folder, "demo", lambda store: create_demo(store)[0], args.rounds))
        for models in range(1, args.max_models + 1):
            rows.append(measure(folder, f"large-{models}", lambda store, n=models: build(store, models=n),
                                args.rounds))
    print(f"{'case':<10}{'models':>7}{'steps':>7}{'pains':>7}{'rounds':>7}{'pages':>7}"
          f"{'gather s':>10}{'protocol s':>12}{'s/model':>9}{'dot s':>8}{'ratio':>7}")
    for row in rows:
        per_model = float(row["protocol"]) / max(1, int(row["models"]))
        print(f"{row['case']:<10}{row['models']:>7}{row['steps']:>7}{row['pain_points']:>7}{row['rounds']:>7}"
              f"{row['pages']:>7}{row['gather']:>10.3f}{row['protocol']:>12.3f}{per_model:>9.3f}"
              f"{row['dot']:>8.3f}{float(row['protocol']) / float(row['dot']):>7.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
