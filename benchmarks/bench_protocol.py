"""The PDF protocol: the demo and large workshops of growing size, against two peers in the same run.

    .venv/bin/python benchmarks/bench_protocol.py [--rounds N] [--max-models M] [--paper A4|A3] [--json]

For the demo workshop and for workshops of 1 … M models × 200 steps (60 pain points and 2
revealed dot votes per model, ``large_workshop.py``) it prints the median of:

* gather   — reading everything the protocol says from the database (``protocol.gather``);
* protocol — gather, the attachments (BPMN, CSV, package) and the whole tagged PDF/A-3a + PDF/UA-1
             (``werkstatt.protocol.pdf.write_protocol``), as ``werkstatt protocol`` does;
* dot      — Graphviz ``dot -Tpdf`` on the same process models (one process per model, started from
             Python): a peer that draws only the diagrams, nothing else of the protocol;
* reportlab — an untagged reportlab PDF of the same diagrams, step and pain point tables
             (``reportlab_peer.py``): the engine the protocol used before, as pages per second;

then the time per model, pages per second of both engines and the ratio protocol / dot.
Issue 19's targets: the demo ≤ 1 s; 5 × 200 steps ≤ 8 s where the engine allows, never over 20 s.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from large_workshop import build
from reportlab_peer import write_reportlab_peer

from werkstatt.demo import create_demo
from werkstatt.layout import ProcessGraph
from werkstatt.protocol.attachments import protocol_attachments
from werkstatt.protocol.content import gather
from werkstatt.protocol.pdf import write_protocol
from werkstatt.read import model as queries
from werkstatt.read.workshops import workshop_models
from werkstatt.render.dot import to_dot
from werkstatt.store.database import open_store


def median_s(action, rounds: int) -> float:
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def measure(folder: Path, name: str, make, rounds: int, paper: str) -> dict[str, float | int | str]:
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
            write_protocol(gather(session, workshop_id), out, paper=paper,
                           attachments=protocol_attachments(session, workshop_id))

    peer_out = folder / f"{name}-reportlab.pdf"
    peer_pages = {"n": 0}

    def peer() -> None:
        peer_pages["n"] = write_reportlab_peer(content, peer_out)

    def graphviz() -> None:
        for path in dots:
            subprocess.run(["dot", "-Tpdf", str(path), "-o", str(path.with_suffix(".pdf"))], check=True)

    row: dict[str, float | int | str] = {
        "case": name, "models": len(content.models), "steps": sum(len(m.steps) for m in content.models),
        "pain_points": sum(len(m.pain_points) for m in content.models),
        "rounds": sum(len(m.rounds) for m in content.models) + len(content.rounds),
        "gather": median_s(read, rounds), "protocol": median_s(whole, rounds), "dot": median_s(graphviz, rounds),
        "reportlab": median_s(peer, rounds), "pages": pdf_pages(out),
    }
    row["reportlab_pages"] = peer_pages["n"]
    row["pages_per_s"] = round(int(row["pages"]) / float(row["protocol"]), 1)
    row["reportlab_pages_per_s"] = round(peer_pages["n"] / float(row["reportlab"]), 1)
    store.close()
    return row


def pdf_pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--max-models", type=int, default=5)
    parser.add_argument("--paper", choices=("A4", "A3"), default="A4")
    parser.add_argument("--json", action="store_true", help="print the rows as JSON")
    args = parser.parse_args(argv)
    rows = []
    with tempfile.TemporaryDirectory(prefix="werkstatt-bench-") as temp:
        folder = Path(temp)
        rows.append(measure(folder, "demo", lambda store: create_demo(store)[0], args.rounds, args.paper))
        for models in range(1, args.max_models + 1):
            rows.append(measure(folder, f"large-{models}", lambda store, n=models: build(store, models=n),
                                args.rounds, args.paper))
    if args.json:
        print(json.dumps({"paper": args.paper, "rounds": args.rounds, "rows": rows}, indent=2))
        return 0
    print(f"{'case':<10}{'models':>7}{'steps':>7}{'pages':>7}{'gather s':>10}{'protocol s':>12}{'pages/s':>9}"
          f"{'dot s':>8}{'ratio':>7}{'rl pages':>10}{'rl pages/s':>12}")
    for row in rows:
        print(f"{row['case']:<10}{row['models']:>7}{row['steps']:>7}{row['pages']:>7}{row['gather']:>10.3f}"
              f"{row['protocol']:>12.3f}{row['pages_per_s']:>9}{row['dot']:>8.3f}"
              f"{float(row['protocol']) / float(row['dot']):>7.1f}{row['reportlab_pages']:>10}"
              f"{row['reportlab_pages_per_s']:>12}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
