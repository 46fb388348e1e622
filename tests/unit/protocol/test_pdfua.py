"""The protocol PDF as an archive and a screen reader see it: PDF/A-3a + PDF/UA-1 (issue 19).

The demo protocol is rendered once for the module and read back with pikepdf (catalog, XMP,
structure tree, content streams, fonts), pdfminer.six (every character's size) and the poppler
tools (pdfinfo, pdffonts, pdfdetach). These are structure checks, not a validator's verdict:
veraPDF is not installed here (see the README).
"""

from __future__ import annotations

import re
import subprocess
from collections import Counter
from pathlib import Path

import pikepdf
import pytest

from helpers.pdf import TEXT_OPERATORS, struct_elements
from werkstatt import i18n
from werkstatt.protocol.content_types import AttachmentFile, Protocol
from werkstatt.protocol.pdf import write_protocol

BPMN = b'<?xml version="1.0"?><definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"/>'
def run(*command: str | Path) -> str:
    return subprocess.run([str(part) for part in command], capture_output=True, text=True, check=True).stdout


@pytest.fixture(scope="module")
def attachments() -> tuple[AttachmentFile, ...]:
    return (AttachmentFile("Fuehrerscheinantrag-Ist.bpmn", BPMN, "application/xml", "Das Ist-Modell als BPMN 2.0"),
            AttachmentFile("Schwachstellen.csv", b"Schwachstelle;Stimmen\nDoppelarbeit;3\n", "text/csv",
                           "Schwachstellen und Maßnahmen als CSV", "Data"))


@pytest.fixture(scope="module")
def pdf_path(demo_protocol: Protocol, attachments, tmp_path_factory: pytest.TempPathFactory) -> Path:
    with i18n.speaking("de"):
        return write_protocol(demo_protocol, tmp_path_factory.mktemp("pdf") / "protokoll.pdf",
                              attachments=attachments)


@pytest.fixture(scope="module")
def pdf(pdf_path: Path):
    with pikepdf.open(pdf_path) as opened:
        yield opened


def test_pdfinfo_says_tagged_pdf_17(pdf_path: Path) -> None:
    info = run("pdfinfo", pdf_path)
    assert re.search(r"^Tagged:\s+yes$", info, re.MULTILINE)
    assert re.search(r"^PDF version:\s+1\.7$", info, re.MULTILINE)
    assert subprocess.run(["qpdf", "--check", str(pdf_path)], capture_output=True).returncode == 0


def test_xmp_identifies_pdfa3a_and_pdfua1_with_the_extension_schema(pdf, demo_protocol: Protocol) -> None:
    xmp = bytes(pdf.Root.Metadata.read_bytes()).decode("utf-8")
    assert "/Filter" not in pdf.Root.Metadata.stream_dict
    assert "<pdfaid:part>3</pdfaid:part>" in xmp and "<pdfaid:conformance>A</pdfaid:conformance>" in xmp
    assert "<pdfuaid:part>1</pdfuaid:part>" in xmp
    assert "<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>" in xmp
    assert "<pdfaProperty:name>part</pdfaProperty:name>" in xmp
    title = f"Protokoll: {demo_protocol.title}"
    assert f'<rdf:li xml:lang="x-default">{title}</rdf:li>' in xmp and f'<rdf:li xml:lang="de-DE">{title}' in xmp
    assert f"<rdf:li>{demo_protocol.facilitator}</rdf:li>" in xmp
    info = pdf.trailer.Info
    assert str(info.Title) == title and str(info.Author) == demo_protocol.facilitator
    assert f"<pdf:Producer>{info.Producer}</pdf:Producer>" in xmp and "WeasyPrint" in str(info.Producer)
    created = str(info.CreationDate)  # D:20261206061558+00'00'
    stamp = f"{created[2:6]}-{created[6:8]}-{created[8:10]}T{created[10:12]}:{created[12:14]}:{created[14:16]}"
    assert f"<xmp:CreateDate>{stamp}+00:00</xmp:CreateDate>" in xmp
    assert f"<xmp:ModifyDate>{stamp}+00:00</xmp:ModifyDate>" in xmp


def test_catalog_marks_language_title_and_srgb_output_intent(pdf) -> None:
    root = pdf.Root
    assert bool(root.MarkInfo.Marked) is True
    assert str(root.Lang) == "de-DE"
    assert bool(root.ViewerPreferences.DisplayDocTitle) is True
    intent = root.OutputIntents[0]
    assert intent.S == "/GTS_PDFA1" and int(intent.DestOutputProfile.N) == 3
    assert len(intent.DestOutputProfile.read_bytes()) > 1000


