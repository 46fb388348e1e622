"""A full-text index for the library: searching 20,000 processes per keystroke without reading them all.

``process_search_rows`` holds, per live process, the folded text a search matches (name, register
key, tags, description, legal basis, folded as quick entry folds) and the sort key (product area,
folded name, id), so that ORDER BY … LIMIT runs in SQL over an index. ``process_search`` is an FTS5
index with the trigram tokenizer over that text (external content: the text is stored once):
trigrams find any substring, which is what the search did before in Python; words of one or two
letters, which have no trigram, are matched with LIKE on the same text.

Folding is Python (``werkstatt.capture.textmatch.fold``), and other tools write the file too, so triggers
do not index: plain-SQL triggers only note the id of every inserted, changed or deleted process in
``process_search_pending``, and ``werkstatt.library.search_index.refresh`` folds and indexes those
before a search. Every existing process starts pending; the first search (or sync) indexes them.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06 02:45:00
"""

from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

# Frozen here on purpose: the search index as this migration made it.
# The columns whose change changes a process's index text or its place in the sorted list.
SEARCHED = "name, register_key, tags, description, legal_basis, product_area, deleted, id"
NOTE = "INSERT OR IGNORE INTO process_search_pending (process_id) VALUES ({row}.id);"
TRIGGERS = {
    "processes_search_insert": f"AFTER INSERT ON processes BEGIN {NOTE.format(row='NEW')} END",
    "processes_search_update": (f"AFTER UPDATE OF {SEARCHED} ON processes BEGIN "
                                f"{NOTE.format(row='OLD')} {NOTE.format(row='NEW')} END"),
    "processes_search_delete": f"AFTER DELETE ON processes BEGIN {NOTE.format(row='OLD')} END",
}


def upgrade() -> None:
    op.execute("CREATE TABLE process_search_pending (process_id VARCHAR(36) NOT NULL PRIMARY KEY) WITHOUT ROWID")
    op.execute("CREATE TABLE process_search_rows (id INTEGER NOT NULL PRIMARY KEY, "
               "process_id VARCHAR(36) NOT NULL, sort_key TEXT NOT NULL, text TEXT NOT NULL)")
    op.execute("CREATE UNIQUE INDEX ix_process_search_rows_process ON process_search_rows (process_id)")
    op.execute("CREATE INDEX ix_process_search_rows_sort ON process_search_rows (sort_key)")
    # case_sensitive 1: the text and the words are folded already; FTS5's own case folding could only
    # make it differ from Python's ``in``.
    op.execute("CREATE VIRTUAL TABLE process_search USING fts5(text, content = 'process_search_rows', "
               "content_rowid = 'id', tokenize = 'trigram case_sensitive 1')")
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")
    op.execute("INSERT INTO process_search_pending (process_id) SELECT id FROM processes")


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS process_search")
    op.execute("DROP TABLE IF EXISTS process_search_rows")
    op.execute("DROP TABLE IF EXISTS process_search_pending")
