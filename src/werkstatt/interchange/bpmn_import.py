"""A BPMN 2.0 file as a new process model: one register process, its as-is model, lanes, steps and flows.

``read_bpmn`` (bpmn_read) turns the untrusted bytes into a plain description; ``ImportBpmn`` is the
one undoable edit that writes it (the GUI applies it through the workspace, the CLI through
``import_bpmn``), all rows in one transaction, after every check. The ``ImportReport`` says what was
read, what became what, and everything that was not taken over.

Ids: Werkstatt's own files carry the rows' UUIDs in their element ids, and they are re-used, so
that export → import → export gives the same file. Importing the same model a second time is
refused with a sentence ("already here") unless the caller asks for a copy (``as_copy=True``), which
gives every row a new id. Rows whose ids happen to exist already (a deleted earlier import, ids
shared with another model) make the whole import a copy, and the report says so.

The register process's fact sheet (case volume, status, LeiKa key…) travels in Werkstatt's extension:
a process new here is created with it; a process that is here already keeps its own, and the report
names the file's values that differ.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from werkstatt.edits.base import Create, Edit, Planned
from werkstatt.edits.editor import InTransaction
from werkstatt.i18n import tr
from werkstatt.interchange.bpmn_extras import NAME_MAX, BpmnMeasure, BpmnPainPoint
from werkstatt.interchange.bpmn_read import BpmnDocument, read_bpmn
from werkstatt.interchange.bpmn_scan import clean
from werkstatt.interchange.bpmn_words import fact_sheet_names, kind_names, node_type_names
from werkstatt.interchange.errors import InterchangeError
from werkstatt.model import (
    Base,
    Flow,
    Lane,
    Measure,
    MeasurePainPoint,
    Organisation,
    PainPoint,
    Process,
    ProcessModel,
    Step,
    new_id,
)
from werkstatt.store.database import Store


@dataclass
class ImportReport:
    """What an import read, what became of it, and what it did not take over (sentences, never silence)."""

    source_name: str
    read: dict[str, int] = field(default_factory=dict)  # tasks, gateways, events, … of the whole file
    became: list[str] = field(default_factory=list)
    not_taken: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what the import did beyond the file (a copy, a kept process)

    def lines(self) -> list[str]:
        names = category_names()
        counted = ", ".join(f"{n} {names.get(key, key)}" for key, n in self.read.items() if n)
        lines = [tr("BpmnImport", "Read from {name}: {counts}.", name=self.source_name, counts=counted or "—")]
        lines += [tr("BpmnImport", "Became: {what}.", what=line) for line in self.became]
        lines += self.notes
        lines += [tr("BpmnImport", "Not taken over: {what}.", what=line) for line in self.not_taken]
        return lines


@dataclass(frozen=True)
class ImportResult:
    model_id: str
    report: ImportReport


def category_names() -> dict[str, str]:
    return {"processes": tr("BpmnImport", "processes"), "pools": tr("BpmnImport", "pools"),
            "lanes": tr("BpmnImport", "lanes"), "tasks": tr("BpmnImport", "tasks"),
            "subprocesses": tr("BpmnImport", "sub-processes"), "gateways": tr("BpmnImport", "gateways"),
            "events": tr("BpmnImport", "events"), "sequence_flows": tr("BpmnImport", "sequence flows"),
            "message_flows": tr("BpmnImport", "message flows")}


def unrepresentable_names() -> dict[str, str]:
    """What other tools write and Werkstatt has no place for, in words; unknown ones keep their BPMN name."""
    return {
        "dataObject": tr("BpmnImport", "data object"), "dataObjectReference": tr("BpmnImport", "data object reference"),
        "dataStore": tr("BpmnImport", "data store"), "dataStoreReference": tr("BpmnImport", "data store reference"),
        "dataInputAssociation": tr("BpmnImport", "data association (input)"),
        "dataOutputAssociation": tr("BpmnImport", "data association (output)"),
        "ioSpecification": tr("BpmnImport", "input/output specification"), "dataState": tr("BpmnImport", "data state"),
        "textAnnotation": tr("BpmnImport", "text annotation"), "association": tr("BpmnImport", "association"),
        "group": tr("BpmnImport", "group"), "category": tr("BpmnImport", "category (of groups)"),
        "message": tr("BpmnImport", "message definition"), "signal": tr("BpmnImport", "signal definition"),
        "error": tr("BpmnImport", "error definition"), "escalation": tr("BpmnImport", "escalation definition"),
        "itemDefinition": tr("BpmnImport", "item definition"), "resource": tr("BpmnImport", "resource"),
        "potentialOwner": tr("BpmnImport", "responsible person (potential owner)"),
        "performer": tr("BpmnImport", "performer"), "humanPerformer": tr("BpmnImport", "performer"),
        "multiInstanceLoopCharacteristics": tr("BpmnImport", "multi-instance marker"),
        "standardLoopCharacteristics": tr("BpmnImport", "loop marker"),
        "timeDate": tr("BpmnImport", "time of a timer event"), "timeCycle": tr("BpmnImport", "cycle of a timer event"),
        "timeDuration": tr("BpmnImport", "duration of a timer event"),
        "condition": tr("BpmnImport", "condition of an event"), "globalTask": tr("BpmnImport", "global task"),
        "globalUserTask": tr("BpmnImport", "global task"), "property": tr("BpmnImport", "property"),
        "relationship": tr("BpmnImport", "relationship"), "interface": tr("BpmnImport", "interface"),
        "dataInput": tr("BpmnImport", "data input"), "dataOutput": tr("BpmnImport", "data output"),
        "inputSet": tr("BpmnImport", "input set"), "outputSet": tr("BpmnImport", "output set"),
    }


def report_for(document: BpmnDocument) -> ImportReport:
    findings = document.findings
    report = ImportReport(document.source_name, dict(sorted(findings.read.items())))
    types, kinds = node_type_names(), kind_names()
    flows = {"sequenceFlow": tr("BpmnImport", "sequence flow"), "messageFlow": tr("BpmnImport", "message flow")}
    for (bpmn_type, kind), n in findings.became.items():
        report.became.append(tr("BpmnImport", "{n} × {type} → {kind}", n=n, type=types.get(bpmn_type) or
                                flows.get(bpmn_type, bpmn_type), kind=kinds.get(kind, kind)))
    report.became.append(tr("BpmnImport", "pools and lanes → {n} lanes", n=len(document.lanes)))
    words = unrepresentable_names()
    for name, found in findings.unrepresentable.items():
        named = [f"„{n}“" for n in found if n]
        listed = f" ({', '.join(named[:5])}{' …' if len(named) > 5 else ''})" if named else ""
        report.not_taken.append(f"{len(found)} × {words.get(name, name)}{listed}")
    for space, n in findings.foreign_extensions.items():
        report.not_taken.append(tr("BpmnImport", "{n} extension elements of another tool ({namespace})", n=n,
                                   namespace=space))
    for space, n in findings.foreign_attributes.items():
        report.not_taken.append(tr("BpmnImport", "{n} extension attributes of another tool ({namespace})", n=n,
                                   namespace=space))
    if findings.diagrams:
        report.not_taken.append(tr(
            "BpmnImport", "the drawing ({diagrams} diagrams, {shapes} shapes: positions, sizes, colours, fonts); "
            "Werkstatt lays the model out itself", diagrams=findings.diagrams, shapes=findings.shapes))
    report.not_taken.extend(findings.not_taken)
    return report


class ImportBpmn(Planned):
    """Create a register process, its model and everything in ``document``, as one undoable edit."""

    def __init__(self, document: BpmnDocument, process_name: str | None = None, *, as_copy: bool = False) -> None:
        super().__init__(tr("BpmnImport", "Import {name}", name=document.source_name))
        self.document = document
        self.process_name = clean(process_name, NAME_MAX) if process_name else ""
        self.as_copy = as_copy
        self.report = report_for(document)
        self.model_id: str | None = None

    def plan(self, session: Session) -> list[Edit]:
        document, model = self.document, self.document.model
        fresh = self.as_copy or self._collides(session)
        used: set[str] = set()

        def row_id(candidate: str | None) -> str:
            chosen = candidate if candidate and not fresh and candidate not in used else new_id()
            used.add(chosen)
            return chosen

        self.model_id = row_id(model.model_uuid)
        organisation = self._organisation(session, model.organisation_id)
        parts: list[Edit] = []
        process = session.get(Process, model.process_uuid) if model.process_uuid and not self.process_name else None
        facts = model.fact_sheet
        if process is not None and not process.deleted:
            process_id = process.id
            self.report.notes.append(tr("BpmnImport", "The model belongs to the register process „{name}“ that is "
                                        "already here.", name=process.name))
            self._kept_fact_sheet(process)
        else:
            process_id = row_id(None if process is not None else model.process_uuid)
            values = dict(facts.values) if facts is not None else {}
            owner = self._organisation(session, facts.owner_organisation_id) if facts is not None else None
            lead = self._organisation(session, facts.lead_organisation_id) if facts is not None else None
            parts.append(Create(Process, id=process_id, name=self.process_name or document.name,
                                owner_organisation_id=owner or organisation, lead_organisation_id=lead, **values))
            if values or lead or owner:
                names = fact_sheet_names()
                listed = [names[key] for key in names if key in values or (key == "owner_organisation_id" and owner)
                          or (key == "lead_organisation_id" and lead)]
                self.report.became.append(tr("BpmnImport", "the fact sheet ({fields}) → the register process „{name}“",
                                             fields=", ".join(listed), name=self.process_name or document.name))
        parts.append(Create(ProcessModel, id=self.model_id, process_id=process_id, kind=model.kind,
                            name=self.process_name or document.model_name, organisation_id=organisation,
                            description=document.description))
        lanes: dict[str, str] = {}
        for position, lane in enumerate(document.lanes):
            lanes[lane.key] = row_id(lane.uuid)
            parts.append(Create(Lane, id=lanes[lane.key], model_id=self.model_id, name=lane.name, position=position,
                                organisation_id=self._organisation(session, lane.organisation_id),
                                pay_grade=lane.pay_grade))
        steps: dict[str, str] = {}
        findings: list[tuple[str | None, Any]] = []
        for position, node in enumerate(document.nodes):
            steps[node.key] = row_id(node.uuid)
            parts.append(Create(Step, id=steps[node.key], model_id=self.model_id, lane_id=lanes[node.lane_key],
                                kind=node.kind, label=node.label, notes=node.notes, position=float(position),
                                **dict(node.extras.values)))
            findings += [(steps[node.key], item) for item in (*node.extras.pain_points, *node.extras.measures)]
        findings += [(None, item) for item in (*model.extras.pain_points, *model.extras.measures)]
        for flow in document.flows:
            parts.append(Create(Flow, id=row_id(flow.uuid), model_id=self.model_id, source_id=steps[flow.source_key],
                                target_id=steps[flow.target_key], label=flow.label))
        parts += self._findings(findings, row_id)
        return parts

    def _collides(self, session: Session) -> bool:
        """Whether the file's Werkstatt ids are taken here: refused if its model is here, else imported as a copy."""
        document = self.document
        model_uuid = document.model.model_uuid
        existing = session.get(ProcessModel, model_uuid) if model_uuid else None
        if existing is not None and not existing.deleted:
            raise InterchangeError(tr(
                "BpmnImport", "Already here — the model „{name}“ from {file} is in this database already (imported "
                "or created here before), so nothing was imported; import it as a copy to have it twice.",
                name=existing.name, file=document.source_name))
        wanted: dict[type[Base], set[str]] = {
            ProcessModel: {model_uuid} if model_uuid else set(),
            Lane: {lane.uuid for lane in document.lanes if lane.uuid},
            Step: {node.uuid for node in document.nodes if node.uuid},
            Flow: {flow.uuid for flow in document.flows if flow.uuid},
            PainPoint: {p.uuid for p in _all(document, BpmnPainPoint) if p.uuid},
            Measure: {m.uuid for m in _all(document, BpmnMeasure) if m.uuid},
        }
        for cls, ids in wanted.items():
            id_list = sorted(ids)
            for start in range(0, len(id_list), 500):
                if session.scalar(select(cls.id).where(cls.id.in_(id_list[start:start + 500])).limit(1)):
                    self.report.notes.append(tr("BpmnImport", "Some of the file's ids exist here already (an earlier, "
                                                "deleted import?); the model was imported as a copy with new ids."))
                    return True
        return False

    def _kept_fact_sheet(self, process: Process) -> None:
        """A model whose register process is here already: the process keeps its own fact sheet; the report
        names the fields where the file says something else."""
        facts = self.document.model.fact_sheet
        if facts is None:
            return
        names = fact_sheet_names()
        wanted = {**dict(facts.values), "owner_organisation_id": facts.owner_organisation_id,
                  "lead_organisation_id": facts.lead_organisation_id}
        differing = [names[key] for key in names if key in wanted and wanted[key] is not None
                     and wanted[key] != getattr(process, key)]
        if differing:
            self.report.not_taken.append(tr(
                "BpmnImport", "the file's values of {fields} for the register process „{name}“, which is here already "
                "and keeps its own fact sheet", fields=", ".join(differing), name=process.name))

    def _organisation(self, session: Session, organisation_id: str | None) -> str | None:
        if organisation_id is None:
            return None
        row = session.get(Organisation, organisation_id)
        if row is not None and not row.deleted:
            return organisation_id
        sentence = tr("BpmnImport", "the organisation {id}, which is not known here", id=organisation_id)
        if sentence not in self.report.not_taken:
            self.report.not_taken.append(sentence)
        return None

    def _findings(self, findings: list[tuple[str | None, Any]], row_id: Any) -> list[Edit]:
        """Pain points and measures (a measure the file lists under several steps is created once)."""
        parts: list[Edit] = []
        pain_points: dict[str, str] = {}
        measures: list[tuple[str, BpmnMeasure]] = []
        seen: set[str] = set()
        for step_id, item in findings:
            if isinstance(item, BpmnPainPoint):
                pain_point_id = row_id(item.uuid)
                if item.uuid:
                    pain_points[item.uuid] = pain_point_id
                parts.append(Create(PainPoint, id=pain_point_id, model_id=self.model_id, step_id=step_id,
                                    text=item.text, category=item.category, severity=item.severity))
            elif not item.uuid or item.uuid not in seen:
                seen.add(item.uuid or "")
                measure_id = row_id(item.uuid)
                measures.append((measure_id, item))
                parts.append(Create(Measure, id=measure_id, model_id=self.model_id, text=item.text,
                                    status=item.status, effort=item.effort, impact=item.impact, owner=item.owner,
                                    due_date=item.due))
        for measure_id, measure in measures:
            for pain_point in dict.fromkeys(measure.pain_points):
                if pain_point in pain_points:
                    parts.append(Create(MeasurePainPoint, measure_id=measure_id,
                                        pain_point_id=pain_points[pain_point]))
        return parts


def _all(document: BpmnDocument, cls: type) -> list[Any]:
    items = [*document.model.extras.pain_points, *document.model.extras.measures]
    for node in document.nodes:
        items += [*node.extras.pain_points, *node.extras.measures]
    return [item for item in items if isinstance(item, cls)]


def import_bpmn(store: Store, data: bytes, *, source_name: str, process_name: str | None = None,
                as_copy: bool = False) -> ImportResult:
    """Import a BPMN file as a new process with its as-is model, in one transaction; refusals are one sentence."""
    edit = ImportBpmn(read_bpmn(data, source_name=source_name), process_name, as_copy=as_copy)
    with store.session() as session:
        InTransaction(session).apply(edit)
    assert edit.model_id is not None
    return ImportResult(edit.model_id, edit.report)

