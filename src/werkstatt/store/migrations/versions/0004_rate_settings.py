"""Rate settings: the analysis' overrides of the default working hours, hourly rates and overheads.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24 23:14:09.358800
"""

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('rate_settings',
    sa.Column('organisation_id', sa.String(length=36), nullable=True),
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('value', sa.Float(), nullable=False),
    sa.Column('source', sa.String(length=300), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisations.id'], name=op.f('fk_rate_settings_organisation_id_organisations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rate_settings')),
    sa.UniqueConstraint('organisation_id', 'key', name=op.f('uq_rate_settings_organisation_id'))
    )
    with op.batch_alter_table('rate_settings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_rate_settings_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_rate_settings_organisation_id'), ['organisation_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('rate_settings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_rate_settings_organisation_id'))
        batch_op.drop_index(batch_op.f('ix_rate_settings_deleted'))

    op.drop_table('rate_settings')
