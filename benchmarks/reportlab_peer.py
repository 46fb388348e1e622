"""An untagged reportlab PDF of the same protocol content: the peer for pages per second.

The protocol was written with reportlab's platypus until issue 19 (untagged PDF 1.4). This peer
writes what dominated that protocol's pages — per model the whole diagram (vector, reportlab's
``renderPDF`` via ``werkstatt.render.pdf``) on a landscape page, the step table and the pain point
table — so the benchmark can set the tagged PDF/A engine's pages per second beside reportlab's on
the same content in the same run. It is a yardstick, not a protocol: no title page, no contents.
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    LongTable,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    TableStyle,
)

from werkstatt.protocol.content_types import Protocol
from werkstatt.render import fonts
from werkstatt.render.pdf import to_drawing


def write_reportlab_peer(protocol: Protocol, out: Path) -> int:
    """Write the peer PDF to ``out``; returns its page count."""
    font = fonts.register_reportlab()
    cell = ParagraphStyle("cell", fontName=font, fontSize=9, leading=11)
    portrait, wide = A4, landscape(A4)
    margin = 15 * mm
    pages = {"n": 0}

    def count(_canvas, _document) -> None:
        pages["n"] += 1

    templates = [
        PageTemplate("portrait", [Frame(margin, margin, portrait[0] - 2 * margin, portrait[1] - 2 * margin)],
                     pagesize=portrait, onPage=count),
        PageTemplate("wide", [Frame(margin, margin, wide[0] - 2 * margin, wide[1] - 2 * margin)],
                     pagesize=wide, onPage=count),
    ]
    document = BaseDocTemplate(str(out), pageTemplates=templates, pagesize=portrait)
    story: list = []
    width = portrait[0] - 2 * margin
    for section in protocol.models:
        drawing = to_drawing(section.diagram)
        fit = min((wide[0] - 2 * margin - 12) / drawing.width, (wide[1] - 2 * margin - 12) / drawing.height, 1.0)
        story += [NextPageTemplate("wide"), PageBreak(), to_drawing(section.diagram, scale=fit),
                  NextPageTemplate("portrait"), PageBreak()]
        rows = [[Paragraph(escape(text), cell) for text in ("Nr.", "Bahn", "Schritt", "Bearbeitung", "Liegezeit")]]
        rows += [[Paragraph(escape(str(value)), cell) for value in
                  (step.number, step.lane, step.label, step.processing_minutes or "", step.waiting_minutes or "")]
                 for step in section.steps]
        table = LongTable(rows, colWidths=[w * width for w in (0.08, 0.22, 0.46, 0.12, 0.12)], repeatRows=1)
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.25,
                                                                           "#999999")]))
        story.append(table)
        rows = [[Paragraph(escape(text), cell) for text in ("Schmerzpunkt", "Schritt", "Kategorie")]]
        rows += [[Paragraph(escape(value), cell) for value in (pain.text, pain.step, pain.category)]
                 for pain in section.pain_points]
        story.append(LongTable(rows, colWidths=[w * width for w in (0.5, 0.3, 0.2)], repeatRows=1))
    document.build(story)
    return pages["n"]
