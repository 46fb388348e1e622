"""Change numbers instead of clocks: a local change counter, the number of every synced row's last write
(kept by triggers), and per register the counter value its last sync read up to.

Before, a sync read the rows whose updated_at was at most two minutes older than its last read, both
by the laptop's clock: a clock that was fast at one sync and corrected afterwards hid every later edit.

Existing rows are numbered so that nothing waits unsent: a row is marked changed (number 1, after
every register's mark 0) when it was touched since the earliest last read (less the old two-minute
margin) or when the bookkeeping of some register does not have its current revision (among them the
edits hidden by a wrong clock). Reading a row that was sent already is harmless: the sync compares
revisions and sends only what differs.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 10:00:00
"""

import datetime as dt

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

# Frozen here on purpose: the tables synced when this migration was written.
SYNCED = ("processes", "process_models", "lanes", "steps", "flows", "pain_points", "measures",
          "measure_pain_points")
OLD_MARGIN = dt.timedelta(minutes=2)


def _triggers(table: str) -> list[str]:
    # Every INSERT and UPDATE, by whatever path (ORM, Core, hand-written SQL), takes the next number.
    body = (f"UPDATE change_counter SET value = value + 1 WHERE id = 1; "
            f"INSERT INTO local_changes (table_name, row_id, change_seq) "
            f"VALUES ('{table}', NEW.id, (SELECT value FROM change_counter WHERE id = 1)) "
            f"ON CONFLICT (table_name, row_id) DO UPDATE SET change_seq = excluded.change_seq;")
    return [f"CREATE TRIGGER {table}_numbered_{event.lower()} AFTER {event} ON {table} BEGIN {body} END"
            for event in ("INSERT", "UPDATE")]


def upgrade() -> None:
    op.create_table('change_counter',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('value', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_change_counter'))
    )
    op.create_table('local_changes',
    sa.Column('table_name', sa.String(length=40), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('table_name', 'row_id', name=op.f('pk_local_changes'))
    )
    with op.batch_alter_table('local_changes', schema=None) as batch_op:
        batch_op.create_index('ix_local_changes_seq', ['table_name', 'change_seq'], unique=False)
    with op.batch_alter_table('sync_registers', schema=None) as batch_op:
        batch_op.add_column(sa.Column('sent_seq', sa.Integer(), nullable=True))

    bind = op.get_bind()
    registers = sa.table('sync_registers', sa.column('changes_read_at', sa.DateTime()),
                         sa.column('sent_seq', sa.Integer()))
    earliest, unread = bind.execute(sa.select(
        sa.func.min(registers.c.changes_read_at, type_=sa.DateTime()),
        sa.func.count().filter(registers.c.changes_read_at.is_(None)))).one()
    everything = earliest is None or bool(unread)  # a register never read this laptop: it reads all anyway
    for table in SYNCED:
        unsent = ("1 = 1" if everything else
                  f"updated_at >= :since OR (SELECT count(*) FROM sync_registers) > "
                  f"(SELECT count(*) FROM sync_rows AS seen WHERE seen.table_name = :name "
                  f"AND seen.row_id = {table}.id AND seen.local_revision = {table}.revision)")
        statement = sa.text(f"INSERT INTO local_changes (table_name, row_id, change_seq) "
                            f"SELECT :name, id, 1 FROM {table} WHERE {unsent}")
        params: dict[str, object] = {"name": table}
        if not everything:
            statement = statement.bindparams(sa.bindparam("since", type_=sa.DateTime()))
            params["since"] = earliest - OLD_MARGIN
        bind.execute(statement, params)
    bind.execute(sa.text("INSERT INTO change_counter (id, value) VALUES (1, 1)"))
    bind.execute(registers.update().where(registers.c.changes_read_at.is_not(None)).values(sent_seq=0))
    for table in SYNCED:
        for statement in _triggers(table):
            op.execute(statement)


def downgrade() -> None:
    for table in SYNCED:
        for event in ("insert", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_numbered_{event}")
    with op.batch_alter_table('sync_registers', schema=None) as batch_op:
        batch_op.drop_column('sent_seq')
    # The older version trusts its clock: let its next sync read everything once instead.
    op.execute("UPDATE sync_registers SET changes_read_at = NULL")
    with op.batch_alter_table('local_changes', schema=None) as batch_op:
        batch_op.drop_index('ix_local_changes_seq')
    op.drop_table('local_changes')
    op.drop_table('change_counter')
