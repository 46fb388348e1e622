"""BPMN 2.0 export: structure, diagram interchange, extensions, hostile text, and the OMG XSD.

The XSD files (BPMN20.xsd with Semantic.xsd, BPMNDI.xsd, DC.xsd, DI.xsd, as published by the OMG)
are read from the installed ``SpiffWorkflow`` package, a test dependency that ships them.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from lxml import etree
from sqlalchemy import select

from helpers.bpmn import assert_xsd_valid, bpmn_schema, build_model, export
from werkstatt.demo import MODEL_ID, create_demo
from werkstatt.edits import AddPainPoint, InTransaction, Update
from werkstatt.errors import WerkstattError
from werkstatt.interchange import bpmn_ns as ns
from werkstatt.interchange.bpmn_export import export_bpmn, xml_text
from werkstatt.model import ProcessModel, Step
from werkstatt.read.model import ModelView
from werkstatt.store.database import Store

NS = {"bpmn": ns.BPMN, "bpmndi": ns.BPMNDI, "dc": ns.DC, "di": ns.DI, "ws": ns.WERKSTATT}
ELEMENT_BY_KIND = {"start": "startEvent", "end": "endEvent", "decision": "exclusiveGateway",
                   "subprocess": "callActivity", "task": "task"}
HOSTILE = 'Prüfen & <freigeben> "sofort" \'heute\'\nzweite Zeile – 🚗 ß ẞ ₂ 日本 \u202e RTL'


def model_rows(store: Store, model_id: str) -> ModelView:
    from werkstatt.read import model as queries

    with store.read_session() as session:
        return queries.model_view(session, model_id)


def assert_structure(data: bytes, model: ModelView) -> etree._Element:
    root = etree.fromstring(data)
    process = root.find("bpmn:process", NS)
    assert process.get("isExecutable") == "false"
    kinds = Counter(step.kind for step in model.steps)
    for kind, element in ELEMENT_BY_KIND.items():
        assert len(process.findall(f"bpmn:{element}", NS)) == kinds[kind], element
    flows = process.findall("bpmn:sequenceFlow", NS)
    lanes = process.findall("bpmn:laneSet/bpmn:lane", NS)
    assert (len(flows), len(lanes)) == (len(model.flows), len(model.lanes))
    participant = root.find("bpmn:collaboration/bpmn:participant", NS)
    assert participant.get("processRef") == process.get("id")

    ids = [element.get("id") for element in root.iter() if element.get("id") is not None
           and element.tag.startswith("{http://www.omg.org")]
    assert len(ids) == len(set(ids))
    assert all(i.isascii() and i[0].isalpha() and all(c.isalnum() or c in "_-." for c in i) for i in ids)

    nodes = [element for kind, name in ELEMENT_BY_KIND.items() for element in process.findall(f"bpmn:{name}", NS)]
    in_lanes = Counter(ref.text for ref in process.iterfind("bpmn:laneSet/bpmn:lane/bpmn:flowNodeRef", NS))
    assert in_lanes == Counter(node.get("id") for node in nodes)
    shapes = {shape.get("bpmnElement"): shape for shape in root.iterfind(".//bpmndi:BPMNShape", NS)}
    for element in [*nodes, *lanes, participant]:
        assert element.get("id") in shapes, element.get("id")
    for lane in [*lanes, participant]:
        assert shapes[lane.get("id")].get("isHorizontal") == "true"
    edges = {edge.get("bpmnElement"): edge for edge in root.iterfind(".//bpmndi:BPMNEdge", NS)}
    by_id = {node.get("id"): node for node in nodes}
    for flow in flows:
        assert len(edges[flow.get("id")].findall("di:waypoint", NS)) >= 2
        assert flow.get("id") in [ref.text for ref in by_id[flow.get("sourceRef")].findall("bpmn:outgoing", NS)]
        assert flow.get("id") in [ref.text for ref in by_id[flow.get("targetRef")].findall("bpmn:incoming", NS)]
    for gateway in process.findall("bpmn:exclusiveGateway", NS):
        leaving = [flow for flow in flows if flow.get("sourceRef") == gateway.get("id")]
        assert len(leaving) >= 2 and all(flow.get("name") for flow in leaving)
    assert len(shapes) == len(nodes) + len(lanes) + 1 and len(edges) == len(flows)
    return root


def test_demo_model_structure_extensions_and_xsd(store: Store) -> None:
    create_demo(store)
    data = export(store, MODEL_ID)
    assert_xsd_valid(data)
    root = assert_structure(data, model_rows(store, MODEL_ID))
    process = root.find("bpmn:process", NS)
    header = process.find("bpmn:extensionElements/ws:model", NS)
    assert dict(header.attrib).items() >= {"id": MODEL_ID, "kind": "ist", "name": "Führerscheinantrag (Ist)",
                                           "processName": "Fahrerlaubnis: Ersterteilung (Klasse B)"}.items()
    assert process.get("id") == ns.element_id("process", MODEL_ID)
    task = process.find("bpmn:task[@name='Gebühr kassieren']", NS)
    step = task.find("bpmn:extensionElements/ws:step", NS)
    assert step.attrib == {"kind": "task", "block": "Kassieren/Einzahlung entgegennehmen", "processingMinutes": "3"}
    registry = process.find("bpmn:task[@name='Register abfragen (KBA, FAER)']", NS)
    assert "Kraftfahrt-Bundesamt" in registry.find("bpmn:documentation", NS).text
    typed = process.find("bpmn:task[@name='Antrag in Fachverfahren erfassen']/bpmn:extensionElements", NS)
    pain = typed.find("ws:painPoint", NS)
    assert (pain.get("category"), pain.get("severity"), pain.text) == (
        "media_break", "2", "Papierantrag wird im Bürgerbüro abgetippt")
    assert typed.find("ws:measure", NS).get("painPoints") == pain.get("id")
    waiting = process.find("bpmn:task[@name='Unterlagen an den Kreis senden']/bpmn:extensionElements/ws:step", NS)
    assert waiting.get("waitingMinutes") == "4320"
    lane = process.find("bpmn:laneSet/bpmn:lane[@name='Bürgerbüro Witten']/bpmn:extensionElements/ws:lane", NS)
    assert (lane.get("organisationName"), lane.get("payGrade")) == ("Stadt Witten", "E 8")
    names = {flow.get("name") for flow in process.findall("bpmn:sequenceFlow", NS)}
    assert {"ja", "nein"} <= names


@pytest.mark.parametrize("steps", [10, 100, 300])
def test_generated_models_are_complete_and_xsd_valid(store: Store, steps: int) -> None:
    model_id = build_model(store, steps)
    data = export(store, model_id)
    assert_xsd_valid(data)
    model = model_rows(store, model_id)
    assert len(model.steps) == steps
    root = assert_structure(data, model)
    process = root.find("bpmn:process", NS)
    assert process.find("bpmn:extensionElements/ws:model", NS).get("kind") == "soll"
    if steps >= 100:
        assert process.findall("bpmn:callActivity", NS) and process.findall("bpmn:exclusiveGateway", NS)
        called = process.find("bpmn:callActivity", NS)
        assert called.find("bpmn:extensionElements/ws:step", NS).get("kind") == "subprocess"
        shape = root.find(f".//bpmndi:BPMNShape[@bpmnElement='{called.get('id')}']", NS)
        assert shape.get("isExpanded") == "false"


def test_export_is_deterministic(store: Store) -> None:
    model_id = build_model(store, 30)
    assert export(store, model_id) == export(store, model_id)


def test_hostile_labels_survive(store: Store) -> None:
    model_id = build_model(store, 10)
    with store.session() as session:
        applier = InTransaction(session)
        step = session.scalars(select(Step).where(Step.model_id == model_id, Step.kind == "task")).first()
        applier.apply(Update(Step, step.id, label=HOSTILE, notes=HOSTILE + "\n]]> <!-- -->",
                             it_system="A&B <C>"))
        # Text that came in before validation existed (or from an import) may hold what XML cannot.
        applier.apply(Update(ProcessModel, model_id, name="Modell \x00\x07 mit\x1b Steuerzeichen \ufffe & Co"))
        applier.apply(AddPainPoint(model_id, '"Schwachstelle" <b>&amp;</b>', step_id=step.id))
    data = export(store, model_id)
    assert_xsd_valid(data)
    root = etree.fromstring(data)
    task = root.find(f".//bpmn:task[@id='{ns.element_id('step', step.id)}']", NS)
    assert task.get("name") == HOSTILE
    assert task.find("bpmn:documentation", NS).text == HOSTILE + "\n]]> <!-- -->"
    assert task.find("bpmn:extensionElements/ws:step", NS).get("itSystem") == "A&B <C>"
    assert task.find("bpmn:extensionElements/ws:painPoint", NS).text == '"Schwachstelle" <b>&amp;</b>'
    assert root.find("bpmn:process", NS).get("name") == "Modell  mit Steuerzeichen  & Co"


def test_xml_text_drops_only_what_xml_cannot_hold() -> None:
    assert xml_text("a\x00b\x0bc\ud800d\ufffee\tf\ng\rh 🚗 <&>") == "abcde\tf\ng\rh 🚗 <&>"
    assert xml_text(None) == ""


def test_export_bpmn_writes_atomically_and_refuses_a_folder(store: Store, tmp_path: Path) -> None:
    create_demo(store)
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "demo.bpmn").write_text("old")
    out = export_bpmn(store, MODEL_ID[:8], folder / "demo.bpmn")
    assert out.read_bytes() == export(store, MODEL_ID)
    assert [p.name for p in folder.iterdir()] == ["demo.bpmn"]
    with pytest.raises(WerkstattError, match=re.escape(str(folder))):
        export_bpmn(store, MODEL_ID, folder)
    with pytest.raises(WerkstattError, match="missing"):
        export_bpmn(store, MODEL_ID, folder / "missing" / "demo.bpmn")
    assert [p.name for p in folder.iterdir()] == ["demo.bpmn"]


def test_the_schema_check_can_fail(store: Store) -> None:
    """The XSD is really applied: an element in the wrong place is refused."""
    root = etree.fromstring(export(store, build_model(store, 10)))
    task = root.find(".//bpmn:task", NS)
    task.append(task.find("bpmn:extensionElements", NS))  # after incoming/outgoing: not allowed there
    assert not bpmn_schema().validate(root)
