"""The BPMN export seen by bpmn.io's own libraries: bpmn-moddle, bpmnlint and bpmn-js (tools/bpmn_kit.py).

These tests need Node.js, npm, the shared bpmn-kit and Chromium. When one is missing they fail
with the sentence that says what to install: CI must run them, a skip would hide a broken export.
"""

from __future__ import annotations

from pathlib import Path

from helpers.bpmn import bpmn_kit, build_model, export
from werkstatt.demo import MODEL_ID, create_demo
from werkstatt.store.database import Store


def assert_strictly_clean(summary: dict) -> None:
    assert summary["exitCode"] == 0 and summary["ok"], summary
    assert summary["parseErrors"] == []
    assert summary["warnings"]["count"] == 0, summary["warnings"]
    assert summary["lint"]["errors"] == 0, summary["lint"]["findings"]
    assert summary["di"]["missingCount"] == 0 and summary["di"]["duplicateDi"] == []
    assert summary["lanes"]["flowNodesWithoutLane"] == [] and summary["lanes"]["flowNodesInSeveralLanes"] == []


def test_demo_export_passes_the_kit_and_renders(kit: Path, store: Store, tmp_path: Path) -> None:
    create_demo(store)
    path = tmp_path / "demo.bpmn"
    path.write_bytes(export(store, MODEL_ID))
    summary = bpmn_kit.check(path)
    assert_strictly_clean(summary)
    counts = summary["counts"]
    assert (counts["lanes"], counts["tasks"]["total"], counts["gateways"]["total"], counts["events"]["total"],
            counts["sequenceFlows"], counts["participants"]) == (5, 17, 2, 2, 22, 1)
    png = tmp_path / "demo.png"
    rendered = bpmn_kit.render(path, png)
    assert rendered["importWarnings"] == [] and rendered["renderedDiagram"].startswith("Collaboration_")
    # pool, lanes, steps and flows: every one drawn (labels are not counted by the kit)
    assert rendered["elementsRendered"] == 1 + 5 + 21 + 22
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10_000


def test_300_step_export_passes_the_kit(kit: Path, store: Store, tmp_path: Path) -> None:
    model_id = build_model(store, 300)
    path = tmp_path / "large.bpmn"
    path.write_bytes(export(store, model_id))
    summary = bpmn_kit.check(path)
    assert_strictly_clean(summary)
    counts = summary["counts"]
    assert counts["tasks"]["total"] + counts["callActivities"] + counts["gateways"]["total"] \
        + counts["events"]["total"] == 300
    assert counts["BPMNShape"] == 300 + 5 + 1 and counts["BPMNEdge"] == counts["sequenceFlows"]
    png = tmp_path / "large.png"
    bpmn_kit.render(path, png)  # bpmn-js imports it without error and draws it
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10_000


def test_a_broken_file_is_reported(kit: Path, tmp_path: Path) -> None:
    """The wrapper passes the kit's findings on: a duplicate id and a non-ASCII id are parse errors."""
    path = tmp_path / "broken.bpmn"
    path.write_text('<?xml version="1.0" encoding="UTF-8"?>\n'
                    '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" '
                    'targetNamespace="x"><bpmn:process id="P"><bpmn:task id="Prüfen"/><bpmn:task id="P"/>'
                    "</bpmn:process></bpmn:definitions>", encoding="utf-8")
    summary = bpmn_kit.check(path)
    assert summary["exitCode"] == 1
    assert {error["kind"] for error in summary["parseErrors"]} >= {"illegalId"}
