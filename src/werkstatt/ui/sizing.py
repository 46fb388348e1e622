"""Widgets that do not make the window wider than a laptop screen.

A QComboBox asks for the width of its longest entry by default; a register's product areas and
organisation names made the facilitator's window 1,830 px wide at its smallest, wider than the
1,366 px screens many administrations' laptops have. The popup still shows whole entries.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

COMBO_CHARACTERS = 12


def compact_combo(combo: QComboBox, characters: int = COMBO_CHARACTERS) -> QComboBox:
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    return combo
