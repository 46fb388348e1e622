"""Conflicts a sync found, and their three resolutions: keep mine, take theirs, keep both.

A conflict is a row changed here and in the register since the last sync. Nothing was overwritten
on either side; the resolution decides, on the laptop, and the next sync carries it out:

* keep mine: the register's revision becomes this row's base, so the next sync sends mine as a
  new revision on top of theirs;
* take theirs: the register's version replaces the row here;
* keep both: this laptop's whole model is copied into a variant (``based_on`` the original),
  then the original takes the register's version, for every open conflict of that model.

Resolutions are not undoable steps of the editing history: they change what the register will
receive, and the next sync is the point of no return. The variant of "keep both" can be deleted.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from werkstatt.errors import NotFoundError, WerkstattError
from werkstatt.i18n import tr
from werkstatt.model import ProcessModel, SyncConflict, SyncRegister, SyncRow, new_id, utcnow
from werkstatt.store.database import Store
from werkstatt.sync.rows import Row, from_json, local_table

CHOICES = ("mine", "theirs", "both")
# The tables that make up one model, parents first, with the columns that point inside it.
MODEL_PARTS = (
    ("lanes", "model_id", ()),
    ("steps", "model_id", ("lane_id",)),
    ("flows", "model_id", ("source_id", "target_id")),
    ("pain_points", "model_id", ("step_id",)),
    ("measures", "model_id", ()),
)


@dataclass(frozen=True)
class ConflictView:
    id: str
    table: str
    row_id: str
    what: str  # "Schritt „Antrag prüfen“"
    their_revision: int
    mine: Row
    theirs: Row
    differing: tuple[str, ...]


def kind_label(table: str) -> str:
    labels = {
        "processes": tr("Sync", "Fact sheet"), "process_models": tr("Sync", "Process model"),
        "lanes": tr("Sync", "Lane"), "steps": tr("Sync", "Step"), "flows": tr("Sync", "Flow"),
        "pain_points": tr("Sync", "Pain point"), "measures": tr("Sync", "Measure"),
        "measure_pain_points": tr("Sync", "Link between measure and pain point"),
    }
    return labels.get(table, table)


def _title(row: Row) -> str:
    for key in ("name", "label", "text"):
        if row.get(key):
            return str(row[key])
    return ""


def open_conflicts(session: Session) -> list[ConflictView]:
    views = []
    for conflict in session.scalars(select(SyncConflict).where(SyncConflict.deleted.is_(False))
                                    .order_by(SyncConflict.created_at, SyncConflict.id)):
        mine, theirs = from_json(conflict.table_name, conflict.mine), from_json(conflict.table_name, conflict.theirs)
        differing = tuple(sorted(key for key in set(mine) | set(theirs)
                                 if key not in ("id", "created_at", "updated_at") and mine.get(key) != theirs.get(key)))
        title = _title(mine) or _title(theirs)
        what = f"{kind_label(conflict.table_name)} „{title}“" if title else kind_label(conflict.table_name)
        views.append(ConflictView(conflict.id, conflict.table_name, conflict.row_id, what, conflict.their_revision,
                                  mine, theirs, differing))
    return views


def find_conflict(session: Session, given: str) -> SyncConflict:
    matches = list(session.scalars(select(SyncConflict).where(SyncConflict.deleted.is_(False),
                                                              SyncConflict.id.startswith(given.strip()))))
    if len(matches) != 1:
        raise NotFoundError(tr("Sync", "There is no open conflict with the id {id}.", id=given))
    return matches[0]


def resolve(store: Store, conflict_id: str, choice: str) -> str:
    """Resolve one conflict (and, for "both", every open conflict of the same model); returns what was done."""
    if choice not in CHOICES:
        raise WerkstattError(tr("Sync", "Choose mine, theirs or both."))
    with store.session() as session:
        conflict = find_conflict(session, conflict_id)
        if choice == "mine":
            _keep_mine(session, conflict)
            return tr("Sync", "Your version is kept; the next sync sends it to the register.")
        if choice == "theirs":
            _take_theirs(session, conflict)
            return tr("Sync", "The register's version was taken over here.")
        return _keep_both(session, conflict)


def _bookkeeping(session: Session, conflict: SyncConflict) -> SyncRow:
    row = session.scalar(select(SyncRow).where(SyncRow.register_id == conflict.register_id,
                                               SyncRow.table_name == conflict.table_name,
                                               SyncRow.row_id == conflict.row_id))
    if row is None:
        register = session.get(SyncRegister, conflict.register_id)
        assert register is not None
        row = SyncRow(register_id=conflict.register_id, table_name=conflict.table_name, row_id=conflict.row_id,
                      base_revision=0, local_revision=-1, owner_id=register.organisation_id)
        session.add(row)
    return row


def _close(conflict: SyncConflict, resolution: str) -> None:
    conflict.resolution = resolution
    conflict.deleted = True


def _keep_mine(session: Session, conflict: SyncConflict) -> None:
    entry = _bookkeeping(session, conflict)
    entry.base_revision = conflict.their_revision
    table = local_table(conflict.table_name)
    here = session.scalar(select(table.c.revision).where(table.c.id == conflict.row_id))
    if here is not None and entry.local_revision == here:
        entry.local_revision = -1  # unchanged since the last sync, yet mine: send it anyway
        session.execute(update(table).where(table.c.id == conflict.row_id).values(updated_at=utcnow()))
    _close(conflict, "mine")


def _take_theirs(session: Session, conflict: SyncConflict) -> None:
    table = local_table(conflict.table_name)
    theirs = {key: value for key, value in from_json(conflict.table_name, conflict.theirs).items()
              if key in table.c and key not in ("id", "revision")}
    here = session.scalar(select(table.c.revision).where(table.c.id == conflict.row_id))
    revision = (here or 0) + 1
    if here is None:
        session.execute(insert(table).values(id=conflict.row_id, revision=revision, **theirs))
    else:
        session.execute(update(table).where(table.c.id == conflict.row_id).values(revision=revision, **theirs))
    entry = _bookkeeping(session, conflict)
    entry.base_revision = conflict.their_revision
    entry.local_revision = revision
    _close(conflict, "theirs")


def _model_of(session: Session, conflict: SyncConflict) -> str | None:
    mine = from_json(conflict.table_name, conflict.mine)
    if conflict.table_name == "process_models":
        return conflict.row_id
    if conflict.table_name == "measure_pain_points":
        measures = local_table("measures")
        return session.scalar(select(measures.c.model_id).where(measures.c.id == mine.get("measure_id")))
    return mine.get("model_id")


def _keep_both(session: Session, conflict: SyncConflict) -> str:
    model_id = _model_of(session, conflict)
    if model_id is None:
        copy_id = _copy_row(session, conflict.table_name, conflict.row_id, {})
        _take_theirs(session, conflict)
        conflict.resolution = "both"
        return tr("Sync", "Your version was kept as a copy ({id}); the original took the register's version.",
                  id=copy_id[:8])
    variant = _copy_model(session, model_id)
    same_model = [other for other in session.scalars(select(SyncConflict).where(
        SyncConflict.register_id == conflict.register_id, SyncConflict.deleted.is_(False)))
        if _model_of(session, other) == model_id]
    for other in same_model:
        _take_theirs(session, other)
        other.resolution = "both"
    name = session.scalar(select(ProcessModel.name).where(ProcessModel.id == variant))
    return tr("Sync", "Your version of the model is now the variant “{name}”; the original took the register's "
                      "version ({count} conflicts).", name=name, count=len(same_model))


def _copy_row(session: Session, table_name: str, row_id: str, changes: dict[str, Any]) -> str:
    table = local_table(table_name)
    row = dict(session.execute(select(table).where(table.c.id == row_id)).mappings().one())
    new = {**row, **changes, "id": new_id(), "revision": 1, "created_at": utcnow(), "updated_at": utcnow()}
    if "name" in new and "name" not in changes:
        new["name"] = tr("Sync", "{name} (my version)", name=row["name"])
    session.execute(insert(table).values(**new))
    return str(new["id"])


def _copy_model(session: Session, model_id: str) -> str:
    """This laptop's version of a whole model, as a new model based on it; returns the new model's id."""
    copies: dict[str, str] = {}
    variant = _copy_row(session, "process_models", model_id, {"based_on_id": model_id})
    copies[model_id] = variant
    for table_name, owner_column, inner in MODEL_PARTS:
        table = local_table(table_name)
        rows = session.execute(select(table).where(table.c[owner_column] == model_id,
                                                   table.c.deleted.is_(False))).mappings().all()
        fresh = []
        for row in rows:
            new_row = dict(row)
            copies[row["id"]] = new_row["id"] = new_id()
            new_row[owner_column] = variant
            for column in inner:
                new_row[column] = copies.get(row[column], row[column]) if row[column] else row[column]
            new_row.update(revision=1, created_at=utcnow(), updated_at=utcnow())
            fresh.append(new_row)
        if fresh:
            session.execute(insert(table), fresh)
    links = local_table("measure_pain_points")
    linked = session.execute(select(links).where(links.c.measure_id.in_(list(copies)),
                                                 links.c.deleted.is_(False))).mappings().all()
    fresh_links = [{**dict(link), "id": new_id(), "measure_id": copies[link["measure_id"]],
                    "pain_point_id": copies.get(link["pain_point_id"], link["pain_point_id"]),
                    "revision": 1, "created_at": utcnow(), "updated_at": utcnow()} for link in linked]
    if fresh_links:
        session.execute(insert(links), fresh_links)
    return variant


def open_conflict_count(session: Session) -> int:
    return len(session.scalars(select(SyncConflict.id).where(SyncConflict.deleted.is_(False))).all())

