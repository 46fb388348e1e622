"""The projector window: preview and second screen, highlight, no input, black, freeze, modes, timer."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QGraphicsView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from helpers.clock import FakeTime
from werkstatt.demo import AGENDA
from werkstatt.edits import AddPainPoint
from werkstatt.i18n import tr
from werkstatt.layout import ProcessGraph, layout
from werkstatt.layout.swimlane import STYLE
from werkstatt.model import AgendaItem
from werkstatt.read import model as queries
from werkstatt.render.qt import DiagramScene
from werkstatt.render.room import THEME, minimum_font_px
from werkstatt.ui.projector.controller import ProjectorController, ProjectorWindow, RoomDialog
from werkstatt.ui.settings import ROOM_DEPTH_M, SCREEN_HEIGHT_M, Settings
from werkstatt.ui.workshop.agenda_timer import describe

# Every top-level window with a layout makes the offscreen platform say this; it is not ours to fix.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints()"

INPUT_WIDGETS = (QAbstractButton, QAbstractSlider, QAbstractSpinBox, QComboBox, QLineEdit, QTextEdit, QPlainTextEdit)


def model_view(workspace):
    with workspace.reading() as session:
        return queries.model_view(session, workspace.model_id)


@pytest.fixture
def scene(demo_workspace, qtbot):
    scene = DiagramScene()
    scene.show(layout(ProcessGraph.from_view(model_view(demo_workspace))))
    yield scene
    scene.clear()


@pytest.fixture
def clock() -> FakeTime:
    return FakeTime(5000.0)


@pytest.fixture
def console(qtbot) -> QWidget:
    # A plain widget: QMainWindow.show() makes the offscreen platform warn about size hints.
    window = QWidget()
    QVBoxLayout(window).addWidget(QLineEdit())  # the capture line the facilitator types in
    window.resize(800, 500)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def controller(demo_workspace, scene, console, clock, qtbot):
    controller = ProjectorController(demo_workspace, scene, Settings(), console, now=clock)
    qtbot.addWidget(controller.window)
    qtbot.addWidget(controller.timer_panel)
    qtbot.addWidget(controller.thumbnail)
    yield controller
    controller.shutdown()


def assert_takes_no_input(window: ProjectorWindow) -> None:
    assert window.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus
    assert window.cursor().shape() == Qt.CursorShape.BlankCursor
    assert not window.diagram_view.isInteractive()
    for widget in (window, *window.findChildren(QWidget)):
        assert widget.focusPolicy() == Qt.FocusPolicy.NoFocus, widget
        if widget is not window:
            assert widget.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents), widget
        if isinstance(widget, INPUT_WIDGETS):  # the view's own scroll bars: off and disabled
            assert not widget.isEnabled() and not widget.isVisible(), widget
        if isinstance(widget, QLabel):
            assert widget.textInteractionFlags() == Qt.TextInteractionFlag.NoTextInteraction


def step_rect_in_view(window: ProjectorWindow, scene: DiagramScene, step_id: str):
    view = window.diagram_view
    return view.mapFromScene(scene.step_item(step_id).sceneBoundingRect()).boundingRect()


def colours(image: QImage) -> set[int]:
    return {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}


def test_preview_follows_the_selected_step_and_takes_no_input(controller, demo_workspace, scene, console,
                                                              qtbot) -> None:
    window = controller.window
    controller.show_action.setChecked(True)
    qtbot.waitExposed(window)
    assert window.preview and not window.isFullScreen()
    assert window.windowTitle() == tr("ProjectorWindow", "Werkstatt projector (single-screen preview)")
    # The projector never keeps the keyboard: the console is (or becomes again) the active window.
    qtbot.waitUntil(lambda: console.isActiveWindow() and not window.isActiveWindow(), timeout=2000)
    steps = [step.id for step in model_view(demo_workspace).steps]
    for step_id in (steps[-1], steps[0], steps[len(steps) // 2]):
        demo_workspace.select_step(step_id)
        qtbot.wait(20)
        assert scene.step_item(step_id).selected
        assert window.diagram_view.viewport().rect().contains(step_rect_in_view(window, scene, step_id))
    assert window.diagram_view.transform().m11() * STYLE.font_size >= window.min_font_px() - 1e-6
    assert_takes_no_input(window)
    centre = step_rect_in_view(window, scene, steps[0]).center()
    with qtbot.assertNotEmitted(scene.step_clicked, wait=50):
        qtbot.mouseClick(window.diagram_view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert demo_workspace.selected_step == steps[len(steps) // 2]


def test_a_deep_room_makes_the_projector_follow_instead_of_shrinking(controller, demo_workspace, qtbot) -> None:
    window = controller.window
    controller.show_action.setChecked(True)
    window.resize(1280, 720)
    controller.set_room(9.0, 1.5)
    assert Settings().get(ROOM_DEPTH_M) == 9.0 and Settings().get(SCREEN_HEIGHT_M) == 1.5
    assert window.min_font_px() == 29  # 43 px at 1080 px, scaled to the 720 px window
    view = window.diagram_view
    assert view.follow
    assert view.transform().m11() * STYLE.font_size == pytest.approx(window.min_font_px())
    controller.set_room(3.0, 1.5)
    assert window.min_font_px() < 29


def test_while_following_a_strip_names_the_lanes_whose_headers_scrolled_away(controller, demo_workspace, scene,
                                                                            qtbot) -> None:
    window = controller.window
    controller.show_action.setChecked(True)
    qtbot.waitExposed(window)
    window.resize(1280, 720)
    controller.set_room(9.0, 1.5)
    view = window.diagram_view
    steps = model_view(demo_workspace).steps
    demo_workspace.select_step(steps[0].id)  # the start: the headers are on screen, no strip
    qtbot.wait(20)
    assert view.follow and view.lane_strip() == []
    plain = view.grab().toImage()

    demo_workspace.select_step(steps[len(steps) // 2].id)
    qtbot.wait(20)
    labels = view.lane_strip()
    assert labels, "the headers scrolled away, the strip must name the lanes"
    assert view.mapFromScene(QPointF(0, 0)).x() < 0  # the real headers are off to the left
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    on_screen = [band.name for band in scene.lane_bands()
                 if band.rect.y < shown.bottom() - 0.5 and band.rect.bottom > shown.top() + 0.5]
    assert [label.name for label in labels] == on_screen
    assert all(label.lines for label in labels if label.h >= 2 * label.line_height)
    assert labels[0].line_height >= window.min_font_px()  # the room's minimum, like the diagram's text

    image = view.grab().toImage()
    background, accent = QColor(THEME.lane_strip_background), QColor(THEME.accent)
    for label in labels:
        middle = int(label.y + label.h / 2)
        assert image.pixelColor(int(label.w - label.padding / 2), middle) == background
        assert image.pixelColor(int(label.w + 1), middle) == accent
        text = QRect(int(label.padding), int(label.y + label.padding), int(label.w - 2 * label.padding),
                     int(min(label.h, len(label.lines) * label.line_height) - label.padding))
        dark = sum(1 for x in range(text.left(), text.right(), 2) for y in range(text.top(), text.bottom(), 2)
                   if image.pixelColor(x, y).lightness() < 80)
        assert dark > 20, label.name  # the name is written there
    middle = int(labels[0].y + labels[0].h / 2)
    assert plain.pixelColor(int(labels[0].w + 1), middle) != accent  # no strip while the headers show
    kept = view._kept_strip  # the strip is laid out once and painted from that picture while it stays
    assert view.grab().toImage() == image and view._kept_strip is kept


def test_black_and_freeze(controller, demo_workspace, scene, qtbot) -> None:
    window = controller.window
    controller.show_action.setChecked(True)
    qtbot.waitExposed(window)
    controller.thumbnail.resize(320, 180)
    controller.refresh_thumbnail(force=True)
    assert len(colours(controller.thumbnail.pixmap().toImage())) > 2  # the diagram, scaled down

    controller.black_action.setChecked(True)
    assert window.current_page() is window.black_page
    controller.refresh_thumbnail(force=True)
    assert colours(controller.thumbnail.pixmap().toImage()) == {QColor("#000000").rgb()}
    controller.black_action.setChecked(False)
    assert window.current_page() is window.diagram_view

    steps = [step.id for step in model_view(demo_workspace).steps]
    demo_workspace.select_step(steps[1])
    qtbot.wait(20)
    controller.freeze_action.setChecked(True)
    assert window.current_page() is window.frozen_page
    still = window.grab().toImage()
    demo_workspace.select_step(steps[-1])
    controller.set_mode("agenda")
    qtbot.wait(20)
    assert window.grab().toImage() == still  # frozen: neither the selection nor the mode shows
    controller.black_action.setChecked(True)  # black works on top of a frozen picture
    assert window.current_page() is window.black_page
    controller.black_action.setChecked(False)
    assert window.current_page() is window.frozen_page
    controller.freeze_action.setChecked(False)
    assert window.current_page() is window.agenda_page
    assert window.grab().toImage() != still


def test_typing_b_in_the_capture_line_is_text_but_b_on_the_diagram_blacks_out(controller, console, scene,
                                                                              qtbot) -> None:
    line = console.findChild(QLineEdit)
    diagram = QGraphicsView(scene)
    console.layout().addWidget(diagram)
    controller.attach_plain_keys(diagram)
    console.addActions([controller.black_action, controller.freeze_action])  # as the main window's menu does
    console.activateWindow()
    line.setFocus()
    qtbot.waitUntil(line.hasFocus)
    qtbot.keyClicks(line, "bf")
    assert line.text() == "bf"
    assert not controller.black_action.isChecked() and not controller.freeze_action.isChecked()
    diagram.setFocus()
    qtbot.waitUntil(diagram.hasFocus)
    qtbot.keyClick(diagram, Qt.Key.Key_B)
    assert controller.black_action.isChecked()
    qtbot.keyClick(line, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert not controller.black_action.isChecked()  # the console-wide variant works from the line too
    assert line.text() == "bf"


def test_plain_b_and_f_are_not_console_wide(controller, console) -> None:
    assert controller.black_action.shortcut().toString() == "Ctrl+Shift+B"
    assert controller.freeze_action.shortcut().toString() == "Ctrl+Shift+F"
    plain = [action for action in controller.window.actions() if action.shortcut().toString() in ("B", "F")]
    assert len(plain) == 2
    assert all(action.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut for action in plain)
    assert not [action for action in console.findChildren(type(controller.black_action))
                if action.shortcut().toString() in ("B", "F")]


def test_modes_show_committed_pain_points_and_the_agenda(controller, demo_workspace, qtbot) -> None:
    window = controller.window
    controller.show_action.setChecked(True)
    controller.mode_pain_points_action.trigger()
    assert window.current_page() is window.pain_points_page
    assert controller.mode_pain_points_action.isChecked() and not controller.mode_diagram_action.isChecked()
    lines = window.pain_points_page.lines
    assert len(lines) == len(model_view(demo_workspace).pain_points) > 0
    assert any(line.category == "Medienbruch" and line.marks == "!!" for line in lines)
    step = model_view(demo_workspace).steps[2]
    demo_workspace.apply(AddPainPoint(demo_workspace.model_id, "Formular nicht barrierefrei", step_id=step.id,
                                      category="legal", severity=3))
    added = next(line for line in window.pain_points_page.lines if line.text == "Formular nicht barrierefrei")
    assert (added.marks, added.category, added.step) == ("!!!", "rechtliche oder formale Hürde", step.label)
    assert window.pain_points_page.lines[0].marks == "!!!"  # the most severe first
    demo_workspace.undo_stack.undo()
    assert len(window.pain_points_page.lines) == len(lines)

    controller.mode_agenda_action.trigger()
    assert window.current_page() is window.agenda_page
    assert [item.title for item in window.agenda_page.items] == [title for title, *_ in AGENDA]
    controller.mode_diagram_action.trigger()
    assert window.current_page() is window.diagram_view


def stored_actual(workspace, item_id: str) -> int | None:
    with workspace.reading() as session:
        return session.get(AgendaItem, item_id).actual_minutes


def test_timer_stores_actual_minutes_undoably_and_warns_quietly(controller, demo_workspace, clock, qtbot) -> None:
    panel, timer = controller.timer_panel, controller.agenda_timer
    first, second = timer.items[0], timer.items[1]
    assert (first.planned_minutes, first.actual_minutes) == (15, 20)  # the demo: already over time
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    assert timer.status().item_id == first.id and timer.status().running
    assert timer.status().overtime and timer.status().minutes_over == 5
    assert panel.overtime_label.isVisibleTo(panel) and "5" in panel.overtime_label.text()
    assert panel.overtime_label.text()  # colour AND text, never colour alone
    agenda_rows = controller.window.agenda_page.rows()
    # highlighted, with the small over-time indicator
    assert agenda_rows[0][3] and agenda_rows[0][4] == tr("ProjectorWindow", "+{minutes} min", minutes=5)

    clock.advance(7)
    qtbot.mouseClick(panel.next_button, Qt.MouseButton.LeftButton)
    assert stored_actual(demo_workspace, first.id) == 27
    assert timer.status().item_id == second.id
    assert demo_workspace.undo_stack.undoText() == tr("RecordEdits", "Record time of agenda item")
    demo_workspace.undo_stack.undo()
    assert stored_actual(demo_workspace, first.id) == 20
    demo_workspace.undo_stack.redo()
    assert stored_actual(demo_workspace, first.id) == 27

    clock.advance(3)
    qtbot.mouseClick(panel.pause_button, Qt.MouseButton.LeftButton)
    assert not timer.status().running
    assert stored_actual(demo_workspace, second.id) == second.actual_minutes + 3
    assert panel.time_label.text() == describe(timer.status())
    assert str(second.planned_minutes) in panel.time_label.text()


def test_closing_the_console_stores_the_running_time(controller, demo_workspace, console, clock) -> None:
    item = controller.agenda_timer.items[-1]
    controller.agenda_timer.start(item.id)
    clock.advance(4)
    console.close()
    assert stored_actual(demo_workspace, item.id) == item.actual_minutes + 4
    assert not controller.window.isVisible()


def test_room_dialog_derives_the_minimum_font(qtbot) -> None:
    dialog = RoomDialog(9.0, 1.5, 1080)
    qtbot.addWidget(dialog)
    assert dialog.minimum_font_px() == 43 and "43 px" in dialog.result_label.text()
    assert not dialog.warning_label.isVisibleTo(dialog)
    dialog.depth_box.setValue(12.0)
    assert dialog.minimum_font_px() == 57
    assert dialog.warning_label.isVisibleTo(dialog)
    for box in (dialog.depth_box, dialog.height_box):
        assert box.accessibleName()


# --- two screens, in a child process: the offscreen platform reads its screens at start ----------

TWO_SCREENS = {"screens": [
    {"name": "LAPTOP", "x": 0, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96, "dpr": 1},
    {"name": "BEAMER", "x": 1920, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96, "dpr": 1},
]}

CHILD = r"""
import json, sys
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

