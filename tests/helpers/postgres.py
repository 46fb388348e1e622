"""A throwaway PostgreSQL 15 cluster for the register tests, started once per test session.

The register's promises (row-level security, atomic sync under a killed connection, refused
passwords) are the database's, so they are tested against the real server from the installed
binaries, never against a stand-in. The cluster lives in a temporary folder, listens on a unix
socket in that folder and on 127.0.0.1 (for the sslmode tests over TCP; the server has no SSL),
and runs as the OS user ``postgres`` when the tests run as root (PostgreSQL refuses to run as root).

Authentication is set up like a real register server: the superuser ``postgres`` is trusted on the
socket (the tests' admin door), every other role must give its password (scram-sha-256), on the
socket as over TCP.

``tests/conftest.py`` loads it as a plugin (``pytest_plugins``).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import psycopg
import pytest
from psycopg import sql

__all__ = ["PostgresServer", "postgres"]

PG_BINDIR = Path(os.environ.get("WERKSTATT_PG_BINDIR", "/usr/lib/postgresql/15/bin"))
SUPERUSER = "postgres"
TCP_HOST = "127.0.0.1"

# Settings for speed, not safety: the cluster is thrown away after the session.
SERVER_SETTINGS = {
    "listen_addresses": f"'{TCP_HOST}'",
    "fsync": "off",
    "synchronous_commit": "off",
    "full_page_writes": "off",
    "shared_buffers": "'16MB'",
    "max_connections": "60",
    "password_encryption": "'scram-sha-256'",
    "ssl": "off",
    "log_min_messages": "warning",
    "log_connections": "off",
}

HBA = f"""\
# TYPE  DATABASE  USER        ADDRESS        METHOD
local   all       {SUPERUSER}                trust
local   all       all                        scram-sha-256
host    all       all         127.0.0.1/32   scram-sha-256
"""


class PostgresServer:
    """A running throwaway cluster and the small admin helpers the tests need."""

    def __init__(self, root: Path, socket_dir: Path, port: int) -> None:
        self.root = root
        self.socket_dir = str(socket_dir)
        self.port = port
        self.tcp_host = TCP_HOST
        self.startup_seconds = 0.0

    def __repr__(self) -> str:
        return f"PostgresServer(socket_dir={self.socket_dir!r}, port={self.port})"

    def url_for(self, role: str, database: str) -> str:
        """A SQLAlchemy URL for ``role`` over the unix socket, without a password."""
        return (
            f"postgresql+psycopg://{quote(role, safe='')}@/{quote(database, safe='')}"
            f"?host={quote(self.socket_dir, safe='/')}&port={self.port}"
        )

    def admin_url(self, database: str = "postgres") -> str:
        """The superuser's URL (trusted on the socket, no password)."""
        return self.url_for(SUPERUSER, database)

    def connect(self, database: str = "postgres", **options: object) -> psycopg.Connection:
        """A raw psycopg connection as the superuser, autocommit."""
        return psycopg.connect(
            host=self.socket_dir, port=self.port, user=SUPERUSER, dbname=database, autocommit=True, **options
        )

    def execute(self, statement: str | sql.Composable, database: str = "postgres", params: object = None) -> list:
        """Run one admin statement outside a transaction (CREATE DATABASE needs that); rows if it returns any."""
        with self.connect(database) as connection:
            cursor = connection.execute(statement, params)  # type: ignore[arg-type]
            return cursor.fetchall() if cursor.description else []

    def create_database(self, prefix: str = "t") -> str:
        """A fresh, empty database with a unique name; returns its admin URL."""
        if not prefix.isidentifier():
            raise ValueError(f"database prefix {prefix!r} must be a plain identifier")
        name = f"{prefix.lower()}_{uuid.uuid4().hex[:12]}"
        self.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        return self.admin_url(name)

    def terminate_backends(self, database: str) -> int:
        """Kill every other session on ``database`` (as a broken network would); returns how many."""
        rows = self.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()",
            params=(database,),
        )
        return sum(1 for (killed,) in rows if killed)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((TCP_HOST, 0))
        return probe.getsockname()[1]


