"""The Qt scene mirrors the layout item by item: reuse, update in place, remove, select, click."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QGraphicsView

from werkstatt.layout import FlowSpec, LaneSpec, ProcessGraph, StepSpec, layout
from werkstatt.render.qt import BADGE_FILL, DiagramScene, StepItem, lane_name_rect


def graph(labels: dict[str, str], lanes: int = 2) -> ProcessGraph:
    lane_specs = tuple(LaneSpec(f"L{i}", f"Bahn {i}") for i in range(lanes))
    steps = tuple(StepSpec(key, f"L{i % lanes}", "task", text, float(i))
                  for i, (key, text) in enumerate(labels.items()))
    keys = list(labels)
    flows = tuple(FlowSpec(f"f{a}{b}", a, b) for a, b in itertools.pairwise(keys))
    return ProcessGraph(lane_specs, steps, flows)


@pytest.fixture
def scene(qtbot) -> DiagramScene:
    scene = DiagramScene()
    yield scene
    scene.clear()


def test_items_are_reused_updated_and_removed(scene: DiagramScene) -> None:
    scene.show(layout(graph({"a": "Antrag annehmen", "b": "Gebühr kassieren", "c": "Akte senden"})))
    a, b = scene.step_item("a"), scene.step_item("b")
    count = len(scene.items())
    scene.show(layout(graph({"a": "Antrag annehmen", "b": "Gebühr kassieren und quittieren", "c": "Akte senden"})))
    assert scene.step_item("a") is a and scene.step_item("b") is b
    assert b.box.lines != ("Gebühr kassieren",)
    assert len(scene.items()) == count
    scene.show(layout(graph({"a": "Antrag annehmen", "c": "Akte senden"})))
    assert scene.step_item("b") is None and b.scene() is None
    assert len([i for i in scene.items() if isinstance(i, StepItem)]) == 2


def test_unchanged_items_are_not_touched(scene: DiagramScene, monkeypatch) -> None:
    diagram = layout(graph({"a": "Eins", "b": "Zwei"}))
    scene.show(diagram)
    touched = []
    monkeypatch.setattr(StepItem, "set_record", lambda self, box: touched.append(box.id))
    scene.show(layout(graph({"a": "Eins", "b": "Zwei"})))
    assert touched == []


def test_selection_markers_and_heat(scene: DiagramScene) -> None:
    scene.show(layout(graph({"a": "Eins", "b": "Zwei"})))
    scene.set_selected("a")
    assert scene.step_item("a").selected and not scene.step_item("b").selected
    scene.set_selected("b")
    assert not scene.step_item("a").selected and scene.step_item("b").selected
    scene.set_markers({"a": 3})
    scene.set_heat({"b": 0.5})
    assert scene.step_item("a").marker == 3 and scene.step_item("b").heat == 0.5
    scene.set_markers({})
    scene.set_heat({})
    assert scene.step_item("a").marker == 0 and scene.step_item("b").heat == 0.0
    scene.show(layout(graph({"a": "Eins", "b": "Zwei", "c": "Drei"})))
    assert scene.step_item("b").selected  # selection survives a relayout


def test_markers_and_votes_follow_items_made_again_and_cost_nothing_while_none_is_shown(scene: DiagramScene,
                                                                                       monkeypatch) -> None:
    scene.show(layout(graph({"a": "Eins", "b": "Zwei"})))
    scene.set_markers({"a": 2})
    scene.set_votes({"b": (4, 0.5)})
    scene.show(layout(graph({"a": "Eins"})))  # b gone (undo), then back as a new item
    scene.show(layout(graph({"a": "Eins", "b": "Zwei"})))
    assert scene.step_item("b").votes is None
    scene.set_votes({"b": (4, 0.5)})
    assert scene.step_item("b").votes == 4 and scene.shows_votes()
    scene.set_markers({"b": 1})
    assert (scene.step_item("a").marker, scene.step_item("b").marker) == (0, 1)
    scene.set_votes({})
    scene.set_markers({})
    assert not scene.shows_votes() and scene.step_item("b").marker == 0
    asked = []
    monkeypatch.setattr(StepItem, "set_votes", lambda self, votes, share: asked.append(self.box.id))
    scene.show(layout(graph({"a": "Eins", "b": "Zwei", "c": "Drei"})))
    scene.set_votes({})  # as after every captured step without a revealed vote: no item is asked
    assert asked == []


def test_the_scene_keeps_room_past_the_diagram_so_that_an_appended_step_does_not_rebuild_its_index(
        scene: DiagramScene) -> None:
    """Qt rebuilds a scene's item index from every item when its rect changes: the rect grows in
    steps, and the diagram's own extent is ``diagram_rect`` (with its own signal)."""
    resized = []
    scene.diagram_resized.connect(resized.append)
    labels = {}
    rects = []
    for index in range(12):
        labels[f"s{index}"] = f"Schritt {index}"
        scene.show(layout(graph(labels)))
        rects.append(scene.sceneRect())
        diagram = scene.diagram_rect()
        assert scene.sceneRect().contains(diagram) and resized[-1] == diagram
        assert all(scene.sceneRect().contains(item.sceneBoundingRect()) for item in scene.items())
    assert len(resized) >= 6 and len(set(map(tuple, (r.getRect() for r in rects)))) <= 3
    scene.show(layout(graph({"a": "Eins"})))  # much smaller again: so is the room
    assert scene.sceneRect().width() <= scene.diagram_rect().width() + 2 * 3000.0


