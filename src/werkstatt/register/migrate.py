"""The register's schema is changed only by its own Alembic migrations (``register/migrations``).

Its own version tree and version table: a register and a laptop's file evolve separately, and a
SQLite register file must never be mistaken for a laptop database (or the other way round).
"""

from __future__ import annotations

from werkstatt.store.migrate import MigrationTree

VERSION_TABLE = "register_version"
TREE = MigrationTree("werkstatt.register.migrations", VERSION_TABLE)
head_revision = TREE.head_revision
current_revision = TREE.current_revision
known_revisions = TREE.known_revisions
upgrade = TREE.upgrade
downgrade = TREE.downgrade
