"""The mouse wheel scrolls forms; it never changes a combo box, spin box or date it passes over.

Qt lets the wheel change such a field under the pointer even when it does not have the focus,
so scrolling through the workshop form could switch its status and save that. Here the wheel
reaches a field only once the facilitator has put the focus there; otherwise it goes to the
field's parent, which scrolls.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QWidget


class WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QComboBox | QAbstractSpinBox):
            return False
        if watched.hasFocus():
            return False
        parent = watched.parentWidget()
        if isinstance(parent, QWidget):
            QCoreApplication.sendEvent(parent, event)  # ignored there, it travels up to the scroll area
        return True
