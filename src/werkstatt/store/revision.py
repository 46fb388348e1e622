"""The schema revision a local database carries, read without Alembic.

Importing Alembic and reading its migration scripts cost a fifth of a second at every start of
the window and of every command, only to learn that the file is up to date, as it almost always
is. The newest revision is written here (a test holds it equal to the scripts' head); a file at
that revision opens at once, and anything else (a new file, an older or a newer one) is left to
``werkstatt.store.migrate``.
"""

from __future__ import annotations

from sqlalchemy import Engine

HEAD = "0011"  # the newest migration in store/migrations/versions
VERSION_TABLE = "alembic_version"


def stored_revision(engine: Engine) -> str | None:
    """The revision recorded in the file; None when it records none (or more than one: Alembic decides)."""
    with engine.connect() as connection:
        known = connection.exec_driver_sql(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?", (VERSION_TABLE,)).scalar()
        if not known:
            return None
        rows = connection.exec_driver_sql(f"SELECT version_num FROM {VERSION_TABLE}").fetchall()
    return rows[0][0] if len(rows) == 1 else None


def is_current(engine: Engine) -> bool:
    return stored_revision(engine) == HEAD
