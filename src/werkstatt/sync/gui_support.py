"""What the sync and conflict dialogs show, as plain data: field names, values, the side-by-side rows.

The dialogs stay thin: they put these strings into widgets. A conflict's two versions are rows in
the register's form (ids of steps, lanes and models are the same on the laptop and in the register;
organisation ids are the register's), so references are named from the local database where they
can be, and otherwise shown as a short id rather than a 36-character UUID.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from werkstatt import i18n
from werkstatt.capture.fields import kind_name, medium_name
from werkstatt.i18n import QT_TRANSLATE_NOOP, tr
from werkstatt.i18n.format import format_number, format_percent, format_short_date
from werkstatt.library import kind_word, status_word
from werkstatt.model import Organisation
from werkstatt.read.findings import category_name, status_name
from werkstatt.register import schema
from werkstatt.sync.conflicts import ConflictView
from werkstatt.sync.ownership import current_register
from werkstatt.sync.rows import local_table

CONTEXT = "SyncFields"
NOTHING = "–"
SHORT_ID = 8

# Column → English field name; the German ones come from the catalogue under CONTEXT.
FIELD_NAMES = {
    "label": QT_TRANSLATE_NOOP("SyncFields", "Label"),
    "name": QT_TRANSLATE_NOOP("SyncFields", "Name"),
    "text": QT_TRANSLATE_NOOP("SyncFields", "Text"),
    "description": QT_TRANSLATE_NOOP("SyncFields", "Description"),
    "kind": QT_TRANSLATE_NOOP("SyncFields", "Kind"),
    "block": QT_TRANSLATE_NOOP("SyncFields", "Building block"),
    "processing_minutes": QT_TRANSLATE_NOOP("SyncFields", "Processing time (min)"),
    "waiting_minutes": QT_TRANSLATE_NOOP("SyncFields", "Waiting time (min)"),
    "probability": QT_TRANSLATE_NOOP("SyncFields", "Probability"),
    "it_system": QT_TRANSLATE_NOOP("SyncFields", "IT system"),
    "medium": QT_TRANSLATE_NOOP("SyncFields", "Medium"),
    "notes": QT_TRANSLATE_NOOP("SyncFields", "Notes"),
    "position": QT_TRANSLATE_NOOP("SyncFields", "Position"),
    "model_id": QT_TRANSLATE_NOOP("SyncFields", "Process model"),
    "lane_id": QT_TRANSLATE_NOOP("SyncFields", "Lane"),
    "step_id": QT_TRANSLATE_NOOP("SyncFields", "Step"),
    "source_id": QT_TRANSLATE_NOOP("SyncFields", "From step"),
    "target_id": QT_TRANSLATE_NOOP("SyncFields", "To step"),
    "process_id": QT_TRANSLATE_NOOP("SyncFields", "Fact sheet"),
    "based_on_id": QT_TRANSLATE_NOOP("SyncFields", "Based on"),
    "workshop_id": QT_TRANSLATE_NOOP("SyncFields", "Workshop"),
    "measure_id": QT_TRANSLATE_NOOP("SyncFields", "Measure"),
    "pain_point_id": QT_TRANSLATE_NOOP("SyncFields", "Pain point"),
    "organisation_id": QT_TRANSLATE_NOOP("SyncFields", "Organisation"),
    "owner_organisation_id": QT_TRANSLATE_NOOP("SyncFields", "Owning organisation"),
    "lead_organisation_id": QT_TRANSLATE_NOOP("SyncFields", "Lead organisation"),
    "register_key": QT_TRANSLATE_NOOP("SyncFields", "Register key"),
    "product_area": QT_TRANSLATE_NOOP("SyncFields", "Product area"),
    "leika_key": QT_TRANSLATE_NOOP("SyncFields", "LeiKa key"),
    "status": QT_TRANSLATE_NOOP("SyncFields", "Status"),
    "case_volume": QT_TRANSLATE_NOOP("SyncFields", "Cases per year"),
    "legal_basis": QT_TRANSLATE_NOOP("SyncFields", "Legal basis"),
    "tags": QT_TRANSLATE_NOOP("SyncFields", "Tags"),
    "pay_grade": QT_TRANSLATE_NOOP("SyncFields", "Pay grade"),
    "category": QT_TRANSLATE_NOOP("SyncFields", "Category"),
    "severity": QT_TRANSLATE_NOOP("SyncFields", "Severity"),
    "due_date": QT_TRANSLATE_NOOP("SyncFields", "Due"),
    "effort": QT_TRANSLATE_NOOP("SyncFields", "Effort"),
    "impact": QT_TRANSLATE_NOOP("SyncFields", "Impact"),
    "deleted": QT_TRANSLATE_NOOP("SyncFields", "Deleted"),
}

# Reference columns and the local table (and column) that names what they point at.
REFERENCES = {
    "model_id": ("process_models", "name"), "based_on_id": ("process_models", "name"),
    "lane_id": ("lanes", "name"), "step_id": ("steps", "label"), "source_id": ("steps", "label"),
    "target_id": ("steps", "label"), "process_id": ("processes", "name"), "workshop_id": ("workshops", "title"),
    "measure_id": ("measures", "text"), "pain_point_id": ("pain_points", "text"),
}
ORGANISATION_COLUMNS = ("organisation_id", "owner_organisation_id", "lead_organisation_id")
# Bookkeeping a person cannot judge; "deleted" is shown only when the two versions disagree on it.
HIDDEN = frozenset({"id", "revision", "created_at", "updated_at", "owner_id", "generation"})


def field_name(column: str) -> str:
    """The column as the facilitator reads it ("Bearbeitungszeit (min)"); unknown columns as they are."""
    source = FIELD_NAMES.get(column)
    return tr("SyncFields", source) if source else column


def short_id(value: str) -> str:
    return value[:SHORT_ID]


def _code_name(column: str, table: str, value: str) -> str:
    if column == "kind":
        return kind_word(value) if table == "process_models" else kind_name(value)
    if column == "medium":
        return medium_name(value)
    if column == "category":
        return category_name(value)
    if column == "status":
        return status_word(value) if table == "processes" else status_name(value)
    return value


def format_value(column: str, value: Any, *, table: str = "", names: Mapping[str, str] | None = None) -> str:
    """One value for a table cell: "–" for none, a decimal comma in German, codes and references by name."""
    language = i18n.language()
    if value is None or value == "":
        return NOTHING
    if isinstance(value, bool):
        return tr("SyncFields", "yes") if value else tr("SyncFields", "no")
    if column == "probability" and isinstance(value, int | float):
        return format_percent(value, language, 1)
    if isinstance(value, float):
        return format_number(value, language, 1 if round(value, 1) == value else 2)  # 7,5 and 0,25, not 7,50
    if isinstance(value, int):
        return format_number(value, language)
    if isinstance(value, dt.datetime):
        return f"{format_short_date(value.date(), language)} {value:%H:%M}"
    if isinstance(value, dt.date):
        return format_short_date(value, language)
    text = str(value)
    if column in REFERENCES or column in ORGANISATION_COLUMNS:
        known = (names or {}).get(text)
        return known if known else short_id(text)
    return _code_name(column, table, text)


@dataclass(frozen=True)
class ComparisonRow:
    """One line of the side-by-side table."""

    column: str
    field: str
    mine: str
    theirs: str
    differs: bool


def comparison_rows(conflict: ConflictView, names: Mapping[str, str] | None = None) -> list[ComparisonRow]:
    """Both versions field by field, in the register's column order; differing fields are marked."""
    table = conflict.table
    known = schema.data_columns(table) if table in schema.tables else ()
    columns = [c for c in known if c in conflict.mine or c in conflict.theirs]
    columns += sorted(c for c in set(conflict.mine) | set(conflict.theirs) if c not in columns)
    rows = []
    for column in columns:
        differs = column in conflict.differing
        if column in HIDDEN or (column == "deleted" and not differs):
            continue
        rows.append(ComparisonRow(
            column, field_name(column),
            format_value(column, conflict.mine.get(column), table=table, names=names),
            format_value(column, conflict.theirs.get(column), table=table, names=names),
            differs))
    return rows