def test_structure_tree_has_headings_tables_figures_and_links(pdf) -> None:
    elements = struct_elements(pdf)
    kinds = Counter(str(element.S) for element in elements if "/S" in element)
    assert kinds["/H1"] == 1 and kinds["/H2"] >= 10 and kinds["/H3"] >= 5
    assert kinds["/Table"] >= 10 and kinds["/L"] >= 1 and kinds["/P"] >= 10
    headers = [element for element in elements if element.get("/S") == "/TH"]
    assert headers and all(str(element.A.Scope) in ("/Column", "/Row") for element in headers)
    assert {str(element.A.Scope) for element in headers} == {"/Column", "/Row"}
    figures = [element for element in elements if element.get("/S") == "/Figure"]
    assert len(figures) >= 3  # overview and detail sheets of the diagram, and the photo
    assert all(len(str(figure.get("/Alt", ""))) > 10 for figure in figures)
    assert not any("\u00ad" in str(figure.Alt) for figure in figures)  # alternative text without soft hyphens
    assert kinds["/Link"] >= 10


def test_links_are_described(pdf) -> None:
    links = [annot for page in pdf.pages for annot in page.get("/Annots", []) if annot.Subtype == "/Link"]
    assert len(links) >= 10
    contents = {str(link.Contents) for link in links}
    assert "Teilnehmende" in contents  # a line of the contents says where it goes
    assert not any(re.fullmatch(r"s-\d+", text) for text in contents)  # never the bare anchor
    assert all(page.get("/Tabs") == "/S" for page in pdf.pages if "/Annots" in page)


def test_every_text_is_tagged_or_an_artifact(pdf) -> None:
    """Text-showing operators only inside a marked-content sequence with an MCID or marked as /Artifact."""
    artifacts = 0
    for number, page in enumerate(pdf.pages, 1):
        stack: list[bool] = []  # per open sequence: does it tag or mark as artifact?
        for operands, operator in pikepdf.parse_content_stream(page):
            name = str(operator)
            if name in ("BDC", "BMC"):
                tag = str(operands[0])
                props = operands[1] if name == "BDC" and len(operands) > 1 else None
                mcid = isinstance(props, pikepdf.Dictionary) and "/MCID" in props
                stack.append(tag == "/Artifact" or mcid or bool(stack and stack[-1]))
                artifacts += tag == "/Artifact"
            elif name == "EMC":
                stack.pop()
            elif name in TEXT_OPERATORS:
                assert stack and stack[-1], f"untagged text on page {number}"
    assert artifacts >= 2 * len(pdf.pages)  # header and footer of every page are artifacts


def test_every_font_is_embedded_liberation_sans_with_unique_subset_names(pdf, pdf_path: Path) -> None:
    names = []
    for page in pdf.pages:
        for font in page.Resources.get("/Font", {}).values():
            descendants = font.get("/DescendantFonts")
            descriptor = (descendants[0] if descendants else font).FontDescriptor
            assert any(key in descriptor for key in ("/FontFile2", "/FontFile3")), font.BaseFont
            names.append(str(font.BaseFont))
    unique = set(names)
    assert unique and all("Liberation" in name for name in unique)
    prefixes = {name.split("+")[0] for name in unique}
    assert len(prefixes) == len(unique)  # one subset name per font
    rows = run("pdffonts", pdf_path).splitlines()[2:]
    assert rows and all("Liberation" in row.split()[0] and row.split()[-5] == "yes" for row in rows)


def test_no_character_is_smaller_than_7_pt(pdf_path: Path) -> None:
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTChar, LTContainer

    sizes: Counter = Counter()

    def walk(item) -> None:
        if isinstance(item, LTChar):
            sizes[round(item.size, 1)] += 1
        elif isinstance(item, LTContainer):
            for child in item:
                walk(child)

    for page in extract_pages(str(pdf_path)):
        walk(page)
    assert sizes and min(sizes) >= 7, sorted(sizes)[:5]
    assert 9.0 in {size for size, _count in sizes.most_common(3)} and 10.0 in sizes  # tables 9 pt, text 10 pt


def test_attachments_are_embedded_as_associated_files(pdf, pdf_path: Path, attachments) -> None:
    listing = run("pdfdetach", "-list", pdf_path)
    for item in attachments:
        assert item.name in listing
    files = {str(spec.UF): spec for spec in pdf.Root.AF}
    assert set(files) == {item.name for item in attachments}
    assert files["Schwachstellen.csv"].AFRelationship == "/Data"
    assert files["Fuehrerscheinantrag-Ist.bpmn"].AFRelationship == "/Source"
    assert files["Fuehrerscheinantrag-Ist.bpmn"].EF.F.Subtype == "/application/xml"
    assert files["Fuehrerscheinantrag-Ist.bpmn"].EF.F.read_bytes() == BPMN
    assert str(files["Schwachstellen.csv"].Desc) == "Schwachstellen und Maßnahmen als CSV"
