"""Fuzzing the BPMN import: mutated MIWG files and generated BPMN either import or are refused in one sentence.

Never another exception, and a refusal leaves the database exactly as it was.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from helpers.paths import DATA
from werkstatt.interchange import bpmn_ns
from werkstatt.interchange.bpmn_import import import_bpmn
from werkstatt.interchange.errors import InterchangeError
from werkstatt.model import Base
from werkstatt.store.database import Store, open_store

# The BPMN MIWG test suite's reference files, CC BY 3.0 (tests/data/miwg/README.md).
MIWG = sorted((DATA / "miwg").glob("*.bpmn"))
SOURCES = [path.read_bytes() for path in MIWG]
B = f"{{{bpmn_ns.BPMN}}}"
W = f"{{{bpmn_ns.WERKSTATT}}}"
NODE_TYPES = ["task", "userTask", "exclusiveGateway", "parallelGateway", "startEvent", "endEvent", "subProcess",
              "intermediateCatchEvent", "boundaryEvent", "callActivity"]
GARBAGE = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=30)


def row_counts(store: Store) -> dict[str, int]:
    with store.reading() as session:
        return {table.name: session.scalar(select(func.count()).select_from(table))
                for table in Base.metadata.sorted_tables}


def attempt(store: Store, data: bytes) -> None:
    before = row_counts(store)
    try:
        result = import_bpmn(store, data, source_name="fuzz.bpmn")
    except InterchangeError as refused:
        assert str(refused).strip() and "\n" not in str(refused) and "Traceback" not in str(refused)
        assert row_counts(store) == before
    else:
        assert result.report.lines()


@st.composite
def generated(draw: st.DrawFn) -> bytes:
    """A small BPMN file of the shape other tools write: pools, nested lanes, nodes, flows, Werkstatt extensions."""
    root = ET.Element(B + "definitions")
    pools = draw(st.integers(1, 3))
    ids: list[str] = []
    collaboration = ET.SubElement(root, B + "collaboration", id="c")
    for p in range(pools):
        ET.SubElement(collaboration, B + "participant", id=f"pool{p}", name=draw(GARBAGE), processRef=f"proc{p}")
        process = ET.SubElement(root, B + "process", id=f"proc{p}")
        lane_parent = ET.SubElement(process, B + "laneSet", id=f"ls{p}")
        for n in range(draw(st.integers(0, 6))):
            node_id = f"n{p}_{n}"
            node = ET.SubElement(process, B + draw(st.sampled_from(NODE_TYPES)), id=node_id, name=draw(GARBAGE))
            if draw(st.booleans()):
                extensions = ET.SubElement(node, B + "extensionElements")
                ET.SubElement(extensions, W + "step", kind=draw(GARBAGE), processingMinutes=draw(GARBAGE),
                              probability=draw(st.sampled_from(["0.5", "nan", "inf", "-1", "2", ""])))
                ET.SubElement(extensions, W + "painPoint", severity=draw(GARBAGE), id=draw(GARBAGE)).text = "x"
                ET.SubElement(extensions, W + "measure", due=draw(GARBAGE), painPoints=draw(GARBAGE)).text = "y"
            ids.append(node_id)
            if draw(st.booleans()):  # a lane, sometimes nested in the previous one
                lane = ET.SubElement(lane_parent, B + "lane", id=f"l{node_id}", name=draw(GARBAGE))
                ET.SubElement(lane, B + "flowNodeRef").text = node_id
                if draw(st.booleans()):
                    lane_parent = ET.SubElement(lane, B + "childLaneSet", id=f"cls{node_id}")
        if ids and draw(st.booleans()):
            ET.SubElement(process, B + "sequenceFlow", id=f"f{p}", name=draw(GARBAGE),
                          sourceRef=draw(st.sampled_from(ids)), targetRef=draw(st.sampled_from(ids)))
    if ids and draw(st.booleans()):
        ET.SubElement(collaboration, B + "messageFlow", id="m", sourceRef=draw(st.sampled_from([*ids, "pool0"])),
                      targetRef=draw(st.sampled_from([*ids, "c"])))
    return ET.tostring(root, encoding="utf-8")


@st.composite
def mutated(draw: st.DrawFn, source: st.SearchStrategy[bytes]) -> bytes:
    data = draw(source)
    how = draw(st.sampled_from(["flip", "truncate", "delete", "attribute", "nest", "insert"]))
    if how == "flip":
        data = bytearray(data)
        for _ in range(draw(st.integers(1, 8))):
            data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
        return bytes(data)
    if how == "truncate":
        return data[: draw(st.integers(0, len(data)))]
    if how == "insert":
        at = draw(st.integers(0, len(data)))
        return data[:at] + draw(st.binary(max_size=40)) + data[at:]
    try:
        root = ET.fromstring(data)
    except ET.ParseError:  # generated with characters XML forbids: already a hostile file
        return data
    elements = list(root.iter())
    target = draw(st.sampled_from(elements))
    if how == "delete":
        for parent in elements:
            if target in list(parent):
                parent.remove(target)
                break
    elif how == "attribute":
        name = draw(st.sampled_from(["id", "name", "sourceRef", "targetRef", "processRef", "attachedToRef", "x"]))
        target.set(name, draw(GARBAGE))
    else:  # nest: move an element under another, anywhere
        host = draw(st.sampled_from(elements))
        if host is not target and target not in host.iter() and target is not root:
            for parent in elements:
                if target in list(parent):
                    parent.remove(target)
                    host.append(target)
                    break
    return ET.tostring(root, encoding="utf-8")


SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                          HealthCheck.data_too_large])


def attempt_each(folder: Path, documents: st.SearchStrategy[bytes]) -> None:
    """Every drawn document, imported into one database, imports or is refused with a sentence."""
    store = open_store(folder / "fuzz.sqlite")

    @SETTINGS
    @given(documents)
    def run(data: bytes) -> None:
        attempt(store, data)

    try:
        run()
    finally:
        store.close()


def test_mutated_miwg_files_import_or_are_refused(tmp_path: Path) -> None:
    attempt_each(tmp_path, mutated(st.sampled_from(SOURCES)))


def test_generated_and_mutated_bpmn_imports_or_is_refused(tmp_path: Path) -> None:
    attempt_each(tmp_path, st.one_of(generated(), mutated(generated())))
