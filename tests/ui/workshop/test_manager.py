"""The workshop manager and the setup panel, driven from the keyboard on the demo database."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from helpers.state import workshop_now
from helpers.widgets import dialog_for
from werkstatt.demo import MODEL_ID, WORKSHOP_ID
from werkstatt.edits.workshops import create_workshop
from werkstatt.i18n import tr
from werkstatt.read.workshops import workshop_detail, workshop_summaries
from werkstatt.ui.settings import DEMO_OFFERED, RECENT_WORKSHOPS, Settings
from werkstatt.ui.workshop.manager import WorkshopManager, WorkshopTableModel, offer_demo_on_first_start
from werkstatt.ui.workshop.setup import AgendaTableModel, WorkshopSetupPanel

ENTER = Qt.Key.Key_Return

# The offscreen platform warns when a dialog is shown; the warning says nothing about our code.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def titles(workspace) -> list[str]:
    with workspace.reading() as session:
        return sorted(s.title for s in workshop_summaries(session))


def shown_titles(manager: WorkshopManager) -> list[str]:
    return [manager.model.summary(row).title for row in range(manager.model.rowCount())]


@pytest.fixture
def manager(show_active, demo_workspace) -> WorkshopManager:
    return show_active(WorkshopManager(demo_workspace, Settings()))


# --- the manager ---------------------------------------------------------------------------------


def test_the_table_model_passes_the_model_tester(qtmodeltester, manager: WorkshopManager) -> None:
    manager.workspace.apply(create_workshop("Zweite Werkstatt", date=dt.date(2027, 1, 1)))
    qtmodeltester.check(manager.model)
    manager.model.set_filter("zweite")
    qtmodeltester.check(manager.model)


def test_enter_opens_the_selected_workshop_and_remembers_it(qtbot, manager: WorkshopManager) -> None:
    with qtbot.waitSignal(manager.workshop_chosen) as chosen:
        qtbot.keyClick(manager.filter, ENTER)
    assert chosen.args == [WORKSHOP_ID]
    assert not manager.isVisible() and manager.chosen_id == WORKSHOP_ID
    assert Settings().get(RECENT_WORKSHOPS) == [WORKSHOP_ID]


def test_recent_workshops_come_first_and_are_marked(qtbot, demo_workspace) -> None:
    newer = demo_workspace.apply(create_workshop("Neuere Werkstatt", date=dt.date(2030, 1, 1))).id
    settings = Settings()
    settings.remember_workshop(WORKSHOP_ID)
    dialog = WorkshopManager(demo_workspace, settings)
    qtbot.addWidget(dialog)
    assert shown_titles(dialog) == ["Prozesswerkstatt Führerscheinantrag", "Neuere Werkstatt"]
    marks = [dialog.model.index(row, WorkshopTableModel.RECENT).data() for row in range(2)]
    assert marks == ["★", ""]
    settings.remember_workshop(newer)
    dialog.refresh()
    assert shown_titles(dialog) == ["Neuere Werkstatt", "Prozesswerkstatt Führerscheinantrag"]


def test_filter_as_you_type(qtbot, manager: WorkshopManager) -> None:
    manager.workspace.apply(create_workshop("Bauantrag", place="Hattingen"))
    assert len(shown_titles(manager)) == 2
    qtbot.keyClicks(manager.filter, "hatt")
    assert shown_titles(manager) == ["Bauantrag"]
    assert manager.selected_id() is not None, "the one match is selected, so Enter opens it"
    qtbot.keyClicks(manager.filter, "x")
    assert shown_titles(manager) == [] and not manager.open_button.isEnabled()
    qtbot.keyClick(manager.filter, Qt.Key.Key_Backspace)
    qtbot.keyClick(manager.filter, Qt.Key.Key_Down)  # from the filter field into the list
    assert shown_titles(manager)[manager.table.currentIndex().row()] == "Bauantrag"
    manager.filter.clear()
    assert manager.model.summary(manager.table.currentIndex().row()).title == "Bauantrag", "selection kept"
    qtbot.keyClick(manager.filter, Qt.Key.Key_Up)
    assert manager.model.summary(manager.table.currentIndex().row()).title == "Prozesswerkstatt Führerscheinantrag"
    qtbot.keyClicks(manager.filter, "03.12.2026")
    assert shown_titles(manager) == ["Prozesswerkstatt Führerscheinantrag"]


def type_into_pending(qtbot, manager: WorkshopManager, text: str, *, replace: bool = False) -> None:
    dialog = manager.pending
    assert dialog is not None and dialog.isVisible()
    line = dialog.form.itemAt(0, dialog.form.ItemRole.FieldRole).widget()
    if replace:
        line.clear()
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, ENTER)


def test_ctrl_n_creates_a_workshop(qtbot, manager: WorkshopManager) -> None:
    qtbot.keyClick(manager.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    type_into_pending(qtbot, manager, "Werkstatt Wohngeld")
    assert manager.pending is None
    assert titles(manager.workspace) == ["Prozesswerkstatt Führerscheinantrag", "Werkstatt Wohngeld"]
    assert manager.model.summary(manager.model.row_of(manager.selected_id())).title == "Werkstatt Wohngeld"


@pytest.mark.parametrize("bad", ["", "   ", "x" * 10_000])
def test_a_bad_title_is_refused_with_a_message_and_nothing_changes(qtbot, manager: WorkshopManager,
                                                                   bad: str) -> None:
    before = titles(manager.workspace)
    count = manager.workspace.undo_stack.count()
    qtbot.keyClick(manager.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = manager.pending
    type_into_pending(qtbot, manager, bad)
    assert dialog.isVisible(), "the dialog stays open with what was typed"
    assert dialog.error.isVisible() and dialog.error.text()
    assert titles(manager.workspace) == before and manager.workspace.undo_stack.count() == count
    # The user can correct the title in the same dialog.
    type_into_pending(qtbot, manager, "Korrigiert", replace=True)
    assert not dialog.isVisible() and "Korrigiert" in titles(manager.workspace)


def test_f2_renames_and_an_empty_name_is_refused(qtbot, manager: WorkshopManager) -> None:
    manager.table.setFocus()
    qtbot.keyClick(manager.table, Qt.Key.Key_F2)
    line = manager.pending.form.itemAt(0, manager.pending.form.ItemRole.FieldRole).widget()
    assert line.text() == "Prozesswerkstatt Führerscheinantrag"
    type_into_pending(qtbot, manager, "", replace=True)
    assert manager.pending.error.isVisible()
    assert titles(manager.workspace) == ["Prozesswerkstatt Führerscheinantrag"]
    type_into_pending(qtbot, manager, "Werkstatt 2027", replace=True)
    assert titles(manager.workspace) == ["Werkstatt 2027"]
    assert shown_titles(manager) == ["Werkstatt 2027"]


def test_delete_and_undo_bring_the_workshop_back(qtbot, manager: WorkshopManager) -> None:
    workspace = manager.workspace
    with workspace.reading() as session:
        before = workshop_detail(session, WORKSHOP_ID)
    manager.table.setFocus()
    qtbot.keyClick(manager.table, Qt.Key.Key_Delete)
    assert shown_titles(manager) == [] and titles(workspace) == []
    assert workspace.workshop_id is None, "the deleted workshop is no longer the open one"
    assert "Strg+Z" in manager.status.text() or "Ctrl+Z" in manager.status.text()
    assert manager.demo_button.isVisible()
    qtbot.keyClick(manager.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert shown_titles(manager) == ["Prozesswerkstatt Führerscheinantrag"]
    with workspace.reading() as session:
        assert workshop_detail(session, WORKSHOP_ID) == before
    assert not manager.demo_button.isVisible()


def test_duplicate_and_undo(qtbot, manager: WorkshopManager) -> None:
    manager.table.setFocus()
    qtbot.keyClick(manager.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    copy = tr("WorkshopEdits", "{title} (copy)", title="Prozesswerkstatt Führerscheinantrag")
    assert titles(manager.workspace) == sorted(["Prozesswerkstatt Führerscheinantrag", copy])
    assert manager.model.summary(manager.model.row_of(manager.selected_id())).title == copy
    manager.workspace.undo_stack.undo()
    assert shown_titles(manager) == ["Prozesswerkstatt Führerscheinantrag"]
    manager.workspace.undo_stack.redo()
    assert copy in shown_titles(manager)


def test_the_demo_button_appears_only_without_workshops(qtbot, workspace) -> None:
    dialog = WorkshopManager(workspace, Settings())
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.demo_button.isVisible() and shown_titles(dialog) == []
    with qtbot.waitSignal(workspace.data_changed):
        qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
    assert shown_titles(dialog) == ["Prozesswerkstatt Führerscheinantrag"]
    assert not dialog.demo_button.isVisible()
    with qtbot.waitSignal(dialog.workshop_chosen) as chosen:
        qtbot.keyClick(dialog.table, ENTER)
    assert chosen.args == [WORKSHOP_ID]


def answer_message_box(button: QMessageBox.StandardButton, seen: list[str]) -> None:
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    seen.append(box.text())
    box.button(button).click()


def test_first_start_offers_the_demo_once(qtbot, workspace) -> None:
    settings = Settings()
    seen: list[str] = []
    QTimer.singleShot(0, lambda: answer_message_box(QMessageBox.StandardButton.Yes, seen))
    assert offer_demo_on_first_start(None, workspace, settings) == WORKSHOP_ID
    assert seen and "Führerscheinantrag" in seen[0]
    assert titles(workspace) == ["Prozesswerkstatt Führerscheinantrag"]
    assert settings.get(DEMO_OFFERED) and settings.get(RECENT_WORKSHOPS) == [WORKSHOP_ID]
    assert offer_demo_on_first_start(None, workspace, settings) is None, "asked only once"


def test_declining_the_demo_leaves_the_database_empty(qtbot, workspace) -> None:
    seen: list[str] = []
    QTimer.singleShot(0, lambda: answer_message_box(QMessageBox.StandardButton.No, seen))
    assert offer_demo_on_first_start(None, workspace, Settings()) is None
    assert seen and titles(workspace) == []
    assert offer_demo_on_first_start(None, workspace, Settings()) is None, "no second question"


def test_no_offer_when_workshops_exist(demo_workspace) -> None:
    assert offer_demo_on_first_start(None, demo_workspace, Settings()) is None
    assert not Settings().get(DEMO_OFFERED)


# --- the setup panel -----------------------------------------------------------------------------


@pytest.fixture
def panel(show_active, demo_workspace) -> WorkshopSetupPanel:
    return show_active(WorkshopSetupPanel(demo_workspace))


def field(dialog, row: int):
    return dialog.form.itemAt(row, dialog.form.ItemRole.FieldRole).widget()


def test_every_model_of_the_panel_passes_the_model_tester(qtmodeltester, panel: WorkshopSetupPanel) -> None:
    assert panel.participants.rowCount() == 8 and panel.agenda.rowCount() == 6
    assert panel.organisations.rowCount() == 8  # the six administrations and the two outside parties
    for model in (panel.organisations, panel.participants, panel.agenda):
        qtmodeltester.check(model)


def test_the_form_shows_the_workshop_in_german_date_format(panel: WorkshopSetupPanel) -> None:
    assert panel.title_edit.text() == "Prozesswerkstatt Führerscheinantrag"
    assert panel.date_edit.text() == "03.12.2026"
    assert panel.place_edit.text() == "Kreishaus Schwelm, Sitzungsraum 2"
    assert panel.goal_edit.toPlainText().startswith("Den Ist-Prozess")


def test_each_finished_field_is_one_undoable_edit(qtbot, panel: WorkshopSetupPanel) -> None:
    workspace = panel.workspace
    count = workspace.undo_stack.count()
    panel.place_edit.setFocus()
    panel.place_edit.selectAll()
    qtbot.keyClicks(panel.place_edit, "Rathaus Witten")
    qtbot.keyClick(panel.place_edit, ENTER)
    assert workshop_now(workspace).place == "Rathaus Witten"
    panel.title_edit.setFocus()  # leaving the place field again changes nothing more
    assert workspace.undo_stack.count() == count + 1
    panel.date_edit.setFocus()
    panel.date_edit.setDate(QDate(2027, 2, 1))
    qtbot.keyClick(panel.date_edit, ENTER)
    assert workshop_now(workspace).date == dt.date(2027, 2, 1)
    panel.goal_edit.setFocus()
    qtbot.keyClick(panel.goal_edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(panel.goal_edit, " Neu.")
    panel.facilitator_edit.setFocus()  # the goal field has no Enter; leaving it finishes it
    assert workshop_now(workspace).goal.endswith(" Neu.")
    assert workspace.undo_stack.count() == count + 3
    for _ in range(3):
        workspace.undo_stack.undo()
    assert panel.place_edit.text() == "Kreishaus Schwelm, Sitzungsraum 2"
    assert panel.date_edit.text() == "03.12.2026"
    goal = workshop_now(workspace).goal
    assert goal == panel.goal_edit.toPlainText() and not goal.endswith("Neu.")


@pytest.mark.parametrize("bad", ["", "x" * 10_000])
def test_a_bad_title_in_the_form_is_refused_and_kept_for_correction(qtbot, panel: WorkshopSetupPanel,
                                                                    bad: str) -> None:
    count = panel.workspace.undo_stack.count()
    panel.title_edit.setFocus()
    panel.title_edit.clear()
    panel.title_edit.setText(bad)  # 10,000 key clicks would test QTest, not us
    panel.title_edit.setModified(True)
    qtbot.keyClick(panel.title_edit, ENTER)
    assert panel.message.text(), "the refusal is explained"
    assert panel.title_edit.text() == bad, "what was typed stays for correction"
    assert workshop_now(panel.workspace).title == "Prozesswerkstatt Führerscheinantrag"
    assert panel.workspace.undo_stack.count() == count


def test_organisations_are_a_checkable_list(qtbot, panel: WorkshopSetupPanel) -> None:
    index = panel.organisations.index(1, 0)
    name = index.data()
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    panel.organisation_view.setFocus()
    panel.organisation_view.setCurrentIndex(index)
    qtbot.keyClick(panel.organisation_view, Qt.Key.Key_Space)
    assert name not in {o.name for o in workshop_now(panel.workspace).organisations if o.taking_part}
    assert panel.organisations.index(1, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    panel.workspace.undo_stack.undo()
    assert panel.organisations.index(1, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked


def test_participants_add_edit_mark_absent_and_remove(qtbot, panel: WorkshopSetupPanel) -> None:
    view = panel.participant_view
    dialog = dialog_for(qtbot, panel, view, Qt.Key.Key_Insert)
    qtbot.keyClicks(field(dialog, 0), "Anton Alpha")
    field(dialog, 1).setCurrentIndex(field(dialog, 1).findText("Stadt Hattingen"))
    qtbot.keyClicks(field(dialog, 2), "Kaemmerei")
    qtbot.keyClick(field(dialog, 2), ENTER)
    assert panel.pending is None
    [added] = [p for p in workshop_now(panel.workspace).participants if p.name == "Anton Alpha"]
    assert (added.organisation, added.function, added.present) == ("Stadt Hattingen", "Kaemmerei", True)
    row = panel.participants.row_of(added.attendance_id)
    assert view.currentIndex().row() == row, "the new participant is selected"

    dialog = dialog_for(qtbot, panel, view, Qt.Key.Key_F2)
    field(dialog, 0).clear()
    qtbot.keyClick(field(dialog, 0), ENTER)
    assert dialog.isVisible() and dialog.error.text(), "an empty name is refused"
    qtbot.keyClicks(field(dialog, 0), "Anton Beta")
    qtbot.keyClick(field(dialog, 0), ENTER)
    assert "Anton Beta" in {p.name for p in workshop_now(panel.workspace).participants}

    row = panel.participants.row_of(added.attendance_id)
    view.setCurrentIndex(panel.participants.index(row, panel.participants.PRESENT))
    qtbot.keyClick(view, Qt.Key.Key_Space)  # the check box of the current cell
    assert not {p.attendance_id: p for p in workshop_now(panel.workspace).participants}[added.attendance_id].present
    assert panel.participants.index(row, panel.participants.PRESENT).data(Qt.ItemDataRole.AccessibleTextRole) == (
        tr("WorkshopSetupPanel", "absent"))
    rect = view.visualRect(panel.participants.index(row, panel.participants.PRESENT))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.left() + 10, rect.center().y()))
    assert {p.attendance_id: p for p in workshop_now(panel.workspace).participants}[added.attendance_id].present

    view.setFocus()
    panel._select(view, panel.participants.row_of(added.attendance_id))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert added.attendance_id not in {p.attendance_id for p in workshop_now(panel.workspace).participants}
    panel.workspace.undo_stack.undo()
    assert added.attendance_id in {p.attendance_id for p in workshop_now(panel.workspace).participants}


def test_agenda_add_edit_move_delete(qtbot, panel: WorkshopSetupPanel) -> None:
    view = panel.agenda_view
    dialog = dialog_for(qtbot, panel, view, Qt.Key.Key_Insert)
    qtbot.keyClicks(field(dialog, 0), "Pause")
    field(dialog, 1).setValue(15)
    qtbot.keyClick(field(dialog, 0), ENTER)
    agenda = workshop_now(panel.workspace).agenda
    assert (agenda[-1].title, agenda[-1].planned_minutes, agenda[-1].actual_minutes) == ("Pause", 15, None)
    pause = agenda[-1].id
    assert view.currentIndex().row() == 6

    view.setFocus()
    for _ in range(2):
        qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert [a.id for a in workshop_now(panel.workspace).agenda].index(pause) == 4
    assert view.currentIndex().row() == 4, "the moved item stays selected"
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert [a.id for a in workshop_now(panel.workspace).agenda].index(pause) == 5

    qtbot.keyClick(view, Qt.Key.Key_F2)
    dialog = panel.pending
    assert field(dialog, 0).text() == "Pause"
    field(dialog, 2).setValue(20)
    qtbot.keyClick(field(dialog, 0), ENTER)
    assert {a.id: a for a in workshop_now(panel.workspace).agenda}[pause].actual_minutes == 20

    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert pause not in [a.id for a in workshop_now(panel.workspace).agenda]
    assert [a.position for a in workshop_now(panel.workspace).agenda] == list(range(6))
    panel.workspace.undo_stack.undo()
    assert [a.id for a in workshop_now(panel.workspace).agenda].index(pause) == 5


def test_double_click_on_an_agenda_item_with_a_model_chooses_it(qtbot, panel: WorkshopSetupPanel) -> None:
    view = panel.agenda_view
    rect = view.visualRect(panel.agenda.index(1, AgendaTableModel.TITLE))
    with qtbot.waitSignal(panel.model_chosen) as chosen:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert chosen.args == [MODEL_ID]
    # An item without a model opens its editor instead.
    rect = view.visualRect(panel.agenda.index(0, AgendaTableModel.TITLE))
    with qtbot.assertNotEmitted(panel.model_chosen):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert panel.pending is not None and field(panel.pending, 0).text() == panel.agenda.rows[0].title


def test_discuss_a_register_process_or_a_new_one(qtbot, panel: WorkshopSetupPanel) -> None:
    qtbot.mouseClick(panel.discuss_button, Qt.MouseButton.LeftButton)
    dialog = panel.pending
    assert field(dialog, 0).count() == 1
    field(dialog, 2).setValue(30)
    qtbot.keyClick(field(dialog, 1), ENTER)
    last = workshop_now(panel.workspace).agenda[-1]
    assert (last.model_id, last.planned_minutes) == (MODEL_ID, 30)

    panel.agenda_view.clearSelection()  # with an item selected, "discuss" links that item instead
    qtbot.mouseClick(panel.discuss_button, Qt.MouseButton.LeftButton)
    dialog = panel.pending
    qtbot.keyClicks(field(dialog, 1), "Hundesteuer anmelden")
    qtbot.keyClick(field(dialog, 1), ENTER)
    last = workshop_now(panel.workspace).agenda[-1]
    assert last.title == "Hundesteuer anmelden"
    assert last.model_name == tr("WorkshopEdits", "{name} (as-is)", name="Hundesteuer anmelden")
    assert panel.agenda_view.currentIndex().row() == 7
    panel.workspace.undo_stack.undo()
    assert len(workshop_now(panel.workspace).agenda) == 7
    with panel.workspace.reading() as session:
        from werkstatt.read.workshops import register_processes

        assert [p.name for p in register_processes(session)] == ["Fahrerlaubnis: Ersterteilung (Klasse B)"]


def test_the_panel_follows_the_open_workshop(qtbot, panel: WorkshopSetupPanel) -> None:
    workspace = panel.workspace
    other = workspace.apply(create_workshop("Leere Werkstatt")).id
    workspace.open_workshop(other)
    assert panel.title_edit.text() == "Leere Werkstatt" and panel.participants.rowCount() == 0
    workspace.open_workshop(None)
    assert panel.empty.isVisible() and not panel.content.isEnabled()
    workspace.open_workshop(WORKSHOP_ID)
    assert panel.content.isEnabled() and panel.participants.rowCount() == 8


def test_discuss_without_a_choice_is_refused_with_a_sentence(qtbot, panel: WorkshopSetupPanel) -> None:
    count = len(workshop_now(panel.workspace).agenda)
    qtbot.mouseClick(panel.discuss_button, Qt.MouseButton.LeftButton)
    dialog = panel.pending
    field(dialog, 0).setCurrentRow(-1)
    qtbot.keyClick(field(dialog, 1), ENTER)
    assert dialog.isVisible() and dialog.error.text()
    assert len(workshop_now(panel.workspace).agenda) == count


def test_a_hidden_panel_catches_up_when_shown(qtbot, panel: WorkshopSetupPanel) -> None:
    from werkstatt.edits.workshops import rename_workshop

    panel.hide()
    panel.workspace.apply(rename_workshop(WORKSHOP_ID, "Umbenannt"))
    assert panel.title_edit.text() == "Prozesswerkstatt Führerscheinantrag", "no reading while hidden"
    panel.show()
    assert panel.title_edit.text() == "Umbenannt"


def test_escape_cancels_an_input_dialog_and_changes_nothing(qtbot, panel: WorkshopSetupPanel) -> None:
    count = panel.workspace.undo_stack.count()
    dialog = dialog_for(qtbot, panel, panel.agenda_view, Qt.Key.Key_Insert)
    qtbot.keyClicks(field(dialog, 0), "Verworfen")
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(field(dialog, 0), Qt.Key.Key_Escape)
    assert panel.pending is None
    assert panel.workspace.undo_stack.count() == count
    assert "Verworfen" not in [a.title for a in workshop_now(panel.workspace).agenda]


# --- issue 17: new opens, an undone report goes, the welcome box sits on the window ---------------


def test_new_creates_and_opens_the_workshop(qtbot, manager: WorkshopManager) -> None:
    qtbot.keyClick(manager.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(manager.workshop_chosen) as chosen:
        type_into_pending(qtbot, manager, "Werkstatt Gewerbeanmeldung")
    with manager.workspace.reading() as session:
        by_id = {s.id: s.title for s in workshop_summaries(session)}
    assert by_id[chosen.args[0]] == "Werkstatt Gewerbeanmeldung"
    assert not manager.isVisible() and manager.chosen_id == chosen.args[0]
    assert Settings().get(RECENT_WORKSHOPS)[0] == chosen.args[0], "remembered as an opened workshop"


def test_the_duplicate_report_goes_with_its_undo_and_comes_back_with_redo(qtbot, manager: WorkshopManager) -> None:
    manager.table.setFocus()
    qtbot.keyClick(manager.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    duplicated = manager.status.text()
    assert duplicated == tr("WorkshopManager", "Workshop duplicated. Ctrl+Z takes the copy away again.")
    qtbot.keyClick(manager.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert manager.status.text() != duplicated
    assert manager.status.text() == tr("WorkshopManager", "Undone: {action}.",
                                       action=tr("WorkshopEdits", "Duplicate workshop"))
    manager.workspace.undo_stack.redo()
    assert manager.status.text() == duplicated
    manager.workspace.undo_stack.undo()
    manager.workspace.apply(create_workshop("Etwas anderes"))
    assert manager.status.text() == "", "another edit: the old report is gone"


def test_the_welcome_box_is_centred_on_the_main_window(qtbot, workspace) -> None:
    from PySide6.QtWidgets import QWidget

    from werkstatt.ui.app import first_workshop
    from werkstatt.ui.main_window import MainWindow

    window = MainWindow(workspace, Settings(), None)
    qtbot.addWidget(window)
    window.show()
    seen: list[tuple[object, object]] = []

    def look() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append((box.parentWidget(), box.frameGeometry().center()))
        box.button(QMessageBox.StandardButton.No).click()

    QTimer.singleShot(50, look)
    assert first_workshop(Settings(), workspace, parent=window) is None
    assert seen[0][0] is window, "the box belongs to the main window, so it opens over it"
    # Centred on its parent, not on the desktop (a stand-in parent: the offscreen screen is smaller
    # than the main window, and Qt keeps a box on the screen).
    screen = window.screen().availableGeometry()
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.setGeometry(screen.left() + 10, screen.top() + 20, screen.width() - 60, screen.height() - 40)
    parent.show()
    qtbot.waitExposed(parent)
    Settings().set(DEMO_OFFERED, False)
    QTimer.singleShot(50, look)
    assert offer_demo_on_first_start(parent, workspace, Settings()) is None
    offset = seen[1][1] - parent.frameGeometry().center()
    assert abs(offset.x()) <= 20 and abs(offset.y()) <= 40, (seen[1][1], parent.frameGeometry())
