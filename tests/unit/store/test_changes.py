"""What a transaction touched, recorded from the session: the payload of the window's change notice."""

from __future__ import annotations

from sqlalchemy import select, text, update

from werkstatt.edits import AddPainPoint, AddStep, DeleteStep, Macro
from werkstatt.model import Lane, ProcessModel, Step
from werkstatt.store.changes import Changes, record
from werkstatt.store.database import Store


def first_model(store: Store) -> tuple[str, str, str]:
    """A model of the demo with one of its lanes and its last step."""
    with store.reading() as session:
        model_id = session.scalar(select(ProcessModel.id).where(ProcessModel.deleted.is_(False))
                                  .order_by(ProcessModel.name))
        lane_id = session.scalar(select(Lane.id).where(Lane.model_id == model_id).order_by(Lane.position))
        step_id = session.scalar(select(Step.id).where(Step.model_id == model_id).order_by(Step.position.desc()))
    return model_id, lane_id, step_id


def test_a_new_step_names_its_table_and_id_and_the_flow_to_it(demo_store: Store) -> None:
    model_id, lane_id, last = first_model(demo_store)
    edit = AddStep(model_id, lane_id, "Bescheid versenden", connect_from=last)
    changes = record(demo_store, edit.redo)
    with demo_store.reading() as session:
        new = session.scalar(select(Step.id).where(Step.label == "Bescheid versenden"))
    assert changes.ids("steps") == {new}
    assert changes.touches("flows") and not changes.touches("pain_points", "votes", "people")
    assert not changes.everything and "local_changes" not in changes.rows  # the sync's bookkeeping is no view's


def test_a_macro_reports_the_union_of_its_parts_and_undo_the_same_rows(demo_store: Store) -> None:
    model_id, lane_id, last = first_model(demo_store)
    macro = Macro("two", [AddStep(model_id, lane_id, "Eins", connect_from=last),
                          AddPainPoint(model_id, "Dauert zu lange", step_id=last)])
    done = record(demo_store, macro.redo)
    undone = record(demo_store, macro.undo)
    assert done.touches("steps") and done.touches("pain_points")
    assert done.ids("pain_points") == undone.ids("pain_points")
    assert undone.ids("steps") >= done.ids("steps")


def test_a_deleted_step_is_touched_by_its_id(demo_store: Store) -> None:
    _model, _lane, last = first_model(demo_store)
    changes = record(demo_store, DeleteStep(last).redo)
    assert last in changes.ids("steps")
    assert changes.touches_ids("steps", [last, "other"]) and not changes.touches_ids("steps", ["other"])


def test_a_statement_past_the_unit_of_work_touches_its_table_with_unknown_ids(store: Store) -> None:
    changes = record(store, lambda session: session.execute(update(Step).values(label="x").where(Step.id == "-")))
    assert changes.ids("steps") is None and changes.touches_ids("steps", ["any"])
    assert not changes.touches("lanes")


def test_plain_sql_that_is_not_bookkeeping_means_everything(store: Store) -> None:
    bookkeeping = record(store, lambda session: session.execute(
        text("UPDATE change_counter SET value = value + 1 WHERE id = 1")))
    assert not bookkeeping
    unknown = record(store, lambda session: session.execute(text("UPDATE steps SET label = label WHERE 0")))
    assert unknown.ids("steps") is None
    opaque = record(store, lambda session: session.execute(text("WITH x AS (SELECT 1) UPDATE lanes SET name = name "
                                                                  "WHERE 0")))
    assert opaque.everything and opaque.touches("anything")


def test_changes_combine_and_answer_what_they_touch() -> None:
    a = Changes.of(steps=["s1"])
    b = Changes.of(steps=["s2"], flows=None)
    both = a | b
    assert both.ids("steps") == {"s1", "s2"} and both.ids("flows") is None
    assert both.only("steps", "flows") and not both.only("steps")
    assert (a | Changes.all()).everything
    assert not Changes() and Changes.all() and a
    assert Changes.all().ids("steps") is None and Changes().ids("steps") == frozenset()


def test_a_plain_insert_names_its_rows_and_any_other_insert_its_table(store: Store) -> None:
    from sqlalchemy import insert

    from werkstatt.model import Process
    from werkstatt.store.changes import plain_insert

    table = Process.__table__
    named = record(store, lambda session: session.execute(plain_insert(table), [
        {"id": "p-1", "name": "Wohngeld"}, {"id": "p-2", "name": "Elterngeld"}]))
    assert named.ids("processes") == {"p-1", "p-2"} and not named.everything
    other = record(store, lambda session: session.execute(insert(table), {"id": "p-3", "name": "Kita"}))
    assert other.ids("processes") is None  # not one of ours: its rows are unknown, the views read the table
    inline = record(store, lambda session: session.execute(insert(table).values(id="p-4", name="BAföG")))
    assert inline.ids("processes") is None
