"""The words for BPMN node types and triggers: labels of unnamed elements, steps' notes, the import report."""

from __future__ import annotations

from collections import Counter
from xml.etree.ElementTree import Element

from werkstatt.i18n import tr
from werkstatt.interchange.bpmn_scan import element_name, local


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


def kind_names() -> dict[str, str]:
    """What the steps an import made are called in its report, per Werkstatt step kind (and ``flow``)."""
    return {
        "task": tr("BpmnImport", "task steps"), "decision": tr("BpmnImport", "decisions"),
        "parallel": tr("BpmnImport", "parallel splits"), "inclusive": tr("BpmnImport", "inclusive splits"),
        "event_based": tr("BpmnImport", "event-based splits"), "complex": tr("BpmnImport", "complex splits"),
        "start": tr("BpmnImport", "start steps"), "end": tr("BpmnImport", "end steps"),
        "subprocess": tr("BpmnImport", "sub-process steps"), "flow": tr("BpmnImport", "flows"),
    }


def fact_sheet_names() -> dict[str, str]:
    """The fields of a register process's fact sheet, as the import report names them, in the form's order."""
    return {
        "register_key": tr("BpmnImport", "register key"), "description": tr("BpmnImport", "description"),
        "product_area": tr("BpmnImport", "product area"), "leika_key": tr("BpmnImport", "LeiKa key"),
        "owner_organisation_id": tr("BpmnImport", "owner"),
        "lead_organisation_id": tr("BpmnImport", "lead organisation"), "status": tr("BpmnImport", "status"),
        "case_volume": tr("BpmnImport", "case volume per year"), "legal_basis": tr("BpmnImport", "legal basis"),
        "tags": tr("BpmnImport", "tags"),
    }


def marker_sentences(node: Element, default_flow: Element | None) -> list[str]:
    """What a node's attributes say that a step has no place for: the default flow, a boundary or start event that
    does not interrupt, a compensation marker, an event sub-process (each one sentence for the report)."""
    name = element_name(node)
    found = []
    if default_flow is not None:
        found.append(tr("BpmnImport", "the marking of the flow {flow} as the default flow of {node}",
                        flow=element_name(default_flow), node=name))
    if node.get("cancelActivity", "").strip() == "false" or node.get("isInterrupting", "").strip() == "false":
        found.append(tr("BpmnImport", "that the event {node} does not interrupt", node=name))
    if node.get("isForCompensation", "").strip() == "true":
        found.append(tr("BpmnImport", "the compensation marker of {node}", node=name))
    if node.get("triggeredByEvent", "").strip() == "true":
        found.append(tr("BpmnImport", "the start by an event of the event sub-process {node}; it is a sub-process "
                        "step like any other", node=name))
    return found
