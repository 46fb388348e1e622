"""The projector's overview of a long process (25 steps, 4 lanes) and the detail view's map of it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from werkstatt.capture.session import CaptureSession
from werkstatt.edits import Create
from werkstatt.layout import ProcessGraph, layout
from werkstatt.layout.swimlane import STYLE
from werkstatt.model import ProcessModel
from werkstatt.render import svg
from werkstatt.render.qt import DiagramScene
from werkstatt.render.room import THEME
from werkstatt.render.room_overview import PREDECESSOR, SELECTED, SUCCESSOR
from werkstatt.ui.projector.controller import PROJECTOR_OVERVIEW, ProjectorController
from werkstatt.ui.settings import Settings

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

# WERKSTATT_SHOTS=DIR keeps the pictures to look at; a plain run writes nothing outside its tmp_path.
SHOTS = Path(os.environ["WERKSTATT_SHOTS"]) if os.environ.get("WERKSTATT_SHOTS") else None


def keep(window, name: str) -> None:
    image = window.grab()
    assert not image.isNull()
    if SHOTS is not None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        assert image.save(str(SHOTS / f"{name}.png"))

LINES = [
    ">> Antragsteller/in: Antrag gestellt", "Formular online ausfüllen", "Unterlagen hochladen",
    "Bürgerbüro: Antrag entgegennehmen", "Vollständigkeit prüfen", "Vollständig?",
    "[nein] Unterlagen nachfordern", "Antragsteller/in: Unterlagen nachreichen", "-> Vollständigkeit prüfen",
    "[ja] Bürgerbüro: Gebühr berechnen", "Gebührenbescheid erstellen", "Antragsteller/in: Gebühr bezahlen",
    "Fachamt: Antrag fachlich prüfen", "Stellungnahme einholen", "Genehmigungsfähig?",
    "[nein] Ablehnung vorbereiten", "Ablehnungsbescheid zeichnen", "[ja] Bescheid entwerfen", "Bescheid zeichnen",
    "Bundesdruckerei: Dokument herstellen", "Dokument versenden", "Bürgerbüro: Dokument einlagern",
    "Abholtermin vergeben", "Antragsteller/in: Dokument abholen", "Empfang quittieren", "<< Antrag erledigt",
]


@pytest.fixture
def long_process(workspace):
    model = workspace.apply(Create(ProcessModel, name="Führerschein, lang"))
    capture = CaptureSession(workspace, model.id)
    for line in LINES:
        capture.enter_line(line)
    workspace.open_model(model.id)
    view = workspace.view()
    assert len(view.steps) >= 25 and len(view.lanes) == 4
    return view


@pytest.fixture
def scene(long_process, qtbot):
    scene = DiagramScene()
    scene.show(layout(ProcessGraph.from_view(long_process)))
    yield scene
    scene.clear()


@pytest.fixture
def controller(workspace, scene, show_projector):
    return show_projector(workspace, scene, console_size=(600, 400))


def neighbours(view, step_id: str) -> tuple[set[str], set[str]]:
    before = {f.source for f in view.flows if f.target == step_id}
    after = {f.target for f in view.flows if f.source == step_id}
    return before, after


def fill_at(image, rect: QRectF) -> QColor:
    """The shape's fill, left of its number and inside its frame (boxes, diamonds and circles alike)."""
    return image.pixelColor(round(rect.center().x() - rect.width() * 0.36), round(rect.center().y()))


