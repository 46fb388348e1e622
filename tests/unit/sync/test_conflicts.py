"""A laptop clock that jumps by hours loses no edit: a sync sends by change numbers, not by timestamps.

Werkstatt issue 21: the sync used to read the rows whose updated_at was younger than its last read
(less two minutes), both by the laptop's clock. A clock that was fast at one sync and corrected
afterwards hid every later edit: "nothing had changed", exit 0, register and laptop apart.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import select, text

from helpers.sync_register import RegisterUnderTest
from werkstatt.demo import MODEL_ID, create_demo
from werkstatt.edits import AddStep, DeleteStep
from werkstatt.edits.editor import Editor
from werkstatt.edits.process import rename_step, set_step_attributes
from werkstatt.model import Step, SyncRegister, base
from werkstatt.model.sync import NUMBERED_TABLES, local_changes, trigger_names
from werkstatt.register import schema
from werkstatt.store.database import Store
from werkstatt.sync.conflicts import open_conflicts, resolve

HOUR = dt.timedelta(hours=1)
STEP_COLUMNS = ("label", "processing_minutes", "it_system", "deleted")


class LaptopClock:
    """The laptop's wall clock, set to the real time plus some hours (for every laptop in the test)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.offset = dt.timedelta(0)
        monkeypatch.setattr(base, "clock", self.now)

    def now(self) -> dt.datetime:
        return base.system_clock() + self.offset

    def set(self, hours: float) -> None:
        self.offset = hours * HOUR


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> LaptopClock:
    return LaptopClock(monkeypatch)


def laptop_steps(store: Store) -> dict[str, tuple[Any, ...]]:
    with store.reading() as session:
        rows = session.execute(select(*(Step.__table__.c[name] for name in ("id", *STEP_COLUMNS)))
                               .where(Step.model_id == MODEL_ID)).all()
    return {row[0]: tuple(row[1:]) for row in rows}


def register_steps(register: RegisterUnderTest) -> dict[str, tuple[Any, ...]]:
    steps = schema.tables["steps"]
    with register.admin.connect() as connection:
        rows = connection.execute(select(steps.c.id, *(steps.c[name] for name in STEP_COLUMNS))
                                  .where(steps.c.model_id == MODEL_ID)).all()
    return {row[0]: tuple(row[1:]) for row in rows}


def live_step_ids(store: Store) -> list[str]:
    with store.reading() as session:
        return list(session.scalars(select(Step.id).where(Step.model_id == MODEL_ID, Step.deleted.is_(False))
                                    .order_by(Step.position)))


def lane_of(store: Store, step_id: str) -> str:
    with store.reading() as session:
        return session.get(Step, step_id).lane_id


def test_edits_reach_the_register_while_the_clock_jumps_forward_and_back(register, laptops, clock) -> None:
    a = laptops["a"]
    editor = Editor(a)
    create_demo(a)
    steps = live_step_ids(a)

    # The case: the clock is three hours fast at a sync and corrected afterwards.
    clock.set(+3)
    assert register.sync(a, "EN-Kreis").pushed["steps"] == len(steps)
    clock.set(0)
    editor.apply(rename_step(steps[0], "Nach der Uhrkorrektur"))
    assert dict(register.sync(a, "EN-Kreis").pushed) == {"steps": 1}
    assert register_steps(register) == laptop_steps(a)

    # Set back by five hours: edits, then a sync, all "before" the previous sync.
    clock.set(-5)
    editor.apply(rename_step(steps[1], "Fünf Stunden zurück"))
    editor.apply(set_step_attributes(steps[2], processing_minutes=17, it_system="OK.VERKEHR"))
    assert dict(register.sync(a, "EN-Kreis").pushed) == {"steps": 2}
    assert register_steps(register) == laptop_steps(a)

    # A sync far ahead, edits far behind it, and the sync that sends them behind both.
    clock.set(+9)
    assert dict(register.sync(a, "EN-Kreis").pushed) == {}
    clock.set(-2)
    added = editor.apply(AddStep(MODEL_ID, lane_of(a, steps[3]), "Neu nach dem Sprung", connect_from=steps[3]))
    clock.set(-7)
    editor.apply(DeleteStep(steps[4]))
    editor.apply(rename_step(steps[3], "Sieben Stunden zurück"))
    clock.set(-1)
    report = register.sync(a, "EN-Kreis")
    assert report.pushed["steps"] == 3 and report.pushed["flows"] >= 1 and report.conflicts == []
    assert register_steps(register) == laptop_steps(a)
    assert added.step_id in register_steps(register)

    # Undo, by a clock set forward again: the undone state is a change like any other.
    clock.set(+4)
    editor.undo()
    clock.set(+1)
    assert register.sync(a, "EN-Kreis").pushed["steps"] == 1
    assert register_steps(register) == laptop_steps(a)
    # And nothing is sent twice: with everything sent, the register is left as it is.
    clock.set(-6)
    generation = register.generation()
    assert sum(register.sync(a, "EN-Kreis").pushed.values()) == 0
    assert register.generation() == generation and register_steps(register) == laptop_steps(a)


