"""The Qt scene mirrors the layout item by item: reuse, update in place, remove, select, click."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QGraphicsView

from werkstatt.layout import FlowSpec, LaneSpec, ProcessGraph, StepSpec, layout
from werkstatt.render.qt import DiagramScene, StepItem


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
    scene.render(painter)
    painter.end()
    dark = sum(1 for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)
               if image.pixelColor(x, y).lightness() < 100)
    assert dark > 50
