"""A laptop keeps what it needs: the whole catalogue, the content of the processes it holds, the rest on demand."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from helpers.sync_register import RegisterUnderTest, fill_register, sqlite_register
from werkstatt.edits.editor import Editor
from werkstatt.edits.process import rename_step
from werkstatt.library.holding import (
    CATALOGUE_ONLY,
    OFFLINE,
    WHOLE_LIBRARY_UP_TO,
    fetch_processes,
    held_process_ids,
    offline_state,
    pin_process,
    unpin_process,
)
from werkstatt.model import AgendaItem, Lane, Process, ProcessModel, Step, SyncRegister, Workshop
from werkstatt.model.sync import HeldProcess
from werkstatt.register import schema
from werkstatt.store.database import Store

PROCESSES = 150
WHOLE_UP_TO = 100  # below PROCESSES: the laptop holds only part of the library (the real bound is higher)


@pytest.fixture(autouse=True)
def smaller_whole_library(monkeypatch: pytest.MonkeyPatch) -> None:
    import werkstatt.sync.pull

    assert WHOLE_LIBRARY_UP_TO >= WHOLE_UP_TO
    monkeypatch.setattr(werkstatt.sync.pull, "WHOLE_LIBRARY_UP_TO", WHOLE_UP_TO)


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, list[str]]]:
    """One filled register file, copied for every test (filling it is the slow part)."""
    folder = tmp_path_factory.mktemp("partial")
    register = sqlite_register(folder)
    owned = fill_register(register.admin, PROCESSES, steps=4)
    register.close()
    return folder / "register.sqlite", owned


@pytest.fixture
def register(filled, tmp_path: Path) -> RegisterUnderTest:
    import shutil

    from werkstatt.register.connect import open_register_engine, parse_address

    path = tmp_path / "register.sqlite"
    shutil.copy(filled[0], path)
    made = RegisterUnderTest("sqlite", open_register_engine(parse_address(str(path))), str(path))
    yield made
    made.close()


def steps_of(store: Store, process_id: str) -> int:
    with store.reading() as session:
        return session.scalar(select(func.count()).select_from(Step)
                              .join(ProcessModel, ProcessModel.id == Step.model_id)
                              .where(ProcessModel.process_id == process_id))


def register_count(register: RegisterUnderTest, name: str) -> int:
    with register.admin.connect() as connection:
        return connection.scalar(select(func.count()).select_from(schema.tables[name]))


def test_the_first_pull_brings_the_catalogue_and_only_the_own_content(register, filled, laptops) -> None:
    assert PROCESSES > WHOLE_UP_TO
    owned = filled[1]
    report = register.sync(laptops["w"], "Witten")
    assert report.pulled["processes"] == PROCESSES and report.pulled["process_models"] == PROCESSES
    mine, others = owned["Witten"], [p for short, ids in owned.items() if short != "Witten" for p in ids]
    assert report.pulled["steps"] == 4 * len(mine) and report.pulled["measure_pain_points"] == len(mine)
    assert all(steps_of(laptops["w"], process) == 4 for process in mine[:5])
    assert all(steps_of(laptops["w"], process) == 0 for process in others[:5])
    with laptops["w"].reading() as session:
        states = offline_state(session, [mine[0], others[0]])
        assert set(held_process_ids(session)) == set(mine)
    assert states == {mine[0]: OFFLINE, others[0]: CATALOGUE_ONLY}
    # Nothing new: the next sync pulls nothing and sends nothing.
    again = register.sync(laptops["w"], "Witten")
    assert sum(again.pulled.values()) == 0 and sum(again.pushed.values()) == 0


def test_a_pinned_process_comes_whole_with_the_next_sync_and_on_demand(register, filled, laptops) -> None:
    other, third = filled[1]["EN-Kreis"][0], filled[1]["EN-Kreis"][1]
    register.sync(laptops["w"], "Witten")
    assert steps_of(laptops["w"], other) == 0
    pin_process(laptops["w"], other)
    report = register.sync(laptops["w"], "Witten")
    # All of its content, although every row of it is older than the laptop's cursor.
    assert dict(report.pulled) == {"lanes": 2, "steps": 4, "flows": 3, "pain_points": 1, "measures": 1,
                                   "measure_pain_points": 1}
    assert steps_of(laptops["w"], other) == 4
    with laptops["w"].reading() as session:
        assert offline_state(session, [other])[other] == OFFLINE
    # On demand: pinned and fetched in one go.
    fetch_processes(laptops["w"], register.engine_for("Witten"), [third], display=register.display,
                    organisation="Witten")
    assert steps_of(laptops["w"], third) == 4
    # Unpinned: what came stays (a workshop may refer to it), and is no longer pinned.
    unpin_process(laptops["w"], third)
    with laptops["w"].reading() as session:
        assert third not in held_process_ids(session) and offline_state(session, [third])[third] == OFFLINE


def test_agenda_and_adopted_processes_are_held(register, filled, laptops) -> None:
    on_agenda, adopted = filled[1]["EN-Kreis"][2], filled[1]["EN-Kreis"][3]
    store = laptops["w"]
    register.sync(store, "Witten")
    with store.session() as session:
        agenda_model = session.scalar(select(ProcessModel.id).where(ProcessModel.process_id == on_agenda))
        source = session.scalar(select(ProcessModel.id).where(ProcessModel.process_id == adopted))
        workshop = Workshop(title="Werkstatt Gewerbe")
        session.add(workshop)
        session.flush()
        session.add(AgendaItem(workshop_id=workshop.id, title="Ist-Aufnahme", process_model_id=agenda_model))
        witten = SyncRegister.current(session).organisation_id
        session.add(ProcessModel(process_id=adopted, name="Variante Witten", kind="soll", based_on_id=source,
                                 organisation_id=witten))
    with store.reading() as session:
        assert {on_agenda, adopted} <= held_process_ids(session)
        assert offline_state(session, [on_agenda])[on_agenda] == CATALOGUE_ONLY
    report = register.sync(store, "Witten")
    assert report.pulled["steps"] == 8 and report.pushed["process_models"] == 1
    assert steps_of(store, on_agenda) == 4 and steps_of(store, adopted) == 4
    with store.reading() as session:
        assert offline_state(session, [on_agenda, adopted]) == {on_agenda: OFFLINE, adopted: OFFLINE}
        rows = session.scalars(select(HeldProcess).where(HeldProcess.process_id.in_([on_agenda, adopted]))).all()
        assert [row.pull_target for row in rows] == [None, None] and all(row.fetched_generation for row in rows)


def test_pushing_still_works_and_a_second_laptop_sees_it(register, filled, laptops) -> None:
    mine = filled[1]["Witten"][0]
    register.sync(laptops["w"], "Witten")
    with laptops["w"].reading() as session:
        step = session.scalar(select(Step).join(ProcessModel, ProcessModel.id == Step.model_id)
                              .where(ProcessModel.process_id == mine).order_by(Step.position))
    Editor(laptops["w"]).apply(rename_step(step.id, "Antrag vollständig prüfen"))
    report = register.sync(laptops["w"], "Witten")
    assert dict(report.pushed) == {"steps": 1} and sum(report.pulled.values()) == 0
    # Another organisation's laptop: Witten's change arrives only where the process is held.
    register.sync(laptops["k"], "EN-Kreis")
    assert steps_of(laptops["k"], mine) == 0
    pin_process(laptops["k"], mine)
    register.sync(laptops["k"], "EN-Kreis")
    with laptops["k"].reading() as session:
        assert session.get(Step, step.id).label == "Antrag vollständig prüfen"


def test_a_row_whose_parent_changed_after_the_pull_began_brings_the_parent(register, filled, laptops) -> None:
    """A lane moved to a later generation than the pull's target (written meanwhile): a step of the pull
    that points at it brings it along, so the laptop's foreign keys hold after every page."""
    mine = filled[1]["Witten"][0]
    with register.admin.begin() as connection:
        lanes = schema.tables["lanes"]
        model = connection.scalar(select(schema.tables["process_models"].c.id)
                                  .where(schema.tables["process_models"].c.process_id == mine))
        connection.execute(lanes.update().where(lanes.c.model_id == model).values(generation=10_000,
                                                                                  name="Später umbenannt"))
        # And a model based on one that comes later in the same page (a Soll model before its Ist model).
        models = schema.tables["process_models"]
        first, last = connection.execute(select(models.c.id, models.c.generation)
                                         .order_by(models.c.generation, models.c.id)).all()[::PROCESSES - 1]
        assert first.generation < last.generation
        connection.execute(models.update().where(models.c.id == first.id).values(based_on_id=last.id))
    register.sync(laptops["w"], "Witten")
    assert steps_of(laptops["w"], mine) == 4
    with laptops["w"].reading() as session:
        assert set(session.scalars(select(Lane.name).where(Lane.model_id == model))) == {"Später umbenannt"}
        assert session.scalar(select(func.count()).select_from(Process)) == PROCESSES
        assert session.get(ProcessModel, first.id).based_on_id == last.id


