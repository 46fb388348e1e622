"""Sync against a real register, SQLite and PostgreSQL: idempotent, atomic, incremental, conflicts, privacy."""

from __future__ import annotations

import re
import shutil

import pytest
from sqlalchemy import event, select, text, update

from helpers.sync_register import RegisterUnderTest
from werkstatt.demo import MODEL_ID, PARTICIPANTS, create_demo
from werkstatt.edits.editor import Editor
from werkstatt.edits.process import rename_step, set_step_attributes
from werkstatt.model import Person, ProcessModel, Step, SyncRow, Workshop
from werkstatt.register import schema
from werkstatt.store.database import Store, open_store
from werkstatt.sync.conflicts import open_conflicts, resolve
from werkstatt.sync.engine import SyncError
from werkstatt.sync.ownership import library_owner_name, library_owners


def demo_steps(store: Store) -> list[Step]:
    with store.reading() as session:
        return list(session.scalars(select(Step).where(Step.model_id == MODEL_ID, Step.deleted.is_(False))
                                    .order_by(Step.position)))


def step_label(store: Store, step_id: str) -> str:
    with store.reading() as session:
        return session.get(Step, step_id).label


def register_label(register: RegisterUnderTest, step_id: str) -> str:
    with register.admin.connect() as connection:
        return connection.scalar(select(schema.tables["steps"].c.label).where(schema.tables["steps"].c.id == step_id))


def test_first_sync_sends_the_demo_and_the_same_sync_again_changes_nothing(register, laptops) -> None:
    create_demo(laptops["a"])
    first = register.sync(laptops["a"], "EN-Kreis")
    assert first.pushed["steps"] == len(demo_steps(laptops["a"]))
    assert first.pushed["vote_results"] > 0 and first.conflicts == []
    before, generation = register.dump(), register.generation()

    again = register.sync(laptops["a"], "EN-Kreis")
    assert sum(again.pushed.values()) == 0 and sum(again.pulled.values()) == 0
    assert register.dump() == before
    assert register.generation() == generation  # not even the change counter moved


def test_an_incremental_sync_sends_only_the_changed_step_in_few_statements(register, laptops) -> None:
    create_demo(laptops["a"])
    first = register.sync(laptops["a"], "EN-Kreis")
    step = demo_steps(laptops["a"])[2]
    Editor(laptops["a"]).apply(rename_step(step.id, "Antrag vollständig prüfen"))
    second = register.sync(laptops["a"], "EN-Kreis")
    assert dict(second.pushed) == {"steps": 1}
    assert register_label(register, step.id) == "Antrag vollständig prüfen"
    # Bounded round trips: a fixed number per table, not one per row.
    assert second.statements <= first.statements
    assert second.statements <= 3 * len(schema.OWNED_TABLES) + 6


def test_the_library_comes_to_another_organisation_read_only(register, laptops) -> None:
    create_demo(laptops["a"])
    register.sync(laptops["a"], "EN-Kreis")
    pulled = register.sync(laptops["b"], "Witten")
    assert pulled.pulled["steps"] == len(demo_steps(laptops["a"]))
    assert [s.label for s in demo_steps(laptops["b"])] == [s.label for s in demo_steps(laptops["a"])]
    with laptops["b"].reading() as session:
        assert MODEL_ID in library_owners(session, "process_models")
        assert library_owner_name(session, "process_models", MODEL_ID) == "Ennepe-Ruhr-Kreis"
        # Personal data stays on the first laptop: no people, no workshop came along.
        assert session.scalars(select(Person)).all() == []
        assert session.scalars(select(Workshop)).all() == []
    # An edit to a library row made behind the editor's back is not sent (the register would refuse it).
    step = demo_steps(laptops["b"])[0]
    with laptops["b"].session() as session:
        session.execute(update(Step).where(Step.id == step.id)
                        .values(label="Witten ändert", revision=Step.revision + 1))
    report = register.sync(laptops["b"], "Witten")
    assert report.not_sent_library["steps"] == 1 and sum(report.pushed.values()) == 0
    assert register_label(register, step.id) == step.label


