"""Pieces every form dialog builds the same way: the hidden message line, the Save/Cancel and
Close buttons, and a list to choose one entry from.

The texts a user reads stay with the dialog that shows them (its translation context): these
helpers take them as arguments.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget


def message_label(parent: QWidget, accessible_name: str) -> QLabel:
    """The line where a dialog explains a refused value; hidden until there is something to say,
    selectable so that a long sentence can be copied into a support request."""
    message = QLabel(parent)
    message.setWordWrap(True)
    message.setAccessibleName(accessible_name)
    message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    message.hide()
    return message


def save_cancel_buttons(parent: QWidget) -> QDialogButtonBox:
    """Save (the default: Enter saves) and Cancel; the caller connects what they do."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, parent)
    buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
    return buttons


def close_buttons(dialog: QDialog, text: str) -> QDialogButtonBox:
    """A Close button (with the dialog's own translated ``text``) that closes ``dialog``."""
    close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    close.button(QDialogButtonBox.StandardButton.Close).setText(text)
    close.rejected.connect(dialog.reject)
    return close


def choice_combo(accessible_name: str, choices: Iterable[tuple[object, str]], current: object,
                 parent: QWidget | None = None, *, none_text: str | None = None) -> QComboBox:
    """A list to pick one of ``choices`` (data, shown text) from; with ``none_text`` first an entry for None.
    Not editable: typing the first letters picks an entry."""
    combo = QComboBox(parent)
    combo.setAccessibleName(accessible_name)
    if none_text is not None:
        combo.addItem(none_text, None)
    for data, shown in choices:
        combo.addItem(shown, data)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


def lay_out_form(dialog: QDialog, form: QFormLayout, message: QLabel, buttons: QDialogButtonBox) -> QVBoxLayout:
    """The fields, the message line under them and the buttons at the bottom; the buttons' accept
    and reject go to the dialog (which may refuse to close while a value is refused)."""
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(message)
    layout.addWidget(buttons)
    return layout
