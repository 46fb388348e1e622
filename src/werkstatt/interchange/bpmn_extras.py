"""Werkstatt's own extension elements (``bpmn_ns.WERKSTATT``) read back from a BPMN file.

What BPMN has no place for travels in ``bpmn:extensionElements`` in Werkstatt's namespace: a step's
building block, times, probability, IT system and medium, pain points and measures, a lane's
organisation and pay grade, the model's ids and kind, and the register process's fact sheet (case
volume, status, LeiKa key…). Every value is checked; one that is not valid is noted for the report and
left out, never raised: the rest of the file still imports.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from xml.etree.ElementTree import Element

from werkstatt.errors import EditError
from werkstatt.i18n import tr
from werkstatt.interchange import bpmn_ns
from werkstatt.interchange.bpmn_scan import bpmn_tag, clean
from werkstatt.library.fact_sheet import clean_fact_sheet
from werkstatt.library.product_areas import product_areas
from werkstatt.model import MEASURE_STATUSES, MEDIA, MODEL_KINDS, PAIN_POINT_CATEGORIES, STEP_KINDS

NAME_MAX = 300
# The fact sheet's fields and the attributes of ws:process that carry them (the description is its text).
FACT_ATTRIBUTES = {"register_key": "registerKey", "product_area": "productArea", "leika_key": "leikaKey",
                   "status": "status", "case_volume": "caseVolume", "legal_basis": "legalBasis", "tags": "tags"}
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


@dataclass(frozen=True)
class FactSheet:
    values: tuple[tuple[str, object], ...] = ()  # Process attributes: case_volume, status, leika_key, …
    owner_organisation_id: str | None = None
    lead_organisation_id: str | None = None


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
    fact_sheet: FactSheet | None = None


@dataclass(frozen=True)
class LaneExtras:
    organisation_id: str | None = None
    pay_grade: str = ""


def _w(element: Element, name: str) -> list[Element]:
    extensions = element.find(bpmn_tag("extensionElements"))
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

    def refused(self, attribute: str, value: str | None = None) -> None:
        self.note(tr("BpmnExtras", "the value „{value}“ of {attribute} in Werkstatt's extension, which is not valid",
                     value=clean(self.element.get(attribute) if value is None else value, 40), attribute=attribute))

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
    for process in root.findall(bpmn_tag("process")):
        for element in _w(process, bpmn_ns.EXT_MODEL)[:1]:
            check = _Values(element, note)
            return ModelExtras(True, as_uuid(element.get("id")), check.text("name", NAME_MAX),
                               check.choice("kind", MODEL_KINDS, "ist"), as_uuid(element.get("process")),
                               check.text("processName", NAME_MAX), as_uuid(element.get("organisation")),
                               StepExtras(pain_points=_pain_points(process, note), measures=_measures(process, note)),
                               read_fact_sheet(process, note))
    return ModelExtras()


def read_fact_sheet(process: Element, note: Note) -> FactSheet | None:
    """The register process's fact sheet (Steckbrief) as Werkstatt wrote it, each value checked by the rules of
    the fact sheet form (a refused one is noted and left out)."""
    for element in _w(process, bpmn_ns.EXT_PROCESS)[:1]:
        check = _Values(element, note)
        raw = {field: element.get(attribute) or "" for field, attribute in FACT_ATTRIBUTES.items()}
        raw["description"] = element.text or ""  # paragraphs kept: the form's checks refuse control characters
        values: dict[str, object] = {}
        for field_name, text in raw.items():
            if not text.strip():
                continue
            try:
                value = clean_fact_sheet({field_name: text})[field_name]
                if field_name == "product_area" and value not in product_areas():
                    raise EditError(field_name)
            except EditError:
                check.refused(FACT_ATTRIBUTES.get(field_name, "description"), text)
                continue
            values[field_name] = value
        return FactSheet(tuple(values.items()), as_uuid(element.get("owner")), as_uuid(element.get("lead")))
    return None
