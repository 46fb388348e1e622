"""The open model's snapshot: patched from what a change touched, it equals a fresh read."""

from __future__ import annotations

import random

import pytest
from sqlalchemy import select

from werkstatt.edits import AddFlow, AddPainPoint, AddStep, DeleteStep, Macro, MoveStepInOrder, Update
from werkstatt.edits.process import AddLane
from werkstatt.errors import WerkstattError
from werkstatt.model import ProcessModel, Step
from werkstatt.read.model import model_view, patched
from werkstatt.store.changes import Changes, record
from werkstatt.store.database import Store


def first_model(store: Store) -> str:
    with store.reading() as session:
        return session.scalar(select(ProcessModel.id).where(ProcessModel.deleted.is_(False))
                              .order_by(ProcessModel.name))


def random_edit(rng: random.Random, view, index: int):
    steps = view.steps
    pick = rng.choice(steps)["id"] if steps else None
    lane = rng.choice(view.lanes)["id"]
    choice = rng.randrange(7)
    if choice == 0 or pick is None:
        return AddStep(view.model["id"], lane, f"Schritt {index}", connect_from=steps[-1]["id"] if steps else None)
    if choice == 1:
        return AddStep(view.model["id"], lane, f"Eingefügt {index}", after=pick)
    if choice == 2:
        return Update(Step, pick, "", label=f"Umbenannt {index}", processing_minutes=rng.randrange(1, 60))
    if choice == 3:
        return DeleteStep(pick)
    if choice == 4:
        return AddPainPoint(view.model["id"], f"Problem {index}", step_id=pick)
    if choice == 5:
        return MoveStepInOrder(pick, rng.choice((-1, 1)))
    return Macro("zwei", [AddFlow(pick, rng.choice(steps)["id"]), AddPainPoint(view.model["id"], f"P {index}")])


@pytest.mark.parametrize("seed", range(3))
def test_a_patched_snapshot_equals_a_fresh_read_after_any_edit_and_its_undo(demo_store: Store, seed: int) -> None:
    rng = random.Random(seed)
    model_id = first_model(demo_store)
    with demo_store.reading() as session:
        view = model_view(session, model_id)
    patched_count = 0
    for index in range(25):
        edit = random_edit(rng, view, index)
        try:
            changes = record(demo_store, edit.redo)
        except WerkstattError:
            continue  # a refused edit (a flow that exists, a move past the end): nothing changed
        if rng.random() < 0.25:
            changes = changes | record(demo_store, edit.undo)
        with demo_store.reading() as session:
            fresh = model_view(session, model_id)
            patch = patched(session, view, changes)
        if patch is not None:
            patched_count += 1
            assert patch == fresh, type(edit).__name__
        view = fresh
    assert patched_count >= 15  # the common edits are patched, not read in full


def test_what_a_patch_cannot_tell_is_read_in_full(demo_store: Store) -> None:
    model_id = first_model(demo_store)
    with demo_store.reading() as session:
        view = model_view(session, model_id)
    lane = record(demo_store, AddLane(model_id, "Neue Stelle", organisation_id=None, position=None, lane_id=None).redo)
    with demo_store.reading() as session:
        assert patched(session, view, lane) is None
        assert patched(session, view, Changes.of(steps=None)) is None
        assert patched(session, view, Changes.all()) is None
        assert patched(session, view, Changes()) == view


def test_a_step_typed_at_the_end_is_patched_with_one_query_per_touched_table(demo_store: Store) -> None:
    from sqlalchemy import event

    model_id = first_model(demo_store)
    with demo_store.reading() as session:
        view = model_view(session, model_id)
    last = view.steps[-1]
    changes = record(demo_store, AddStep(model_id, last["lane_id"], "Am Ende", connect_from=last["id"]).redo)
    statements = []

    def count(*args) -> None:
        statements.append(args[2])

    event.listen(demo_store.engine, "before_cursor_execute", count)
    try:
        with demo_store.reading() as session:
            patch = patched(session, view, changes)
    finally:
        event.remove(demo_store.engine, "before_cursor_execute", count)
    with demo_store.reading() as session:
        assert patch == model_view(session, model_id)
    # The new step, the new flow and the counts that tell whether another program wrote meanwhile.
    assert len(statements) == 3, statements


def test_what_another_program_wrote_meanwhile_is_read_in_full(demo_store: Store) -> None:
    """A `werkstatt capture` on the same file adds steps this window never heard of; the window's
    next own step must not hide them."""
    model_id = first_model(demo_store)
    with demo_store.reading() as session:
        view = model_view(session, model_id)
    last = view.steps[-1]
    record(demo_store, AddStep(model_id, last["lane_id"], "Von nebenan", connect_from=last["id"]).redo)  # unseen
    with demo_store.reading() as session:
        elsewhere = session.scalar(select(Step.id).where(Step.label == "Von nebenan"))
    mine = record(demo_store, AddStep(model_id, last["lane_id"], "Hier getippt").redo)
    with demo_store.reading() as session:
        assert patched(session, view, mine) is None
        assert elsewhere in {step["id"] for step in model_view(session, model_id).steps}
