"""The BPMN tests' shared pieces: the schema check, a generated model, the export, and bpmn.io's kit."""

from __future__ import annotations

import datetime as dt
import importlib.resources
from functools import cache
from pathlib import Path

import pytest
from lxml import etree

from helpers.scripts import load_script
from werkstatt.edits import AddFlow, AddMeasure, AddPainPoint, AddStep, Create, InTransaction
from werkstatt.edits.process import add_lane
from werkstatt.interchange.bpmn_export import bpmn_document
from werkstatt.model import ProcessModel
from werkstatt.store.database import Store

# tools/bpmn_kit.py runs bpmn-moddle, bpmnlint and bpmn-js on an exported file.
bpmn_kit = load_script("tools/bpmn_kit.py")

LANES = ("Bürgerbüro", "Fachamt", "Kreis – Fachdienst", "Antragsteller/in", "IT-Dienstleister")


@cache
def bpmn_schema() -> etree.XMLSchema:
    folder = importlib.resources.files("SpiffWorkflow") / "bpmn" / "parser" / "schema"
    return etree.XMLSchema(etree.parse(str(folder / "BPMN20.xsd")))


def assert_xsd_valid(data: bytes) -> None:
    schema = bpmn_schema()
    document = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True))
    assert schema.validate(document), "\n".join(str(error) for error in schema.error_log)


def build_model(store: Store, steps: int, *, name: str = "Generiertes Modell") -> str:
    """A model of exactly ``steps`` steps built through the edits, as capture builds one.

    Start and end event, tasks walking through five lanes, a collapsed sub-process every tenth
    step, and a decision every twelfth whose "nein" branch reworks and loops back to the task
    before the decision (as the demo does), with times, blocks, pain points and measures.
    """
    assert steps >= 4
    with store.session() as session:
        applier = InTransaction(session)
        model = applier.apply(Create(ProcessModel, name=name, kind="soll"))
        lanes = [applier.apply(add_lane(model.id, lane)).lane_id_created for lane in LANES]

        def add(index: int, label: str, kind: str = "task", connect: str | None = None, flow_label: str = "",
                **attributes) -> str:
            edit = applier.apply(AddStep(model.id, lanes[(index // 3) % len(lanes)], label, kind=kind,
                                         connect_from=connect, flow_label=flow_label, **attributes))
            return edit.step_id

        previous = add(0, "Antrag geht ein", "start")
        before = previous
        index = 1
        while index < steps - 1:
            if index % 12 == 6 and index + 3 < steps - 1:
                decision = add(index, f"Unterlagen {index} vollständig?", "decision", previous)
                rework = add(index + 1, f"Unterlagen {index} nachfordern", connect=decision, flow_label="nein",
                             processing_minutes=8, probability=0.2)
                applier.apply(AddFlow(rework, before))
                previous = before = add(index + 2, f"Vorgang {index} weiterbearbeiten", connect=decision,
                                        flow_label="ja", processing_minutes=6)
                index += 3
                continue
            kind = "subprocess" if index % 10 == 3 else "task"
            before = previous = add(index, f"Schritt {index} bearbeiten", kind, previous, block="Formell prüfen",
                                    processing_minutes=3 + index % 17, waiting_minutes=60.5 * (index % 3),
                                    it_system="OK.FLOW" if index % 4 else "", medium="email" if index % 5 else "")
            if index % 7 == 0:
                pain = applier.apply(AddPainPoint(model.id, f"Medienbruch bei Schritt {index}", step_id=previous,
                                                  category="media_break", severity=2))
                applier.apply(AddMeasure(f"E-Akte für Schritt {index}", model_id=model.id, owner="Fachamt",
                                         pain_point_ids=[pain.pain_point_id], effort=2, impact=4,
                                         due_date=dt.date(2027, 3, 1)))
            index += 1
        add(steps - 1, "Bescheid versandt", "end", previous)
        return model.id


def export(store: Store, model_id: str) -> bytes:
    with store.read_session() as session:
        return bpmn_document(session, model_id)


@pytest.fixture(scope="module")
def kit() -> Path:
    """bpmn.io's kit and Chromium, or a failure that says what to install (a skip would hide a broken export)."""
    try:
        folder = bpmn_kit.ensure()
        bpmn_kit.chromium()
    except bpmn_kit.KitMissing as missing:
        pytest.fail(str(missing), pytrace=False)
    return folder
