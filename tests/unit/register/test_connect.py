"""Reaching a register: addresses, passwords from the keyring, and every failure as one sentence.

Against the session's throwaway PostgreSQL cluster (tests/helpers/postgres.py) and real SQLite files.
The keyring is the keyring library's own plug-in interface with an in-memory backend: there is no
keyring service on a CI machine, and the code under test talks to the library exactly as on a desktop.
"""

from __future__ import annotations

import logging
import socket
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from hypothesis import given
from hypothesis import strategies as st
from keyring.backends import fail
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from helpers.memory_keyring import MemoryKeyring
from werkstatt.register.connect import SSLMODES, RegisterAddress, check_connection, open_register_engine, parse_address
from werkstatt.register.credentials import KEYRING_SERVICE, forget_password, store_password
from werkstatt.register.errors import RegisterError, translate_register_error, translating

SECRET = "Tür-S3cret/mit@Zeichen'"
ROLE = "alice"


# The sentences are checked in their English source; the German ones come from the catalogue.
pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture(autouse=True)
def no_libpq_password(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """libpq's own password sources stay out unless a test puts one there."""
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(before)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


@pytest.fixture(scope="module")
def register_db(postgres) -> str:
    """A database with a login role that must give its password (scram-sha-256)."""
    url = postgres.create_database("reg")
    name = parse_address(url).database
    assert name is not None
    postgres.execute(f"DROP ROLE IF EXISTS {ROLE}")
    postgres.execute(f"CREATE ROLE {ROLE} LOGIN PASSWORD '{SECRET.replace(chr(39), chr(39) * 2)}'")
    postgres.execute("CREATE TABLE secret_table (id int)", database=name)
    return name


@pytest.fixture
def address(postgres, register_db: str) -> RegisterAddress:
    return parse_address(postgres.url_for(ROLE, register_db))


def answers(engine) -> str:
    """What the register says it is, with the engine closed again (no connection left to the GC)."""
    try:
        return check_connection(engine)
    finally:
        engine.dispose()


def refused(engine) -> str:
    with pytest.raises(RegisterError) as caught:
        check_connection(engine)
    engine.dispose()
    return str(caught.value)


def test_the_cluster_demands_a_password_from_every_role_but_the_admin(postgres, register_db: str) -> None:
    import psycopg

    assert postgres.execute("SELECT current_user")[0][0] == "postgres"
    with pytest.raises(psycopg.OperationalError, match="no password supplied"):
        psycopg.connect(host=postgres.socket_dir, port=postgres.port, user=ROLE, dbname=register_db).close()
    assert 0 < postgres.startup_seconds < 5  # about 1.2 s here; the rest is room for a loaded machine
    first, second = postgres.create_database(), postgres.create_database()
    assert first != second


def test_missing_postgresql_binaries_fail_the_run_instead_of_skipping(monkeypatch: pytest.MonkeyPatch,
                                                                     tmp_path: Path) -> None:
    from helpers import postgres as pg_fixtures

    monkeypatch.setattr(pg_fixtures, "PG_BINDIR", tmp_path)
    with pytest.raises(pytest.fail.Exception, match=r"missing \(initdb, pg_ctl, postgres.*postgresql-15"):
        pg_fixtures._check_binaries()


def test_the_password_comes_from_the_keyring(address: RegisterAddress, memory_keyring: MemoryKeyring) -> None:
    store_password(address, SECRET)
    assert memory_keyring.passwords == {(KEYRING_SERVICE, f"{ROLE}@{address.host}:{address.port}/{address.database}"):
                                        SECRET}
    engine = open_register_engine(address)
    assert check_connection(engine).startswith("PostgreSQL 15")
    with engine.connect() as connection:
        assert connection.execute(text("SELECT current_user, current_setting('application_name')")).one() == (
            ROLE, "werkstatt")
    engine.dispose()
    forget_password(address)
    forget_password(address)  # nothing left to forget is fine
    assert memory_keyring.passwords == {}


def test_a_given_password_wins_over_the_keyring(address: RegisterAddress, memory_keyring: MemoryKeyring) -> None:
    store_password(address, "stale")
    assert answers(open_register_engine(address, password=SECRET)).startswith("PostgreSQL")


def test_a_wrong_password_is_refused_in_one_sentence(address: RegisterAddress, memory_keyring: MemoryKeyring) -> None:
    store_password(address, "wrong")
    message = refused(open_register_engine(address))
    assert message == (f"The register {address.display} refused the password for {ROLE}; "
                       "update the stored password and try again.")


def test_the_user_is_asked_once_and_the_answer_is_kept(address: RegisterAddress,
                                                        memory_keyring: MemoryKeyring) -> None:
    prompts: list[str] = []

    def ask(prompt: str) -> str:
        prompts.append(prompt)
        return SECRET

    engine = open_register_engine(address, ask_password=ask)
    with engine.connect() as one, engine.connect() as two:
        assert one.execute(text("SELECT 1")).scalar() == two.execute(text("SELECT 2")).scalar() - 1
    engine.dispose()
    assert prompts == [f"Password of {ROLE} for the register {address.display}:"]
    assert memory_keyring.passwords[(KEYRING_SERVICE, address.keyring_key)] == SECRET


def test_a_stale_keyring_password_leads_to_asking_again(address: RegisterAddress,
                                                         memory_keyring: MemoryKeyring) -> None:
    store_password(address, "stale")
    engine = open_register_engine(address, ask_password=lambda _prompt: SECRET)
    assert check_connection(engine).startswith("PostgreSQL")
    engine.dispose()
    assert memory_keyring.passwords[(KEYRING_SERVICE, address.keyring_key)] == SECRET


def test_no_answer_and_no_password_anywhere(address: RegisterAddress, no_keyring: None) -> None:
    message = refused(open_register_engine(address, ask_password=lambda _prompt: None))
    assert message == f"No password was given for the register {address.display}."
    message = refused(open_register_engine(address))
    assert "wants a password for alice and none is known" in message


def test_libpq_password_file_works_without_a_keyring(address: RegisterAddress, no_keyring: None,
                                                      tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    passfile = tmp_path / "pgpass"
    escaped = SECRET.replace("\\", "\\\\").replace(":", "\\:")
    passfile.write_text(f"*:*:{address.database}:{ROLE}:{escaped}\n", encoding="utf-8")
    passfile.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(passfile))
    assert answers(open_register_engine(address)).startswith("PostgreSQL")


def test_without_a_keyring_storing_says_to_use_pgpass(address: RegisterAddress, no_keyring: None) -> None:
    for action in (lambda: store_password(address, SECRET), lambda: forget_password(address)):
        with pytest.raises(RegisterError, match=r"no keyring .* ~/\.pgpass"):
            action()


def test_a_register_file_has_no_password(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    with pytest.raises(RegisterError, match="only a PostgreSQL register needs one"):
        store_password(parse_address(str(tmp_path / "r.sqlite")), SECRET)


def test_ssl_required_against_a_server_without_ssl(postgres, register_db: str, memory_keyring: MemoryKeyring) -> None:
    address = parse_address(f"postgresql://{ROLE}@127.0.0.1:{postgres.port}/{register_db}?sslmode=require")
    store_password(address, SECRET)
    message = refused(open_register_engine(address))
    assert message == (f"The register server 127.0.0.1:{postgres.port} does not support encrypted connections "
                       "(SSL), but the address asks for sslmode=require; ask its administrator to enable SSL.")
    plain = parse_address(f"postgresql://{ROLE}@127.0.0.1:{postgres.port}/{register_db}?sslmode=prefer")
    assert answers(open_register_engine(plain, password=SECRET)).startswith("PostgreSQL")


def test_an_unknown_database(postgres) -> None:
    address = parse_address(postgres.url_for("postgres", "no_such_register"))
    assert refused(open_register_engine(address)) == (
        f"The register server {address.server} has no database no_such_register; check the address.")


def test_an_unknown_login(postgres, register_db: str) -> None:
    address = parse_address(postgres.url_for("nobody", register_db))
    assert "refused the password for nobody" in refused(open_register_engine(address, password="x"))


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_an_unreachable_server() -> None:
    port = free_port()
    address = parse_address(f"postgresql://{ROLE}@127.0.0.1:{port}/register")
    assert refused(open_register_engine(address, password=SECRET)) == (
        f"The register server 127.0.0.1:{port} cannot be reached (connection refused or timed out); "
        "check the address, the network and that the server is running.")


def test_an_unknown_host() -> None:
    address = parse_address(f"postgresql://{ROLE}@no-such-register.invalid/register")
    assert refused(open_register_engine(address, password=SECRET)) == (
        "The register server's name no-such-register.invalid is unknown; check the address and the network.")


def test_permission_denied(address: RegisterAddress) -> None:
    engine = open_register_engine(address, password=SECRET)
    with pytest.raises(RegisterError) as caught, translating(address), engine.begin() as connection:
        connection.execute(text("SELECT * FROM secret_table"))
    engine.dispose()
    assert str(caught.value) == ("The register refused this work for alice (no permission: permission denied for "
                                 "table secret_table); the register was left as it was.")


def test_a_connection_lost_during_work(postgres, address: RegisterAddress, register_db: str) -> None:
    engine = open_register_engine(address, password=SECRET)
    with pytest.raises(RegisterError) as caught, translating(address), engine.begin() as connection:
        connection.execute(text("CREATE TEMPORARY TABLE scratch (id int)"))
        assert postgres.terminate_backends(register_db) == 1
        connection.execute(text("INSERT INTO scratch VALUES (1)"))
    assert str(caught.value) == (f"The connection to the register {address.display} was lost during the work; "
                                 "the register was left as it was. Try again.")
    assert check_connection(engine).startswith("PostgreSQL")  # pre-ping replaces the dead connection
    engine.dispose()


def test_the_password_never_shows(address: RegisterAddress, memory_keyring: MemoryKeyring,
                                  caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    store_password(address, SECRET)
    engine = open_register_engine(address, ask_password=lambda _prompt: SECRET)
    check_connection(engine)
    shown = [repr(address), address.display, address.keyring_key, repr(engine), str(engine.url),
             engine.url.render_as_string(hide_password=False), caplog.text]
    store_password(address, "Falsch-" + SECRET)
    wrong = open_register_engine(address)
    shown.append(refused(wrong))
    with pytest.raises(RegisterError) as caught:
        parse_address(f"postgresql://{ROLE}:{SECRET}@localhost/register")
    shown += [str(caught.value), repr(caught.value), caplog.text]
    engine.dispose()
    assert all(SECRET not in item for item in shown), [item for item in shown if SECRET in item]
    assert "keyring" in str(caught.value)


# --- SQLite register files -------------------------------------------------------------------------------

def test_a_register_file_on_a_share(tmp_path: Path) -> None:
    path = tmp_path / "register.sqlite"
    engine = open_register_engine(parse_address(f"sqlite:///{path}"))
    assert check_connection(engine).startswith("SQLite 3.")
    with engine.connect() as connection:
        pragmas = [connection.exec_driver_sql(f"PRAGMA {name}").scalar()
                   for name in ("foreign_keys", "journal_mode", "busy_timeout")]
    assert pragmas == [1, "delete", 15000]
    with pytest.raises(RuntimeError), engine.begin() as connection:  # one transaction, reads and DDL included
        connection.exec_driver_sql("CREATE TABLE t (id INTEGER)")
        raise RuntimeError("broken mid-sync")
    with engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM sqlite_master WHERE name = 't'").scalar() == 0
    engine.dispose()


def test_a_register_file_in_a_missing_folder(tmp_path: Path) -> None:
    missing = tmp_path / "share" / "gone"
    with pytest.raises(RegisterError) as caught:
        open_register_engine(parse_address(str(missing / "register.sqlite")))
    assert str(caught.value) == (f"The folder {missing} of the register file does not exist or cannot be reached "
                                 "(is the network share connected?).")


def test_a_file_that_is_no_register(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("not a database", encoding="utf-8")
    with pytest.raises(RegisterError, match="is not a SQLite register file"):
        open_register_engine(parse_address(str(notes)))
    with pytest.raises(RegisterError, match="is a folder, not a register file"):
        open_register_engine(parse_address(str(tmp_path)))


def test_sqlite_driver_errors_become_sentences(tmp_path: Path) -> None:
    address = parse_address(str(tmp_path / "r.sqlite"))
    locked = sqlite3.OperationalError("database is locked")
    assert "in use by another laptop" in str(translate_register_error(locked, address))
    wrapped = DBAPIError("SELECT 1", None, sqlite3.OperationalError("unable to open database file"))
    assert "cannot be opened; is the network share connected?" in str(translate_register_error(wrapped, address))


# --- reading addresses -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("typed", "expected"), [
    ("register.sqlite", RegisterAddress("sqlite", path=Path("register.sqlite"))),
    ("  /mnt/share/register.sqlite ", RegisterAddress("sqlite", path=Path("/mnt/share/register.sqlite"))),
    ("sqlite:////mnt/share/r.sqlite", RegisterAddress("sqlite", path=Path("/mnt/share/r.sqlite"))),
    ("sqlite:///relative.sqlite", RegisterAddress("sqlite", path=Path("relative.sqlite"))),
    (r"C:\Share\register.sqlite", RegisterAddress("sqlite", path=Path(r"C:\Share\register.sqlite"))),
    ("postgresql://erk@register.kreis.example:5433/prozesse?sslmode=verify-full&sslrootcert=/etc/ca.pem",
     RegisterAddress("postgresql", user="erk", host="register.kreis.example", port=5433, database="prozesse",
                     ssl=(("sslmode", "verify-full"), ("sslrootcert", "/etc/ca.pem")))),
    ("postgres://witten@10.0.0.5/register", RegisterAddress("postgresql", user="witten", host="10.0.0.5",
                                                           database="register")),
    ("postgresql://[::1]:5432/register", RegisterAddress("postgresql", host="::1", port=5432, database="register")),
    ("postgresql:///register?host=/var/run/postgresql&port=5433",
     RegisterAddress("postgresql", host="/var/run/postgresql", port=5433, database="register")),
    ("postgresql+psycopg://postgres@/t_1?host=/tmp/s", RegisterAddress("postgresql", user="postgres", host="/tmp/s",
                                                                     database="t_1")),
    ("POSTGRESQL://g%C3%B6rg@h/m%C3%BCnster?sslcert=c.pem&sslkey=k.pem&sslmode=verify-ca",
     RegisterAddress("postgresql", user="görg", host="h", database="münster",
                     ssl=(("sslmode", "verify-ca"), ("sslcert", "c.pem"), ("sslkey", "k.pem")))),
])
def test_addresses_that_are_read(typed: str, expected: RegisterAddress) -> None:
    assert parse_address(typed) == expected


@pytest.mark.parametrize("address", [
    "postgresql://erk@register.kreis.example:5433/prozesse?sslmode=verify-full&sslrootcert=/etc/ca.pem",
    "postgresql://witten@h/register", "postgresql:///register?host=/var/run/postgresql&port=5433",
    "postgresql://[::1]:5432/register",
])
def test_the_display_form_reads_back_as_the_same_address(address: str) -> None:
    parsed = parse_address(address)
    assert parse_address(parsed.display) == parsed


@pytest.mark.parametrize(("typed", "sentence"), [
    ("", "No register address was given."),
    ("postgresql://erk:geheim@h/db", "keeps it in the operating system's keyring"),
    ("postgresql://erk:ge/heim@h/db", "keeps it in the operating system's keyring"),
    ("postgresql://erk@h/db?password=geheim", "keeps it in the operating system's keyring"),
    ("mysql://erk@h/db", "starts with “mysql://”, which Werkstatt does not know"),
    ("postgresql://h/db?sslmode=yes", "valid values are " + ", ".join(SSLMODES) + "."),
    ("postgresql://h/db?sslmode=", "sslmode=, which PostgreSQL does not know"),
    ("postgresql://h/db?connect_timeout=1", "the option “connect_timeout”, which Werkstatt does not use"),
    ("postgresql://h/db?sslmode=require&sslmode=disable", "gives the option “sslmode” twice"),
    ("postgresql://h/db?host=/tmp", "gives the option “host” twice"),
    ("postgresql://erk@h", "names no database"),
    ("postgresql://erk@h:5432/", "names no database"),
    ("postgresql://h:99999/db", "invalid port"),
    ("postgresql://h:0/db", "invalid port"),
    ("postgresql:///db?port=x", "invalid port"),
    ("postgresql://[::1/db", "cannot be read (its server part is malformed)"),
    ("postgresql://h/a/b", "the database name contains “/”"),
    ("postgresql://h/db#x", "it has a part after “#”"),
    ("host=h dbname=register", "not as key=value pairs"),
    ("sqlite://", "needs a path"),
    ("sqlite:///r.sqlite?mode=ro", "takes no options"),
])
def test_addresses_that_are_refused(typed: str, sentence: str) -> None:
    with pytest.raises(RegisterError) as caught:
        parse_address(typed)
    assert sentence in str(caught.value)
    assert "geheim" not in str(caught.value)


@given(st.text(max_size=80) | st.builds(lambda rest: "postgresql://" + rest, st.text(max_size=60)))
def test_any_text_is_read_or_refused_in_a_sentence(typed: str) -> None:
    try:
        parsed = parse_address(typed)
    except RegisterError as error:
        assert str(error).endswith(".")
        return
    assert parsed.kind in ("sqlite", "postgresql")
    assert parsed.display and parsed.keyring_key


@given(user=st.text(min_size=1, max_size=12), database=st.text(min_size=1, max_size=12),
       port=st.none() | st.integers(1, 65535), sslmode=st.none() | st.sampled_from(SSLMODES),
       host=st.sampled_from(["register.example", "10.1.2.3", "::1", "/var/run/postgresql"]))
def test_every_address_reads_back_from_its_display_form(user: str, database: str, port: int | None,
                                                       sslmode: str | None, host: str) -> None:
    if "\x00" in user + database or "/" in database:
        return
    address = RegisterAddress("postgresql", user=user, host=host, port=port, database=database,
                              ssl=(("sslmode", sslmode),) if sslmode else ())
    assert parse_address(address.display) == address
