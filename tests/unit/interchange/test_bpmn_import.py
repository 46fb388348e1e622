"""BPMN import: the MIWG reference files, hostile files, Werkstatt's own files (round trip, twice, undo)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from sqlalchemy import func, select

from helpers.paths import DATA
from werkstatt.edits import Editor
from werkstatt.interchange import bpmn_ns
from werkstatt.interchange.bpmn_import import ImportBpmn, import_bpmn
from werkstatt.interchange.bpmn_read import read_bpmn
from werkstatt.interchange.errors import InterchangeError
from werkstatt.model import (
    Base,
    Flow,
    Lane,
    Measure,
    MeasurePainPoint,
    Organisation,
    PainPoint,
    ProcessModel,
    Step,
)
from werkstatt.store.database import Store, open_store

MIWG = DATA / "miwg"  # the BPMN MIWG test suite, CC BY 3.0 (README)
MIWG_FILES = sorted(MIWG.glob("*.bpmn"))
B = f"{{{bpmn_ns.BPMN}}}"
TASKS = ["task", "userTask", "serviceTask", "manualTask", "sendTask", "receiveTask", "scriptTask",
         "businessRuleTask", "callActivity"]
GATEWAYS = ["exclusiveGateway", "inclusiveGateway", "parallelGateway", "eventBasedGateway", "complexGateway"]
EVENTS = ["startEvent", "endEvent", "intermediateThrowEvent", "intermediateCatchEvent", "boundaryEvent"]
SUBPROCESSES = ["subProcess", "adHocSubProcess", "transaction"]


def row_counts(store: Store) -> dict[str, int]:
    with store.reading() as session:
        return {table.name: session.scalar(select(func.count()).select_from(table))
                for table in Base.metadata.sorted_tables}


def own_counts(path: Path) -> dict[str, int]:
    """The file's own counts, with plain ElementTree (not the reader under test)."""
    root = ET.parse(path).getroot()

    def count(*names: str) -> int:
        return sum(len(root.findall(f".//{B}{name}")) for name in names)

    return {"tasks": count(*TASKS), "gateways": count(*GATEWAYS), "events": count(*EVENTS),
            "subprocesses": count(*SUBPROCESSES), "sequence_flows": count("sequenceFlow"),
            "message_flows": count("messageFlow"), "lanes": count("lane"), "pools": count("participant")}


def top_level(path: Path) -> tuple[int, int, int]:
    """Steps, flows and lanes Werkstatt should make: the nodes and flows directly in a process (those inside an
    expanded sub-process are that sub-process's step), every message flow, a lane per leaf lane or lane-less pool."""
    root = ET.parse(path).getroot()
    nodes = [n for n in root.findall(f"{B}process/*") if n.tag[len(B):] in TASKS + GATEWAYS + EVENTS + SUBPROCESSES]
    flows = len(root.findall(f"{B}process/{B}sequenceFlow")) + len(root.findall(f".//{B}messageFlow"))
    shown = {p.get("processRef") for p in root.iter(f"{B}participant")}
    pools = [root.find(f"{B}process[@id='{ref}']") for ref in shown if ref]
    pools += [p for p in root.findall(f"{B}process") if p.get("id") not in shown and any(
        n.tag[len(B):] in TASKS + GATEWAYS + EVENTS + SUBPROCESSES for n in p)]
    lanes = sum(max(1, sum(1 for lane in p.iter(f"{B}lane") if lane.find(f"{B}childLaneSet") is None))
                for p in pools)
    return len(nodes), flows, lanes


def live(store: Store, cls: type[Base], model_id: str) -> list:
    with store.reading() as session:
        return list(session.scalars(select(cls).where(cls.model_id == model_id, cls.deleted.is_(False))))


@pytest.mark.parametrize("path", MIWG_FILES, ids=[p.name for p in MIWG_FILES])
def test_every_miwg_file_imports_with_its_own_counts(store: Store, path: Path) -> None:
    result = import_bpmn(store, path.read_bytes(), source_name=path.name)
    counts = own_counts(path)
    assert {key: result.report.read.get(key, 0) for key in counts} == counts
    steps, flows, lanes = top_level(path)
    assert len(live(store, Step, result.model_id)) == steps
    assert len(live(store, Flow, result.model_id)) == flows
    assert len(live(store, Lane, result.model_id)) == lanes
    assert result.report.lines()[0].startswith(f"Gelesen aus {path.name}:")
    assert any("Zeichnung" in line for line in result.report.not_taken)  # the layout is Werkstatt's own


