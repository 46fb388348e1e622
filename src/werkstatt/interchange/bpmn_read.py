"""Reading a BPMN 2.0 file into a plain description: pools, lanes, nodes, flows and what was found.

The file is untrusted: defusedxml refuses DTDs, entities and external references, the size and the
number of elements are limited, and every refusal is one sentence (InterchangeError). No database,
no Qt: ``bpmn_import`` turns the description into rows and the findings into the import report.
Decisions, documented once here:

- tasks of every type and call activities become task steps; gateways of every type become
  decisions (a non-exclusive one says so in the step's notes); start and end events become start
  and end steps;
- intermediate and boundary events become task steps labelled with their name (or, unnamed, with
  their event type); the BPMN type is always written into the step's notes; a boundary event sits
  in the lane of the activity it is attached to, and the attachment itself is reported;
- collapsed and expanded sub-processes become sub-process steps; what an expanded one holds is
  counted and named in the report, and a message flow to a node inside it ends at the sub-process;
- nested lanes are flattened to their path ("Lane / Sublane"); with several pools in the file every
  lane starts with its pool's name; a pool without lanes becomes one lane named after the pool, and
  nodes in no lane of a pool with lanes go to such a lane too (reported).
"""

from __future__ import annotations

import datetime as dt
import io
import unicodedata
import uuid
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from xml.etree.ElementTree import Element

import defusedxml
import defusedxml.ElementTree as SafeET

from werkstatt.i18n import tr
from werkstatt.interchange import bpmn_ns
from werkstatt.interchange.errors import InterchangeError
from werkstatt.model import MEASURE_STATUSES, MEDIA, MODEL_KINDS, PAIN_POINT_CATEGORIES, STEP_KINDS

MAX_BYTES = 20 * 1024 * 1024
MAX_ELEMENTS = 100_000

TASKS = frozenset({"task", "userTask", "serviceTask", "manualTask", "sendTask", "receiveTask", "scriptTask",
                   "businessRuleTask", "callActivity"})
SUBPROCESSES = frozenset({"subProcess", "adHocSubProcess", "transaction"})
GATEWAYS = frozenset({"exclusiveGateway", "inclusiveGateway", "parallelGateway", "eventBasedGateway",
                      "complexGateway"})
EVENTS = frozenset({"startEvent", "endEvent", "intermediateThrowEvent", "intermediateCatchEvent", "boundaryEvent",
                    "implicitThrowEvent"})
FLOW_NODES = TASKS | SUBPROCESSES | GATEWAYS | EVENTS
# What the report counts, per category of BPMN element (a file's own counts, nested ones included).
CATEGORIES = {"tasks": TASKS, "subprocesses": SUBPROCESSES, "gateways": GATEWAYS, "events": EVENTS,
              "sequence_flows": {"sequenceFlow"}, "message_flows": {"messageFlow"}, "lanes": {"lane"},
              "pools": {"participant"}, "processes": {"process"}}
# The BPMN element a Werkstatt kind is written as; any other type is noted on the step.
CANONICAL = {"task": "task", "decision": "exclusiveGateway", "start": "startEvent", "end": "endEvent",
             "subprocess": "subProcess"}
EVENT_DEFINITIONS = frozenset({
    "messageEventDefinition", "timerEventDefinition", "signalEventDefinition", "errorEventDefinition",
    "escalationEventDefinition", "conditionalEventDefinition", "linkEventDefinition", "compensateEventDefinition",
    "cancelEventDefinition", "terminateEventDefinition"})
# The elements a step of a Werkstatt kind may be written as (a ws:step kind is believed only for these).
KINDS_MAY_BE = {"task": TASKS, "subprocess": SUBPROCESSES | {"callActivity"}, "decision": GATEWAYS,
                "start": {"startEvent"}, "end": {"endEvent"}}
# Elements the reader understands (the rest of the BPMN namespace is reported as not taken over). An event
# definition's type goes into the step's notes; its details (a timer's time, a condition) are reported.
STRUCTURE = frozenset({"definitions", "process", "collaboration", "participant", "laneSet", "childLaneSet", "lane",
                       "flowNodeRef", "incoming", "outgoing", "sequenceFlow", "messageFlow", "extensionElements",
                       "documentation", "conditionExpression"}) | FLOW_NODES | EVENT_DEFINITIONS
