"""Widgets that do not make the window wider than a laptop screen, or move under the pointer.

A QComboBox asks for the width of its longest entry by default; a register's product areas and
organisation names made the facilitator's window 1,830 px wide at its smallest, wider than the
1,366 px screens many administrations' laptops have. The popup still shows whole entries.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QAction, QFontMetrics, QResizeEvent, QUndoStack
from PySide6.QtWidgets import QApplication, QComboBox, QHeaderView, QScrollArea, QSizePolicy, QStyle, QWidget

from werkstatt.i18n import tr

COMBO_CHARACTERS = 12


def compact_combo(combo: QComboBox, characters: int = COMBO_CHARACTERS) -> QComboBox:
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    return combo


def title_width(header: QHeaderView, section: int) -> int:
    """The width a column title needs to be read whole: its text (bold, as a selected row's column
    shows it), the style's margins and, on the sorted column, the sort arrow beside it."""
    text = header.model().headerData(section, header.orientation()) if header.model() is not None else None
    if not text:
        return 0
    font = header.font()
    font.setBold(header.highlightSections())
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    width = QFontMetrics(font).horizontalAdvance(str(text)) + 2 * margin
    if header.isSortIndicatorShown() and header.sortIndicatorSection() == section:
        width += header.height() + margin
    return width


def screen_room(window: QWidget) -> QSize:
    """The size a window may have on its screen (the free area less the window manager's frame)."""
    screen = window.screen() or QApplication.primaryScreen()
    if screen is None:
        return QSize(16777215, 16777215)
    frame = 40  # the title bar and borders the window manager adds
    return (screen.availableGeometry().size() - QSize(0, frame)).expandedTo(window.minimumSizeHint())


def scrolling(widget: QWidget) -> QScrollArea:
    """A tall form in a dock scrolls rather than making the window taller than a laptop screen."""
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    return area


def steady_undo_buttons(parent: QWidget, stack: QUndoStack) -> list[QAction]:
    """Undo and redo for a toolbar with a fixed label; what they undo is in the tooltip.

    The stack's own actions name the edit ("Rückgängig: Die sechs Verwaltungen des Projekts
    hinzufügen"): in the toolbar every edit moved the buttons beside them sideways.
    """
    buttons = []
    for label, trigger, can, changed, text, text_changed in (
            (tr("Sizing", "Undo"), stack.undo, stack.canUndo, stack.canUndoChanged, stack.undoText,
             stack.undoTextChanged),
            (tr("Sizing", "Redo"), stack.redo, stack.canRedo, stack.canRedoChanged, stack.redoText,
             stack.redoTextChanged)):
        button = QAction(label, parent)
        button.triggered.connect(trigger)
        button.setEnabled(can())
        button.setToolTip(text())
        # Bound to the button's own slots: Qt drops these connections when the button goes.
        changed.connect(button.setEnabled)
        text_changed.connect(button.setToolTip)
        buttons.append(button)
    return buttons


class SteadyHolder(QWidget):
    """Holds one widget of a fixed height outside any layout, so that its changes stay local.

    A QLabel asks its parent's layout again at every ``setText``, and that request climbed through
    the dock to the main window: every captured line laid out and repainted the whole console
    (about 10 ms of the 16 a frame has). Here the request ends at this holder, which has no
    layout; the holder's own size never changes with the text.
    """

    def __init__(self, child: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.child = child
        child.setParent(self)
        self.setFixedHeight(child.height())
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.child.setGeometry(self.rect())
