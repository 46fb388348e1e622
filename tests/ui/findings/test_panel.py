"""The pain point and measure tables, the panel and its dialogs, driven from the keyboard."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from helpers.widgets import delete_as_one_undo_step, focus, open_cell_editor, wait_until_edited
from werkstatt.demo import MODEL_ID, WORKSHOP_ID
from werkstatt.read import findings
from werkstatt.read.findings import MeasureRow, PainPointRow
from werkstatt.ui.common.roles import ROW_ROLE
from werkstatt.ui.findings.dialogs import LinkDialog, MeasureDialog, PainPointDialog, ask_pain_point
from werkstatt.ui.findings.panel import FindingsPanel, MeasureTableModel, PainPointTableModel

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

PAIN = PainPointTableModel
MEASURE = MeasureTableModel


def pain_points(workspace) -> list[PainPointRow]:
    with workspace.reading() as session:
        return findings.pain_points(session, MODEL_ID)


def measures(workspace) -> list[MeasureRow]:
    with workspace.reading() as session:
        return findings.measures(session, WORKSHOP_ID, MODEL_ID)


def first_step(workspace) -> PainPointRow:
    return pain_points(workspace)[0]


@pytest.fixture
def panel(demo_workspace, show_active) -> FindingsPanel:
    return show_active(FindingsPanel(demo_workspace), size=(1000, 700))


def drive_modal(qtbot, steps: Callable[[QDialog], None]) -> list[BaseException]:
    """Run ``steps`` on the next modal dialog; whatever happens, the dialog is closed so exec() returns."""
    errors: list[BaseException] = []
    tries = [0]

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            tries[0] += 1
            if tries[0] < 300:  # about 3 s, then the test fails on its own assertions
                QTimer.singleShot(10, run)
            return
        try:
            assert isinstance(dialog, QDialog)
            steps(dialog)
        except BaseException as error:  # reported by the test once exec() has returned
            errors.append(error)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, run)
    return errors



def insert_through_the_dialog(qtbot, view: QWidget, steps: Callable[[QDialog], None]) -> None:
    """Insert in the focused ``view`` opens its dialog, which ``steps`` fill in, without an error."""
    focus(qtbot, view)
    errors = drive_modal(qtbot, steps)
    qtbot.keyClick(view, Qt.Key.Key_Insert)
    assert errors == []

# --- the models -----------------------------------------------------------------------------------


def test_both_models_pass_the_model_tester(demo_workspace, qtmodeltester) -> None:
    pain = PainPointTableModel(demo_workspace)
    measure = MeasureTableModel(demo_workspace)
    qtmodeltester.check(pain)
    qtmodeltester.check(measure)
    assert (pain.rowCount(), pain.columnCount(), measure.rowCount(), measure.columnCount()) == (7, 6, 4, 7)
    demo_workspace.open_model(None)  # refreshing to no model and back keeps the models sound
    demo_workspace.open_workshop(None)
    assert (pain.rowCount(), measure.rowCount()) == (0, 0)
    demo_workspace.open_workshop(WORKSHOP_ID)
    demo_workspace.open_model(MODEL_ID)
    qtmodeltester.check(pain)
    assert (pain.rowCount(), measure.rowCount()) == (7, 4)


def test_the_row_role_gives_the_row_and_cells_show_names(demo_workspace) -> None:
    pain = PainPointTableModel(demo_workspace)
    row = pain.index(0, 0).data(ROW_ROLE)
    assert row == pain_points(demo_workspace)[0]
    assert pain.index(0, PAIN.COL_CATEGORY).data() == findings.category_name("media_break")
    assert pain.index(0, PAIN.COL_CATEGORY).data(Qt.ItemDataRole.EditRole) == "media_break"
    assert pain.index(0, PAIN.COL_SEVERITY).data() == 2
    assert pain.index(0, PAIN.COL_STEP).flags() & Qt.ItemFlag.ItemIsEditable == Qt.ItemFlag.NoItemFlags
    assert pain.index(0, PAIN.COL_TEXT).flags() & Qt.ItemFlag.ItemIsEditable
    measure = MeasureTableModel(demo_workspace)
    first = measure.index(0, 0).data(ROW_ROLE)
    assert isinstance(first, MeasureRow)
    assert measure.index(0, MEASURE.COL_STATUS).data() == findings.status_name("open")
    assert measure.index(0, MEASURE.COL_DUE).data(Qt.ItemDataRole.EditRole) == QDate(first.due_date)
    assert measure.index(0, MEASURE.COL_PAIN_POINTS).data() == first.pain_point_texts[0]


def test_a_cell_edit_is_one_undoable_edit(demo_workspace) -> None:
    pain = PainPointTableModel(demo_workspace)
    before = pain_points(demo_workspace)[0]
    count = demo_workspace.undo_stack.count()
    assert pain.setData(pain.index(0, PAIN.COL_CATEGORY), "Schnittstelle/Übergabe")
    assert pain.setData(pain.index(0, PAIN.COL_SEVERITY), 3)
    assert pain.setData(pain.index(0, PAIN.COL_SEVERITY), 3)  # unchanged: accepted, nothing stacked
    assert demo_workspace.undo_stack.count() == count + 2
    assert (pain_points(demo_workspace)[0].category, pain.index(0, PAIN.COL_SEVERITY).data()) == ("handover", 3)
    demo_workspace.undo_stack.undo()
    demo_workspace.undo_stack.undo()
    assert pain_points(demo_workspace)[0] == before

    measure = MeasureTableModel(demo_workspace)
    assert measure.setData(measure.index(0, MEASURE.COL_DUE), QDate(2027, 9, 30))
    assert measure.setData(measure.index(0, MEASURE.COL_STATUS), "in_progress")
    assert measure.setData(measure.index(0, MEASURE.COL_IMPACT), 0)
    row = measures(demo_workspace)[0]
    assert (row.due_date, row.status, row.impact) == (dt.date(2027, 9, 30), "in_progress", None)


@pytest.mark.parametrize(("column", "value"), [
    (PAIN.COL_TEXT, ""), (PAIN.COL_TEXT, "x" * 10_000), (PAIN.COL_TEXT, "Akte\x07weg"),
    (PAIN.COL_CATEGORY, "Kaffee"), (PAIN.COL_SEVERITY, 7), (PAIN.COL_SEVERITY, "sehr"),
])
def test_a_refused_cell_value_says_why_and_changes_nothing(demo_workspace, qtbot, column, value) -> None:
    pain = PainPointTableModel(demo_workspace)
    before = pain_points(demo_workspace)
    count = demo_workspace.undo_stack.count()
    with qtbot.waitSignal(demo_workspace.failed) as failed:
        assert not pain.setData(pain.index(0, column), value)
    assert failed.args[0]
    assert pain_points(demo_workspace) == before
    assert demo_workspace.undo_stack.count() == count


# --- the panel ------------------------------------------------------------------------------------


def test_a_cell_is_edited_from_the_keyboard(panel: FindingsPanel, qtbot) -> None:
    view = panel.pain_point_view
    focus(qtbot, view)
    editor = open_cell_editor(qtbot, view, view.proxy.index(0, PAIN.COL_TEXT))
    editor.selectAll()
    qtbot.keyClicks(editor, "Antrag wird abgetippt")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # the delegate commits and closes the editor in a queued call
    wait_until_edited(qtbot, view)
    assert pain_points(panel.workspace)[0].text == "Antrag wird abgetippt"
    assert view.currentIndex().row() == 0  # the table kept its place
    panel.workspace.undo_stack.undo()
    assert pain_points(panel.workspace)[0].text == "Papierantrag wird im Bürgerbüro abgetippt"


def test_delete_removes_the_selected_pain_point_and_undo_brings_it_back(panel: FindingsPanel, qtbot) -> None:
    view = panel.pain_point_view
    victim = pain_points(panel.workspace)[1]
    focus(qtbot, view)
    view.selectRow(1)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert victim.id not in {row.id for row in pain_points(panel.workspace)}
    assert view.proxy.rowCount() == 6
    assert view.currentIndex().row() == 1  # the next one, ready for the next key
    assert measures(panel.workspace)[1].pain_point_ids == ()  # its link went with it
    panel.workspace.undo_stack.undo()
    assert pain_points(panel.workspace)[1] == victim
    assert measures(panel.workspace)[1].pain_point_ids == (victim.id,)


def test_several_selected_measures_are_deleted_as_one_undo_step(panel: FindingsPanel, qtbot) -> None:
    view = panel.measure_view
    focus(qtbot, view)
    view.selectRow(0)
    view.selectionModel().select(view.proxy.index(2, 0), view.selectionModel().SelectionFlag.Select
                                 | view.selectionModel().SelectionFlag.Rows)
    delete_as_one_undo_step(qtbot, view, panel.workspace)
    assert len(measures(panel.workspace)) == 2
    panel.workspace.undo_stack.undo()
    assert len(measures(panel.workspace)) == 4


def test_activating_a_pain_point_chooses_its_step(panel: FindingsPanel, qtbot) -> None:
    view = panel.pain_point_view
    focus(qtbot, view)
    view.setCurrentIndex(view.proxy.index(2, PAIN.COL_STEP))
    with qtbot.waitSignal(panel.step_chosen) as chosen:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert chosen.args == [pain_points(panel.workspace)[2].step_id]


def test_sorting_by_severity_keeps_the_rows_and_their_capture_order_comes_back(panel: FindingsPanel) -> None:
    view = panel.pain_point_view
    view.sortByColumn(PAIN.COL_SEVERITY, Qt.SortOrder.DescendingOrder)
    shown = [view.proxy.index(r, PAIN.COL_SEVERITY).data() for r in range(view.proxy.rowCount())]
    assert shown == [3, 2, 2, 1, 1, 1, 1]
    view.sortByColumn(PAIN.COL_STEP, Qt.SortOrder.AscendingOrder)
    assert [view.proxy.index(r, 0).data(ROW_ROLE).id for r in range(7)] == [
        row.id for row in pain_points(panel.workspace)]


def test_the_panel_follows_the_open_model(panel: FindingsPanel) -> None:
    panel.workspace.open_model(None)
    assert panel.pain_point_view.proxy.rowCount() == 0
    assert not panel.add_pain_point_action.isEnabled()
    panel.workspace.open_model(MODEL_ID)
    assert panel.pain_point_view.proxy.rowCount() == 7
    assert panel.add_pain_point_action.isEnabled()


# --- the pain point dialog ------------------------------------------------------------------------


def test_a_pain_point_is_added_to_the_selected_step_from_the_keyboard(demo_workspace, qtbot, show_active) -> None:
    step = first_step(demo_workspace)
    demo_workspace.select_step(step.step_id)
    dialog = PainPointDialog(demo_workspace)
    show_active(dialog)
    assert dialog.focusWidget() is dialog.text
    assert step.step_label in dialog.on_step.text() and dialog.on_step.isChecked()
    qtbot.keyClicks(dialog.text, "Bargeld wird gezaehlt")
    qtbot.keyClick(dialog.text, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.category
    qtbot.keyClicks(dialog.category, "Med")  # type-ahead over the names
    qtbot.keyClick(dialog.category, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    count = demo_workspace.undo_stack.count()
    qtbot.keyClick(dialog.category, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    added = [row for row in pain_points(demo_workspace) if row.text == "Bargeld wird gezaehlt"]
    assert len(added) == 1
    assert (added[0].step_id, added[0].category, added[0].severity) == (step.step_id, "media_break", 3)
    assert demo_workspace.undo_stack.count() == count + 1

    demo_workspace.undo_stack.undo()
    assert not [row for row in pain_points(demo_workspace) if row.text == "Bargeld wird gezaehlt"]
    demo_workspace.undo_stack.redo()
    assert [row for row in pain_points(demo_workspace) if row.text == "Bargeld wird gezaehlt"] == added


def test_a_pain_point_for_the_whole_process(demo_workspace, qtbot, show_active) -> None:
    demo_workspace.select_step(None)
    dialog = PainPointDialog(demo_workspace)
    show_active(dialog)
    assert not dialog.on_step.isEnabled() and dialog.on_process.isChecked()
    qtbot.keyClicks(dialog.text, "Niemand kennt den ganzen Ablauf")
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return)
    last = pain_points(demo_workspace)[-1]
    assert (last.text, last.step_id, last.category, last.severity) == ("Niemand kennt den ganzen Ablauf", None,
                                                                       "other", 1)


@pytest.mark.parametrize("text", ["", "   ", "x" * 10_000, "Akte\x07weg", "Akte\x1bweg"])
def test_broken_pain_point_text_is_refused_and_kept(demo_workspace, qtbot, text, show_active) -> None:
    demo_workspace.select_step(first_step(demo_workspace).step_id)
    dialog = PainPointDialog(demo_workspace)
    show_active(dialog)
    dialog.text.setText(text)
    before, count = pain_points(demo_workspace), demo_workspace.undo_stack.count()
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.message.isVisible() and dialog.message.text()
    assert dialog.text.text() == text  # nothing lost
    assert pain_points(demo_workspace) == before and demo_workspace.undo_stack.count() == count
    dialog.text.setText("Jetzt richtig")  # and the same dialog still saves
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_escape_cancels_without_a_change(demo_workspace, qtbot, show_active) -> None:
    dialog = PainPointDialog(demo_workspace)
    show_active(dialog)
    qtbot.keyClicks(dialog.text, "Doch nicht")
    before = pain_points(demo_workspace)
    qtbot.keyClick(dialog.text, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert pain_points(demo_workspace) == before


def test_ask_pain_point_without_a_model_explains_itself(workspace, qtbot) -> None:
    with qtbot.waitSignal(workspace.failed):
        assert not ask_pain_point(None, workspace)


def test_insert_in_the_table_opens_the_dialog_and_saves(panel: FindingsPanel, qtbot) -> None:
    panel.workspace.select_step(first_step(panel.workspace).step_id)

    def type_it(dialog: QDialog) -> None:
        assert isinstance(dialog, PainPointDialog)
        qtbot.keyClicks(dialog.text, "Akte liegt im Postfach")
        qtbot.keyClick(dialog.text, Qt.Key.Key_Return)

    insert_through_the_dialog(qtbot, panel.pain_point_view, type_it)
    assert any(row.text == "Akte liegt im Postfach" for row in pain_points(panel.workspace))
    assert panel.pain_point_view.proxy.rowCount() == 8


def test_editing_a_pain_point_in_the_dialog_moves_it_to_the_process(demo_workspace, qtbot, show_active) -> None:
    row = pain_points(demo_workspace)[0]
    dialog = PainPointDialog(demo_workspace, pain_point_id=row.id)
    show_active(dialog)
    assert dialog.text.text() == row.text and dialog.severity.value() == 2 and dialog.on_step.isChecked()
    dialog.on_process.setChecked(True)
    qtbot.keyClick(dialog.text, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return)
    changed = next(r for r in pain_points(demo_workspace) if r.id == row.id)
    assert (changed.step_id, changed.severity, changed.text) == (None, 1, row.text)


# --- the measure dialogs --------------------------------------------------------------------------


def test_a_measure_linked_to_two_pain_points_from_the_panel(panel: FindingsPanel, qtbot) -> None:
    rows = pain_points(panel.workspace)
    view = panel.pain_point_view
    view.selectRow(4)
    view.selectionModel().select(view.proxy.index(5, 0), view.selectionModel().SelectionFlag.Select
                                 | view.selectionModel().SelectionFlag.Rows)

    def type_it(dialog: QDialog) -> None:
        assert isinstance(dialog, MeasureDialog)
        assert set(dialog.pain_points.checked_ids()) == {rows[4].id, rows[5].id}
        qtbot.keyClicks(dialog.text, "Termine fest vergeben")
        qtbot.keyClick(dialog.text, Qt.Key.Key_Tab)
        qtbot.keyClicks(dialog.owner, "Ennepe-Ruhr-Kreis")
        qtbot.keyClick(dialog.owner, Qt.Key.Key_Return)

    insert_through_the_dialog(qtbot, panel.measure_view, type_it)
    added = measures(panel.workspace)[-1]
    assert (added.text, added.owner, added.status, added.due_date) == (
        "Termine fest vergeben", "Ennepe-Ruhr-Kreis", "open", None)
    assert added.pain_point_ids == (rows[4].id, rows[5].id)
    assert panel.measure_view.proxy.rowCount() == 5
    counts = [view.proxy.index(r, PAIN.COL_MEASURES).data() for r in range(7)]
    assert counts == [1, 1, 1, 1, 1, 1, 0]
    panel.workspace.undo_stack.undo()
    assert len(measures(panel.workspace)) == 4


def test_the_measure_dialog_ticks_pain_points_with_space_and_sets_all_fields(demo_workspace, qtbot,
                                                                          show_active) -> None:
    rows = pain_points(demo_workspace)
    dialog = MeasureDialog(demo_workspace)
    show_active(dialog)
    assert dialog.focusWidget() is dialog.text
    dialog.text.setText("Akte digital übergeben")  # QTest types ASCII only
    dialog.has_due.setChecked(True)
    dialog.due.setDate(QDate(2027, 3, 31))
    dialog.status.setCurrentIndex(dialog.status.findData("in_progress"))
    dialog.effort.setValue(2)
    dialog.impact.setValue(5)
    checklist = dialog.pain_points
    focus(qtbot, checklist)
    for row in (1, 6):
        checklist.setCurrentRow(row)
        qtbot.keyClick(checklist, Qt.Key.Key_Space)
    qtbot.keyClick(checklist, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    added = measures(demo_workspace)[-1]
    assert (added.text, added.due_date, added.status, added.effort, added.impact) == (
        "Akte digital übergeben", dt.date(2027, 3, 31), "in_progress", 2, 5)
    assert added.pain_point_ids == (rows[1].id, rows[6].id)


def test_editing_a_measure_changes_fields_and_links_in_one_undo_step(demo_workspace, qtbot, show_active) -> None:
    before = measures(demo_workspace)[0]
    rows = pain_points(demo_workspace)
    dialog = MeasureDialog(demo_workspace, measure_id=before.id)
    show_active(dialog)
    assert dialog.text.text() == before.text and dialog.has_due.isChecked()
    dialog.has_due.setChecked(False)
    dialog.pain_points.set_checked(rows[0].id, False)
    dialog.pain_points.set_checked(rows[2].id)
    count = demo_workspace.undo_stack.count()
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return)
    after = measures(demo_workspace)[0]
    assert (after.due_date, after.pain_point_ids) == (None, (rows[2].id,))
    assert demo_workspace.undo_stack.count() == count + 1
    demo_workspace.undo_stack.undo()
    assert measures(demo_workspace)[0] == before


@pytest.mark.parametrize("text", ["", "x" * 10_000, "Maßnahme\x00"])
def test_broken_measure_text_is_refused_and_kept(demo_workspace, qtbot, text, show_active) -> None:
    dialog = MeasureDialog(demo_workspace)
    show_active(dialog)
    dialog.text.setText(text)
    qtbot.keyClicks(dialog.owner, "Stadt Witten")
    before, count = measures(demo_workspace), demo_workspace.undo_stack.count()
    qtbot.keyClick(dialog.owner, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.message.text()
    assert (dialog.text.text(), dialog.owner.text()) == (text, "Stadt Witten")
    assert measures(demo_workspace) == before and demo_workspace.undo_stack.count() == count


def test_ctrl_l_links_the_current_measure(panel: FindingsPanel, qtbot) -> None:
    rows = pain_points(panel.workspace)
    view = panel.measure_view
    focus(qtbot, view)
    view.selectRow(0)

    def tick(dialog: QDialog) -> None:
        assert isinstance(dialog, LinkDialog)
        assert dialog.pain_points.checked_ids() == [rows[0].id]
        dialog.pain_points.set_checked(rows[4].id)
        qtbot.keyClick(dialog.pain_points, Qt.Key.Key_Return)

    errors = drive_modal(qtbot, tick)
    qtbot.keyClick(view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert errors == []
    assert measures(panel.workspace)[0].pain_point_ids == (rows[0].id, rows[4].id)
    assert view.proxy.index(0, MEASURE.COL_PAIN_POINTS).data() == f"{rows[0].text}; {rows[4].text}"


def test_a_measure_owner_is_picked_from_the_organisations_and_remembers_which(demo_workspace, qtbot,
                                                                             show_active) -> None:
    from sqlalchemy import select

    from werkstatt.model import Measure, Organisation

    dialog = MeasureDialog(demo_workspace)
    show_active(dialog)
    completer = dialog.owner.completer()
    completer.setCompletionPrefix("witt")  # anywhere in the name, in any case
    assert completer.currentCompletion() == "Stadt Witten"
    dialog.text.setText("Online-Antrag einführen")
    dialog.owner.setText("Stadt Witten, Bürgerbüro")
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return)
    with demo_workspace.reading() as session:
        added = session.scalars(select(Measure).where(Measure.text == "Online-Antrag einführen")).one()
        owner = session.get(Organisation, added.owner_organisation_id)
        assert (added.owner, owner.short_name) == ("Stadt Witten, Bürgerbüro", "Witten")
    edit = MeasureDialog(demo_workspace, measure_id=added.id)
    show_active(edit)
    edit.owner.setText("Fahrerlaubnisbehörde EN-Kreis")
    qtbot.keyClick(edit.text, Qt.Key.Key_Return)
    with demo_workspace.reading() as session:
        assert session.get(Organisation, session.get(Measure, added.id).owner_organisation_id).short_name == "EN-Kreis"


def test_a_measure_lists_its_pain_points_in_their_steps_order_after_a_step_moved(panel: FindingsPanel) -> None:
    from werkstatt.edits import Create, MoveStepInOrder
    from werkstatt.model import Measure, MeasurePainPoint

    workspace = panel.workspace
    rows = [row for row in pain_points(workspace) if row.step_id]
    first = rows[0]
    second = next(row for row in rows if row.step_id != first.step_id)
    measure = workspace.apply(Create(Measure, workshop_id=WORKSHOP_ID, model_id=MODEL_ID, text="Vorlage bauen"))
    for row in (second, first):
        workspace.apply(Create(MeasurePainPoint, measure_id=measure.id, pain_point_id=row.id))

    def shown() -> str:
        model = panel.measure_view.proxy
        row = next(r for r in range(model.rowCount()) if model.index(r, MEASURE.COL_TEXT).data() == "Vorlage bauen")
        return model.index(row, MEASURE.COL_PAIN_POINTS).data()

    assert shown().index(first.text) < shown().index(second.text)
    steps = [step.id for step in workspace.view().steps]
    for _ in range(steps.index(second.step_id) - steps.index(first.step_id)):
        workspace.apply(MoveStepInOrder(first.step_id, +1))  # the first step moves past the second
    assert shown().index(second.text) < shown().index(first.text)
