"""Sync bookkeeping: the registers this laptop syncs with, the rows it has seen there, conflicts;
an index on every table's updated_at, so that a sync reads only what was touched since the last one.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25 00:59:31.044046
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
    sa.Column('changes_read_at', sa.DateTime(), nullable=True),
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
        batch_op.create_index(batch_op.f('ix_sync_registers_updated_at'), ['updated_at'], unique=False)

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
        batch_op.create_index(batch_op.f('ix_sync_conflicts_updated_at'), ['updated_at'], unique=False)

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
        batch_op.create_index(batch_op.f('ix_sync_rows_updated_at'), ['updated_at'], unique=False)

    with op.batch_alter_table('agenda_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agenda_items_updated_at'), ['updated_at'], unique=False)

    with op.batch_alter_table('attendances', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attendances_updated_at'), ['updated_at'], unique=False)

    with op.batch_alter_table('flows', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_flows_updated_at'), ['updated_at'], unique=False)

    with op.batch_alter_table('lanes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_lanes_updated_at'), ['updated_at'], unique=False)

    with op.batch_alter_table('measure_pain_points', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_measure_pain_points_updated_at'), ['updated_at'], unique=False)

    with op.batch_alter_table('measures', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_measures_updated_at'), ['updated_at'], unique=False)

    with op.batch_alter_table('organisations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_organisations_updated_at'), ['updated_at'], unique=False)

    with op.batch_alter_table('pain_points', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_pain_points_updated_at'), ['updated_at'], unique=False)

    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_people_updated_at'), ['updated_at'], unique=False)

    with op.batch_alter_table('process_models', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_process_models_updated_at'), ['updated_at'], unique=False)

    with op.batch_alter_table('processes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_processes_updated_at'), ['updated_at'], unique=False)

    with op.batch_alter_table('rate_settings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_rate_settings_updated_at'), ['updated_at'], unique=False)

    with op.batch_alter_table('round_options', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_round_options_updated_at'), ['updated_at'], unique=False)

    with op.batch_alter_table('round_voters', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_round_voters_updated_at'), ['updated_at'], unique=False)

    with op.batch_alter_table('steps', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_steps_updated_at'), ['updated_at'], unique=False)

    with op.batch_alter_table('votes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_votes_updated_at'), ['updated_at'], unique=False)

    with op.batch_alter_table('voting_rounds', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_voting_rounds_updated_at'), ['updated_at'], unique=False)

    with op.batch_alter_table('workshop_notes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_workshop_notes_updated_at'), ['updated_at'], unique=False)

    with op.batch_alter_table('workshop_organisations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_workshop_organisations_updated_at'), ['updated_at'], unique=False)

    with op.batch_alter_table('workshop_photos', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_workshop_photos_updated_at'), ['updated_at'], unique=False)

    with op.batch_alter_table('workshops', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_workshops_updated_at'), ['updated_at'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('workshops', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_workshops_updated_at'))

    with op.batch_alter_table('workshop_photos', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_workshop_photos_updated_at'))

    with op.batch_alter_table('workshop_organisations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_workshop_organisations_updated_at'))

    with op.batch_alter_table('workshop_notes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_workshop_notes_updated_at'))

    with op.batch_alter_table('voting_rounds', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_voting_rounds_updated_at'))

    with op.batch_alter_table('votes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_votes_updated_at'))

    with op.batch_alter_table('steps', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_steps_updated_at'))

    with op.batch_alter_table('round_voters', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_round_voters_updated_at'))

    with op.batch_alter_table('round_options', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_round_options_updated_at'))

    with op.batch_alter_table('rate_settings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_rate_settings_updated_at'))

    with op.batch_alter_table('processes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_processes_updated_at'))

    with op.batch_alter_table('process_models', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_process_models_updated_at'))

    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_people_updated_at'))

    with op.batch_alter_table('pain_points', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_pain_points_updated_at'))

    with op.batch_alter_table('organisations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_organisations_updated_at'))

    with op.batch_alter_table('measures', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_measures_updated_at'))

    with op.batch_alter_table('measure_pain_points', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_measure_pain_points_updated_at'))

    with op.batch_alter_table('lanes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_lanes_updated_at'))

    with op.batch_alter_table('flows', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_flows_updated_at'))

    with op.batch_alter_table('attendances', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attendances_updated_at'))

    with op.batch_alter_table('agenda_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agenda_items_updated_at'))

    with op.batch_alter_table('sync_rows', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_rows_updated_at'))
        batch_op.drop_index('ix_sync_rows_owner')
        batch_op.drop_index(batch_op.f('ix_sync_rows_deleted'))

    op.drop_table('sync_rows')
    with op.batch_alter_table('sync_conflicts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_conflicts_updated_at'))
        batch_op.drop_index(batch_op.f('ix_sync_conflicts_register_id'))
        batch_op.drop_index(batch_op.f('ix_sync_conflicts_deleted'))

    op.drop_table('sync_conflicts')
    with op.batch_alter_table('sync_registers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_registers_updated_at'))
        batch_op.drop_index(batch_op.f('ix_sync_registers_deleted'))

    op.drop_table('sync_registers')
