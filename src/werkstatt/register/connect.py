"""How Werkstatt reaches a register: its address and the engine, with the password found when needed.

A register is a SQLite file (local, or on a network share) or a PostgreSQL database. The address is
what the facilitator types or the settings keep, so it never carries a password. The password comes
from the caller, else the operating system's keyring, else libpq's own sources (~/.pgpass,
PGPASSWORD); only when the server still wants one is the user asked, and a password that works is
kept in the keyring. It is never written to a log, an error or a repr. The keyring itself is
``werkstatt.register.credentials``; driver errors become sentences in ``werkstatt.register.errors``.
"""

from __future__ import annotations

import getpass
import logging
import os
import re
import sqlite3
import threading
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal
from urllib.parse import parse_qsl, quote, unquote, urlsplit

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL

from werkstatt.i18n import tr
from werkstatt.register.credentials import keyring_available, password_from_keyring, store_password
from werkstatt.register.errors import RegisterError, busy_sentence, is_password_problem, translating
from werkstatt.register.waiting import DEFAULT_TIMEOUTS, Timeouts, WaitNotice

log = logging.getLogger(__name__)

SSLMODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
SSL_OPTIONS = ("sslmode", "sslrootcert", "sslcert", "sslkey", "sslcrl")
QUERY_OPTIONS = ("host", "port", *SSL_OPTIONS)
POSTGRES_SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")
SQLITE_SCHEMES = ("sqlite", "sqlite+pysqlite")
CONNECT_TIMEOUT_SECONDS = 10
SQLITE_BUSY_TIMEOUT_MS = 15000  # a share answers slowly, and another laptop may be syncing
SQLITE_HEADER = b"SQLite format 3\x00"
EXAMPLE = "postgresql://USER@HOST:5432/DATABASE"


@dataclass(frozen=True)
class RegisterAddress:
    """Where a register lives. Holds no password by construction."""

    kind: Literal["sqlite", "postgresql"]
    path: Path | None = None
    user: str | None = None
    host: str | None = None  # a host name, an IP address, or a unix socket folder (starts with /)
    port: int | None = None
    database: str | None = None
    ssl: tuple[tuple[str, str], ...] = field(default=())  # (option, value) pairs for libpq

    @property
    def login(self) -> str:
        """The role libpq logs in as: the given user, else the operating system's user name."""
        return self.user or getpass.getuser()

    @property
    def sslmode(self) -> str | None:
        return dict(self.ssl).get("sslmode")

    @property
    def server(self) -> str:
        return f"{self.host or 'localhost'}:{self.port or 5432}"

    @property
    def display(self) -> str:
        """A printable form for messages and logs (there is no password to hide)."""
        if self.kind == "sqlite":
            return str(self.path)
        query: list[tuple[str, str]] = []
        host = self.host or ""
        if host.startswith("/"):
            query.append(("host", host))
            host = ""
        elif ":" in host:
            host = f"[{host}]"
        if self.port is not None:
            if host:
                host = f"{host}:{self.port}"
            else:
                query.append(("port", str(self.port)))
        query.extend(self.ssl)
        user = f"{quote(self.user, safe='')}@" if self.user else ""
        text = f"postgresql://{user}{host}/{quote(self.database or '', safe='')}"
        return text + ("?" + "&".join(f"{key}={quote(value, safe='/')}" for key, value in query) if query else "")

    @property
    def keyring_key(self) -> str:
        """The name the password is kept under in the keyring: user@host:port/database."""
        if self.kind == "sqlite":
            return f"sqlite:{self.path}"
        return f"{self.login}@{self.server}/{self.database}"

    def sqlalchemy_url(self) -> URL:
        """The SQLAlchemy URL, without any password."""
        if self.kind == "sqlite":
            return URL.create("sqlite+pysqlite", database=str(self.path))
        host, query = self.host, dict(self.ssl)
        if host and host.startswith("/"):  # a socket folder travels as a query option, as libpq knows it
            query["host"], host = host, None
        return URL.create(
            "postgresql+psycopg", username=self.user, host=host, port=self.port, database=self.database, query=query
        )

