"""The projector's vote page, and the reads that feed it and the list beside the diagram.

What the page shows is decided in ``werkstatt.voting.display`` (pure); the page only paints a
``VoteScreen`` in large text like the other projector pages: rules before the round, who has
finished while it is open (never a count), ranked bars or the effort/benefit matrix after the
reveal. Rows that do not fit are counted ("… and 3 more"), never shrunk below the room's minimum.
A round open for the phones shows their way in: a QR code as large as the page allows, drawn module
by module (crisp at any size, on the projector as on the thumbnail), the address and the code.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QWidget

from werkstatt.errors import WerkstattError
from werkstatt.i18n import tr
from werkstatt.render import fonts
from werkstatt.render.palette import SKY_BLUE
from werkstatt.render.room import THEME
from werkstatt.ui.workspace import Workspace
from werkstatt.voting.display import (
    QUADRANTS,
    Bar,
    PhoneAccess,
    RevealedResults,
    TopItem,
    VoteScreen,
    no_round_screen,
    top_items,
    vote_screen,
)
from werkstatt.voting.results import tally
from werkstatt.voting.rounds import read_round

WRAP = int(Qt.TextFlag.TextWordWrap)
# Quadrant fills of the matrix: light enough for black text at ≥ 7:1, told apart by their names too.
QUADRANT_FILL = {"quick_win": "#D9F0E8", "major_project": "#DCEBF7", "fill_in": "#F4F4F4", "thankless": "#FBE3D6"}
POINT_FILL = SKY_BLUE  # behind a black number
QR_QUIET_ZONE = 4  # modules of white around the QR code, as the standard asks


def read_vote_screen(workspace: Workspace) -> VoteScreen:
    """The current round as the room may see it now (committed data only)."""
    round_id = workspace.current_round
    if not round_id:
        return no_round_screen()
    try:
        with workspace.reading() as session:
            snapshot = read_round(session, round_id)
    except WerkstattError:  # deleted (or undone) since it was chosen
        return no_round_screen()
    phones: PhoneAccess | None = workspace.phones.access() if workspace.phones is not None else None
    return vote_screen(snapshot, tally(snapshot), phones)


def qr_modules(url: str) -> tuple[tuple[bool, ...], ...]:
    """The dark modules of the join address's QR code, row by row, without the quiet zone."""
    import segno  # only a round open for phones needs it

    return tuple(tuple(bool(module) for module in row) for row in segno.make(url, error="m", micro=False).matrix)


def read_top_items(workspace: Workspace, revealed: RevealedResults) -> tuple[TopItem, ...]:
    """The leaders of the open model's latest revealed dot vote, for the list beside the diagram."""
    view = workspace.view()
    if view is None or not workspace.model_id:
        return ()
    pain_points = tuple((p.id, p.step, p.text) for p in view.pain_points)
    try:
        with workspace.reading() as session:
            return top_items(revealed.result(session, workspace.model_id, pain_points))
    except WerkstattError:
        return ()


class _Fonts:
    """The page's fonts at one body size: body and title grow with the window, detail is the room's minimum."""

    def __init__(self, body: int, minimum: int) -> None:
        family = fonts.register_qt()
        self.body, self.minimum = body, minimum
        self.main, self.bold, self.detail, self.title, self.big = (QFont(family) for _ in range(5))
        self.main.setPixelSize(body)
        self.bold.setPixelSize(body)
        self.bold.setBold(True)
        self.detail.setPixelSize(minimum)
        self.title.setPixelSize(round(body * 1.25))
        self.title.setBold(True)
        self.big.setPixelSize(round(body * 1.8))
        self.big.setBold(True)


def text_height(font: QFont, width: float, text: str) -> int:
    return QFontMetrics(font).boundingRect(0, 0, max(1, int(width)), 100000, WRAP, text).height() if text else 0


