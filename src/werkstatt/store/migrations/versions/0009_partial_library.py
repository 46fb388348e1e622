"""A laptop that keeps what it needs: the processes whose models' content it holds, and a resumable pull.

- ``held_processes``: processes pinned for a workshop ("für die Werkstatt mitnehmen") or whose content
  a sync fetched, with the register generation that content is complete up to.
- ``sync_registers.pull_*``: where a pull in progress stands (target generation, table, stream, last
  generation and id applied), so that a killed sync goes on from there without duplicates or gaps.
- ``sync_rows`` loses its indexes on ``deleted``, ``updated_at`` and owner: one entry per library row,
  and nothing looks entries up by the first two; the owner's rows are found through the unique index's
  (register, table) prefix. Together they were a large share of the file.

Existing laptops held the whole library; their rows stay, and every process they pulled gets a
``held_processes`` row marking its content as fetched up to the laptop's cursor. Downgrade sets every register's cursor back to 0, so that the
older version, which expects the whole library, pulls what this one left in the register.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06 03:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

PULL_COLUMNS = (("pull_target", sa.Integer()), ("pull_table", sa.String(length=40)), ("pull_stream", sa.Integer()),
                ("pull_generation", sa.Integer()), ("pull_row_id", sa.String(length=36)))


def upgrade() -> None:
    op.create_table('held_processes',
    sa.Column('process_id', sa.String(length=36), nullable=False),
    sa.Column('pinned', sa.Boolean(), nullable=False),
    sa.Column('pinned_at', sa.DateTime(), nullable=True),
    sa.Column('fetched_generation', sa.Integer(), nullable=True),
    sa.Column('pull_target', sa.Integer(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_held_processes')),
    sa.UniqueConstraint('process_id', name=op.f('uq_held_processes_process_id'))
    )
    with op.batch_alter_table('held_processes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_held_processes_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_held_processes_updated_at'), ['updated_at'], unique=False)
    with op.batch_alter_table('sync_registers', schema=None) as batch_op:
        for name, kind in PULL_COLUMNS:
            batch_op.add_column(sa.Column(name, kind, nullable=True))
    op.drop_index('ix_sync_rows_deleted', table_name='sync_rows')
    op.drop_index('ix_sync_rows_updated_at', table_name='sync_rows')
    op.drop_index('ix_sync_rows_owner', table_name='sync_rows')
    _hold_what_was_pulled()


def _hold_what_was_pulled() -> None:
    """An older laptop pulled the whole library up to its cursor: its processes' content is here and
    stays current. Without a row they would count as catalogue-only (not opened, not adopted) and their
    content would no longer be kept up to date."""
    import datetime as dt
    import uuid

    connection = op.get_bind()
    pulled = connection.execute(sa.text(
        "SELECT DISTINCT sync_rows.row_id, sync_registers.generation FROM sync_rows "
        "JOIN sync_registers ON sync_registers.id = sync_rows.register_id "
        "WHERE sync_rows.table_name = 'processes'")).all()
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    rows = {process_id: generation for process_id, generation in pulled}  # one register per laptop, normally
    if rows:
        connection.execute(sa.text(
            "INSERT INTO held_processes (id, process_id, pinned, fetched_generation, created_at, updated_at, "
            "revision, deleted) VALUES (:id, :process_id, 0, :generation, :now, :now, 1, 0)"),
            [{"id": str(uuid.uuid4()), "process_id": process_id, "generation": generation or 0, "now": now}
             for process_id, generation in rows.items()])


def downgrade() -> None:
    # The older version believes it has every model's content up to its cursor: let it pull everything once.
    op.execute("UPDATE sync_registers SET generation = 0")
    op.create_index('ix_sync_rows_owner', 'sync_rows', ['register_id', 'table_name', 'owner_id'], unique=False)
    op.create_index('ix_sync_rows_updated_at', 'sync_rows', ['updated_at'], unique=False)
    op.create_index('ix_sync_rows_deleted', 'sync_rows', ['deleted'], unique=False)
    with op.batch_alter_table('sync_registers', schema=None) as batch_op:
        for name, _kind in reversed(PULL_COLUMNS):
            batch_op.drop_column(name)
    with op.batch_alter_table('held_processes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_held_processes_updated_at'))
        batch_op.drop_index(batch_op.f('ix_held_processes_deleted'))
    op.drop_table('held_processes')
