"""Voting rounds get their options and voters; a vote names an option and a voter token.

Before, a vote pointed at a person and a pain point directly. Now the round keeps a copy of
what it votes on (``round_options``) and who votes (``round_voters``, local only), and a vote
carries the voter's token instead of the person, so results never need a name. Existing votes
are carried over: one option per target, one voter per person, totals without a person
become the wall's.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24 21:58:12
"""

import uuid

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

WALL_TOKEN = "wall"


def _common_columns() -> list[sa.Column]:
    return [
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.Column('revision', sa.Integer(), nullable=False),
        sa.Column('deleted', sa.Boolean(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        'round_options',
        sa.Column('round_id', sa.String(length=36), nullable=False),
        sa.Column('target_kind', sa.String(length=20), nullable=False),
        sa.Column('target_id', sa.String(length=36), nullable=True),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('proposer_token', sa.String(length=36), nullable=True),
        *_common_columns(),
        sa.ForeignKeyConstraint(['round_id'], ['voting_rounds.id'],
                                name=op.f('fk_round_options_round_id_voting_rounds')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_round_options')),
    )
    with op.batch_alter_table('round_options', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_round_options_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_round_options_round_id'), ['round_id'], unique=False)

    op.create_table(
        'round_voters',
        sa.Column('round_id', sa.String(length=36), nullable=False),
        sa.Column('token', sa.String(length=36), nullable=False),
        sa.Column('person_id', sa.String(length=36), nullable=True),
        sa.Column('organisation_id', sa.String(length=36), nullable=True),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('finished', sa.Boolean(), nullable=False),
        *_common_columns(),
        sa.ForeignKeyConstraint(['organisation_id'], ['organisations.id'],
                                name=op.f('fk_round_voters_organisation_id_organisations')),
        sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_round_voters_person_id_people')),
        sa.ForeignKeyConstraint(['round_id'], ['voting_rounds.id'],
                                name=op.f('fk_round_voters_round_id_voting_rounds')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_round_voters')),
        sa.UniqueConstraint('round_id', 'token', name=op.f('uq_round_voters_round_id')),
    )
    with op.batch_alter_table('round_voters', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_round_voters_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_round_voters_round_id'), ['round_id'], unique=False)

    with op.batch_alter_table('voting_rounds', schema=None) as batch_op:
        batch_op.add_column(sa.Column('entry', sa.String(length=20), nullable=False, server_default='per_person'))
        batch_op.add_column(sa.Column('scale', sa.String(length=20), nullable=False, server_default='five'))
    with op.batch_alter_table('votes', schema=None) as batch_op:
        batch_op.add_column(sa.Column('option_id', sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column('voter_token', sa.String(length=36), nullable=True))

    _carry_votes_over(op.get_bind())

    with op.batch_alter_table('votes', schema=None) as batch_op:
        batch_op.alter_column('option_id', existing_type=sa.String(length=36), nullable=False)
        batch_op.alter_column('voter_token', existing_type=sa.String(length=36), nullable=False)
        batch_op.create_index(batch_op.f('ix_votes_option_id'), ['option_id'], unique=False)
        batch_op.create_unique_constraint(batch_op.f('uq_votes_option_id'), ['option_id', 'voter_token', 'criterion'])
        batch_op.drop_constraint(batch_op.f('fk_votes_voter_id_people'), type_='foreignkey')
        batch_op.create_foreign_key(batch_op.f('fk_votes_option_id_round_options'), 'round_options',
                                    ['option_id'], ['id'])
        batch_op.drop_column('target_kind')
        batch_op.drop_column('voter_id')
        batch_op.drop_column('target_id')
        batch_op.drop_column('comment')


def _carry_votes_over(bind: sa.engine.Connection) -> None:
    now = sa.func.current_timestamp()
    votes = bind.execute(sa.text(
        "SELECT v.id, v.round_id, v.voter_id, v.target_kind, v.target_id, v.criterion, v.value, p.organisation_id "
        "FROM votes v LEFT JOIN people p ON p.id = v.voter_id ORDER BY v.round_id, v.created_at, v.id")).fetchall()
    options: dict[tuple[str, str, str], str] = {}
    tokens: dict[tuple[str, str | None], str] = {}
    kept: dict[tuple[str, str, str], str] = {}  # (option, token, criterion) -> vote id: duplicates are summed
    for vote_id, round_id, voter_id, kind, target_id, criterion, value, organisation_id in votes:
        option_key = (round_id, kind, target_id)
        if option_key not in options:
            options[option_key] = str(uuid.uuid4())
            position = sum(1 for key in options if key[0] == round_id) - 1
            bind.execute(sa.text(
                "INSERT INTO round_options (id, round_id, target_kind, target_id, position, created_at, updated_at, "
                "revision, deleted) VALUES (:id, :round, :kind, :target, :position, :now, :now, 1, 0)"),
                {"id": options[option_key], "round": round_id, "kind": kind, "target": target_id,
                 "position": position, "now": bind.scalar(sa.select(now))})
        voter_key = (round_id, voter_id)
        if voter_key not in tokens:
            tokens[voter_key] = WALL_TOKEN if voter_id is None else str(uuid.uuid4())
            if voter_id is not None:
                position = sum(1 for key in tokens if key[0] == round_id and key[1] is not None) - 1
                bind.execute(sa.text(
                    "INSERT INTO round_voters (id, round_id, token, person_id, organisation_id, position, finished, "
                    "created_at, updated_at, revision, deleted) VALUES (:id, :round, :token, :person, :org, "
                    ":position, 1, :now, :now, 1, 0)"),
                    {"id": str(uuid.uuid4()), "round": round_id, "token": tokens[voter_key], "person": voter_id,
                     "org": organisation_id, "position": position, "now": bind.scalar(sa.select(now))})
        key = (options[option_key], tokens[voter_key], criterion)
        if key in kept:
            bind.execute(sa.text("UPDATE votes SET value = value + :value WHERE id = :id"),
                         {"value": value, "id": kept[key]})
            bind.execute(sa.text("DELETE FROM votes WHERE id = :id"), {"id": vote_id})
            continue
        kept[key] = vote_id
        bind.execute(sa.text("UPDATE votes SET option_id = :option, voter_token = :token WHERE id = :id"),
                     {"option": key[0], "token": key[1], "id": vote_id})


def downgrade() -> None:
    with op.batch_alter_table('votes', schema=None) as batch_op:
        batch_op.add_column(sa.Column('comment', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('target_id', sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column('voter_id', sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column('target_kind', sa.String(length=20), nullable=True))
    bind = op.get_bind()
    # "Keep as is" had no row of its own before: its resistances cannot go back.
    bind.execute(sa.text("DELETE FROM votes WHERE option_id IN "
                         "(SELECT id FROM round_options WHERE target_id IS NULL)"))
    bind.execute(sa.text(
        "UPDATE votes SET target_kind = (SELECT target_kind FROM round_options o WHERE o.id = votes.option_id), "
        "target_id = (SELECT target_id FROM round_options o WHERE o.id = votes.option_id), "
        "voter_id = (SELECT person_id FROM round_voters r WHERE r.round_id = votes.round_id "
        "AND r.token = votes.voter_token)"))
    with op.batch_alter_table('votes', schema=None) as batch_op:
        batch_op.alter_column('target_id', existing_type=sa.String(length=36), nullable=False)
        batch_op.alter_column('target_kind', existing_type=sa.String(length=20), nullable=False)
        batch_op.drop_constraint(batch_op.f('fk_votes_option_id_round_options'), type_='foreignkey')
        batch_op.create_foreign_key(batch_op.f('fk_votes_voter_id_people'), 'people', ['voter_id'], ['id'])
        batch_op.drop_constraint(batch_op.f('uq_votes_option_id'), type_='unique')
        batch_op.drop_index(batch_op.f('ix_votes_option_id'))
        batch_op.drop_column('voter_token')
        batch_op.drop_column('option_id')

    with op.batch_alter_table('voting_rounds', schema=None) as batch_op:
        batch_op.drop_column('scale')
        batch_op.drop_column('entry')

    with op.batch_alter_table('round_voters', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_round_voters_round_id'))
        batch_op.drop_index(batch_op.f('ix_round_voters_deleted'))
    op.drop_table('round_voters')
    with op.batch_alter_table('round_options', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_round_options_round_id'))
        batch_op.drop_index(batch_op.f('ix_round_options_deleted'))
    op.drop_table('round_options')
