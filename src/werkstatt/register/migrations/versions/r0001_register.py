"""The register: the syncable tables with owner and generation, organisations, members, the sync log;
on PostgreSQL row-level security so that each organisation writes only its own rows.

Revision ID: r0001
Revises: 
Create Date: 2026-11-25 00:48:50.142723
"""

import sqlalchemy as sa
from alembic import op

OWNED_TABLES = ("processes", "process_models", "lanes", "steps", "flows", "pain_points", "measures",
                "measure_pain_points", "vote_results")

# session_user, not current_user: inside a SECURITY DEFINER function current_user is the definer.
POSTGRES_FUNCTIONS = """
CREATE FUNCTION werkstatt_org() RETURNS varchar LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT organisation_id FROM register_members WHERE role_name = session_user $$;
CREATE FUNCTION werkstatt_lock_generation() RETURNS bigint LANGUAGE sql VOLATILE SECURITY DEFINER
SET search_path = public AS $$ SELECT generation FROM register_meta WHERE id = 1 FOR UPDATE $$;
CREATE FUNCTION werkstatt_next_generation() RETURNS bigint LANGUAGE sql VOLATILE SECURITY DEFINER
SET search_path = public AS $$ UPDATE register_meta SET generation = generation + 1 WHERE id = 1 RETURNING generation $$;
REVOKE ALL ON FUNCTION werkstatt_org(), werkstatt_lock_generation(), werkstatt_next_generation() FROM PUBLIC;
"""


# A model's structure (lanes, steps, flows) is written only by the model's owner; findings about
# it (pain points, measures) by anyone, as their own rows.
STRUCTURE_TABLES = ("lanes", "steps", "flows")
OWNS_MODEL = "EXISTS (SELECT 1 FROM process_models m WHERE m.id = model_id AND m.owner_id = werkstatt_org())"


def _row_level_security() -> None:
    op.execute(POSTGRES_FUNCTIONS)
    for table in OWNED_TABLES:
        check = "owner_id = werkstatt_org()" + (f" AND {OWNS_MODEL}" if table in STRUCTURE_TABLES else "")
        op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        op.execute(f"CREATE POLICY {table}_read ON {table} FOR SELECT USING (true)")
        op.execute(f"CREATE POLICY {table}_insert ON {table} FOR INSERT WITH CHECK ({check})")
        op.execute(f"CREATE POLICY {table}_update ON {table} FOR UPDATE USING (owner_id = werkstatt_org()) "
                   f"WITH CHECK ({check})")
        op.execute(f"CREATE POLICY {table}_delete ON {table} FOR DELETE USING (owner_id = werkstatt_org())")
    op.execute("ALTER TABLE sync_log ENABLE ROW LEVEL SECURITY")
    op.execute("CREATE POLICY sync_log_read ON sync_log FOR SELECT USING (true)")
    op.execute("CREATE POLICY sync_log_insert ON sync_log FOR INSERT WITH CHECK (organisation_id = werkstatt_org())")

