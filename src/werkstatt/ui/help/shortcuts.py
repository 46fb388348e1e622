"""The shortcut overlay (Shift+F1): every action of the window that has a key, read from the actions
themselves so that the list cannot go out of date."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QColor, QKeySequence, QPainter, QPaintEvent
from PySide6.QtWidgets import QApplication, QGridLayout, QLabel, QWidget

from werkstatt.i18n import tr
from werkstatt.render.palette import YELLOW


def shortcut_rows(actions: list[QAction]) -> list[tuple[str, str]]:
    """(keys, what it does) for each action with a shortcut, in the order given, without duplicates."""
    rows: list[tuple[str, str]] = []
    seen: set[str] = set()
    for action in actions:
        keys = ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts())
        text = action.text().replace("&", "").rstrip(".…")
        if keys and text and (keys, text) not in rows and keys not in seen:
            seen.add(keys)
            rows.append((keys, text))
    return rows


class ShortcutOverlay(QWidget):
    """Lies over the main window; any key or click closes it."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(tr("ShortcutOverlay", "Keyboard shortcuts"))
        self.grid = QGridLayout(self)
        self._return_to: QWidget | None = None
        self.grid.setContentsMargins(60, 40, 60, 40)
        self.hide()
        parent.installEventFilter(self)

    def show_for(self, actions: list[QAction]) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        title = QLabel(tr("ShortcutOverlay", "Keyboard shortcuts — any key closes this overview"))
        title.setStyleSheet("color: white; font-size: 18pt; font-weight: bold;")
        self.grid.addWidget(title, 0, 0, 1, 4)
        rows = shortcut_rows(actions)
        half = (len(rows) + 1) // 2
        for i, (keys, text) in enumerate(rows):
            column = 0 if i < half else 2
            key_label = QLabel(keys)
            key_label.setStyleSheet(f"color: {YELLOW}; font-weight: bold; font-size: 12pt;")
            text_label = QLabel(text)
            text_label.setStyleSheet("color: white; font-size: 12pt;")
            self.grid.addWidget(key_label, 1 + i % half, column)
            self.grid.addWidget(text_label, 1 + i % half, column + 1)
        self.grid.setRowStretch(half + 1, 1)
        self._return_to = QApplication.focusWidget()
        self.setGeometry(self.parentWidget().rect())
        self.raise_()
        self.show()
        self.setFocus()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(0, 0, 0, 215))

    def keyPressEvent(self, event) -> None:
        self.close_overlay()

    def mousePressEvent(self, event) -> None:
        self.close_overlay()

    def close_overlay(self) -> None:
        self.hide()
        # Back to where the facilitator was typing, unless that widget is gone (a closed cell editor).
        if self._return_to is not None and shiboken6.isValid(self._return_to):
            self._return_to.setFocus()
        self._return_to = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize and self.isVisible():
            self.setGeometry(self.parentWidget().rect())
        return super().eventFilter(watched, event)
