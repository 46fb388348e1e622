"""Alembic environment of the register: its own version tree and version table, apart from the laptop's."""

from alembic import context

from werkstatt.register.migrate import VERSION_TABLE
from werkstatt.register.schema import metadata

config = context.config


def run_migrations() -> None:
    engine = config.attributes["engine"]
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=metadata,
            version_table=VERSION_TABLE,
            render_as_batch=connection.dialect.name == "sqlite",
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()


run_migrations()
