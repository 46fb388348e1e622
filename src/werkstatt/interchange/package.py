"""Workshop packages (``.werkstatt``): a workshop and everything that belongs to it, in one zip.

A package hands a workshop to a colleague or carries it to a laptop without network. It holds
``manifest.json`` (format, version, the workshop, every entry with its size and sha256), one JSON
file per table (``data/<table>.json``: a list of rows with every column, ids unchanged) and the
photos as binary entries (``blobs/<table>/<id>.<column>``). Reading and checking it is
``package_read``; this module gathers, writes and imports.

Import is an upsert by id, so importing the same package twice changes nothing the second time.
A row that is newer here (higher revision, or the same revision touched later) is kept and
reported, and so is a row of another organisation's library. Organisations are matched by id,
then by short name or name, because every laptop made its own before they met: "Stadt Witten"
from a colleague's laptop is this laptop's "Stadt Witten", not a second one.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import bindparam, insert, select, text, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

import werkstatt
from werkstatt.edits import Edit, InTransaction
from werkstatt.files import write_atomically
from werkstatt.i18n import tr
from werkstatt.interchange.errors import InterchangeError
from werkstatt.interchange.package_read import (
    FORMAT_NAME,
    FORMAT_VERSION,
    MANIFEST,
    PACKAGE_TABLES,
    Package,
    blob_entry,
    column_kind,
    data_entry,
    read_package,
    table,
)
from werkstatt.model import Workshop, utcnow
from werkstatt.read import model as queries
from werkstatt.store.database import Store
from werkstatt.sync.ownership import library_owners

__all__ = ["ImportPackage", "KeptRow", "Package", "PackageReport", "export_package", "import_package",
           "read_package"]

CHUNK = 500
Row = dict[str, Any]


# --- export --------------------------------------------------------------------------------------


def package_manifest(workshop_id: str, title: str, entries: dict[str, bytes], *, include_people: bool) -> dict:
    """The package's manifest: format, version, the workshop, and each entry's size and checksum."""
    return {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "app_version": werkstatt.__version__,
        "created_at": utcnow().isoformat(),
        "workshop": {"id": workshop_id, "title": title},
        "includes_people": include_people,
        "entries": [{"name": name, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
                    for name, data in entries.items()],
    }


def export_package(store: Store, workshop_id: str, path: Path, *, include_people: bool = True) -> Path:
    """Write the workshop (an id or an unambiguous prefix) and all that belongs to it to ``path``.

    ``include_people=False`` leaves out participants and attendance (personal data) and the link
    from a voter to a person; the votes themselves stay, under their tokens.
    """
    path = Path(path)
    with store.reading() as session:
        workshop = queries.find(session, Workshop, workshop_id,
                                tr("PackageWrite", "There is no workshop with the id {id}."))
        rows = gather(session, workshop.id, include_people=include_people)
        title = workshop.title
        workshop_key = workshop.id
    entries = serialise(rows)
    manifest = package_manifest(workshop_key, title, entries, include_people=include_people)

    def write(stream: BinaryIO) -> None:
        import zipfile

        with zipfile.ZipFile(stream, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1).encode())
            for name, data in entries.items():
                # Photos are JPEG or PNG already: deflating them again only costs time.
                archive.writestr(name, data, compress_type=zipfile.ZIP_STORED if name.startswith("blobs/")
                                 else zipfile.ZIP_DEFLATED)

    try:
        return write_atomically(path, write)
    except OSError as error:
        raise InterchangeError(tr("PackageWrite", "The package cannot be written to {path}: {reason}.", path=path,
                                  reason=error.strerror or error)) from error


def _select(session: Session, name: str, column: str, ids: Iterable[str | None]) -> list[Row]:
    wanted = sorted({value for value in ids if value is not None})
    found: list[Row] = []
    t = table(name)
    for start in range(0, len(wanted), CHUNK):
        statement = select(t).where(t.c[column].in_(wanted[start:start + CHUNK]))
        found.extend(dict(row._mapping) for row in session.execute(statement))
    return found


def _ids(rows: list[Row], column: str = "id") -> set[str]:
    return {row[column] for row in rows if row[column] is not None}


def gather(session: Session, workshop_id: str, *, include_people: bool = True) -> dict[str, list[Row]]:
    """The rows of a package, tombstones included (so that a deletion travels too).

    The workshop's models are those its agenda discusses and those its pain points, measures and
    rounds are about; a model another is based on comes as a row only (its name and process), so
    that ``based_on_id`` points somewhere without pulling in a whole second diagram.
    """
    rows: dict[str, list[Row]] = {"workshops": _select(session, "workshops", "id", [workshop_id])}
    for name in ("workshop_organisations", "agenda_items", "workshop_notes", "workshop_photos", "voting_rounds"):
        rows[name] = _select(session, name, "workshop_id", [workshop_id])
    own_pain_points = _select(session, "pain_points", "workshop_id", [workshop_id])
    own_measures = _select(session, "measures", "workshop_id", [workshop_id])
    models = (_ids(rows["agenda_items"], "process_model_id") | _ids(rows["voting_rounds"], "model_id")
              | _ids(own_pain_points, "model_id") | _ids(own_measures, "model_id"))
    rows["pain_points"] = own_pain_points + [row for row in _select(session, "pain_points", "model_id", models)
                                             if row["workshop_id"] is None]
    rows["measures"] = own_measures + [row for row in _select(session, "measures", "model_id", models)
                                       if row["workshop_id"] is None]
    for name in ("lanes", "steps", "flows"):
        rows[name] = _select(session, name, "model_id", models)
    rows["process_models"] = _select(session, "process_models", "id", models)
    while missing := _ids(rows["process_models"], "based_on_id") - _ids(rows["process_models"]):
        rows["process_models"] += _select(session, "process_models", "id", missing)
    rows["processes"] = _select(session, "processes", "id", _ids(rows["process_models"], "process_id"))
    pain_point_ids = _ids(rows["pain_points"])
    rows["measure_pain_points"] = [row for row in _select(session, "measure_pain_points", "measure_id",
                                                          _ids(rows["measures"]))
                                   if row["pain_point_id"] in pain_point_ids]
    round_ids = _ids(rows["voting_rounds"])
    for name in ("round_options", "round_voters", "votes"):
        rows[name] = _select(session, name, "round_id", round_ids)
    if include_people:
        rows["attendances"] = _select(session, "attendances", "workshop_id", [workshop_id])
        rows["people"] = _select(session, "people", "id", _ids(rows["attendances"], "person_id")
                                 | _ids(rows["round_voters"], "person_id"))
    else:
        rows["attendances"], rows["people"] = [], []
        rows["round_voters"] = [{**row, "person_id": None} for row in rows["round_voters"]]
    organisations: set[str] = set()
    for name, found in rows.items():
        for column in _organisation_columns(name):
            organisations |= _ids(found, column)
    rows["organisations"] = _select(session, "organisations", "id", organisations)
    rows["rate_settings"] = _select(session, "rate_settings", "organisation_id", organisations)
    return rows


def _organisation_columns(name: str) -> list[str]:
    return [column.name for column in table(name).columns
            if any(key.column.table.name == "organisations" for key in column.foreign_keys)]


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date | dt.datetime) else value


def serialise(rows: dict[str, list[Row]]) -> dict[str, bytes]:
    """Entry name → bytes: one JSON list per table (rows by id), each binary value as its own entry."""
    entries: dict[str, bytes] = {}
    blobs: dict[str, bytes] = {}
    for name in PACKAGE_TABLES:
        columns = list(table(name).columns)
        listed = []
        for row in sorted(rows.get(name, []), key=lambda row: row["id"]):
            item: Row = {}
            for column in columns:
                value = row[column.name]
                if value is not None and column_kind(column) == "bytes":
                    item[column.name] = blob_entry(name, row["id"], column.name)
                    blobs[item[column.name]] = bytes(value)
                else:
                    item[column.name] = _plain(value)
            listed.append(item)
        entries[data_entry(name)] = json.dumps(listed, ensure_ascii=False, sort_keys=True, indent=1).encode()
    return {**entries, **blobs}


# --- import --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class KeptRow:
    """A row of the package that was not written, and why: "newer" here, "library" of another
    organisation, or a "duplicate" of a row that is here under another id (same workshop and person …)."""

    table: str
    id: str
    reason: str


@dataclass
class PackageReport:
    workshop_id: str
    workshop_title: str
    created: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    unchanged: dict[str, int] = field(default_factory=dict)
    kept: list[KeptRow] = field(default_factory=list)
    matched_organisations: list[str] = field(default_factory=list)

    @property
    def changed(self) -> int:
        return sum(self.created.values()) + sum(self.updated.values())

    def as_dict(self) -> dict[str, Any]:
        return {"workshop_id": self.workshop_id, "workshop_title": self.workshop_title, "created": self.created,
                "updated": self.updated, "unchanged": self.unchanged,
                "kept": [{"table": row.table, "id": row.id, "reason": row.reason} for row in self.kept],
                "matched_organisations": self.matched_organisations}

    def as_text(self) -> str:
        return "\n".join(self.lines())

    def lines(self) -> list[str]:
        """What the import did, in sentences for the status bar, a dialog or the CLI."""
        lines = [tr("PackageWrite", "Workshop “{title}” imported: {created} rows new, {updated} updated, {unchanged} "
                               "unchanged.", title=self.workshop_title, created=sum(self.created.values()),
                    updated=sum(self.updated.values()), unchanged=sum(self.unchanged.values()))]
        if self.matched_organisations:
            lines.append(tr("PackageWrite", "Organisations taken as the ones already here (same name): {names}.",
                            names=", ".join(self.matched_organisations)))
        counts = {reason: sum(1 for row in self.kept if row.reason == reason) for reason in
                  ("newer", "library", "duplicate")}
        if counts["newer"]:
            lines.append(tr("PackageWrite", "{n} rows were kept as they are here, because they were changed here "
                                       "more recently.", n=counts["newer"]))
        if counts["library"]:
            lines.append(tr("PackageWrite", "{n} rows belong to another organisation's process library and were left "
                                       "unchanged.", n=counts["library"]))
        if counts["duplicate"]:
            lines.append(tr("PackageWrite", "{n} rows were already here under another id and were skipped.",
                            n=counts["duplicate"]))
        return lines


class ImportPackage(Edit):
    """Write a checked package into the store: planned (and every check made) at the first redo, before any write.

    Undo tombstones the rows the import created and puts updated rows back as they were; both
    bump the revision, so a sync sees the change. The GUI applies it with ``workspace.try_apply``.
    """

    def __init__(self, package: Package) -> None:
        self.package = package
        self.text = tr("PackageWrite", "Import workshop “{title}”", title=package.workshop_title)
        self.report: PackageReport | None = None
        self._written: dict[str, list[Row]] = {}
        self._before: dict[str, dict[str, Row | None]] = {}

    def redo(self, session: Session) -> None:
        session.execute(text("PRAGMA defer_foreign_keys=ON"))  # a model based on another: order within a table
        if self.report is None:
            self.report, self._written, self._before = _plan(session, self.package)
            try:
                for name in PACKAGE_TABLES:
                    new = [row for row in self._written[name] if self._before[name][row["id"]] is None]
                    if new:
                        session.execute(insert(table(name)), new)
                    _update(session, name, [row for row in self._written[name]
                                            if self._before[name][row["id"]] is not None], bump=False)
                _check_foreign_keys(session, [name for name in PACKAGE_TABLES if self._written[name]])
            except IntegrityError as error:
                raise InterchangeError(_conflict_message()) from error
        else:  # redo after undo: every row exists now
            for name in PACKAGE_TABLES:
                _update(session, name, self._written[name], bump=True)

    def undo(self, session: Session) -> None:
        session.execute(text("PRAGMA defer_foreign_keys=ON"))
        for name in reversed(PACKAGE_TABLES):
            rows = [before if before is not None else {"id": row_id, "deleted": True}
                    for row_id, before in self._before.get(name, {}).items()]
            _update(session, name, rows, bump=True)


def import_package(store: Store, path: Path) -> PackageReport:
    """Check the package at ``path`` and import it in one transaction; nothing is written if any check fails."""
    edit = ImportPackage(read_package(Path(path)))
    with store.session() as session:
        InTransaction(session).apply(edit)
    assert edit.report is not None
    return edit.report


def _conflict_message() -> str:
    return tr("PackageWrite", "The package does not fit the data here (a row it names is missing or would exist "
                         "twice); nothing was imported.")


def _update(session: Session, name: str, rows: list[Row], *, bump: bool) -> None:
    """Set the given columns of each row; ``bump`` makes it a new revision, touched now (undo and redo)."""
    t = table(name)
    for row in rows:
        values = {key: value for key, value in row.items() if key != "id"}
        if bump:
            values.pop("revision", None)
            values["updated_at"] = utcnow()
            session.execute(update(t).where(t.c.id == row["id"]).values(revision=t.c.revision + 1, **values))
        else:
            session.execute(update(t).where(t.c.id == bindparam("w_id")).values(
                {key: bindparam(f"w_{key}") for key in values}), [{f"w_{key}": value for key, value in row.items()}])


def _check_foreign_keys(session: Session, names: list[str]) -> None:
    for name in names:
        if session.execute(text(f'PRAGMA foreign_key_check("{name}")')).first() is not None:
            raise InterchangeError(_conflict_message())


def _existing(session: Session, name: str, ids: list[str]) -> dict[str, Row]:
    return {row["id"]: row for row in _select(session, name, "id", ids)}


Plan = tuple["PackageReport", dict[str, list[Row]], dict[str, dict[str, Row | None]]]


def _plan(session: Session, package: Package) -> Plan:
    """Decide every row (new, update, unchanged, kept) and check every reference; nothing is written here."""
    report = PackageReport(package.workshop_id, package.workshop_title)
    rows = {name: [dict(row) for row in package.rows.get(name, [])] for name in PACKAGE_TABLES}
    _match_organisations(session, rows, report)
    present = {name: _ids(found) for name, found in rows.items()}
    written: dict[str, list[Row]] = {name: [] for name in PACKAGE_TABLES}
    before: dict[str, dict[str, Row | None]] = {name: {} for name in PACKAGE_TABLES}
    for name in PACKAGE_TABLES:
        here = _existing(session, name, [row["id"] for row in rows[name]])
        library = library_owners(session, name) if here else {}
        duplicates = _duplicates(session, name, rows[name])
        for row in rows[name]:
            local = here.get(row["id"])
            if row["id"] in duplicates:
                report.kept.append(KeptRow(name, row["id"], "duplicate"))
                present[name].discard(row["id"])
            elif local is None:
                written[name].append(row)
                before[name][row["id"]] = None
                report.created[name] = report.created.get(name, 0) + 1
            elif (local["revision"], local["updated_at"]) == (row["revision"], row["updated_at"]):
                report.unchanged[name] = report.unchanged.get(name, 0) + 1
            elif (local["revision"], local["updated_at"]) > (row["revision"], row["updated_at"]):
                report.kept.append(KeptRow(name, row["id"], "newer"))
            elif row["id"] in library:
                report.kept.append(KeptRow(name, row["id"], "library"))
            else:
                written[name].append(row)
                before[name][row["id"]] = local
                report.updated[name] = report.updated.get(name, 0) + 1
    _check_references(session, written, present)
    return report, written, before


def _match_organisations(session: Session, rows: dict[str, list[Row]], report: PackageReport) -> None:
    """Take a package organisation as a local one with the same short name or name; rewrite references to it."""
    t = table("organisations")
    local = list(session.execute(select(t.c.id, t.c.name, t.c.short_name).where(t.c.deleted.is_(False))))
    known = set(_existing(session, "organisations", [row["id"] for row in rows["organisations"]]))
    by_key: dict[str, tuple[str, str]] = {}
    for local_id, name, short_name in local:
        if short_name:
            by_key.setdefault("s:" + short_name.casefold(), (local_id, name))
        by_key.setdefault("n:" + name.casefold(), (local_id, name))
    mapping: dict[str, str] = {}
    for row in rows["organisations"]:
        if row["id"] in known:
            continue
        found = (by_key.get("s:" + row["short_name"].casefold()) if row["short_name"] else None) or by_key.get(
            "n:" + row["name"].casefold())
        if found is not None:
            mapping[row["id"]] = found[0]
            report.matched_organisations.append(found[1])
    if not mapping:
        return
    rows["organisations"] = [row for row in rows["organisations"] if row["id"] not in mapping]
    for name in PACKAGE_TABLES:
        for column in _organisation_columns(name):
            for row in rows[name]:
                if row[column] in mapping:
                    row[column] = mapping[row[column]]


def _duplicates(session: Session, name: str, rows: list[Row]) -> set[str]:
    """Ids of package rows whose unique key (workshop and person, …) a local row of another id has already."""
    found: set[str] = set()
    t = table(name)
    for constraint in t.constraints:
        if constraint.__class__.__name__ != "UniqueConstraint":
            continue
        columns = [column.name for column in constraint.columns]
        first = columns[0]
        local = {tuple(row[c] for c in columns): row["id"]
                 for row in _select(session, name, first, [row[first] for row in rows])}
        in_package: dict[tuple[Any, ...], str] = {}
        for row in rows:
            key = tuple(row[c] for c in columns)
            if None in key:
                continue
            if key in in_package:
                raise InterchangeError(_conflict_message())
            in_package[key] = row["id"]
            if local.get(key, row["id"]) != row["id"]:
                found.add(row["id"])
    return found


def _check_references(session: Session, written: dict[str, list[Row]], present: dict[str, set[str]]) -> None:
    """Every reference of a row to be written points at a row of the package or one already here."""
    wanted: dict[str, set[str]] = {}
    for name, rows in written.items():
        for column in table(name).columns:
            for key in column.foreign_keys:
                target = key.column.table.name
                for row in rows:
                    value = row[column.name]
                    if value is not None and value not in present.get(target, set()):
                        wanted.setdefault(target, set()).add(value)
    for target, ids in wanted.items():
        missing = ids - _ids(_select(session, target, "id", ids))
        if missing:
            raise InterchangeError(tr("PackageWrite", "The package refers to a row that neither it nor this database "
                                                 "contains ({table} {id}); nothing was imported.", table=target,
                                      id=sorted(missing)[0]))