def _as_cluster_owner(command: list[str]) -> list[str]:
    """Run as ``postgres`` when we are root: the server refuses to run as root."""
    if os.geteuid() != 0:
        return command
    runuser = shutil.which("runuser")
    if runuser is None:
        pytest.fail("The PostgreSQL tests run as root but `runuser` is missing (package util-linux).")
    return [runuser, "-u", SUPERUSER, "--", *command]


def _run(command: list[str], what: str) -> None:
    result = subprocess.run(_as_cluster_owner(command), capture_output=True, text=True, check=False, timeout=60)
    if result.returncode != 0:
        pytest.fail(f"{what} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")


def _check_binaries() -> None:
    missing = [name for name in ("initdb", "pg_ctl", "postgres") if not (PG_BINDIR / name).is_file()]
    if missing:
        pytest.fail(
            f"The PostgreSQL 15 server binaries are missing ({', '.join(missing)} not in {PG_BINDIR}); "
            "the register tests need them: run tools/bootstrap.sh --tests (installs postgresql-15) "
            "or set WERKSTATT_PG_BINDIR."
        )
    if os.geteuid() == 0:
        try:
            import pwd

            pwd.getpwnam(SUPERUSER)
        except KeyError:
            pytest.fail("The PostgreSQL tests run as root and need the OS user `postgres` (package postgresql-common).")


def start_cluster(root: Path) -> PostgresServer:
    data = root / "data"
    socket_dir = root / "socket"
    socket_dir.mkdir()
    if os.geteuid() == 0:
        for path in (root, socket_dir):
            shutil.chown(path, SUPERUSER, SUPERUSER)
    _run(
        [
            str(PG_BINDIR / "initdb"), "-D", str(data), "-U", SUPERUSER, "--auth=trust",
            "-E", "UTF8", "--locale=C.UTF-8", "--no-sync", "--no-instructions",
        ],
        "initdb",
    )
    (data / "pg_hba.conf").write_text(HBA, encoding="utf-8")
    last_log = ""
    for _attempt in range(3):  # another process may take the free port between probing and binding
        port = _free_port()
        settings = dict(SERVER_SETTINGS, port=str(port), unix_socket_directories=f"'{socket_dir}'")
        with (data / "postgresql.auto.conf").open("w", encoding="utf-8") as conf:
            conf.writelines(f"{key} = {value}\n" for key, value in settings.items())
        log = root / "server.log"
        result = subprocess.run(
            _as_cluster_owner([str(PG_BINDIR / "pg_ctl"), "start", "-D", str(data), "-l", str(log), "-w", "-s"]),
            capture_output=True, text=True, check=False, timeout=60,
        )
        if result.returncode == 0:
            return PostgresServer(root, socket_dir, port)
        last_log = log.read_text(encoding="utf-8", errors="replace") if log.exists() else result.stderr
    pytest.fail(f"The throwaway PostgreSQL cluster did not start:\n{last_log}")


def stop_cluster(root: Path) -> None:
    data = root / "data"
    if (data / "postmaster.pid").exists():
        subprocess.run(
            _as_cluster_owner([str(PG_BINDIR / "pg_ctl"), "stop", "-D", str(data), "-m", "immediate", "-s"]),
            capture_output=True, check=False, timeout=60,
        )
    shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    """The session's throwaway PostgreSQL 15 cluster (fails, never skips, when PostgreSQL is missing)."""
    _check_binaries()
    # A short path: a unix socket's path must stay under 108 bytes.
    root = Path(tempfile.mkdtemp(prefix="werkstatt-pg-", dir="/tmp" if Path("/tmp").is_dir() else None))
    started = time.monotonic()
    try:
        server = start_cluster(root)
    except BaseException:
        stop_cluster(root)
        raise
    server.startup_seconds = time.monotonic() - started
    try:
        yield server
    finally:
        stop_cluster(root)