LABEL_MAX, FLOW_LABEL_MAX, LANE_MAX, NAME_MAX = 500, 200, 200, 300
Note = Callable[[str], None]


@dataclass(frozen=True)
class BpmnPainPoint:
    uuid: str | None
    text: str
    category: str = "other"
    severity: int = 1


@dataclass(frozen=True)
class BpmnMeasure:
    uuid: str | None
    text: str
    status: str = "open"
    effort: int | None = None
    impact: int | None = None
    owner: str = ""
    due: dt.date | None = None
    pain_points: tuple[str, ...] = ()  # UUIDs of the pain points it answers


@dataclass(frozen=True)
class StepExtras:
    kind: str = ""
    values: tuple[tuple[str, object], ...] = ()  # Step attributes: block, processing_minutes, …
    pain_points: tuple[BpmnPainPoint, ...] = ()
    measures: tuple[BpmnMeasure, ...] = ()


@dataclass
class ModelExtras:
    present: bool = False  # the file carries a ws:model: it was written by Werkstatt
    model_uuid: str | None = None
    name: str = ""
    kind: str = "ist"
    process_uuid: str | None = None
    process_name: str = ""
    organisation_id: str | None = None
    extras: StepExtras = field(default_factory=StepExtras)


@dataclass(frozen=True)
class LaneExtras:
    organisation_id: str | None = None
    pay_grade: str = ""


@dataclass(frozen=True)
class BpmnLane:
    key: str  # the file's id of the lane (or pool) it came from
    name: str
    uuid: str | None
    organisation_id: str | None = None
    pay_grade: str = ""


@dataclass(frozen=True)
class BpmnNode:
    key: str
    kind: str  # a Werkstatt step kind
    bpmn_type: str
    label: str
    lane_key: str
    uuid: str | None
    notes: str = ""
    bounds: tuple[float, float] | None = None  # the shape's x, y in the file's diagram, if it has one
    extras: StepExtras = field(default_factory=StepExtras)


@dataclass(frozen=True)
class BpmnFlow:
    key: str
    source_key: str
    target_key: str
    label: str
    uuid: str | None
    message: bool = False


@dataclass
class Findings:
    """What the reader saw, for the import report."""

    read: Counter[str] = field(default_factory=Counter)  # per CATEGORIES key, the whole file
    became: Counter[tuple[str, str]] = field(default_factory=Counter)  # (BPMN element, Werkstatt kind)
    unrepresentable: dict[str, list[str]] = field(default_factory=dict)  # BPMN element → names, file order
    foreign_extensions: Counter[str] = field(default_factory=Counter)  # namespace → elements of other tools
    diagrams: int = 0
    shapes: int = 0
    not_taken: list[str] = field(default_factory=list)  # sentences about single elements


@dataclass
class BpmnDocument:
    """What a BPMN file holds, in Werkstatt's terms."""

    source_name: str
    name: str  # suggested name of the register process
    model_name: str
    lanes: list[BpmnLane]
    nodes: list[BpmnNode]  # in capture order
    flows: list[BpmnFlow]
    findings: Findings
    model: ModelExtras = field(default_factory=ModelExtras)
    description: str = ""


def local(element: Element) -> str:
    tag = element.tag
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


def namespace(element: Element) -> str:
    tag = element.tag
    return tag[1:].partition("}")[0] if isinstance(tag, str) and tag.startswith("{") else ""


def clean(text: str | None, maximum: int, *, lines: bool = False) -> str:
    """User text from the file: NFC, runs of blanks as one space (line breaks kept if ``lines``), no control
    characters, at most ``maximum`` characters."""
    text = unicodedata.normalize("NFC", text or "")
    parts = [" ".join(line.split()) for line in (text.splitlines() if lines else [text])]
    flat = "\n".join(part for part in parts if part)
    flat = "".join(c for c in flat if c == "\n" or unicodedata.category(c) not in ("Cc", "Cs"))
    return flat if len(flat) <= maximum else flat[: maximum - 1] + "…"


def _b(name: str) -> str:
    return f"{{{bpmn_ns.BPMN}}}{name}"