def reference_names(session: Session, conflicts: Iterable[ConflictView]) -> dict[str, str]:
    """Id → a name for the ids the conflicts point at, read from this laptop's database."""
    wanted: dict[tuple[str, str], set[str]] = {}
    organisation_ids: set[str] = set()
    for conflict in conflicts:
        for row in (conflict.mine, conflict.theirs):
            for column, value in row.items():
                if not isinstance(value, str) or not value:
                    continue
                if column in REFERENCES:
                    wanted.setdefault(REFERENCES[column], set()).add(value)
                elif column in ORGANISATION_COLUMNS:
                    organisation_ids.add(value)
    names: dict[str, str] = {}
    for (table_name, name_column), ids in wanted.items():
        table = local_table(table_name)
        query = select(table.c.id, table.c[name_column]).where(table.c.id.in_(sorted(ids)))
        names.update({row_id: text for row_id, text in session.execute(query).tuples() if text})
    if organisation_ids:
        local = session.execute(select(Organisation.id, Organisation.name)
                                .where(Organisation.id.in_(sorted(organisation_ids)))).tuples()
        names.update(dict(local))
        register = current_register(session)
        if register is not None and register.register_organisation_id in organisation_ids:
            # The register's id of this laptop's own organisation: the one mapping the laptop keeps.
            own = session.get(Organisation, register.organisation_id)
            if own is not None:
                names[register.register_organisation_id] = own.name
    return names


