"""Alembic, driven from code: the schema is created and changed only by migrations.

Two version trees use this: the laptop's database (``werkstatt.store.migrations``) and the shared
register (``werkstatt.register.migrations``, with its own version table).
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, MetaData, create_engine

from werkstatt.errors import StoreError
from werkstatt.i18n import tr


class MigrationTree:
    """One Alembic version tree: where its scripts are and which table records the revision."""

    def __init__(self, package: str, version_table: str = "alembic_version") -> None:
        self.package = package
        self.version_table = version_table

    def config(self, engine: Engine | None = None) -> Config:
        cfg = Config()
        cfg.set_main_option("script_location", str(resources.files(self.package)))
        if engine is not None:
            cfg.attributes["engine"] = engine
        return cfg

    def script_directory(self) -> ScriptDirectory:
        return ScriptDirectory.from_config(self.config())

    def head_revision(self) -> str:
        heads = self.script_directory().get_heads()
        if len(heads) != 1:
            raise RuntimeError(f"{self.package} must have exactly one head, found {heads}")
        return heads[0]

    def current_revision(self, engine: Engine) -> str | None:
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"version_table": self.version_table})
            return context.get_current_revision()

    def known_revisions(self) -> set[str]:
        return {script.revision for script in self.script_directory().walk_revisions()}

    def upgrade(self, engine: Engine, target: str = "head") -> None:
        command.upgrade(self.config(engine), target)

    def downgrade(self, engine: Engine, target: str) -> None:
        command.downgrade(self.config(engine), target)


def run_in_alembic(context: Any, metadata: MetaData, version_table: str = "alembic_version", *,
                   check_foreign_keys: bool = False) -> None:
    """The body of a tree's ``env.py``: migrate on the engine handed in (or the configured URL), batch mode on SQLite.

    ``check_foreign_keys``: batch mode copies a table and drops the old one; with foreign keys on, dropping a table
    that others point at fails. Off for the migration, checked as a whole afterwards.
    """
    config = context.config
    engine = config.attributes.get("engine")
    if engine is None:
        engine = create_engine(config.get_main_option("sqlalchemy.url"))
    with engine.connect() as connection:
        guard = check_foreign_keys and connection.dialect.name == "sqlite"
        if guard:
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        context.configure(
            connection=connection,
            target_metadata=metadata,
            version_table=version_table,
            render_as_batch=connection.dialect.name == "sqlite",
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()
            if guard:
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"the migration left rows pointing at nothing: {broken[:5]}")
        connection.commit()
        if guard:
            connection.exec_driver_sql("PRAGMA foreign_keys=ON")


LOCAL = MigrationTree("werkstatt.store.migrations")
script_directory = LOCAL.script_directory
head_revision = LOCAL.head_revision
current_revision = LOCAL.current_revision
upgrade = LOCAL.upgrade
downgrade = LOCAL.downgrade


def refuse_unknown(revision: str | None, path: Path) -> None:
    """A revision we do not know was written by a newer Werkstatt: do not touch it."""
    if revision is None:
        return
    if revision not in LOCAL.known_revisions():
        raise StoreError(
            tr("StoreMigrate", "The database {path} was written by a newer version of Werkstatt "
               "(schema {revision}); update Werkstatt to open it. The file was left unchanged.",
               path=path, revision=revision)
        )