def _password_refusal() -> RegisterError:
    return RegisterError(tr(
        "RegisterConnect",
        "The register address must not contain a password: give the address without it; Werkstatt asks for "
        "the password once and keeps it in the operating system's keyring (or put it in the PostgreSQL "
        "password file ~/.pgpass).",
    ))


def _malformed(reason: str) -> RegisterError:
    return RegisterError(tr(
        "RegisterConnect", "The register address cannot be read ({reason}); write it as {example}.",
        reason=reason, example=EXAMPLE,
    ))


def _bad_port() -> RegisterError:
    return RegisterError(tr(
        "RegisterConnect", "The register address has an invalid port; give a number from 1 to 65535, as in {example}.",
        example=EXAMPLE,
    ))


def _given_twice(option: str) -> RegisterError:
    return RegisterError(tr(
        "RegisterConnect", "The register address gives the option “{option}” twice.", option=option
    ))


def parse_address(text: str) -> RegisterAddress:
    """Read a register address: a file path, ``sqlite:///PATH`` or ``postgresql://USER@HOST:PORT/DB?...``."""
    text = text.strip()
    if not text:
        raise RegisterError(tr("RegisterConnect", "No register address was given."))
    if "\x00" in text:
        raise _malformed(tr("RegisterConnect", "it contains a NUL character"))
    scheme_match = re.match(r"([A-Za-z][A-Za-z0-9+.-]+)://", text)  # one letter before ":" is a drive (C:\)
    if scheme_match is None:
        if re.search(r"(^|\s)(dbname|host|user|password)\s*=", text):
            raise RegisterError(tr(
                "RegisterConnect", "Give the register address as a URL, as in {example}, not as key=value pairs.",
                example=EXAMPLE,
            ))
        return RegisterAddress(kind="sqlite", path=Path(os.path.expanduser(text)))
    scheme = scheme_match.group(1).lower()
    if scheme in SQLITE_SCHEMES:
        return _parse_sqlite(text[scheme_match.end():])
    if scheme in POSTGRES_SCHEMES:
        return _parse_postgres(text)
    raise RegisterError(tr(
        "RegisterConnect",
        "The register address starts with “{scheme}://”, which Werkstatt does not know; use a file path, "
        "sqlite:///PATH or {example}.",
        scheme=scheme, example=EXAMPLE,
    ))


def _parse_sqlite(rest: str) -> RegisterAddress:
    # As in SQLAlchemy: sqlite:///relative/file, sqlite:////absolute/file.
    if not rest.startswith("/") or len(rest) < 2:
        raise RegisterError(tr(
            "RegisterConnect", "A register file address needs a path, as in sqlite:///PATH/register.sqlite."
        ))
    if "?" in rest:
        raise RegisterError(tr("RegisterConnect", "A register file address takes no options after “?”."))
    return RegisterAddress(kind="sqlite", path=Path(os.path.expanduser(unquote(rest[1:]))))


def _parse_postgres(text: str) -> RegisterAddress:
    try:
        parts = urlsplit(text)
        password, hostname, port = parts.password, parts.hostname, parts.port
    except ValueError as error:
        netloc = text.split("://", 1)[1].split("/", 1)[0]
        if "@" not in netloc and "@" in text.split("://", 1)[1] and not netloc.rpartition(":")[2].isdigit():
            raise _password_refusal() from None  # user:pass/word@host: the "/" cut the password off
        if "port" in str(error).lower():
            raise _bad_port() from None
        raise _malformed(tr("RegisterConnect", "its server part is malformed")) from None
    if password is not None:
        raise _password_refusal()
    options: dict[str, str] = {}
    for key, value in parse_qsl(parts.query, keep_blank_values=True):
        if key == "password":
            raise _password_refusal()
        if key not in QUERY_OPTIONS:
            raise RegisterError(tr(
                "RegisterConnect",
                "The register address has the option “{option}”, which Werkstatt does not use; allowed are {options}.",
                option=key, options=", ".join(QUERY_OPTIONS),
            ))
        if key in options:
            raise _given_twice(key)
        options[key] = value
    if parts.fragment:
        raise _malformed(tr("RegisterConnect", "it has a part after “#”"))
    sslmode = options.get("sslmode")
    if sslmode is not None and sslmode not in SSLMODES:
        raise RegisterError(tr(
            "RegisterConnect",
            "The register address has sslmode={value}, which PostgreSQL does not know; valid values are {values}.",
            value=sslmode, values=", ".join(SSLMODES),
        ))
    database = unquote(parts.path[1:]) if parts.path.startswith("/") else ""
    if not database:
        raise RegisterError(tr(
            "RegisterConnect", "The register address names no database; add it after the server, as in {example}.",
            example=EXAMPLE,
        ))
    if "/" in database:
        raise _malformed(tr("RegisterConnect", "the database name contains “/”"))
    host = hostname or None
    if "host" in options:
        if host:
            raise _given_twice("host")
        host = options["host"] or None
    if "port" in options:
        if port is not None:
            raise _given_twice("port")
        if not re.fullmatch(r"[0-9]{1,5}", options["port"]):
            raise _bad_port()
        port = int(options["port"])
    if port is not None and not 0 < port < 65536:
        raise _bad_port()
    return RegisterAddress(
        kind="postgresql", user=unquote(parts.username) if parts.username else None, host=host, port=port,
        database=database, ssl=tuple((key, options[key]) for key in SSL_OPTIONS if key in options),
    )


