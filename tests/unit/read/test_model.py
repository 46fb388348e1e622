"""The open model's snapshot: patched from what a change touched, it equals a fresh read."""

from __future__ import annotations

import random

import pytest
from sqlalchemy import select

from werkstatt.edits import AddFlow, AddPainPoint, AddStep, DeleteStep, Macro, MoveStepInOrder, Update
from werkstatt.edits.process import AddLane
from werkstatt.errors import WerkstattError
from werkstatt.model import Flow, Lane, PainPoint, Process, ProcessModel, Step
from werkstatt.read.model import kept_prefix, model_view, patched
from werkstatt.store.changes import Changes, record
from werkstatt.store.database import Store


def first_model(store: Store) -> str:
    with store.reading() as session:
        return session.scalar(select(ProcessModel.id).where(ProcessModel.deleted.is_(False))
                              .order_by(ProcessModel.name))


def random_edit(rng: random.Random, view, index: int):
    steps = view.steps
    pick = rng.choice(steps).id if steps else None
    lane = rng.choice(view.lanes).id
    choice = rng.randrange(7)
    if choice == 0 or pick is None:
        return AddStep(view.model.id, lane, f"Schritt {index}", connect_from=steps[-1].id if steps else None)
    if choice == 1:
        return AddStep(view.model.id, lane, f"Eingefügt {index}", after=pick)
    if choice == 2:
        return Update(Step, pick, "", label=f"Umbenannt {index}", processing_minutes=rng.randrange(1, 60))
    if choice == 3:
        return DeleteStep(pick)
    if choice == 4:
        return AddPainPoint(view.model.id, f"Problem {index}", step_id=pick)
    if choice == 5:
        return MoveStepInOrder(pick, rng.choice((-1, 1)))
    return Macro("zwei", [AddFlow(pick, rng.choice(steps).id), AddPainPoint(view.model.id, f"P {index}")])


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
    changes = record(demo_store, AddStep(model_id, last.lane_id, "Am Ende", connect_from=last.id).redo)
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
    record(demo_store, AddStep(model_id, last.lane_id, "Von nebenan", connect_from=last.id).redo)  # unseen
    with demo_store.reading() as session:
        elsewhere = session.scalar(select(Step.id).where(Step.label == "Von nebenan"))
    mine = record(demo_store, AddStep(model_id, last.lane_id, "Hier getippt").redo)
    with demo_store.reading() as session:
        assert patched(session, view, mine) is None
        assert elsewhere in {step.id for step in model_view(session, model_id).steps}


def test_the_json_form_of_the_demo_model_has_the_shape_the_command_line_prints(demo_store: Store) -> None:
    """``as_dict`` is an interface (``werkstatt show --json``, functions fed from files): its keys
    and values, written out here from the ORM, stay what they were when the rows were dicts."""
    from werkstatt.demo import MODEL_ID

    with demo_store.reading() as session:
        view = model_view(session, MODEL_ID)
        model = session.get(ProcessModel, MODEL_ID)

        def live(cls, *order):
            return list(session.scalars(select(cls).where(cls.model_id == MODEL_ID, cls.deleted.is_(False))
                                        .order_by(*order)))

        lanes = live(Lane, Lane.position)
        names = {lane.id: lane.name for lane in lanes}
        expected = {
            "id": model.id, "name": model.name, "kind": model.kind, "process_id": model.process_id,
            "organisation_id": model.organisation_id,
            "case_volume": session.get(Process, model.process_id).case_volume,
            "lanes": [{"id": lane.id, "name": lane.name, "position": lane.position,
                       "organisation_id": lane.organisation_id, "pay_grade": lane.pay_grade} for lane in lanes],
            "steps": [{"id": s.id, "lane": names[s.lane_id], "lane_id": s.lane_id, "kind": s.kind, "label": s.label,
                       "block": s.block, "processing_minutes": s.processing_minutes,
                       "waiting_minutes": s.waiting_minutes, "probability": s.probability,
                       "it_system": s.it_system, "medium": s.medium, "notes": s.notes}
                      for s in live(Step, Step.position)],
            "flows": [{"id": f.id, "source": f.source_id, "target": f.target_id, "label": f.label}
                      for f in live(Flow, Flow.created_at, Flow.id)],
            "pain_points": [{"id": p.id, "step": p.step_id, "text": p.text, "category": p.category,
                             "severity": p.severity} for p in live(PainPoint, PainPoint.created_at, PainPoint.id)],
        }
    data = view.as_dict()
    assert data == expected
    assert list(data) == list(expected)  # the key order too: the JSON is printed in it
    for table in ("lanes", "steps", "flows", "pain_points"):
        assert data[table] and all(list(row) == list(expected[table][0]) for row in data[table])
    assert expected["case_volume"] is not None and any(s["processing_minutes"] for s in data["steps"])


def test_kept_prefix_counts_the_very_same_leading_objects_not_equal_ones() -> None:
    a, b, c = [1000], [2000], [3000]
    assert kept_prefix([a, b, c], [a, b, [3000]]) == 2  # equal is not the same row
    assert kept_prefix([a, b], [a, b, c]) == 2 and kept_prefix([a, b, c], [a]) == 1
    assert kept_prefix([], [a]) == 0 and kept_prefix([a, b], [b, a]) == 0
