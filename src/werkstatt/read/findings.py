"""What a workshop found and decided, as plain rows: pain points, measures, and the links between them.

The tables, the diagram badges and the dialogs read through here, so they agree on what is live
(tombstoned steps, pain points, measures and links are left out) and on the order the room saw.
No Qt: the rows are frozen dataclasses and are tested without a display.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from werkstatt import i18n
from werkstatt.capture import syntax as quickentry
from werkstatt.i18n import tr
from werkstatt.model import MEASURE_STATUSES, PAIN_POINT_CATEGORIES, Lane, Measure, MeasurePainPoint, PainPoint, Step
from werkstatt.read.model import ModelView

SEVERITIES = (1, 2, 3)
RATINGS = (1, 2, 3, 4, 5)


@dataclass(frozen=True)
class PainPointRow:
    id: str
    step_id: str | None  # None: the pain point is about the whole process
    step_label: str  # "" for the whole process
    lane: str
    text: str
    category: str  # a code of werkstatt.model.PAIN_POINT_CATEGORIES
    severity: int  # 1..3
    measure_count: int  # live measures that answer it


@dataclass(frozen=True)
class MeasureRow:
    id: str
    text: str
    owner: str
    due_date: dt.date | None
    status: str  # a code of werkstatt.model.MEASURE_STATUSES
    effort: int | None  # 1..5, None until rated
    impact: int | None
    pain_point_ids: tuple[str, ...]  # live pain points it answers, in the order of pain_points()
    pain_point_texts: tuple[str, ...]
    step_ids: frozenset[str] = frozenset()  # the steps those pain points sit on: moving one reorders the texts


# --- names for the codes --------------------------------------------------------------------------


def category_name(code: str) -> str:
    """The category as the room says it; German names are the quick-entry ones, so typing and showing agree."""
    if i18n.language() == "de" and code in quickentry.PAIN_POINT_CATEGORIES:
        return quickentry.PAIN_POINT_CATEGORIES[code]
    names = {
        "media_break": tr("Findings", "Media break"),
        "double_entry": tr("Findings", "Double entry/duplicate work"),
        "handover": tr("Findings", "Interface/handover"),
        "waiting": tr("Findings", "Idle/waiting time"),
        "query": tr("Findings", "Query/missing documents"),
        "responsibility": tr("Findings", "Unclear responsibility"),
        "missing_it": tr("Findings", "Missing IT support"),
        "loop": tr("Findings", "Loop/rework"),
        "legal": tr("Findings", "Legal or formal hurdle"),
        "other": tr("Findings", "Other"),
    }
    return names.get(code, code)


def status_name(code: str) -> str:
    names = {
        "open": tr("Findings", "open"),
        "in_progress": tr("Findings", "in progress"),
        "done": tr("Findings", "done"),
        "dropped": tr("Findings", "dropped"),
    }
    return names.get(code, code)


def categories() -> list[tuple[str, str]]:
    """(code, name) of every category in the order of REFERENCE §5 ("other" last)."""
    return [(code, category_name(code)) for code in PAIN_POINT_CATEGORIES]


def statuses() -> list[tuple[str, str]]:
    return [(code, status_name(code)) for code in MEASURE_STATUSES]


def _live_links(session: Session) -> list[tuple[str, str]]:
    """(measure id, pain point id) of links whose both ends are live."""
    query = (
        select(MeasurePainPoint.measure_id, MeasurePainPoint.pain_point_id)
        .join(Measure, Measure.id == MeasurePainPoint.measure_id)
        .join(PainPoint, PainPoint.id == MeasurePainPoint.pain_point_id)
        .where(MeasurePainPoint.deleted.is_(False), Measure.deleted.is_(False), PainPoint.deleted.is_(False))
    )
    return [(measure_id, pain_point_id) for measure_id, pain_point_id in session.execute(query)]


def pain_points(session: Session, model_id: str) -> list[PainPointRow]:
    """The live pain points of a model in the capture order of their steps; the whole process's come last."""
    steps = {
        step.id: (step.position, step.label, lane_name)
        for step, lane_name in session.execute(
            select(Step, Lane.name).join(Lane, Lane.id == Step.lane_id)
            .where(Step.model_id == model_id, Step.deleted.is_(False)))
    }
    rows = session.scalars(select(PainPoint).where(PainPoint.model_id == model_id, PainPoint.deleted.is_(False))
                           .order_by(PainPoint.created_at, PainPoint.id))
    counts = Counter(pain_point_id for _, pain_point_id in _live_links(session))
    result: list[tuple[tuple[int, float, int], PainPointRow]] = []
    for index, row in enumerate(rows):
        step = steps.get(row.step_id) if row.step_id else None
        # A pain point on a step that is gone belongs to the process (DeleteStep moves them there, too).
        key = (0, step[0], index) if step else (1, 0.0, index)
        result.append((key, PainPointRow(
            id=row.id, step_id=row.step_id if step else None, step_label=step[1] if step else "",
            lane=step[2] if step else "", text=row.text, category=row.category, severity=row.severity,
            measure_count=counts[row.id])))
    result.sort(key=lambda pair: pair[0])
    return [row for _, row in result]


