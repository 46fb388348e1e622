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

import contextlib
import errno
import io
import os
import tempfile
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    KeepTogether,
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
from werkstatt.i18n import tr
from werkstatt.protocol.content import ModelSection, Protocol
from werkstatt.protocol.diagram_pages import diagram_flowables as diagram_pages
from werkstatt.protocol.format import format_date, format_minutes, format_number, format_percent, format_short_date
from werkstatt.render import fonts
from werkstatt.voting.display import group_label, quadrant_name, rank_labels
from werkstatt.voting.results import RoundResult
from werkstatt.voting.rounds import default_budget

REPLACEMENT = "\u25a1"  # □: visible where the font has no glyph
CELL_LIMIT = 600  # characters of user text in one table cell
HEADING_LIMIT = 300  # a heading is never split across pages, so it stays short
BAR_ROW = 15  # points per bar of a chart
BARS_PER_DRAWING = 40  # a drawing cannot split across pages, so long charts come in parts
INK = colors.HexColor("#1a1a1a")
RULE = colors.HexColor("#c4c4c4")
HEADER_FILL = colors.HexColor("#ececec")
BAR = colors.HexColor("#0072b2")  # Okabe-Ito blue, as on the projector
LATE = "#b3261e"  # the mark of an agenda item over time
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class ProtocolCancelled(WerkstattError):
    """The user stopped the export; no file was written."""


@dataclass(frozen=True)
class Geometry:
    """Page geometry in millimetres (A4; landscape pages swap width and height)."""

    margin_left: float = 20
    margin_right: float = 20
    margin_top: float = 24
    margin_bottom: float = 20
    header_offset: float = 12  # header baseline, from the top edge
    footer_offset: float = 10  # footer baseline, from the bottom edge
    title_top: float = 60  # space above the title on the first page

    def frame(self, page: tuple[float, float], name: str, top_extra: float = 0) -> Frame:
        width, height = page
        return Frame(self.margin_left * mm, self.margin_bottom * mm,
                     width - (self.margin_left + self.margin_right) * mm,
                     height - (self.margin_top + self.margin_bottom + top_extra) * mm,
                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id=name)

    def frame_size(self, page: tuple[float, float]) -> tuple[float, float]:
        width, height = page
        return (width - (self.margin_left + self.margin_right) * mm,
                height - (self.margin_top + self.margin_bottom) * mm)


class SafeText:
    """User text made safe for the PDF: escaped markup, only characters the embedded font can draw."""

    def __init__(self, font_names: tuple[str, ...]) -> None:
        covered: set[str] | None = None
        for name in font_names:
            chars = {chr(code) for code in pdfmetrics.getFont(name).face.charToGlyph}
            covered = chars if covered is None else covered & chars
        self._covered = frozenset(covered or ()) | {"\n"}
        self._fixes: dict[int, str] = {}  # per character, so a long text costs one set difference

    def _fix(self, char: str) -> str:
        if char in "\t\r":
            return " "
        category = unicodedata.category(char)
        if category in ("Mn", "Me", "Cf", "Cc", "Cs") or 0xFE00 <= ord(char) <= 0xFE0F:
            return ""  # joiners, variation selectors, direction marks: invisible anyway
        return " " if category == "Zs" else REPLACEMENT

    def plain(self, text: object) -> str:
        """For canvas strings and the outline: drawable characters, no markup."""
        text = "" if text is None else str(text)
        missing = set(text) - self._covered
        if missing:
            for char in missing:
                if ord(char) not in self._fixes:
                    self._fixes[ord(char)] = self._fix(char)
            text = text.translate(self._fixes)
        return text

    def markup(self, text: object, limit: int | None = None) -> tuple[str, bool]:
        """For a Paragraph: escaped, line breaks kept; cut to ``limit`` characters (and say whether it was)."""
        text = self.plain(text)
        cut = limit is not None and len(text) > limit
        if cut:
            text = text[:limit].rstrip() + "…"
        return escape(text).replace("\n", "<br/>"), cut

    def line(self, text: object, font: str, size: float, width: float) -> str:
        """One line of plain text no wider than ``width`` points, with an ellipsis when cut."""
        text = " ".join(self.plain(text).split())
        if pdfmetrics.stringWidth(text, font, size) <= width:
            return text
        low, high = 0, min(len(text), int(width / (size * 0.25)) + 1)
        while low < high:  # the longest prefix that fits, by bisection
            middle = (low + high + 1) // 2
            if pdfmetrics.stringWidth(text[:middle] + "…", font, size) <= width:
                low = middle
            else:
                high = middle - 1
        return text[:low].rstrip() + "…"