# --- engines ---------------------------------------------------------------------------------------------

_addresses: weakref.WeakKeyDictionary[Engine, RegisterAddress] = weakref.WeakKeyDictionary()
_credentials: weakref.WeakKeyDictionary[Engine, _Credentials] = weakref.WeakKeyDictionary()


def open_register_engine(
    address: RegisterAddress,
    *,
    password: str | None = None,
    ask_password: Callable[[str], str | None] | None = None,
    timeouts: Timeouts = DEFAULT_TIMEOUTS,
    on_wait: Callable[[str], None] | None = None,
) -> Engine:
    """An engine on the register; nothing is connected yet (``check_connection`` does that once).

    The password: ``password`` if given, else the keyring's, else libpq's own (~/.pgpass,
    PGPASSWORD); ``ask_password(prompt)`` is called only when the server refuses or wants a
    password none of these had, and an answer that works is kept in the keyring.
    On PostgreSQL every connection waits at most ``timeouts`` for locks and statements;
    ``on_wait(sentence)`` hears when a statement is still waiting after a moment.
    """
    log.info("Opening the register %s", address.display)
    if address.kind == "sqlite":
        engine = _sqlite_engine(address)
    else:
        engine = _postgres_engine(address, password, ask_password, timeouts)
        if on_wait is not None:
            WaitNotice(engine, address.display, timeouts, on_wait)
    _addresses[engine] = address
    return engine


