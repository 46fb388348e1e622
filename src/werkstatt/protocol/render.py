"""The protocol as a PDF: ``ProtocolRenderer`` places what ``content.gather`` collected (STYLE habits 13–14).

The layout follows pretix's invoice renderer: geometry in millimetres, named paragraph styles,
the embedded Liberation Sans family, page templates (portrait text pages, landscape diagram pages)
and "Seite x von y" in the footer. The total page count, the table of contents and the PDF outline
need to know where things landed, so the document is built in passes (``multiBuild``) until the
table of contents and the page total stop changing; only the last pass is saved.

Every user string goes through ``SafeText``: XML is escaped for ``Paragraph`` and characters the
embedded font cannot draw (emoji, scripts without glyphs) become a visible □ instead of an empty
box or a broken document. Table cells are cut at ``CELL_LIMIT`` characters, because a table row
cannot be split across pages; the full text follows in an appendix.
"""

from __future__ import annotations

import errno
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    LongTable,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import IndexingFlowable
from reportlab.platypus.tableofcontents import TableOfContents

import werkstatt
from werkstatt import i18n
from werkstatt.errors import WerkstattError
from werkstatt.files import write_atomically
from werkstatt.i18n import tr
from werkstatt.protocol.content import ModelSection, Protocol
from werkstatt.protocol.diagram_pages import diagram_flowables as diagram_pages
from werkstatt.protocol.format import (
    format_date,
    format_number,
)
from werkstatt.protocol.sections import ProtocolSections
from werkstatt.protocol.style import CELL_LIMIT, HEADER_FILL, HEADING_LIMIT, INK, RULE, Geometry, SafeText, make_styles
from werkstatt.render import fonts

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class ProtocolCancelled(WerkstattError):
    """The user stopped the export; no file was written."""


class _PageTotal(IndexingFlowable):
    """Asks for another pass until the page total printed in the footers is the real one."""

    def __init__(self, renderer: ProtocolRenderer) -> None:
        super().__init__()
        self.renderer = renderer
        self.used = self.total = 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass

    def beforeBuild(self) -> None:
        self.used = self.total

    def afterBuild(self) -> None:
        self.total = self.renderer.pages_seen

    def isSatisfied(self) -> bool:
        return self.used == self.total > 0


class _Document(BaseDocTemplate):
    def __init__(self, target: BinaryIO, renderer: ProtocolRenderer, **metadata: object) -> None:
        self.renderer = renderer
        super().__init__(target, pagesize=A4, **metadata)

    def afterFlowable(self, flowable: Flowable) -> None:
        self.renderer.after_flowable(self, flowable)

    def afterPage(self) -> None:
        self.renderer.pages_seen = self.page


