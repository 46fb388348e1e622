"""Reading a workshop package (``.werkstatt``) that came from elsewhere: a zip nobody here vouches for.

Everything is checked before anything is believed: the zip's directory (names, symlinks, encryption,
entry count, declared sizes), then the manifest (format, version, entries), then every entry against
the manifest (size and sha256, counted while reading, so that a zip bomb stops at the limit whatever
it declared), then every table's JSON (shape, column types, vocabularies), and every photo is
cleaned of its camera's metadata as ``AddPhoto`` cleans it. The result is a plain ``Package`` of
Python values; nothing here touches a database.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import lzma
import math
import re
import stat
import struct
import uuid
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Boolean, Column, Date, DateTime, Float, Integer, LargeBinary, String, Table

from werkstatt.edits.notes import image_facts
from werkstatt.errors import EditError
from werkstatt.files.photos import clean_image
from werkstatt.i18n import tr
from werkstatt.interchange.errors import InterchangeError
from werkstatt.model import (
    MEASURE_STATUSES,
    MODEL_KINDS,
    NOTE_KINDS,
    OPTION_KINDS,
    ORGANISATION_KINDS,
    PAIN_POINT_CATEGORIES,
    PHOTO_TYPES,
    PROCESS_STATUSES,
    STEP_KINDS,
    VOTE_CRITERIA,
    VOTING_ENTRIES,
    VOTING_METHODS,
    VOTING_SCALES,
    VOTING_STATES,
    VOTING_TARGETS,
    WORKSHOP_STATUSES,
    Base,
)

FORMAT_NAME = "werkstatt-package"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
SUFFIX = ".werkstatt"

# The tables a package carries, parents before children (the order rows are written in).
PACKAGE_TABLES = (
    "organisations", "people", "processes", "process_models", "workshops", "workshop_organisations",
    "attendances", "agenda_items", "lanes", "steps", "flows", "pain_points", "measures", "measure_pain_points",
    "voting_rounds", "round_options", "round_voters", "votes", "workshop_notes", "workshop_photos", "rate_settings",
)

# Limits. A real workshop is a few hundred rows and a few photos; these leave room for large ones
# and stop hostile files long before memory or time run out. Module constants, so tests can lower them.
MAX_PACKAGE_BYTES = 512 * 1024 * 1024
MAX_ENTRIES = 5000
MAX_TOTAL_BYTES = 512 * 1024 * 1024
MAX_MANIFEST_BYTES = 1024 * 1024
MAX_ROWS = 500_000
CHUNK = 64 * 1024

# Vocabularies the database does not enforce but the program relies on: checked so that a package
# cannot plant a step kind the layout has never heard of.
VOCABULARIES: dict[tuple[str, str], tuple[str, ...]] = {
    ("organisations", "kind"): ORGANISATION_KINDS,
    ("workshops", "status"): WORKSHOP_STATUSES,
    ("processes", "status"): PROCESS_STATUSES,
    ("process_models", "kind"): MODEL_KINDS,
    ("steps", "kind"): STEP_KINDS,
    ("pain_points", "category"): PAIN_POINT_CATEGORIES,
    ("measures", "status"): MEASURE_STATUSES,
    ("workshop_notes", "kind"): NOTE_KINDS,
    ("workshop_photos", "media_type"): PHOTO_TYPES,
    ("voting_rounds", "targets"): VOTING_TARGETS,
    ("voting_rounds", "method"): VOTING_METHODS,
    ("voting_rounds", "state"): VOTING_STATES,
    ("voting_rounds", "entry"): VOTING_ENTRIES,
    ("voting_rounds", "scale"): VOTING_SCALES,
    ("round_options", "target_kind"): OPTION_KINDS,
    ("votes", "criterion"): VOTE_CRITERIA,
}

# What zipfile, zlib and lzma raise on a damaged archive: all of it means "not a readable package".
_ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, lzma.LZMAError, EOFError, NotImplementedError,
               RuntimeError, ValueError, OSError, struct.error, KeyError, IndexError, OverflowError)
_NAME = re.compile(r"[A-Za-z0-9_.\-]+(/[A-Za-z0-9_.\-]+)*")
_SHA256 = re.compile(r"[0-9a-f]{64}")
INT64 = 2**63


@dataclass
class Package:
    """A package's content after every check: rows per table as Python values, binary columns filled in."""

    manifest: dict[str, Any]
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    @property
    def workshop_id(self) -> str:
        return str(self.manifest["workshop"]["id"])

    @property
    def workshop_title(self) -> str:
        return str(self.manifest["workshop"]["title"])


def table(name: str) -> Table:
    return Base.metadata.tables[name]