def test_the_report_names_what_was_not_taken_over(store: Store) -> None:
    report = import_bpmn(store, (MIWG / "B.2.0.bpmn").read_bytes(), source_name="B.2.0.bpmn").report
    text = "\n".join(report.not_taken)
    for words in ("1 × Datenobjekt („Data Object“)", "1 × Gruppe", "1 × Textanmerkung", "1 × Assoziation",
                  "Inhalt des aufgeklappten Unterprozesses „Expanded Sub-Process 3“",
                  "4 × Zeitpunkt eines Zeitereignisses",
                  "Anheftung des Randereignisses „Boundary Intermediate Event Interrupting Timer“ an „Task 21“"):
        assert words in text
    assert "1 × Randereignis → Aufgaben-Schritte" not in report.became  # eleven of them, counted together
    assert "11 × Randereignis → Aufgaben-Schritte" in report.became
    c1 = import_bpmn(store, (MIWG / "C.1.0.bpmn").read_bytes(), source_name="C.1.0.bpmn").report
    assert "die Bedingung des Flusses „yes“" in c1.not_taken
    assert any("http://www.signavio.com" in line for line in c1.not_taken)


def test_pools_message_flows_and_events_become_lanes_flows_and_steps(store: Store) -> None:
    result = import_bpmn(store, (MIWG / "C.2.0.bpmn").read_bytes(), source_name="C.2.0.bpmn")
    lanes = [lane.name for lane in sorted(live(store, Lane, result.model_id), key=lambda lane: lane.position)]
    assert lanes == ["Carrier", "Credit Card Company", "Customer", "Amazon / Picker", "Amazon / Packager"]
    steps = {step.id: step for step in live(store, Step, result.model_id)}
    by_label = {step.label: step for step in steps.values()}
    assert by_label["Checkout"].kind == "subprocess"
    flows = live(store, Flow, result.model_id)
    named = {flow.label: flow for flow in flows}
    assert steps[named["Send Credit Card Information"].source_id].label == "Checkout"  # inner end → sub-process
    b2 = import_bpmn(store, (MIWG / "B.2.0.bpmn").read_bytes(), source_name="B.2.0.bpmn")
    b2_steps = {step.label: step for step in live(store, Step, b2.model_id)}
    timer = b2_steps["Boundary Intermediate Event Interrupting Timer"]
    assert timer.kind == "task" and timer.notes == "BPMN: Randereignis (Zeit)"
    gateway = b2_steps["Parallel Gateway 2"]
    assert gateway.kind == "parallel" and gateway.notes == ""  # the gateway kind is kept, not a note
    assert b2_steps["Task 21"].lane_id == timer.lane_id  # a boundary event stays with its activity


def test_nested_lanes_are_flattened_with_their_path(store: Store) -> None:
    data = f"""<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="{bpmn_ns.BPMN}" id="d">
  <collaboration id="c"><participant id="p1" name="Kreis" processRef="k"/>
    <participant id="p2" name="Stadt" processRef="s"/><messageFlow id="m" name="Akte" sourceRef="t1" targetRef="t2"/>
  </collaboration>
  <process id="k"><laneSet id="ls"><lane id="l1" name="Straßenverkehrsamt"><childLaneSet id="cls">
      <lane id="l11" name="Team A"><childLaneSet id="c2"><lane id="l111" name="Sachbearbeitung">
        <flowNodeRef>t1</flowNodeRef></lane></childLaneSet></lane>
      <lane id="l12" name="Team B"/></childLaneSet></lane></laneSet>
    <task id="t1" name="Prüfen"/></process>
  <process id="s"><task id="t2" name="Ablegen"/></process>
</definitions>""".encode()
    result = import_bpmn(store, data, source_name="nested.bpmn")
    lanes = sorted(live(store, Lane, result.model_id), key=lambda lane: lane.position)
    assert [lane.name for lane in lanes] == ["Kreis / Straßenverkehrsamt / Team A / Sachbearbeitung",
                                             "Kreis / Straßenverkehrsamt / Team B", "Stadt"]
    steps = {step.label: step for step in live(store, Step, result.model_id)}
    assert steps["Prüfen"].lane_id == lanes[0].id and steps["Ablegen"].lane_id == lanes[2].id
    (flow,) = live(store, Flow, result.model_id)
    assert flow.label == "Akte"