class VotePage(QWidget):
    """The round on the projector: rules, who has finished, or the revealed result."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.min_font_px = 29
        self.screen = no_round_screen()
        self.hidden_rows = 0  # rows the last paint had to count instead of show (for tests and the console)
        self.qr_rect = QRectF()  # where the last paint put the QR code, quiet zone included (for tests)
        self._qr: tuple[str, tuple[tuple[bool, ...], ...]] = ("", ())

    def set_screen(self, screen: VoteScreen) -> None:
        self.screen = screen
        self.update()

    def body_px(self) -> int:
        return max(self.min_font_px, round(self.height() / 24))

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(THEME.background))
        f = _Fonts(self.body_px(), self.min_font_px)
        screen = self.screen
        margin = f.body
        x, right, bottom = margin, self.width() - margin, self.height() - margin
        y = float(margin)
        painter.setPen(QColor(THEME.text))
        y = self._text(painter, f.title, x, y, right - x, screen.title, gap=0.3)
        if screen.rules:
            painter.setPen(QColor(THEME.muted))
            y = self._text(painter, f.detail, x, y, right - x, screen.rules, gap=0.8)
        notes = [text for text in (screen.note, *screen.notes) if text]
        notes_h = sum(text_height(f.detail, right - x, text) for text in notes) + (f.body * 0.4 if notes else 0)
        body_bottom = bottom - notes_h
        if screen.heading:
            painter.setPen(QColor(THEME.text if screen.state != "none" else THEME.muted))
            # After the reveal the heading says how many voted of those present, on its own line's room.
            heading = f"{screen.heading} · {screen.turnout}" if screen.turnout else screen.heading
            y = self._text(painter, f.bold if screen.state != "none" else f.main, x, y, right - x, heading, gap=0.5)
        self.hidden_rows = 0
        self.qr_rect = QRectF()
        if screen.state == "open" and screen.join_url:
            self._phones(painter, f, x, y, right, body_bottom)
        elif screen.state == "prepared":
            self._rows(painter, f, x, y, right, body_bottom,
                       [(f"{n}.", item) for n, item in enumerate(screen.items, start=1)])
        elif screen.state == "open":
            self._progress(painter, f, x, y, right, body_bottom)
        elif screen.matrix:
            self._matrix(painter, f, x, y, right, body_bottom)
        elif screen.bars:
            self._bars(painter, f, x, y, right, body_bottom)
        painter.setPen(QColor(THEME.muted))
        y = body_bottom + f.body * 0.4
        for text in notes:
            y = self._text(painter, f.detail, x, y, right - x, text)

    @staticmethod
    def _text(painter: QPainter, font: QFont, x: float, y: float, width: float, text: str, gap: float = 0.0) -> float:
        """Wrapped text at (x, y); returns the y below it plus ``gap`` body heights."""
        painter.setFont(font)
        height = text_height(font, width, text)
        painter.drawText(QRectF(x, y, width, height), WRAP, text)
        return y + height + gap * font.pixelSize()

    def _more(self, painter: QPainter, f: _Fonts, x: float, y: float, width: float, count: int) -> None:
        self.hidden_rows = count
        painter.setFont(f.main)
        painter.setPen(QColor(THEME.muted))
        painter.drawText(QRectF(x, y, width, f.body * 1.3), Qt.AlignmentFlag.AlignLeft,
                         tr("VotePage", "… and {n} more", n=count))

    def _rows(self, painter: QPainter, f: _Fonts, x: float, y: float, right: float, bottom: float,
              rows: list[tuple[str, str]]) -> None:
        """Numbered rows of large text; what does not fit is counted."""
        number_w = QFontMetrics(f.bold).horizontalAdvance("00.") + f.body * 0.4
        text_w = right - x - number_w
        for index, (number, text) in enumerate(rows):
            row_h = text_height(f.main, text_w, text) + f.body * 0.35
            more_h = f.body * 1.3 if index < len(rows) - 1 else 0
            if y + row_h + more_h > bottom and index > 0:
                self._more(painter, f, x, y, right - x, len(rows) - index)
                return
            painter.setPen(QColor(THEME.text))
            painter.setFont(f.bold)
            painter.drawText(QRectF(x, y, number_w, f.body * 1.3), Qt.AlignmentFlag.AlignLeft, number)
            painter.setFont(f.main)
            painter.drawText(QRectF(x + number_w, y, text_w, row_h), WRAP, text)
            y += row_h

    def _progress(self, painter: QPainter, f: _Fonts, x: float, y: float, right: float, bottom: float) -> None:
        """How many have finished, big; the names with ✓ or ○ when the round is not anonymous."""
        painter.setPen(QColor(THEME.text))
        y = self._text(painter, f.big, x, y + f.body * 0.3, right - x, self.screen.progress, gap=0.4)
        voters = self.screen.voters
        if not voters:
            return
        metrics = QFontMetrics(f.main)
        widest = max(metrics.horizontalAdvance(f"{voter.mark}  {voter.name}") for voter in voters) + f.body
        columns = max(1, min(3, int((right - x) // max(1, widest))))
        column_w = (right - x) / columns
        row_h = f.body * 1.35
        rows_fit = max(1, int((bottom - y) // row_h))
        capacity = rows_fit * columns
        shown = voters if len(voters) <= capacity else voters[:capacity - 1]
        per_column = -(-len(shown) // columns)
        for index, voter in enumerate(shown):
            column, row = divmod(index, per_column)
            cell = QRectF(x + column * column_w, y + row * row_h, column_w - f.body * 0.5, row_h)
            painter.setFont(f.bold if voter.finished else f.main)
            painter.setPen(QColor(THEME.text if voter.finished else THEME.muted))
            painter.drawText(cell, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(f"{voter.mark}  {voter.name}", Qt.TextElideMode.ElideRight,
                                                int(cell.width())))
        if len(shown) < len(voters):
            column, row = divmod(len(shown), per_column)
            self._more(painter, f, x + column * column_w, y + row * row_h, column_w, len(voters) - len(shown))

    def _phones(self, painter: QPainter, f: _Fonts, x: float, y: float, right: float, bottom: float) -> None:
        """The QR code on the right, as large as the room allows; the code, the address and the count beside it."""
        screen = self.screen
        if self._qr[0] != screen.join_url:
            self._qr = (screen.join_url, qr_modules(screen.join_url))
        modules = self._qr[1]
        count = len(modules) + 2 * QR_QUIET_ZONE
        side = min(bottom - y, (right - x) * 0.5)
        module = max(1, int(side // count))  # whole pixels per module: no blurred seams between them
        size = module * count
        left = right - size
        self.qr_rect = QRectF(left, y, size, size)
        painter.fillRect(self.qr_rect, QColor("#FFFFFF"))
        dark = QColor("#000000")
        origin_x, origin_y = left + module * QR_QUIET_ZONE, y + module * QR_QUIET_ZONE
        for row_index, row in enumerate(modules):
            for column_index, is_dark in enumerate(row):
                if is_dark:
                    painter.fillRect(QRectF(origin_x + column_index * module, origin_y + row_index * module,
                                            module, module), dark)
        width = left - x - f.body
        painter.setPen(QColor(THEME.text))
        text_y = self._text(painter, f.big, x, y, width, screen.join_code, gap=0.3)
        text_y = self._text(painter, f.title, x, text_y, width, screen.join_address, gap=1.0)
        self._text(painter, f.big, x, text_y, width, screen.progress)

    def _bars(self, painter: QPainter, f: _Fonts, x: float, y: float, right: float, bottom: float) -> None:
        """Ranked bars: rank, the item, a bar as long as its share, the total; ties carry the same rank."""
        screen = self.screen
        if screen.legend:
            y = self._legend(painter, f, x, y, right)
        rank_w = QFontMetrics(f.bold).horizontalAdvance("00.") + f.body * 0.4
        total_w = max(QFontMetrics(f.bold).horizontalAdvance(bar.total_text) for bar in screen.bars) + f.body * 0.5
        left = x + rank_w
        bar_w = right - left - total_w
        bar_h = f.body * 0.5
        for index, bar in enumerate(screen.bars):
            label_h = text_height(f.main, right - left, bar.label)
            detail_h = text_height(f.detail, right - left, bar.detail)
            row_h = label_h + f.body * 0.1 + bar_h + detail_h + f.body * 0.35
            more_h = f.body * 1.3 if index < len(screen.bars) - 1 else 0
            if y + row_h + more_h > bottom and index > 0:
                self._more(painter, f, x, y, right - x, len(screen.bars) - index)
                return
            painter.setPen(QColor(THEME.text))
            painter.setFont(f.bold)
            painter.drawText(QRectF(x, y, rank_w, label_h), Qt.AlignmentFlag.AlignLeft, bar.rank_label)
            painter.setFont(f.main)
            painter.drawText(QRectF(left, y, right - left, label_h), WRAP, bar.label)
            bar_y = y + label_h + f.body * 0.1
            end = self._bar(painter, bar, left, bar_y, bar_w, bar_h)
            painter.setPen(QColor(THEME.text))
            painter.setFont(f.bold)
            painter.drawText(QRectF(end + f.body * 0.3, bar_y - f.body * 0.3, total_w, bar_h + f.body * 0.6),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, bar.total_text)
            if bar.detail:
                painter.setPen(QColor(THEME.muted))
                painter.setFont(f.detail)
                painter.drawText(QRectF(left, bar_y + bar_h, right - left, detail_h), WRAP, bar.detail)
            y += row_h

    @staticmethod
    def _bar(painter: QPainter, bar: Bar, x: float, y: float, width: float, height: float) -> float:
        """The bar, stacked by organisation when the breakdown is shown; returns where it ends."""
        if not bar.segments:
            length = width * bar.share
            painter.fillRect(QRectF(x, y, length, height), QColor(THEME.accent))
            return x + length
        for segment in bar.segments:
            length = width * segment.share
            painter.fillRect(QRectF(x, y, length, height), QColor(segment.colour))
            painter.fillRect(QRectF(x + length - 2, y, 2, height), QColor(THEME.background))  # a seam between parts
            x += length
        return x

    def _legend(self, painter: QPainter, f: _Fonts, x: float, y: float, right: float) -> float:
        """A swatch and a name per organisation, in the order of the bars' segments."""
        painter.setFont(f.detail)
        metrics = QFontMetrics(f.detail)
        swatch = f.minimum * 0.9
        cx = x
        line_h = f.minimum * 1.4
        for entry in self.screen.legend:
            width = swatch + f.minimum * 0.3 + metrics.horizontalAdvance(entry.label) + f.minimum
            if cx + width > right and cx > x:
                cx, y = x, y + line_h
            painter.fillRect(QRectF(cx, y + (line_h - swatch) / 2, swatch, swatch), QColor(entry.colour))
            painter.setPen(QColor(THEME.text))
            painter.drawText(QRectF(cx + swatch + f.minimum * 0.3, y, width, line_h),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, entry.label)
            cx += width
        return y + line_h + f.body * 0.4

    def _matrix(self, painter: QPainter, f: _Fonts, x: float, y: float, right: float, bottom: float) -> None:
        """The 2×2 matrix (benefit up, effort right) with numbered measures, and the numbers' list beside it."""
        screen = self.screen
        axis = f.minimum * 1.5
        size = max(f.body * 4, min(bottom - y - axis, (right - x) * 0.5))
        left, top = x + axis, y
        half = size / 2
        for code, column, row in QUADRANTS:
            cell = QRectF(left + column * half, top + row * half, half, half)
            painter.fillRect(cell, QColor(QUADRANT_FILL[code]))
            painter.setPen(QColor(THEME.text))
            painter.setFont(f.detail)
            name = dict(screen.quadrant_labels).get(code, code)
            painter.drawText(cell.adjusted(f.minimum * 0.3, f.minimum * 0.2, -f.minimum * 0.3, 0),
                             WRAP | int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), name)
        painter.setPen(QPen(QColor(THEME.text), 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(left, top, size, size))
        painter.drawLine(QPointF(left + half, top), QPointF(left + half, top + size))
        painter.drawLine(QPointF(left, top + half), QPointF(left + size, top + half))
        painter.setFont(f.detail)
        painter.drawText(QRectF(left, top + size, size, axis), Qt.AlignmentFlag.AlignRight, screen.axis_effort)
        painter.save()
        painter.translate(x, top + size)
        painter.rotate(-90)
        painter.drawText(QRectF(0, 0, size, axis), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         screen.axis_benefit)
        painter.restore()
        radius = f.body * 0.55
        for point in screen.matrix:
            offset = (point.slot - (point.slots - 1) / 2) * radius * 2.2
            cx = left + radius + point.x * (size - 2 * radius) + offset
            cy = top + radius + (1 - point.y) * (size - 2 * radius)
            circle = QRectF(cx - radius, cy - radius, 2 * radius, 2 * radius)
            painter.setPen(QPen(QColor(THEME.text), 2))
            painter.setBrush(QColor(POINT_FILL))
            painter.drawEllipse(circle)
            painter.setFont(f.bold)
            painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, str(point.number))
        list_x = left + size + f.body
        self._rows(painter, f, list_x, y, right, bottom,
                   [(f"{point.number}.", point.label) for point in screen.matrix])