class ProtocolRenderer(ProtocolSections):
    """Lays out one ``Protocol``; ``render`` writes the PDF to an open binary file."""

    def __init__(self, protocol: Protocol, *, lang: str | None = None, geometry: Geometry | None = None,
                 progress: Progress | None = None, cancelled: Cancelled | None = None) -> None:
        self.protocol = protocol
        self.lang = lang or i18n.language()
        self.geometry = geometry or Geometry()
        self.styles = make_styles()
        self.font = fonts.PDF_NAMES["regular"]
        self.bold = fonts.PDF_NAMES["bold"]
        self.safe = SafeText((self.font, self.bold, fonts.PDF_NAMES["italic"]))
        self.progress = progress
        self.cancelled = cancelled
        self.pages_seen = 0
        self.page_total = _PageTotal(self)
        self.truncated: list[tuple[str, str]] = []  # (where, full text) of cut table cells, for the appendix
        self._bookmarks = 0
        self._units = 1  # progress units (headings) per pass
        self._done = 0
        self._passes = 2  # a table of contents needs two passes, more when the page count moves

    # --- text ----------------------------------------------------------------------------------------

    def para(self, text: object, style: str = "Body", *, limit: int | None = None) -> Paragraph:
        markup, _cut = self.safe.markup(text, limit)
        return Paragraph(markup, self.styles[style])

    def rich(self, markup: str, style: str = "Body") -> Paragraph:
        """A Paragraph of markup this module wrote (user parts already passed through ``safe``)."""
        return Paragraph(markup, self.styles[style])

    def cell(self, text: object, style: str = "Cell", *, where: str = "") -> Paragraph:
        """A table cell; text over ``CELL_LIMIT`` characters is cut here and printed in full in the appendix."""
        markup, cut = self.safe.markup(text, CELL_LIMIT)
        if cut:
            self.truncated.append((where, str(text)))
            markup += " " + escape(tr("ProtocolRenderer", "(continued in the appendix)"))
        return Paragraph(markup, self.styles[style])

    def heading(self, text: str, level: int = 0, *, toc: bool = True) -> Paragraph:
        """A heading that becomes a bookmark in the outline and, with ``toc``, a line of the contents."""
        title = " ".join(self.safe.plain(text).split())
        if len(title) > HEADING_LIMIT:
            title = title[:HEADING_LIMIT].rstrip() + "…"
        paragraph = self.para(title, ("H1", "H2", "H3")[min(level, 2)])
        self._bookmarks += 1
        paragraph._protocol_outline = (title, level, f"section-{self._bookmarks}", toc)  # type: ignore[attr-defined]
        return paragraph

    # --- building ------------------------------------------------------------------------------------

    def check_cancelled(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ProtocolCancelled(tr("ProtocolRenderer", "The protocol was not written: the export was cancelled."))

    def _report(self) -> None:
        if self.progress is not None:
            total = self._units * self._passes
            self.progress(min(self._done, total), total)

    def after_flowable(self, document: _Document, flowable: Flowable) -> None:
        self.check_cancelled()
        outline = getattr(flowable, "_protocol_outline", None)
        if outline is None:
            return
        title, level, key, toc = outline
        canvas = document.canv
        top = document.frame._y + getattr(flowable, "height", 0) + 12  # just above the heading just drawn
        canvas.bookmarkPage(key, fit="XYZ", left=0, top=top)
        canvas.addOutlineEntry(title, key, level=level, closed=level > 0)
        if toc:
            document.notify("TOCEntry", (level, escape(title), document.page, key))
        self._done += 1
        self._report()

    def story(self) -> list[Flowable]:
        protocol = self.protocol
        self.truncated.clear()
        story: list[Flowable] = [self.page_total, *self.title_page(), NextPageTemplate("later"), PageBreak()]
        contents = TableOfContents(levelStyles=[self.styles["TOC0"], self.styles["TOC1"]], dotsMinLevel=0,
                                   tableStyle=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                                          ("FONT", (0, 0), (-1, -1), self.font, 10),
                                                          ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                                          ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        story += [self.heading(tr("ProtocolRenderer", "Contents"), toc=False), contents, PageBreak()]
        story += self.participants()
        story += self.agenda()
        for section in protocol.models:
            self.check_cancelled()
            story += self.model_section(section)
        for comparison in protocol.comparisons:
            story += self.comparison(comparison)
        if protocol.rounds:
            story.append(self.heading(tr("ProtocolRenderer", "Further voting rounds")))
            for result in protocol.rounds:
                story += self.voting_round(result)
        story += self.measures()
        story += self.notes()
        story += self.photos()
        story += self.appendix()
        self._units = max(1, sum(1 for f in story if getattr(f, "_protocol_outline", None)))
        return story

    def diagram_flowables(self, section: ModelSection) -> list[Flowable]:
        """The swimlane diagram on landscape pages: on one when its text stays readable, else split in parts."""
        width, height = self.geometry.frame_size(landscape(A4))
        heading = self.heading(tr("ProtocolRenderer", "Process diagram: {name}", name=section.name), 1)
        height -= 14 * mm  # the heading above the first part
        return [NextPageTemplate("landscape"), PageBreak(), heading,
                *diagram_pages(section.diagram, width, height, section.name),
                NextPageTemplate("later"), PageBreak()]

    # --- tables and charts -----------------------------------------------------------------------------

    def table(self, header: list[str], rows: list[list[object]], widths: list[float], *,
              right: tuple[int, ...] = (), total_row: bool = False) -> LongTable:
        """A ruled table over the frame width (``widths`` are fractions); the header repeats on every page."""
        full = self.geometry.frame_size(A4)[0]
        head = [self.para(text, "CellBoldRight" if index in right else "CellBold") for index, text in enumerate(header)]
        table = LongTable([head, *rows], colWidths=[w * full for w in widths], repeatRows=1, hAlign="LEFT")
        commands: list[tuple] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONT", (0, 0), (-1, -1), self.font, 8, 10),
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL), ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
            ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE), ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3), ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ]
        commands += [("ALIGN", (column, 0), (column, -1), "RIGHT") for column in right]
        if total_row:
            commands += [("LINEABOVE", (0, -1), (-1, -1), 0.8, INK), ("FONT", (0, -1), (-1, -1), self.bold, 8)]
        table.setStyle(TableStyle(commands))
        return table

    def label_table(self, rows: list[tuple[str, object]]) -> Table:
        """Label and value rows (title page, fact sheet, figures)."""
        full = self.geometry.frame_size(A4)[0]
        table = Table([[self.cell(label, "CellBold"), self.cell(value, where=label)] for label, value in rows],
                      colWidths=[0.3 * full, 0.7 * full], hAlign="LEFT")
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONT", (0, 0), (-1, -1), self.font, 8.5),
                                   ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 3),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
        return table

    def number(self, value: float | None, decimals: int = 0) -> str:
        return format_number(value, self.lang, decimals)

    def _page_decoration(self, canvas, document: _Document) -> None:
        """Header (workshop title, date) and footer ("Seite x von y") on every page."""
        g = self.geometry
        width, height = canvas._pagesize
        left, right = g.margin_left * mm, width - g.margin_right * mm
        canvas.showOutline()  # a viewer opens the protocol with its bookmarks shown
        canvas.saveState()
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.setStrokeColor(colors.HexColor("#b0b0b0"))
        canvas.setLineWidth(0.5)
        date = format_date(self.protocol.date, self.lang)
        canvas.setFont(self.font, 8.5)
        date_width = pdfmetrics.stringWidth(date, self.font, 8.5)
        header_y = height - g.header_offset * mm
        canvas.drawString(left, header_y, self.safe.line(self.protocol.title, self.font, 8.5,
                                                         right - left - date_width - 8 * mm))
        canvas.drawRightString(right, header_y, date)
        canvas.line(left, header_y - 2.5 * mm, right, header_y - 2.5 * mm)
        footer_y = g.footer_offset * mm
        canvas.line(left, footer_y + 4 * mm, right, footer_y + 4 * mm)
        canvas.drawString(left, footer_y, tr("ProtocolRenderer", "Protocol of the process workshop"))
        total = self.page_total.total or self.pages_seen or document.page
        canvas.drawRightString(right, footer_y, tr("ProtocolRenderer", "Page {page} of {pages}",
                                                   page=document.page, pages=total))
        canvas.restoreState()

    def render(self, target: BinaryIO) -> None:
        """Build the PDF in passes and write it to ``target`` (only the finished last pass is written)."""
        protocol = self.protocol
        self.check_cancelled()
        g = self.geometry
        portrait, wide = A4, landscape(A4)
        decorate = self._page_decoration
        templates = [
            PageTemplate("first", [g.frame(portrait, "title", g.title_top - g.margin_top)], onPage=decorate,
                         pagesize=portrait, autoNextPageTemplate="later"),
            PageTemplate("later", [g.frame(portrait, "text")], onPage=decorate, pagesize=portrait),
            PageTemplate("landscape", [g.frame(wide, "diagram")], onPage=decorate, pagesize=wide),
        ]
        date = format_date(protocol.date, self.lang)
        document = _Document(
            target, self, pageTemplates=templates,
            leftMargin=g.margin_left * mm, rightMargin=g.margin_right * mm,
            topMargin=g.margin_top * mm, bottomMargin=g.margin_bottom * mm,
            title=self.safe.plain(tr("ProtocolRenderer", "Protocol: {title}", title=protocol.title)),
            # Without names the author is the program, not the facilitator (issue 23).
            author=self.safe.plain(protocol.facilitator if protocol.names_shown and protocol.facilitator
                                   else "Werkstatt"),
            subject=self.safe.plain(tr("ProtocolRenderer", "Protocol of the process workshop on {date} in {place}",
                                       date=date, place=protocol.place) if protocol.place else
                                    tr("ProtocolRenderer", "Protocol of the process workshop on {date}", date=date)),
            keywords=", ".join(self.safe.plain(name) for name in protocol.organisations),
            creator=f"Werkstatt {werkstatt.__version__}", producer=f"Werkstatt {werkstatt.__version__}",
            lang="de-DE" if self.lang == "de" else "en-GB", displayDocTitle=1, showOutline=1,
            initialFontName=self.font, initialFontSize=10)
        story = self.story()
        self.check_cancelled()
        self._report()

        def next_pass(kind: str, value: int) -> None:
            if kind == "PASS":
                self._passes = max(self._passes, value)
                self._done = (value - 1) * self._units
                self._report()

        document.setProgressCallBack(next_pass)
        document.multiBuild(story, maxPasses=6)
        self._done = self._units * self._passes
        self._report()