def two_laptops_in_conflict(register: RegisterUnderTest, laptops) -> tuple[str, str]:
    """Laptops a and c of the Kreis both rename the same step offline; a syncs first."""
    create_demo(laptops["a"])
    register.sync(laptops["a"], "EN-Kreis")
    register.sync(laptops["c"], "EN-Kreis")
    step = demo_steps(laptops["a"])[3]
    other = demo_steps(laptops["a"])[4]
    Editor(laptops["a"]).apply(rename_step(step.id, "Fassung von Laptop A"))
    Editor(laptops["c"]).apply(rename_step(step.id, "Fassung von Laptop C"))
    Editor(laptops["c"]).apply(set_step_attributes(other.id, processing_minutes=42))
    register.sync(laptops["a"], "EN-Kreis")
    return step.id, other.id


def test_a_conflict_is_reported_and_nothing_is_overwritten(register, laptops) -> None:
    step_id, _ = two_laptops_in_conflict(register, laptops)
    report = register.sync(laptops["c"], "EN-Kreis")
    assert [(c.table, c.row_id) for c in report.conflicts] == [("steps", step_id)]
    assert register_label(register, step_id) == "Fassung von Laptop A"
    assert step_label(laptops["c"], step_id) == "Fassung von Laptop C"
    assert report.pushed == {"steps": 1}  # the other, unopposed change went through
    with laptops["c"].reading() as session:
        [conflict] = open_conflicts(session)
    assert conflict.differing == ("label",)
    assert (conflict.mine["label"], conflict.theirs["label"]) == ("Fassung von Laptop C", "Fassung von Laptop A")
    # Syncing again does not resolve it by itself.
    again = register.sync(laptops["c"], "EN-Kreis")
    assert len(again.conflicts) == 1 and register_label(register, step_id) == "Fassung von Laptop A"


def conflict_id(store: Store) -> str:
    with store.reading() as session:
        [conflict] = open_conflicts(session)
        return conflict.id


def test_keep_mine_sends_mine_as_a_new_revision(register, laptops) -> None:
    step_id, _ = two_laptops_in_conflict(register, laptops)
    register.sync(laptops["c"], "EN-Kreis")
    resolve(laptops["c"], conflict_id(laptops["c"]), "mine")
    report = register.sync(laptops["c"], "EN-Kreis")
    assert report.conflicts == [] and report.pushed["steps"] == 1
    assert register_label(register, step_id) == "Fassung von Laptop C"
    assert register.sync(laptops["a"], "EN-Kreis").pulled["steps"] == 2  # mine and the unopposed change
    assert step_label(laptops["a"], step_id) == "Fassung von Laptop C"


def test_take_theirs_replaces_mine_here(register, laptops) -> None:
    step_id, _ = two_laptops_in_conflict(register, laptops)
    register.sync(laptops["c"], "EN-Kreis")
    resolve(laptops["c"], conflict_id(laptops["c"]), "theirs")
    assert step_label(laptops["c"], step_id) == "Fassung von Laptop A"
    before = register.dump()
    report = register.sync(laptops["c"], "EN-Kreis")
    assert report.conflicts == [] and sum(report.pushed.values()) == 0
    assert register.dump() == before


def test_keep_both_makes_mine_a_variant_based_on_the_original(register, laptops) -> None:
    step_id, _ = two_laptops_in_conflict(register, laptops)
    register.sync(laptops["c"], "EN-Kreis")
    resolve(laptops["c"], conflict_id(laptops["c"]), "both")
    assert step_label(laptops["c"], step_id) == "Fassung von Laptop A"
    with laptops["c"].reading() as session:
        variant = session.scalar(select(ProcessModel).where(ProcessModel.based_on_id == MODEL_ID))
        labels = session.scalars(select(Step.label).where(Step.model_id == variant.id)).all()
    assert "Fassung von Laptop C" in labels and len(labels) == len(demo_steps(laptops["c"]))
    report = register.sync(laptops["c"], "EN-Kreis")
    assert report.conflicts == [] and report.pushed["process_models"] == 1
    register.sync(laptops["a"], "EN-Kreis")
    with laptops["a"].reading() as session:
        assert session.scalar(select(ProcessModel.name).where(ProcessModel.based_on_id == MODEL_ID)) == variant.name


def test_a_push_that_committed_but_was_not_recorded_here_converges(register, laptops, tmp_path) -> None:
    """The laptop crashed right after the register's commit: its bookkeeping is from before the sync."""
    create_demo(laptops["a"])
    laptops["a"].close()
    path = tmp_path / "laptop-a.sqlite"
    shutil.copy(path, tmp_path / "before.sqlite")
    laptops["a"] = open_store(path)
    register.sync(laptops["a"], "EN-Kreis")
    after_push = register.dump()
    laptops["a"].close()
    shutil.copy(tmp_path / "before.sqlite", path)
    for suffix in ("-wal", "-shm"):
        (tmp_path / f"laptop-a.sqlite{suffix}").unlink(missing_ok=True)
    laptops["a"] = open_store(path)
    report = register.sync(laptops["a"], "EN-Kreis")
    assert report.conflicts == [] and sum(report.pushed.values()) == 0
    assert register.dump() == after_push


