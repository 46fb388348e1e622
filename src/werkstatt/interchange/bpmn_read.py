"""Reading a BPMN 2.0 file into a plain description: pools, lanes, nodes, flows and what was found.

The file is untrusted: ``bpmn_scan`` parses it within limits and collects the model's ids (never
those inside another tool's extension XML); every refusal is one sentence (InterchangeError). No
database, no Qt: ``bpmn_import`` turns the description into rows and the findings into the import
report, which names everything not taken over. Decisions, documented once here:

- tasks of every type and call activities become task steps; each gateway becomes the step kind of
  its type (exclusive → decision, parallel, inclusive, event-based, complex); start and end events
  become start and end steps;
- intermediate and boundary events become task steps labelled with their name (or, unnamed, with
  their event type); the BPMN type is always written into the step's notes; a boundary event sits
  in the lane of the activity it is attached to, and the attachment itself is reported;
- collapsed and expanded sub-processes become sub-process steps; what one holds is counted and named
  in the report (as collapsed or expanded, as the diagram draws it), and a message flow to a node
  inside it ends at the sub-process;
- nested lanes are flattened to their path ("Lane / Sublane"); with several pools in the file every
  lane starts with its pool's name; a pool without lanes becomes one lane named after the pool, and
  nodes in no lane of a pool with lanes go to such a lane too (reported);
- the first process's documentation becomes the model's description, a node's its step's notes; the
  documentation of anything else is reported.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from xml.etree.ElementTree import Element

from werkstatt.i18n import tr
from werkstatt.interchange import bpmn_ns
from werkstatt.interchange.bpmn_extras import (
    NAME_MAX,
    ModelExtras,
    StepExtras,
    read_lane_extras,
    read_model_extras,
    read_step_extras,
)
from werkstatt.interchange.bpmn_scan import (
    References,
    bpmn_tag,
    clean,
    element_name,
    local,
    model_elements,
    namespace,
    parse,
)
from werkstatt.interchange.bpmn_words import count_phrase, describe, marker_sentences
from werkstatt.interchange.errors import InterchangeError

TASKS = frozenset({"task", "userTask", "serviceTask", "manualTask", "sendTask", "receiveTask", "scriptTask",
                   "businessRuleTask", "callActivity"})
SUBPROCESSES = frozenset({"subProcess", "adHocSubProcess", "transaction"})
GATEWAYS = frozenset(bpmn_ns.KIND_BY_GATEWAY)
EVENTS = frozenset({"startEvent", "endEvent", "intermediateThrowEvent", "intermediateCatchEvent", "boundaryEvent",
                    "implicitThrowEvent"})
FLOW_NODES = TASKS | SUBPROCESSES | GATEWAYS | EVENTS
# What the report counts, per category of BPMN element (a file's own counts, nested ones included).
CATEGORIES = {"tasks": TASKS, "subprocesses": SUBPROCESSES, "gateways": GATEWAYS, "events": EVENTS,
              "sequence_flows": {"sequenceFlow"}, "message_flows": {"messageFlow"}, "lanes": {"lane"},
              "pools": {"participant"}, "processes": {"process"}}
# The BPMN element a Werkstatt kind is written as; any other type is noted on the step.
CANONICAL = {"task": "task", "start": "startEvent", "end": "endEvent", "subprocess": "subProcess",
             **bpmn_ns.GATEWAY_BY_KIND}
EVENT_DEFINITIONS = frozenset({
    "messageEventDefinition", "timerEventDefinition", "signalEventDefinition", "errorEventDefinition",
    "escalationEventDefinition", "conditionalEventDefinition", "linkEventDefinition", "compensateEventDefinition",
    "cancelEventDefinition", "terminateEventDefinition"})
# The elements a step of a Werkstatt kind may be written as (a ws:step kind is believed only for these): a
# gateway whose type another tool changed keeps its new type.
KINDS_MAY_BE = {"task": TASKS, "subprocess": SUBPROCESSES | {"callActivity"}, "start": {"startEvent"},
                "end": {"endEvent"}, **{kind: {element} for kind, element in bpmn_ns.GATEWAY_BY_KIND.items()}}
# Elements the reader understands (the rest of the BPMN namespace is reported as not taken over). An event
# definition's type goes into the step's notes; its details (a timer's time, a condition) are reported.
STRUCTURE = frozenset({"definitions", "process", "collaboration", "participant", "laneSet", "childLaneSet", "lane",
                       "flowNodeRef", "incoming", "outgoing", "sequenceFlow", "messageFlow", "extensionElements",
                       "documentation", "conditionExpression"}) | FLOW_NODES | EVENT_DEFINITIONS
# Attributes of these namespaces on BPMN elements are not another tool's extensions.
OWN_ATTRIBUTE_SPACES = frozenset({bpmn_ns.XSI, "http://www.w3.org/XML/1998/namespace", bpmn_ns.WERKSTATT})
LABEL_MAX, FLOW_LABEL_MAX, LANE_MAX = 500, 200, 200


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
    foreign_attributes: Counter[str] = field(default_factory=Counter)  # namespace → attributes on BPMN elements
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


def read_bpmn(data: bytes, *, source_name: str) -> BpmnDocument:
    """Read ``data`` (the bytes of a .bpmn file); InterchangeError with one sentence if it is refused."""
    parsed = parse(data, source_name)
    return _Reader(parsed.root, References(parsed, list(model_elements(parsed.root)), source_name),
                   source_name).read()


def step_kind(bpmn_type: str) -> str:
    """The Werkstatt step kind a BPMN flow node becomes (without Werkstatt's own extension)."""
    if bpmn_type in TASKS:
        return "task"
    if bpmn_type in SUBPROCESSES:
        return "subprocess"
    return bpmn_ns.KIND_BY_GATEWAY.get(bpmn_type) or {"startEvent": "start", "endEvent": "end"}.get(bpmn_type, "task")


class _Reader:
    def __init__(self, root: Element, refs: References, source_name: str) -> None:
        self.root = root
        self.refs = refs
        self.source = source_name
        self.findings = Findings()
        self.by_id = refs.by_id
        self.in_model = set(model_elements(root))
        self.werkstatt = any(namespace(e) == bpmn_ns.WERKSTATT for e in root.iter())
        self.expanded: dict[str, str | None] = {}  # a sub-process's id → its shape's isExpanded
        self.bounds = self._diagram()
        self.lanes: list[BpmnLane] = []
        self.nodes: list[BpmnNode] = []
        self.flows: list[BpmnFlow] = []
        self.top_node: dict[str, str] = {}  # a flow node's id → the id of the step that stands for it
        self.pool_of: dict[str, int] = {}  # a step's id → the number of its pool
        self.documented: list[Element] = []  # elements with documentation, file order
        self.documentation_taken: set[Element] = set()  # … whose documentation became notes or a description
        self.inside: set[Element] = set()  # elements inside a sub-process (its step stands for them)
        self.clipped: dict[Element, str] = {}  # elements whose name was too long for its field

    def note(self, sentence: str) -> None:
        self.findings.not_taken.append(sentence)

    def uuid(self, element: Element) -> str | None:
        return bpmn_ns.uuid_from_id(element.get("id", ""))

    def model(self, tag: str, within: Element | None = None) -> list[Element]:
        """The model's elements with ``tag`` (under ``within``), never those in another tool's extension XML."""
        return [e for e in (within if within is not None else self.root).iter(tag) if e in self.in_model]

    def name(self, element: Element, text: str | None, maximum: int, *, lines: bool = False) -> str:
        """``text`` cleaned for a field of ``maximum`` characters; a name that had to be shortened is reported."""
        if len(clean(text, 1 << 30, lines=lines)) > maximum:
            self.clipped.setdefault(element, element_name(element))
        return clean(text, maximum, lines=lines)

    def read(self) -> BpmnDocument:
        self._scan()
        pools = self._pools()
        fallback = (pools[0][0] if len(pools) == 1 else "") or clean(self.root.get("name"), NAME_MAX) \
            or clean(self.source.replace("\\", "/").rsplit("/", 1)[-1].rsplit(".", 1)[0], NAME_MAX) \
            or tr("BpmnRead", "Imported process")
        for index, (name, participant, process) in enumerate(pools):
            default = fallback[:LANE_MAX] if len(pools) == 1 else tr("BpmnRead", "Pool {n}", n=index + 1)
            self._read_pool(name or default, participant, process, len(pools) > 1)
        for process in self.model(bpmn_tag("process")):
            self._read_sequence_flows(process)
        for flow in self.model(bpmn_tag("messageFlow")):
            self._read_message_flow(flow)
        model = read_model_extras(self.root, self.note)
        main = self.root.find(bpmn_tag("process"))
        if model.present and not model.model_uuid and main is not None:
            model.model_uuid = self.uuid(main)
        description = ""
        if main is not None:
            description = "\n".join((d.text or "") for d in main.findall(bpmn_tag("documentation"))).strip()
            self.documentation_taken.add(main)
        self._report_leftovers()
        return BpmnDocument(self.source, model.process_name or model.name or fallback, model.name or fallback,
                            self.lanes, self._ordered(), self.flows, self.findings, model,
                            unicodedata.normalize("NFC", description[:20_000]))

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
                for attribute in element.attrib:
                    space_of = attribute[1:].partition("}")[0] if attribute.startswith("{") else ""
                    if space_of and space_of not in OWN_ATTRIBUTE_SPACES:
                        self.findings.foreign_attributes[clean(space_of, 120)] += 1
                if any(local(child) == "documentation" and namespace(child) == bpmn_ns.BPMN
                       and (child.text or "").strip() for child in element):
                    self.documented.append(element)
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
            box, element = shape.find(f"{{{bpmn_ns.DC}}}Bounds"), self.refs.resolve(shape, shape.get("bpmnElement"))
            if element and element not in self.expanded:
                self.expanded[element] = shape.get("isExpanded")
            if box is None or not element or element in bounds:
                continue
            try:
                x, y = float(box.get("x", "")), float(box.get("y", ""))
            except ValueError:
                continue
            if abs(x) < 1e12 and abs(y) < 1e12:  # neither NaN nor infinite
                bounds[element] = (x, y)
        return bounds

    def _report_leftovers(self) -> None:
        """What the reading itself left behind: documentation of elements that are not steps, shortened names."""
        # Inside a sub-process: its whole content is reported already.
        left = [element_name(e) for e in self.documented if e not in self.documentation_taken and e not in self.inside]
        if left:
            self.note(tr("BpmnRead", "the documentation of {count} elements that do not become steps ({names})",
                         count=len(left), names=_few(left)))
        if self.clipped:
            self.note(tr("BpmnRead", "the end of {count} names longer than Werkstatt's fields ({names}); they are "
                         "shortened with „…“", count=len(self.clipped), names=_few(list(self.clipped.values()))))

    # --- pools and lanes ------------------------------------------------------------------------

    def _pools(self) -> list[tuple[str, Element | None, Element | None]]:
        """(name, participant, process) per pool: the participants first, then the processes no pool shows."""
        pools: list[tuple[str, Element | None, Element | None]] = []
        shown: set[str] = set()
        for participant in self.model(bpmn_tag("participant")):
            raw = participant.get("processRef")
            ref = self.refs.resolve(participant, raw) if raw else ""
            process = self.by_id.get(ref) if ref else None
            if ref and (process is None or process.tag != bpmn_tag("process")):
                raise InterchangeError(tr(
                    "BpmnRead", "The file {name} is broken: the pool {pool} refers to the process {ref}, which "
                    "is not in the file.", name=self.source, pool=element_name(participant), ref=clean(raw, 80)))
            if ref and ref in shown:
                continue
            shown.add(ref)
            name = self.name(participant, participant.get("name"), LANE_MAX) or (
                clean(process.get("name"), LANE_MAX) if process is not None else "")
            pools.append((name, participant, process))
        for process in self.root.findall(bpmn_tag("process")):
            if process.get("id") in shown:
                continue
            if not any(local(child) in FLOW_NODES for child in process):
                if len(process):
                    self.note(tr("BpmnRead", "the process {name}, which holds no steps", name=element_name(process)))
                continue
            pools.append((self.name(process, process.get("name"), LANE_MAX), None, process))
        return pools

    def _read_pool(self, pool_name: str, participant: Element | None, process: Element | None, prefix: bool) -> None:
        owner = participant if participant is not None else process
        assert owner is not None
        if process is None:  # a black-box pool: a lane nobody acts in keeps it visible
            self.lanes.append(BpmnLane(owner.get("id", ""), pool_name, self.uuid(owner)))
            return
        lane_of: dict[str, str] = {}
        lanes: list[BpmnLane] = []
        for lane_set in process.findall(bpmn_tag("laneSet")):
            self._read_lane_set(lane_set, [pool_name] if prefix else [], lanes, lane_of)
        pool_lane = BpmnLane(owner.get("id", ""), pool_name, None if lanes else self.uuid(owner))
        nodes = [child for child in process if local(child) in FLOW_NODES and namespace(child) == bpmn_ns.BPMN]
        attached = {n.get("id"): self.refs.resolve(n, n.get("attachedToRef")) for n in nodes
                    if local(n) == "boundaryEvent"}
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
            self.note(tr("BpmnRead", "the lanes of {count} elements that are in no lane of the pool „{pool}“ "
                         "({names}); they are in the lane „{pool}“", count=len(homeless), pool=pool_name,
                         names=_few(homeless)))

    def _read_lane_set(self, lane_set: Element, path: list[str], lanes: list[BpmnLane], lane_of: dict[str, str]
                       ) -> None:
        """Recursive, one level per lane: ``bpmn_scan`` bounds the depth of the file."""
        for lane in lane_set.findall(bpmn_tag("lane")):
            name = self.name(lane, lane.get("name"), LANE_MAX) or tr("BpmnRead", "Lane {n}", n=len(lanes) + 1)
            here = [*path, name]
            before = len(lanes)
            for child_set in lane.findall(bpmn_tag("childLaneSet")):
                self._read_lane_set(child_set, here, lanes, lane_of)
            refs = [self.refs.resolve(ref, ref.text) for ref in lane.findall(bpmn_tag("flowNodeRef"))]
            missing = [ref for ref in refs if ref not in self.by_id]
            if missing:
                self.note(tr("BpmnRead", "the references of the lane „{lane}“ to elements not in the file ({refs})",
                             lane=name, refs=_few([clean(ref, 80) for ref in missing])))
            own = [ref for ref in refs if ref not in lane_of and ref not in missing]  # a sub-lane's claim wins
            if len(lanes) == before or own:
                extras = read_lane_extras(lane, self.note)
                lanes.insert(before, BpmnLane(lane.get("id", ""), self.name(lane, " / ".join(here), LANE_MAX),
                                              self.uuid(lane), extras.organisation_id, extras.pay_grade))
                for ref in own:
                    lane_of[ref] = lane.get("id", "")

    # --- nodes ----------------------------------------------------------------------------------

    def _read_node(self, node: Element, lane_key: str) -> None:
        bpmn_type = local(node)
        kind = step_kind(bpmn_type)
        node_id = node.get("id", "")
        description = describe(node)
        extras = read_step_extras(node, self.note)
        own_kind = extras.kind and bpmn_type in KINDS_MAY_BE.get(extras.kind, ())
        kind = extras.kind if own_kind else kind  # Werkstatt's own file: its kind, with no note about the type
        notes = [tr("BpmnRead", "BPMN: {type}", type=description)] if not own_kind and \
            bpmn_type != CANONICAL[kind] else []
        documentation = "\n".join((d.text or "").strip() for d in node.findall(bpmn_tag("documentation"))).strip()
        if documentation:
            notes.append(unicodedata.normalize("NFC", documentation))
        self.documentation_taken.add(node)
        if bpmn_type == "boundaryEvent":
            host = self.refs.get(node, node.get("attachedToRef"))
            self.note(tr("BpmnRead", "the attachment of the boundary event {event} to {host}; it is a step of its "
                         "own in the same lane", event=element_name(node),
                         host=element_name(host) if host is not None else "—"))
        default = self.refs.get(node, node.get("default")) if node.get("default") else None
        self.findings.not_taken.extend(marker_sentences(node, default))
        if kind == "subprocess":
            self._inner(node, node_id)
        label = self.name(node, node.get("name"), LABEL_MAX, lines=True) or description
        self.nodes.append(BpmnNode(node_id, kind, bpmn_type, label, lane_key, self.uuid(node),
                                   "\n".join(notes)[:20_000], self.bounds.get(node_id), extras))
        self.top_node[node_id] = node_id
        self.findings.became[(bpmn_type, kind)] += 1

    def _inner(self, subprocess: Element, top: str) -> None:
        """What a sub-process holds is represented by its step; it is counted for the report, which calls the
        sub-process collapsed or expanded as the file's diagram draws it (bpmn-js: collapsed unless
        ``isExpanded="true"``)."""
        inner = [e for e in subprocess.iter() if e is not subprocess and e in self.in_model]
        nodes = [e for e in inner if local(e) in FLOW_NODES]
        for element in nodes:
            self.top_node.setdefault(element.get("id", ""), top)
        self.inside.update(inner)
        flows = sum(1 for e in inner if local(e) == "sequenceFlow")
        if not nodes and not flows:
            return
        values = {"name": element_name(subprocess), "nodes": count_phrase(Counter(local(e) for e in nodes)),
                  "flows": flows}
        if top in self.expanded and self.expanded[top] == "true":
            self.note(tr("BpmnRead", "the content of the expanded sub-process {name}: {nodes} and {flows} sequence "
                         "flows; the sub-process is one step", **values))
        elif top in self.expanded:
            self.note(tr("BpmnRead", "the content of the collapsed sub-process {name}: {nodes} and {flows} sequence "
                         "flows; the sub-process is one step", **values))
        else:
            self.note(tr("BpmnRead", "the content of the sub-process {name}: {nodes} and {flows} sequence flows; "
                         "the sub-process is one step", **values))

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
            element = self.refs.get(flow, ref)
            if element is None:
                raise InterchangeError(tr(
                    "BpmnRead", "The file {name} is broken: the {kind} {flow} points to {ref}, which is not in the "
                    "file.", name=self.source, kind=kind, flow=element_name(flow), ref=clean(ref, 80) or "—"))
            ends.append(element)
        return ends[0], ends[1]

    def _read_sequence_flows(self, process: Element) -> None:
        kind = tr("BpmnRead", "sequence flow")
        direct = set(process.findall(bpmn_tag("sequenceFlow")))
        for flow in self.model(bpmn_tag("sequenceFlow"), process):
            source, target = self._ends(flow, kind)
            if flow not in direct:
                continue  # inside a sub-process: counted with its content
            source_id, target_id = source.get("id", ""), target.get("id", "")
            if self.top_node.get(source_id) != source_id or self.top_node.get(target_id) != target_id:
                self.note(tr("BpmnRead", "the sequence flow {flow}, which does not join two steps of one pool",
                             flow=element_name(flow)))
                continue
            self._add_flow(flow, source_id, target_id, message=False)

    def _add_flow(self, flow: Element, source: str, target: str, *, message: bool) -> None:
        if flow.find(bpmn_tag("conditionExpression")) is not None:
            self.note(tr("BpmnRead", "the condition of the flow {flow}", flow=element_name(flow)))
        self.flows.append(BpmnFlow(flow.get("id", ""), source, target, self.name(flow, flow.get("name"),
                                                                                 FLOW_LABEL_MAX),
                                   self.uuid(flow), message))
        self.findings.became[(local(flow), "flow")] += 1

    def _read_message_flow(self, flow: Element) -> None:
        source, target = self._ends(flow, tr("BpmnRead", "message flow"))
        ends = []
        for end in (source, target):
            end_id = end.get("id", "")
            top = self.top_node.get(end_id)
            if top is None:
                self.note(tr("BpmnRead", "the message flow {flow}, which ends at {end}, not at a step",
                             flow=element_name(flow), end=element_name(end)))
                return
            if top != end_id:
                self.note(tr("BpmnRead", "the exact end of the message flow {flow} at {inner}; it ends at the "
                             "sub-process {outer}", flow=element_name(flow), inner=element_name(end),
                             outer=element_name(self.by_id[top])))
            ends.append(top)
        self._add_flow(flow, ends[0], ends[1], message=True)


def _few(names: list[str], shown: int = 5) -> str:
    return ", ".join(names[:shown]) + (" …" if len(names) > shown else "")
