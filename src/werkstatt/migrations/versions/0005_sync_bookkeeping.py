"""Sync bookkeeping: the registers this laptop syncs with, the rows it has seen there, conflicts.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25 00:45:39.118139
"""

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('sync_registers',
    sa.Column('url', sa.Text(), nullable=False),
    sa.Column('organisation_id', sa.String(length=36), nullable=False),
    sa.Column('register_organisation_id', sa.String(length=36), nullable=False),
    sa.Column('generation', sa.Integer(), nullable=False),
    sa.Column('last_sync_at', sa.DateTime(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisations.id'], name=op.f('fk_sync_registers_organisation_id_organisations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_registers'))
    )
    with op.batch_alter_table('sync_registers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_registers_deleted'), ['deleted'], unique=False)

    op.create_table('sync_conflicts',
    sa.Column('register_id', sa.String(length=36), nullable=False),
    sa.Column('table_name', sa.String(length=40), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('their_revision', sa.Integer(), nullable=False),
    sa.Column('theirs', sa.Text(), nullable=False),
    sa.Column('mine', sa.Text(), nullable=False),
    sa.Column('resolution', sa.String(length=20), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['register_id'], ['sync_registers.id'], name=op.f('fk_sync_conflicts_register_id_sync_registers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_conflicts'))
    )
    with op.batch_alter_table('sync_conflicts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_conflicts_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_sync_conflicts_register_id'), ['register_id'], unique=False)

    op.create_table('sync_rows',
    sa.Column('register_id', sa.String(length=36), nullable=False),
    sa.Column('table_name', sa.String(length=40), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('base_revision', sa.Integer(), nullable=False),
    sa.Column('local_revision', sa.Integer(), nullable=False),
    sa.Column('owner_id', sa.String(length=36), nullable=False),
    sa.Column('digest', sa.String(length=64), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['register_id'], ['sync_registers.id'], name=op.f('fk_sync_rows_register_id_sync_registers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_rows')),
    sa.UniqueConstraint('register_id', 'table_name', 'row_id', name=op.f('uq_sync_rows_register_id'))
    )
    with op.batch_alter_table('sync_rows', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_rows_deleted'), ['deleted'], unique=False)
        batch_op.create_index('ix_sync_rows_owner', ['register_id', 'table_name', 'owner_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('sync_rows', schema=None) as batch_op:
        batch_op.drop_index('ix_sync_rows_owner')
        batch_op.drop_index(batch_op.f('ix_sync_rows_deleted'))

    op.drop_table('sync_rows')
    with op.batch_alter_table('sync_conflicts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_conflicts_register_id'))
        batch_op.drop_index(batch_op.f('ix_sync_conflicts_deleted'))

    op.drop_table('sync_conflicts')
    with op.batch_alter_table('sync_registers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_registers_deleted'))

    op.drop_table('sync_registers')
