"""Alembic environment of the register: its own version tree and version table, apart from the laptop's."""

from alembic import context

from werkstatt.register.migrate import VERSION_TABLE
from werkstatt.register.schema import metadata
from werkstatt.store.migrate import run_in_alembic

run_in_alembic(context, metadata, VERSION_TABLE)
