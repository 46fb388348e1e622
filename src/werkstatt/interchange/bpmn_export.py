"""A process model as a BPMN 2.0 file with complete diagram interchange, for bpmn.io, Camunda, Signavio.

One pool (a collaboration with one participant, which is how bpmn.io and Camunda Modeler show a
pool with lanes) holds one non-executable process: Werkstatt's lanes become its lane set, tasks
``bpmn:task``, decisions ``bpmn:exclusiveGateway`` whose outgoing flows carry the branch names, the
other gateway kinds their own gateway (``bpmn_ns.GATEWAY_BY_KIND``), start and end steps none
events. A sub-process step becomes a collapsed ``bpmn:callActivity`` (drawn with the "+" marker):
Werkstatt's sub-process stands for another process whose steps are not in this model, which is
what a call activity says; an empty ``bpmn:subProcess`` would need a start and an end event inside,
and bpmnlint reports their absence as errors (start-event-required, end-event-required). What BPMN
has no place for (building block, times, probability, IT system, medium, pain points, measures, the
model's kind, the register process's fact sheet with its case volume, and Werkstatt ids) travels in
``bpmn:extensionElements`` in Werkstatt's namespace (``bpmn_ns.WERKSTATT``), which other tools keep
or ignore. Ids are derived from the rows' UUIDs (``bpmn_ns.element_id``), so exporting twice gives
the same ids and an import can find its rows.

Decisions that loops come back to are written as they are (an exclusive gateway that both joins
and splits): valid BPMN, but bpmnlint's ``no-gateway-join-fork`` rule reports it.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element, SubElement, indent, register_namespace, tostring

from sqlalchemy import select
from sqlalchemy.orm import Session

import werkstatt
from werkstatt.errors import WerkstattError
from werkstatt.files import write_atomically
from werkstatt.i18n import tr
from werkstatt.interchange import bpmn_ns as ns
from werkstatt.interchange.bpmn_geometry import write_diagram
from werkstatt.layout import ProcessGraph, layout
from werkstatt.model import Measure, MeasurePainPoint, Organisation, Process, ProcessModel
from werkstatt.read import model as queries
from werkstatt.store.database import Store

TARGET_NAMESPACE = "https://werkstatt.example.org/bpmn/models"
ELEMENT_BY_KIND = {"start": "startEvent", "end": "endEvent", "subprocess": "callActivity", "task": "task",
                   **ns.GATEWAY_BY_KIND}

_B = f"{{{ns.BPMN}}}"
_W = f"{{{ns.WERKSTATT}}}"

for _prefix, _uri in ns.PREFIXES.items():
    register_namespace(_prefix, _uri)


def xml_text(value: Any) -> str:
    """Text XML 1.0 can hold: characters it forbids (control characters, lone surrogates, U+FFFE/F) dropped.

    Everything else is escaped by the writer, newlines in attributes included.
    """
    text = "" if value is None else str(value)
    return "".join(c for c in text if _allowed(ord(c)))


def _allowed(code: int) -> bool:
    return (code in (0x9, 0xA, 0xD) or 0x20 <= code <= 0xD7FF or 0xE000 <= code <= 0xFFFD
            or 0x10000 <= code <= 0x10FFFF)


def _decimal(value: float | int | None) -> str | None:
    if value is None:
        return None
    text = repr(float(value))
    return text[:-2] if text.endswith(".0") else text


def _attributes(**values: Any) -> dict[str, str]:
    """Only the values that are set; numbers as xsd:decimal text, strings cleaned for XML."""
    out: dict[str, str] = {}
    for key, value in values.items():
        if value is None or value == "":
            continue
        out[key] = _decimal(value) if isinstance(value, (int, float)) and not isinstance(value, bool) \
            else xml_text(value)
    return out


def _ext(parent: Element, local: str, text: str | None = None, **values: Any) -> Element:
    element = SubElement(parent, _W + local, _attributes(**values))
    if text:
        element.text = xml_text(text)
    return element


def _documentation(parent: Element, text: str | None) -> None:
    if text and xml_text(text).strip():
        SubElement(parent, _B + "documentation").text = xml_text(text)


def _measures(session: Session, model_id: str) -> list[dict[str, Any]]:
    rows = session.scalars(select(Measure).where(Measure.model_id == model_id, Measure.deleted.is_(False))
                           .order_by(Measure.created_at, Measure.id))
    answers: dict[str, list[str]] = defaultdict(list)
    for link in session.scalars(select(MeasurePainPoint).join(Measure, Measure.id == MeasurePainPoint.measure_id)
                                .where(Measure.model_id == model_id, MeasurePainPoint.deleted.is_(False))
                                .order_by(MeasurePainPoint.created_at, MeasurePainPoint.id)):
        answers[link.measure_id].append(link.pain_point_id)
    return [{"id": m.id, "text": m.text, "owner": m.owner, "due": m.due_date.isoformat() if m.due_date else None,
             "status": m.status, "effort": m.effort, "impact": m.impact, "pain_points": answers.get(m.id, [])}
            for m in rows]


def _write_measure(parent: Element, measure: dict[str, Any]) -> None:
    _ext(parent, ns.EXT_MEASURE, measure["text"], id=measure["id"], status=measure["status"],
         effort=measure["effort"], impact=measure["impact"], owner=measure["owner"], due=measure["due"],
         painPoints=" ".join(measure["pain_points"]))


def _write_pain_point(parent: Element, pain_point: queries.PainRow) -> None:
    _ext(parent, ns.EXT_PAIN_POINT, pain_point.text, id=pain_point.id, category=pain_point.category,
         severity=pain_point.severity)


def _process_header(session: Session, process: Element, view: queries.ModelView,
                    findings: tuple[list, list], organisations: dict[str, str]) -> None:
    model = view.model
    row = session.get(ProcessModel, model.id)
    _documentation(process, row.description if row is not None else "")
    register = session.get(Process, model.process_id) if model.process_id else None
    extensions = SubElement(process, _B + "extensionElements")
    _ext(extensions, ns.EXT_MODEL, id=model.id, name=model.name, kind=model.kind,
         process=model.process_id, processName=register.name if register is not None else None,
         organisation=model.organisation_id, organisationName=organisations.get(model.organisation_id or ""))
    if register is not None:  # the fact sheet: what the register knows of the process (case volume, status, …)
        _ext(extensions, ns.EXT_PROCESS, register.description, registerKey=register.register_key,
             productArea=register.product_area, leikaKey=register.leika_key, status=register.status,
             caseVolume=register.case_volume, legalBasis=register.legal_basis, tags=register.tags,
             owner=register.owner_organisation_id,
             ownerName=organisations.get(register.owner_organisation_id or ""),
             lead=register.lead_organisation_id, leadName=organisations.get(register.lead_organisation_id or ""))
    pain_points, measures = findings
    for pain_point in pain_points:
        _write_pain_point(extensions, pain_point)
    for measure in measures:
        _write_measure(extensions, measure)


def bpmn_document(session: Session, model_id: str) -> bytes:
    """The model ``model_id`` (an id or a unique prefix of one) as a BPMN 2.0 file, UTF-8."""
    view = queries.model_view(session, model_id)
    model_uuid = view.model.id
    organisations = {o.id: o.name for o in session.scalars(select(Organisation))}
    step_ids = {step.id: ns.element_id("step", step.id) for step in view.steps}
    lane_ids = {lane.id: ns.element_id("lane", lane.id) for lane in view.lanes}
    # The layout ignores flows whose ends are gone; so does the file, every flow written has an edge.
    flows = [flow for flow in view.flows if flow.source in step_ids and flow.target in step_ids]

    pain_points_by_step: dict[str | None, list[queries.PainRow]] = defaultdict(list)
    for pain_point in view.pain_points:
        pain_points_by_step[pain_point.step if pain_point.step in step_ids else None].append(pain_point)
    step_of_pain_point = {p.id: p.step for p in view.pain_points if p.step in step_ids}
    measures_by_step: dict[str | None, list[dict]] = defaultdict(list)
    for measure in _measures(session, model_uuid):
        steps = dict.fromkeys(step_of_pain_point[p] for p in measure["pain_points"] if p in step_of_pain_point)
        for step in steps or [None]:
            measures_by_step[step].append(measure)

    definitions = Element(_B + "definitions", {"targetNamespace": TARGET_NAMESPACE, "exporter": "Werkstatt",
                                               "exporterVersion": werkstatt.__version__})
    collaboration = SubElement(definitions, _B + "collaboration", id=ns.element_id("collaboration", model_uuid))
    SubElement(collaboration, _B + "participant", id=ns.element_id("participant", model_uuid),
               name=xml_text(view.model.name), processRef=ns.element_id("process", model_uuid))
    process = SubElement(definitions, _B + "process", id=ns.element_id("process", model_uuid),
                         name=xml_text(view.model.name), isExecutable="false")
    _process_header(session, process, view, (pain_points_by_step[None], measures_by_step[None]), organisations)

    lane_set = SubElement(process, _B + "laneSet", id=ns.element_id("laneset", model_uuid))
    for lane in view.lanes:
        element = SubElement(lane_set, _B + "lane", id=lane_ids[lane.id], name=xml_text(lane.name))
        if lane.organisation_id or lane.pay_grade:
            _ext(SubElement(element, _B + "extensionElements"), ns.EXT_LANE, organisation=lane.organisation_id,
                 organisationName=organisations.get(lane.organisation_id or ""), payGrade=lane.pay_grade)
        for step in view.steps:
            if step.lane_id == lane.id:
                SubElement(element, _B + "flowNodeRef").text = step_ids[step.id]

    incoming: dict[str, list[str]] = defaultdict(list)
    outgoing: dict[str, list[str]] = defaultdict(list)
    for flow in flows:
        outgoing[flow.source].append(ns.element_id("flow", flow.id))
        incoming[flow.target].append(ns.element_id("flow", flow.id))
    for step in view.steps:
        element = SubElement(process, _B + ELEMENT_BY_KIND.get(step.kind, "task"), id=step_ids[step.id],
                             name=xml_text(step.label))
        _documentation(element, step.notes)
        extensions = SubElement(element, _B + "extensionElements")
        _ext(extensions, ns.EXT_STEP, kind=step.kind, block=step.block,
             processingMinutes=step.processing_minutes, waitingMinutes=step.waiting_minutes,
             probability=step.probability, itSystem=step.it_system, medium=step.medium)
        for pain_point in pain_points_by_step[step.id]:
            _write_pain_point(extensions, pain_point)
        for measure in measures_by_step[step.id]:
            _write_measure(extensions, measure)
        for flow_id in incoming[step.id]:
            SubElement(element, _B + "incoming").text = flow_id
        for flow_id in outgoing[step.id]:
            SubElement(element, _B + "outgoing").text = flow_id
    for flow in flows:
        attributes = {"id": ns.element_id("flow", flow.id), "sourceRef": step_ids[flow.source],
                      "targetRef": step_ids[flow.target]}
        if xml_text(flow.label).strip():
            attributes["name"] = xml_text(flow.label)
        SubElement(process, _B + "sequenceFlow", attributes)

    diagram = layout(ProcessGraph.from_view(view), reuse=False)
    written = [(flow.id, flow.source, flow.target) for flow in flows]
    write_diagram(definitions, diagram, model_uuid, step_ids, written, lane_ids, xml_text(view.model.name))
    indent(definitions, space=" ")  # readable and diffable; no element here mixes text and children
    return tostring(definitions, encoding="UTF-8", xml_declaration=True)


def export_bpmn(store: Store, model_id: str, path: Path | str) -> Path:
    """Write the model's BPMN file all or nothing: a failed export leaves the old file as it was."""
    out = Path(path)
    if out.is_dir():
        raise WerkstattError(tr("BpmnExport", "{path} is a folder; give a file name.", path=out))
    with store.read_session() as session:
        data = bpmn_document(session, model_id)
    try:
        return write_atomically(out, lambda stream: stream.write(data))
    except OSError as error:
        raise WerkstattError(tr("BpmnExport", "{path} cannot be written: {reason}.", path=out,
                                reason=error.strerror or error)) from error
