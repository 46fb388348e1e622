"""The register password in the operating system's keyring: keep it, forget it, look it up.

A register address never carries a password; the keyring is where a password that worked is
kept, under ``RegisterAddress.keyring_key``. When the system has no keyring (only keyring's
stand-ins that keep nothing), the sentences point to libpq's password file ~/.pgpass instead.
Apart from ``connect`` because storing and forgetting a password (the sync dialog, the tests) needs
no engine, and the keyring's sentences are a concern of their own.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import keyring
import keyring.errors
from keyring.backends import fail, null

from werkstatt.i18n import tr
from werkstatt.register.errors import RegisterError

if TYPE_CHECKING:
    from werkstatt.register.connect import RegisterAddress

log = logging.getLogger(__name__)

KEYRING_SERVICE = "werkstatt-register"


def keyring_available() -> bool:
    """Whether the operating system offers a keyring (not keyring's stand-ins that keep nothing)."""
    return not isinstance(keyring.get_keyring(), fail.Keyring | null.Keyring)


def _check_keyring_use(address: RegisterAddress) -> None:
    if address.kind != "postgresql":
        raise RegisterError(tr(
            "RegisterCredentials", "A register file has no password; only a PostgreSQL register needs one."
        ))
    if not keyring_available():
        raise RegisterError(tr(
            "RegisterCredentials",
            "This system has no keyring to keep the register password in; put the password in the PostgreSQL "
            "password file ~/.pgpass instead (a line host:port:database:user:password, readable only by you).",
        ))


def store_password(address: RegisterAddress, password: str) -> None:
    """Keep the password for ``address`` in the operating system's keyring."""
    _check_keyring_use(address)
    try:
        keyring.set_password(KEYRING_SERVICE, address.keyring_key, password)
    except keyring.errors.KeyringError as error:
        raise RegisterError(tr(
            "RegisterCredentials",
            "The keyring refused to keep the password ({reason}); try again, or use the PostgreSQL password file "
            "~/.pgpass.",
            reason=type(error).__name__,
        )) from None
    log.info("Stored the register password for %s in the keyring", address.keyring_key)


def forget_password(address: RegisterAddress) -> None:
    """Remove the password for ``address`` from the keyring (nothing kept is fine too)."""
    _check_keyring_use(address)
    try:
        keyring.delete_password(KEYRING_SERVICE, address.keyring_key)
    except keyring.errors.PasswordDeleteError:
        return
    except keyring.errors.KeyringError as error:
        raise RegisterError(tr(
            "RegisterCredentials", "The keyring refused to forget the password ({reason}).", reason=type(error).__name__
        )) from None
    log.info("Removed the register password for %s from the keyring", address.keyring_key)


def password_from_keyring(address: RegisterAddress) -> str | None:
    if not keyring_available():
        log.info("No keyring on this system; the register password comes from elsewhere")
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, address.keyring_key)
    except keyring.errors.KeyringError as error:  # locked, or the service went away: go on without it
        log.warning("The keyring could not be read (%s); going on without it", type(error).__name__)
        return None
