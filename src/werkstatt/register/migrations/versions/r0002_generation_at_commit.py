"""The register numbers a sync's rows when it commits: no login can hold or advance the generation.

Before, every organisation's role could call ``werkstatt_lock_generation()`` (``SELECT … FOR UPDATE``
on ``register_meta``) and keep the lock in an idle transaction, which stalled every other sync, and
``werkstatt_next_generation()`` advanced the generation at will.

Now (PostgreSQL):

- Every write to a register row gets a provisional generation (minus the writing transaction's id)
  from a BEFORE trigger, whatever the client sent.
- A deferred constraint trigger numbers the transaction's rows at COMMIT: it takes the row lock on
  ``register_meta``, advances the generation by one and stamps the rows. The lock is held only from
  there to the end of the COMMIT, so no login can keep it; commits take turns, and a generation
  becomes visible only with every row that carries it. An organisation's login whose transaction
  would fire the trigger anywhere else (``SET CONSTRAINTS … IMMEDIATE``, an implicit transaction) is
  refused.
- ``werkstatt_lock_generation()`` takes no lock any more: it reads the generation and remembers it for
  the transaction; ``werkstatt_next_generation()`` returns that remembered value and advances nothing.
  A laptop keeps it as how far it has read, so its own rows come back once and are recognised.
- A sync that updates a row another sync committed after this one read the register fails with a
  serialization error (sqlstate 40001) instead of overwriting it: the next sync sees the conflict.
- The organisations' roles get server-side defaults for ``lock_timeout``, ``statement_timeout`` and
  ``idle_in_transaction_session_timeout``, so that a stalled laptop's transaction ends by itself.

Nothing changes on SQLite: one writer holds the file's write lock for the whole sync anyway.

Revision ID: r0002
Revises: r0001
Create Date: 2026-12-02 10:00:00
"""

from alembic import op

revision = "r0002"
down_revision = "r0001"
branch_labels = None
depends_on = None

OWNED_TABLES = ("processes", "process_models", "lanes", "steps", "flows", "pain_points", "measures",
                "measure_pain_points", "vote_results")
NUMBERED_TABLES = (*OWNED_TABLES, "sync_log")
# Server-side defaults for the organisations' roles; the program sets its own on every connection.
ROLE_DEFAULTS = (("lock_timeout", "15s"), ("statement_timeout", "120s"), ("idle_in_transaction_session_timeout", "60s"))

# Only these texts may be the statement that fires the numbering (psycopg and psql send "COMMIT").
COMMIT_STATEMENT = r"^\s*(commit|end)(\s+(work|transaction))?(\s+and\s+(no\s+)?chain)?\s*;?\s*$"

