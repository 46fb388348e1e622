"""Alembic environment: batch mode on SQLite, the engine handed in by werkstatt.store."""

from alembic import context
from sqlalchemy import create_engine

from werkstatt.model import Base

target_metadata = Base.metadata
config = context.config


def run_migrations() -> None:
    engine = config.attributes.get("engine")
    if engine is None:
        engine = create_engine(config.get_main_option("sqlalchemy.url"))
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()


run_migrations()
