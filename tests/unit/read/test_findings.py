"""werkstatt.read.findings without Qt: the rows the tables, badges and dialogs read, and the link edit."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from werkstatt import i18n
from werkstatt.capture import syntax as quickentry
from werkstatt.demo import MODEL_ID, WORKSHOP_ID
from werkstatt.edits import AddMeasure, AddPainPoint, DeleteMeasure, DeletePainPoint, DeleteStep, Editor, finding_fields
from werkstatt.edits.finding_fields import LinkMeasure
from werkstatt.errors import EditError
from werkstatt.model import MEASURE_STATUSES, PAIN_POINT_CATEGORIES, MeasurePainPoint, Step
from werkstatt.read import findings
from werkstatt.read import model as queries


def read_pain_points(editor: Editor) -> list[findings.PainPointRow]:
    with editor.reading() as session:
        return findings.pain_points(session, MODEL_ID)


def read_measures(editor: Editor, workshop_id: str | None = WORKSHOP_ID,
                  model_id: str | None = MODEL_ID) -> list[findings.MeasureRow]:
    with editor.reading() as session:
        return findings.measures(session, workshop_id, model_id)


def step_positions(editor: Editor) -> dict[str, float]:
    with editor.reading() as session:
        return {s.id: s.position for s in session.scalars(select(Step).where(Step.model_id == MODEL_ID))}


# --- reading the demo -----------------------------------------------------------------------------


def test_the_demo_pain_points_come_in_the_capture_order_of_their_steps(demo: Editor) -> None:
    rows = read_pain_points(demo)
    assert len(rows) == 7
    positions = step_positions(demo)
    assert [positions[row.step_id] for row in rows] == sorted(positions[row.step_id] for row in rows)
    first = rows[0]
    assert (first.step_label, first.lane, first.category, first.severity) == (
        "Antrag in Fachverfahren erfassen", "Bürgerbüro Witten", "media_break", 2)
    assert first.text == "Papierantrag wird im Bürgerbüro abgetippt"
    assert [row.category for row in rows] == [
        "media_break", "waiting", "query", "double_entry", "handover", "responsibility", "missing_it"]
    # the four demo measures answer media break, waiting, query and double entry, one each
    assert [row.measure_count for row in rows] == [1, 1, 1, 1, 0, 0, 0]


def test_the_demo_measures_name_the_pain_points_they_answer(demo: Editor) -> None:
    rows = read_measures(demo)
    assert len(rows) == 4
    pain_points = {row.id: row.text for row in read_pain_points(demo)}
    for row in rows:
        assert len(row.pain_point_ids) == 1
        assert row.pain_point_texts == tuple(pain_points[p] for p in row.pain_point_ids)
        assert row.status == "open"
        assert isinstance(row.due_date, dt.date)
    first = rows[0]
    assert first.text == "Online-Antrag mit Upload der Nachweise einführen"
    assert (first.owner, first.effort, first.impact) == ("Stadt Witten, Bürgerbüro", 4, 5)
    assert first.pain_point_texts == ("Papierantrag wird im Bürgerbüro abgetippt",)


def test_measures_are_found_by_workshop_or_by_model(demo: Editor) -> None:
    assert len(read_measures(demo, WORKSHOP_ID, None)) == 4
    assert len(read_measures(demo, None, MODEL_ID)) == 4
    assert read_measures(demo, None, None) == []
    assert read_measures(demo, "no-such-workshop", None) == []


def test_marker_counts_has_one_badge_per_demo_step_with_a_pain_point(demo: Editor) -> None:
    with demo.reading() as session:
        counts = findings.marker_counts(queries.model_view(session, MODEL_ID))
    assert counts == {row.step_id: 1 for row in read_pain_points(demo)}


def test_marker_counts_follow_added_and_deleted_pain_points(demo: Editor) -> None:
    step_id = read_pain_points(demo)[0].step_id
    added = demo.apply(AddPainPoint(MODEL_ID, "Noch ein Medienbruch", step_id=step_id))
    assert isinstance(added, AddPainPoint)
    with demo.reading() as session:
        assert findings.marker_counts(queries.model_view(session, MODEL_ID))[step_id] == 2
    demo.apply(DeletePainPoint(added.pain_point_id))
    with demo.reading() as session:
        assert findings.marker_counts(queries.model_view(session, MODEL_ID))[step_id] == 1


def test_pain_points_of_the_whole_process_come_last(demo: Editor) -> None:
    demo.apply(AddPainPoint(MODEL_ID, "Niemand kennt den ganzen Ablauf", category="responsibility"))
    rows = read_pain_points(demo)
    assert len(rows) == 8
    last = rows[-1]
    assert (last.text, last.step_id, last.step_label, last.lane) == ("Niemand kennt den ganzen Ablauf", None, "", "")
    with demo.reading() as session:
        assert None not in findings.marker_counts(queries.model_view(session, MODEL_ID))


def test_a_pain_point_of_a_deleted_step_moves_to_the_process(demo: Editor) -> None:
    first = read_pain_points(demo)[0]
    demo.apply(DeleteStep(first.step_id))
    rows = read_pain_points(demo)
    assert rows[-1].id == first.id and rows[-1].step_id is None
    with demo.reading() as session:
        assert first.step_id not in findings.marker_counts(queries.model_view(session, MODEL_ID))
    demo.undo()
    assert read_pain_points(demo)[0] == first


def test_deleted_pain_points_and_measures_leave_the_rows_and_the_counts(demo: Editor) -> None:
    measure = read_measures(demo)[0]
    pain_point_id = measure.pain_point_ids[0]
    demo.apply(DeletePainPoint(pain_point_id))
    assert pain_point_id not in {row.id for row in read_pain_points(demo)}
    assert read_measures(demo)[0].pain_point_ids == ()
    demo.undo()
    assert read_measures(demo)[0] == measure
    demo.apply(DeleteMeasure(measure.id))
    assert measure.id not in {row.id for row in read_measures(demo)}
    counts = {row.id: row.measure_count for row in read_pain_points(demo)}
    assert counts[pain_point_id] == 0


# --- linking a measure ----------------------------------------------------------------------------


def live_links(editor: Editor, measure_id: str) -> set[str]:
    with editor.reading() as session:
        return {link.pain_point_id for link in session.scalars(select(MeasurePainPoint).where(
            MeasurePainPoint.measure_id == measure_id, MeasurePainPoint.deleted.is_(False)))}


def test_link_measure_sets_exactly_the_given_pain_points_and_undoes(demo: Editor) -> None:
    measure = read_measures(demo)[0]
    pain_points = [row.id for row in read_pain_points(demo)]
    wanted = [pain_points[4], pain_points[5]]
    demo.apply(LinkMeasure(measure.id, wanted))
    assert live_links(demo, measure.id) == set(wanted)
    row = read_measures(demo)[0]
    assert row.pain_point_ids == tuple(wanted)  # in the order of the pain point table
    demo.undo()
    assert live_links(demo, measure.id) == set(measure.pain_point_ids)
    demo.redo()
    assert live_links(demo, measure.id) == set(wanted)


def test_relinking_a_pain_point_that_was_unlinked_brings_the_same_link_back(demo: Editor) -> None:
    """The pair (measure, pain point) is unique in the table, so the old tombstone must come back."""
    measure = read_measures(demo)[0]
    old = measure.pain_point_ids[0]
    demo.apply(LinkMeasure(measure.id, []))
    assert live_links(demo, measure.id) == set()
    demo.apply(LinkMeasure(measure.id, [old]))
    assert live_links(demo, measure.id) == {old}
    with demo.reading() as session:
        assert len(list(session.scalars(select(MeasurePainPoint).where(
            MeasurePainPoint.measure_id == measure.id)))) == 1
    demo.undo()
    assert live_links(demo, measure.id) == set()


def test_link_measure_refuses_a_deleted_pain_point_or_measure(demo: Editor) -> None:
    measure = read_measures(demo)[0]
    gone = read_pain_points(demo)[6].id
    demo.apply(DeletePainPoint(gone))
    with pytest.raises(EditError):
        demo.apply(LinkMeasure(measure.id, [gone]))
    demo.apply(DeleteMeasure(measure.id))
    with pytest.raises(EditError):
        demo.apply(LinkMeasure(measure.id, []))


def test_a_new_measure_can_answer_two_pain_points(demo: Editor) -> None:
    pain_points = [row.id for row in read_pain_points(demo)]
    demo.apply(AddMeasure("Terminvergabe klären", workshop_id=WORKSHOP_ID, model_id=MODEL_ID,
                          pain_point_ids=[pain_points[4], pain_points[5]]))
    row = read_measures(demo)[-1]
    assert row.pain_point_ids == (pain_points[4], pain_points[5])
    counts = [r.measure_count for r in read_pain_points(demo)]
    assert counts == [1, 1, 1, 1, 1, 1, 0]


# --- names and typed values -----------------------------------------------------------------------


def test_category_names_are_the_quick_entry_ones_in_german_and_translated_in_english() -> None:
    assert [code for code, _ in findings.categories()] == list(PAIN_POINT_CATEGORIES)
    assert findings.category_name("media_break") == quickentry.PAIN_POINT_CATEGORIES["media_break"]
    i18n.set_language("en")
    assert findings.category_name("media_break") == "Media break"
    assert findings.status_name("in_progress") == "in progress"
    assert all(name != code for code, name in findings.categories())


def test_statuses_cover_the_model() -> None:
    assert [code for code, _ in findings.statuses()] == list(MEASURE_STATUSES)


def test_code_for_accepts_codes_and_shown_names() -> None:
    assert finding_fields.code_for("Medienbruch", findings.categories()) == "media_break"
    assert finding_fields.code_for("  medienbruch ", findings.categories()) == "media_break"
    assert finding_fields.code_for("loop", findings.categories()) == "loop"
    assert finding_fields.code_for("Kaffee", findings.categories()) is None


def test_pain_point_change(demo: Editor) -> None:
    row = read_pain_points(demo)[0]
    assert finding_fields.pain_point_change(row, "text", f"  {row.text} ") is None
    assert finding_fields.pain_point_change(row, "category", "Medienbruch") is None
    assert finding_fields.pain_point_change(row, "severity", "2") is None
    demo.apply(finding_fields.pain_point_change(row, "severity", 3))
    demo.apply(finding_fields.pain_point_change(row, "category", "Schnittstelle/Übergabe"))
    changed = read_pain_points(demo)[0]
    assert (changed.severity, changed.category) == (3, "handover")
    for field, value in (("text", ""), ("text", "x" * 10_000), ("text", "a\x07b"), ("category", "Kaffee"),
                         ("severity", 4), ("severity", 0), ("severity", "viel")):
        with pytest.raises(EditError):
            finding_fields.pain_point_change(row, field, value)
    assert read_pain_points(demo)[0] == changed


def test_measure_change(demo: Editor) -> None:
    row = read_measures(demo)[0]
    assert finding_fields.measure_change(row, "due_date", row.due_date) is None
    assert finding_fields.measure_change(row, "status", "open") is None
    demo.apply(finding_fields.measure_change(row, "due_date", "2027-02-01"))
    demo.apply(finding_fields.measure_change(row, "status", "done"))
    demo.apply(finding_fields.measure_change(row, "effort", 0))
    demo.apply(finding_fields.measure_change(row, "owner", "  Stadt Witten  "))
    changed = read_measures(demo)[0]
    assert (changed.due_date, changed.status, changed.effort, changed.owner) == (
        dt.date(2027, 2, 1), "done", None, "Stadt Witten")
    demo.apply(finding_fields.measure_change(changed, "due_date", ""))
    assert read_measures(demo)[0].due_date is None
    for field, value in (("text", "   "), ("due_date", "morgen"), ("status", "fertig"), ("impact", 6),
                         ("impact", "hoch"), ("owner", "x" * 201)):
        with pytest.raises(EditError):
            finding_fields.measure_change(changed, field, value)