def test_a_second_laptop_with_its_own_wrong_clock_sends_and_receives_everything(register, laptops, clock) -> None:
    """Laptop c of the same organisation pulls with its clock hours behind, edits hours ahead, and back."""
    a, c = laptops["a"], laptops["c"]
    create_demo(a)
    steps = live_step_ids(a)
    register.sync(a, "EN-Kreis")
    clock.set(-4)
    assert register.sync(c, "EN-Kreis").pulled["steps"] == len(steps)
    # What c received is not a change of c's: not even read again by the next sync, and not sent back.
    with c.reading() as session:
        read_up_to = session.scalar(select(SyncRegister.sent_seq))
        numbers = session.scalars(select(local_changes.c.change_seq).where(local_changes.c.table_name == "steps"))
        assert read_up_to is not None and all(number <= read_up_to for number in numbers)
    before = register.dump()
    assert sum(register.sync(c, "EN-Kreis").pushed.values()) == 0 and register.dump() == before

    clock.set(+6)
    Editor(c).apply(rename_step(steps[5], "Von Laptop C, sechs Stunden vor"))
    clock.set(-4)
    assert dict(register.sync(c, "EN-Kreis").pushed) == {"steps": 1}
    clock.set(+2)
    assert register.sync(a, "EN-Kreis").pulled["steps"] == 1
    clock.set(-3)
    Editor(a).apply(rename_step(steps[6], "Von Laptop A, drei Stunden nach"))
    clock.set(+8)
    assert dict(register.sync(a, "EN-Kreis").pushed) == {"steps": 1}
    clock.set(-8)
    assert register.sync(c, "EN-Kreis").pulled["steps"] == 1
    assert laptop_steps(a) == laptop_steps(c) == register_steps(register)


def test_a_conflict_resolved_hours_later_is_still_sent(register, laptops, clock) -> None:
    """A row held back by a conflict stays waiting: resolved as "mine" much later, the next sync sends it."""
    a, c = laptops["a"], laptops["c"]
    create_demo(a)
    register.sync(a, "EN-Kreis")
    register.sync(c, "EN-Kreis")
    step = live_step_ids(a)[3]
    Editor(a).apply(rename_step(step, "Fassung A"))
    Editor(c).apply(rename_step(step, "Fassung C"))
    register.sync(a, "EN-Kreis")
    clock.set(+5)
    assert [conflict.row_id for conflict in register.sync(c, "EN-Kreis").conflicts] == [step]
    clock.set(-3)
    assert [conflict.row_id for conflict in register.sync(c, "EN-Kreis").conflicts] == [step]  # still open
    with c.reading() as session:
        [conflict] = open_conflicts(session)
    resolve(c, conflict.id, "mine")
    clock.set(-10)
    report = register.sync(c, "EN-Kreis")
    assert dict(report.pushed) == {"steps": 1} and report.conflicts == []
    assert register_steps(register)[step][0] == "Fassung C"


def test_every_write_path_numbers_the_row_and_the_clock_plays_no_part(laptops, clock) -> None:
    """ORM edits, Core statements and hand-written SQL all take the next change number."""
    store = laptops["a"]
    create_demo(store)
    steps = live_step_ids(store)

    def number(step_id: str) -> int:
        with store.reading() as session:
            return session.scalar(select(local_changes.c.change_seq).where(
                local_changes.c.table_name == "steps", local_changes.c.row_id == step_id))

    clock.set(+12)
    Editor(store).apply(rename_step(steps[0], "Uhr vor"))
    first = number(steps[0])
    clock.set(-12)
    with store.session() as session:
        session.execute(text("UPDATE steps SET notes = 'von Hand' WHERE id = :id"), {"id": steps[1]})
    second = number(steps[1])
    Editor(store).apply(rename_step(steps[0], "Uhr zurück"))
    assert first < second < number(steps[0])


def test_the_numbered_tables_are_the_synced_tables(laptops) -> None:
    assert NUMBERED_TABLES == schema.SYNCED_TABLES
    with laptops["a"].reading() as session:
        triggers = set(session.scalars(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")))
    assert {name for table in NUMBERED_TABLES for name in trigger_names(table)} <= triggers


def test_a_sync_reads_everything_when_the_numbering_is_broken(register, laptops) -> None:
    """A later migration that rebuilt a table without its triggers must not make edits invisible."""
    a = laptops["a"]
    create_demo(a)
    register.sync(a, "EN-Kreis")
    step = live_step_ids(a)[2]
    with a.session() as session:
        session.execute(text("DROP TRIGGER steps_numbered_update"))
        session.execute(text("UPDATE steps SET label = 'Ohne Nummer', revision = revision + 1 WHERE id = :id"),
                        {"id": step})
    assert dict(register.sync(a, "EN-Kreis").pushed) == {"steps": 1}
    assert register_steps(register)[step][0] == "Ohne Nummer"
    with a.reading() as session:
        assert session.scalar(select(SyncRegister.sent_seq)) is not None