def column_kind(column: Column[Any]) -> str:
    """How a column travels in JSON: str, int, float, bool, date, datetime or bytes (a separate entry)."""
    kind = column.type
    kind = getattr(kind, "impl_instance", kind)  # UTCDateTime and other decorators: what they store
    for cls, name in ((Boolean, "bool"), (DateTime, "datetime"), (Date, "date"), (Float, "float"),
                      (Integer, "int"), (LargeBinary, "bytes"), (String, "str")):
        if isinstance(kind, cls):
            return name
    raise TypeError(f"no package form for the column {column}")  # a new column type: a bug, not user input


def data_entry(table_name: str) -> str:
    return f"data/{table_name}.json"


def blob_entry(table_name: str, row_id: str, column: str) -> str:
    return f"blobs/{table_name}/{row_id}.{column}"


# --- the zip -------------------------------------------------------------------------------------


def shown(text: str, limit: int = 80) -> str:
    """A name from the file as a message may quote it: one line, printable, not endless."""
    cleaned = "".join(char if char.isprintable() else "\N{REPLACEMENT CHARACTER}" for char in text)
    return cleaned if len(cleaned) <= limit else cleaned[:limit - 1] + "…"


def _refused(path: Path, reason: str) -> InterchangeError:
    return InterchangeError(tr("Package", "The package {path} was refused: {reason}", path=path.name, reason=reason))


