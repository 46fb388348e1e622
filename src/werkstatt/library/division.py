"""Who models which process (*Arbeitsteilung*): per process its lead and, per organisation, its models.

In the inter-municipal project one organisation models a process for all (the lead); the others
adopt its model as the base of their own variant. This view answers "who does what" for the room.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from werkstatt.capture.textmatch import fold
from werkstatt.library.product_areas import area_sort_key
from werkstatt.model import Organisation, Process, ProcessModel
from werkstatt.sync.ownership import library_owners


@dataclass(frozen=True)
class ModelEntry:
    id: str
    name: str
    kind: str
    organisation_id: str | None
    organisation_name: str
    based_on_id: str | None
    is_library: bool

    @property
    def adopted(self) -> bool:
        return self.based_on_id is not None


@dataclass
class DivisionRow:
    process_id: str
    register_key: str
    name: str
    product_area: str
    status: str
    lead_organisation_id: str | None
    lead_name: str
    owner_organisation_id: str | None
    owner_name: str
    is_library: bool
    models: list[ModelEntry] = field(default_factory=list)

    def models_by_organisation(self) -> dict[str, list[ModelEntry]]:
        """Organisation name → its models of this process ("" for models without organisation)."""
        grouped: dict[str, list[ModelEntry]] = defaultdict(list)
        for model in self.models:
            grouped[model.organisation_name].append(model)
        return dict(grouped)


@dataclass(frozen=True)
class OrganisationLoad:
    """What one organisation carries: processes it leads, owns, has modelled, has adopted."""

    organisation_id: str
    name: str
    short_name: str
    leads: int
    owns: int
    modelled: int
    adopted: int


def division_of_labour(session: Session, *, process_id: str | None = None) -> list[DivisionRow]:
    """Every live process (or only ``process_id``) with its lead, owner, status and each organisation's models."""
    organisations = {o.id: o for o in session.scalars(select(Organisation))}

    def name_of(organisation_id: str | None) -> str:
        organisation = organisations.get(organisation_id or "")
        return organisation.name if organisation is not None else ""

    rows: dict[str, DivisionRow] = {}
    processes = select(Process).where(Process.deleted.is_(False))
    models = (select(ProcessModel.id, ProcessModel.process_id, ProcessModel.name, ProcessModel.kind,
                     ProcessModel.organisation_id, ProcessModel.based_on_id)
              .where(ProcessModel.deleted.is_(False), ProcessModel.process_id.is_not(None))
              .order_by(ProcessModel.created_at, ProcessModel.id))
    if process_id is not None:
        processes = processes.where(Process.id == process_id)
        models = models.where(ProcessModel.process_id == process_id)
    model_rows = session.execute(models).all()
    # One process's view asks only about its own rows (at 20,000 processes the whole library took 1.4 s).
    library_processes = library_owners(session, "processes", None if process_id is None else [process_id])
    library_models = library_owners(session, "process_models",
                                    None if process_id is None else [row[0] for row in model_rows])
    for process in session.scalars(processes):
        rows[process.id] = DivisionRow(
            process.id, process.register_key or "", process.name, process.product_area or "", process.status,
            process.lead_organisation_id, name_of(process.lead_organisation_id), process.owner_organisation_id,
            name_of(process.owner_organisation_id), process.id in library_processes)
    for model_id, model_process_id, name, kind, organisation_id, based_on_id in model_rows:
        row = rows.get(model_process_id)
        if row is not None:
            row.models.append(ModelEntry(model_id, name, kind, organisation_id, name_of(organisation_id),
                                         based_on_id, model_id in library_models))
    for row in rows.values():
        row.models.sort(key=lambda m: (fold(m.organisation_name), m.kind != "ist", fold(m.name), m.id))
    return sorted(rows.values(), key=lambda r: (area_sort_key(r.product_area), fold(r.name), r.process_id))


def by_organisation(session: Session, rows: list[DivisionRow] | None = None) -> list[OrganisationLoad]:
    """For each live organisation: processes it leads, owns, has a model of, and has adopted a model of."""
    rows = division_of_labour(session) if rows is None else rows
    leads: dict[str, int] = defaultdict(int)
    owns: dict[str, int] = defaultdict(int)
    modelled: dict[str, int] = defaultdict(int)
    adopted: dict[str, int] = defaultdict(int)
    for row in rows:
        if row.lead_organisation_id:
            leads[row.lead_organisation_id] += 1
        if row.owner_organisation_id:
            owns[row.owner_organisation_id] += 1
        for organisation_id in {m.organisation_id for m in row.models if m.organisation_id}:
            modelled[organisation_id] += 1
        for organisation_id in {m.organisation_id for m in row.models if m.organisation_id and m.adopted}:
            adopted[organisation_id] += 1
    organisations = session.scalars(select(Organisation).where(Organisation.deleted.is_(False)))
    loads = [OrganisationLoad(o.id, o.name, o.short_name or o.name, leads[o.id], owns[o.id], modelled[o.id],
                              adopted[o.id]) for o in organisations]
    return sorted(loads, key=lambda load: (fold(load.name), load.organisation_id))
