"""A workshop of five models × 200 steps, written as the e-file gets it (issue 19).

Rendered once for the module with its real attachments (each model's BPMN, the CSVs, the package):
the same archive and screen-reader checks as the demo's (``test_protocol_pdfua``), the diagram pages
within a third of the 56 pages the reportlab parts took per model, no text below 7 pt, and every
BPMN taken out of the PDF imports again as the model it was written from.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pikepdf
import pytest

from helpers.paths import REPO
from helpers.pdf import TEXT_OPERATORS, struct_elements
from helpers.state import shape
from werkstatt import i18n
from werkstatt.interchange.bpmn_import import import_bpmn
from werkstatt.protocol.attachments import protocol_attachments
from werkstatt.protocol.content import gather
from werkstatt.protocol.content_types import Protocol
from werkstatt.protocol.pdf import write_protocol
from werkstatt.read.workshops import workshop_models
from werkstatt.store.database import Store, open_store

sys.path.insert(0, str(REPO / "benchmarks"))
import large_workshop

pytestmark = pytest.mark.slow
MODELS = 5


@pytest.fixture(scope="module")
def large(tmp_path_factory: pytest.TempPathFactory):
    store = open_store(tmp_path_factory.mktemp("db") / "large.sqlite")
    with i18n.speaking("de"):
        workshop_id = large_workshop.build(store, models=MODELS, steps=200)
        with store.read_session() as session:
            protocol = gather(session, workshop_id)
            attachments = protocol_attachments(session, workshop_id)
            models = [ref.id for ref in workshop_models(session, workshop_id)]
        out = write_protocol(protocol, tmp_path_factory.mktemp("pdf") / "gross.pdf", attachments=attachments)
    yield store, protocol, models, out
    store.close()


@pytest.fixture(scope="module")
def pdf(large):
    with pikepdf.open(large[3]) as opened:
        yield opened


def test_tagged_pdfa3a_and_pdfua1(large, pdf) -> None:
    info = subprocess.run(["pdfinfo", str(large[3])], capture_output=True, text=True, check=True).stdout
    assert re.search(r"^Tagged:\s+yes$", info, re.MULTILINE) and re.search(r"^PDF version:\s+1\.7$", info, re.M)
    xmp = bytes(pdf.Root.Metadata.read_bytes()).decode("utf-8")
    assert "<pdfaid:part>3</pdfaid:part>" in xmp and "<pdfaid:conformance>A</pdfaid:conformance>" in xmp
    assert "<pdfuaid:part>1</pdfuaid:part>" in xmp
    assert subprocess.run(["qpdf", "--check", str(large[3])], capture_output=True).returncode == 0


def test_structure_tables_figures_no_untagged_and_no_small_text(large, pdf) -> None:
    protocol: Protocol = large[1]
    elements = struct_elements(pdf)
    kinds = Counter(str(element.S) for element in elements if "/S" in element)
    assert kinds["/H1"] == 1 and kinds["/H2"] >= MODELS and kinds["/Table"] >= 3 * MODELS
    headers = [element for element in elements if element.get("/S") == "/TH"]
    assert headers and all(str(element.A.Scope) in ("/Column", "/Row") for element in headers)
    figures = [element for element in elements if element.get("/S") == "/Figure"]
    assert len(figures) >= 2 * MODELS and all(len(str(figure.get("/Alt", ""))) > 10 for figure in figures)
    overviews = [str(figure.Alt) for figure in figures if str(len(protocol.models[0].steps)) in str(figure.Alt)]
    assert len(overviews) >= MODELS  # each overview names its number of steps
    smallest = 99.0
    for number, page in enumerate(pdf.pages, 1):
        stack: list[bool] = []
        matrices, ctm, tm, size = [], (1.0, 0.0, 0.0, 1.0), (1.0, 0.0, 0.0, 1.0), 0.0
        for operands, operator in pikepdf.parse_content_stream(page):
            name = str(operator)
            # The printed size of text: the font size scaled by the text and the graphics matrices
            # (the diagrams are SVG scaled onto the page). pdfminer measures the same, 8× slower.
            if name == "q":
                matrices.append(ctm)
            elif name == "Q":
                ctm = matrices.pop()
            elif name == "cm":
                ctm = multiply(tuple(float(v) for v in operands[:4]), ctm)
            elif name == "Tm":
                tm = tuple(float(v) for v in operands[:4])
            elif name == "BT":
                tm = (1.0, 0.0, 0.0, 1.0)
            elif name == "Tf":
                size = float(operands[1])
            if name in TEXT_OPERATORS:
                a, b, c, d = multiply(tm, ctm)
                smallest = min(smallest, size * abs(a * d - b * c) ** 0.5)
            if name in ("BDC", "BMC"):
                props = operands[1] if name == "BDC" and len(operands) > 1 else None
                stack.append(str(operands[0]) == "/Artifact" or (isinstance(props, pikepdf.Dictionary)
                                                                 and "/MCID" in props) or bool(stack and stack[-1]))
            elif name == "EMC":
                stack.pop()
            elif name in TEXT_OPERATORS:
                assert stack and stack[-1], f"untagged text on page {number}"


    assert 7 <= round(smallest, 1) < 99, smallest


def multiply(m: tuple, n: tuple) -> tuple[float, float, float, float]:
    """The linear part of two PDF matrices [a b c d], m applied first."""
    return (m[0] * n[0] + m[1] * n[2], m[0] * n[1] + m[1] * n[3], m[2] * n[0] + m[3] * n[2],
            m[2] * n[1] + m[3] * n[3])


def test_diagram_pages_are_a_third_of_the_old_parts(pdf) -> None:
    """Landscape pages are the diagram pages: at most 18 per 200-step model (the reportlab parts took 56)."""
    landscape = sum(1 for page in pdf.pages if float(page.mediabox[2]) > float(page.mediabox[3]))
    assert MODELS <= landscape <= 18 * MODELS


def test_every_attached_bpmn_imports_as_its_model(large, pdf, tmp_path: Path) -> None:
    store: Store = large[0]
    listing = subprocess.run(["pdfdetach", "-list", str(large[3])], capture_output=True, text=True,
                             check=True).stdout
    assert "Schwachstellen.csv" in listing and "Massnahmen.csv" in listing and ".werkstatt" in listing
    attached = {str(spec.UF): spec.EF.F.read_bytes() for spec in pdf.Root.AF}
    bpmn = sorted(name for name in attached if name.endswith(".bpmn"))
    assert len(bpmn) == MODELS and all(name in listing for name in bpmn)
    fresh = open_store(tmp_path / "fresh.sqlite")
    try:
        for model_id, name in zip(large[2], bpmn, strict=True):
            imported = import_bpmn(fresh, attached[name], source_name=name).model_id
            original = shape(store, model_id)
            assert shape(fresh, imported) == original and sum(original[1].values()) >= 200
    finally:
        fresh.close()
