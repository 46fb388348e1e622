"""Quick entry into a model: a line without a lane continues in the lane typed last, without reading it.

The session remembers the lane it stored the last step in; the edit checks under its lock that the lane
still lives. A lane another writer removed meanwhile is said as before, and nothing is stored.
"""

from __future__ import annotations

import pytest
from sqlalchemy import event

from helpers.state import snapshot
from werkstatt.capture.session import CaptureSession, QuickEntryError
from werkstatt.edits import Create, Editor
from werkstatt.edits.process import DeleteLane, add_lane
from werkstatt.model import ProcessModel, Step, new_id
from werkstatt.store.database import open_store


@pytest.fixture
def capture(editor) -> CaptureSession:
    model = editor.apply(Create(ProcessModel, name="Gewerbeanmeldung (Ist)"))
    return CaptureSession(editor, model.id)


def lane_reads(store, work) -> int:
    """How many statements ``work`` sends that read the lanes table."""
    seen: list[str] = []

    def note(_conn, _cursor, statement, *_args) -> None:
        if statement.lstrip().upper().startswith("SELECT") and "FROM lanes" in statement:
            seen.append(statement)

    event.listen(store.engine, "before_cursor_execute", note)
    try:
        work()
    finally:
        event.remove(store.engine, "before_cursor_execute", note)
    return len(seen)


def test_a_line_without_a_lane_goes_into_the_lane_typed_last_without_reading_it(capture, editor, store) -> None:
    first = capture.enter_line("Bürgerbüro: Antrag geht ein")
    # Only the edit reads it, under its lock (before, capture read it first: two reads per Enter).
    assert lane_reads(store, lambda: capture.enter_line("Antrag prüfen")) == 1
    second = capture.enter_line("Bescheid schreiben")
    assert "„Bürgerbüro“" in second.message or "“Bürgerbüro”" in second.message
    with editor.reading() as session:
        lanes = {session.get(Step, ack.id).lane_id for ack in (first, second)}
    assert len(lanes) == 1


def test_a_new_session_reads_the_lane_once_and_then_remembers_it(capture, editor, store) -> None:
    capture.enter_line("Bürgerbüro: Antrag geht ein")
    again = CaptureSession(editor, capture.model_id)  # as after an undo: made again from the database
    assert lane_reads(store, lambda: again.enter_line("Antrag prüfen")) == 2
    assert lane_reads(store, lambda: again.enter_line("Bescheid schreiben")) == 1


def test_a_lane_another_writer_removed_is_said_and_nothing_is_stored(capture, editor, db_path) -> None:
    first = capture.enter_line("Bürgerbüro: Antrag geht ein")
    with editor.reading() as session:
        lane_id = session.get(Step, first.id).lane_id
    other = open_store(db_path)  # another window or ``werkstatt capture`` process on the same file
    try:
        writer = Editor(other)
        target = new_id()
        writer.apply(add_lane(capture.model_id, "Fachamt", lane_id=target))
        writer.apply(DeleteLane(lane_id, move_steps_to=target))
    finally:
        other.close()
    before = snapshot(editor)
    with pytest.raises(QuickEntryError, match="Die Bahn des vorigen Schritts wurde gelöscht"):
        capture.enter_line("Antrag prüfen")
    assert snapshot(editor) == before
    named = capture.enter_line("Fachamt: Antrag prüfen")  # naming a lane goes on as usual
    with editor.reading() as session:
        assert session.get(Step, named.id).lane_id == target
