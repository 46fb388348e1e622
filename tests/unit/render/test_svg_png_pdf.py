"""Renderers draw the same geometry: SVG, reportlab PDF, DOT and PNG, and the export command."""

from __future__ import annotations

import hashlib
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pydot
import pytest

from werkstatt.demo import MODEL_ID, create_demo
from werkstatt.errors import WerkstattError
from werkstatt.layout import FlowSpec, LaneSpec, ProcessGraph, StepSpec, layout
from werkstatt.read import model as queries
from werkstatt.render.dot import to_dot
from werkstatt.render.export import export_model
from werkstatt.render.pdf import to_pdf
from werkstatt.render.png import to_png_bytes
from werkstatt.render.svg import to_svg

SVG = "{http://www.w3.org/2000/svg}"
HOSTILE = 'Prüfen <script>alert("x")</script> & „Łukasz“ 🚗 ]]> \x07'


@pytest.fixture
def demo_graph(store) -> ProcessGraph:
    create_demo(store)
    with store.read_session() as session:
        return ProcessGraph.from_view(queries.model_view(session, MODEL_ID))


def hostile_graph() -> ProcessGraph:
    lanes = (LaneSpec("a", "Bahn & <Co>"), LaneSpec("b", HOSTILE))
    steps = (StepSpec("s1", "a", "start", HOSTILE, 0), StepSpec("s2", "b", "task", HOSTILE, 1),
             StepSpec("s3", "a", "decision", "ok?", 2), StepSpec("s4", "b", "end", "Ende", 3))
    flows = (FlowSpec("f1", "s1", "s2"), FlowSpec("f2", "s2", "s3"), FlowSpec("f3", "s3", "s4", '"ja" & <nein>'),
             FlowSpec("f4", "s3", "s2", "nein"))
    return ProcessGraph(lanes, steps, flows)


def test_svg_is_valid_xml_with_every_step_and_line(demo_graph: ProcessGraph) -> None:
    diagram = layout(demo_graph)
    root = ET.fromstring(to_svg(diagram, title="Demo").encode("utf-8"))
    assert root.tag == f"{SVG}svg" and "Liberation Sans" in root.get("font-family")
    drawn = {g.get("data-step-id") for g in root.iter(f"{SVG}g") if g.get("data-step-id")}
    assert drawn == {box.id for box in diagram.steps}
    texts = [t.text for t in root.iter(f"{SVG}text")]
    for box in diagram.steps:
        for line in box.lines:
            assert line in texts
    assert len([g for g in root.iter(f"{SVG}g") if g.get("data-flow-id")]) == len(diagram.flows)


def test_svg_escapes_hostile_text_and_is_deterministic() -> None:
    diagram = layout(hostile_graph())
    text = to_svg(diagram, title=HOSTILE)
    root = ET.fromstring(text.encode("utf-8"))
    assert "<script>" not in text and "\x07" not in text
    assert any("<script>" in (t.text or "") for t in root.iter(f"{SVG}text"))
    assert to_svg(layout(hostile_graph()), title=HOSTILE) == text


def test_pdf_has_one_page_with_the_text(demo_graph: ProcessGraph, tmp_path: Path) -> None:
    path = to_pdf(layout(demo_graph), tmp_path / "diagram.pdf")
    assert path.read_bytes().startswith(b"%PDF")
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert "Antrag formell prüfen" in text and "Bürgerbüro Witten" in text
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    assert "LiberationSans" in fonts and " yes " in fonts  # embedded


def test_pdf_survives_hostile_text(tmp_path: Path) -> None:
    assert to_pdf(layout(hostile_graph()), tmp_path / "hostile.pdf").stat().st_size > 1000


def test_dot_has_a_cluster_per_lane_and_parses(demo_graph: ProcessGraph) -> None:
    text = to_dot(demo_graph)
    (parsed,) = pydot.graph_from_dot_data(text)
    assert len(parsed.get_subgraphs()) == len(demo_graph.lanes)
    assert len(parsed.get_edges()) == len(demo_graph.flows)
    assert text.isascii() or "Prüf" in text  # ids are ASCII; labels keep their umlauts
    (hostile,) = pydot.graph_from_dot_data(to_dot(hostile_graph()))
    assert len(hostile.get_subgraphs()) == 2


def test_graphviz_lays_out_our_dot(demo_graph: ProcessGraph, tmp_path: Path) -> None:
    source = tmp_path / "demo.dot"
    source.write_text(to_dot(demo_graph), encoding="utf-8")
    result = subprocess.run(["dot", "-Tsvg", str(source)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert "Antrag formell prüfen" in result.stdout


def test_png_has_the_width_and_ink(demo_graph: ProcessGraph) -> None:
    from PySide6.QtGui import QImage

    data = to_png_bytes(layout(demo_graph), width=1920)
    image = QImage.fromData(data, "PNG")
    assert image.width() == 1920 and image.height() > 300
    dark = sum(1 for x in range(0, 1920, 7) for y in range(0, image.height(), 7)
               if image.pixelColor(x, y).lightness() < 100)
    assert dark > 100  # lines and letters, not a blank page


@pytest.mark.parametrize("fmt", ["svg", "png", "dot", "pdf"])
def test_export_writes_each_format(store, tmp_path: Path, fmt: str) -> None:
    create_demo(store)
    out = export_model(store, MODEL_ID[:8], fmt, tmp_path / f"demo.{fmt}")
    magic = {"svg": b"<?xml", "png": b"\x89PNG", "dot": b"digraph", "pdf": b"%PDF"}[fmt]
    assert out.read_bytes().startswith(magic)
    assert out.stat().st_mode & 0o644 == 0o644


def test_export_errors_leave_existing_files_alone(store, tmp_path: Path) -> None:
    create_demo(store)
    existing = tmp_path / "keep.svg"
    existing.write_text("my own drawing")
    before = hashlib.sha256(existing.read_bytes()).hexdigest()
    with pytest.raises(WerkstattError, match="Ordner"):
        export_model(store, MODEL_ID, "svg", tmp_path)
    with pytest.raises(WerkstattError, match="/proc/werkstatt"):
        export_model(store, MODEL_ID, "svg", Path("/proc/werkstatt/x.svg"))
    with pytest.raises(WerkstattError, match="Format"):
        export_model(store, MODEL_ID, "gif", existing)
    with pytest.raises(WerkstattError, match="ID"):
        export_model(store, "ffff0000", "svg", existing)
    assert hashlib.sha256(existing.read_bytes()).hexdigest() == before
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".keep.svg")]  # no temporary left


def test_export_from_the_command_line(cli, tmp_path: Path) -> None:
    db = tmp_path / "cli.sqlite"
    cli("demo", db=db)
    result = cli("export", "svg", MODEL_ID, "--out", str(tmp_path / "d.svg"), db=db)
    assert result.returncode == 0 and (tmp_path / "d.svg").exists()
    bad = cli("export", "svg", MODEL_ID, "--out", str(tmp_path), db=db)
    assert bad.returncode == 1 and "Traceback" not in bad.stderr and "Ordner" in bad.stderr
