"""A multi-line text field that says when the user has finished with it, as a QLineEdit does.

Forms that write a field when it is left (the protocol record, the workshop's goal) need the
signal; QPlainTextEdit has none.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QPlainTextEdit


class LinesEdit(QPlainTextEdit):
    """A multi-line field that, like QLineEdit, says when the user has finished with it."""

    editingFinished = Signal()  # named like QLineEdit's signal on purpose

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.editingFinished.emit()