FUNCTIONS = f"""
CREATE OR REPLACE FUNCTION werkstatt_lock_generation() RETURNS bigint LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = public AS $$
DECLARE
    seen bigint;
BEGIN
    SELECT generation INTO seen FROM register_meta WHERE id = 1;
    PERFORM set_config('werkstatt.read_generation', seen::text, true);
    RETURN seen;
END $$;

CREATE OR REPLACE FUNCTION werkstatt_next_generation() RETURNS bigint LANGUAGE sql VOLATILE SECURITY DEFINER
SET search_path = public AS $$
SELECT coalesce(nullif(current_setting('werkstatt.read_generation', true), '')::bigint,
                (SELECT generation FROM register_meta WHERE id = 1))
$$;

CREATE FUNCTION werkstatt_stamp_row() RETURNS trigger LANGUAGE plpgsql SET search_path = public AS $$
DECLARE
    me bigint := txid_current();
    seen bigint;
BEGIN
    IF TG_OP = 'UPDATE' AND pg_trigger_depth() > 1 AND OLD.generation = -me AND NEW.generation > 0 THEN
        -- The numbering at COMMIT (from inside werkstatt_commit_generation: no login's own statement
        -- runs at trigger depth 2, as no login can create triggers on these tables).
        RETURN NEW;
    END IF;
    IF TG_OP = 'UPDATE' THEN
        seen := nullif(current_setting('werkstatt.read_generation', true), '')::bigint;
        IF seen IS NOT NULL AND OLD.generation > seen THEN
            RAISE EXCEPTION 'werkstatt: a row of % was changed by another sync after this one read the register',
                TG_TABLE_NAME USING ERRCODE = '40001';
        END IF;
    END IF;
    NEW.generation := -me;
    RETURN NEW;
END $$;

CREATE FUNCTION werkstatt_commit_generation() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public AS $$
DECLARE
    me bigint := txid_current();
    final bigint;
    name text;
BEGIN
    IF current_setting('werkstatt.stamping', true) = me::text THEN
        -- Numbered already. A login that forges this mark only keeps its own rows from being numbered,
        -- so that nobody receives them: it harms no one else.
        RETURN NULL;
    END IF;
    IF EXISTS (SELECT 1 FROM register_members WHERE role_name = session_user)
       AND coalesce(current_query(), '') !~* '{COMMIT_STATEMENT}' THEN
        RAISE EXCEPTION 'werkstatt: the register numbers the rows of a sync when it commits; write them in a '
                        'transaction and end it with COMMIT' USING ERRCODE = '55000';
    END IF;
    -- The row lock: the next commit waits here (bounded by its lock_timeout) until this one is done.
    UPDATE register_meta SET generation = generation + 1 WHERE id = 1 RETURNING generation INTO final;
    PERFORM set_config('werkstatt.stamping', me::text, true);
    FOREACH name IN ARRAY ARRAY[{", ".join(f"'{table}'" for table in NUMBERED_TABLES)}] LOOP
        EXECUTE format('UPDATE %I SET generation = $1 WHERE generation = $2', name) USING final, -me;
    END LOOP;
    RETURN NULL;
END $$;

REVOKE ALL ON FUNCTION werkstatt_commit_generation() FROM PUBLIC;
"""

ROLE_TIMEOUTS = """
DO $$
DECLARE
    member text;
BEGIN
    FOR member IN SELECT role_name FROM register_members WHERE role_name IN (SELECT rolname FROM pg_roles) LOOP
{settings}
    END LOOP;
EXCEPTION WHEN insufficient_privilege THEN
    RAISE WARNING 'werkstatt: the timeouts of the organisations'' roles could not be set (no CREATEROLE)';
END $$;
"""

OLD_FUNCTIONS = """
CREATE OR REPLACE FUNCTION werkstatt_lock_generation() RETURNS bigint LANGUAGE sql VOLATILE SECURITY DEFINER
SET search_path = public AS $$ SELECT generation FROM register_meta WHERE id = 1 FOR UPDATE $$;
CREATE OR REPLACE FUNCTION werkstatt_next_generation() RETURNS bigint LANGUAGE sql VOLATILE SECURITY DEFINER
SET search_path = public AS $$ UPDATE register_meta SET generation = generation + 1 WHERE id = 1 RETURNING generation $$;
"""


def _role_settings(reset: bool) -> str:
    lines = []
    for name, value in ROLE_DEFAULTS:
        change = f"RESET {name}" if reset else f"SET {name} = %L"
        arguments = "member, current_database()" + ("" if reset else f", '{value}'")
        lines.append(f"        EXECUTE format('ALTER ROLE %I IN DATABASE %I {change}', {arguments});")
    return "\n".join(lines)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(FUNCTIONS)
    for table in NUMBERED_TABLES:
        op.execute(f"CREATE TRIGGER werkstatt_stamp BEFORE INSERT OR UPDATE ON {table} "
                   f"FOR EACH ROW EXECUTE FUNCTION werkstatt_stamp_row()")
        # WHEN: only a login's writes are queued for the numbering, not the numbering's own updates.
        op.execute(f"CREATE CONSTRAINT TRIGGER werkstatt_commit AFTER INSERT OR UPDATE ON {table} "
                   f"DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW.generation < 0) "
                   f"EXECUTE FUNCTION werkstatt_commit_generation()")
    op.execute(ROLE_TIMEOUTS.format(settings=_role_settings(reset=False)))


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(ROLE_TIMEOUTS.format(settings=_role_settings(reset=True)))
        for table in NUMBERED_TABLES:
            op.execute(f"DROP TRIGGER werkstatt_commit ON {table}")
            op.execute(f"DROP TRIGGER werkstatt_stamp ON {table}")
        op.execute("DROP FUNCTION werkstatt_commit_generation(), werkstatt_stamp_row()")
        op.execute(OLD_FUNCTIONS)