revision = 'r0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('organisations',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('short_name', sa.Text(), nullable=False),
    sa.Column('kind', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organisations'))
    )
    op.create_table('register_meta',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('register_id', sa.String(length=36), nullable=False),
    sa.Column('generation', sa.BigInteger(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_register_meta'))
    )
    op.create_table('processes',
    sa.Column('register_key', sa.Text(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('product_area', sa.Text(), nullable=False),
    sa.Column('leika_key', sa.Text(), nullable=False),
    sa.Column('owner_organisation_id', sa.String(length=36), nullable=True),
    sa.Column('lead_organisation_id', sa.String(length=36), nullable=True),
    sa.Column('status', sa.Text(), nullable=False),
    sa.Column('case_volume', sa.Integer(), nullable=True),
    sa.Column('legal_basis', sa.Text(), nullable=False),
    sa.Column('tags', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('owner_id', sa.String(length=36), nullable=False),
    sa.Column('generation', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['lead_organisation_id'], ['organisations.id'], name=op.f('fk_processes_lead_organisation_id_organisations'), initially='DEFERRED', deferrable=True),
    sa.ForeignKeyConstraint(['owner_id'], ['organisations.id'], name=op.f('fk_processes_owner_id_organisations')),
    sa.ForeignKeyConstraint(['owner_organisation_id'], ['organisations.id'], name=op.f('fk_processes_owner_organisation_id_organisations'), initially='DEFERRED', deferrable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_processes'))
    )
    with op.batch_alter_table('processes', schema=None) as batch_op:
        batch_op.create_index('ix_processes_generation', ['generation'], unique=False)
        batch_op.create_index('ix_processes_owner_id', ['owner_id'], unique=False)

    op.create_table('register_members',
    sa.Column('role_name', sa.Text(), nullable=False),
    sa.Column('organisation_id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisations.id'], name=op.f('fk_register_members_organisation_id_organisations')),
    sa.PrimaryKeyConstraint('role_name', name=op.f('pk_register_members'))
    )
    op.create_table('sync_log',
    sa.Column('generation', sa.BigInteger(), nullable=False),
    sa.Column('organisation_id', sa.String(length=36), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('rows_written', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisations.id'], name=op.f('fk_sync_log_organisation_id_organisations')),
    sa.PrimaryKeyConstraint('generation', name=op.f('pk_sync_log'))
    )
    op.create_table('process_models',
    sa.Column('process_id', sa.String(length=36), nullable=True),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('kind', sa.Text(), nullable=False),
    sa.Column('organisation_id', sa.String(length=36), nullable=True),
    sa.Column('based_on_id', sa.String(length=36), nullable=True),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('owner_id', sa.String(length=36), nullable=False),
    sa.Column('generation', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['based_on_id'], ['process_models.id'], name=op.f('fk_process_models_based_on_id_process_models'), initially='DEFERRED', deferrable=True),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisations.id'], name=op.f('fk_process_models_organisation_id_organisations'), initially='DEFERRED', deferrable=True),
    sa.ForeignKeyConstraint(['owner_id'], ['organisations.id'], name=op.f('fk_process_models_owner_id_organisations')),
    sa.ForeignKeyConstraint(['process_id'], ['processes.id'], name=op.f('fk_process_models_process_id_processes'), initially='DEFERRED', deferrable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_process_models'))
    )
    with op.batch_alter_table('process_models', schema=None) as batch_op:
        batch_op.create_index('ix_process_models_generation', ['generation'], unique=False)
        batch_op.create_index('ix_process_models_owner_id', ['owner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_process_models_process_id'), ['process_id'], unique=False)

    op.create_table('lanes',
    sa.Column('model_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('organisation_id', sa.String(length=36), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('pay_grade', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('owner_id', sa.String(length=36), nullable=False),
    sa.Column('generation', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['model_id'], ['process_models.id'], name=op.f('fk_lanes_model_id_process_models'), initially='DEFERRED', deferrable=True),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisations.id'], name=op.f('fk_lanes_organisation_id_organisations'), initially='DEFERRED', deferrable=True),
    sa.ForeignKeyConstraint(['owner_id'], ['organisations.id'], name=op.f('fk_lanes_owner_id_organisations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_lanes'))
    )
    with op.batch_alter_table('lanes', schema=None) as batch_op:
        batch_op.create_index('ix_lanes_generation', ['generation'], unique=False)
        batch_op.create_index(batch_op.f('ix_lanes_model_id'), ['model_id'], unique=False)
        batch_op.create_index('ix_lanes_owner_id', ['owner_id'], unique=False)

    op.create_table('measures',
    sa.Column('workshop_id', sa.String(length=36), nullable=True),
    sa.Column('model_id', sa.String(length=36), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('owner_organisation_id', sa.String(length=36), nullable=True),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.Column('status', sa.Text(), nullable=False),
    sa.Column('effort', sa.Integer(), nullable=True),
    sa.Column('impact', sa.Integer(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('owner_id', sa.String(length=36), nullable=False),
    sa.Column('generation', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['model_id'], ['process_models.id'], name=op.f('fk_measures_model_id_process_models'), initially='DEFERRED', deferrable=True),
    sa.ForeignKeyConstraint(['owner_id'], ['organisations.id'], name=op.f('fk_measures_owner_id_organisations')),
    sa.ForeignKeyConstraint(['owner_organisation_id'], ['organisations.id'], name=op.f('fk_measures_owner_organisation_id_organisations'), initially='DEFERRED', deferrable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_measures'))
    )
    with op.batch_alter_table('measures', schema=None) as batch_op:
        batch_op.create_index('ix_measures_generation', ['generation'], unique=False)
        batch_op.create_index(batch_op.f('ix_measures_model_id'), ['model_id'], unique=False)
        batch_op.create_index('ix_measures_owner_id', ['owner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_measures_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('vote_results',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('round_id', sa.String(length=36), nullable=False),
    sa.Column('workshop_id', sa.String(length=36), nullable=True),
    sa.Column('model_id', sa.String(length=36), nullable=True),
    sa.Column('question', sa.Text(), nullable=False),
    sa.Column('method', sa.Text(), nullable=False),
    sa.Column('target_kind', sa.Text(), nullable=False),
    sa.Column('target_id', sa.String(length=36), nullable=True),
    sa.Column('label', sa.Text(), nullable=False),
    sa.Column('total', sa.Float(), nullable=False),
    sa.Column('rank', sa.Integer(), nullable=False),
    sa.Column('effort', sa.Float(), nullable=True),
    sa.Column('benefit', sa.Float(), nullable=True),
    sa.Column('voters', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('owner_id', sa.String(length=36), nullable=False),
    sa.Column('generation', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['model_id'], ['process_models.id'], name=op.f('fk_vote_results_model_id_process_models'), initially='DEFERRED', deferrable=True),
    sa.ForeignKeyConstraint(['owner_id'], ['organisations.id'], name=op.f('fk_vote_results_owner_id_organisations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_vote_results'))
    )
    with op.batch_alter_table('vote_results', schema=None) as batch_op:
        batch_op.create_index('ix_vote_results_generation', ['generation'], unique=False)
        batch_op.create_index('ix_vote_results_owner_id', ['owner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_vote_results_round_id'), ['round_id'], unique=False)

    op.create_table('steps',
    sa.Column('model_id', sa.String(length=36), nullable=False),
    sa.Column('lane_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.Text(), nullable=False),
    sa.Column('label', sa.Text(), nullable=False),
    sa.Column('block', sa.Text(), nullable=False),
    sa.Column('processing_minutes', sa.Float(), nullable=True),
    sa.Column('waiting_minutes', sa.Float(), nullable=True),
    sa.Column('probability', sa.Float(), nullable=True),
    sa.Column('it_system', sa.Text(), nullable=False),
    sa.Column('medium', sa.Text(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('position', sa.Float(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('owner_id', sa.String(length=36), nullable=False),
    sa.Column('generation', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['lane_id'], ['lanes.id'], name=op.f('fk_steps_lane_id_lanes'), initially='DEFERRED', deferrable=True),
    sa.ForeignKeyConstraint(['model_id'], ['process_models.id'], name=op.f('fk_steps_model_id_process_models'), initially='DEFERRED', deferrable=True),
    sa.ForeignKeyConstraint(['owner_id'], ['organisations.id'], name=op.f('fk_steps_owner_id_organisations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_steps'))
    )
    with op.batch_alter_table('steps', schema=None) as batch_op:
        batch_op.create_index('ix_steps_generation', ['generation'], unique=False)
        batch_op.create_index(batch_op.f('ix_steps_lane_id'), ['lane_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_steps_model_id'), ['model_id'], unique=False)
        batch_op.create_index('ix_steps_owner_id', ['owner_id'], unique=False)

    op.create_table('flows',
    sa.Column('model_id', sa.String(length=36), nullable=False),
    sa.Column('source_id', sa.String(length=36), nullable=False),
    sa.Column('target_id', sa.String(length=36), nullable=False),
    sa.Column('label', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('owner_id', sa.String(length=36), nullable=False),
    sa.Column('generation', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['model_id'], ['process_models.id'], name=op.f('fk_flows_model_id_process_models'), initially='DEFERRED', deferrable=True),
    sa.ForeignKeyConstraint(['owner_id'], ['organisations.id'], name=op.f('fk_flows_owner_id_organisations')),
    sa.ForeignKeyConstraint(['source_id'], ['steps.id'], name=op.f('fk_flows_source_id_steps'), initially='DEFERRED', deferrable=True),
    sa.ForeignKeyConstraint(['target_id'], ['steps.id'], name=op.f('fk_flows_target_id_steps'), initially='DEFERRED', deferrable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_flows'))
    )
    with op.batch_alter_table('flows', schema=None) as batch_op:
        batch_op.create_index('ix_flows_generation', ['generation'], unique=False)
        batch_op.create_index(batch_op.f('ix_flows_model_id'), ['model_id'], unique=False)
        batch_op.create_index('ix_flows_owner_id', ['owner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_flows_source_id'), ['source_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_flows_target_id'), ['target_id'], unique=False)

    op.create_table('pain_points',
    sa.Column('model_id', sa.String(length=36), nullable=False),
    sa.Column('step_id', sa.String(length=36), nullable=True),
    sa.Column('workshop_id', sa.String(length=36), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('category', sa.Text(), nullable=False),
    sa.Column('severity', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('owner_id', sa.String(length=36), nullable=False),
    sa.Column('generation', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['model_id'], ['process_models.id'], name=op.f('fk_pain_points_model_id_process_models'), initially='DEFERRED', deferrable=True),
    sa.ForeignKeyConstraint(['owner_id'], ['organisations.id'], name=op.f('fk_pain_points_owner_id_organisations')),
    sa.ForeignKeyConstraint(['step_id'], ['steps.id'], name=op.f('fk_pain_points_step_id_steps'), initially='DEFERRED', deferrable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pain_points'))
    )
    with op.batch_alter_table('pain_points', schema=None) as batch_op:
        batch_op.create_index('ix_pain_points_generation', ['generation'], unique=False)
        batch_op.create_index(batch_op.f('ix_pain_points_model_id'), ['model_id'], unique=False)
        batch_op.create_index('ix_pain_points_owner_id', ['owner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_pain_points_step_id'), ['step_id'], unique=False)

    op.create_table('measure_pain_points',
    sa.Column('measure_id', sa.String(length=36), nullable=False),
    sa.Column('pain_point_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('owner_id', sa.String(length=36), nullable=False),
    sa.Column('generation', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['measure_id'], ['measures.id'], name=op.f('fk_measure_pain_points_measure_id_measures'), initially='DEFERRED', deferrable=True),
    sa.ForeignKeyConstraint(['owner_id'], ['organisations.id'], name=op.f('fk_measure_pain_points_owner_id_organisations')),
    sa.ForeignKeyConstraint(['pain_point_id'], ['pain_points.id'], name=op.f('fk_measure_pain_points_pain_point_id_pain_points'), initially='DEFERRED', deferrable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_measure_pain_points'))
    )
    with op.batch_alter_table('measure_pain_points', schema=None) as batch_op:
        batch_op.create_index('ix_measure_pain_points_generation', ['generation'], unique=False)
        batch_op.create_index(batch_op.f('ix_measure_pain_points_measure_id'), ['measure_id'], unique=False)
        batch_op.create_index('ix_measure_pain_points_owner_id', ['owner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_measure_pain_points_pain_point_id'), ['pain_point_id'], unique=False)
    if op.get_bind().dialect.name == "postgresql":
        _row_level_security()


def downgrade() -> None:
    with op.batch_alter_table('measure_pain_points', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_measure_pain_points_pain_point_id'))
        batch_op.drop_index('ix_measure_pain_points_owner_id')
        batch_op.drop_index(batch_op.f('ix_measure_pain_points_measure_id'))
        batch_op.drop_index('ix_measure_pain_points_generation')

    op.drop_table('measure_pain_points')
    with op.batch_alter_table('pain_points', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_pain_points_step_id'))
        batch_op.drop_index('ix_pain_points_owner_id')
        batch_op.drop_index(batch_op.f('ix_pain_points_model_id'))
        batch_op.drop_index('ix_pain_points_generation')

    op.drop_table('pain_points')
    with op.batch_alter_table('flows', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_flows_target_id'))
        batch_op.drop_index(batch_op.f('ix_flows_source_id'))
        batch_op.drop_index('ix_flows_owner_id')
        batch_op.drop_index(batch_op.f('ix_flows_model_id'))
        batch_op.drop_index('ix_flows_generation')

    op.drop_table('flows')
    with op.batch_alter_table('steps', schema=None) as batch_op:
        batch_op.drop_index('ix_steps_owner_id')
        batch_op.drop_index(batch_op.f('ix_steps_model_id'))
        batch_op.drop_index(batch_op.f('ix_steps_lane_id'))
        batch_op.drop_index('ix_steps_generation')

    op.drop_table('steps')
    with op.batch_alter_table('vote_results', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_vote_results_round_id'))
        batch_op.drop_index('ix_vote_results_owner_id')
        batch_op.drop_index('ix_vote_results_generation')

    op.drop_table('vote_results')
    with op.batch_alter_table('measures', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_measures_workshop_id'))
        batch_op.drop_index('ix_measures_owner_id')
        batch_op.drop_index(batch_op.f('ix_measures_model_id'))
        batch_op.drop_index('ix_measures_generation')

    op.drop_table('measures')
    with op.batch_alter_table('lanes', schema=None) as batch_op:
        batch_op.drop_index('ix_lanes_owner_id')
        batch_op.drop_index(batch_op.f('ix_lanes_model_id'))
        batch_op.drop_index('ix_lanes_generation')

    op.drop_table('lanes')
    with op.batch_alter_table('process_models', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_process_models_process_id'))
        batch_op.drop_index('ix_process_models_owner_id')
        batch_op.drop_index('ix_process_models_generation')

    op.drop_table('process_models')
    op.drop_table('sync_log')
    op.drop_table('register_members')
    with op.batch_alter_table('processes', schema=None) as batch_op:
        batch_op.drop_index('ix_processes_owner_id')
        batch_op.drop_index('ix_processes_generation')

    op.drop_table('processes')
    op.drop_table('register_meta')
    op.drop_table('organisations')
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION werkstatt_next_generation(), werkstatt_lock_generation(), werkstatt_org()")
