"""The register searches as the laptop does, with indexes: a register of a whole Land answers as you type.

A laptop matches every typed word, folded (any case, "ue" for "ü", "ss" for "ß", NFKC, one space),
as a substring of the folded fact sheet (``werkstatt.capture.textmatch.fold``). The register now does the
same in SQL, with indexes (PostgreSQL):

- ``werkstatt_fold(text)`` mirrors ``textmatch.fold``; ``werkstatt_search_text(…)`` folds the fields a
  search reads (name, register key, tags, description, legal basis) into one text, and
  ``werkstatt_area_key(text)`` sorts product areas as ``product_areas.area_sort_key`` does.
  Each body uses only built-in functions, so that no search_path (a restore sets none) can break an
  index built on them.
- ``process_search``: per process the folded search text, the sort keys (area key, folded name) and
  the columns a search filters on, kept by triggers on ``processes`` (``werkstatt_keep_process_search``)
  and filled for the processes already there (``werkstatt_refill_process_search()``, which a bulk load
  that bypasses the triggers calls too). Folding costs 15–30 µs a row; stored, a recheck is a plain LIKE.
- ``pg_trgm`` and a GIN trigram index on the stored search text: ``LIKE '%wort%'`` uses it for every
  word of three letters or more.
- A B-tree on (area key, folded name, id): the first page of a short or frequent word is read in
  display order and stops after the page, without sorting every match.

Nothing changes on SQLite: a register file is small, and its search reads it in full.

pg_trgm is a trusted extension (PostgreSQL 13 and later): the owner of the register's database may
create it without being a superuser; it must be installed on the server (package postgresql-contrib
on older distributions, part of the server package since PostgreSQL 10 on Debian and Ubuntu).

Revision ID: r0003
Revises: r0002
Create Date: 2026-12-06 02:40:00
"""

from alembic import op

revision = "r0003"
down_revision = "r0002"
branch_labels = None
depends_on = None

# Python's str.split() splits at these (after NFKC most of them are plain spaces already).
WHITESPACE = r"[\t\n\u000b\f\r\u001c-\u001f \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+"
# Characters that NFKC leaves alone and whose casefold is lower() but for ß: German text in Latin-1 with
# §, °, «», dashes, quotes and €. A text of only these skips normalize(), the costliest step.
PLAIN = r"[^\t\n\r -~\u00a7\u00ab\u00b0\u00bb\u00c0-\u00ff\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u20ac]"


def _umlauts(value: str) -> str:
    return f"replace(replace(replace(replace({value}, 'ß', 'ss'), 'ä', 'ae'), 'ö', 'oe'), 'ü', 'ue')"


def _casefold(value: str) -> str:
    """str.casefold() where it differs from lower() for the texts a register keeps (ß is left to _umlauts)."""
    return f"translate(lower(replace({value}, 'İ', 'i̇')), 'ςſ', 'σs')"


def _fold_words(value: str) -> str:
    """textmatch.fold without collapsing whitespace: the same words at the same places."""
    return (f"CASE WHEN {value} !~ '{PLAIN}' THEN {_umlauts(f'lower({value})')} "
            f"ELSE {_umlauts(_casefold(f'normalize({value}, NFKC)'))} END")


def _fold(value: str) -> str:
    return f"btrim(regexp_replace({_fold_words(value)}, '{WHITESPACE}', ' ', 'g'), ' ')"


SEARCH_FIELDS = "name, register_key, tags, description, legal_basis"
AREA_NUMBER = r"^[[:space:]]*([0-9]{1,3})(?![[:alnum:]_])"

# PL/pgSQL, not inlined SQL: a COST tells the planner that folding a row is dear (tens of microseconds), so
# that it reads a frequent word's first page in display order instead of folding and sorting every match;
# and the search text is put together once per row, not once per use in the expression.
FUNCTIONS = f"""
CREATE FUNCTION werkstatt_fold(t text) RETURNS text LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE COST 100 AS $$
BEGIN
    RETURN {_fold("t")};
END $$;

CREATE FUNCTION werkstatt_search_text(name text, register_key text, tags text, description text, legal_basis text)
RETURNS text LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE COST 200 AS $$
DECLARE
    t text := name || ' ' || register_key || ' ' || tags || ' ' || description || ' ' || legal_basis;
BEGIN
    -- A typed word has no spaces, so it occurs in this text exactly when it occurs in the folded one.
    RETURN {_fold_words("t")};
END $$;

CREATE FUNCTION werkstatt_area_key(area text) RETURNS text LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE COST 50 AS $$
BEGIN
    IF btrim(coalesce(area, ''), E' \\t\\n\\r\\f\\u000b') = '' THEN
        RETURN '2000';
    ELSIF area ~ '{AREA_NUMBER}' THEN
        RETURN '0' || lpad(ltrim(substring(area from '{AREA_NUMBER}'), '0'), 3, '0')
            || replace({_casefold("area")}, 'ß', 'ss');
    END IF;
    RETURN '1000' || replace({_casefold("area")}, 'ß', 'ss');
END $$;
"""

# A clear sentence where the server's own message would only say "could not open extension control file".
EXTENSION = """
DO $$
BEGIN
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
EXCEPTION
    WHEN undefined_file THEN
        RAISE EXCEPTION 'werkstatt: the register''s search needs the PostgreSQL extension pg_trgm, which is not '
                        'installed on this server; install the server''s contrib package and set the register '
                        'up again';
    WHEN insufficient_privilege THEN
        RAISE EXCEPTION 'werkstatt: the register''s search needs the extension pg_trgm; set the register up as '
                        'the owner of its database (PostgreSQL 13 or later) or ask a superuser to run '
                        '"CREATE EXTENSION pg_trgm" in it';
END $$;
"""

