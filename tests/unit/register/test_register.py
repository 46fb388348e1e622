"""The register's setup, its migrations on both databases, row-level security, and the commands around it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, select, text

from helpers.sync_register import RegisterUnderTest, postgres_register, sqlite_register
from werkstatt.cli import main
from werkstatt.demo import create_demo
from werkstatt.register import migrate, schema
from werkstatt.register.admin import (
    RegisterSetupError,
    check_schema,
    grant_organisation,
    init_register,
    parse_organisation,
)
from werkstatt.register.connect import open_register_engine, parse_address
from werkstatt.register.search import include_object as search_objects
from werkstatt.sync.engine import SyncError, sync


@pytest.fixture
def pg_register(postgres) -> Iterator[RegisterUnderTest]:
    made = postgres_register(postgres)
    yield made
    made.close()


def test_the_register_schema_from_its_migrations_matches_the_code(register) -> None:
    with register.admin.connect() as connection:
        differences = compare_metadata(
            MigrationContext.configure(connection, opts={"version_table": migrate.VERSION_TABLE,
                                                         "include_object": search_objects}), schema.metadata)
    assert differences == []
    assert migrate.current_revision(register.admin) == migrate.head_revision()


def test_the_register_migrates_down_and_up_again(register) -> None:
    migrate.downgrade(register.admin, "base")
    assert set(inspect(register.admin).get_table_names()) <= {migrate.VERSION_TABLE}
    migrate.upgrade(register.admin)
    assert set(schema.metadata.tables) <= set(inspect(register.admin).get_table_names())


def test_init_twice_changes_nothing_and_adds_only_new_organisations(register) -> None:
    before = register.dump()
    assert init_register(register.admin, [parse_organisation("Stadt Witten:Witten")], register.display) == []
    assert register.dump() == before
    added = init_register(register.admin, [parse_organisation("Gemeinde Musterdorf:Musterdorf:gemeinde")],
                          register.display)
    assert added == ["Gemeinde Musterdorf"]


@pytest.mark.parametrize("spec", ["Witten", "::", "Name:Short:city", "Name::stadt"])
def test_an_organisation_given_wrongly_is_refused_with_a_sentence(spec: str) -> None:
    with pytest.raises(RegisterSetupError, match="Organisation"):
        parse_organisation(spec)


def test_a_register_from_a_newer_werkstatt_is_left_alone(register, laptops) -> None:
    with register.admin.begin() as connection:
        connection.execute(text(f"UPDATE {migrate.VERSION_TABLE} SET version_num = 'r9999'"))
    before = register.dump()
    with pytest.raises(RegisterSetupError, match="neueren Werkstatt-Version"):
        check_schema(register.admin, register.display)
    create_demo(laptops["a"])
    with pytest.raises(RegisterSetupError, match="neueren Werkstatt-Version"):
        register.sync(laptops["a"], "EN-Kreis")
    with pytest.raises(RegisterSetupError, match="neueren Werkstatt-Version"):
        init_register(register.admin, [], register.display)
    assert register.dump() == before


def test_an_empty_database_is_not_a_register(tmp_path: Path, laptops) -> None:
    engine = open_register_engine(parse_address(str(tmp_path / "empty.sqlite")))
    create_demo(laptops["a"])
    with pytest.raises(RegisterSetupError, match="noch nicht eingerichtet"):
        sync(laptops["a"], engine, display="empty.sqlite", organisation="Witten")
    engine.dispose()


def test_an_unknown_organisation_is_refused_with_the_known_ones(register, laptops) -> None:
    create_demo(laptops["a"])
    before = register.dump()
    with pytest.raises(SyncError, match=r"keine Organisation „Dortmund“.*Witten"):
        sync(laptops["a"], register.engine_for("Witten"), display=register.display, organisation="Dortmund")
    assert register.dump() == before


# --- row-level security (PostgreSQL) -------------------------------------------------------------

def raw_connection(register: RegisterUnderTest, organisation: str) -> psycopg.Connection:
    url = register.logins[organisation]
    address = parse_address(url)
    return psycopg.connect(host=address.host, port=address.port, dbname=address.database, user=address.user,
                           password=register.passwords[organisation])


def kreis_row(register: RegisterUnderTest) -> tuple[str, str]:
    with register.admin.connect() as connection:
        step = connection.execute(select(schema.tables["steps"].c.id, schema.tables["steps"].c.label)).first()
    return step[0], step[1]


def test_an_organisation_cannot_change_another_organisations_rows(pg_register, laptops) -> None:
    create_demo(laptops["a"])
    pg_register.sync(laptops["a"], "EN-Kreis")
    step_id, label = kreis_row(pg_register)
    before = pg_register.dump()
    with raw_connection(pg_register, "Witten") as witten:
        # UPDATE: row-level security hides the Kreis's rows from Witten's writes.
        with witten.transaction():
            changed = witten.execute("UPDATE steps SET label = 'gehackt' WHERE id = %s", (step_id,)).rowcount
            assert changed == 0
            taken = witten.execute("UPDATE steps SET owner_id = werkstatt_org() WHERE id = %s", (step_id,)).rowcount
            assert taken == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege), witten.transaction():
            witten.execute("DELETE FROM steps WHERE id = %s", (step_id,))
        # INSERT: a row claimed for the Kreis is refused by the policy's check.
        with pg_register.admin.connect() as connection:
            kreis = connection.scalar(text("SELECT id FROM organisations WHERE short_name = 'EN-Kreis'"))
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"), witten.transaction():
            witten.execute(
                "INSERT INTO processes (id, register_key, name, description, product_area, leika_key, status, "
                "legal_basis, tags, created_at, updated_at, revision, deleted, owner_id, generation) "
                "VALUES ('x', '', 'Untergeschoben', '', '', '', 'identified', '', '', now(), now(), 1, false, %s, 1)",
                (kreis,))
        for statement in ("UPDATE organisations SET name = 'X'", "UPDATE register_meta SET generation = 0",
                          "DELETE FROM register_members", "INSERT INTO register_members VALUES ('x', 'y')",
                          "DROP TABLE steps"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege), witten.transaction():
                witten.execute(statement)
    assert pg_register.dump() == before
    assert kreis_row(pg_register) == (step_id, label)


def test_an_organisation_writes_its_own_rows(pg_register, laptops) -> None:
    with raw_connection(pg_register, "Witten") as witten, witten.transaction():
        witten.execute(
            "INSERT INTO processes (id, register_key, name, description, product_area, leika_key, status, "
            "legal_basis, tags, created_at, updated_at, revision, deleted, owner_id, generation) "
            "VALUES ('w1', '', 'Eigener Prozess', '', '', '', 'identified', '', '', now(), now(), 1, false, "
            "werkstatt_org(), 1)")
        assert witten.execute("UPDATE processes SET name = 'Umbenannt' WHERE id = 'w1'").rowcount == 1


def test_a_login_of_another_organisation_cannot_sync_as_the_kreis(pg_register, laptops) -> None:
    create_demo(laptops["a"])
    before = pg_register.dump()
    with pytest.raises(SyncError, match="anderen Organisation"):
        sync(laptops["a"], pg_register.engine_for("Witten"), display=pg_register.display, organisation="EN-Kreis")
    assert pg_register.dump() == before


def test_grant_is_refused_on_a_sqlite_register(tmp_path: Path) -> None:
    register = sqlite_register(tmp_path)
    with pytest.raises(RegisterSetupError, match="PostgreSQL"):
        grant_organisation(register.admin, "Witten", role=None, password="x")
    register.close()


# --- the commands ---------------------------------------------------------------------------------

def test_the_commands_set_up_sync_and_list(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db, register = str(tmp_path / "laptop.sqlite"), str(tmp_path / "register.sqlite")
    assert main(["--lang", "en", "register", "init", register]) == 0
    assert "is ready" in capsys.readouterr().out
    assert main(["--lang", "en", "--db", db, "demo"]) == 0
    capsys.readouterr()
    assert main(["--lang", "en", "--db", db, "sync"]) == 1
    assert "has not synced yet" in capsys.readouterr().err
    assert main(["--lang", "en", "--db", db, "sync", "--register", register, "--as", "Witten"]) == 0
    assert "as Stadt Witten" in capsys.readouterr().out
    assert main(["--lang", "en", "--db", db, "sync"]) == 0  # remembered register and organisation
    assert "Nothing had changed" in capsys.readouterr().out
    assert main(["--lang", "en", "--db", db, "conflicts", "list"]) == 0
    assert "no open conflicts" in capsys.readouterr().out
    assert main(["--lang", "en", "--db", db, "conflicts", "resolve", "abc", "mine"]) == 1
    assert "no open conflict with the id abc" in capsys.readouterr().err


@pytest.mark.parametrize("url, expected", [
    ("postgresql://witten:geheim@localhost/register", "keyring"),
    ("mysql://localhost/register", "postgresql"),
    ("postgresql://localhost/register?sslmode=sometimes", "sslmode"),
])
def test_a_bad_register_address_is_refused_before_anything_is_sent(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], url: str, expected: str) -> None:
    db = str(tmp_path / "laptop.sqlite")
    assert main(["--lang", "en", "--db", db, "demo"]) == 0
    assert main(["--lang", "en", "--db", db, "sync", "--register", url, "--as", "Witten"]) == 1
    error = capsys.readouterr().err
    assert expected in error.lower() and "geheim" not in error and "Traceback" not in error


def test_only_the_models_owner_adds_to_its_structure(pg_register, laptops) -> None:
    """Witten may note its own pain point on the Kreis's model, but not slip a step into it."""
    from werkstatt.demo import MODEL_ID

    create_demo(laptops["a"])
    pg_register.sync(laptops["a"], "EN-Kreis")
    with pg_register.admin.connect() as connection:
        lane = connection.scalar(select(schema.tables["lanes"].c.id).limit(1))
    values = ("'{id}', '{model}', '{lane}', 'task', 'Untergeschoben', '', '', '', '', 1, now(), now(), 1, false, "
              "werkstatt_org(), 99")
    with raw_connection(pg_register, "Witten") as witten:
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"), witten.transaction():
            witten.execute("INSERT INTO steps (id, model_id, lane_id, kind, label, block, it_system, medium, notes, "
                           "position, created_at, updated_at, revision, deleted, owner_id, generation) VALUES ("
                           + values.format(id="s-w", model=MODEL_ID, lane=lane) + ")")
        with witten.transaction():
            witten.execute("INSERT INTO pain_points (id, model_id, text, category, severity, created_at, updated_at, "
                           "revision, deleted, owner_id, generation) VALUES ('p-w', %s, 'Wartezeit', 'waiting', 2, "
                           "now(), now(), 1, false, werkstatt_org(), 99)", (MODEL_ID,))
