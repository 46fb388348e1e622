"""The room dialog: how deep the room is and how tall the picture, and the minimum font size they give."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QLabel, QWidget

from werkstatt.i18n import tr
from werkstatt.render.room import minimum_font_px, room_too_deep


def metres_box(limits: tuple[float, float], decimals: int, step: float, value: float,
               accessible_name: str) -> QDoubleSpinBox:
    """A length in metres, as a facilitator measures the room with a few steps."""
    box = QDoubleSpinBox()
    box.setRange(*limits)
    box.setDecimals(decimals)
    box.setSingleStep(step)
    box.setSuffix(" m")
    box.setValue(value)
    box.setAccessibleName(accessible_name)
    return box


class RoomDialog(QDialog):
    """Room depth and picture height, asked once; shows the minimum font size they lead to."""

    def __init__(self, room_depth_m: float, screen_height_m: float, screen_height_px: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("RoomDialog", "Room and readability"))
        self.screen_height_px = screen_height_px
        self.depth_box = metres_box((1.0, 100.0), 1, 0.5, room_depth_m,
                                    tr("RoomDialog", "Distance to the farthest viewer in metres"))
        self.height_box = metres_box((0.3, 10.0), 2, 0.1, screen_height_m,
                                     tr("RoomDialog", "Height of the projected picture in metres"))
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.warning_label = QLabel()
        self.warning_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(tr("RoomDialog", "&Farthest viewer:"), self.depth_box)
        form.addRow(tr("RoomDialog", "&Picture height:"), self.height_box)
        form.addRow(self.result_label)
        form.addRow(self.warning_label)
        form.addRow(buttons)
        self.depth_box.valueChanged.connect(self._update)
        self.height_box.valueChanged.connect(self._update)
        self._update()

    def room_depth_m(self) -> float:
        return self.depth_box.value()

    def screen_height_m(self) -> float:
        return self.height_box.value()

    def minimum_font_px(self) -> int:
        return minimum_font_px(self.room_depth_m(), self.screen_height_m(), self.screen_height_px)

    def _update(self) -> None:
        self.result_label.setText(tr(
            "RoomDialog", "Minimum font size on the projector: {size} px (at {height} px picture height).",
            size=self.minimum_font_px(), height=self.screen_height_px))
        too_deep = room_too_deep(self.room_depth_m(), self.screen_height_m())
        self.warning_label.setText(tr(
            "RoomDialog", "The farthest viewer sits more than 6 × the picture height away: the diagram will "
            "show only a part around the selected step. A larger picture helps.") if too_deep else "")
        self.warning_label.setVisible(too_deep)