def read_package(path: Path) -> Package:
    """Check and read the package at ``path``; an InterchangeError names the first problem found."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as error:
        raise InterchangeError(tr("Package", "The package {path} cannot be read: {reason}.", path=path,
                                  reason=error.strerror or error)) from error
    if size > MAX_PACKAGE_BYTES:
        raise _refused(path, tr("Package", "the file is larger than {limit} MB.", limit=MAX_PACKAGE_BYTES // 2**20))
    try:
        with zipfile.ZipFile(path) as archive:
            infos = _check_directory(path, archive)
            manifest = _parse_json(path, MANIFEST, _read_entry(path, archive, infos[MANIFEST], MAX_MANIFEST_BYTES))
            manifest = _check_manifest(path, manifest)
            contents = _read_entries(path, archive, infos, manifest)
    except InterchangeError:
        raise
    except _ZIP_ERRORS as error:
        raise InterchangeError(tr("Package", "The file {path} is not a readable Werkstatt package (damaged or of "
                                             "another kind).", path=path.name)) from error
    return Package(manifest, _tables(path, manifest, contents))


def _check_directory(path: Path, archive: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    infos = archive.infolist()
    if len(infos) > MAX_ENTRIES:
        raise _refused(path, tr("Package", "it holds {n} files, more than the {limit} allowed.", n=len(infos),
                                limit=MAX_ENTRIES))
    by_name: dict[str, zipfile.ZipInfo] = {}
    declared = 0
    for info in infos:
        name = info.filename
        if name.startswith(("/", "\\")) or re.match(r"[A-Za-z]:", name):
            raise _refused(path, tr("Package", "the entry “{name}” has an absolute path.", name=shown(name)))
        if ".." in re.split(r"[/\\]", name):
            raise _refused(path, tr("Package", "the entry “{name}” points outside the package (“..”).",
                name=shown(name)))
        if stat.S_ISLNK(info.external_attr >> 16):
            raise _refused(path, tr("Package", "the entry “{name}” is a symbolic link.", name=shown(name)))
        if not _NAME.fullmatch(name):
            raise _refused(path, tr("Package", "the entry “{name}” has a name Werkstatt does not write.",
                name=shown(name)))
        if info.flag_bits & 0x1:
            raise _refused(path, tr("Package", "the entry “{name}” is encrypted.", name=shown(name)))
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise _refused(path, tr("Package", "the entry “{name}” uses a compression Werkstatt does not write.",
                                    name=shown(name)))
        if name in by_name:
            raise _refused(path, tr("Package", "the entry “{name}” occurs twice.", name=shown(name)))
        by_name[name] = info
        declared += info.file_size
    if declared > MAX_TOTAL_BYTES:
        raise _refused(path, tr("Package", "its content would take more than {limit} MB unpacked.",
                                limit=MAX_TOTAL_BYTES // 2**20))
    if MANIFEST not in by_name:
        raise _refused(path, tr("Package", "it has no manifest.json."))
    return by_name


def _read_entry(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo, budget: int) -> bytes:
    """The entry's bytes, counted while reading: more than declared or than the budget stops at once."""
    limit = min(info.file_size, budget)
    if info.file_size > budget:
        raise _refused(path, tr("Package", "its content would take more than {limit} MB unpacked.",
                                limit=max(1, MAX_TOTAL_BYTES // 2**20)))
    chunks: list[bytes] = []
    total = 0
    with archive.open(info) as stream:
        while chunk := stream.read(CHUNK):
            total += len(chunk)
            if total > limit:
                raise _refused(path, tr("Package", "the entry “{name}” is larger than its directory says.",
                                        name=shown(info.filename)))
            chunks.append(chunk)
    return b"".join(chunks)


def _read_entries(path: Path, archive: zipfile.ZipFile, infos: dict[str, zipfile.ZipInfo],
                  manifest: dict[str, Any]) -> dict[str, bytes]:
    listed = {entry["name"]: entry for entry in manifest["entries"]}
    for name in infos:
        if name != MANIFEST and name not in listed:
            raise _refused(path, tr("Package", "the entry “{name}” is not listed in the manifest.", name=shown(name)))
    contents: dict[str, bytes] = {}
    budget = MAX_TOTAL_BYTES
    for name, entry in listed.items():
        info = infos.get(name)
        if info is None:
            raise _refused(path, tr("Package", "the manifest lists “{name}”, which is missing.", name=shown(name)))
        if info.file_size != entry["size"]:
            raise _refused(path, tr("Package", "the size of “{name}” does not match the manifest.", name=shown(name)))
        data = _read_entry(path, archive, info, budget)
        budget -= len(data)
        if len(data) != entry["size"] or hashlib.sha256(data).hexdigest() != entry["sha256"]:
            raise _refused(path, tr("Package", "the content of “{name}” does not match its checksum in the "
                                               "manifest.", name=shown(name)))
        contents[name] = data
    return contents


# --- the manifest --------------------------------------------------------------------------------


def _parse_json(path: Path, name: str, data: bytes) -> Any:
    def no_constant(value: str) -> Any:
        raise ValueError(value)

    try:
        return json.loads(data.decode("utf-8"), parse_constant=no_constant)
    except (ValueError, RecursionError) as error:  # UnicodeDecodeError and JSONDecodeError are ValueErrors
        raise _refused(path, tr("Package", "“{name}” is not valid JSON.", name=shown(name))) from error


def _shape(path: Path, name: str) -> InterchangeError:
    return _refused(path, tr("Package", "“{name}” does not have the expected structure.", name=shown(name)))


def _check_manifest(path: Path, manifest: Any) -> dict[str, Any]:
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT_NAME:
        raise InterchangeError(tr("Package", "The file {path} is not a Werkstatt package (its manifest names "
                                             "another format).", path=path.name))
    version = manifest.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _shape(path, MANIFEST)
    if version > FORMAT_VERSION:
        raise InterchangeError(tr(
            "Package", "The package {path} has format version {theirs}, but this Werkstatt reads format version "
                       "{ours} only: update Werkstatt to import it.", path=path.name, theirs=version,
            ours=FORMAT_VERSION))
    workshop = manifest.get("workshop")
    entries = manifest.get("entries")
    if (not isinstance(workshop, dict) or not _is_uuid(workshop.get("id"))
            or not isinstance(workshop.get("title"), str) or not isinstance(entries, list)
            or not isinstance(manifest.get("app_version", ""), str)
            or not isinstance(manifest.get("created_at", ""), str)
            or not isinstance(manifest.get("includes_people", True), bool)):
        raise _shape(path, MANIFEST)
    names: set[str] = set()
    for entry in entries:
        if (not isinstance(entry, dict) or not isinstance(entry.get("name"), str)
                or not isinstance(entry.get("size"), int) or isinstance(entry.get("size"), bool)
                or entry["size"] < 0 or not isinstance(entry.get("sha256"), str)
                or not _SHA256.fullmatch(entry["sha256"]) or entry["name"] in names or entry["name"] == MANIFEST):
            raise _shape(path, MANIFEST)
        names.add(entry["name"])
    return manifest


def _is_uuid(value: Any) -> bool:
    if not isinstance(value, str) or len(value) != 36:
        return False
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True


# --- the tables ----------------------------------------------------------------------------------


def _tables(path: Path, manifest: dict[str, Any], contents: dict[str, bytes]) -> dict[str, list[dict[str, Any]]]:
    known = {data_entry(name): name for name in PACKAGE_TABLES}
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in PACKAGE_TABLES}
    blobs = {name for name in contents if name.startswith("blobs/")}
    used: set[str] = set()
    count = 0
    for name in contents:
        if name not in known and name not in blobs:
            raise _refused(path, tr("Package", "the entry “{name}” is not part of a Werkstatt package.",
                name=shown(name)))
    for entry, table_name in known.items():
        if entry not in contents:
            continue
        raw = _parse_json(path, entry, contents[entry])
        if not isinstance(raw, list):
            raise _shape(path, entry)
        count += len(raw)
        if count > MAX_ROWS:
            raise _refused(path, tr("Package", "it holds more than {limit} rows.", limit=MAX_ROWS))
        seen: set[str] = set()
        for raw_row in raw:
            row = _row(path, table_name, raw_row, contents, used)
            if row["id"] in seen:
                raise _refused(path, tr("Package", "the row {id} occurs twice in “{name}”.", id=row["id"],
                                        name=entry))
            seen.add(row["id"])
            rows[table_name].append(row)
    if blobs - used:
        raise _refused(path, tr("Package", "the entry “{name}” belongs to no row.",
            name=shown(sorted(blobs - used)[0])))
    if not any(row["id"] == manifest["workshop"]["id"] for row in rows["workshops"]):
        raise _refused(path, tr("Package", "it does not contain the workshop its manifest names."))
    for row in rows["workshop_photos"]:
        _clean_photo(path, row)
    return rows


def _clean_photo(path: Path, row: dict[str, Any]) -> None:
    """A package's photo as ``AddPhoto`` would store it: checked, without camera metadata, upright.

    A package from an older version (or another laptop) may still carry a photo's EXIF block with its
    GPS position; kind, width and height are taken from the cleaned picture, not from the row.
    """
    try:
        image_facts(row["data"])
        row["data"] = clean_image(row["data"])
        row["media_type"], row["width"], row["height"] = image_facts(row["data"])
    except EditError as error:
        raise _refused(path, tr("Package", "the photo {id}: {reason}", id=row["id"], reason=str(error))) from error


def _row(path: Path, table_name: str, raw: Any, contents: dict[str, bytes], used: set[str]) -> dict[str, Any]:
    entry = data_entry(table_name)
    columns = table(table_name).columns
    if not isinstance(raw, dict):
        raise _shape(path, entry)
    unknown = set(raw) - set(columns.keys())
    if unknown:
        raise _refused(path, tr("Package", "“{name}” has a column “{column}” this Werkstatt does not know; the "
                                           "package may come from a newer version.", name=entry,
                                column=shown(sorted(unknown)[0])))
    if not _is_uuid(raw.get("id")):
        raise _shape(path, entry)
    row: dict[str, Any] = {}
    for column in columns:
        if column.name not in raw:
            default = column.default.arg if column.default is not None else None
            if column.default is not None and not callable(default):
                row[column.name] = default
            elif column.nullable:
                row[column.name] = None
            else:
                raise _refused(path, tr("Package", "a row of “{name}” has no value for “{column}”.", name=entry,
                                        column=column.name))
            continue
        row[column.name] = _value(path, table_name, column, raw[column.name], raw["id"], contents, used)
    return row


def _value(path: Path, table_name: str, column: Column[Any], value: Any, row_id: str,
           contents: dict[str, bytes], used: set[str]) -> Any:
    def wrong() -> InterchangeError:
        return _refused(path, tr("Package", "the value of “{column}” in the row {id} of “{name}” has the wrong "
                                            "type or an unknown value.",
                                    column=column.name, id=row_id, name=data_entry(table_name)))

    if value is None:
        if not column.nullable:
            raise wrong()
        return None
    kind = column_kind(column)
    if kind == "str":
        if not isinstance(value, str):
            raise wrong()
        try:
            value.encode("utf-8")  # a lone surrogate from \ud800 would fail only at the INSERT
        except UnicodeEncodeError as error:
            raise wrong() from error
        allowed = VOCABULARIES.get((table_name, column.name))
        if allowed is not None and value not in allowed and not (column.name == "medium" and value == ""):
            raise wrong()
        return value
    if kind == "bool":
        if not isinstance(value, bool):
            raise wrong()
        return value
    if kind == "int":
        if not isinstance(value, int) or isinstance(value, bool) or not -INT64 <= value < INT64:
            raise wrong()
        return value
    if kind == "float":
        if not isinstance(value, int | float) or isinstance(value, bool):
            raise wrong()
        try:
            number = float(value)
        except OverflowError as error:
            raise wrong() from error
        if not math.isfinite(number):
            raise wrong()
        return number
    if kind in ("date", "datetime"):
        if not isinstance(value, str):
            raise wrong()
        try:
            parsed: Any = dt.date.fromisoformat(value) if kind == "date" else dt.datetime.fromisoformat(value)
        except ValueError as error:
            raise wrong() from error
        if kind == "datetime":
            if parsed.tzinfo is None:
                raise wrong()
            try:
                parsed = parsed.astimezone(dt.UTC)  # "0001-01-01T00:00+01:00" would overflow only at the INSERT
            except OverflowError as error:
                raise wrong() from error
        return parsed
    # bytes: the value names the entry that holds them
    if value != blob_entry(table_name, row_id, column.name) or value not in contents:
        raise wrong()
    used.add(value)
    return contents[value]