# The stored search columns of a process, computed from a row of ``processes`` called {row}: the trigger
# and the backfill use the same expressions, so a row reads the same however it got into the table.
SEARCH_COLUMNS = ("process_id", "search_text", "area_key", "folded_name", "deleted", "product_area", "status",
                  "lead_organisation_id", "owner_organisation_id", "owner_id")
_VALUES = ("{row}.id", "werkstatt_search_text({row}.name, {row}.register_key, {row}.tags, {row}.description, "
           "{row}.legal_basis)", "werkstatt_area_key({row}.product_area)", "werkstatt_fold({row}.name)",
           "{row}.deleted", "{row}.product_area", "{row}.status", "{row}.lead_organisation_id",
           "{row}.owner_organisation_id", "{row}.owner_id")


def _values(row: str) -> str:
    return ", ".join(value.format(row=row) for value in _VALUES)


# What a search reads, stored: folding a row costs 15–30 µs, and at 400,000 fact sheets a search that
# folds while it reads (expression indexes, whose recheck and sort fold again) takes seconds. Stored, the
# recheck is a plain LIKE and the order is read from a B-tree. Not a synced table: the register keeps it
# from ``processes`` by the triggers below; laptops never see it. No row-level security: an organisation's
# login reads every process anyway (policy ``processes_read`` is USING (true)), and under row-level
# security the planner would not use the statistics of the column for LIKE (not leakproof) and would pick
# the wrong plan for frequent and for rare words. If reading is ever restricted, this table must be too.
TABLE = """
CREATE TABLE process_search (
    process_id varchar(36) NOT NULL PRIMARY KEY REFERENCES processes (id) ON DELETE CASCADE ON UPDATE CASCADE,
    search_text text,
    area_key text COLLATE "C",
    folded_name text COLLATE "C",
    deleted boolean NOT NULL,
    product_area text,
    status text,
    lead_organisation_id varchar(36),
    owner_organisation_id varchar(36),
    owner_id varchar(36)
)
"""

# SECURITY DEFINER: a login's sync writes ``processes``; it may read ``process_search`` but not write it.
# search_path as at creation, so that a login's own search_path cannot redirect the definer's writes.
KEEPING = f"""
CREATE FUNCTION werkstatt_keep_process_search() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path FROM CURRENT AS $$
BEGIN
    INSERT INTO process_search ({", ".join(SEARCH_COLUMNS)}) VALUES ({_values("NEW")})
    ON CONFLICT (process_id) DO UPDATE SET
        {", ".join(f"{name} = EXCLUDED.{name}" for name in SEARCH_COLUMNS[1:])};
    RETURN NULL;
END $$;

CREATE FUNCTION werkstatt_refill_process_search() RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
    filled bigint;
BEGIN
    DELETE FROM process_search;
    INSERT INTO process_search ({", ".join(SEARCH_COLUMNS)}) SELECT {_values("p")} FROM processes p;
    GET DIAGNOSTICS filled = ROW_COUNT;
    RETURN filled;
END $$;

CREATE TRIGGER werkstatt_search_insert AFTER INSERT ON processes
    FOR EACH ROW EXECUTE FUNCTION werkstatt_keep_process_search();
-- Only when something a search reads changed: the stamping of generations updates rows too.
CREATE TRIGGER werkstatt_search_update AFTER UPDATE ON processes FOR EACH ROW
    WHEN ((OLD.id, OLD.name, OLD.register_key, OLD.tags, OLD.description, OLD.legal_basis, OLD.deleted,
           OLD.product_area, OLD.status, OLD.lead_organisation_id, OLD.owner_organisation_id, OLD.owner_id)
          IS DISTINCT FROM
          (NEW.id, NEW.name, NEW.register_key, NEW.tags, NEW.description, NEW.legal_basis, NEW.deleted,
           NEW.product_area, NEW.status, NEW.lead_organisation_id, NEW.owner_organisation_id, NEW.owner_id))
    EXECUTE FUNCTION werkstatt_keep_process_search();
"""

# fastupdate off: with a pending list (a sync's new rows, until the next vacuum) every search reads the whole
# list and the planner, counting it, prefers a sequential scan; a sync pays instead, a fraction of a millisecond
# per written fact sheet.
INDEXES = (
    "CREATE INDEX ix_process_search_text ON process_search USING gin (search_text gin_trgm_ops) "
    "WITH (fastupdate = off)",
    'CREATE INDEX ix_process_search_order ON process_search (area_key, folded_name, process_id COLLATE "C")',
)

GRANT_TABLE = """
DO $$
DECLARE
    member text;
BEGIN
    FOR member IN SELECT role_name FROM register_members WHERE role_name IN (SELECT rolname FROM pg_roles) LOOP
        EXECUTE format('GRANT SELECT ON process_search TO %I', member);
    END LOOP;
END $$;
"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(EXTENSION)
    op.execute(FUNCTIONS)
    op.execute(TABLE)
    op.execute(KEEPING)
    # The processes already there; then the indexes, built once over the filled table.
    op.execute("SELECT werkstatt_refill_process_search()")
    for statement in INDEXES:
        op.execute(statement)
    # Logins granted before this migration; later ones get it with SELECT ON ALL TABLES (grant_organisation).
    op.execute(GRANT_TABLE)
    op.execute("ANALYZE process_search")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER werkstatt_search_update ON processes")
    op.execute("DROP TRIGGER werkstatt_search_insert ON processes")
    op.execute("DROP TABLE process_search")
    op.execute("DROP FUNCTION werkstatt_refill_process_search(), werkstatt_keep_process_search(), "
               "werkstatt_area_key(text), werkstatt_search_text(text, text, text, text, text), werkstatt_fold(text)")
    # pg_trgm stays: another part of the database may use it, and dropping it needs its owner.
