"""The protocol's look: page geometry in millimetres, colours, named paragraph styles, and safe user text."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import (
    Frame,
)

from werkstatt.render import fonts

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


