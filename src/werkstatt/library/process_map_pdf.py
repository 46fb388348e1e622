"""The process map as a printable PDF: an overview page, then the processes of each product area on pages.

Every page is A4 or A3 landscape and no text is smaller than ``SMALLEST`` points, so that a Kreis can
print the map and read it; a register of 20,000 processes becomes a few hundred pages instead of one
page 27 metres tall. The pages are counted before anything is drawn (the layout is a fixed grid), so
every page can say "page k of n" in one pass. Each area has an entry in the PDF outline.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache

from reportlab import rl_config
from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.pdfgen.canvas import Canvas

from werkstatt.i18n import tr
from werkstatt.library import status_word
from werkstatt.library.process_map import (
    STATUS_COLOURS,
    AreaSummary,
    MapEntry,
    ProcessMapError,
    area_title,
    by_area,
    summarise,
)
from werkstatt.model import PROCESS_STATUSES
from werkstatt.render.fonts import PDF_NAMES, register_reportlab

PAPERS = {"A4": landscape(A4), "A3": landscape(A3)}
SMALLEST = 6.5  # points: the smallest text on any page (the issue asks for at least 6)
MARGIN = 28.0  # ≈ 10 mm, inside what office printers can print
HEADER = 34.0
FOOTER = 20.0
GAP = 6.0
BOX_HEIGHT = 52.0
NAME_SIZE = 7.5
NAME_LINES = 3
DETAIL_SIZE = SMALLEST
TEXT_PAD = 4.0
ROW = 15.0  # height of a row of the overview table
ELLIPSIS = "…"
REGULAR = PDF_NAMES["regular"]
BOLD = PDF_NAMES["bold"]
LINE = "#333333"


@dataclass(frozen=True)
class Grid:
    """Where the boxes of an area page go on one paper size."""

    width: float
    height: float
    columns: int
    rows: int
    box_width: float

    @property
    def per_page(self) -> int:
        return self.columns * self.rows


def grid(paper: str) -> Grid:
    width, height = PAPERS[paper]
    columns = 5 if paper == "A4" else 7
    box_width = (width - 2 * MARGIN - (columns - 1) * GAP) / columns
    rows = int((height - 2 * MARGIN - HEADER - FOOTER + GAP) // (BOX_HEIGHT + GAP))
    return Grid(width, height, columns, rows, box_width)


def overview_rows_per_page(paper: str, first: bool) -> int:
    height = PAPERS[paper][1]
    top = 150.0 if first else 70.0  # title, totals and key on the first page; a title on the others
    return max(1, int((height - 2 * MARGIN - top - FOOTER) // ROW))


def fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` on one line of ``width``, cut with an ellipsis when it is longer."""
    if text_width(text, font, size) <= width:
        return text
    room = width - text_width(ELLIPSIS, font, size)
    low, high = 0, len(text)
    while low < high:  # the longest prefix that fits, by halving: names can be long
        middle = (low + high + 1) // 2
        if text_width(text[:middle], font, size) <= room:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + ELLIPSIS


def fit_lines(text: str, font: str, size: float, width: float, most: int) -> list[str]:
    """``text`` wrapped between words into at most ``most`` lines; the last one ends in "…" if text is left."""
    lines: list[str] = []
    words = text.split()
    while words and len(lines) < most:
        if len(lines) == most - 1:
            lines.append(fit(" ".join(words), font, size, width))
            break
        line = words.pop(0)
        if text_width(line, font, size) > width:  # one overlong word: cut it where it must be
            kept = fit(line, font, size, width)[:-1]
            words.insert(0, line[len(kept):])
            line = kept
        while words and text_width(line + " " + words[0], font, size) <= width:
            line += " " + words.pop(0)
        lines.append(line)
    return lines


