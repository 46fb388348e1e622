"""What Werkstatt's BPMN export and import agree on: namespaces, the extension vocabulary, ids.

bpmn.io refuses ids with characters outside ASCII letters, digits, ``_ - .`` although XML allows
them, and an id must not start with a digit: every id written is derived from the row's UUID.
"""

from __future__ import annotations

BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL"
BPMNDI = "http://www.omg.org/spec/BPMN/20100524/DI"
DC = "http://www.omg.org/spec/DD/20100524/DC"
DI = "http://www.omg.org/spec/DD/20100524/DI"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
# Werkstatt's own extension elements (inside bpmn:extensionElements): building block, times,
# IT system, medium, probability, pain points and measures of a step.
WERKSTATT = "https://werkstatt.example.org/bpmn/extensions/1.0"

PREFIXES = {"bpmn": BPMN, "bpmndi": BPMNDI, "dc": DC, "di": DI, "xsi": XSI, "ws": WERKSTATT}

# Elements of the extension namespace (local names).
EXT_STEP = "step"  # attributes: block, processingMinutes, waitingMinutes, probability, itSystem, medium, kind
EXT_PAIN_POINT = "painPoint"  # attributes: category, severity; text content
EXT_MEASURE = "measure"  # attributes: status, effort, impact; text content
EXT_LANE = "lane"  # attributes: organisation, payGrade
EXT_MODEL = "model"  # attributes: kind (ist/soll), process, organisation; the Werkstatt ids (uuid)
# The register process's fact sheet, beside ws:model: registerKey, productArea, leikaKey, status, caseVolume,
# legalBasis, tags, owner and lead (organisation ids, with ownerName and leadName); the description as text.
EXT_PROCESS = "process"

# The BPMN gateway each gateway kind of step is written as, and read from (werkstatt.layout.stepkinds names the kinds).
GATEWAY_BY_KIND = {"decision": "exclusiveGateway", "parallel": "parallelGateway", "inclusive": "inclusiveGateway",
                   "event_based": "eventBasedGateway", "complex": "complexGateway"}
KIND_BY_GATEWAY = {element: kind for kind, element in GATEWAY_BY_KIND.items()}

PREFIX_BY_KIND = {
    "process": "Process", "collaboration": "Collaboration", "participant": "Participant", "laneset": "LaneSet",
    "lane": "Lane", "step": "Step", "flow": "Flow", "shape": "Shape", "edge": "Edge", "diagram": "Diagram",
    "plane": "Plane",
}


def element_id(kind: str, uuid: str) -> str:
    """An ASCII id for a row: ``Step_3f2a…`` (a UUID's hex, never a leading digit)."""
    return f"{PREFIX_BY_KIND[kind]}_{uuid.replace('-', '')}"


def uuid_from_id(element: str) -> str | None:
    """The UUID an id written by ``element_id`` carries, or None for an id from another tool."""
    _prefix, _, hex_part = element.partition("_")
    if len(hex_part) != 32 or any(c not in "0123456789abcdef" for c in hex_part):
        return None
    return f"{hex_part[:8]}-{hex_part[8:12]}-{hex_part[12:16]}-{hex_part[16:20]}-{hex_part[20:]}"