app = QApplication([])
folder = Path(sys.argv[1])

from werkstatt.read import model as queries
from werkstatt.demo import MODEL_ID, WORKSHOP_ID, create_demo
from werkstatt.layout import ProcessGraph, layout
from werkstatt.layout.swimlane import STYLE
from werkstatt.render.qt import DiagramScene
from werkstatt.store.database import open_store
from werkstatt.ui.workshop.agenda_timer import describe
from werkstatt.ui.projector.controller import ProjectorController
from werkstatt.ui.settings import PROJECTOR_SCREEN, Settings
from werkstatt.ui.workspace import Workspace


def settle(ms=200):
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


Settings.use_folder(folder)
store = open_store(folder / "werkstatt.sqlite")
create_demo(store)
workspace = Workspace(store)
workspace.open_workshop(WORKSHOP_ID)
workspace.open_model(MODEL_ID)
with workspace.reading() as session:
    view = queries.model_view(session, MODEL_ID)
scene = DiagramScene()
scene.show(layout(ProcessGraph.from_view(view)))

laptop = next(s for s in app.screens() if s.name() == "LAPTOP")
console = QWidget()
line = QLineEdit()
QVBoxLayout(console).addWidget(line)
console.create()
console.windowHandle().setScreen(laptop)
console.setGeometry(laptop.availableGeometry().adjusted(40, 40, -40, -40))
console.show()
settle()

