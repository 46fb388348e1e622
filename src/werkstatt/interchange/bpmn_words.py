"""The words for BPMN node types and triggers: labels of unnamed elements, steps' notes, the import report."""

from __future__ import annotations

from collections import Counter
from xml.etree.ElementTree import Element

from werkstatt.i18n import tr
from werkstatt.interchange.bpmn_scan import element_name, local


def node_type_names() -> dict[str, str]:
    return {
        "task": tr("BpmnWords", "task"), "userTask": tr("BpmnWords", "user task"),
        "serviceTask": tr("BpmnWords", "service task"), "manualTask": tr("BpmnWords", "manual task"),
        "sendTask": tr("BpmnWords", "send task"), "receiveTask": tr("BpmnWords", "receive task"),
        "scriptTask": tr("BpmnWords", "script task"), "businessRuleTask": tr("BpmnWords", "business rule task"),
        "callActivity": tr("BpmnWords", "call activity"), "subProcess": tr("BpmnWords", "sub-process"),
        "adHocSubProcess": tr("BpmnWords", "ad-hoc sub-process"), "transaction": tr("BpmnWords", "transaction"),
        "exclusiveGateway": tr("BpmnWords", "exclusive gateway"),
        "inclusiveGateway": tr("BpmnWords", "inclusive gateway"),
        "parallelGateway": tr("BpmnWords", "parallel gateway"),
        "eventBasedGateway": tr("BpmnWords", "event-based gateway"),
        "complexGateway": tr("BpmnWords", "complex gateway"), "startEvent": tr("BpmnWords", "start event"),
        "endEvent": tr("BpmnWords", "end event"),
        "intermediateThrowEvent": tr("BpmnWords", "intermediate throw event"),
        "intermediateCatchEvent": tr("BpmnWords", "intermediate catch event"),
        "boundaryEvent": tr("BpmnWords", "boundary event"),
        "implicitThrowEvent": tr("BpmnWords", "implicit throw event"),
    }


def trigger_names() -> dict[str, str]:
    return {
        "messageEventDefinition": tr("BpmnWords", "message"), "timerEventDefinition": tr("BpmnWords", "timer"),
        "signalEventDefinition": tr("BpmnWords", "signal"), "errorEventDefinition": tr("BpmnWords", "error"),
        "escalationEventDefinition": tr("BpmnWords", "escalation"),
        "conditionalEventDefinition": tr("BpmnWords", "condition"), "linkEventDefinition": tr("BpmnWords", "link"),
        "compensateEventDefinition": tr("BpmnWords", "compensation"),
        "cancelEventDefinition": tr("BpmnWords", "cancel"),
        "terminateEventDefinition": tr("BpmnWords", "terminate"),
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


def kind_names() -> dict[str, str]:
    """What the steps an import made are called in its report, per Werkstatt step kind (and ``flow``)."""
    return {
        "task": tr("BpmnWords", "task steps"), "decision": tr("BpmnWords", "decisions"),
        "parallel": tr("BpmnWords", "parallel splits"), "inclusive": tr("BpmnWords", "inclusive splits"),
        "event_based": tr("BpmnWords", "event-based splits"), "complex": tr("BpmnWords", "complex splits"),
        "start": tr("BpmnWords", "start steps"), "end": tr("BpmnWords", "end steps"),
        "subprocess": tr("BpmnWords", "sub-process steps"), "flow": tr("BpmnWords", "flows"),
    }


def fact_sheet_names() -> dict[str, str]:
    """The fields of a register process's fact sheet, as the import report names them, in the form's order."""
    return {
        "register_key": tr("BpmnWords", "register key"), "description": tr("BpmnWords", "description"),
        "product_area": tr("BpmnWords", "product area"), "leika_key": tr("BpmnWords", "LeiKa key"),
        "owner_organisation_id": tr("BpmnWords", "owner"),
        "lead_organisation_id": tr("BpmnWords", "lead organisation"), "status": tr("BpmnWords", "status"),
        "case_volume": tr("BpmnWords", "case volume per year"), "legal_basis": tr("BpmnWords", "legal basis"),
        "tags": tr("BpmnWords", "tags"),
    }


def marker_sentences(node: Element, default_flow: Element | None) -> list[str]:
    """What a node's attributes say that a step has no place for: the default flow, a boundary or start event that
    does not interrupt, a compensation marker, an event sub-process (each one sentence for the report)."""
    name = element_name(node)
    found = []
    if default_flow is not None:
        found.append(tr("BpmnWords", "the marking of the flow {flow} as the default flow of {node}",
                        flow=element_name(default_flow), node=name))
    if node.get("cancelActivity", "").strip() == "false" or node.get("isInterrupting", "").strip() == "false":
        found.append(tr("BpmnWords", "that the event {node} does not interrupt", node=name))
    if node.get("isForCompensation", "").strip() == "true":
        found.append(tr("BpmnWords", "the compensation marker of {node}", node=name))
    if node.get("triggeredByEvent", "").strip() == "true":
        found.append(tr("BpmnWords", "the start by an event of the event sub-process {node}; it is a sub-process "
                        "step like any other", node=name))
    return found
