"""Alembic environment: batch mode on SQLite, the engine handed in by werkstatt.store."""

from alembic import context

from werkstatt.model import Base
from werkstatt.store.migrate import run_in_alembic

run_in_alembic(context, Base.metadata, check_foreign_keys=True)