def make_styles() -> dict[str, ParagraphStyle]:
    """The named paragraph styles of the protocol."""
    regular = fonts.register_reportlab()
    bold = fonts.PDF_NAMES["bold"]
    italic = fonts.PDF_NAMES["italic"]
    ink, grey = colors.HexColor("#1a1a1a"), colors.HexColor("#555555")
    body = ParagraphStyle("Body", fontName=regular, fontSize=10, leading=13.5, textColor=ink, spaceAfter=4,
                          splitLongWords=True)
    styles = {
        "Body": body,
        "Kicker": ParagraphStyle("Kicker", body, fontName=bold, fontSize=11, textColor=grey, spaceAfter=6),
        "Title": ParagraphStyle("Title", body, fontName=bold, fontSize=24, leading=29, spaceAfter=18),
        "H1": ParagraphStyle("H1", body, fontName=bold, fontSize=16, leading=20, spaceBefore=14, spaceAfter=8,
                             keepWithNext=True),
        "H2": ParagraphStyle("H2", body, fontName=bold, fontSize=12.5, leading=16, spaceBefore=10, spaceAfter=5,
                             keepWithNext=True),
        "H3": ParagraphStyle("H3", body, fontName=bold, fontSize=10.5, leading=14, spaceBefore=6, spaceAfter=3,
                             keepWithNext=True),
        "Label": ParagraphStyle("Label", body, fontName=bold, fontSize=10.5, leading=14, spaceBefore=6, spaceAfter=3),
        "Small": ParagraphStyle("Small", body, fontSize=8.5, leading=11, textColor=grey),
        "Note": ParagraphStyle("Note", body, fontName=italic, fontSize=9, leading=12, textColor=grey),
        "Caption": ParagraphStyle("Caption", body, fontName=italic, fontSize=9, leading=12, spaceBefore=3,
                                  spaceAfter=10),
        "Cell": ParagraphStyle("Cell", body, fontSize=8, leading=10, spaceAfter=0),
        "CellBold": ParagraphStyle("CellBold", body, fontName=bold, fontSize=8, leading=10, spaceAfter=0),
        "CellSmall": ParagraphStyle("CellSmall", body, fontName=italic, fontSize=7.5, leading=9.5, spaceAfter=0,
                                    textColor=grey),
        "CellBoldRight": ParagraphStyle("CellBoldRight", body, fontName=bold, fontSize=8, leading=10,
                                        spaceAfter=0, alignment=TA_RIGHT),
        "CellRight": ParagraphStyle("CellRight", body, fontSize=8, leading=10, spaceAfter=0, alignment=TA_RIGHT),
        "TOC0": ParagraphStyle("TOC0", body, fontName=bold, fontSize=10.5, leading=15, leftIndent=0),
        "TOC1": ParagraphStyle("TOC1", body, fontSize=9.5, leading=13, leftIndent=7 * mm),
    }
    return styles


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


