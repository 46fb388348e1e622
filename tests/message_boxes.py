"""Answering a message box that the next key opens, as the person at the laptop would."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox


def answer_box(qtbot, button: QMessageBox.StandardButton | None) -> list[str]:
    """Answer the next message box: click ``button``, or press Enter for its default (which must be No)."""
    seen: list[str] = []

    def act() -> None:
        box = QApplication.activeModalWidget()
        try:
            assert isinstance(box, QMessageBox), "no message box opened"
            seen.append(box.text())
            assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
            if button is None:
                qtbot.keyClick(box, Qt.Key.Key_Return)
            else:
                box.button(button).click()
        finally:
            if box is not None and box.isVisible():  # never leave a failing test hanging in the box
                box.reject()

    QTimer.singleShot(0, act)
    return seen
