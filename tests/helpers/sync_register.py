"""A register for the sync tests: a SQLite file, or a database in the throwaway PostgreSQL cluster
with one login role per organisation (so row-level security is in force, as in production)."""

from __future__ import annotations

import itertools
import secrets
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, select, text
from sqlalchemy.engine import make_url

from werkstatt.register import schema
from werkstatt.register.admin import default_organisations, grant_organisation, init_register
from werkstatt.register.connect import open_register_engine, parse_address
from werkstatt.store.database import Store, open_store
from werkstatt.sync.engine import SyncReport, sync

ORGANISATIONS = ("EN-Kreis", "Witten")


@dataclass
class RegisterUnderTest:
    kind: str
    admin: Engine
    display: str
    logins: dict[str, str] = field(default_factory=dict)  # organisation → URL (PostgreSQL)
    passwords: dict[str, str] = field(default_factory=dict)
    engines: dict[str, Engine] = field(default_factory=dict)

    def engine_for(self, organisation: str) -> Engine:
        if organisation not in self.engines:
            if self.kind == "sqlite":
                self.engines[organisation] = open_register_engine(parse_address(self.display))
            else:
                self.engines[organisation] = open_register_engine(parse_address(self.logins[organisation]),
                                                                  password=self.passwords[organisation])
        return self.engines[organisation]

    def sync(self, store: Store, organisation: str, **options: Any) -> SyncReport:
        return sync(store, self.engine_for(organisation), display=self.display, organisation=organisation, **options)

    def dump(self) -> dict[str, list[tuple[Any, ...]]]:
        """Every row of every register table, sorted: equal dumps mean an unchanged register."""
        with self.admin.connect() as connection:
            return {name: sorted((tuple(row) for row in connection.execute(select(table))), key=_sort_key)
                    for name, table in schema.metadata.tables.items()}

    def generation(self) -> int:
        with self.admin.connect() as connection:
            return int(connection.scalar(text("SELECT generation FROM register_meta")))

    def close(self) -> None:
        for engine in self.engines.values():
            engine.dispose()
        self.admin.dispose()


def _sort_key(row: tuple[Any, ...]) -> tuple[tuple[bool, str, str], ...]:
    # None next to text in one column (a step added by AddStep has no block yet) cannot be compared directly.
    return tuple((value is None, type(value).__name__, str(value)) for value in row)


def fill_register(admin: Engine, processes: int, *, steps: int = 5, seed: int = 1,
                  generations: int = 7) -> dict[str, list[str]]:
    """``processes`` processes spread over the register's organisations, each with one model of two lanes,
    ``steps`` steps in a chain of flows, a pain point, a measure and their link; written straight into the
    register's tables in one transaction, spread over ``generations`` generations (as syncs over months
    would). Returns process ids by organisation short name. Deterministic for a seed."""
    import datetime as dt
    import random
    import uuid

    rng = random.Random(seed)
    now = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)

    def new_id() -> str:
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))

    with admin.begin() as connection:
        organisations = [tuple(row) for row in connection.execute(
            select(schema.organisations.c.id, schema.organisations.c.short_name).order_by(schema.organisations.c.id))]
        start = int(connection.scalar(text("SELECT generation FROM register_meta")))
        rows: dict[str, list[dict[str, Any]]] = {name: [] for name in schema.SYNCED_TABLES}
        held: dict[str, list[str]] = {}
        for number in range(processes):
            owner, short = organisations[number % len(organisations)]
            generation = start + 1 + number % generations
            base = {"owner_id": owner, "generation": generation, "created_at": now, "updated_at": now,
                    "revision": 1, "deleted": False}
            process, model = new_id(), new_id()
            held.setdefault(short, []).append(process)
            rows["processes"].append({**base, "id": process, "register_key": f"{short}-{number}",
                                      "name": f"Prozess {number} ({short})", "description": f"Beschreibung {number}",
                                      "product_area": "01 Innere Verwaltung", "leika_key": "", "status": "modelled",
                                      "legal_basis": "", "tags": "", "owner_organisation_id": owner})
            rows["process_models"].append({**base, "id": model, "process_id": process, "name": f"Ist {number}",
                                           "kind": "ist", "organisation_id": owner, "description": ""})
            lanes = [new_id(), new_id()]
            for position, lane in enumerate(lanes):
                rows["lanes"].append({**base, "id": lane, "model_id": model, "name": f"Bahn {position}",
                                      "organisation_id": owner, "position": position, "pay_grade": ""})
            step_ids = [new_id() for _ in range(steps)]
            for position, step in enumerate(step_ids):
                rows["steps"].append({**base, "id": step, "model_id": model, "lane_id": lanes[position % 2],
                                      "kind": "task", "label": f"Schritt {position}", "block": "", "it_system": "",
                                      "medium": "", "notes": "", "position": float(position)})
            for source, target in itertools.pairwise(step_ids):
                rows["flows"].append({**base, "id": new_id(), "model_id": model, "source_id": source,
                                      "target_id": target, "label": ""})
            point, measure = new_id(), new_id()
            rows["pain_points"].append({**base, "id": point, "model_id": model, "step_id": step_ids[0],
                                        "text": f"Wartezeit {number}", "category": "other", "severity": 2})
            rows["measures"].append({**base, "id": measure, "model_id": model, "text": f"Termin online {number}",
                                     "owner_organisation_id": owner, "status": "open"})
            rows["measure_pain_points"].append({**base, "id": new_id(), "measure_id": measure, "pain_point_id": point})
        for name in schema.SYNCED_TABLES:
            table = schema.tables[name]
            complete = [{column.name: row.get(column.name) for column in table.columns} for row in rows[name]]
            for begin in range(0, len(complete), 5000):
                connection.execute(table.insert(), complete[begin:begin + 5000])
        connection.execute(text("UPDATE register_meta SET generation = :g"), {"g": start + generations})
    return held


def sqlite_register(folder: Path) -> RegisterUnderTest:
    path = folder / "register.sqlite"
    admin = open_register_engine(parse_address(str(path)))
    init_register(admin, default_organisations(), str(path))
    return RegisterUnderTest("sqlite", admin, str(path))


def postgres_register(server: Any) -> RegisterUnderTest:
    url = make_url(server.create_database("reg"))
    database = url.database
    admin_text = f"postgresql://postgres@/{database}?host={server.socket_dir}&port={server.port}"
    admin = open_register_engine(parse_address(admin_text))
    init_register(admin, default_organisations(), admin_text)
    register = RegisterUnderTest("postgresql", admin, admin_text)
    for organisation in ORGANISATIONS:
        role = f"{database}_{organisation.replace('-', '_').lower()}"
        password = secrets.token_urlsafe(12)
        grant_organisation(admin, organisation, role=role, password=password)
        register.logins[organisation] = f"postgresql://{role}@/{database}?host={server.socket_dir}&port={server.port}"
        register.passwords[organisation] = password
    return register


@pytest.fixture(params=["sqlite", "postgresql"])
def register(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[RegisterUnderTest]:
    if request.param == "sqlite":
        made = sqlite_register(tmp_path)
    else:
        made = postgres_register(request.getfixturevalue("postgres"))
    yield made
    made.close()


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[dict[str, Store]]:
    """Laptops by name, opened on demand: ``laptops["a"]`` is a fresh local database."""
    opened: dict[str, Store] = {}

    class Laptops(dict[str, Store]):
        def __missing__(self, name: str) -> Store:
            store = open_store(tmp_path / f"laptop-{name}.sqlite")
            opened[name] = store
            self[name] = store
            return store

    yield Laptops()
    for store in opened.values():
        store.close()