@pytest.mark.parametrize("size", [(1920, 1080), (1366, 768)])
def test_the_overview_shows_every_step_and_highlights_the_neighbourhood(controller, workspace, long_process, size,
                                                                       qtbot) -> None:
    window, view = controller.window, long_process
    window.resize(*size)
    selected = next(s for s in view.steps if s.label == "Genehmigungsfähig?").id  # a decision: 1 in, 2 out
    workspace.select_step(selected)
    controller.overview_action.trigger()
    assert window.current_page() is window.overview_page
    page = window.overview_page
    assert page.size() == window.size()

    rects = page.step_rects()
    assert set(rects) == {step.id for step in view.steps}
    legend = page.legend()
    assert legend.height > 0
    diagram_bottom = page.height() - legend.height
    screen = QRectF(page.rect())
    for step_id, rect in rects.items():
        assert screen.contains(rect), step_id
        assert rect.bottom() <= diagram_bottom and rect.left() >= page.strip_width(), step_id
    # The labels would be unreadable at the fitted size: numbers instead, in the room's minimum size.
    placement = page.placement()
    assert placement.numbers and placement.scale * STYLE.font_size < window.min_font_px()
    assert page.numbers == {step.id: number for number, step in enumerate(view.steps, start=1)}

    before, after = neighbours(view, selected)
    assert len(before) == 1 and len(after) == 2
    region = page.neighbourhood()
    image = page.grab().toImage()
    for step in view.steps:
        role = region.role(step.id)
        expected = SELECTED if step.id == selected else PREDECESSOR if step.id in before \
            else SUCCESSOR if step.id in after else None
        assert role == expected, step.label
        fill = fill_at(image, rects[step.id])
        if role == SELECTED:
            assert fill == QColor(THEME.selected_step), step.label
        elif role:
            assert fill == QColor(THEME.neighbour_step), step.label
        else:
            plain = svg.DECISION_FILL if step.kind == "decision" else svg.BOX_FILL
            assert fill == QColor(plain), step.label

    # The legend names the highlighted steps as "number — label", readable, inside the picture.
    numbers = page.numbers
    assert [cell.step_id for cell in legend.cells] == [*sorted(before, key=numbers.get), selected,
                                                      *sorted(after, key=numbers.get)]
    assert legend.font_px >= window.min_font_px() and legend.hidden == 0
    for cell in legend.cells:
        assert cell.text.startswith(f"{numbers[cell.step_id]} — ")
        assert cell.x >= 0 and cell.x + cell.w <= page.width() + 0.5
        assert diagram_bottom + cell.y + cell.h <= page.height() + 0.5
    label = next(cell for cell in legend.cells if cell.step_id == selected).text
    assert label == f"{numbers[selected]} — Genehmigungsfähig?"
    # The lane names stand in a strip at the left, readable, one per lane.
    labels = page.lane_labels(placement, diagram_bottom)
    assert [strip.name for strip in labels] == [lane.name for lane in view.lanes]
    assert all(strip.lines and strip.line_height >= window.min_font_px() for strip in labels)

    keep(window, f"overview-{size[0]}x{size[1]}")


