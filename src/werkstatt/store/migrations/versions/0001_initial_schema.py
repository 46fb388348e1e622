"""Initial schema: organisations, people, workshops, register, models, findings, voting.

Timestamps are plain DateTime here on purpose: a migration must not import model
code that later changes.

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-24 15:11:59.334719
"""

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('organisations',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('short_name', sa.String(length=40), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organisations'))
    )
    with op.batch_alter_table('organisations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_organisations_deleted'), ['deleted'], unique=False)

    op.create_table('workshops',
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('date', sa.Date(), nullable=True),
    sa.Column('place', sa.String(length=300), nullable=False),
    sa.Column('facilitator', sa.String(length=200), nullable=False),
    sa.Column('goal', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_workshops'))
    )
    with op.batch_alter_table('workshops', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_workshops_deleted'), ['deleted'], unique=False)

    op.create_table('people',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('organisation_id', sa.String(length=36), nullable=True),
    sa.Column('function', sa.String(length=200), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisations.id'], name=op.f('fk_people_organisation_id_organisations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_people'))
    )
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_people_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_people_organisation_id'), ['organisation_id'], unique=False)

    op.create_table('processes',
    sa.Column('register_key', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('product_area', sa.String(length=100), nullable=False),
    sa.Column('leika_key', sa.String(length=14), nullable=False),
    sa.Column('owner_organisation_id', sa.String(length=36), nullable=True),
    sa.Column('lead_organisation_id', sa.String(length=36), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('case_volume', sa.Integer(), nullable=True),
    sa.Column('legal_basis', sa.Text(), nullable=False),
    sa.Column('tags', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['lead_organisation_id'], ['organisations.id'], name=op.f('fk_processes_lead_organisation_id_organisations')),
    sa.ForeignKeyConstraint(['owner_organisation_id'], ['organisations.id'], name=op.f('fk_processes_owner_organisation_id_organisations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_processes'))
    )
    with op.batch_alter_table('processes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_processes_deleted'), ['deleted'], unique=False)

    op.create_table('workshop_organisations',
    sa.Column('workshop_id', sa.String(length=36), nullable=False),
    sa.Column('organisation_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisations.id'], name=op.f('fk_workshop_organisations_organisation_id_organisations')),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshops.id'], name=op.f('fk_workshop_organisations_workshop_id_workshops')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_workshop_organisations')),
    sa.UniqueConstraint('workshop_id', 'organisation_id', name=op.f('uq_workshop_organisations_workshop_id'))
    )
    with op.batch_alter_table('workshop_organisations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_workshop_organisations_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_workshop_organisations_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('attendances',
    sa.Column('workshop_id', sa.String(length=36), nullable=False),
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('present', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_attendances_person_id_people')),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshops.id'], name=op.f('fk_attendances_workshop_id_workshops')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attendances')),
    sa.UniqueConstraint('workshop_id', 'person_id', name=op.f('uq_attendances_workshop_id'))
    )
    with op.batch_alter_table('attendances', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attendances_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_attendances_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('process_models',
    sa.Column('process_id', sa.String(length=36), nullable=True),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('organisation_id', sa.String(length=36), nullable=True),
    sa.Column('based_on_id', sa.String(length=36), nullable=True),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['based_on_id'], ['process_models.id'], name=op.f('fk_process_models_based_on_id_process_models')),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisations.id'], name=op.f('fk_process_models_organisation_id_organisations')),
    sa.ForeignKeyConstraint(['process_id'], ['processes.id'], name=op.f('fk_process_models_process_id_processes')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_process_models'))
    )
    with op.batch_alter_table('process_models', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_process_models_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_process_models_process_id'), ['process_id'], unique=False)

    op.create_table('agenda_items',
    sa.Column('workshop_id', sa.String(length=36), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('planned_minutes', sa.Integer(), nullable=True),
    sa.Column('actual_minutes', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('process_model_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['process_model_id'], ['process_models.id'], name=op.f('fk_agenda_items_process_model_id_process_models')),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshops.id'], name=op.f('fk_agenda_items_workshop_id_workshops')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agenda_items'))
    )
    with op.batch_alter_table('agenda_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agenda_items_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_agenda_items_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('lanes',
    sa.Column('model_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('organisation_id', sa.String(length=36), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('pay_grade', sa.String(length=10), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['model_id'], ['process_models.id'], name=op.f('fk_lanes_model_id_process_models')),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisations.id'], name=op.f('fk_lanes_organisation_id_organisations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_lanes'))
    )
    with op.batch_alter_table('lanes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_lanes_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_lanes_model_id'), ['model_id'], unique=False)

    op.create_table('measures',
    sa.Column('workshop_id', sa.String(length=36), nullable=True),
    sa.Column('model_id', sa.String(length=36), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('owner_organisation_id', sa.String(length=36), nullable=True),
    sa.Column('owner', sa.String(length=200), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('effort', sa.Integer(), nullable=True),
    sa.Column('impact', sa.Integer(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['model_id'], ['process_models.id'], name=op.f('fk_measures_model_id_process_models')),
    sa.ForeignKeyConstraint(['owner_organisation_id'], ['organisations.id'], name=op.f('fk_measures_owner_organisation_id_organisations')),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshops.id'], name=op.f('fk_measures_workshop_id_workshops')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_measures'))
    )
    with op.batch_alter_table('measures', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_measures_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_measures_model_id'), ['model_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_measures_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('voting_rounds',
    sa.Column('workshop_id', sa.String(length=36), nullable=False),
    sa.Column('model_id', sa.String(length=36), nullable=True),
    sa.Column('question', sa.Text(), nullable=False),
    sa.Column('targets', sa.String(length=20), nullable=False),
    sa.Column('method', sa.String(length=20), nullable=False),
    sa.Column('dots_per_person', sa.Integer(), nullable=True),
    sa.Column('max_per_item', sa.Integer(), nullable=True),
    sa.Column('own_proposals_allowed', sa.Boolean(), nullable=False),
    sa.Column('anonymous', sa.Boolean(), nullable=False),
    sa.Column('min_group_size', sa.Integer(), nullable=False),
    sa.Column('state', sa.String(length=20), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['model_id'], ['process_models.id'], name=op.f('fk_voting_rounds_model_id_process_models')),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshops.id'], name=op.f('fk_voting_rounds_workshop_id_workshops')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_voting_rounds'))
    )
    with op.batch_alter_table('voting_rounds', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_voting_rounds_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_voting_rounds_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('steps',
    sa.Column('model_id', sa.String(length=36), nullable=False),
    sa.Column('lane_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('label', sa.String(length=500), nullable=False),
    sa.Column('block', sa.String(length=200), nullable=False),
    sa.Column('processing_minutes', sa.Float(), nullable=True),
    sa.Column('waiting_minutes', sa.Float(), nullable=True),
    sa.Column('probability', sa.Float(), nullable=True),
    sa.Column('it_system', sa.String(length=200), nullable=False),
    sa.Column('medium', sa.String(length=20), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('position', sa.Float(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['lane_id'], ['lanes.id'], name=op.f('fk_steps_lane_id_lanes')),
    sa.ForeignKeyConstraint(['model_id'], ['process_models.id'], name=op.f('fk_steps_model_id_process_models')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_steps'))
    )
    with op.batch_alter_table('steps', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_steps_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_steps_lane_id'), ['lane_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_steps_model_id'), ['model_id'], unique=False)

    op.create_table('votes',
    sa.Column('round_id', sa.String(length=36), nullable=False),
    sa.Column('voter_id', sa.String(length=36), nullable=True),
    sa.Column('target_kind', sa.String(length=20), nullable=False),
    sa.Column('target_id', sa.String(length=36), nullable=False),
    sa.Column('criterion', sa.String(length=20), nullable=False),
    sa.Column('value', sa.Integer(), nullable=False),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['round_id'], ['voting_rounds.id'], name=op.f('fk_votes_round_id_voting_rounds')),
    sa.ForeignKeyConstraint(['voter_id'], ['people.id'], name=op.f('fk_votes_voter_id_people')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_votes'))
    )
    with op.batch_alter_table('votes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_votes_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_votes_round_id'), ['round_id'], unique=False)

    op.create_table('flows',
    sa.Column('model_id', sa.String(length=36), nullable=False),
    sa.Column('source_id', sa.String(length=36), nullable=False),
    sa.Column('target_id', sa.String(length=36), nullable=False),
    sa.Column('label', sa.String(length=200), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['model_id'], ['process_models.id'], name=op.f('fk_flows_model_id_process_models')),
    sa.ForeignKeyConstraint(['source_id'], ['steps.id'], name=op.f('fk_flows_source_id_steps')),
    sa.ForeignKeyConstraint(['target_id'], ['steps.id'], name=op.f('fk_flows_target_id_steps')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_flows'))
    )
    with op.batch_alter_table('flows', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_flows_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_flows_model_id'), ['model_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_flows_source_id'), ['source_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_flows_target_id'), ['target_id'], unique=False)

    op.create_table('pain_points',
    sa.Column('model_id', sa.String(length=36), nullable=False),
    sa.Column('step_id', sa.String(length=36), nullable=True),
    sa.Column('workshop_id', sa.String(length=36), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('category', sa.String(length=30), nullable=False),
    sa.Column('severity', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['model_id'], ['process_models.id'], name=op.f('fk_pain_points_model_id_process_models')),
    sa.ForeignKeyConstraint(['step_id'], ['steps.id'], name=op.f('fk_pain_points_step_id_steps')),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshops.id'], name=op.f('fk_pain_points_workshop_id_workshops')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pain_points'))
    )
    with op.batch_alter_table('pain_points', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_pain_points_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_pain_points_model_id'), ['model_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_pain_points_step_id'), ['step_id'], unique=False)

    op.create_table('measure_pain_points',
    sa.Column('measure_id', sa.String(length=36), nullable=False),
    sa.Column('pain_point_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['measure_id'], ['measures.id'], name=op.f('fk_measure_pain_points_measure_id_measures')),
    sa.ForeignKeyConstraint(['pain_point_id'], ['pain_points.id'], name=op.f('fk_measure_pain_points_pain_point_id_pain_points')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_measure_pain_points')),
    sa.UniqueConstraint('measure_id', 'pain_point_id', name=op.f('uq_measure_pain_points_measure_id'))
    )
    with op.batch_alter_table('measure_pain_points', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_measure_pain_points_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_measure_pain_points_measure_id'), ['measure_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_measure_pain_points_pain_point_id'), ['pain_point_id'], unique=False)




def downgrade() -> None:

    with op.batch_alter_table('measure_pain_points', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_measure_pain_points_pain_point_id'))
        batch_op.drop_index(batch_op.f('ix_measure_pain_points_measure_id'))
        batch_op.drop_index(batch_op.f('ix_measure_pain_points_deleted'))

    op.drop_table('measure_pain_points')
    with op.batch_alter_table('pain_points', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_pain_points_step_id'))
        batch_op.drop_index(batch_op.f('ix_pain_points_model_id'))
        batch_op.drop_index(batch_op.f('ix_pain_points_deleted'))

    op.drop_table('pain_points')
    with op.batch_alter_table('flows', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_flows_target_id'))
        batch_op.drop_index(batch_op.f('ix_flows_source_id'))
        batch_op.drop_index(batch_op.f('ix_flows_model_id'))
        batch_op.drop_index(batch_op.f('ix_flows_deleted'))

    op.drop_table('flows')
    with op.batch_alter_table('votes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_votes_round_id'))
        batch_op.drop_index(batch_op.f('ix_votes_deleted'))

    op.drop_table('votes')
    with op.batch_alter_table('steps', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_steps_model_id'))
        batch_op.drop_index(batch_op.f('ix_steps_lane_id'))
        batch_op.drop_index(batch_op.f('ix_steps_deleted'))

    op.drop_table('steps')
    with op.batch_alter_table('voting_rounds', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_voting_rounds_workshop_id'))
        batch_op.drop_index(batch_op.f('ix_voting_rounds_deleted'))

    op.drop_table('voting_rounds')
    with op.batch_alter_table('measures', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_measures_workshop_id'))
        batch_op.drop_index(batch_op.f('ix_measures_model_id'))
        batch_op.drop_index(batch_op.f('ix_measures_deleted'))

    op.drop_table('measures')
    with op.batch_alter_table('lanes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_lanes_model_id'))
        batch_op.drop_index(batch_op.f('ix_lanes_deleted'))

    op.drop_table('lanes')
    with op.batch_alter_table('agenda_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agenda_items_workshop_id'))
        batch_op.drop_index(batch_op.f('ix_agenda_items_deleted'))

    op.drop_table('agenda_items')
    with op.batch_alter_table('process_models', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_process_models_process_id'))
        batch_op.drop_index(batch_op.f('ix_process_models_deleted'))

    op.drop_table('process_models')
    with op.batch_alter_table('attendances', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attendances_workshop_id'))
        batch_op.drop_index(batch_op.f('ix_attendances_deleted'))

    op.drop_table('attendances')
    with op.batch_alter_table('workshop_organisations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_workshop_organisations_workshop_id'))
        batch_op.drop_index(batch_op.f('ix_workshop_organisations_deleted'))

    op.drop_table('workshop_organisations')
    with op.batch_alter_table('processes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_processes_deleted'))

    op.drop_table('processes')
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_people_organisation_id'))
        batch_op.drop_index(batch_op.f('ix_people_deleted'))

    op.drop_table('people')
    with op.batch_alter_table('workshops', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_workshops_deleted'))

    op.drop_table('workshops')
    with op.batch_alter_table('organisations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_organisations_deleted'))

    op.drop_table('organisations')

