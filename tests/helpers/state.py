"""What the tests compare before and after undo and redo."""

from __future__ import annotations

from sqlalchemy import select

from werkstatt.model import Base


def snapshot(editor) -> dict[str, list[tuple]]:
    """Every live row of every table, without timestamps and revisions (which undo may move on)."""
    state: dict[str, list[tuple]] = {}
    with editor.reading() as session:
        for mapper in Base.registry.mappers:
            cls = mapper.class_
            columns = [c.key for c in mapper.column_attrs if c.key not in ("created_at", "updated_at", "revision")]
            rows = session.scalars(select(cls).where(cls.deleted.is_(False)))
            state[cls.__tablename__] = sorted(tuple(getattr(r, c) for c in columns) for r in rows)
    return state