controller = ProjectorController(workspace, scene, Settings(), console)
step = view.steps[len(view.steps) // 2].id
workspace.select_step(step)
controller.show_action.setChecked(True)
settle()

window = controller.window
item = scene.step_item(step)
rect = window.diagram_view.mapFromScene(item.sceneBoundingRect()).boundingRect()
g = window.geometry()
result = {
    "screens": [s.name() for s in app.screens()],
    "console": console.screen().name(),
    "projector": window.screen().name(),
    "full_screen": window.isFullScreen(),
    "frameless": bool(window.windowFlags() & Qt.WindowType.FramelessWindowHint),
    "preview": window.preview,
    "geometry": [g.x(), g.y(), g.width(), g.height()],
    "selected": item.selected,
    "visible": window.diagram_view.viewport().rect().contains(rect),
    "text_px": window.diagram_view.transform().m11() * STYLE.font_size,
    "min_font_px": window.min_font_px(),
    "remembered": Settings().get(PROJECTOR_SCREEN),
    "console_has_focus": line.hasFocus() and not window.isActiveWindow(),
}
controller.swap_action.trigger()
settle()
result["after_swap"] = {"console": console.screen().name(), "projector": window.screen().name(),
                        "full_screen": window.isFullScreen(), "remembered": Settings().get(PROJECTOR_SCREEN)}
controller.shutdown()
store.close()
print(json.dumps(result))
"""


def test_projector_goes_full_screen_on_the_second_screen(tmp_path: Path) -> None:
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(TWO_SCREENS), encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    env.pop("WERKSTATT_DB", None)
    child = subprocess.run([sys.executable, "-c", CHILD, str(tmp_path)], capture_output=True, text=True,
                           env=env, timeout=120, check=False)
    assert child.returncode == 0, child.stderr
    warnings = [line for line in child.stderr.splitlines() if line.strip() and line.strip() != OFFSCREEN_NOISE]
    assert warnings == []  # no Qt warning either
    result = json.loads(child.stdout.strip().splitlines()[-1])
    assert sorted(result["screens"]) == ["BEAMER", "LAPTOP"]
    assert result["console"] == "LAPTOP"
    assert result["projector"] == "BEAMER"
    assert result["full_screen"] and result["frameless"] and not result["preview"]
    assert result["geometry"] == [1920, 0, 1920, 1080]
    assert result["selected"] and result["visible"]
    assert result["text_px"] >= result["min_font_px"] - 1e-6
    assert result["min_font_px"] == minimum_font_px(ROOM_DEPTH_M.default, SCREEN_HEIGHT_M.default, 1080)
    assert result["remembered"] == "|||BEAMER"
    assert result["console_has_focus"]
    assert result["after_swap"] == {"console": "BEAMER", "projector": "LAPTOP", "full_screen": True,
                                    "remembered": "|||LAPTOP"}



def test_an_item_over_time_shows_a_small_tag_on_the_diagram_but_not_on_black(qtbot, demo_workspace) -> None:
    from werkstatt.render.qt import DiagramScene
    from werkstatt.render.room import AgendaStatus
    from werkstatt.ui.projector.controller import ProjectorWindow

    window = ProjectorWindow(DiagramScene())
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    window.set_agenda([], AgendaStatus("a", "Begrüßung", 15, 20, True, True, 5))
    assert window.overtime_tag.isVisible() and "+5" in window.overtime_tag.text()
    assert window.rect().contains(window.overtime_tag.geometry())
    window.set_black(True)
    assert not window.overtime_tag.isVisible()
    window.set_black(False)
    window.set_mode("agenda")  # the agenda page says it itself
    assert not window.overtime_tag.isVisible()
    window.set_mode("diagram")
    window.set_agenda([], AgendaStatus("a", "Begrüßung", 15, 12, True, False, 0))
    assert not window.overtime_tag.isVisible()


def test_a_new_thumbnail_of_the_same_size_is_painted_without_laying_out_the_console(controller, console,
                                                                                    qtbot) -> None:
    """QLabel.setPixmap asked every layout up to the main window again: the whole console was laid
    out and repainted after each captured step. A picture of the same size is only painted."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    console.layout().addWidget(controller.thumbnail)
    controller.show_action.setChecked(True)
    qtbot.waitExposed(controller.window)
    controller.refresh_thumbnail(force=True)
    qtbot.wait(400)  # the layout settles, and the thumbnail is drawn again at its size
    first = controller.thumbnail.pixmap().toImage()
    layouts: list[QObject] = []

    class Layouts(QObject):
        def eventFilter(self, watched, event) -> bool:
            if event.type() == QEvent.Type.LayoutRequest and watched is console:
                layouts.append(watched)
            return False

    watcher = Layouts()
    QApplication.instance().installEventFilter(watcher)
    try:
        controller.refresh_thumbnail(force=True)  # as after each captured step
        qtbot.wait(50)
    finally:
        QApplication.instance().removeEventFilter(watcher)
    assert layouts == []
    controller.black_action.setChecked(True)
    controller.refresh_thumbnail(force=True)
    shown = controller.thumbnail.grab().toImage()
    assert colours(controller.thumbnail.pixmap().toImage()) == {QColor("#000000").rgb()} != colours(first)
    middle = shown.pixelColor(shown.width() // 2, shown.height() // 2)
    assert middle == QColor("#000000")  # the new picture is what the widget paints
    controller.show_action.setChecked(False)
    controller.refresh_thumbnail(force=True)
    assert controller.thumbnail.pixmap().isNull() and controller.thumbnail.text() != ""


def test_the_projector_and_its_map_follow_the_diagram_as_it_grows_not_the_scene_room(controller, demo_workspace,
                                                                                    scene, qtbot) -> None:
    from werkstatt.capture import catalogue
    from werkstatt.capture.session import CaptureSession
    from werkstatt.demo import MODEL_ID

    controller.show_action.setChecked(True)
    qtbot.waitExposed(controller.window)
    view = controller.window.diagram_view
    before = scene.diagram_rect()
    capture = CaptureSession(demo_workspace, MODEL_ID, catalogue=catalogue.load_default())
    for index in range(3):
        capture.enter_line(f"Neue Stelle {index}: Nachtrag {index}")  # a lane each: the diagram grows
    scene.show(layout(ProcessGraph.from_view(model_view(demo_workspace))))  # as the live diagram does
    assert scene.diagram_rect().height() > before.height()
    assert view.sceneRect() == scene.diagram_rect() != scene.sceneRect()  # the scene keeps room for its index