# --- writing the file --------------------------------------------------------------------------------


def _sentence(error: OSError, out: Path) -> str:
    """One sentence for an error of the file system, naming what the user can fix."""
    if isinstance(error, FileNotFoundError) and not out.parent.is_dir():
        return tr("ProtocolRenderer", "The folder {folder} does not exist.", folder=str(out.parent))
    if isinstance(error, PermissionError):
        return tr("ProtocolRenderer", "You may not write to {path}: permission denied.", path=str(out))
    if isinstance(error, IsADirectoryError) or out.is_dir():
        return tr("ProtocolRenderer", "{path} is a folder, not a file name.", path=str(out))
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return tr("ProtocolRenderer", "The disk is full; the protocol {path} could not be written.", path=str(out))
    return tr("ProtocolRenderer", "The protocol could not be written to {path}: {reason}.", path=str(out),
              reason=error.strerror or str(error))


def write_protocol(protocol: Protocol, out: Path, *, progress: Progress | None = None,
                   cancelled: Cancelled | None = None) -> Path:
    """Render ``protocol`` to ``out`` as PDF, all or nothing.

    The PDF is written to a temporary file in the same folder and renamed over ``out`` only when it
    is complete, so an existing file is never left half overwritten. File system errors become a
    ``WerkstattError`` with one sentence; ``cancelled()`` returning true stops the export with
    ``ProtocolCancelled`` and leaves nothing behind.
    """
    out = Path(out)
    try:
        return write_atomically(out, ProtocolRenderer(protocol, progress=progress, cancelled=cancelled).render)
    except OSError as error:
        raise WerkstattError(_sentence(error, out)) from error