class ProtocolRenderer:
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

    def drawing(self, width: float, height: float) -> Drawing:
        drawing = Drawing(width, height)
        drawing.initialFontName = self.font  # else the renderer starts in Helvetica, which is never embedded
        return drawing

    def bar_charts(self, result: RoundResult) -> list[Flowable]:
        """Ranked horizontal bars with the total beside each; ties carry the same rank, in bold."""
        width = self.geometry.frame_size(A4)[0]
        rank_width, total_width, label_width = 9 * mm, 14 * mm, 0.46 * width
        bar_left = rank_width + label_width
        bar_space = width - bar_left - total_width
        largest = max((abs(item.total) for item in result.items), default=0) or 1
        labels = rank_labels(result.items)
        drawings: list[Flowable] = []
        for start in range(0, len(result.items), BARS_PER_DRAWING):
            chunk = result.items[start:start + BARS_PER_DRAWING]
            height = BAR_ROW * len(chunk)
            drawing = self.drawing(width, height)
            for row, item in enumerate(chunk):
                y = height - (row + 1) * BAR_ROW + 4
                rank, tied = labels[start + row]
                drawing.add(String(rank_width - 3, y, rank, fontName=self.bold if tied else self.font, fontSize=8.5,
                                   textAnchor="end", fillColor=INK))
                drawing.add(String(rank_width, y, self.safe.line(item.label, self.font, 8.5, label_width - 6),
                                   fontName=self.font, fontSize=8.5, fillColor=INK))
                length = bar_space * abs(item.total) / largest
                if result.groups and item.by_group and sum(item.by_group):
                    x = bar_left
                    for group, count in zip(result.groups, item.by_group, strict=False):
                        part = length * count / sum(item.by_group)
                        drawing.add(Rect(x, y - 2, part, 10, fillColor=colors.HexColor(group.colour), strokeWidth=0))
                        x += part
                else:
                    drawing.add(Rect(bar_left, y - 2, length, 10, fillColor=BAR, strokeWidth=0))
                drawing.add(String(bar_left + length + 3, y, self.number(item.total, 1), fontName=self.bold,
                                   fontSize=8.5, fillColor=INK))
            drawings.append(drawing)
        if result.groups:
            legend = "   ".join(f'<font color="{group.colour}">■</font> '
                               f'{self.safe.markup(group_label(group.name, group.voters))[0]}'
                               for group in result.groups)
            drawings.append(self.rich(legend, "Small"))
        return drawings

    def settings_line(self, result: RoundResult) -> str:
        """The rules of the round as announced, and how many took part."""
        settings = result.settings
        if result.method == "dots":
            budget = settings.get("dots_per_person") or default_budget(len(result.items))
            parts = [tr("ProtocolRenderer", "Dot vote"),
                     tr("ProtocolRenderer", "1 dot per person") if budget == 1
                     else tr("ProtocolRenderer", "{n} dots per person", n=budget)]
            cap = settings.get("max_per_item")
            parts.append(tr("ProtocolRenderer", "no stacking") if cap == 1
                         else tr("ProtocolRenderer", "at most {n} dots per item", n=cap) if cap
                         else tr("ProtocolRenderer", "stacking allowed"))
        elif result.method == "consensus":
            parts = [tr("ProtocolRenderer", "Systemic consensus"),
                     tr("ProtocolRenderer", "resistance 0 to 10 per option; the lowest total wins")]
        else:
            parts = [tr("ProtocolRenderer", "Effort and benefit"),
                     tr("ProtocolRenderer", "scale low/high") if settings.get("scale") == "matrix"
                     else tr("ProtocolRenderer", "scale 1 to 5")]
        parts.append(tr("ProtocolRenderer", "{voters} of {eligible} voted", voters=result.voters,
                        eligible=result.eligible))
        return " · ".join(parts)

    # --- the sections --------------------------------------------------------------------------------

    def title_page(self) -> list[Flowable]:
        p = self.protocol
        rows = [(tr("ProtocolRenderer", "Date"), format_date(p.date, self.lang)),
                (tr("ProtocolRenderer", "Place"), p.place),
                (tr("ProtocolRenderer", "Facilitation"), p.facilitator),
                (tr("ProtocolRenderer", "Organisations"), "\n".join(p.organisations)),
                (tr("ProtocolRenderer", "Process models"), "\n".join(m.name for m in p.models))]
        return [self.para(tr("ProtocolRenderer", "Protocol of the process workshop"), "Kicker"),
                self.para(p.title, "Title"), self.label_table([(k, v) for k, v in rows if v])]

    def participants(self) -> list[Flowable]:
        p = self.protocol
        out: list[Flowable] = [self.heading(tr("ProtocolRenderer", "Participants"))]
        if not p.participants:
            return [*out, self.para(tr("ProtocolRenderer", "No participants were recorded."), "Note")]
        out.append(self.para(tr("ProtocolRenderer", "{present} of {total} invited people took part.",
                                present=len(p.present), total=len(p.participants))))
        rows = []
        for person in p.participants:
            style = "Cell" if person.present else "CellSmall"
            row = [self.cell(person.function, style), self.cell(person.organisation, style),
                   self.cell(tr("ProtocolRenderer", "present") if person.present
                             else tr("ProtocolRenderer", "absent"), style)]
            rows.append([self.cell(person.name, style), *row] if p.names_shown else row)
        if p.names_shown:
            header = [tr("ProtocolRenderer", "Name"), tr("ProtocolRenderer", "Function"),
                      tr("ProtocolRenderer", "Organisation"), tr("ProtocolRenderer", "Attendance")]
            out.append(self.table(header, rows, [0.26, 0.34, 0.26, 0.14]))
        else:
            out.append(self.para(tr("ProtocolRenderer", "Names are left out of this protocol; participants are "
                                                        "listed by function and organisation only."), "Note"))
            header = [tr("ProtocolRenderer", "Function"), tr("ProtocolRenderer", "Organisation"),
                      tr("ProtocolRenderer", "Attendance")]
            out.append(self.table(header, rows, [0.46, 0.38, 0.16]))
        return out

    def agenda(self) -> list[Flowable]:
        p = self.protocol
        out: list[Flowable] = [self.heading(tr("ProtocolRenderer", "Goal and agenda"))]
        if p.goal:
            out.append(self.rich(f"<b>{escape(tr('ProtocolRenderer', 'Goal'))}:</b> {self.safe.markup(p.goal)[0]}"))
        if not p.agenda:
            return [*out, self.para(tr("ProtocolRenderer", "No agenda was recorded."), "Note")]
        rows, over = [], False
        for index, line in enumerate(p.agenda, 1):
            item = [self.cell(line.title, where=tr("ProtocolRenderer", "Agenda item {n}", n=index))]
            if line.model_name:
                item.append(self.cell(line.model_name, "CellSmall"))
            late = line.planned_minutes is not None and (line.actual_minutes or 0) > line.planned_minutes
            over = over or late
            rows.append([f"{index}.", item, format_minutes(line.planned_minutes, self.lang),
                         format_minutes(line.actual_minutes, self.lang), self.difference(line.planned_minutes,
                                                                                         line.actual_minutes)])
        planned = sum(line.planned_minutes or 0 for line in p.agenda)
        actual = sum(line.actual_minutes or 0 for line in p.agenda)
        rows.append(["", tr("ProtocolRenderer", "Total"), format_minutes(planned, self.lang),
                     format_minutes(actual, self.lang), self.difference(planned, actual)])
        header = ["#", tr("ProtocolRenderer", "Agenda item"), tr("ProtocolRenderer", "Planned"),
                  tr("ProtocolRenderer", "Actual"), tr("ProtocolRenderer", "Difference")]
        out.append(self.table(header, rows, [0.06, 0.52, 0.14, 0.14, 0.14], right=(2, 3, 4), total_row=True))
        if over:
            out.append(self.para(tr("ProtocolRenderer", "▲ marks items that took longer than planned."), "Note"))
        return out

    def difference(self, planned: int | None, actual: int | None) -> str | Paragraph:
        if planned is None or actual is None or actual == planned:
            return "" if planned is None or actual is None else "±0"
        if actual < planned:
            return "−" + format_minutes(planned - actual, self.lang)
        return self.rich(f'<font color="{LATE}"><b>▲ +'
                         f'{format_minutes(actual - planned, self.lang)}</b></font>', "CellRight")

    def model_section(self, section: ModelSection) -> list[Flowable]:
        out: list[Flowable] = [self.heading(section.name)]
        line = " · ".join(part for part in (section.kind, section.organisation) if part)
        if line:
            out.append(self.para(line, "Small"))
        if section.fact_sheet is not None:
            out.append(self.heading(tr("ProtocolRenderer", "Fact sheet: {name}", name=section.fact_sheet.name), 1))
            out.append(self.label_table(list(section.fact_sheet.rows)))
        if section.figures:
            out.append(self.heading(tr("ProtocolRenderer", "Analysis figures"), 1))
            out.append(self.label_table(list(section.figures)))
        out += self.diagram_flowables(section)
        out += self.steps(section)
        out += self.pain_points(section)
        for result in section.rounds:
            out += self.voting_round(result)
        return out

    def steps(self, section: ModelSection) -> list[Flowable]:
        out: list[Flowable] = [self.heading(tr("ProtocolRenderer", "Steps of {name}", name=section.name), 1)]
        if not section.steps:
            return [*out, self.para(tr("ProtocolRenderer", "The model has no steps yet."), "Note")]
        rows = []
        for index, step in enumerate(section.steps, 1):
            where = tr("ProtocolRenderer", "{model}, step {n}", model=section.name, n=index)
            label = self.cell(step.label, where=where)
            if step.kind not in (tr("Protocol", "task"), "task"):
                label = [label, self.cell(step.kind, "CellSmall")]
            rows.append([self.cell(step.lane, where=where), label, self.cell(step.block, where=where),
                         format_minutes(step.processing_minutes, self.lang),
                         format_minutes(step.waiting_minutes, self.lang),
                         format_percent(step.probability, self.lang), self.cell(step.it_system, where=where)])
        rows.append([tr("ProtocolRenderer", "Total"), "", "",
                     format_minutes(sum(s.processing_minutes or 0 for s in section.steps), self.lang),
                     format_minutes(sum(s.waiting_minutes or 0 for s in section.steps), self.lang), "", ""])
        header = [tr("ProtocolRenderer", "Lane"), tr("ProtocolRenderer", "Step"), tr("ProtocolRenderer", "Block"),
                  tr("ProtocolRenderer", "Processing"), tr("ProtocolRenderer", "Waiting"),
                  tr("ProtocolRenderer", "Share of cases"), tr("ProtocolRenderer", "IT system")]
        out.append(self.table(header, rows, [0.18, 0.21, 0.19, 0.115, 0.105, 0.09, 0.11], right=(3, 4, 5),
                              total_row=True))
        return out

    def pain_points(self, section: ModelSection) -> list[Flowable]:
        out: list[Flowable] = [self.heading(tr("ProtocolRenderer", "Pain points in {name}", name=section.name), 1)]
        if not section.pain_points:
            return [*out, self.para(tr("ProtocolRenderer", "No pain points were recorded."), "Note")]
        ordered = sorted(section.pain_points, key=lambda line: line.rank if line.rank is not None else 1 << 30)
        rows = [["" if line.rank is None else f"{line.rank}.", self.cell(line.category),
                 self.cell(line.text, where=tr("ProtocolRenderer", "{model}, pain point {n}", model=section.name,
                                                n=index)),
                 self.cell(line.step or tr("ProtocolRenderer", "whole process"), where=section.name),
                 self.number(line.votes, 1)] for index, line in enumerate(ordered, 1)]
        header = [tr("ProtocolRenderer", "Rank"), tr("ProtocolRenderer", "Category"),
                  tr("ProtocolRenderer", "Pain point"), tr("ProtocolRenderer", "Step"), tr("ProtocolRenderer", "Votes")]
        out.append(self.table(header, rows, [0.07, 0.23, 0.38, 0.23, 0.09], right=(0, 4)))
        return out

    def voting_round(self, result: RoundResult) -> list[Flowable]:
        out: list[Flowable] = [self.heading(tr("ProtocolRenderer", "Vote: {question}", question=result.question), 1),
                               self.para(self.settings_line(result), "Small")]
        if not result.items:
            out.append(self.para(tr("ProtocolRenderer", "The round had nothing to vote on."), "Note"))
        elif result.method == "effort_benefit":
            rows = [[f"{item.rank}.", self.cell(item.label, where=result.question), self.number(item.effort, 1),
                     self.number(item.benefit, 1), quadrant_name(item.quadrant) if item.quadrant else "–"]
                    for item in result.items]
            header = [tr("ProtocolRenderer", "Rank"), tr("ProtocolRenderer", "Measure"),
                      tr("ProtocolRenderer", "Effort"), tr("ProtocolRenderer", "Benefit"),
                      tr("ProtocolRenderer", "Quadrant")]
            out.append(self.table(header, rows, [0.08, 0.5, 0.11, 0.11, 0.2], right=(0, 2, 3)))
        else:
            if result.method == "consensus":
                out.append(self.para(tr("ProtocolRenderer", "Bars show the total resistance: the lowest wins."),
                                     "Note"))
            out += self.bar_charts(result)
            if result.tied:
                out.append(self.para(tr("ProtocolRenderer", "Items with equal scores share a rank (in bold)."),
                                     "Note"))
        out += [self.para(note, "Note") for note in (result.breakdown_note, *result.notes) if note]
        return out

    def measures(self) -> list[Flowable]:
        out: list[Flowable] = [self.heading(tr("ProtocolRenderer", "Measure plan"))]
        if not self.protocol.measures:
            return [*out, self.para(tr("ProtocolRenderer", "No measures were agreed."), "Note")]
        ordered = sorted(self.protocol.measures, key=lambda m: m.priority if m.priority is not None else 1 << 30)
        rows = []
        for index, measure in enumerate(ordered, 1):
            what = [self.cell(measure.text, where=tr("ProtocolRenderer", "Measure {n}", n=index))]
            if measure.pain_points:
                what.append(self.cell(tr("ProtocolRenderer", "Answers: {pain_points}",
                                         pain_points="; ".join(measure.pain_points)), "CellSmall"))
            rating = " / ".join("–" if value is None else str(value) for value in (measure.effort, measure.impact))
            rows.append(["" if measure.priority is None else f"{measure.priority}.", what, self.cell(measure.owner),
                         format_short_date(measure.due_date, self.lang), self.cell(measure.status), rating])
        header = [tr("ProtocolRenderer", "Priority"), tr("ProtocolRenderer", "Measure"),
                  tr("ProtocolRenderer", "Who"), tr("ProtocolRenderer", "By when"), tr("ProtocolRenderer", "Status"),
                  tr("ProtocolRenderer", "Effort / impact")]
        out.append(self.table(header, rows, [0.1, 0.36, 0.22, 0.11, 0.09, 0.12], right=(0, 5)))
        out.append(self.para(tr("ProtocolRenderer", "Effort and impact from 1 (low) to 5 (high); the priority is the "
                                                    "rank in the latest vote."), "Note"))
        return out

    def notes(self) -> list[Flowable]:
        p = self.protocol
        out: list[Flowable] = []
        for title, column, lines in (
                (tr("ProtocolRenderer", "Decisions"), tr("ProtocolRenderer", "Decision"), p.decisions),
                (tr("ProtocolRenderer", "Open points"), tr("ProtocolRenderer", "Open point"), p.open_points),
                (tr("ProtocolRenderer", "Next steps"), tr("ProtocolRenderer", "Step"), p.next_steps)):
            out.append(self.heading(title))
            if not lines:
                out.append(self.para(tr("ProtocolRenderer", "None recorded."), "Note"))
                continue
            rows = [[f"{index}.", self.cell(line.text, where=f"{title} {index}"), self.cell(line.owner),
                     format_short_date(line.due_date, self.lang)] for index, line in enumerate(lines, 1)]
            header = ["#", column, tr("ProtocolRenderer", "Who"), tr("ProtocolRenderer", "By when")]
            out.append(self.table(header, rows, [0.06, 0.58, 0.22, 0.14]))
        return out

    def photos(self) -> list[Flowable]:
        if not self.protocol.photos:
            return []
        out: list[Flowable] = [self.heading(tr("ProtocolRenderer", "Photos"))]
        width, height = self.geometry.frame_size(A4)
        for photo in self.protocol.photos:
            caption = self.para(photo.caption, "Caption", limit=CELL_LIMIT)
            try:
                reader = ImageReader(io.BytesIO(photo.data))
                pixels_wide, pixels_high = reader.getSize()
            except Exception:
                out += [self.para(tr("ProtocolRenderer", "This photo could not be read."), "Note"), caption]
                continue
            scale = min(width / pixels_wide, 0.6 * height / pixels_high)
            out.append(KeepTogether([Image(io.BytesIO(photo.data), pixels_wide * scale, pixels_high * scale), caption]))
        return out

    def appendix(self) -> list[Flowable]:
        if not self.truncated:
            return []
        out: list[Flowable] = [PageBreak(), self.heading(tr("ProtocolRenderer", "Appendix: full texts")),
                               self.para(tr("ProtocolRenderer", "These texts were too long for their table and are "
                                                                "printed here in full."), "Note")]
        for where, text in self.truncated:
            out += [self.para(where, "Label"), self.para(text)]  # no keep-with-next: the text may be pages long
        return out

    def _page_decoration(self, canvas, document: _Document) -> None:
        """Header (workshop title, date) and footer ("Seite x von y") on every page."""
        g = self.geometry
        width, height = canvas._pagesize
        left, right = g.margin_left * mm, width - g.margin_right * mm
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
            author=self.safe.plain(protocol.facilitator),
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
        handle, temporary = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent)
    except OSError as error:
        raise WerkstattError(_sentence(error, out)) from error
    try:
        with os.fdopen(handle, "wb") as stream:
            ProtocolRenderer(protocol, progress=progress, cancelled=cancelled).render(stream)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, (out.stat().st_mode & 0o777) if out.is_file() else 0o644)
        os.replace(temporary, out)
    except BaseException as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(error, OSError):
            raise WerkstattError(_sentence(error, out)) from error
        raise
    return out