def hostile_cases() -> list[tuple[str, bytes, str]]:
    valid = (MIWG / "A.1.0.bpmn").read_bytes()
    head = f'<?xml version="1.0"?>\n<definitions xmlns="{bpmn_ns.BPMN}" id="d"><process id="p">'.encode()
    laughs = b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">' \
        b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;">]><definitions xmlns="' + bpmn_ns.BPMN.encode() + b'">&lol3;' \
        b'</definitions>'
    external = b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>' \
        b'<definitions xmlns="' + bpmn_ns.BPMN.encode() + b'">&xxe;</definitions>'
    return [
        ("billion laughs", laughs, "Dokumenttyp-Deklaration"),
        ("external entity", external, "Dokumenttyp-Deklaration"),
        ("DTD", b'<?xml version="1.0"?><!DOCTYPE definitions SYSTEM "bpmn.dtd">' + valid.split(b"?>", 1)[1],
         "Dokumenttyp-Deklaration"),
        ("30 MB", head + b" " * (30 * 1024 * 1024) + b"</process></definitions>", "zu groß"),
        ("200,000 elements", head + b"<documentation/>" * 200_000 + b"</process></definitions>", "100.000"),
        ("not XML", b"Prozess: Antrag pruefen, dann bescheiden", "kein lesbares XML"),
        ("HTML", b"<html><body><p>BPMN</p></body></html>", "Webseite"),
        ("truncated", valid[: len(valid) // 2], "kein lesbares XML"),
        ("wrong namespace", b'<definitions xmlns="http://www.omg.org/bpmn20"><process/></definitions>', "Namensraum"),
        ("not BPMN", b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>', "kein BPMN 2.0"),
        ("flow to a missing node", head + b'<task id="t"/><sequenceFlow id="f" sourceRef="t" targetRef="gone"/>'
         b"</process></definitions>", "„f“ zeigt auf gone"),
        ("duplicate ids", head + b'<task id="t"/><task id="t"/></process></definitions>', "zweimal"),
        ("pool without its process", f'<definitions xmlns="{bpmn_ns.BPMN}"><collaboration id="c"><participant '
         f'id="p" processRef="nowhere"/></collaboration></definitions>'.encode(), "nowhere"),
        ("empty file", b"", "leer"),
        ("blank file", b"  \n\t ", "leer"),
    ]


@pytest.mark.parametrize(("name", "data", "words"), hostile_cases(), ids=[case[0] for case in hostile_cases()])
def test_hostile_files_are_refused_in_one_german_sentence(store: Store, name: str, data: bytes, words: str) -> None:
    import_bpmn(store, (MIWG / "A.2.0.bpmn").read_bytes(), source_name="A.2.0.bpmn")  # something to keep
    before = row_counts(store)
    with pytest.raises(InterchangeError) as refused:
        import_bpmn(store, data, source_name="eingang.bpmn")
    sentence = str(refused.value)
    assert words in sentence
    assert sentence.startswith("Die Datei eingang.bpmn ") and sentence.endswith(".")
    assert "\n" not in sentence and sentence.count(". ") == 0
    assert row_counts(store) == before


def demo_store(tmp_path: Path) -> tuple[Store, str]:
    from werkstatt.demo import MODEL_ID, create_demo

    store = open_store(tmp_path / "demo.sqlite")
    create_demo(store)
    return store, MODEL_ID


def export(store: Store, model_id: str) -> bytes:
    from werkstatt.interchange.bpmn_export import bpmn_document

    with store.reading() as session:
        return bpmn_document(session, model_id)


def summary(data: bytes) -> dict[str, object]:
    """What must survive a round trip: ids, kinds, names of every model element, and the extensions."""
    root = ET.fromstring(data)
    elements = sorted((e.get("id"), e.tag, e.get("name"), e.get("sourceRef"), e.get("targetRef"))
                      for e in root.iter() if e.tag.startswith(B) and e.get("id"))
    extensions = sorted((e.tag, tuple(sorted(e.attrib.items())), (e.text or "").strip())
                        for e in root.iter() if e.tag.startswith(f"{{{bpmn_ns.WERKSTATT}}}"))
    lanes = [(lane.get("id"), sorted(ref.text for ref in lane.iter(f"{B}flowNodeRef")))
             for lane in root.iter(f"{B}lane")]
    return {"elements": elements, "extensions": extensions, "lanes": lanes}


def model_counts(store: Store, model_id: str) -> dict[str, int]:
    with store.reading() as session:
        counts = {cls.__name__: session.scalar(select(func.count()).select_from(cls).where(
            cls.deleted.is_(False), cls.model_id == model_id)) for cls in (Lane, Step, Flow, PainPoint, Measure)}
        counts["MeasurePainPoint"] = session.scalar(select(func.count()).select_from(MeasurePainPoint).join(
            Measure, Measure.id == MeasurePainPoint.measure_id).where(Measure.model_id == model_id,
                                                                      MeasurePainPoint.deleted.is_(False)))
    return counts


def test_export_import_export_is_stable(tmp_path: Path) -> None:
    source, model_id = demo_store(tmp_path)
    first = export(source, model_id)
    target = open_store(tmp_path / "other.sqlite")
    unknown = import_bpmn(target, first, source_name="demo.bpmn", as_copy=True).report
    assert any(line.startswith("die Organisation ") and "hier nicht bekannt" in line for line in unknown.not_taken)
    with source.reading() as session, target.session() as other:  # the register's organisations, as after a sync
        for organisation in session.scalars(select(Organisation)):
            other.add(Organisation(id=organisation.id, name=organisation.name, kind=organisation.kind))
    result = import_bpmn(target, first, source_name="demo.bpmn")
    assert result.model_id == model_id
    second = export(target, model_id)
    assert summary(second) == summary(first)
    assert not [line for line in result.report.not_taken if "Zeichnung" not in line]
    assert model_counts(target, model_id) == model_counts(source, model_id)
    assert model_counts(source, model_id)["Step"] > 5 and model_counts(source, model_id)["MeasurePainPoint"] > 0


def test_a_werkstatt_file_imported_twice_is_refused_or_copied(tmp_path: Path) -> None:
    store, model_id = demo_store(tmp_path)
    data = export(store, model_id)
    before = row_counts(store)
    with pytest.raises(InterchangeError, match=r"^Schon vorhanden — das Modell „"):
        import_bpmn(store, data, source_name="demo.bpmn")
    assert row_counts(store) == before
    copy = import_bpmn(store, data, source_name="demo.bpmn", as_copy=True)
    assert copy.model_id != model_id
    original_ids = {step.id for step in live(store, Step, model_id)}
    copied = live(store, Step, copy.model_id)
    assert len(copied) == len(original_ids) and not original_ids & {step.id for step in copied}


def test_a_deleted_earlier_import_makes_the_next_one_a_copy(store: Store, tmp_path: Path) -> None:
    source, model_id = demo_store(tmp_path)
    data = export(source, model_id)
    editor = Editor(store)
    edit = editor.apply(ImportBpmn(read_bpmn(data, source_name="demo.bpmn")))
    assert edit.model_id == model_id
    editor.undo()  # tombstones every row of the import
    with store.reading() as session:
        assert session.get(ProcessModel, model_id).deleted
    again = import_bpmn(store, data, source_name="demo.bpmn")
    assert again.model_id != model_id
    assert any("Kopie" in line for line in again.report.notes)


def test_the_import_is_one_undoable_edit(store: Store) -> None:
    editor = Editor(store)
    before = row_counts(store)
    edit = editor.apply(ImportBpmn(read_bpmn((MIWG / "C.5.0.bpmn").read_bytes(), source_name="C.5.0.bpmn"),
                                   "Kontoeröffnung"))
    steps = {step.id for step in live(store, Step, edit.model_id)}
    with store.reading() as session:
        model = session.get(ProcessModel, edit.model_id)
        assert (model.name, model.kind) == ("Kontoeröffnung", "ist")
    editor.undo()
    assert live(store, Step, edit.model_id) == []
    assert sum(row_counts(store).values()) > sum(before.values())  # tombstones, never hard deletes
    editor.redo()
    assert {step.id for step in live(store, Step, edit.model_id)} == steps


def test_a_file_without_diagram_and_names_still_imports(store: Store) -> None:
    data = f"""<definitions xmlns="{bpmn_ns.BPMN}"><process id="p"><startEvent id="s"/>
      <intermediateCatchEvent id="i"><timerEventDefinition id="t"><timeDuration>PT1H</timeDuration>
      </timerEventDefinition></intermediateCatchEvent><endEvent id="e"/>
      <sequenceFlow id="f1" sourceRef="s" targetRef="i"/><sequenceFlow id="f2" sourceRef="i" targetRef="e"/>
      </process></definitions>""".encode()
    result = import_bpmn(store, data, source_name="ohne-namen.bpmn")
    steps = sorted(live(store, Step, result.model_id), key=lambda step: step.position)
    assert [(s.kind, s.label) for s in steps] == [("start", "Startereignis"),
                                                  ("task", "Zwischenereignis, eintretend (Zeit)"),
                                                  ("end", "Endereignis")]
    (lane,) = live(store, Lane, result.model_id)
    assert lane.name == "ohne-namen"
    assert "1 × Dauer eines Zeitereignisses" in result.report.not_taken
