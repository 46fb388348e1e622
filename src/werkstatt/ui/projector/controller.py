"""The controller the console drives the projector with: actions, placement, what is read for it.

The audience window itself (``ProjectorWindow``) and the console's thumbnail live in
``projector_window``; the pages beside them: the diagram in ``projector_view`` (detail) and
``projector_overview`` (the whole process), the painted pain point, agenda, black and frozen pages in
``projector_pages``, the vote page in ``projector_vote``, the room dialog in ``projector_room``.
Their public names are importable from here too.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence, QPixmap, QScreen
from PySide6.QtWidgets import QWidget

from werkstatt.i18n import tr
from werkstatt.render.qt import DiagramScene
from werkstatt.render.room import (
    PainPointLine,
    ScreenInfo,
    choose_projector_screen,
    pain_point_lines,
    screen_key,
    swap,
)
from werkstatt.render.room_overview import step_numbers
from werkstatt.store.changes import MODEL_TABLES, VOTING_TABLES, Changes
from werkstatt.ui.projector.room import RoomDialog
from werkstatt.ui.projector.thumbnail import ProjectorThumbnail
from werkstatt.ui.projector.view import ProjectedDiagramView
from werkstatt.ui.projector.vote import read_top_items, read_vote_screen
from werkstatt.ui.projector.window import MODES, ProjectorWindow, screen_info
from werkstatt.ui.settings import PROJECTOR_SCREEN, ROOM_DEPTH_M, SCREEN_HEIGHT_M, Option, Settings
from werkstatt.ui.workshop.agenda_timer import AgendaTimer, AgendaTimerPanel
from werkstatt.ui.workspace import Workspace
from werkstatt.voting.display import RevealedResults

__all__ = ["MODES", "PROJECTOR_OVERVIEW", "ProjectedDiagramView", "ProjectorController", "ProjectorThumbnail",
           "ProjectorWindow", "RoomDialog", "screen_info"]

log = logging.getLogger(__name__)

# The diagram as the overview of the whole process (True) or the detail around the selected step.
PROJECTOR_OVERVIEW = Option("projector/overview", False)


class ProjectorController(QObject):
    """Owns the projector window and the actions, thumbnail and timer panel the console shows.

    Shortcuts: F5 shows or hides the projector. Black screen, freeze and the overview of the whole
    process are Ctrl+Shift+B, Ctrl+Shift+F and Ctrl+Shift+G everywhere in the console; plain B, F and G
    work only inside the projector window and inside console widgets passed to ``attach_plain_keys``
    (never in a line edit). (Not Ctrl+Shift+U for the overview: IBus takes it for typing a code point.)
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
        self._pain_points_stale = self._vote_stale = self._top_stale = self._steps_stale = True
        self.revealed = RevealedResults()  # the latest revealed dot vote of the model, tallied once
        self._make_actions()

        workspace.selection_changed.connect(self._selection_changed)
        workspace.data_changed.connect(self._data_changed)
        workspace.model_changed.connect(self._context_changed)
        workspace.round_changed.connect(self._context_changed)
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
        self.overview_action.setChecked(settings.get(PROJECTOR_OVERVIEW))
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
        self.overview_action = self._action(tr("ProjectorController", "&Overview of the whole process"),
                                            "Ctrl+Shift+G", True)
        self.mode_group = QActionGroup(self)
        self.mode_group.setExclusive(True)
        for mode, action in zip(MODES, self._mode_actions(), strict=True):
            action.setData(mode)
            self.mode_group.addAction(action)
        self.mode_diagram_action.setChecked(True)
        self.show_action.toggled.connect(self._show_toggled)
        self.black_action.toggled.connect(self._black_toggled)
        self.freeze_action.toggled.connect(self._freeze_toggled)
        self.overview_action.toggled.connect(self._overview_toggled)
        self.swap_action.triggered.connect(self.swap_screens)
        self.room_action.triggered.connect(self.edit_room)
        self.mode_group.triggered.connect(lambda action: self.set_mode(action.data()))
        self.attach_plain_keys(self.window)

    def _mode_actions(self) -> tuple[QAction, ...]:
        return (self.mode_diagram_action, self.mode_pain_points_action, self.mode_agenda_action,
                self.mode_vote_action)

    def attach_plain_keys(self, widget: QWidget) -> None:
        """Plain B, F and G on ``widget`` and its children only: for the diagram view, never for a line edit."""
        for key, target in (("B", self.black_action), ("F", self.freeze_action), ("G", self.overview_action)):
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
        self._pain_points_stale = self._vote_stale = self._top_stale = self._steps_stale = True
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

    def _overview_toggled(self, overview: bool) -> None:
        """Overview or detail; either way the room sees the diagram (the key is pressed to show the process)."""
        self.settings.set(PROJECTOR_OVERVIEW, overview)
        self.window.set_overview(overview)
        if self.window.mode != "diagram":
            self.set_mode("diagram")
        else:
            self._refresh_content()

    def _selection_changed(self, step_id: str) -> None:
        self.scene.set_selected(step_id or None)  # the console does the same; the projector must not depend on it
        self.window.set_selected_step(step_id or None)
        self._refresh_soon()

    def _context_changed(self, *_args: object) -> None:
        self._pain_points_stale = self._vote_stale = self._top_stale = self._steps_stale = True
        self._refresh_content()

    def _data_changed(self, changes: Changes) -> None:
        # Each page is marked for what it shows; a captured step touches only the steps' numbering.
        votes = changes.touches(*VOTING_TABLES)
        self._pain_points_stale |= changes.touches("pain_points", "steps", "lanes")
        self._vote_stale |= votes
        self._top_stale |= votes or changes.touches("pain_points")
        self._steps_stale |= changes.touches("steps")
        if changes.touches(*MODEL_TABLES, *VOTING_TABLES):
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
        if mode == "diagram" and self.window.overview and self._steps_stale:
            self._steps_stale = False
            view = self.workspace.view()  # the console's snapshot: no query of its own
            steps = view.steps if view is not None else []
            self.window.set_steps(step_numbers(step.id for step in steps),
                                  {step.id: step.label for step in steps})
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
            self.thumbnail.setText(tr("ProjectorController", "The projector is off (F5 shows it)."))
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
        self.window.overview_page.detach()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent_window and event.type() == QEvent.Type.Close:
            self.shutdown()
        return False