def test_no_participant_name_reaches_the_register(register, laptops) -> None:
    create_demo(laptops["a"])
    with laptops["a"].session() as session:
        # The measures' free-text owner usually names a person: it must stay here too.
        session.execute(text("UPDATE measures SET owner = 'Erika Musterfrau'"))
        facilitator = session.scalar(select(Workshop.facilitator))
    register.sync(laptops["a"], "EN-Kreis")
    everything = repr(register.dump())
    names = [name for name, *_ in PARTICIPANTS] + [facilitator]
    for name in names:
        for part in name.split():  # "Theo" must not match "Theoretische Prüfung": whole words only
            assert not re.search(rf"\b{re.escape(part)}\b", everything), f"{part!r} reached the register"


HOSTILE = [
    "'); DROP TABLE steps; --",
    "Robert'); DELETE FROM organisations WHERE ('1'='1",
    "\\x00 %s %(name)s {name} $1 :label ?",
    "Straße 🚗 עִבְרִית العربية e\u0301 \u202etxet\u202c \U0001F9D1\u200D\U0001F4BB",
    "Zeile 1\r\nZeile 2\n\tEingerückt",
    "x" * 100_000,
]


def test_hostile_text_round_trips_unchanged(register, laptops) -> None:
    create_demo(laptops["a"])
    steps = demo_steps(laptops["a"])
    editor = Editor(laptops["a"])
    for step, label in zip(steps, HOSTILE, strict=False):
        with laptops["a"].session() as session:
            # Straight into the row: the editor's own length limit is not what is tested here.
            session.execute(update(Step).where(Step.id == step.id).values(label=label, notes=label,
                                                                          revision=Step.revision + 1))
    editor.apply(set_step_attributes(steps[-1].id, it_system="SQL'; --"))
    register.sync(laptops["a"], "EN-Kreis")
    register.sync(laptops["b"], "Witten")
    mine = {s.id: (s.label, s.notes, s.it_system) for s in demo_steps(laptops["a"])}
    theirs = {s.id: (s.label, s.notes, s.it_system) for s in demo_steps(laptops["b"])}
    assert theirs == mine
    assert {label for label, *_ in theirs.values()} >= set(HOSTILE)


def test_a_failure_in_the_middle_of_a_push_leaves_the_register_unchanged(register, laptops) -> None:
    """The connection breaks at the 1st, 2nd, … statement of a push, until a push gets through untouched.

    Each time the register is exactly as before; the push that finally gets through sends the four steps.
    On PostgreSQL the break is real: ``pg_terminate_backend`` from another session.
    """
    create_demo(laptops["a"])
    register.sync(laptops["a"], "EN-Kreis")
    for index, step in enumerate(demo_steps(laptops["a"])[:4]):
        Editor(laptops["a"]).apply(rename_step(step.id, f"Geändert {index}"))
    before = register.dump()
    engine = register.engine_for("EN-Kreis")
    fail_at, report = 1, None
    while report is None:
        seen, fired = 0, False

        def breaking(*_args: object, at: int = fail_at) -> None:
            nonlocal seen, fired
            seen += 1
            if seen == at:
                fired = True
                break_connection(register)

        event.listen(engine, "before_cursor_execute", breaking)
        try:
            report = register.sync(laptops["a"], "EN-Kreis")
        except (SyncError, ConnectionBroken) as error:
            assert fired, error
            if register.kind == "postgresql":
                assert "abgebrochen" in str(error) or "Verbindung" in str(error), error
            assert register.dump() == before, f"the register changed when the push broke at statement {fail_at}"
            fail_at += 1
        finally:
            event.remove(engine, "before_cursor_execute", breaking)
    assert not fired and fail_at > 10
    assert report.pushed == {"steps": 4} and report.conflicts == []
    assert register.sync(laptops["a"], "EN-Kreis").pushed == {}


class ConnectionBroken(Exception):
    """Stands for a broken network on the SQLite register (a file has no connection to kill)."""


