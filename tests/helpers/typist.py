"""Typing into widgets as a person does, counting every key."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication


class Typist:
    """Sends keys to a widget and counts them: one typed character or one named key each.

    Characters go as key events carrying their text, so umlauts and ß arrive as a German
    keyboard sends them (QTest's keyClicks accepts only ASCII).
    """

    def __init__(self, qtbot, widget) -> None:
        self.qtbot, self.widget, self.count = qtbot, widget, 0

    def type(self, text: str) -> None:
        for char in text:
            code = ord(char.upper()) if char.isascii() and char.isprintable() else 0
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(self.target(), QKeyEvent(kind, code, Qt.KeyboardModifier.NoModifier, char))
            self.count += 1

    def key(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        self.qtbot.keyClick(self.target(), key, modifier)
        self.count += 1

    def line(self, text: str) -> None:
        self.type(text)
        self.key(Qt.Key.Key_Return)

    def target(self):
        """The widget, or whatever has the focus when the typist follows it (widget None)."""
        return self.widget if self.widget is not None else QApplication.focusWidget()
