"""Read-only questions to the store, answered with plain data (for the CLI, tests and snapshots)."""

from __future__ import annotations

import operator
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from werkstatt.errors import NotFoundError
from werkstatt.i18n import tr
from werkstatt.model import Base, Flow, Lane, Organisation, PainPoint, Process, ProcessModel, Step, Workshop
from werkstatt.store.changes import Changes

MIN_PREFIX = 4


def find(session: Session, cls: type[Base], given: str, missing: str) -> Any:
    """The live row whose id is ``given`` or starts with it (at least four characters, unambiguous).

    ``missing`` is the whole translated sentence for an id that names nothing, with ``{id}`` in it:
    a noun put into one shared sentence cannot agree with its article in German ("keine Werkstatt").
    """""
    key = given.strip().lower()
    row = session.get(cls, key) if len(key) == 36 else None
    if row is not None and not row.deleted:
        return row
    if len(key) >= MIN_PREFIX and all(c in "0123456789abcdef-" for c in key):
        # LIKE wildcards cannot sneak in: only hex digits and hyphens pass the check above.
        matches = list(session.scalars(
            select(cls).where(cls.id.like(f"{key}%"), cls.deleted.is_(False)).limit(2)))
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            raise NotFoundError(tr("Queries", "The id {id} is ambiguous: give more characters.", id=given))
    raise NotFoundError(missing.format(id=given))


def find_model(session: Session, given: str) -> ProcessModel:
    return find(session, ProcessModel, given, tr("Queries", "There is no process model with the id {id}."))


def workshops(session: Session) -> list[dict[str, Any]]:
    rows = session.scalars(select(Workshop).where(Workshop.deleted.is_(False)).order_by(Workshop.date, Workshop.title))
    return [
        {"id": w.id, "title": w.title, "date": w.date.isoformat() if w.date else None, "place": w.place,
         "facilitator": w.facilitator, "status": w.status}
        for w in rows
    ]


def processes(session: Session) -> list[dict[str, Any]]:
    rows = session.scalars(select(Process).where(Process.deleted.is_(False)).order_by(Process.name))
    return [
        {"id": p.id, "name": p.name, "register_key": p.register_key, "status": p.status,
         "case_volume": p.case_volume}
        for p in rows
    ]


def models(session: Session) -> list[dict[str, Any]]:
    orgs = {o.id: o.name for o in session.scalars(select(Organisation))}
    rows = session.scalars(
        select(ProcessModel).where(ProcessModel.deleted.is_(False)).order_by(ProcessModel.name, ProcessModel.kind))
    return [
        {"id": m.id, "name": m.name, "kind": m.kind, "process_id": m.process_id,
         "organisation": orgs.get(m.organisation_id) if m.organisation_id else None}
        for m in rows
    ]


class _Row:
    """What the snapshot's rows share: their JSON-shaped form, keyed by field name in field order."""

    __slots__ = ()

    def as_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.__slots__}  # a slotted dataclass's are its fields


@dataclass(frozen=True, slots=True)
class ModelRow(_Row):
    id: str
    name: str
    kind: str  # "ist" or "soll"
    process_id: str | None
    organisation_id: str | None
    case_volume: int | None  # the process's cases a year, None without a live process


@dataclass(frozen=True, slots=True)
class LaneRow(_Row):
    id: str
    name: str
    position: int
    organisation_id: str | None
    pay_grade: str


@dataclass(frozen=True, slots=True)
class StepRow(_Row):
    id: str
    lane: str | None  # the lane's name
    lane_id: str
    kind: str
    label: str
    block: str
    processing_minutes: float | None
    waiting_minutes: float | None
    probability: float | None
    it_system: str
    medium: str
    notes: str


@dataclass(frozen=True, slots=True)
class FlowRow(_Row):
    id: str
    source: str  # a step id
    target: str
    label: str


@dataclass(frozen=True, slots=True)
class PainRow(_Row):
    """A pain point as the snapshot holds it (``read.findings.PainPointRow`` is the findings table's fuller row)."""

    id: str
    step: str | None  # the step's id; None: about the whole process
    text: str
    category: str
    severity: int


