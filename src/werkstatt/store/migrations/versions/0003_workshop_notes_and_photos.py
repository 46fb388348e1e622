"""Workshop notes (decisions, open points, next steps) and photos, for the protocol.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24 22:43:20.869901
"""

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('workshop_notes',
    sa.Column('workshop_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('owner', sa.String(length=200), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshops.id'], name=op.f('fk_workshop_notes_workshop_id_workshops')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_workshop_notes'))
    )
    with op.batch_alter_table('workshop_notes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_workshop_notes_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_workshop_notes_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('workshop_photos',
    sa.Column('workshop_id', sa.String(length=36), nullable=False),
    sa.Column('caption', sa.Text(), nullable=False),
    sa.Column('media_type', sa.String(length=40), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.Column('width', sa.Integer(), nullable=False),
    sa.Column('height', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshops.id'], name=op.f('fk_workshop_photos_workshop_id_workshops')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_workshop_photos'))
    )
    with op.batch_alter_table('workshop_photos', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_workshop_photos_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_workshop_photos_workshop_id'), ['workshop_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('workshop_photos', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_workshop_photos_workshop_id'))
        batch_op.drop_index(batch_op.f('ix_workshop_photos_deleted'))

    op.drop_table('workshop_photos')
    with op.batch_alter_table('workshop_notes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_workshop_notes_workshop_id'))
        batch_op.drop_index(batch_op.f('ix_workshop_notes_deleted'))

    op.drop_table('workshop_notes')
