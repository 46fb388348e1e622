"""Issue 21, item 2: no organisation can stall the others' syncs, and none can advance the generation.

The register numbers a sync's rows itself when the sync commits (register migration r0002); the
generation's lock is held only inside that COMMIT. Every register connection has a lock and a
statement timeout, so a sync that meets a lock it cannot get gives up with a sentence. All against
the real PostgreSQL cluster, with each organisation's own login, as in production.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import psycopg
import pytest
from sqlalchemy import Engine, event, select, text

from helpers.sync_register import RegisterUnderTest, postgres_register
from werkstatt import i18n
from werkstatt.demo import MODEL_ID, create_demo
from werkstatt.edits import Create
from werkstatt.edits.editor import Editor
from werkstatt.edits.process import rename_step
from werkstatt.model import Process, Step
from werkstatt.register import schema
from werkstatt.register.connect import open_register_engine, parse_address
from werkstatt.register.errors import RegisterError
from werkstatt.register.waiting import Timeouts
from werkstatt.store.database import Store
from werkstatt.sync.engine import SyncReport, sync

LOCK_SECONDS = 3.0
BUSY = "is busy: another sync is writing to it"


@pytest.fixture
def pg(postgres) -> Iterator[RegisterUnderTest]:
    i18n.set_language("en")  # the conftest sets German back afterwards
    made = postgres_register(postgres)
    yield made
    made.close()


def login(register: RegisterUnderTest, organisation: str, notices: list[str] | None = None,
          **limits: float) -> Engine:
    engine = open_register_engine(parse_address(register.logins[organisation]),
                                  password=register.passwords[organisation],
                                  timeouts=Timeouts(**{"lock": LOCK_SECONDS, **limits}),
                                  on_wait=None if notices is None else notices.append)
    register.engines[f"{organisation}-{id(engine)}"] = engine  # disposed with the register
    return engine


def raw(register: RegisterUnderTest, organisation: str, **options: Any) -> psycopg.Connection:
    address = parse_address(register.logins[organisation])
    return psycopg.connect(host=address.host, port=address.port, dbname=address.database, user=address.user,
                           password=register.passwords[organisation], **options)


class Stall:
    """A sync's ``cancelled`` callback that stops it inside its register transaction until released.

    It stops at the first call after a statement for which ``armed(statement)`` holds.
    """

    def __init__(self, engine: Engine, armed: Callable[[str], bool]) -> None:
        self.armed, self.ready = armed, False
        self.stalled, self.release = threading.Event(), threading.Event()
        event.listen(engine, "before_cursor_execute", self._seen)

    def _seen(self, _connection: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        self.ready = self.ready or self.armed(statement)

    def __call__(self) -> bool:
        if self.ready and not self.release.is_set():
            self.stalled.set()
            self.release.wait(60)
        return False


def wrote(statement: str) -> bool:
    return statement.lstrip().upper().startswith(("INSERT", "UPDATE"))


def in_background(work: Callable[[], SyncReport]) -> tuple[threading.Thread, dict[str, Any]]:
    result: dict[str, Any] = {}

    def run() -> None:
        with i18n.speaking("en"):
            try:
                result["report"] = work()
            except Exception as error:  # looked at by the test
                result["error"] = error

    thread = threading.Thread(target=run)
    thread.start()
    return thread, result


def run_sync(register: RegisterUnderTest, store: Store, organisation: str, engine: Engine, **options: Any):
    return sync(store, engine, display=register.display, organisation=organisation, **options)


def step_label(register: RegisterUnderTest, step_id: str) -> str:
    steps = schema.tables["steps"]
    with register.admin.connect() as connection:
        return connection.scalar(select(steps.c.label).where(steps.c.id == step_id))


def first_step(store: Store) -> str:
    with store.reading() as session:
        return session.scalars(select(Step.id).where(Step.model_id == MODEL_ID).order_by(Step.position)).first()


@contextmanager
def stalled_sync(pg: RegisterUnderTest, store: Store, organisation: str,
                 stall_after: Callable[[str], bool]) -> Iterator[dict]:
    """A sync of ``store`` held in its open transaction once ``stall_after`` a statement, in a thread, for the
    block; then let go and waited for. Yields what the thread reports (its ``error``, if any)."""
    engine = login(pg, organisation)
    stall = Stall(engine, stall_after)
    thread, stalled = in_background(lambda: run_sync(pg, store, organisation, engine, cancelled=stall))
    try:
        assert stall.stalled.wait(30), stalled
        yield stalled
    finally:
        stall.release.set()
        thread.join(60)


# --- the lock ----------------------------------------------------------------------------------------

def test_a_stalled_sync_of_another_organisation_does_not_hold_up_this_one(pg, laptops) -> None:
    Editor(laptops["w"]).apply(Create(Process, name="Gewerbeanmeldung", product_area="15 Wirtschaft"))
    create_demo(laptops["k"])
    with stalled_sync(pg, laptops["w"], "Witten", wrote) as stalled:
        # Witten's sync sits in its open transaction with its rows written; the Kreis syncs meanwhile.
        started = time.monotonic()
        report = run_sync(pg, laptops["k"], "EN-Kreis", login(pg, "EN-Kreis"))
        assert time.monotonic() - started < LOCK_SECONDS
        assert report.pushed["steps"] > 0 and pg.generation() == 1
    assert "error" not in stalled and pg.generation() == 2
    with pg.admin.connect() as connection:
        names = set(connection.scalars(select(schema.tables["processes"].c.name)))
    assert "Gewerbeanmeldung" in names


def test_a_sync_gives_up_within_its_timeout_with_a_sentence_while_the_lock_is_held(pg, laptops, postgres) -> None:
    create_demo(laptops["k"])
    before = pg.dump()
    database = parse_address(pg.display).database
    holder = postgres.connect(database)  # only the register's owner can still take the lock
    holder.autocommit = False
    holder.execute("SELECT generation FROM register_meta WHERE id = 1 FOR UPDATE")
    notices: list[str] = []
    started = time.monotonic()
    try:
        with pytest.raises(RegisterError) as refused:
            run_sync(pg, laptops["k"], "EN-Kreis", login(pg, "EN-Kreis", notices))
        waited = time.monotonic() - started
    finally:
        holder.rollback()
        holder.close()
    message = refused.value.message
    assert BUSY in message and "try again" in message and "Traceback" not in message
    assert "\n" not in message and "lock_timeout" not in message
    assert LOCK_SECONDS <= waited < LOCK_SECONDS + 10
    assert notices and "Waiting for the register" in notices[0] and "gives up after 3 seconds" in notices[0]
    assert pg.dump() == before
    # Nothing was marked as sent on the laptop: once the lock is free, the next sync sends it all.
    report = run_sync(pg, laptops["k"], "EN-Kreis", login(pg, "EN-Kreis"))
    assert report.pushed["steps"] > 0 and pg.generation() == 1


def kreis_laptops_renaming_one_step(pg: RegisterUnderTest, laptops) -> str:
    create_demo(laptops["a"])
    run_sync(pg, laptops["a"], "EN-Kreis", login(pg, "EN-Kreis"))
    run_sync(pg, laptops["c"], "EN-Kreis", login(pg, "EN-Kreis"))
    step = first_step(laptops["a"])
    Editor(laptops["a"]).apply(rename_step(step, "Laptop A"))
    Editor(laptops["c"]).apply(rename_step(step, "Laptop C"))
    return step


def test_a_stalled_laptop_of_the_same_organisation_makes_the_other_give_up(pg, laptops) -> None:
    step = kreis_laptops_renaming_one_step(pg, laptops)
    with stalled_sync(pg, laptops["a"], "EN-Kreis", wrote) as stalled:
        started = time.monotonic()
        with pytest.raises(RegisterError, match=BUSY):
            run_sync(pg, laptops["c"], "EN-Kreis", login(pg, "EN-Kreis"))
        assert time.monotonic() - started < LOCK_SECONDS + 10
    assert "error" not in stalled and step_label(pg, step) == "Laptop A"
    again = run_sync(pg, laptops["c"], "EN-Kreis", login(pg, "EN-Kreis"))
    assert [conflict.row_id for conflict in again.conflicts] == [step]
    assert step_label(pg, step) == "Laptop A"


def test_a_row_another_sync_changed_after_this_one_read_it_is_not_overwritten(pg, laptops) -> None:
    step = kreis_laptops_renaming_one_step(pg, laptops)
    with stalled_sync(pg, laptops["c"], "EN-Kreis", lambda statement: "steps.id IN" in statement) as stalled:
        # C has read the step as it was and decided to update it; A's sync commits the step meanwhile.
        run_sync(pg, laptops["a"], "EN-Kreis", login(pg, "EN-Kreis"))
    assert isinstance(stalled.get("error"), RegisterError), stalled
    assert "Another sync changed the same rows" in stalled["error"].message
    assert step_label(pg, step) == "Laptop A"
    again = run_sync(pg, laptops["c"], "EN-Kreis", login(pg, "EN-Kreis"))
    assert [conflict.row_id for conflict in again.conflicts] == [step]


# --- raw SQL: what an organisation's login cannot do ------------------------------------------------

PROCESS = ("INSERT INTO processes (id, register_key, name, description, product_area, leika_key, status, legal_basis, "
           "tags, created_at, updated_at, revision, deleted, owner_id, generation) VALUES "
           "(%s, '', 'Eigener Prozess', '', '', '', 'identified', '', '', now(), now(), 1, false, werkstatt_org(), %s)")


def generation_of(register: RegisterUnderTest, process_id: str) -> int | None:
    processes = schema.tables["processes"]
    with register.admin.connect() as connection:
        return connection.scalar(select(processes.c.generation).where(processes.c.id == process_id))


def test_an_organisations_login_cannot_advance_the_generation(pg) -> None:
    with raw(pg, "Witten") as witten:
        with witten.transaction():
            seen = witten.execute("SELECT werkstatt_next_generation()").fetchone()[0]
            witten.execute("SELECT werkstatt_next_generation()")
        assert seen == 0 and pg.generation() == 0
        for statement in ("UPDATE register_meta SET generation = generation + 1",
                          "SELECT werkstatt_commit_generation()", "SELECT werkstatt_stamp_row()"):
            with pytest.raises(psycopg.Error), witten.transaction():
                witten.execute(statement)
        # A row sent with a made-up generation gets the next one when it commits.
        with witten.transaction():
            witten.execute(PROCESS, ("w1", 10**9))
        assert generation_of(pg, "w1") == 1 == pg.generation()
        # Forging the numbering's mark only keeps the login's own row from being numbered: nobody
        # receives it (its generation is below every laptop's), and the generation stays.
        with witten.transaction():
            witten.execute("SELECT set_config('werkstatt.stamping', txid_current()::text, true)")
            witten.execute(PROCESS, ("w2", 10**9))
        assert generation_of(pg, "w2") < 0 and pg.generation() == 1
        assert pg.dump()["sync_log"] == []


@pytest.mark.parametrize("lock", ["FOR UPDATE", "FOR NO KEY UPDATE", "FOR SHARE", "FOR KEY SHARE"])
def test_an_organisations_login_cannot_take_the_generation_lock(pg, lock: str) -> None:
    with raw(pg, "Witten") as witten, pytest.raises(psycopg.errors.InsufficientPrivilege), witten.transaction():
        witten.execute(f"SELECT generation FROM register_meta WHERE id = 1 {lock}")


def test_an_organisations_login_holds_no_lock_outside_a_commit(pg, laptops) -> None:
    """Each way a login might make the numbering run early, to keep its lock in an open transaction."""
    create_demo(laptops["k"])
    with raw(pg, "Witten") as witten:
        with pytest.raises(psycopg.errors.ObjectNotInPrerequisiteState), witten.transaction():
            witten.execute(PROCESS, ("w2", 1))
            witten.execute("SET CONSTRAINTS ALL IMMEDIATE")
        with pytest.raises(psycopg.errors.ObjectNotInPrerequisiteState), witten.transaction():
            witten.execute(PROCESS, ("w2", 1))
            witten.execute("SET CONSTRAINTS werkstatt_commit IMMEDIATE")
        witten.autocommit = True  # an implicit transaction commits without a COMMIT statement
        with pytest.raises(psycopg.errors.ObjectNotInPrerequisiteState):
            witten.execute(PROCESS, ("w2", 1))
        witten.autocommit = False
        # The old door: the lock function in an open transaction, and a row of its own written.
        witten.execute("SELECT werkstatt_lock_generation(), werkstatt_next_generation()")
        witten.execute(PROCESS, ("w3", 1))
        started = time.monotonic()
        report = run_sync(pg, laptops["k"], "EN-Kreis", login(pg, "EN-Kreis"))
        assert time.monotonic() - started < LOCK_SECONDS and report.pushed["steps"] > 0
        witten.commit()
    assert pg.generation() == 2 and generation_of(pg, "w3") == 2 and generation_of(pg, "w2") is None


# --- the limits on every connection -----------------------------------------------------------------

def test_every_connection_carries_its_limits_and_the_logins_have_them_too(pg) -> None:
    with login(pg, "Witten", lock=15, statement=120, idle_in_transaction=60).connect() as connection:
        shown = [connection.scalar(text(f"SHOW {name}")) for name in
                 ("lock_timeout", "statement_timeout", "idle_in_transaction_session_timeout")]
    assert shown == ["15s", "2min", "1min"]
    with raw(pg, "Witten") as witten:  # a login used by hand: the server's defaults for the role
        shown = [witten.execute(f"SHOW {name}").fetchone()[0] for name in
                 ("lock_timeout", "statement_timeout", "idle_in_transaction_session_timeout")]
    assert shown == ["15s", "2min", "1min"]


def test_a_statement_over_its_time_ends_in_a_sentence(pg) -> None:
    engine = login(pg, "Witten", statement=0.5)
    with pytest.raises(RegisterError, match="did not finish the work in time"), engine.connect() as connection:
        connection.execute(text("SELECT pg_sleep(3)"))