@dataclass(frozen=True)
class ModelView:
    """A process model with its live lanes, steps, flows and pain points, as frozen rows.

    ``order`` holds, beside the rows of steps, flows and pain points, each row's sort key (a step's
    capture position; a flow's or pain point's creation time and id), so that ``patched`` can tell
    where a changed row goes without reading the whole order again.
    """

    model: ModelRow
    lanes: list[LaneRow]
    steps: list[StepRow]
    flows: list[FlowRow]
    pain_points: list[PainRow]
    order: dict[str, list[Any]] = field(default_factory=dict, repr=False)

    def as_dict(self) -> dict[str, Any]:
        """The JSON-shaped form (``werkstatt show --json``, and what functions fed from files take)."""
        return {**self.model.as_dict(), "lanes": [lane.as_dict() for lane in self.lanes],
                "steps": [step.as_dict() for step in self.steps], "flows": [flow.as_dict() for flow in self.flows],
                "pain_points": [pain.as_dict() for pain in self.pain_points]}


class _Rows(NamedTuple):
    """How one table of the snapshot is read: columns, sort key and the frozen row made of each."""

    cls: type[Base]
    columns: tuple[str, ...]
    ordering: tuple[Any, ...]
    key: Callable[[Any], Any]
    shape: Callable[[Any, dict[str, str]], Any]


# Each table is read as its row's fields in field order, then the columns of its sort key, so that a
# row is made by position: a SQLAlchemy Row read by name costs some thirty times more than by index
# (a full read of 1,000 steps took 59 ms by name, 30 ms by position).
STEP_FIELDS = ("id", *StepRow.__slots__[2:])  # the step's own columns: "lane" is its lane's name
TABLES = {
    "steps": _Rows(Step, (*STEP_FIELDS, "position"), (Step.position,), lambda r: r[-1],
                   lambda r, lanes: StepRow(r[0], lanes.get(r[1]), *r[1:-1])),
    "flows": _Rows(Flow, ("id", "source_id", "target_id", "label", "created_at"), (Flow.created_at, Flow.id),
                   lambda r: (r[-1], r[0]), lambda r, _lanes: FlowRow(*r[:-1])),
    "pain_points": _Rows(PainPoint, ("id", "step_id", "text", "category", "severity", "created_at"),
                         (PainPoint.created_at, PainPoint.id), lambda r: (r[-1], r[0]),
                         lambda r, _lanes: PainRow(*r[:-1])),
}


def model_view(session: Session, given: str) -> ModelView:
    """The model as frozen rows. Read with Core as plain rows, not ORM objects: this runs after every
    change of the open model, and building a thousand tracked objects cost more than the layout."""
    model = find_model(session, given)
    lanes = list(session.execute(
        select(Lane.id, Lane.name, Lane.position, Lane.organisation_id, Lane.pay_grade)
        .where(Lane.model_id == model.id, Lane.deleted.is_(False)).order_by(Lane.position)))
    lane_names = {lane.id: lane.name for lane in lanes}
    parts: dict[str, list[Any]] = {}
    order: dict[str, list[Any]] = {}
    for table, how in TABLES.items():
        rows = list(session.execute(_PATCHES[table][1], {"model": model.id}))  # the same statement as a patch's
        parts[table] = [how.shape(row, lane_names) for row in rows]
        order[table] = [how.key(row) for row in rows]
    return ModelView(
        model=ModelRow(model.id, model.name, model.kind, model.process_id, model.organisation_id,
                       _case_volume(session, model.process_id)),
        lanes=[LaneRow(*lane) for lane in lanes], steps=parts["steps"], flows=parts["flows"],
        pain_points=parts["pain_points"], order=order)


def _case_volume(session: Session, process_id: str | None) -> int | None:
    process = session.get(Process, process_id) if process_id else None
    return process.case_volume if process is not None and not process.deleted else None


def _patch_queries(how: _Rows) -> tuple[Any, Any]:
    """The touched rows of one table, and the order of all its live rows in the model. Built once:
    building a statement costs SQLAlchemy more than running it, and these run at every Enter."""
    live = (how.cls.model_id == bindparam("model"), how.cls.deleted.is_(False))
    touched = select(*(getattr(how.cls, column) for column in how.columns)).where(
        how.cls.id.in_(bindparam("ids", expanding=True)), *live)
    everything = select(*(getattr(how.cls, column) for column in how.columns)).where(*live).order_by(*how.ordering)
    return touched, everything


