"""A register for the sync tests: a SQLite file, or a database in the throwaway PostgreSQL cluster
with one login role per organisation (so row-level security is in force, as in production)."""

from __future__ import annotations

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
from werkstatt.store import Store, open_store
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
            return {name: sorted(tuple(row) for row in connection.execute(select(table)))
                    for name, table in schema.metadata.tables.items()}

    def generation(self) -> int:
        with self.admin.connect() as connection:
            return int(connection.scalar(text("SELECT generation FROM register_meta")))

    def close(self) -> None:
        for engine in self.engines.values():
            engine.dispose()
        self.admin.dispose()


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