def break_connection(register: RegisterUnderTest) -> None:
    if register.kind == "postgresql":
        with register.admin.connect() as connection:
            database = connection.scalar(text("SELECT current_database()"))
            connection.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                    "WHERE datname = :db AND pid <> pg_backend_pid()"), {"db": database})
            connection.commit()
    else:
        raise ConnectionBroken("the register file became unreachable")


def test_the_sync_bookkeeping_is_filled(register, laptops) -> None:
    create_demo(laptops["a"])
    register.sync(laptops["a"], "EN-Kreis")
    with laptops["a"].reading() as session:
        assert session.scalar(select(SyncRow).limit(1)) is not None


def test_a_row_written_with_an_old_timestamp_is_still_sent(register, laptops) -> None:
    """A sync reads only rows touched since the last one; a row that came in with an old updated_at
    (a copied file, an import keeping its dates) is still found, because the bookkeeping never saw it."""
    import datetime as dt

    create_demo(laptops["a"])
    register.sync(laptops["a"], "EN-Kreis")
    template = demo_steps(laptops["a"])[0]
    with laptops["a"].session() as session:
        session.execute(Step.__table__.insert().values(
            id="00000000-0000-4000-8000-000000000001", model_id=template.model_id, lane_id=template.lane_id,
            kind="task", label="Aus einer alten Datei", position=99.0, revision=1, deleted=False,
            created_at=dt.datetime(2020, 1, 1, tzinfo=dt.UTC), updated_at=dt.datetime(2020, 1, 1, tzinfo=dt.UTC)))
    report = register.sync(laptops["a"], "EN-Kreis")
    assert report.pushed == {"steps": 1}
    assert register_label(register, "00000000-0000-4000-8000-000000000001") == "Aus einer alten Datei"


def test_a_library_model_is_read_only_until_adopted(register, laptops) -> None:
    from werkstatt.edits import AddPainPoint, AddStep
    from werkstatt.errors import EditError
    from werkstatt.library.adopt import AdoptModel
    from werkstatt.model import Organisation

    create_demo(laptops["a"])
    register.sync(laptops["a"], "EN-Kreis")
    register.sync(laptops["b"], "Witten")
    step = demo_steps(laptops["b"])[1]
    editor = Editor(laptops["b"])
    with pytest.raises(EditError, match=r"Prozessbibliothek von Ennepe-Ruhr-Kreis.*übernehmen"):
        editor.apply(rename_step(step.id, "Witten macht das anders"))
    with pytest.raises(EditError, match="Prozessbibliothek"):
        editor.apply(AddStep(MODEL_ID, step.lane_id, "Ein Schritt mehr"))
    assert step_label(laptops["b"], step.id) == step.label
    # The room's own findings about a library model are allowed: they are Witten's rows.
    editor.apply(AddPainPoint(MODEL_ID, "Wartezeit im Bürgerbüro", step_id=step.id))
    with laptops["b"].reading() as session:
        witten = session.scalar(select(Organisation.id).where(Organisation.short_name == "Witten"))
    adopt = editor.apply(AdoptModel(MODEL_ID, witten))
    with laptops["b"].reading() as session:
        copied = session.scalars(select(Step).where(Step.model_id == adopt.new_model_id)
                                 .order_by(Step.position)).all()
    editor.apply(rename_step(copied[1].id, "Witten macht das anders"))
    report = register.sync(laptops["b"], "Witten")
    assert report.pushed["process_models"] == 1 and report.pushed["pain_points"] == 1
    assert report.not_sent_library == {}


def test_steps_in_another_organisations_model_are_not_sent(register, laptops) -> None:
    """Two laptops made the same model (the demo has fixed ids) with their own steps; Witten synced first.

    The Kreis's steps would change Witten's model: they stay on the Kreis laptop, reported, and the
    model is read-only there from now on."""
    from werkstatt.edits import AddStep
    from werkstatt.errors import EditError

    create_demo(laptops["w"])
    register.sync(laptops["w"], "Witten")
    create_demo(laptops["k"])
    before = register.dump()["steps"]
    report = register.sync(laptops["k"], "EN-Kreis")
    assert report.not_sent_library["steps"] == len(demo_steps(laptops["w"]))
    assert register.dump()["steps"] == before
    with laptops["k"].reading() as session:
        assert library_owner_name(session, "process_models", MODEL_ID) == "Stadt Witten"
    lane = demo_steps(laptops["k"])[0].lane_id
    with pytest.raises(EditError, match="Prozessbibliothek von Stadt Witten"):
        Editor(laptops["k"]).apply(AddStep(MODEL_ID, lane, "Noch ein Schritt"))
