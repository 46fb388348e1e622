"""The audience window on the projector, and the controller the console drives it with.

The window shows only committed data: the diagram is the console's own ``DiagramScene``
(so the selection highlight follows by itself), the pain point list and the agenda are read
from the store after each edit. It takes no input at all: no widget accepts focus, the
mouse passes through, the cursor is blank, and the window never takes the keyboard from
the console. Sizes come from the room (``werkstatt.presentation``): text is never projected
below the minimum the back row can read.

The pages live beside this module: the diagram in ``projector_view``, the painted pain point,
agenda, black and frozen pages in ``projector_pages``, the vote page in ``projector_vote``, the
room dialog in ``projector_room``.
Their public names are importable from here too.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QColor, QGuiApplication, QKeySequence, QPainter, QPixmap, QScreen
from PySide6.QtWidgets import QLabel, QSizePolicy, QStackedLayout, QWidget

from werkstatt.i18n import tr
from werkstatt.presentation import (
    THEME,
    AgendaEntry,
    AgendaStatus,
    PainPointLine,
    ScreenInfo,
    choose_projector_screen,
    minimum_font_px,
    pain_point_lines,
    screen_key,
    swap,
)
from werkstatt.render.qt import DiagramScene
from werkstatt.ui.agenda_timer import AgendaTimer, AgendaTimerPanel
from werkstatt.ui.projector_pages import AgendaPage, BlackPage, FrozenPage, PainPointPage, make_inert
from werkstatt.ui.projector_room import RoomDialog
from werkstatt.ui.projector_view import ProjectedDiagramView
from werkstatt.ui.projector_vote import VotePage, read_top_items, read_vote_screen
from werkstatt.ui.settings import PROJECTOR_SCREEN, ROOM_DEPTH_M, SCREEN_HEIGHT_M, Settings
from werkstatt.ui.workspace import Workspace
from werkstatt.voting.display import RevealedResults

__all__ = ["MODES", "ProjectedDiagramView", "ProjectorController", "ProjectorThumbnail", "ProjectorWindow",
           "RoomDialog", "screen_info"]

log = logging.getLogger(__name__)

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
        self.black = False
        self.frozen = False
        self.preview = True
        self.placed_on: str | None = None  # screen key while full screen, None in the preview
        self.diagram_view = ProjectedDiagramView(scene)
        self.pain_points_page = PainPointPage()
        self.agenda_page = AgendaPage()
        self.vote_page = VotePage()
        self.black_page = BlackPage()
        self.frozen_page = FrozenPage()
        self.stack = QStackedLayout(self)
        self.stack.setContentsMargins(0, 0, 0, 0)
        for page in (self.diagram_view, self.pain_points_page, self.agenda_page, self.vote_page, self.black_page,
                     self.frozen_page):  # the first pages in the order of MODES
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
        if self.diagram_view.min_font_px != size:
            self.diagram_view.min_font_px = size
            self.diagram_view.rescale()
        self.update()

    def set_selected_step(self, step_id: str | None) -> None:
        self.diagram_view.selected = step_id
        self.diagram_view.centre()

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
            page = self.stack.widget(MODES.index(self.mode))
            if page.size() != self.size():
                page.resize(self.size())
            self.frozen_page.picture = page.grab()
        elif not frozen:
            self.frozen_page.picture = QPixmap()
        self.frozen = frozen
        self._show_page()

    def current_page(self) -> QWidget:
        return self.stack.currentWidget()

    def _show_page(self) -> None:
        if self.black:
            page: QWidget = self.black_page
        elif self.frozen:
            page = self.frozen_page
        else:
            page = self.stack.widget(MODES.index(self.mode))
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


class ProjectorThumbnail(QLabel):
    """The console's small picture of what is projected (black and frozen included)."""

    resized = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("ProjectorThumbnail", "What the projector shows"))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(160, 90)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)  # as tall as the projected picture at this width: nothing is cropped
        self.setSizePolicy(policy)
        self.setWordWrap(True)
        self.aspect = 16 / 9

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(90, round(width / self.aspect))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.resized.emit()