class MapDocument:
    """Draws the pages on one canvas; ``pages`` is known before the first page is drawn."""

    def __init__(self, entries: list[MapEntry], paper: str, today: date) -> None:
        register_reportlab()
        self.paper = paper
        self.grid = grid(paper)
        self.areas = by_area(entries)
        self.summaries = summarise(entries)
        self.total = len(entries)
        self.today = today.strftime("%d.%m.%Y")
        first = overview_rows_per_page(paper, True)
        later = overview_rows_per_page(paper, False)
        table_rows = len(self.summaries) + 1  # and the total
        self.overview_pages = 1 + max(0, -(-(table_rows - first) // later))
        self.area_pages = {area: max(1, -(-len(members) // self.grid.per_page)) for area, members in self.areas.items()}
        self.pages = self.overview_pages + sum(self.area_pages.values())
        self.page = 0
        self.buffer = io.BytesIO()
        self.canvas = Canvas(self.buffer, pagesize=PAPERS[paper], pageCompression=1)
        self.canvas.setTitle(tr("ProcessMap", "Process map"))
        self.canvas.setCreator("Werkstatt")
        self.colours = {status: (rgb(fill), rgb(ink)) for status, (fill, ink) in
                        [*STATUS_COLOURS.items(), ("", ("#ffffff", "#000000"))]}
        self.shown: dict[tuple[str, float, str], str] = {}
        self.models_word: dict[int, str] = {}
        self.details: dict[tuple[str, str], str] = {}
        self.own_box = box_path(self.grid.box_width, BOX_HEIGHT, 4, dashed=False)
        self.library_box = box_path(self.grid.box_width, BOX_HEIGHT, 4, dashed=True)

    def render(self) -> bytes:
        # Content streams only compressed, not also ASCII85-encoded (reportlab's default): a fifth smaller
        # and a second faster at 20,000 processes. The setting is global, so it goes back at once.
        a85 = rl_config.useA85
        rl_config.useA85 = 0
        try:
            self.draw_overview()
            for number, (area, members) in enumerate(self.areas.items(), start=1):
                self.draw_area(number, area, members)
            self.canvas.showOutline()
            self.canvas.save()
        finally:
            rl_config.useA85 = a85
        return self.buffer.getvalue()

    # --- frame of every page -------------------------------------------------------------------------

    def start_page(self, title: str, right: str) -> None:
        self.page += 1
        c = self.canvas
        width, height = self.grid.width, self.grid.height
        c.setFillColor(colour("#000000"))
        c.setFont(BOLD, 13)
        c.drawString(MARGIN, height - MARGIN - 13, fit(title, BOLD, 13, width - 2 * MARGIN - 160))
        c.setFont(REGULAR, 8)
        c.drawRightString(width - MARGIN, height - MARGIN - 12, right)
        c.setStrokeColor(colour("#999999"))
        c.setLineWidth(0.5)
        c.line(MARGIN, height - MARGIN - HEADER + 12, width - MARGIN, height - MARGIN - HEADER + 12)
        c.setFont(REGULAR, SMALLEST)
        c.drawString(MARGIN, MARGIN - 2, tr("ProcessMap", "Process map · as of {date}", date=self.today))
        c.drawRightString(width - MARGIN, MARGIN - 2, tr("ProcessMap", "Page {page} of {pages}", page=self.page,
                                                         pages=self.pages))
        self.draw_key(MARGIN + 150, MARGIN - 4, SMALLEST)

    def draw_key(self, x: float, y: float, size: float) -> float:
        """The status colours and the dashed library border, in one line from ``x``; returns where it ends."""
        c = self.canvas
        c.setLineWidth(0.5)
        for status in PROCESS_STATUSES:
            word = status_word(status)
            fill, _ink = STATUS_COLOURS[status]
            c.setStrokeColor(colour(LINE))
            c.setFillColor(colour(fill))
            c.rect(x, y, size * 1.6, size * 1.2, fill=1, stroke=1)
            c.setFillColor(colour("#000000"))
            c.setFont(REGULAR, size)
            c.drawString(x + size * 2, y + size * 0.2, word)
            x += size * 3 + text_width(word, REGULAR, size)
        c.setDash(2, 1.5)
        c.setFillColor(colour("#ffffff"))
        c.rect(x, y, size * 1.6, size * 1.2, fill=1, stroke=1)
        c.setDash()
        c.setFillColor(colour("#000000"))
        word = tr("ProcessMap", "dashed: from another organisation's library")
        c.drawString(x + size * 2, y + size * 0.2, word)
        return x + size * 2 + text_width(word, REGULAR, size)

    # --- the overview --------------------------------------------------------------------------------

    def draw_overview(self) -> None:
        c = self.canvas
        height = self.grid.height
        c.bookmarkPage("overview")
        c.addOutlineEntry(tr("ProcessMap", "Overview"), "overview", level=0)
        self.start_page(tr("ProcessMap", "Process map"), tr("ProcessMap", "as of {date}", date=self.today))
        library = sum(summary.library for summary in self.summaries)
        top = height - MARGIN - HEADER
        c.setFont(REGULAR, 10)
        c.drawString(MARGIN, top - 12, tr(
            "ProcessMap", "Processes: {count} · product areas: {areas} · from other organisations' libraries: "
                          "{library}", count=self.total, areas=len(self.summaries), library=library))
        c.setFont(REGULAR, 8)
        c.drawString(MARGIN, top - 28, tr("ProcessMap", "Each box on the area pages: register key and number of "
                                                        "models, name, status and lead organisation."))
        self.draw_key(MARGIN, top - 48, 8)
        y = top - 80
        rows = [*self.summaries, None]  # None: the total
        first = overview_rows_per_page(self.paper, True)
        later = overview_rows_per_page(self.paper, False)
        shown = 0
        page = 1
        while True:
            take = first if page == 1 else later
            y = self.draw_table(rows[shown:shown + take], y)
            shown += take
            if shown >= len(rows):
                break
            c.showPage()
            page += 1
            self.start_page(tr("ProcessMap", "Overview — page {page} of {pages}", page=page,
                               pages=self.overview_pages), "")
            y = height - MARGIN - HEADER - 10
        c.showPage()

    def columns(self) -> list[tuple[str, float]]:
        """(heading, x) of the overview table's columns."""
        width = self.grid.width
        x = MARGIN
        columns = [(tr("ProcessMap", "Product area"), x)]
        x += 210 if self.paper == "A4" else 330
        columns.append((tr("ProcessMap", "Processes"), x))
        x += 46
        for status in PROCESS_STATUSES:
            columns.append((status_word(status), x))
            x += 50
        columns.append((tr("ProcessMap", "by status"), x))
        x += 100 if self.paper == "A4" else 170
        columns.append((tr("ProcessMap", "Lead organisations"), x))
        columns.append(("", width - MARGIN))
        return columns

    def draw_table(self, rows: list[AreaSummary | None], y: float) -> float:
        c = self.canvas
        columns = self.columns()
        c.setFillColor(colour("#000000"))
        c.setFont(BOLD, 7.5)
        for heading, x in columns[:-1]:
            c.drawString(x, y, heading)
        c.setStrokeColor(colour("#999999"))
        c.setLineWidth(0.5)
        c.line(MARGIN, y - 4, columns[-1][1], y - 4)
        for summary in rows:
            y -= ROW
            self.draw_row(summary, y, columns)
        return y

    def draw_row(self, summary: AreaSummary | None, y: float, columns: list[tuple[str, float]]) -> None:
        c = self.canvas
        font = BOLD if summary is None else REGULAR
        if summary is None:
            summary = AreaSummary(tr("ProcessMap", "All product areas"), self.total)
            for each in self.summaries:
                summary.by_status.update(each.by_status)
                summary.by_lead.update(each.by_lead)
            title = summary.area
        else:
            title = area_title(summary.area)
        xs = [x for _heading, x in columns]
        c.setFillColor(colour("#000000"))
        c.setFont(font, 8)
        c.drawString(xs[0], y, fit(title, font, 8, xs[1] - xs[0] - 8))
        c.drawRightString(xs[2] - 12, y, str(summary.count))
        for index, status in enumerate(PROCESS_STATUSES):
            c.drawRightString(xs[3 + index] - 12, y, str(summary.by_status.get(status, 0)))
        self.draw_bar(summary, xs[7], y - 2, xs[8] - xs[7] - 10, 9)
        nobody = tr("ProcessMap", "no lead")
        leads = [f"{name or nobody} {count}" for name, count in summary.by_lead.most_common()]
        c.setFillColor(colour("#000000"))
        c.setFont(font, 7)
        c.drawString(xs[8], y, fit(" · ".join(leads), font, 7, xs[9] - xs[8]))
        c.setStrokeColor(colour("#dddddd"))
        c.line(MARGIN, y - 4, xs[9], y - 4)

    def draw_bar(self, summary: AreaSummary, x: float, y: float, width: float, height: float) -> None:
        """A bar divided by status, in the status colours: the share of each at a glance."""
        c = self.canvas
        c.setStrokeColor(colour(LINE))
        c.setLineWidth(0.3)
        left = x
        for status in PROCESS_STATUSES if summary.count else ():
            part = width * summary.by_status.get(status, 0) / summary.count
            if part > 0:
                c.setFillColor(colour(STATUS_COLOURS[status][0]))
                c.rect(left, y, part, height, fill=1, stroke=0)
                left += part
        c.rect(x, y, width, height, fill=0, stroke=1)

    # --- the area pages ------------------------------------------------------------------------------

    def draw_area(self, number: int, area: str, members: list[MapEntry]) -> None:
        c = self.canvas
        g = self.grid
        title = area_title(area)
        pages = self.area_pages[area]
        for page in range(pages):
            if page == 0:
                c.bookmarkPage(f"area{number}")
                c.addOutlineEntry(title, f"area{number}", level=0)
            self.start_page(tr("ProcessMap", "{area} — page {page} of {pages}", area=title, page=page + 1,
                               pages=pages), tr("ProcessMap", "Processes in this area: {count}",
                                                count=len(members)))
            top = g.height - MARGIN - HEADER
            for index, entry in enumerate(members[page * g.per_page:(page + 1) * g.per_page]):
                row, column = divmod(index, g.columns)
                self.draw_box(entry, MARGIN + column * (g.box_width + GAP), top - row * (BOX_HEIGHT + GAP)
                              - BOX_HEIGHT)
            c.showPage()

    def draw_box(self, entry: MapEntry, x: float, y: float) -> None:
        """One box as literal PDF operators: 20,000 boxes through the canvas' drawing calls took half a minute.

        The box is drawn at the origin and moved into place with a translation only (``cm`` without
        scaling), so the font sizes in the file are the sizes on paper.
        """
        width = self.grid.box_width
        fill, ink = self.colours.get(entry.status, self.colours[""])
        inner = width - 2 * TEXT_PAD
        top = BOX_HEIGHT - TEXT_PAD - DETAIL_SIZE
        models = self.models_word.get(entry.model_count)
        if models is None:
            models = self.models_word[entry.model_count] = tr("ProcessMap", "models: {count}",
                                                               count=entry.model_count)
        models_width = text_width(models, REGULAR, DETAIL_SIZE)
        ops = [f"q 1 0 0 1 {x:.2f} {y:.2f} cm {fill} rg", self.library_box if entry.is_library else self.own_box,
               f"{ink} rg", self.text(REGULAR, DETAIL_SIZE, width - TEXT_PAD - models_width, top, models)]
        if entry.register_key:
            room = inner - models_width - 4
            ops.append(self.text(REGULAR, DETAIL_SIZE, TEXT_PAD, top, fit(entry.register_key, REGULAR, DETAIL_SIZE,
                                                                          room)))
        line_y = top - NAME_SIZE - 2
        for line in fit_lines(entry.name, BOLD, NAME_SIZE, inner, NAME_LINES):
            ops.append(self.text(BOLD, NAME_SIZE, TEXT_PAD, line_y, line))
            line_y -= NAME_SIZE * 1.15
        detail = self.details.get((entry.status, entry.lead_short_name))
        if detail is None:  # a few statuses times a few organisations, for thousands of boxes
            words = status_word(entry.status) + (f" · {entry.lead_short_name}" if entry.lead_short_name else "")
            detail = self.details[entry.status, entry.lead_short_name] = fit(words, REGULAR, DETAIL_SIZE, inner)
        ops.append(self.text(REGULAR, DETAIL_SIZE, TEXT_PAD, TEXT_PAD, detail))
        ops.append("Q")
        self.canvas.addLiteral(" ".join(ops))

    def text(self, font_name: str, size: float, x: float, y: float, text: str) -> str:
        """PDF operators that show ``text`` at (x, y) in the embedded font (its subsets as reportlab made them)."""
        shown = self.shown.get((font_name, size, text))
        if shown is None:  # statuses, organisations and counts repeat on thousands of boxes
            font = getFont(font_name)
            doc = self.canvas._doc
            escape = self.canvas._escape
            shown = self.shown[font_name, size, text] = " ".join(
                f"{font.getSubsetInternalName(subset, doc)} {size:g} Tf ({escape(part)}) Tj"
                for subset, part in font.splitString(text, doc))
        return f"BT 1 0 0 1 {x:.2f} {y:.2f} Tm {shown} ET"


@cache
def colour(hex_colour: str) -> Color:
    """A reportlab colour, parsed once: the canvas parses a string again at every call."""
    return HexColor(hex_colour)


def rgb(hex_colour: str) -> str:
    """``#rrggbb`` as the three numbers of a PDF colour operator."""
    return " ".join(f"{int(hex_colour[i:i + 2], 16) / 255:.3f}" for i in (1, 3, 5))


def box_path(width: float, height: float, radius: float, dashed: bool) -> str:
    """The rounded rectangle at the origin, filled and stroked (a quarter circle as one Bézier curve)."""
    k = radius * 0.4477  # radius × (1 − 0.5523): where the control points sit
    w, h, r = width, height, radius
    dash = "[3 2] 0 d 0.8 w" if dashed else "[] 0 d 0.5 w"
    return (f"{rgb(LINE)} RG {dash} {r:.2f} 0 m {w - r:.2f} 0 l {w - k:.2f} 0 {w:.2f} {k:.2f} {w:.2f} {r:.2f} c "
            f"{w:.2f} {h - r:.2f} l {w:.2f} {h - k:.2f} {w - k:.2f} {h:.2f} {w - r:.2f} {h:.2f} c {r:.2f} {h:.2f} l "
            f"{k:.2f} {h:.2f} 0 {h - k:.2f} 0 {h - r:.2f} c 0 {r:.2f} l 0 {k:.2f} {k:.2f} 0 {r:.2f} 0 c B")


def text_width(text: str, font_name: str, size: float) -> float:
    """``stringWidth`` from the font's advance widths, without reportlab's per-call overhead."""
    return _width(text, font_name) * size / 1000


@lru_cache(maxsize=65536)
def _width(text: str, font_name: str) -> float:
    widths, default = _advances(font_name)
    return sum(widths.get(ord(char), default) for char in text)


@cache
def _advances(font_name: str) -> tuple[dict[int, float], float]:
    face = getFont(font_name).face
    return face.charWidths, face.defaultWidth


def map_pdf(entries: list[MapEntry], *, paper: str = "A4", today: date | None = None) -> bytes:
    """The paged map of ``entries`` (sorted as ``map_entries`` returns them) as PDF bytes."""
    if paper not in PAPERS:
        raise ProcessMapError(tr("ProcessMap", "Unknown paper size {paper}: choose A4 or A3.", paper=paper))
    return MapDocument(entries, paper, today or date.today()).render()
