"""The projector's painted pages: pain points, agenda, black and frozen.

They are pages of the audience window's stack (``werkstatt.ui.projector.controller.ProjectorWindow``).
All of them paint themselves in large text from ``werkstatt.render.room`` sizes and colours
and take no input: ``make_inert`` is applied to every widget of the projector.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPixmap, QPolygonF
from PySide6.QtWidgets import QWidget

from werkstatt.i18n import tr
from werkstatt.render import fonts
from werkstatt.render.room import THEME, AgendaEntry, AgendaStatus, PainPointLine


def make_inert(widget: QWidget) -> None:
    """No focus, no mouse, no cursor: the audience window must never take anything from the console."""
    widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    widget.setCursor(Qt.CursorShape.BlankCursor)
    if widget.parentWidget() is not None:
        widget.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)



class ListPage(QWidget):
    """A title and rows of large text, painted; rows that do not fit are counted, never shrunk."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.min_font_px = 29
        self.setAutoFillBackground(False)

    def body_px(self) -> int:
        return max(self.min_font_px, round(self.height() / 22))

    def title(self) -> str:
        raise NotImplementedError

    def rows(self) -> list[tuple[str, str, str, bool, str]]:
        """(marks, main text, detail, highlighted, tag) per row."""
        raise NotImplementedError

    def empty_text(self) -> str:
        raise NotImplementedError

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(THEME.background))
        body = self.body_px()
        family = fonts.register_qt()
        main_font, bold, detail_font, title_font = QFont(family), QFont(family), QFont(family), QFont(family)
        main_font.setPixelSize(body)
        bold.setPixelSize(body)
        bold.setBold(True)
        detail_font.setPixelSize(self.min_font_px)
        title_font.setPixelSize(round(body * 1.25))
        title_font.setBold(True)
        margin = body
        x, y, right, bottom = margin, margin, self.width() - margin, self.height() - margin
        painter.setPen(QColor(THEME.text))
        painter.setFont(title_font)
        painter.drawText(QRectF(x, y, right - x, title_font.pixelSize() * 1.4), Qt.AlignmentFlag.AlignLeft,
                         self.title())
        y += title_font.pixelSize() * 1.8
        rows = self.rows()
        if not rows:
            painter.setFont(main_font)
            painter.setPen(QColor(THEME.muted))
            painter.drawText(QRectF(x, y, right - x, bottom - y), Qt.TextFlag.TextWordWrap, self.empty_text())
            return
        marks_w = QFontMetrics(bold).horizontalAdvance("!!!") + body * 0.6
        wrap = int(Qt.TextFlag.TextWordWrap)
        for index, (marks, main, detail, highlighted, tag) in enumerate(rows):
            text_x = x + marks_w
            tag_w = QFontMetrics(bold).horizontalAdvance(tag) + body * 0.6 if tag else 0
            text_w = max(body, right - text_x - tag_w)
            main_h = QFontMetrics(main_font).boundingRect(0, 0, int(text_w), 100000, wrap, main).height()
            detail_h = QFontMetrics(detail_font).boundingRect(0, 0, int(text_w), 100000, wrap, detail).height() \
                if detail else 0
            row_h = main_h + detail_h + body * 0.5
            more_h = body * 1.3 if index < len(rows) - 1 else 0
            if y + row_h + more_h > bottom and index > 0:
                painter.setFont(main_font)
                painter.setPen(QColor(THEME.muted))
                painter.drawText(QRectF(x, y, right - x, bottom - y), Qt.AlignmentFlag.AlignLeft,
                                 tr("ProjectorPages", "… and {n} more", n=len(rows) - index))
                return
            if highlighted:
                painter.fillRect(QRectF(x - body * 0.3, y - body * 0.15, right - x + body * 0.6, row_h),
                                 QColor(THEME.current_background))
                painter.setBrush(QColor(THEME.text))
                painter.setPen(Qt.PenStyle.NoPen)
                cy = y + body * 0.6
                painter.drawPolygon(QPolygonF([QPointF(x, cy - body * 0.35), QPointF(x, cy + body * 0.35),
                                               QPointF(x + body * 0.5, cy)]))
            if marks:
                painter.fillRect(QRectF(x - body * 0.3, y, body * 0.15, main_h), QColor(THEME.severity))
                painter.setPen(QColor(THEME.text))
                painter.setFont(bold)
                painter.drawText(QRectF(x, y, marks_w, main_h), Qt.AlignmentFlag.AlignLeft, marks)
            painter.setPen(QColor(THEME.text))
            painter.setFont(bold if highlighted else main_font)
            painter.drawText(QRectF(text_x, y, text_w, main_h), wrap, main)
            if detail:
                painter.setPen(QColor(THEME.text if highlighted else THEME.muted))
                painter.setFont(detail_font)
                painter.drawText(QRectF(text_x, y + main_h, text_w, detail_h), wrap, detail)
            if tag:
                tag_rect = QRectF(right - tag_w + body * 0.2, y, tag_w - body * 0.2, body * 1.25)
                painter.fillRect(tag_rect, QColor(THEME.overtime_background))
                painter.setPen(QColor(THEME.text))
                painter.setFont(bold)
                painter.drawText(tag_rect, Qt.AlignmentFlag.AlignCenter, tag)
            y += row_h


class PainPointPage(ListPage):
    """The committed pain points, most severe first, with their marks and the step they are on."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines: list[PainPointLine] = []

    def title(self) -> str:
        return tr("ProjectorPages", "Pain points")

    def empty_text(self) -> str:
        return tr("ProjectorPages", "No pain points yet.")

    def rows(self) -> list[tuple[str, str, str, bool, str]]:
        return [(line.marks, line.text, f"{line.category} · {line.step}" if line.step else line.category, False, "")
                for line in self.lines]


class AgendaPage(ListPage):
    """The agenda; the running item highlighted, with a small over-time tag when it ran over."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: Sequence[AgendaEntry] = ()
        self.status = AgendaStatus(None, "", None, 0, False, False, 0)

    def title(self) -> str:
        return tr("ProjectorPages", "Agenda")

    def empty_text(self) -> str:
        return tr("ProjectorPages", "The agenda is empty.")

    def rows(self) -> list[tuple[str, str, str, bool, str]]:
        rows = []
        for item in self.items:
            current = item.id == self.status.item_id
            planned = (tr("ProjectorPages", "{minutes} min", minutes=item.planned_minutes)
                       if item.planned_minutes is not None else "")
            if current and item.planned_minutes is not None:
                detail = tr("ProjectorPages", "{elapsed} of {planned} min", elapsed=self.status.elapsed_minutes,
                            planned=item.planned_minutes)
            elif current:
                detail = tr("ProjectorPages", "{elapsed} min", elapsed=self.status.elapsed_minutes)
            else:
                detail = planned
            tag = tr("ProjectorPages", "+{minutes} min", minutes=self.status.minutes_over) \
                if current and self.status.overtime else ""
            rows.append(("", item.title, detail, current, tag))
        return rows


class BlackPage(QWidget):
    """Black screen: the room looks at the facilitator, not at the wall."""

    def paintEvent(self, event) -> None:
        QPainter(self).fillRect(self.rect(), QColor(THEME.blackout))


class FrozenPage(QWidget):
    """The still picture taken when freezing, scaled to the window if the window changed size."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picture = QPixmap()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(THEME.background))
        if not self.picture.isNull():
            picture = self.picture.scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                          Qt.TransformationMode.SmoothTransformation)
            painter.drawPixmap((self.width() - picture.width()) // 2, (self.height() - picture.height()) // 2, picture)

