"""What a German Sitzungsprotokoll needs besides the results (issue 19).

- ``workshops``: Protokollführung (``minute_taker``), Verteiler (``distribution``, one recipient per
  line), Aktenzeichen (``file_reference``), the next meeting as free text (``next_meeting``) and
  whether the protocol is final (``protocol_final``; existing workshops stay drafts).
- ``agenda_items.result``: what the room concluded on the item.
- ``workshop_notes.agenda_item_id``: the agenda item (TOP) a decision, open point or next step was
  recorded under; existing notes belong to the workshop as a whole.
- ``people.email``: for the protocol's e-mail draft.

None of these tables is synced (no change-number triggers on them), so rebuilding
``workshop_notes`` for its new foreign key loses nothing. Downgrade drops the columns and what they hold.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06 06:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None

WORKSHOP_COLUMNS = (
    ("minute_taker", sa.String(length=200), ""),
    ("distribution", sa.Text(), ""),
    ("file_reference", sa.String(length=100), ""),
    ("next_meeting", sa.String(length=300), ""),
)


def upgrade() -> None:
    with op.batch_alter_table('workshops', schema=None) as batch_op:
        for name, kind, default in WORKSHOP_COLUMNS:
            batch_op.add_column(sa.Column(name, kind, nullable=False, server_default=default))
        batch_op.add_column(sa.Column('protocol_final', sa.Boolean(), nullable=False, server_default=sa.false()))
    with op.batch_alter_table('agenda_items', schema=None) as batch_op:
        batch_op.add_column(sa.Column('result', sa.Text(), nullable=False, server_default=''))
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.add_column(sa.Column('email', sa.String(length=320), nullable=False, server_default=''))
    with op.batch_alter_table('workshop_notes', schema=None) as batch_op:
        batch_op.add_column(sa.Column('agenda_item_id', sa.String(length=36), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_workshop_notes_agenda_item_id_agenda_items'), 'agenda_items',
                                    ['agenda_item_id'], ['id'])


def downgrade() -> None:
    with op.batch_alter_table('workshop_notes', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_workshop_notes_agenda_item_id_agenda_items'), type_='foreignkey')
        batch_op.drop_column('agenda_item_id')
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.drop_column('email')
    with op.batch_alter_table('agenda_items', schema=None) as batch_op:
        batch_op.drop_column('result')
    with op.batch_alter_table('workshops', schema=None) as batch_op:
        batch_op.drop_column('protocol_final')
        for name, _kind, _default in reversed(WORKSHOP_COLUMNS):
            batch_op.drop_column(name)
