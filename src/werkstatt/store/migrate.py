"""Alembic, driven from code: the schema is created and changed only by migrations."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from werkstatt.errors import StoreError
from werkstatt.i18n import tr


def config(engine: Engine | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(resources.files("werkstatt.migrations")))
    if engine is not None:
        cfg.attributes["engine"] = engine
    return cfg


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(config())


def head_revision() -> str:
    heads = script_directory().get_heads()
    if len(heads) != 1:
        raise RuntimeError(f"migrations must have exactly one head, found {heads}")
    return heads[0]


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def refuse_unknown(revision: str | None, path: Path) -> None:
    """A revision we do not know was written by a newer Werkstatt: do not touch it."""
    if revision is None:
        return
    known = {script.revision for script in script_directory().walk_revisions()}
    if revision not in known:
        raise StoreError(
            tr("Store", "The database {path} was written by a newer version of Werkstatt "
               "(schema {revision}); update Werkstatt to open it. The file was left unchanged.",
               path=path, revision=revision)
        )


def upgrade(engine: Engine, target: str = "head") -> None:
    command.upgrade(config(engine), target)


def downgrade(engine: Engine, target: str) -> None:
    command.downgrade(config(engine), target)
