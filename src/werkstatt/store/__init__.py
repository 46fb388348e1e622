"""The local SQLite store: engine, sessions, migrations and backups."""

from werkstatt.store.database import Store, backup, open_store
from werkstatt.store.paths import backup_dir, default_db_path, resolve_db_path

__all__ = ["Store", "backup", "backup_dir", "default_db_path", "open_store", "resolve_db_path"]