_PATCHES = {table: _patch_queries(how) for table, how in TABLES.items()}
# How many live rows each table holds: what another program wrote meanwhile (a `werkstatt capture`
# on the same file) is in no change of this window, and shows here as a count the patch does not reach.
_COUNTS = select(*(select(func.count()).select_from(how.cls).where(
    how.cls.model_id == bindparam("model"), how.cls.deleted.is_(False)).scalar_subquery() for how in TABLES.values()))


def kept_prefix(before: Sequence[Any], now: Sequence[Any]) -> int:
    """How many leading items of ``now`` are the very objects of ``before``: the rows a patched
    snapshot kept (and the layout's records of them) are, so a view that followed ``before`` has to
    look at the rest only. Compared in C (``map``): a thousand comparisons in Python took a millisecond."""
    same = list(map(operator.is_, before, now))
    return same.index(False) if False in same else len(same)


def patched(session: Session, view: ModelView, changes: Changes) -> ModelView | None:
    """``view`` with the rows ``changes`` touched read again, each where its sort key puts it; None
    when only a full read can tell (a lane, the model itself, rows of unknown ids). A captured step
    costs one small query per touched table instead of reading the whole model again."""
    if not changes.only(*TABLES) or set(view.order) != set(TABLES):
        return None
    lanes = {lane.id: lane.name for lane in view.lanes}
    parts = {"steps": view.steps, "flows": view.flows, "pain_points": view.pain_points}
    order = dict(view.order)
    model = {"model": view.model.id}
    for table, how in TABLES.items():
        ids = changes.ids(table)
        if ids is None:
            return None
        if not ids:
            continue
        touched_rows, all_rows = _PATCHES[table]
        touched = {row.id: row for row in session.execute(touched_rows, {**model, "ids": list(ids)})}
        if table == "steps" and any(row.lane_id not in lanes for row in touched.values()):
            return None  # a step in a lane this snapshot does not know
        spliced = _splice(parts[table], order[table], touched, ids, how, lanes)
        if spliced is None:  # a row moved in the order: read the order (and those rows) again
            known = {row.id: row for row in parts[table]}
            rows = list(session.execute(all_rows, model))
            read = [row[0] for row in rows]  # the ids, by position (see TABLES): every table is read id first
            if any(row_id not in known and row_id not in touched for row_id in read):
                return None  # a row this snapshot never saw and the change did not name: read it all
            spliced = ([known[row_id] if row_id not in touched else how.shape(row, lanes)
                        for row_id, row in zip(read, rows, strict=True)], [how.key(row) for row in rows])
        parts[table], order[table] = spliced
    if tuple(session.execute(_COUNTS, model).one()) != tuple(len(parts[table]) for table in TABLES):
        return None
    return ModelView(model=view.model, lanes=view.lanes, steps=parts["steps"], flows=parts["flows"],
                     pain_points=parts["pain_points"], order=order)


def _splice(rows: list[Any], keys: list[Any], touched: dict[str, Any], ids: frozenset[str],
            how: _Rows, lanes: dict[str, str]) -> tuple[list[Any], list[Any]] | None:
    """The rows with the touched ones replaced in place, the gone ones taken out and the new ones
    appended, when their keys allow exactly that (the common case: a step typed at the end, a
    label changed); None when a row moved within the order."""
    where = {row.id: index for index, row in enumerate(rows)}
    if any(how.key(row) != keys[where[row_id]] for row_id, row in touched.items() if row_id in where):
        return None
    gone = {where[row_id] for row_id in ids if row_id in where and row_id not in touched}
    rows = [row for index, row in enumerate(rows) if index not in gone]
    keys = [key for index, key in enumerate(keys) if index not in gone]
    where = {row.id: index for index, row in enumerate(rows)} if gone else where
    for row_id, row in touched.items():
        if row_id in where:
            rows[where[row_id]] = how.shape(row, lanes)
    new = sorted((row for row_id, row in touched.items() if row_id not in where), key=how.key)
    if new and keys and not how.key(new[0]) > keys[-1]:
        return None
    return rows + [how.shape(row, lanes) for row in new], keys + [how.key(row) for row in new]
