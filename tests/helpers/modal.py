"""Keys where the keyboard really is, and the dialogs and message boxes the next key opens."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox


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


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key where the keyboard really is: the focus widget of the active window."""
    widget = QApplication.focusWidget()
    assert widget is not None, "the keyboard reaches no widget"
    qtbot.keyClick(widget, key, modifier)


def focused_dialog() -> QDialog | None:
    """The dialog that has the keyboard, if one has it."""
    focus = QApplication.focusWidget()
    window = focus.window() if focus is not None else None
    return window if isinstance(window, QDialog) and window.isVisible() else None


def in_modal_dialog(action, previous: QDialog | None = None, tries: int = 100) -> None:
    """Run ``action`` inside the event loop of the dialog the next key opens (exec()), once it has the focus.

    A loaded machine shows a dialog before it gets the focus: typing then would land in the window
    behind it, so this waits (up to 5 s) for a dialog other than ``previous`` to have the keyboard.
    """
    def act(left: int) -> None:
        if focused_dialog() in (None, previous) and left > 0:
            QTimer.singleShot(50, lambda: act(left - 1))
            return
        assert focused_dialog() not in (None, previous), "no dialog opened"
        action()
    QTimer.singleShot(50, lambda: act(tries))