def test_a_small_register_is_held_whole(register, filled, laptops, monkeypatch) -> None:
    import werkstatt.sync.pull

    monkeypatch.setattr(werkstatt.sync.pull, "WHOLE_LIBRARY_UP_TO", PROCESSES)
    report = register.sync(laptops["w"], "Witten")
    assert report.pulled["steps"] == register_count(register, "steps") == 4 * PROCESSES
    others = [p for short, ids in filled[1].items() if short != "Witten" for p in ids]
    with laptops["w"].reading() as session:
        assert set(offline_state(session, others).values()) == {OFFLINE}


def test_a_sync_stopped_between_pages_keeps_what_came_and_goes_on_from_there(register, filled, laptops,
                                                                             monkeypatch) -> None:
    import re

    import werkstatt.sync.pull
    from werkstatt.i18n import tr
    from werkstatt.sync.engine import SyncCancelled

    monkeypatch.setattr(werkstatt.sync.pull, "BATCH", 40)
    messages: list[str] = []
    before = register.dump()
    stopped = tr("SyncPull", "The sync was stopped; nothing was changed in the register. "
                         "Part of the library came; the next sync goes on from there.")
    with pytest.raises(SyncCancelled, match=re.escape(stopped)):
        register.sync(laptops["w"], "Witten", progress=lambda _done, _total, text: messages.append(text),
                      cancelled=lambda: len(messages) >= 4)
    assert register.dump() == before
    with laptops["w"].reading() as session:
        halfway = session.scalar(select(func.count()).select_from(Process))
    assert 0 < halfway < PROCESSES
    report = register.sync(laptops["w"], "Witten")
    assert report.pulled["processes"] == PROCESSES - halfway  # the rest, nothing twice
    assert report.pulled["steps"] == 4 * len(filled[1]["Witten"])
