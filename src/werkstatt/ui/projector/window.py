"""The audience window on the projector (the console's thumbnail of it is in ``thumbnail.py``).

The window shows only committed data: the diagram is the console's own ``DiagramScene``
(so the selection highlight follows by itself), the pain point list and the agenda are read
from the store after each edit. It takes no input at all: no widget accepts focus, the
mouse passes through, the cursor is blank, and the window never takes the keyboard from
the console. Sizes come from the room (``werkstatt.render.room``): text is never projected
below the minimum the back row can read.

The diagram has two views: the detail (``projector_view``, readable text around the selected step,
with a map of the whole in a corner) and the overview (``projector_overview``, the whole process
with the selected step's neighbourhood highlighted).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPixmap, QScreen
from PySide6.QtWidgets import QLabel, QStackedLayout, QWidget

from werkstatt.i18n import tr
from werkstatt.render.qt import DiagramScene
from werkstatt.render.room import (
    THEME,
    AgendaEntry,
    AgendaStatus,
    PainPointLine,
    ScreenInfo,
    minimum_font_px,
    screen_key,
)
from werkstatt.ui.projector.overview import OverviewPage
from werkstatt.ui.projector.pages import AgendaPage, BlackPage, FrozenPage, PainPointPage, make_inert
from werkstatt.ui.projector.view import ProjectedDiagramView
from werkstatt.ui.projector.vote import VotePage

MODES = ("diagram", "pain_points", "agenda", "vote")


def screen_info(screen: QScreen) -> ScreenInfo:
    g = screen.geometry()
    return ScreenInfo(screen.name(), screen.manufacturer(), screen.model(), screen.serialNumber(),
                      g.x(), g.y(), g.width(), g.height())


class ProjectorWindow(QWidget):
    """The audience window: diagram, pain points, agenda or the vote; black or frozen on request."""

    closed = Signal()
    activated = Signal()  # the window system made the projector active: the console should take it back

    def __init__(self, scene: DiagramScene, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.WindowDoesNotAcceptFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        self.room_depth_m, self.screen_height_m = 8.0, 1.5
        self.mode = "diagram"
        self.overview = False  # the diagram as the whole process, not the detail around the selected step
        self.black = False
        self.frozen = False
        self.preview = True
        self.placed_on: str | None = None  # screen key while full screen, None in the preview
        self.diagram_view = ProjectedDiagramView(scene)
        self.overview_page = OverviewPage(scene)
        self.pain_points_page = PainPointPage()
        self.agenda_page = AgendaPage()
        self.vote_page = VotePage()
        self.black_page = BlackPage()
        self.frozen_page = FrozenPage()
        self.stack = QStackedLayout(self)
        self.stack.setContentsMargins(0, 0, 0, 0)
        for page in (self.diagram_view, self.pain_points_page, self.agenda_page, self.vote_page, self.black_page,
                     self.frozen_page, self.overview_page):  # the first pages in the order of MODES
            self.stack.addWidget(page)
        # A small corner tag while an agenda item runs over, on every page but the agenda (which says it
        # itself) and the black screen: the room sees the time without the facilitator switching pages.
        self.overtime_tag = QLabel(self)
        self.overtime_tag.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.overtime_tag.setStyleSheet(f"background: {THEME.overtime_background}; color: {THEME.text}; "
                                        f"border: 3px solid {THEME.text}; padding: 4px 12px;")
        self.overtime_tag.hide()
        for widget in (self, *self.findChildren(QWidget)):
            make_inert(widget)
        self.setWindowTitle(tr("ProjectorWindow", "Werkstatt projector"))

    # --- what is shown ---

    def min_font_px(self) -> int:
        return minimum_font_px(self.room_depth_m, self.screen_height_m, self.height() if self.height() > 0 else 1080)

    def set_room(self, room_depth_m: float, screen_height_m: float) -> None:
        self.room_depth_m, self.screen_height_m = room_depth_m, screen_height_m
        self._apply_font()

    def _apply_font(self) -> None:
        size = self.min_font_px()
        self.pain_points_page.min_font_px = self.agenda_page.min_font_px = self.vote_page.min_font_px = size
        self.overview_page.set_min_font(size)
        if self.diagram_view.min_font_px != size:
            self.diagram_view.min_font_px = size
            self.diagram_view.rescale()
        self.update()

    def set_selected_step(self, step_id: str | None) -> None:
        self.diagram_view.selected = step_id
        self.diagram_view.centre()
        self.overview_page.set_selected(step_id)

    def set_steps(self, numbers: dict[str, int], labels: dict[str, str]) -> None:
        """The step numbers and labels the overview writes (the model's order, as the console counts)."""
        self.overview_page.set_steps(numbers, labels)

    def set_overview(self, overview: bool) -> None:
        """The diagram page shows the whole process (True) or the detail around the selected step."""
        self.overview = overview
        self._show_page()

    def set_pain_points(self, lines: list[PainPointLine]) -> None:
        self.pain_points_page.lines = lines
        self.pain_points_page.update()

    def set_agenda(self, items: Sequence[AgendaEntry], status: AgendaStatus) -> None:
        self.agenda_page.items, self.agenda_page.status = items, status
        self.agenda_page.update()
        self.overtime_tag.setText("⏱ " + tr("ProjectorWindow", "+{minutes} min", minutes=status.minutes_over))
        self._place_overtime_tag()

    def _place_overtime_tag(self) -> None:
        status = self.agenda_page.status
        show = status is not None and status.overtime and self.mode != "agenda" and not self.black
        self.overtime_tag.setVisible(show)
        if show:
            font = self.overtime_tag.font()
            font.setPixelSize(max(12, round(self.min_font_px() * 0.7)))
            self.overtime_tag.setFont(font)
            self.overtime_tag.adjustSize()
            margin = max(8, self.height() // 60)
            self.overtime_tag.move(self.width() - self.overtime_tag.width() - margin,
                                   self.height() - self.overtime_tag.height() - margin)
            self.overtime_tag.raise_()

    def set_mode(self, mode: str) -> None:
        if mode not in MODES:
            raise ValueError(mode)
        self.mode = mode
        self._show_page()

    def set_black(self, black: bool) -> None:
        self.black = black
        self._show_page()

    def set_frozen(self, frozen: bool) -> None:
        """Freeze keeps a still picture of the current page until unfrozen (black still works on top)."""
        if frozen and not self.frozen:
            page = self._mode_page()
            if page.size() != self.size():
                page.resize(self.size())
            self.frozen_page.picture = page.grab()
        elif not frozen:
            self.frozen_page.picture = QPixmap()
        self.frozen = frozen
        self._show_page()

    def current_page(self) -> QWidget:
        return self.stack.currentWidget()

    def _mode_page(self) -> QWidget:
        if self.mode == "diagram" and self.overview:
            return self.overview_page
        return self.stack.widget(MODES.index(self.mode))

    def _show_page(self) -> None:
        if self.black:
            page: QWidget = self.black_page
        elif self.frozen:
            page = self.frozen_page
        else:
            page = self._mode_page()
        self.stack.setCurrentWidget(page)
        self._place_overtime_tag()

    def snapshot(self, width: int) -> QPixmap:
        """What the room sees, scaled to ``width`` pixels, for the console's thumbnail."""
        if self.width() <= 0 or self.height() <= 0 or width <= 0:
            return QPixmap()
        scale = width / self.width()
        picture = QPixmap(QSize(width, max(1, round(self.height() * scale))))
        picture.fill(QColor(THEME.blackout))
        painter = QPainter(picture)
        painter.scale(scale, scale)
        self.render(painter, QPoint())
        painter.end()
        return picture

    # --- where ---

    def _set_flags(self, flags: Qt.WindowType) -> None:
        if self.windowFlags() != flags:
            self.setWindowFlags(flags)

    def show_full_screen_on(self, screen: QScreen) -> None:
        """Chrome-free and full screen on ``screen``; the screen is set before going full screen (Wayland)."""
        self._set_flags(Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint
                        | Qt.WindowType.WindowDoesNotAcceptFocus)
        self.setWindowState(Qt.WindowState.WindowNoState)
        self.create()
        self.windowHandle().setScreen(screen)
        self.setGeometry(screen.geometry())
        # showFullScreen() would also activate the window and take the keyboard from the console.
        self.setWindowState(Qt.WindowState.WindowFullScreen)
        self.setVisible(True)
        self.preview, self.placed_on = False, screen_key(screen_info(screen))
        self._apply_font()

    def show_preview(self, screen: QScreen | None) -> None:
        """A normal, titled window beside the console when there is only one screen."""
        self._set_flags(Qt.WindowType.Window | Qt.WindowType.WindowDoesNotAcceptFocus)
        self.setWindowState(Qt.WindowState.WindowNoState)
        self.setWindowTitle(tr("ProjectorWindow", "Werkstatt projector (single-screen preview)"))
        if screen is not None:
            self.create()
            self.windowHandle().setScreen(screen)
            area = screen.availableGeometry()
            width = max(320, area.width() * 2 // 5)
            height = width * 9 // 16
            self.setGeometry(area.right() - width - 24, area.bottom() - height - 48, width, height)
        self.setVisible(True)
        self.preview, self.placed_on = True, None
        self._apply_font()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._apply_font()
        self._place_overtime_tag()

    def closeEvent(self, event) -> None:
        super().closeEvent(event)
        self.closed.emit()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        # Window systems that activate every new window anyway (offscreen, some X11 window managers)
        # get the keyboard handed back to the console at once.
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.activated.emit()
