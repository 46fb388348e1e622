"""Where the local database lives: ``--db``, then ``WERKSTATT_DB``, then the platform's data folder."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "werkstatt"
DB_FILENAME = "werkstatt.sqlite"
ENV_DB = "WERKSTATT_DB"


def default_db_path() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / DB_FILENAME


def resolve_db_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    chosen = explicit or os.environ.get(ENV_DB) or default_db_path()
    return Path(chosen).expanduser()


def backup_dir(db_path: Path) -> Path:
    """Backups sit beside the database, so that a copied folder keeps them together."""
    return db_path.parent / "backups"