def parse(data: bytes, source_name: str) -> Element:
    """The root element, or one sentence why the bytes are refused."""
    if not data.strip():
        raise InterchangeError(tr("BpmnImport", "The file {name} is empty.", name=source_name))
    if len(data) > MAX_BYTES:
        raise InterchangeError(tr("BpmnImport", "The file {name} is too large to import (more than {mb} MB).",
                                  name=source_name, mb=MAX_BYTES // (1024 * 1024)))
    root: Element | None = None
    count = 0
    try:
        for _event, element in SafeET.iterparse(io.BytesIO(data), events=("start",), forbid_dtd=True):
            root = element if root is None else root
            count += 1
            if count > MAX_ELEMENTS:
                raise InterchangeError(tr(
                    "BpmnImport", "The file {name} has more than {limit} XML elements; Werkstatt does not import "
                    "files this large.", name=source_name, limit=f"{MAX_ELEMENTS:,}".replace(",", ".")))
    except defusedxml.DTDForbidden as error:
        raise InterchangeError(tr("BpmnImport", "The file {name} contains a document type declaration (DTD), which "
                                  "Werkstatt refuses for safety.", name=source_name)) from error
    except (defusedxml.EntitiesForbidden, defusedxml.ExternalReferenceForbidden) as error:
        raise InterchangeError(tr("BpmnImport", "The file {name} declares entities or refers to other files, which "
                                  "Werkstatt refuses for safety.", name=source_name)) from error
    except ET.ParseError as error:
        line = getattr(error, "position", (0, 0))[0]
        raise InterchangeError(tr("BpmnImport", "The file {name} is not readable XML (broken in line {line}).",
                                  name=source_name, line=line)) from error
    except (ValueError, LookupError) as error:  # an unknown or lying encoding declaration
        raise InterchangeError(tr("BpmnImport", "The file {name} is not readable XML (its encoding is broken).",
                                  name=source_name)) from error
    if root is None:  # pragma: no cover - expat refuses a document without elements
        raise InterchangeError(tr("BpmnImport", "The file {name} is empty.", name=source_name))
    if namespace(root) == bpmn_ns.BPMN and local(root) == "definitions":
        return root
    if local(root).lower() == "html":
        raise InterchangeError(tr("BpmnImport", "The file {name} is a web page (HTML), not a BPMN file.",
                                  name=source_name))
    if local(root) == "definitions":
        raise InterchangeError(tr("BpmnImport", "The file {name} uses the namespace {ns}, not that of BPMN 2.0.",
                                  name=source_name, ns=clean(namespace(root), 120) or "—"))
    raise InterchangeError(tr("BpmnImport", "The file {name} is XML but not BPMN 2.0 (it starts with <{tag}>).",
                              name=source_name, tag=clean(local(root), 60)))


def read_bpmn(data: bytes, *, source_name: str) -> BpmnDocument:
    """Read ``data`` (the bytes of a .bpmn file); InterchangeError with one sentence if it is refused."""
    return _Reader(parse(data, source_name), source_name).read()


def element_name(element: Element) -> str:
    """„name“ of an element for the report, or its id when it has no name."""
    return "„" + (clean(element.get("name"), 80) or clean(element.get("id"), 80) or "?") + "“"


class _Reader:
    def __init__(self, root: Element, source_name: str) -> None:
        self.root = root
        self.source = source_name
        self.findings = Findings()
        self.by_id: dict[str, Element] = {}
        for element in root.iter():
            element_id = element.get("id")
            if element_id is not None:
                if element_id in self.by_id:
                    raise InterchangeError(tr("BpmnImport", "The file {name} is broken: the id {id} is used twice.",
                                              name=source_name, id=clean(element_id, 80)))
                self.by_id[element_id] = element
        self.werkstatt = any(namespace(e) == bpmn_ns.WERKSTATT for e in root.iter())
        self.bounds = self._diagram()
        self.lanes: list[BpmnLane] = []
        self.nodes: list[BpmnNode] = []
        self.flows: list[BpmnFlow] = []
        self.top_node: dict[str, str] = {}  # a flow node's id → the id of the step that stands for it
        self.pool_of: dict[str, int] = {}  # a step's id → the number of its pool

    def note(self, sentence: str) -> None:
        self.findings.not_taken.append(sentence)

    def uuid(self, element: Element) -> str | None:
        return bpmn_ns.uuid_from_id(element.get("id", ""))

    def read(self) -> BpmnDocument:
        self._scan()
        pools = self._pools()
        fallback = (pools[0][0] if len(pools) == 1 else "") or clean(self.root.get("name"), NAME_MAX) \
            or clean(self.source.replace("\\", "/").rsplit("/", 1)[-1].rsplit(".", 1)[0], NAME_MAX) \
            or tr("BpmnImport", "Imported process")
        for index, (name, participant, process) in enumerate(pools):
            default = fallback[:LANE_MAX] if len(pools) == 1 else tr("BpmnImport", "Pool {n}", n=index + 1)
            self._read_pool(name or default, participant, process, len(pools) > 1)
        for process in self.root.iter(_b("process")):
            self._read_sequence_flows(process)
        for flow in self.root.iter(_b("messageFlow")):
            self._read_message_flow(flow)
        model = read_model_extras(self.root, self.note)
        main = self.root.find(_b("process"))
        if model.present and not model.model_uuid and main is not None:
            model.model_uuid = self.uuid(main)
        description = ""
        if model.present and main is not None:
            description = "\n".join((d.text or "") for d in main.findall(_b("documentation"))).strip()
        return BpmnDocument(self.source, model.process_name or model.name or fallback, model.name or fallback,
                            self.lanes, self._ordered(), self.flows, self.findings, model, description[:20_000])

    def _scan(self) -> None:
        """Count the file's elements and note every kind Werkstatt has no place for (outermost ones only:
        a data association is reported, not also its source and target references)."""
        stack = [self.root]
        while stack:
            element = stack.pop()
            name, space = local(element), namespace(element)
            if space == bpmn_ns.BPMN:
                for category, names in CATEGORIES.items():
                    if name in names:
                        self.findings.read[category] += 1
                if name not in STRUCTURE:
                    self.findings.unrepresentable.setdefault(name, []).append(clean(element.get("name"), 80))
                    self._count_inside(element)
                    continue
            elif space not in (bpmn_ns.WERKSTATT, bpmn_ns.BPMNDI, bpmn_ns.DC, bpmn_ns.DI):
                self.findings.foreign_extensions[clean(space, 120) or "—"] += 1
                self._count_inside(element)
                continue
            stack.extend(reversed(list(element)))

    def _count_inside(self, element: Element) -> None:
        """Elements under one the reader skips still count (a tool may nest a process in odd places)."""
        for inner in element.iter():
            if inner is not element and namespace(inner) == bpmn_ns.BPMN:
                for category, names in CATEGORIES.items():
                    if local(inner) in names:
                        self.findings.read[category] += 1

    def _diagram(self) -> dict[str, tuple[float, float]]:
        self.findings.diagrams = sum(1 for _ in self.root.iter(f"{{{bpmn_ns.BPMNDI}}}BPMNDiagram"))
        bounds: dict[str, tuple[float, float]] = {}
        for shape in self.root.iter(f"{{{bpmn_ns.BPMNDI}}}BPMNShape"):
            self.findings.shapes += 1
            box, element = shape.find(f"{{{bpmn_ns.DC}}}Bounds"), shape.get("bpmnElement")
            if box is None or not element or element in bounds:
                continue
            try:
                x, y = float(box.get("x", "")), float(box.get("y", ""))
            except ValueError:
                continue
            if abs(x) < 1e12 and abs(y) < 1e12:  # neither NaN nor infinite
                bounds[element] = (x, y)
        return bounds

    # --- pools and lanes ------------------------------------------------------------------------

    def _pools(self) -> list[tuple[str, Element | None, Element | None]]:
        """(name, participant, process) per pool: the participants first, then the processes no pool shows."""
        pools: list[tuple[str, Element | None, Element | None]] = []
        shown: set[str] = set()
        for participant in self.root.iter(_b("participant")):
            ref = participant.get("processRef")
            process = self.by_id.get(ref) if ref else None
            if ref and (process is None or process.tag != _b("process")):
                raise InterchangeError(tr(
                    "BpmnImport", "The file {name} is broken: the pool {pool} refers to the process {ref}, which "
                    "is not in the file.", name=self.source, pool=element_name(participant), ref=clean(ref, 80)))
            if ref and ref in shown:
                continue
            shown.add(ref or "")
            name = clean(participant.get("name"), LANE_MAX) or (
                clean(process.get("name"), LANE_MAX) if process is not None else "")
            pools.append((name, participant, process))
        for process in self.root.findall(_b("process")):
            if process.get("id") in shown:
                continue
            if not any(local(child) in FLOW_NODES for child in process):
                if len(process):
                    self.note(tr("BpmnImport", "the process {name}, which holds no steps", name=element_name(process)))
                continue
            pools.append((clean(process.get("name"), LANE_MAX), None, process))
        return pools

    def _read_pool(self, pool_name: str, participant: Element | None, process: Element | None, prefix: bool) -> None:
        owner = participant if participant is not None else process
        assert owner is not None
        if process is None:  # a black-box pool: a lane nobody acts in keeps it visible
            self.lanes.append(BpmnLane(owner.get("id", ""), pool_name, self.uuid(owner)))
            return
        lane_of: dict[str, str] = {}
        lanes: list[BpmnLane] = []
        for lane_set in process.findall(_b("laneSet")):
            self._read_lane_set(lane_set, [pool_name] if prefix else [], lanes, lane_of)
        pool_lane = BpmnLane(owner.get("id", ""), pool_name, None if lanes else self.uuid(owner))
        nodes = [child for child in process if local(child) in FLOW_NODES and namespace(child) == bpmn_ns.BPMN]
        attached = {n.get("id"): n.get("attachedToRef", "") for n in nodes if local(n) == "boundaryEvent"}
        homeless: list[str] = []
        for node in nodes:
            node_id = node.get("id", "")
            lane_key = lane_of.get(node_id) or lane_of.get(attached.get(node_id) or "")
            if lane_key is None:
                lane_key = pool_lane.key
                homeless.append(element_name(node))
            self._read_node(node, lane_key)
            self.pool_of[node_id] = len(self.lanes)
        self.lanes.extend(lanes)
        if not lanes or homeless:
            self.lanes.append(pool_lane)
        if lanes and homeless:
            self.note(tr("BpmnImport", "the lanes of {count} elements that are in no lane of the pool „{pool}“ "
                         "({names}); they are in the lane „{pool}“", count=len(homeless), pool=pool_name,
                         names=_few(homeless)))

    def _read_lane_set(self, lane_set: Element, path: list[str], lanes: list[BpmnLane], lane_of: dict[str, str]
                       ) -> None:
        for lane in lane_set.findall(_b("lane")):
            name = clean(lane.get("name"), LANE_MAX) or tr("BpmnImport", "Lane {n}", n=len(lanes) + 1)
            here = [*path, name]
            before = len(lanes)
            for child_set in lane.findall(_b("childLaneSet")):
                self._read_lane_set(child_set, here, lanes, lane_of)
            refs = [(ref.text or "").strip() for ref in lane.findall(_b("flowNodeRef"))]
            missing = [ref for ref in refs if ref not in self.by_id]
            if missing:
                self.note(tr("BpmnImport", "the references of the lane „{lane}“ to elements not in the file ({refs})",
                             lane=name, refs=_few([clean(ref, 80) for ref in missing])))
            own = [ref for ref in refs if ref not in lane_of and ref not in missing]  # a sub-lane's claim wins
            if len(lanes) == before or own:
                extras = read_lane_extras(lane, self.note)
                lanes.insert(before, BpmnLane(lane.get("id", ""), clean(" / ".join(here), LANE_MAX), self.uuid(lane),
                                              extras.organisation_id, extras.pay_grade))
                for ref in own:
                    lane_of[ref] = lane.get("id", "")

    # --- nodes ----------------------------------------------------------------------------------

    def _read_node(self, node: Element, lane_key: str) -> None:
        bpmn_type = local(node)
        kind = ("task" if bpmn_type in TASKS else "subprocess" if bpmn_type in SUBPROCESSES
                else "decision" if bpmn_type in GATEWAYS else {"startEvent": "start", "endEvent": "end"}.get(
                    bpmn_type, "task"))
        node_id = node.get("id", "")
        description = describe(node)
        extras = read_step_extras(node, self.note)
        own_kind = extras.kind and bpmn_type in KINDS_MAY_BE.get(extras.kind, ())
        kind = extras.kind if own_kind else kind  # Werkstatt's own file: its kind, with no note about the type
        notes = [tr("BpmnImport", "BPMN: {type}", type=description)] if not own_kind and \
            bpmn_type != CANONICAL[kind] else []
        documentation = "\n".join((d.text or "").strip() for d in node.findall(_b("documentation"))).strip()
        if documentation:
            notes.append(unicodedata.normalize("NFC", documentation))
        if bpmn_type == "boundaryEvent":
            host = self.by_id.get(node.get("attachedToRef", ""))
            self.note(tr("BpmnImport", "the attachment of the boundary event {event} to {host}; it is a step of its "
                         "own in the same lane", event=element_name(node),
                         host=element_name(host) if host is not None else "—"))
        if kind == "subprocess":
            self._inner(node, node_id)
        label = clean(node.get("name"), LABEL_MAX, lines=True) or description
        self.nodes.append(BpmnNode(node_id, kind, bpmn_type, label, lane_key, self.uuid(node),
                                   "\n".join(notes)[:20_000], self.bounds.get(node_id), extras))
        self.top_node[node_id] = node_id
        self.findings.became[(bpmn_type, kind)] += 1

    def _inner(self, subprocess: Element, top: str) -> None:
        """What an expanded sub-process holds is represented by its step; it is counted for the report."""
        inner = [e for e in subprocess.iter() if e is not subprocess and namespace(e) == bpmn_ns.BPMN]
        nodes = [e for e in inner if local(e) in FLOW_NODES]
        for element in nodes:
            self.top_node.setdefault(element.get("id", ""), top)
        flows = sum(1 for e in inner if local(e) == "sequenceFlow")
        if nodes or flows:
            self.note(tr("BpmnImport", "the content of the expanded sub-process {name}: {nodes} and {flows} sequence "
                         "flows; the sub-process is one step", name=element_name(subprocess),
                         nodes=count_phrase(Counter(local(e) for e in nodes)), flows=flows))

    def _ordered(self) -> list[BpmnNode]:
        """Capture order: the file's order for Werkstatt's files and files without a diagram, else the diagram's
        left-to-right order within each pool (the layout breaks ties by it)."""
        if self.werkstatt or not self.nodes or any(node.bounds is None for node in self.nodes):
            return self.nodes
        return sorted(self.nodes, key=lambda n: (self.pool_of[n.key], n.bounds or (0.0, 0.0)))

    # --- flows ----------------------------------------------------------------------------------

    def _ends(self, flow: Element, kind: str) -> tuple[Element, Element]:
        ends = []
        for attribute in ("sourceRef", "targetRef"):
            ref = flow.get(attribute, "")
            element = self.by_id.get(ref)
            if element is None:
                raise InterchangeError(tr(
                    "BpmnImport", "The file {name} is broken: the {kind} {flow} points to {ref}, which is not in the "
                    "file.", name=self.source, kind=kind, flow=element_name(flow), ref=clean(ref, 80) or "—"))
            ends.append(element)
        return ends[0], ends[1]

    def _read_sequence_flows(self, process: Element) -> None:
        kind = tr("BpmnImport", "sequence flow")
        direct = set(process.findall(_b("sequenceFlow")))
        for flow in process.iter(_b("sequenceFlow")):
            source, target = self._ends(flow, kind)
            if flow not in direct:
                continue  # inside a sub-process: counted with its content
            source_id, target_id = source.get("id", ""), target.get("id", "")
            if self.top_node.get(source_id) != source_id or self.top_node.get(target_id) != target_id:
                self.note(tr("BpmnImport", "the sequence flow {flow}, which does not join two steps of one pool",
                             flow=element_name(flow)))
                continue
            self._add_flow(flow, source_id, target_id, message=False)

    def _add_flow(self, flow: Element, source: str, target: str, *, message: bool) -> None:
        if flow.find(_b("conditionExpression")) is not None:
            self.note(tr("BpmnImport", "the condition of the flow {flow}", flow=element_name(flow)))
        self.flows.append(BpmnFlow(flow.get("id", ""), source, target, clean(flow.get("name"), FLOW_LABEL_MAX),
                                   self.uuid(flow), message))
        self.findings.became[(local(flow), "flow")] += 1

    def _read_message_flow(self, flow: Element) -> None:
        source, target = self._ends(flow, tr("BpmnImport", "message flow"))
        ends = []
        for end in (source, target):
            end_id = end.get("id", "")
            top = self.top_node.get(end_id)
            if top is None:
                self.note(tr("BpmnImport", "the message flow {flow}, which ends at {end}, not at a step",
                             flow=element_name(flow), end=element_name(end)))
                return
            if top != end_id:
                self.note(tr("BpmnImport", "the exact end of the message flow {flow} at {inner}; it ends at the "
                             "sub-process {outer}", flow=element_name(flow), inner=element_name(end),
                             outer=element_name(self.by_id[top])))
            ends.append(top)
        self._add_flow(flow, ends[0], ends[1], message=True)


def _few(names: list[str], shown: int = 5) -> str:
    return ", ".join(names[:shown]) + (" …" if len(names) > shown else "")


# --- the words for BPMN node types (labels of unnamed elements, notes, the report) -------------------

def node_type_names() -> dict[str, str]:
    return {
        "task": tr("BpmnImport", "task"), "userTask": tr("BpmnImport", "user task"),
        "serviceTask": tr("BpmnImport", "service task"), "manualTask": tr("BpmnImport", "manual task"),
        "sendTask": tr("BpmnImport", "send task"), "receiveTask": tr("BpmnImport", "receive task"),
        "scriptTask": tr("BpmnImport", "script task"), "businessRuleTask": tr("BpmnImport", "business rule task"),
        "callActivity": tr("BpmnImport", "call activity"), "subProcess": tr("BpmnImport", "sub-process"),
        "adHocSubProcess": tr("BpmnImport", "ad-hoc sub-process"), "transaction": tr("BpmnImport", "transaction"),
        "exclusiveGateway": tr("BpmnImport", "exclusive gateway"),
        "inclusiveGateway": tr("BpmnImport", "inclusive gateway"),
        "parallelGateway": tr("BpmnImport", "parallel gateway"),
        "eventBasedGateway": tr("BpmnImport", "event-based gateway"),
        "complexGateway": tr("BpmnImport", "complex gateway"), "startEvent": tr("BpmnImport", "start event"),
        "endEvent": tr("BpmnImport", "end event"),
        "intermediateThrowEvent": tr("BpmnImport", "intermediate throw event"),
        "intermediateCatchEvent": tr("BpmnImport", "intermediate catch event"),
        "boundaryEvent": tr("BpmnImport", "boundary event"),
        "implicitThrowEvent": tr("BpmnImport", "implicit throw event"),
    }


def trigger_names() -> dict[str, str]:
    return {
        "messageEventDefinition": tr("BpmnImport", "message"), "timerEventDefinition": tr("BpmnImport", "timer"),
        "signalEventDefinition": tr("BpmnImport", "signal"), "errorEventDefinition": tr("BpmnImport", "error"),
        "escalationEventDefinition": tr("BpmnImport", "escalation"),
        "conditionalEventDefinition": tr("BpmnImport", "condition"), "linkEventDefinition": tr("BpmnImport", "link"),
        "compensateEventDefinition": tr("BpmnImport", "compensation"),
        "cancelEventDefinition": tr("BpmnImport", "cancel"),
        "terminateEventDefinition": tr("BpmnImport", "terminate"),
    }


def describe(node: Element) -> str:
    """``intermediate catch event (timer)``: the node's BPMN type in words, with its triggers."""
    name = node_type_names().get(local(node), local(node))
    triggers = trigger_names()
    found = [triggers[local(child)] for child in node if local(child) in triggers]
    return f"{name} ({', '.join(found)})" if found else name


def count_phrase(counts: Counter[str]) -> str:
    """``3 × task, 1 × start event``, in the order of the file."""
    names = node_type_names()
    return ", ".join(f"{n} × {names.get(kind, kind)}" for kind, n in counts.items())


# --- Werkstatt's own extension elements (bpmn_ns.WERKSTATT) --------------------------------------

def _w(element: Element, name: str) -> list[Element]:
    extensions = element.find(_b("extensionElements"))
    return [] if extensions is None else extensions.findall(f"{{{bpmn_ns.WERKSTATT}}}{name}")


def as_uuid(value: str | None) -> str | None:
    """A canonical UUID from a UUID or an id written by ``bpmn_ns.element_id``; None for anything else."""
    if not value:
        return None
    try:
        return str(uuid.UUID(value.strip()))
    except ValueError:
        return bpmn_ns.uuid_from_id(value.strip())


class _Values:
    """Attribute values of one extension element, checked; a refused value is noted, never raised."""

    def __init__(self, element: Element, note: Note) -> None:
        self.element = element
        self.note = note

    def refused(self, attribute: str) -> None:
        self.note(tr("BpmnImport", "the value „{value}“ of {attribute} in Werkstatt's extension, which is not valid",
                     value=clean(self.element.get(attribute), 40), attribute=attribute))

    def number(self, attribute: str, low: float, high: float, *, whole: bool = False) -> float | None:
        text = self.element.get(attribute)
        if text is None or not text.strip():
            return None
        try:
            value = float(text)
        except ValueError:
            value = float("nan")
        if not low <= value <= high or (whole and value != int(value)):
            self.refused(attribute)
            return None
        return int(value) if whole else value

    def choice(self, attribute: str, allowed: tuple[str, ...], default: str) -> str:
        text = (self.element.get(attribute) or "").strip()
        if text and text not in allowed:
            self.refused(attribute)
            return default
        return text or default

    def text(self, attribute: str, maximum: int) -> str:
        return clean(self.element.get(attribute), maximum)


def read_step_extras(node: Element, note: Note) -> StepExtras:
    values: dict[str, object] = {}
    kind = ""
    for step in _w(node, bpmn_ns.EXT_STEP)[:1]:
        check = _Values(step, note)
        kind = check.choice("kind", STEP_KINDS, "")
        values = {"block": check.text("block", 200), "processing_minutes": check.number("processingMinutes", 0, 1e6),
                  "waiting_minutes": check.number("waitingMinutes", 0, 1e6),
                  "probability": check.number("probability", 0, 1), "it_system": check.text("itSystem", 200),
                  "medium": check.choice("medium", MEDIA, "")}
    return StepExtras(kind, tuple((k, v) for k, v in values.items() if v not in (None, "")),
                      _pain_points(node, note), _measures(node, note))


def _pain_points(owner: Element, note: Note) -> tuple[BpmnPainPoint, ...]:
    found = []
    for element in _w(owner, bpmn_ns.EXT_PAIN_POINT):
        check = _Values(element, note)
        text = clean(element.text, 20_000, lines=True)
        if text:
            found.append(BpmnPainPoint(as_uuid(element.get("id")), text,
                                       check.choice("category", PAIN_POINT_CATEGORIES, "other"),
                                       int(check.number("severity", 1, 3, whole=True) or 1)))
    return tuple(found)


def _measures(owner: Element, note: Note) -> tuple[BpmnMeasure, ...]:
    found = []
    for element in _w(owner, bpmn_ns.EXT_MEASURE):
        check = _Values(element, note)
        text = clean(element.text, 20_000, lines=True)
        if not text:
            continue
        try:
            due = dt.date.fromisoformat(element.get("due", "").strip()) if element.get("due", "").strip() else None
        except ValueError:
            check.refused("due")
            due = None
        effort, impact = check.number("effort", 1, 5, whole=True), check.number("impact", 1, 5, whole=True)
        links = tuple(u for u in (as_uuid(ref) for ref in (element.get("painPoints") or "").split()[:1000]) if u)
        found.append(BpmnMeasure(as_uuid(element.get("id")), text, check.choice("status", MEASURE_STATUSES, "open"),
                                 None if effort is None else int(effort), None if impact is None else int(impact),
                                 check.text("owner", 200), due, links))
    return tuple(found)


def read_lane_extras(lane: Element, note: Note) -> LaneExtras:
    for element in _w(lane, bpmn_ns.EXT_LANE)[:1]:
        return LaneExtras(as_uuid(element.get("organisation")), _Values(element, note).text("payGrade", 10))
    return LaneExtras()


def read_model_extras(root: Element, note: Note) -> ModelExtras:
    for process in root.findall(_b("process")):
        for element in _w(process, bpmn_ns.EXT_MODEL)[:1]:
            check = _Values(element, note)
            return ModelExtras(True, as_uuid(element.get("id")), check.text("name", NAME_MAX),
                               check.choice("kind", MODEL_KINDS, "ist"), as_uuid(element.get("process")),
                               check.text("processName", NAME_MAX), as_uuid(element.get("organisation")),
                               StepExtras(pain_points=_pain_points(process, note), measures=_measures(process, note)))
    return ModelExtras()