def test_clicking_a_step_emits_its_id(qtbot, scene: DiagramScene) -> None:
    scene.show(layout(graph({"a": "Eins", "b": "Zwei"})))
    view = QGraphicsView(scene)
    qtbot.addWidget(view)
    view.resize(1200, 600)
    view.show()
    qtbot.waitExposed(view)
    cx, cy = scene.step_item("b").box.center
    point = view.mapFromScene(QPointF(cx, cy))
    with qtbot.waitSignal(scene.step_clicked, timeout=2000) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert blocker.args == ["b"]


def test_scene_renders_ink(scene: DiagramScene) -> None:
    diagram = layout(graph({"a": "Antrag annehmen", "b": "Gebühr kassieren", "c": "Unterlagen vollständig?"}))
    scene.show(diagram)
    image = QImage(int(diagram.width), int(diagram.height), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    scene.render(painter, QRectF(image.rect()), scene.diagram_rect())  # the diagram, not the room past it
    painter.end()
    dark = sum(1 for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)
               if image.pixelColor(x, y).lightness() < 100)
    assert dark > 50


def test_lane_bands_are_the_current_records_top_to_bottom(scene: DiagramScene) -> None:
    assert scene.lane_bands() == []
    diagram = layout(graph({"a": "Eins", "b": "Zwei", "c": "Drei"}, lanes=3))
    scene.show(diagram)
    assert scene.lane_bands() == list(diagram.lanes)
    assert [band.name for band in scene.lane_bands()] == ["Bahn 0", "Bahn 1", "Bahn 2"]
    scene.show(layout(graph({"a": "Eins", "b": "Zwei"}, lanes=2)))
    assert [band.name for band in scene.lane_bands()] == ["Bahn 0", "Bahn 1"]
    for band in scene.lane_bands():
        name = lane_name_rect(band, 16.0)
        assert band.header.contains(name)  # the name is written inside its header


def render(scene: DiagramScene, diagram) -> QImage:
    image = QImage(int(diagram.width), int(diagram.height), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    scene.render(painter, QRectF(image.rect()), scene.diagram_rect())  # the diagram, not the room past it
    painter.end()
    return image


def test_the_marker_badge_is_a_black_digit_on_orange(scene: DiagramScene) -> None:
    diagram = layout(graph({"a": "Eins", "b": "Zwei"}))
    scene.show(diagram)
    scene.set_markers({"a": 3})
    scene.set_heat({"a": 1.0})  # the same orange as the badge: the ring and the digit keep them apart
    image = render(scene, diagram)
    shape = scene.step_item("a").box.shape
    cx, cy = shape.x + shape.w, shape.y  # the badge sits on the box's top right corner
    inner = [image.pixelColor(int(cx + dx), int(cy + dy)) for dx in range(-6, 7) for dy in range(-6, 7)
             if dx * dx + dy * dy <= 36]
    fill = QColor(BADGE_FILL)
    assert sum(1 for c in inner if c == fill) > len(inner) // 3
    assert sum(1 for c in inner if c.lightness() < 60) > 5  # the digit
    assert not [c for c in inner if c.lightness() > 200]  # no white digit any more
    outside = ((1, 0), (0, -1), (0.7, -0.7))  # where the ring lies outside the box, on white
    ring = [image.pixelColor(round(cx + 8.8 * dx), round(cy + 8.8 * dy)) for dx, dy in outside]
    assert all(c.lightness() < 120 for c in ring)  # a dark ring, also against the heat tint