@pytest.mark.parametrize("size", [(1920, 1080), (1366, 768)])
def test_the_detail_view_maps_the_part_it_shows(controller, workspace, long_process, scene, size, qtbot) -> None:
    window = controller.window
    window.resize(*size)
    assert not controller.overview_action.isChecked() and window.current_page() is window.diagram_view
    detail = window.diagram_view
    assert detail.follow  # 25 steps do not fit at a readable size
    process_map = detail.process_map
    scene_rect = scene.diagram_rect()
    to_map = process_map.width() / scene_rect.width()
    for index in (0, len(long_process.steps) // 2, len(long_process.steps) - 1):
        step_id = long_process.steps[index].id
        workspace.select_step(step_id)
        qtbot.wait(10)
        assert process_map.isVisible()
        map_rect = QRectF(process_map.geometry())
        assert QRectF(detail.viewport().geometry()).contains(map_rect)
        assert process_map.height() / process_map.width() == pytest.approx(scene_rect.height() / scene_rect.width(),
                                                                           rel=0.03)
        marker = process_map.marker()
        centre = scene.step_item(step_id).sceneBoundingRect().center()
        in_map = QPointF((centre.x() - scene_rect.x()) * to_map, (centre.y() - scene_rect.y()) * to_map)
        assert QRectF(marker.x, marker.y, marker.w, marker.h).contains(in_map)
        viewport = detail.viewport().rect()
        assert marker.w / marker.h == pytest.approx(viewport.width() / viewport.height(), rel=0.03)
        shown = detail.mapToScene(viewport).boundingRect()  # the marker is the shown part, scaled
        assert marker.x == pytest.approx((shown.x() - scene_rect.x()) * to_map, abs=1.5)
        assert marker.w == pytest.approx(shown.width() * to_map, abs=1.5)
        # the map never covers the step the room talks about
        step_in_view = detail.mapFromScene(scene.step_item(step_id).sceneBoundingRect()).boundingRect()
        assert not map_rect.intersects(QRectF(step_in_view))
    image = window.grab().toImage()
    middle = process_map.geometry().center()
    assert image.pixelColor(process_map.geometry().left(), middle.y()) == QColor(THEME.text)  # its frame
    keep(window, f"detail-{size[0]}x{size[1]}")


def test_no_map_while_the_whole_diagram_shows(controller, workspace, long_process) -> None:
    controller.window.resize(1920, 1080)
    controller.set_room(1.0, 3.0)  # a tiny room before a huge picture: the whole process is readable at once
    detail = controller.window.diagram_view
    assert not detail.follow and not detail.process_map.isVisible()


def test_one_key_switches_and_the_choice_is_remembered(controller, workspace, scene, long_process, qtbot) -> None:
    window = controller.window
    assert controller.overview_action.shortcut().toString() == "Ctrl+Shift+G"
    plain = [action for action in window.actions() if action.shortcut().toString() == "G"]
    assert len(plain) == 1 and plain[0].shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut
    controller.mode_agenda_action.trigger()
    plain[0].trigger()  # from any page the key shows the diagram, as the overview
    assert controller.overview_action.isChecked() and controller.mode_diagram_action.isChecked()
    assert window.current_page() is window.overview_page
    assert Settings().get(PROJECTOR_OVERVIEW) is True
    controller.overview_action.trigger()
    assert window.current_page() is window.diagram_view and Settings().get(PROJECTOR_OVERVIEW) is False
    controller.overview_action.trigger()
    controller.shutdown()

    console = QWidget()
    qtbot.addWidget(console)
    again = ProjectorController(workspace, scene, Settings(), console)
    qtbot.addWidget(again.window)
    qtbot.addWidget(again.thumbnail)
    qtbot.addWidget(again.timer_panel)
    assert again.overview_action.isChecked() and again.window.current_page() is again.window.overview_page
    assert again.window.overview_page.numbers  # read for the overview, from the console's snapshot
    again.shutdown()


def test_readable_labels_stay_and_need_no_legend(controller, workspace, long_process, qtbot) -> None:
    controller.window.resize(1920, 1080)
    controller.set_room(1.0, 3.0)
    workspace.select_step(long_process.steps[3].id)
    controller.overview_action.setChecked(True)
    page = controller.window.overview_page
    placement = page.placement()
    assert not placement.numbers and placement.scale * STYLE.font_size >= controller.window.min_font_px()
    assert page.legend().height == 0
    assert page.neighbourhood().selected == long_process.steps[3].id


def test_the_overview_follows_edits(controller, workspace, long_process, scene) -> None:
    """A step added to the model gets the next number and a box in the overview."""
    controller.overview_action.setChecked(True)
    capture = CaptureSession(workspace, workspace.model_id)
    capture.enter_line("Fachamt: Akte archivieren")
    scene.show(layout(ProcessGraph.from_view(workspace.view())))  # what the console's live diagram does
    page = controller.window.overview_page
    added = next(step for step in workspace.view().steps if step.label == "Akte archivieren")
    assert page.numbers[added.id] == len(long_process.steps) + 1
    assert QRectF(page.rect()).contains(page.step_rects()[added.id])
