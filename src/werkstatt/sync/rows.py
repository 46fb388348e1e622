"""Rows as plain dicts in the register's form, and the translations between laptop and register.

Both sides key rows by the same UUID. Two things differ: organisation ids (each laptop made its
own before it ever met the register; they are matched by short name or name), and the private
columns the register never sees.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from sqlalchemy import Date, DateTime, Table

from werkstatt.i18n import tr
from werkstatt.register import schema

Row = dict[str, Any]


def local_table(name: str) -> Table:
    from werkstatt.model import Base

    return Base.metadata.tables[name]


def content(name: str, row: Row) -> Row:
    """The columns that make a row's content (what a conflict compares)."""
    return {column: row.get(column) for column in schema.data_columns(name)}


def same_content(name: str, left: Row, right: Row) -> bool:
    return content(name, left) == content(name, right)


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


def to_json(row: Row) -> str:
    return json.dumps({key: _plain(value) for key, value in row.items()}, ensure_ascii=False, sort_keys=True)


def from_json(name: str, data: str) -> Row:
    """Back from JSON with dates and times as Python values again (by the register column's type)."""
    raw = json.loads(data)
    table = schema.tables[name]
    row: Row = {}
    for key, value in raw.items():
        column = table.columns.get(key)
        if value is not None and column is not None:
            if isinstance(column.type, DateTime) or getattr(column.type, "impl", None) is DateTime:
                value = dt.datetime.fromisoformat(value)
            elif isinstance(column.type, Date):
                value = dt.date.fromisoformat(value)
        row[key] = value
    return row


def digest(row: Row) -> str:
    return hashlib.sha256(to_json(row).encode()).hexdigest()


@dataclass
class OrganisationMap:
    """Which local organisation is which register organisation."""

    to_register: dict[str, str] = field(default_factory=dict)
    to_local: dict[str, str] = field(default_factory=dict)
    # Register organisations this laptop does not have yet: (register id, name, short name, kind).
    missing_here: dict[str, tuple[str, str, str]] = field(default_factory=dict)
    unknown_there: dict[str, str] = field(default_factory=dict)  # local id → name

    @classmethod
    def match(cls, local: list[Row], register: list[Row]) -> OrganisationMap:
        mapping = cls()
        by_key: dict[str, Row] = {}
        for row in register:
            by_key.setdefault(row["id"], row)
            by_key.setdefault("s:" + row["short_name"].casefold(), row)
            by_key.setdefault("n:" + row["name"].casefold(), row)
        for row in local:
            found = (by_key.get(row["id"]) or by_key.get("s:" + (row["short_name"] or "").casefold())
                     or by_key.get("n:" + row["name"].casefold()))
            if found is None or found["id"] in mapping.to_local:
                mapping.unknown_there[row["id"]] = row["name"]
                continue
            mapping.to_register[row["id"]] = found["id"]
            mapping.to_local[found["id"]] = row["id"]
        for row in register:
            if row["id"] not in mapping.to_local:
                mapping.missing_here[row["id"]] = (row["name"], row["short_name"], row["kind"])
                mapping.to_local[row["id"]] = row["id"]  # created here with the register's id
        return mapping


def to_register_form(name: str, row: Row, organisations: OrganisationMap, warnings: set[str]) -> Row:
    """A local row as the register keeps it: private columns left out, organisation ids translated."""
    private = schema.PRIVATE_COLUMNS.get(name, frozenset())
    converted = {key: value for key, value in row.items() if key not in private and key in schema.tables[name].c}
    for column in schema.organisation_columns(name):
        local_id = converted.get(column)
        if local_id is None:
            continue
        register_id = organisations.to_register.get(local_id)
        if register_id is None:
            warnings.add(tr("SyncRows", "The register does not know the organisation “{name}”; rows that name it were "
                                    "sent without it. Its administrator can add it with “werkstatt register init "
                                    "--organisation”.", name=organisations.unknown_there.get(local_id, local_id)))
        converted[column] = register_id
    return converted


@cache
def _local_columns(name: str) -> frozenset[str]:
    return frozenset(column.name for column in local_table(name).columns if column.name != "revision")


@cache
def _organisation_columns(name: str) -> tuple[str, ...]:
    return schema.organisation_columns(name)


def to_local_form(name: str, row: Row, organisations: OrganisationMap) -> Row:
    """A register row as the laptop keeps it: bookkeeping left out, organisation ids translated."""
    keep = _local_columns(name)
    converted = {key: value for key, value in row.items() if key in keep}
    for column in _organisation_columns(name):
        if converted.get(column) is not None:
            converted[column] = organisations.to_local.get(converted[column], converted[column])
    return converted