def measures(session: Session, workshop_id: str | None, model_id: str | None) -> list[MeasureRow]:
    """The live measures of the workshop and of the model (either may be None), in the order they were added."""
    conditions = []
    if workshop_id:
        conditions.append(Measure.workshop_id == workshop_id)
    if model_id:
        conditions.append(Measure.model_id == model_id)
    if not conditions:
        return []
    found = list(session.scalars(select(Measure).where(Measure.deleted.is_(False), or_(*conditions))
                                 .order_by(Measure.created_at, Measure.id)))
    wanted = {measure.id for measure in found}
    linked: dict[str, list[str]] = defaultdict(list)
    for measure_id, pain_point_id in _live_links(session):
        if measure_id in wanted:
            linked[measure_id].append(pain_point_id)
    texts, steps = _pain_point_texts(session, {p for ids in linked.values() for p in ids}, model_id)
    order = {pain_point_id: i for i, pain_point_id in enumerate(texts)}
    rows = []
    for measure in found:
        ids = tuple(sorted(linked[measure.id], key=lambda p: order.get(p, len(order))))
        rows.append(MeasureRow(
            id=measure.id, text=measure.text, owner=measure.owner or "", due_date=measure.due_date,
            status=measure.status, effort=measure.effort, impact=measure.impact,
            pain_point_ids=ids, pain_point_texts=tuple(texts[p] for p in ids),
            step_ids=frozenset(steps[p] for p in ids if p in steps)))
    return rows


def _pain_point_texts(session: Session, ids: set[str], model_id: str | None) -> tuple[dict[str, str], dict[str, str]]:
    """Texts of the given pain points, ordered as pain_points() orders those of the model, others after;
    and the steps of the model's ones that sit on a step."""
    texts: dict[str, str] = {}
    steps: dict[str, str] = {}
    if model_id:
        for row in pain_points(session, model_id):
            if row.id in ids:
                texts[row.id] = row.text
                if row.step_id:
                    steps[row.id] = row.step_id
    rest = ids - texts.keys()
    if rest:
        for pain_point in session.scalars(select(PainPoint).where(PainPoint.id.in_(rest))
                                          .order_by(PainPoint.created_at, PainPoint.id)):
            texts[pain_point.id] = pain_point.text
    return texts, steps


def marker_counts(view: ModelView) -> dict[str, int]:
    """Live pain points per live step of a model snapshot, for the badges on the diagram.

    Steps without any are left out. It reads the snapshot the console already holds, so the
    badges cost no query of their own at each keystroke.
    """
    steps = {step.id for step in view.steps}
    return dict(Counter(p.step for p in view.pain_points if p.step in steps))
