"""The room dialog: how deep the room is and how tall the picture, and the minimum font size they give."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QLabel, QWidget

from werkstatt.i18n import tr
from werkstatt.render.room import minimum_font_px, room_too_deep


class RoomDialog(QDialog):
    """Room depth and picture height, asked once; shows the minimum font size they lead to."""

    def __init__(self, room_depth_m: float, screen_height_m: float, screen_height_px: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("RoomDialog", "Room and readability"))
        self.screen_height_px = screen_height_px
        self.depth_box = QDoubleSpinBox()
        self.depth_box.setRange(1.0, 100.0)
        self.depth_box.setDecimals(1)
        self.depth_box.setSingleStep(0.5)
        self.depth_box.setSuffix(" m")
        self.depth_box.setValue(room_depth_m)
        self.depth_box.setAccessibleName(tr("RoomDialog", "Distance to the farthest viewer in metres"))
        self.height_box = QDoubleSpinBox()
        self.height_box.setRange(0.3, 10.0)
        self.height_box.setDecimals(2)
        self.height_box.setSingleStep(0.1)
        self.height_box.setSuffix(" m")
        self.height_box.setValue(screen_height_m)
        self.height_box.setAccessibleName(tr("RoomDialog", "Height of the projected picture in metres"))
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

