"""Where a dialog's keyboard focus starts, and a dialog that grows with the sentence it shows.

Qt gives a new window's focus to the first widget in its focus chain, which is the order the
widgets were made in. A dialog that makes its button box before its fields (so that subclasses can
add rows) opened on OK; Space presses a button with the focus, so typing "Neue Werkstatt" pressed
OK at the first space and the text was gone.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

INPUTS = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)


def takes_focus(widget: QWidget, dialog: QWidget) -> bool:
    return (widget.isEnabled() and widget.isVisibleTo(dialog)
            and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus))


def first_input(dialog: QWidget) -> QWidget | None:
    """The first input field (or list to choose from) in the dialog's Tab order."""
    widget = dialog.nextInFocusChain()
    while widget is not dialog and widget is not None:
        if isinstance(widget, INPUTS) and takes_focus(widget, dialog) and widget.window() is dialog:
            return widget
        widget = widget.nextInFocusChain()
    return None


def focus_first_input(dialog: QWidget) -> None:
    """Give the focus to the first input field unless an input already has it (or is about to get it)."""
    current = dialog.focusWidget()
    if isinstance(current, INPUTS) and takes_focus(current, dialog):
        return
    field = first_input(dialog)
    if field is not None:
        field.setFocus(Qt.FocusReason.TabFocusReason)


def no_auto_default(dialog: QDialog) -> None:
    """Only the default button answers Enter; no other button makes itself default when it gets the focus."""
    for button in dialog.findChildren(QAbstractButton):
        if hasattr(button, "setAutoDefault"):
            button.setAutoDefault(False)


def fit_height(dialog: QWidget) -> None:
    """Make the dialog tall enough for its word-wrapped labels at its present width.

    A top-level window does not grow by itself when a wrapped label below the fields gets a longer
    text: the label was squeezed and its first line cut off.
    """
    layout = dialog.layout()
    if layout is None:
        return
    layout.activate()
    width = dialog.width()
    needed = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else layout.totalSizeHint().height()
    needed = max(needed, layout.totalMinimumSize().height())
    if needed > dialog.height():
        dialog.setMinimumHeight(needed)
        dialog.resize(width, needed)
