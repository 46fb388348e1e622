"""Pain points and questions sent from the phones in the room, waiting in the facilitator's inbox (issue 20).

A new table only; no existing row changes. Phone voters need no schema change: a round whose ``entry``
is "phones" (a new value of the existing column) takes an anonymous ``round_voters`` row per phone.
room_suggestions is not synced (no change-number triggers). Downgrade drops the table and what it holds.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06 19:15:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('room_suggestions',
    sa.Column('workshop_id', sa.String(length=36), nullable=True),
    sa.Column('model_id', sa.String(length=36), nullable=False),
    sa.Column('step_id', sa.String(length=36), nullable=True),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('category', sa.String(length=30), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('state', sa.String(length=20), nullable=False),
    sa.Column('pain_point_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshops.id'], name=op.f('fk_room_suggestions_workshop_id_workshops')),
    sa.ForeignKeyConstraint(['model_id'], ['process_models.id'],
                            name=op.f('fk_room_suggestions_model_id_process_models')),
    sa.ForeignKeyConstraint(['step_id'], ['steps.id'], name=op.f('fk_room_suggestions_step_id_steps')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_room_suggestions'))
    )
    with op.batch_alter_table('room_suggestions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_room_suggestions_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_room_suggestions_updated_at'), ['updated_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_room_suggestions_workshop_id'), ['workshop_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_room_suggestions_model_id'), ['model_id'], unique=False)


def downgrade() -> None:
    op.drop_table('room_suggestions')
