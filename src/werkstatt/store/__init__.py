"""The local SQLite store: engine, sessions, migrations and backups."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from werkstatt.store.paths import backup_dir, default_db_path, resolve_db_path

if TYPE_CHECKING:
    from werkstatt.store.database import Store, backup, open_store

__all__ = ["Store", "backup", "backup_dir", "default_db_path", "open_store", "resolve_db_path"]


def __getattr__(name: str) -> Any:
    """The database names on first use: ``werkstatt --help`` imports ``store.cli`` but opens no store, so
    SQLAlchemy and Alembic are not loaded for it."""
    if name not in ("Store", "backup", "open_store"):
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from werkstatt.store import database

    return getattr(database, name)
