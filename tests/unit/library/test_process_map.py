"""The paged PDF process map: paper sizes, type sizes, overview counts, outline, speed, and the CLI.

The PDF is read with the tools a reader's machine has (qpdf, poppler's pdfinfo and pdftotext), not
with reportlab itself, so that a mistake in how we draw shows up as it would on paper.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from helpers.map_register import fill_map_register
from werkstatt.cli import EXIT_ERROR, main
from werkstatt.demo import create_demo
from werkstatt.library.process_map import ProcessMapError, render_process_map, write_map
from werkstatt.library.process_map_pdf import BOLD, fit, fit_lines, text_width
from werkstatt.library.product_areas import NKF_PRODUCT_AREAS
from werkstatt.model import Process
from werkstatt.render.fonts import register_reportlab
from werkstatt.store.database import open_store

pytestmark = pytest.mark.skipif(not (shutil.which("qpdf") and shutil.which("pdfinfo") and shutil.which("pdftotext")),
                                reason="qpdf and poppler-utils read the PDF")
A3_LONG, A3_SHORT = 1190.55, 841.89
PAPER = {"A4": (841.89, 595.28), "A3": (A3_LONG, A3_SHORT)}


@pytest.fixture(scope="module")
def large(tmp_path_factory):
    """2,000 processes in six areas, once for the module (filling takes two seconds)."""
    path = tmp_path_factory.mktemp("map") / "werkstatt.sqlite"
    store = open_store(path)
    counts = fill_map_register(store, 2000)
    yield store, counts
    store.close()


@pytest.fixture(scope="module")
def large_pdfs(large, tmp_path_factory):
    """The map of the 2,000 processes on A4 and on A3, and how long A4 took."""
    store, _counts = large
    folder = tmp_path_factory.mktemp("maps")
    seconds = {}
    for paper in ("A4", "A3"):
        started = time.perf_counter()
        with store.reading() as session:
            render_process_map(session, folder / f"{paper}.pdf", language="en", paper=paper)
        seconds[paper] = time.perf_counter() - started
    return folder, seconds


def page_sizes(path: Path) -> list[tuple[float, float]]:
    out = subprocess.run(["pdfinfo", "-f", "1", "-l", "100000", str(path)], capture_output=True, text=True,
                         check=True).stdout
    return [(float(w), float(h)) for w, h in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", out)]


def page_text(path: Path, page: int) -> str:
    return subprocess.run(["pdftotext", "-layout", "-f", str(page), "-l", str(page), str(path), "-"],
                          capture_output=True, text=True, check=True).stdout


def content(path: Path) -> str:
    """All page content streams, uncompressed."""
    return subprocess.run(["qpdf", "--qdf", "--object-streams=disable", str(path), "-"], capture_output=True,
                          check=True).stdout.decode("latin-1")


def outline(path: Path) -> list[tuple[str, int]]:
    data = json.loads(subprocess.run(["qpdf", "--json=2", "--json-key=outlines", str(path)], capture_output=True,
                                     check=True).stdout)
    return [(entry["title"], entry["destpageposfrom1"]) for entry in data["outlines"]]


def test_every_page_has_the_chosen_paper_size_and_none_is_beyond_a3(large_pdfs) -> None:
    folder, _seconds = large_pdfs
    for paper, (width, height) in PAPER.items():
        sizes = page_sizes(folder / f"{paper}.pdf")
        assert len(sizes) > 7  # an overview and pages for six areas
        for page_width, page_height in sizes:
            assert page_width == pytest.approx(width, abs=0.5) and page_height == pytest.approx(height, abs=0.5)
            assert max(page_width, page_height) <= A3_LONG + 0.5 and min(page_width, page_height) <= A3_SHORT + 0.5
    assert len(page_sizes(folder / "A3.pdf")) < len(page_sizes(folder / "A4.pdf"))  # more boxes on a page


def test_no_text_is_smaller_than_six_points_and_nothing_is_scaled(large_pdfs) -> None:
    folder, _seconds = large_pdfs
    for paper in PAPER:
        stream = content(folder / f"{paper}.pdf")
        sizes = [float(size) for size in re.findall(r"/\S+ (-?[\d.]+) Tf", stream)]
        assert len(sizes) > 2000  # every box has its lines
        assert min(sizes) >= 6
        # A size is what it says only if no matrix scales the text: translations alone.
        for a, b, c, d in re.findall(r"(-?[\d.]+) (-?[\d.]+) (-?[\d.]+) (-?[\d.]+) -?[\d.]+ -?[\d.]+ (?:cm|Tm)",
                                     stream):
            assert (float(a), float(b), float(c), float(d)) == (1, 0, 0, 1)


def test_the_overview_counts_areas_statuses_and_leads(large, large_pdfs) -> None:
    _store, counts = large
    folder, _seconds = large_pdfs
    overview = page_text(folder / "A4.pdf", 1)
    assert "Processes: 2000 · product areas: 6" in overview
    for area, count in counts["area"].items():
        [row] = [line for line in overview.splitlines() if line.strip().startswith(area[:20])]
        numbers = [int(n) for n in re.findall(r"(?<![\w-])(\d+)(?![\w-])", row[len(area):].split("Witten")[0])]
        assert numbers[0] == count and sum(numbers[1:6]) == count
    [total] = [line for line in overview.splitlines() if line.strip().startswith("All product areas")]
    assert [int(n) for n in re.findall(r"\b\d+\b", total)][:6] == [2000, *(counts["status"][s] for s in (
        "identified", "in_survey", "modelled", "optimised", "implemented"))]
    lead, most = counts["lead"].most_common(1)[0]
    assert f"{lead} {most}" in total
    assert "as of" in overview


def test_each_area_has_an_outline_entry_and_titled_pages(large_pdfs) -> None:
    folder, _seconds = large_pdfs
    path = folder / "A4.pdf"
    entries = outline(path)
    assert [title for title, _page in entries] == ["Overview", *NKF_PRODUCT_AREAS[:6]]
    total = len(page_sizes(path))
    starts = [page for _title, page in entries] + [total + 1]
    for (title, first), following in zip(entries[1:], starts[2:], strict=True):
        pages = following - first
        assert page_text(path, first).lstrip().startswith(f"{title} — page 1 of {pages}")
        assert page_text(path, following - 1).lstrip().startswith(f"{title} — page {pages} of {pages}")
    assert f"Page {total} of {total}" in page_text(path, total)
    assert "Fahrerlaubnis" not in page_text(path, 2) and "K-00000" in page_text(path, 2)


def test_two_thousand_processes_map_in_a_few_seconds(large_pdfs) -> None:
    _folder, seconds = large_pdfs
    assert seconds["A4"] < 8, seconds  # 2 s on the project's machine, 12 s at 20,000 (benchmarks/)


def test_long_names_are_cut_with_an_ellipsis_inside_the_box() -> None:
    register_reportlab()
    name = "Genehmigung " * 40
    lines = fit_lines(name, BOLD, 7.5, 140, 3)
    assert len(lines) == 3 and lines[-1].endswith("…")
    assert all(text_width(line, BOLD, 7.5) <= 140 for line in lines)
    word = "Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichenherstellung"
    [first, second] = fit_lines(word, BOLD, 7.5, 60, 2)
    assert word.startswith(first) and second.endswith("…") and text_width(second, BOLD, 7.5) <= 60
    assert fit("kurz", BOLD, 7.5, 140) == "kurz"
    assert fit_lines("", BOLD, 7.5, 140, 3) == []


def test_the_demo_map_shows_the_box_contents(store, tmp_path: Path) -> None:
    create_demo(store)
    with store.session() as session:
        session.add(Process(name="Ohne Bereich", status="implemented"))
    out = tmp_path / "karte.pdf"
    with store.reading() as session:
        render_process_map(session, out, language="en")
    assert [title for title, _page in outline(out)] == ["Overview", "02 Sicherheit und Ordnung",
                                                        "without product area"]
    area = page_text(out, 2)
    assert "Fahrerlaubnis: Ersterteilung" in area and "in survey · Witten" in area and "models: 1" in area
    assert "implemented" in page_text(out, 3)


def test_an_empty_register_has_an_overview_only(store, tmp_path: Path) -> None:
    out = tmp_path / "leer.pdf"
    with store.reading() as session:
        render_process_map(session, out, language="en")
    assert len(page_sizes(out)) == 1 and "Processes: 0" in page_text(out, 1)


def test_an_unknown_paper_is_a_sentence(store, tmp_path: Path) -> None:
    with pytest.raises(ProcessMapError, match="A4"):
        write_map(store, tmp_path / "karte.pdf", paper="Letter")
    assert not (tmp_path / "karte.pdf").exists()


def test_werkstatt_map_leaves_a_read_only_database_unchanged(store, db_path: Path, tmp_path: Path, capsys) -> None:
    """``main`` in this process: the CLI's own path (read-only store), without a child's start-up time."""
    create_demo(store)
    store.close()
    before = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in db_path.parent.iterdir()}
    assert main(["--db", str(db_path), "map", "--out", str(tmp_path / "karte.pdf")]) == 0
    assert (tmp_path / "karte.pdf").read_bytes().startswith(b"%PDF")
    assert "karte.pdf" in capsys.readouterr().out
    after = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in db_path.parent.iterdir()
             if p.name != "karte.pdf"}
    assert after == before


def test_a_bad_output_path_is_one_sentence_and_an_exit_code(store, db_path: Path, tmp_path: Path, capsys) -> None:
    create_demo(store)
    store.close()
    for out in (tmp_path / "fehlt" / "karte.pdf", tmp_path):
        assert main(["--db", str(db_path), "map", "--out", str(out)]) == EXIT_ERROR
        captured = capsys.readouterr()
        message = captured.err.strip()
        assert captured.out == "" and len(message.splitlines()) == 1 and message.endswith(".")
        assert str(tmp_path) in message or ".pdf" in message  # where, or which names work


def test_werkstatt_map_writes_a3_pages_and_refuses_other_papers(store, db_path: Path, tmp_path: Path, capsys) -> None:
    create_demo(store)
    store.close()
    assert main(["--db", str(db_path), "map", "--out", str(tmp_path / "a3.pdf"), "--paper", "A3"]) == 0
    sizes = {line.split(":", 1)[1].split("pts")[0].strip() for line in subprocess.run(
        ["pdfinfo", "-f", "1", "-l", "100", str(tmp_path / "a3.pdf")], capture_output=True, text=True,
        check=True).stdout.splitlines() if line.startswith("Page ") and "size:" in line}
    assert sizes == {"1190.55 x 841.89"}
    capsys.readouterr()
    with pytest.raises(SystemExit) as refused:
        main(["--db", str(db_path), "map", "--out", str(tmp_path / "a0.pdf"), "--paper", "A0"])
    assert refused.value.code == 2 and "A0" in capsys.readouterr().err
    assert not (tmp_path / "a0.pdf").exists()
