"""The process map at 500, 5,000 and 20,000 processes: the paged PDF and the zoomable map in the window.

    .venv/bin/python benchmarks/bench_process_map.py [--sizes 500,5000,20000] [--keep FOLDER] [--json FILE]

For each size a laptop database is filled with ``large_library.fill_library`` (the 20,000 take about
a minute and a half; ``--keep`` keeps the files in FOLDER and reuses them on the next run), then:

* pdf A4 / A3 — ``write_map`` into a file: seconds, pages, the largest page (points), the smallest
  type size found in the page streams (``qpdf --qdf``) and the file size;
* view first frame — ``ProcessMapView(store)`` up to its first painted frame at 1280×800 ("loading…");
* view open — up to the frame that shows the map (the query runs in a background thread);
* view paint — one frame at the zoom where boxes appear and at the zoom where names appear;
* view search — one search typed into the map's field ("Wohngeld"), including the highlighting.

Done when (issue 24): every page within A3 and no type below 6 pt at 20,000 processes.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from large_library import fill_library
from PySide6.QtWidgets import QApplication

from werkstatt.library.process_map import write_map
from werkstatt.store.database import open_store

A3 = (1190.55, 841.89)


def pdf_figures(path: Path) -> dict[str, float]:
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "100000", str(path)], capture_output=True, text=True,
                          check=True).stdout
    sizes = [(float(w), float(h)) for w, h in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", info)]
    stream = subprocess.run(["qpdf", "--qdf", "--object-streams=disable", str(path), "-"], capture_output=True,
                            check=True).stdout.decode("latin-1")
    fonts = [float(size) for size in re.findall(r"/\S+ (-?[\d.]+) Tf", stream)]
    largest = max(sizes, key=lambda size: size[0] * size[1])
    return {"pages": len(sizes), "largest_page_w": largest[0], "largest_page_h": largest[1],
            "within_a3": all(max(w, h) <= A3[0] + 0.5 and min(w, h) <= A3[1] + 0.5 for w, h in sizes),
            "smallest_font_pt": min(fonts), "bytes": path.stat().st_size}


def measure(size: int, folder: Path) -> dict[str, object]:
    path = folder / f"library-{size}.sqlite"
    if not path.exists():
        started = time.perf_counter()
        fill_library(path, size, 1)
        print(f"  filled {size} processes in {time.perf_counter() - started:.1f} s", flush=True)
    result: dict[str, object] = {"processes": size}
    store = open_store(path, read_only=True)
    try:
        for paper in ("A4", "A3"):
            out = folder / f"map-{size}-{paper}.pdf"
            started = time.perf_counter()
            write_map(store, out, paper=paper)
            result[f"pdf_{paper}_s"] = round(time.perf_counter() - started, 3)
            result.update({f"pdf_{paper}_{key}": value for key, value in pdf_figures(out).items()})
        result.update(view_figures(store))
    finally:
        store.close()
    return result


def view_figures(store) -> dict[str, float]:
    from werkstatt.ui.register.map_view import BOXES_FROM, NAMES_FROM, ProcessMapView

    app = QApplication.instance() or QApplication([])
    started = time.perf_counter()
    view = ProcessMapView(store)
    view.resize(1280, 800)
    view.show()
    view.grab()
    figures = {"view_first_frame_s": round(time.perf_counter() - started, 3)}
    while not view.positions:  # the query runs in the background
        app.processEvents()
        time.sleep(0.005)
    view.canvas.viewport().grab()
    figures["view_open_s"] = round(time.perf_counter() - started, 3)
    for name, zoom in (("boxes", BOXES_FROM * 1.2), ("names", NAMES_FROM * 1.2)):
        view.canvas.zoom_by(zoom / view.canvas.zoom())
        view.canvas.centerOn(view.canvas.areas[0].block.rect.center())
        started = time.perf_counter()
        view.canvas.viewport().grab()
        figures[f"view_paint_{name}_ms"] = round((time.perf_counter() - started) * 1000, 1)
    view.search.setText("Wohngeld")
    started = time.perf_counter()
    view.run_search()
    view.canvas.viewport().grab()
    figures["view_search_ms"] = round((time.perf_counter() - started) * 1000, 1)
    figures["view_search_hits"] = len(view.matched)
    view.close()
    view.deleteLater()
    app.processEvents()
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="500,5000,20000")
    parser.add_argument("--keep", type=Path, help="folder for the databases and maps, reused next time")
    parser.add_argument("--json", type=Path, help="write the figures to this file as JSON")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="werkstatt-bench-map-"))
    folder.mkdir(parents=True, exist_ok=True)
    results = []
    for size in (int(part) for part in args.sizes.split(",")):
        print(f"{size} processes …", flush=True)
        results.append(measure(size, folder))
    print("processes  pdf A4 s  pages  pdf A3 s  pages  largest page pt   smallest pt  within A3  "
          "first frame / map s  paint boxes/names ms  search ms")
    for r in results:
        print(f"{r['processes']:9d}  {r['pdf_A4_s']:8.2f}  {r['pdf_A4_pages']:5d}  {r['pdf_A3_s']:8.2f}  "
              f"{r['pdf_A3_pages']:5d}  {r['pdf_A3_largest_page_w']:.0f}×{r['pdf_A3_largest_page_h']:.0f}       "
              f"{min(r['pdf_A4_smallest_font_pt'], r['pdf_A3_smallest_font_pt']):6.1f}       "
              f"{r['pdf_A4_within_a3'] and r['pdf_A3_within_a3']!s:9}  "
              f"{r['view_first_frame_s']:6.2f} / {r['view_open_s']:5.2f}  "
              f"{r['view_paint_boxes_ms']:8.1f} / {r['view_paint_names_ms']:6.1f}   {r['view_search_ms']:8.1f}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    ok = all(r["pdf_A4_within_a3"] and r["pdf_A3_within_a3"] and r["pdf_A4_smallest_font_pt"] >= 6
             and r["pdf_A3_smallest_font_pt"] >= 6 for r in results)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