def _sqlite_engine(address: RegisterAddress) -> Engine:
    path = address.path
    assert path is not None
    if not path.parent.is_dir():
        raise RegisterError(tr(
            "RegisterConnect",
            "The folder {folder} of the register file does not exist or cannot be reached (is the network share "
            "connected?).",
            folder=path.parent,
        ))
    if path.is_dir():
        raise RegisterError(tr("RegisterConnect", "{path} is a folder, not a register file.", path=path))
    if path.exists():
        try:
            with path.open("rb") as handle:
                header = handle.read(len(SQLITE_HEADER))
        except OSError as error:
            raise RegisterError(tr(
                "RegisterConnect", "The register file {path} cannot be read: {reason}.",
                path=path, reason=error.strerror,
            )) from None
        if header and header != SQLITE_HEADER:
            raise RegisterError(tr("RegisterConnect", "The file {path} is not a SQLite register file.", path=path))
    engine = create_engine(address.sqlalchemy_url())

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        # pysqlite would open its transaction only at the first write, so a sync's reads would not be
        # in the transaction of its writes; we begin it ourselves (SQLAlchemy's documented recipe).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
            # WAL needs memory shared by every process that uses the file, which a network share
            # (SMB, NFS) cannot provide: other laptops would read stale pages or corrupt the file.
            # The classic rollback journal works with the share's file locks.
            cursor.execute("PRAGMA journal_mode=DELETE")
            cursor.execute("PRAGMA synchronous=FULL")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection) -> None:  # type: ignore[no-untyped-def]
        # A sync asks for the write lock at once (execution option "write_lock"): two laptops on one
        # file then queue up instead of both reading and one failing when it starts to write.
        immediate = connection.get_execution_options().get("write_lock", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


class _Credentials:
    """The password for one engine's connections: looked up once, asked for only when it is needed."""

    def __init__(self, address: RegisterAddress, given: str | None, ask: Callable[[str], str | None] | None) -> None:
        self.address = address
        self.given = given is not None
        self.password = given if given is not None else password_from_keyring(address)
        self.ask = ask
        self.not_kept: str | None = None  # why a password that was typed and worked is not kept
        self.lock = threading.Lock()  # pool connections may be made from several threads; ask once

    def __repr__(self) -> str:
        return f"_Credentials({self.address.keyring_key}, known={self.password is not None})"

    def connect(self, dialect, params: dict):  # type: ignore[no-untyped-def]
        with self.lock:
            if self.password is not None:
                params["password"] = self.password
            try:
                return dialect.connect(**params)
            except dialect.loaded_dbapi.OperationalError as error:
                if self.given or self.ask is None or not is_password_problem(str(error)):
                    raise
            answer = self.ask(tr(
                "RegisterConnect", "Password of {user} for the register {address}:",
                user=self.address.login, address=self.address.display,
            ))
            if not answer:
                raise RegisterError(tr(
                    "RegisterConnect", "No password was given for the register {address}.", address=self.address.display
                ))
            params["password"] = answer
            connection = dialect.connect(**params)
            self.password = answer
            if not keyring_available():
                self.not_kept = tr(
                    "RegisterConnect", "This system has no keyring, so the password was used for this time only and "
                    "not kept; to be asked no more, put it in the PostgreSQL password file ~/.pgpass.")
                return connection
            try:
                store_password(self.address, answer)
            except RegisterError as refused:
                log.warning("%s", refused)
                self.not_kept = refused.message
            return connection


def _postgres_engine(address: RegisterAddress, password: str | None,
                     ask: Callable[[str], str | None] | None, timeouts: Timeouts) -> Engine:
    credentials = _Credentials(address, password, ask)
    engine = create_engine(
        address.sqlalchemy_url(),
        pool_pre_ping=True,  # a laptop's connection dies with sleep and Wi-Fi changes; replace it unseen
        connect_args={"connect_timeout": CONNECT_TIMEOUT_SECONDS, "application_name": "werkstatt",
                      "options": timeouts.libpq_options()},
    )
    _credentials[engine] = credentials

    @event.listens_for(engine, "do_connect")
    def _connect(dialect, _record, cargs, cparams):  # type: ignore[no-untyped-def]
        return credentials.connect(dialect, cparams)

    @event.listens_for(engine, "handle_error")
    def _busy(context):  # type: ignore[no-untyped-def]
        # A limit reached (another sync holds a lock) is no driver error: whoever runs the work, a
        # sync or the administrator, gets the sentence, even through code that wraps driver errors.
        sentence = busy_sentence(context.original_exception, address)
        return RegisterError(sentence) if sentence is not None else None

    return engine


def password_notice(engine: Engine) -> str | None:
    """A sentence when a password the user typed worked but could not be kept (no keyring), else None."""
    credentials = _credentials.get(engine)
    return credentials.not_kept if credentials is not None else None


def register_address(engine: Engine) -> RegisterAddress:
    """The address an engine was opened for (also for engines made elsewhere, e.g. by tests)."""
    known = _addresses.get(engine)
    if known is not None:
        return known
    url = engine.url
    if url.get_backend_name() == "sqlite":
        return RegisterAddress(kind="sqlite", path=Path(url.database or ""))
    host = url.host or url.query.get("host")
    return RegisterAddress(kind="postgresql", user=url.username, host=host if isinstance(host, str) else None,
                           port=url.port, database=url.database)


def check_connection(engine: Engine) -> str:
    """Connect once and say what answered, e.g. ``PostgreSQL 15.8`` or ``SQLite 3.40.1``."""
    with translating(register_address(engine)), engine.connect() as connection:
        if engine.dialect.name == "postgresql":
            return "PostgreSQL " + str(connection.exec_driver_sql("SHOW server_version").scalar())
        return "SQLite " + str(connection.exec_driver_sql("SELECT sqlite_version()").scalar())
