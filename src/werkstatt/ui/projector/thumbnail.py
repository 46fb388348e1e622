"""The console's small picture of what the projector shows, black and frozen included.

Kept apart from the audience window: the window takes no input and lives on another screen,
the thumbnail is a widget of the console whose height follows the projected picture's aspect.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from werkstatt.i18n import tr


class ProjectorThumbnail(QLabel):
    """The console's small picture of what is projected (black and frozen included)."""

    resized = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("ProjectorThumbnail", "What the projector shows"))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(160, 90)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)  # as tall as the projected picture at this width: nothing is cropped
        self.setSizePolicy(policy)
        self.setWordWrap(True)
        self.aspect = 16 / 9
        self._picture = QPixmap()

    def setPixmap(self, pixmap: QPixmap) -> None:
        # QLabel.setPixmap asks every layout up to the main window again, even for a picture of the
        # same size: the whole console was laid out and repainted after each captured step. A picture
        # of the size shown now is only painted.
        same_size = not pixmap.isNull() and not self._picture.isNull() and pixmap.size() == self._picture.size()
        self._picture = QPixmap(pixmap)
        if same_size:
            self.update()
        else:
            super().setPixmap(pixmap)

    def pixmap(self) -> QPixmap:
        return QPixmap(self._picture)

    def setText(self, text: str) -> None:
        self._picture = QPixmap()  # QLabel forgets its picture for a text
        super().setText(text)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._picture.isNull():
            super().paintEvent(event)
            return
        painter = QPainter(self)
        size = self._picture.deviceIndependentSize()
        rect = self.contentsRect()
        painter.drawPixmap(QPoint(rect.x() + round((rect.width() - size.width()) / 2),
                                  rect.y() + round((rect.height() - size.height()) / 2)), self._picture)
        painter.end()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        if self.pixmap().isNull():  # a sentence instead of the picture ("the projector is off"): its lines
            return max(90, super().heightForWidth(width))
        return max(90, round(width / self.aspect))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.resized.emit()
