"""Errors about the register as sentences: the one place where driver messages become ``RegisterError``.

Connecting, migrating and syncing all meet the same driver errors (psycopg, sqlite3, SQLAlchemy's
wrappers); translating them here keeps every sentence in one place and makes sure none of them
carries a password. It lives apart from ``connect`` so that ``connect`` and ``credentials`` can both
raise ``RegisterError`` without importing each other.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.exc import DBAPIError

from werkstatt.errors import WerkstattError
from werkstatt.i18n import tr

if TYPE_CHECKING:
    from werkstatt.register.connect import RegisterAddress


class RegisterError(WerkstattError):
    """The register cannot be reached or used as asked; the sentence says why and what to do."""


@contextmanager
def translating(address: RegisterAddress) -> Iterator[None]:
    """Turn the driver's errors inside the block into a ``RegisterError`` sentence."""
    try:
        yield
    except (DBAPIError, sqlite3.Error, OSError) as error:
        raise translate_register_error(error, address) from None
    except Exception as error:
        if type(error).__module__.startswith("psycopg"):
            raise translate_register_error(error, address) from None
        raise


def is_password_problem(text: str) -> bool:
    """Whether the server refused for want of the right password, so asking the user could help."""
    return "password authentication failed" in text or "no password supplied" in text


_CONNECTION_LOST = (
    "server closed the connection", "terminating connection", "connection is lost", "connection is closed",
    "consuming input failed", "ssl syscall error", "connection reset", "broken pipe", "the connection is bad",
)
_UNREACHABLE = (
    "connection refused", "timeout expired", "no such file or directory", "could not connect",
    "network is unreachable", "no route to host", "is the server running", "starting up", "shutting down",
)


def translate_register_error(error: BaseException, address: RegisterAddress) -> RegisterError:
    """The one place where driver errors about the register become sentences (never with a password)."""
    cause = error.orig if isinstance(error, DBAPIError) and error.orig is not None else error
    if isinstance(cause, RegisterError):
        return cause
    text = str(cause).lower()
    if address.kind == "sqlite" or isinstance(cause, sqlite3.Error):
        return RegisterError(_sqlite_sentence(text, address.path))
    sqlstate = getattr(cause, "sqlstate", None) or ""
    detail = _scrub(str(cause).strip().splitlines()[0] if str(cause).strip() else type(cause).__name__)
    values = {"address": address.display, "user": address.login, "server": address.server, "detail": detail,
              "host": address.host or "localhost", "database": address.database, "sslmode": address.sslmode}
    waited = busy_sentence(cause, address)
    if waited is not None:
        sentence = waited
    elif sqlstate == "28P01" or "password authentication failed" in text:
        sentence = tr("RegisterErrors", "The register {address} refused the password for {user}; update the stored "
                      "password and try again.", **values)
    elif "no password supplied" in text:
        sentence = tr("RegisterErrors", "The register {address} wants a password for {user} and none is known; give "
                      "it when Werkstatt asks (it is kept in the keyring), or put it in ~/.pgpass.", **values)
    elif "server does not support ssl" in text:
        sentence = tr("RegisterErrors", "The register server {server} does not support encrypted connections (SSL), "
                      "but the address asks for sslmode={sslmode}; ask its administrator to enable SSL.", **values)
    elif "no encryption" in text:
        sentence = tr("RegisterErrors", "The register server {server} accepts only encrypted connections; add "
                      "sslmode=verify-full (with sslrootcert=…) to the address.", **values)
    elif "certificate" in text:
        sentence = tr("RegisterErrors", "The register server's certificate could not be checked ({detail}); check "
                      "sslrootcert, sslcert and sslkey in the address.", **values)
    elif sqlstate == "3D000" or ("database" in text and "does not exist" in text):
        sentence = tr("RegisterErrors", "The register server {server} has no database {database}; check the "
                      "address.", **values)
    elif "role" in text and "does not exist" in text:
        sentence = tr("RegisterErrors", "The register {address} has no login {user}; ask its administrator to "
                      "create it.", **values)
    elif sqlstate == "42501" or "permission denied" in text or "row-level security" in text:
        sentence = tr("RegisterErrors", "The register refused this work for {user} (no permission: {detail}); the "
                      "register was left as it was.", **values)
    elif "failed to resolve host" in text or "could not translate host name" in text:
        sentence = tr("RegisterErrors", "The register server's name {host} is unknown; check the address and the "
                      "network.", **values)
    elif (isinstance(error, DBAPIError) and error.connection_invalidated) or (
        "connection failed" not in text
        and (sqlstate.startswith(("08", "57P")) or any(marker in text for marker in _CONNECTION_LOST))
    ):
        sentence = tr("RegisterErrors", "The connection to the register {address} was lost during the work; the "
                      "register was left as it was. Try again.", **values)
    elif any(marker in text for marker in _UNREACHABLE):
        sentence = tr("RegisterErrors", "The register server {server} cannot be reached (connection refused or timed "
                      "out); check the address, the network and that the server is running.", **values)
    else:
        sentence = tr("RegisterErrors", "The register {address} reported an error: {detail}", **values)
    return RegisterError(sentence)


def busy_sentence(cause: BaseException, address: RegisterAddress) -> str | None:
    """The sentence for a register that made the work wait too long or lose a race, else None.

    A sync never waits without end (``werkstatt.register.waiting``): the server cancels a lock wait
    or a statement at its limit, and a sync that meets a row another sync committed meanwhile is
    refused (register migration r0002). Each time the register is left as it was.
    """
    sqlstate = getattr(cause, "sqlstate", None) or ""
    text = str(cause).lower()
    if sqlstate == "55P03" or "lock timeout" in text:
        return tr("RegisterErrors", "The register {address} is busy: another sync is writing to it and did not "
                  "finish in time. Nothing was changed; try again in a moment.", address=address.display)
    if sqlstate == "57014" and "statement timeout" in text:
        return tr("RegisterErrors", "The register {address} did not finish the work in time (it is busy or "
                  "overloaded). Nothing was changed; try again later.", address=address.display)
    if sqlstate in ("40001", "40P01"):
        return tr("RegisterErrors", "Another sync changed the same rows in the register {address} while this one "
                  "ran. Nothing was changed; sync again.", address=address.display)
    return None


def _sqlite_sentence(text: str, path: Path | None) -> str:
    if "locked" in text or "busy" in text:
        return tr("RegisterErrors", "The register file {path} is in use by another laptop; try again in a moment.",
                  path=path)
    if "readonly" in text or "read-only" in text or "permission" in text:
        return tr("RegisterErrors", "The register file {path} cannot be written (no permission).", path=path)
    if "not a database" in text or "malformed" in text:
        return tr("RegisterErrors", "The file {path} is not a SQLite register file.", path=path)
    if "unable to open" in text or "disk i/o" in text or "no such file" in text:
        return tr("RegisterErrors", "The register file {path} cannot be opened; is the network share connected?",
                  path=path)
    return tr("RegisterErrors", "The register file {path} reported an error: {detail}", path=path, detail=text)


def _scrub(detail: str) -> str:
    """Belt and braces: no driver message we know carries a password, but none may pass through here."""
    detail = re.sub(r"(password\s*=\s*)\S+", r"\1***", detail, flags=re.IGNORECASE)
    return re.sub(r"(://[^:/@\s]*:)[^@\s]*@", r"\1***@", detail)
