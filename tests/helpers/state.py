"""What the tests compare before and after undo and redo, or an export and its import."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from sqlalchemy import select

from werkstatt.model import Base
from werkstatt.read.model import model_view
from werkstatt.read.workshops import WorkshopDetail, workshop_detail
from werkstatt.store.database import Store


def snapshot(editor) -> dict[str, list[tuple]]:
    """Every live row of every table, without timestamps and revisions (which undo may move on).

    Sorted by repr, as ids may be None."""
    state: dict[str, list[tuple]] = {}
    with editor.reading() as session:
        for mapper in Base.registry.mappers:
            cls = mapper.class_
            columns = [c.key for c in mapper.column_attrs if c.key not in ("created_at", "updated_at", "revision")]
            rows = session.scalars(select(cls).where(cls.deleted.is_(False)))
            state[cls.__tablename__] = sorted((tuple(getattr(r, c) for c in columns) for r in rows), key=repr)
    return state


def shape(store: Store, model_id: str) -> tuple:
    """What must survive: lanes in order, steps (lane, label, kind), flows between labels with their names."""
    with store.reading() as session:
        view = model_view(session, model_id)
    labels = {step.id: step.label for step in view.steps}
    return ([lane.name for lane in view.lanes],
            Counter((step.lane, step.label, step.kind) for step in view.steps),
            Counter((labels[f.source], labels[f.target], f.label or "") for f in view.flows))


def assert_undo_restores_and_redo_repeats(editor, make_edit: Callable[[], object], name: str) -> None:
    """The edit ``make_edit()`` changes the rows; undo restores them, redo repeats it, undo restores them again."""
    before = snapshot(editor)
    edit = editor.apply(make_edit())
    after = snapshot(editor)
    assert after != before, f"{name} changed nothing"
    assert edit.text, "every edit names itself for the undo menu"
    editor.undo()
    assert snapshot(editor) == before
    editor.redo()
    assert snapshot(editor) == after
    editor.undo()
    assert snapshot(editor) == before


def workshop_now(workspace) -> WorkshopDetail:
    """What the workspace's open workshop holds now, read back from the database."""
    with workspace.reading() as session:
        return workshop_detail(session, workspace.workshop_id)