class ProjectorController(QObject):
    """Owns the projector window and the actions, thumbnail and timer panel the console shows.

    Shortcuts: F5 shows or hides the projector. Black screen and freeze are Ctrl+Shift+B and
    Ctrl+Shift+F everywhere in the console; plain B and F work only inside the projector window
    and inside console widgets passed to ``attach_plain_keys`` (never in a line edit).
    """

    placement_changed = Signal(str)  # a sentence for the status bar

    def __init__(self, workspace: Workspace, scene: DiagramScene, settings: Settings, parent_window: QWidget,
                 *, now: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent_window)
        self.workspace, self.scene, self.settings, self.parent_window = workspace, scene, settings, parent_window
        self.window = ProjectorWindow(scene)
        self.window.set_room(settings.get(ROOM_DEPTH_M), settings.get(SCREEN_HEIGHT_M))
        self.agenda_timer = AgendaTimer(workspace, self, now)
        self.timer_panel = AgendaTimerPanel(self.agenda_timer)
        self.thumbnail = ProjectorThumbnail()
        self._pain_points_stale = self._vote_stale = self._top_stale = True
        self.revealed = RevealedResults()  # the latest revealed dot vote of the model, tallied once
        self._make_actions()

        workspace.selection_changed.connect(self._selection_changed)
        workspace.data_changed.connect(self._data_changed)
        workspace.model_changed.connect(self._data_changed)
        workspace.round_changed.connect(self._data_changed)
        self.agenda_timer.changed.connect(self._agenda_changed)
        self.window.closed.connect(lambda: self.show_action.setChecked(False))
        self.window.activated.connect(self._give_keyboard_back, Qt.ConnectionType.QueuedConnection)
        app = QGuiApplication.instance()
        app.screenAdded.connect(self._screens_changed)
        app.screenRemoved.connect(self._screens_changed)
        parent_window.installEventFilter(self)
        # The thumbnail is drawn again after each change that reaches the projector (data, selection,
        # mode, agenda tick, its own size), never on a clock: a full-screen render costs the laptop.
        self.thumbnail.resized.connect(self._refresh_soon)
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(50)
        self._soon.timeout.connect(self.refresh_thumbnail)
        self._selection_changed(workspace.selected_step or "")
        self._agenda_changed()
        self.refresh_thumbnail(force=True)

    def _action(self, text: str, shortcut: str | None = None, checkable: bool = False) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.setCheckable(checkable)
        return action

    def _make_actions(self) -> None:
        self.show_action = self._action(tr("ProjectorController", "Show &projector"), "F5", True)
        self.black_action = self._action(tr("ProjectorController", "&Black screen"), "Ctrl+Shift+B", True)
        self.freeze_action = self._action(tr("ProjectorController", "&Freeze picture"), "Ctrl+Shift+F", True)
        self.swap_action = self._action(tr("ProjectorController", "&Swap screens"))
        self.room_action = self._action(tr("ProjectorController", "&Room and readability…"))
        self.mode_diagram_action = self._action(tr("ProjectorController", "Show &diagram"), checkable=True)
        self.mode_pain_points_action = self._action(tr("ProjectorController", "Show pain p&oints"), checkable=True)
        self.mode_agenda_action = self._action(tr("ProjectorController", "Show &agenda"), checkable=True)
        self.mode_vote_action = self._action(tr("ProjectorController", "Show &vote"), checkable=True)
        self.mode_group = QActionGroup(self)
        self.mode_group.setExclusive(True)
        for mode, action in zip(MODES, self._mode_actions(), strict=True):
            action.setData(mode)
            self.mode_group.addAction(action)
        self.mode_diagram_action.setChecked(True)
        self.show_action.toggled.connect(self._show_toggled)
        self.black_action.toggled.connect(self._black_toggled)
        self.freeze_action.toggled.connect(self._freeze_toggled)
        self.swap_action.triggered.connect(self.swap_screens)
        self.room_action.triggered.connect(self.edit_room)
        self.mode_group.triggered.connect(lambda action: self.set_mode(action.data()))
        self.attach_plain_keys(self.window)

    def _mode_actions(self) -> tuple[QAction, ...]:
        return (self.mode_diagram_action, self.mode_pain_points_action, self.mode_agenda_action,
                self.mode_vote_action)

    def attach_plain_keys(self, widget: QWidget) -> None:
        """Plain B and F on ``widget`` and its children only: for the diagram view, never for a line edit."""
        for key, target in (("B", self.black_action), ("F", self.freeze_action)):
            plain = QAction(target.text(), widget)
            plain.setShortcut(QKeySequence(key))
            plain.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            plain.triggered.connect(target.toggle)
            widget.addAction(plain)

    # --- showing and placing ---

    def _screens(self) -> list[tuple[ScreenInfo, QScreen]]:
        return [(screen_info(screen), screen) for screen in QGuiApplication.screens()]

    def _console_key(self) -> str:
        screen = self.parent_window.screen()
        return screen_key(screen_info(screen)) if screen is not None else ""

    def _show_toggled(self, shown: bool) -> None:
        if shown:
            self.place()
        else:
            self.window.hide()
            self.placement_changed.emit(tr("ProjectorController", "The projector is off."))
        self._refresh_soon()

    def place(self) -> None:
        """Full screen on the remembered or default screen; the preview when there is only one screen."""
        screens = self._screens()
        choice = choose_projector_screen([info for info, _ in screens], self._console_key(),
                                         self.settings.get(PROJECTOR_SCREEN))
        if choice is None:
            self.window.show_preview(self.parent_window.screen())
            self.placement_changed.emit(
                tr("ProjectorController", "Only one screen: the projector is a preview window."))
        else:
            self._full_screen(choice, dict(screens)[choice])
        self._pain_points_stale = self._vote_stale = self._top_stale = True
        self._refresh_content()

    def _full_screen(self, info: ScreenInfo, screen: QScreen) -> None:
        self.window.show_full_screen_on(screen)
        self.settings.set(PROJECTOR_SCREEN, screen_key(info))
        self.placement_changed.emit(tr("ProjectorController", "The projector shows on screen {name}.", name=info.name))

    def swap_screens(self) -> None:
        """The projector goes to the console's screen and the console to the projector's."""
        if not self.window.isVisible() or self.window.placed_on is None:
            self.placement_changed.emit(tr("ProjectorController", "There is no second screen to swap with."))
            return
        screens = self._screens()
        swapped = swap([info for info, _ in screens], self._console_key(), self.window.placed_on)
        if swapped is None:
            self.placement_changed.emit(tr("ProjectorController", "There is no second screen to swap with."))
            return
        by_info = dict(screens)
        console_info, projector_info = swapped
        self._move_console(by_info[console_info])
        self._full_screen(projector_info, by_info[projector_info])

    def _move_console(self, screen: QScreen) -> None:
        window = self.parent_window
        state = window.windowState()
        old = window.screen().geometry() if window.screen() is not None else screen.geometry()
        offset = window.pos() - old.topLeft()
        window.setWindowState(Qt.WindowState.WindowNoState)
        if window.windowHandle() is not None:
            window.windowHandle().setScreen(screen)
        area = screen.availableGeometry()
        window.move(area.topLeft() + QPoint(max(0, min(offset.x(), area.width() - window.width())),
                                            max(0, min(offset.y(), area.height() - window.height()))))
        window.setWindowState(state)

    def _screens_changed(self, _screen: QScreen) -> None:
        # Qt moves windows off a vanished screen first; decide once that has happened.
        QTimer.singleShot(0, self, self._replace)

    def _replace(self) -> None:
        if self.show_action.isChecked():
            self.place()

    def edit_room(self) -> None:
        placed = self.window.placed_on
        height_px = next((info.height for info, _ in self._screens() if screen_key(info) == placed), 1080)
        dialog = RoomDialog(self.settings.get(ROOM_DEPTH_M), self.settings.get(SCREEN_HEIGHT_M), height_px,
                            self.parent_window)
        if dialog.exec():
            self.set_room(dialog.room_depth_m(), dialog.screen_height_m())

    def set_room(self, room_depth_m: float, screen_height_m: float) -> None:
        self.settings.set(ROOM_DEPTH_M, room_depth_m)
        self.settings.set(SCREEN_HEIGHT_M, screen_height_m)
        self.window.set_room(room_depth_m, screen_height_m)
        self._refresh_soon()

    # --- what is shown ---

    def set_mode(self, mode: str) -> None:
        self.window.set_mode(mode)
        self._mode_actions()[MODES.index(mode)].setChecked(True)
        self._refresh_content()

    def _black_toggled(self, black: bool) -> None:
        self.window.set_black(black)
        self._refresh_soon()

    def _freeze_toggled(self, frozen: bool) -> None:
        self.window.set_frozen(frozen)
        self._refresh_soon()

    def _selection_changed(self, step_id: str) -> None:
        self.scene.set_selected(step_id or None)  # the console does the same; the projector must not depend on it
        self.window.set_selected_step(step_id or None)
        self._refresh_soon()

    def _data_changed(self, *_args: object) -> None:
        self._pain_points_stale = self._vote_stale = self._top_stale = True
        self._refresh_content()

    def _refresh_content(self) -> None:
        """Read what the current page shows, and only that: the other pages read when they are chosen."""
        mode = self.window.mode
        if mode == "pain_points" and self._pain_points_stale:
            self._pain_points_stale = False
            self.window.set_pain_points(self._read_pain_points())
        elif mode == "vote" and self._vote_stale:
            self._vote_stale = False
            self.window.vote_page.set_screen(read_vote_screen(self.workspace))
        elif mode == "diagram" and self._top_stale:
            self._top_stale = False
            self.window.diagram_view.set_top_items(read_top_items(self.workspace, self.revealed))
        self._refresh_soon()

    def _read_pain_points(self) -> list[PainPointLine]:
        view = self.workspace.view()  # the console's snapshot: no query of its own
        return pain_point_lines(view) if view is not None else []

    def _agenda_changed(self) -> None:
        self.window.set_agenda(self.agenda_timer.items, self.agenda_timer.status())
        self._refresh_soon()  # the agenda page or the over-time tag may have changed

    def _refresh_soon(self) -> None:
        self._soon.start()

    def refresh_thumbnail(self, force: bool = False) -> None:
        if not (force or self.thumbnail.isVisible()):
            return
        if not self.window.isVisible():
            self.thumbnail.setPixmap(QPixmap())
            self.thumbnail.setText(tr("ProjectorThumbnail", "The projector is off (F5 shows it)."))
            return
        if self.window.height() > 0:
            self.thumbnail.aspect = self.window.width() / self.window.height()
        width = min(self.thumbnail.width(), round(self.thumbnail.height() * self.thumbnail.aspect))
        self.thumbnail.setPixmap(self.window.snapshot(max(160, width)))

    def _give_keyboard_back(self) -> None:
        if self.window.isActiveWindow() and self.parent_window.isVisible():
            self.parent_window.activateWindow()

    def shutdown(self) -> None:
        """Store the running agenda time and close the projector (the console is closing)."""
        self.agenda_timer.finish()
        self._soon.stop()
        self.window.close()
        self.window.diagram_view.detach()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent_window and event.type() == QEvent.Type.Close:
            self.shutdown()
        return False