# --- the sync form --------------------------------------------------------------------------------

@dataclass(frozen=True)
class OrganisationChoice:
    id: str  # local id
    label: str  # what the combo shows
    key: str  # what the sync is told (short name, else name): the register matches either
    name: str = ""  # the full name, so that the register's organisations are matched by it too


@dataclass(frozen=True)
class SyncForm:
    """What the sync dialog starts with: the last register, the organisations, the remembered one."""

    url: str
    organisations: tuple[OrganisationChoice, ...]
    remembered_organisation: str | None  # local id


def sync_form(session: Session) -> SyncForm:
    register = current_register(session)
    choices = tuple(
        OrganisationChoice(o.id, f"{o.name} ({o.short_name})" if o.short_name and o.short_name != o.name else o.name,
                           o.short_name or o.name, o.name)
        for o in session.scalars(select(Organisation).where(Organisation.deleted.is_(False))
                                 .order_by(Organisation.name)))
    return SyncForm(register.url if register else "", choices, register.organisation_id if register else None)


@dataclass(frozen=True)
class RegisterOrganisation:
    name: str
    short_name: str
    kind: str

    @property
    def key(self) -> str:
        """What the sync is told (``--as``): the register matches short name or name."""
        return self.short_name or self.name

    @property
    def label(self) -> str:
        return f"{self.name} ({self.short_name})" if self.short_name and self.short_name != self.name else self.name


def register_organisations(url: str) -> tuple[RegisterOrganisation, ...]:
    """The organisations of a register file, read without changing it; nothing when the address is no
    readable register file, and nothing for PostgreSQL, whose login already belongs to one organisation
    (and may need a password that only the sync asks for)."""
    from sqlalchemy.exc import SQLAlchemyError

    from werkstatt.errors import WerkstattError
    from werkstatt.register.connect import open_register_engine, parse_address

    try:
        address = parse_address(url)
    except WerkstattError:
        return ()
    if address.kind != "sqlite" or address.path is None or not address.path.is_file():
        return ()
    try:
        engine = open_register_engine(address)
    except WerkstattError:
        return ()
    table = schema.organisations
    try:
        with engine.connect() as connection:
            rows = connection.execute(select(table.c.name, table.c.short_name, table.c.kind)
                                      .order_by(table.c.name)).all()
    except SQLAlchemyError:  # not a register, or one being set up: nothing to offer
        return ()
    finally:
        engine.dispose()
    return tuple(RegisterOrganisation(name, short or "", kind) for name, short, kind in rows)


def offered_organisations(form: SyncForm, register: Iterable[RegisterOrganisation]) -> tuple[OrganisationChoice, ...]:
    """The laptop's organisations, then the register's that the laptop does not have yet (id "")."""
    known = {key.casefold() for choice in form.organisations for key in (choice.key, choice.name) if key}
    extra = tuple(OrganisationChoice("", org.label, org.key, org.name) for org in register
                  if not {org.key.casefold(), org.name.casefold()} & known)
    return (*form.organisations, *extra)


def report_text(report: Any) -> str:
    """The CLI's summary of a sync, with the pointer to the conflicts command replaced by the dialog's button."""
    from werkstatt.sync.cli import summary

    text = summary(report)
    if report.conflicts:
        n = len(report.conflicts)
        for_terminal = tr("SyncDisplay", "{n} conflicts: these rows changed here and in the register; nothing was "
                                     "overwritten. See “werkstatt conflicts list”.", n=n)
        text = text.replace(for_terminal, tr(
            "SyncSummary", "{n} conflicts: these rows changed here and in the register; nothing was overwritten. "
                           "Choose which version counts with “Resolve conflicts…”.", n=n))
    return text
