"""People in the window, as a data-protection officer expects: the People manager erases a person
everywhere and clears the undo history, the participants' context menu asks the same, Cancel (and
Enter) leave everything as it was, and names past their retention are anonymised at start-up."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from werkstatt.edits.workshops import AddParticipant, create_workshop
from werkstatt.model import Person
from werkstatt.store.database import backup
from werkstatt.ui.settings import RETENTION_MONTHS, Settings
from werkstatt.ui.workshop.people import ErasePersonDialog, PeopleManager
from werkstatt.ui.workshop.setup import WorkshopSetupPanel

# English messages: the German ones of new sentences arrive with the next catalogue merge.
pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
              pytest.mark.usefixtures("english")]


def names(workspace) -> list[str]:
    """Every name in the people table, erased or anonymised rows included."""
    with workspace.reading() as session:
        return sorted(session.scalars(select(Person.name)))


@pytest.fixture
def planned(workspace) -> dict[str, str]:
    """A workshop of today with two participants, open, and their adding on the undo stack."""
    workshop_id = workspace.apply(create_workshop("Werkstatt Gewerbe", date=dt.date.today())).id
    workspace.open_workshop(workshop_id)  # clears the undo stack: the participants come after
    erika = workspace.apply(AddParticipant(workshop_id, "Erika Mustermann", function="Sachbearbeiterin"))
    workspace.apply(AddParticipant(workshop_id, "Max Beispiel"))
    return {"workshop": workshop_id, "erika": erika.person_id}


@pytest.fixture
def manager(qtbot, workspace, planned) -> PeopleManager:
    dialog = PeopleManager(workspace, Settings())
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def select_person(manager: PeopleManager, person_id: str) -> None:
    row = manager.model.row_of(person_id)
    assert row >= 0
    manager.view.selectRow(row)


def test_the_manager_lists_people_with_their_workshops(manager: PeopleManager, planned) -> None:
    rows = {row.name: row for row in manager.model.rows}
    assert set(rows) == {"Erika Mustermann", "Max Beispiel"}
    erika = rows["Erika Mustermann"]
    assert (erika.function, erika.workshops, erika.last_workshop) == ("Sachbearbeiterin", 1, dt.date.today())
    row = manager.model.row_of(planned["erika"])
    assert manager.model.index(row, manager.model.LAST).data() == dt.date.today().strftime("%d.%m.%Y")


def test_erasing_from_the_manager_removes_the_name_and_clears_the_undo_history(qtbot, workspace, manager,
                                                                             planned) -> None:
    assert workspace.undo_stack.count() == 2
    select_person(manager, planned["erika"])
    dialog = manager.erase_selected()
    assert isinstance(dialog, ErasePersonDialog) and manager.pending is dialog
    assert "Erika Mustermann" in dialog.windowTitle()
    assert "undo history is cleared" in " ".join(label.text() for label in dialog.findChildren(type(dialog.error)))
    assert "invitations to workshops (kept without the name): 1" in dialog.details.toPlainText()
    assert dialog.focusWidget() is dialog.details  # not a button: Space must not erase
    with qtbot.waitSignal(workspace.data_changed):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert "Erika Mustermann" not in names(workspace)
    assert "Max Beispiel" in names(workspace)
    assert workspace.undo_stack.count() == 0  # undoing "Add participant" would bring her back
    shown = [row.name for row in manager.model.rows]  # she stays counted, as a placeholder
    assert "Erika Mustermann" not in shown and "Max Beispiel" in shown and len(shown) == 2


def test_cancel_and_enter_change_nothing(qtbot, workspace, manager, planned) -> None:
    select_person(manager, planned["erika"])
    dialog = manager.erase_selected()
    qtbot.keyClick(dialog.details, Qt.Key.Key_Return)  # Cancel is the default button of this dialog
    assert not dialog.isVisible()
    dialog = manager.erase_selected()
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert names(workspace) == ["Erika Mustermann", "Max Beispiel"]
    assert workspace.undo_stack.count() == 2
    assert len(manager.model.rows) == 2


def test_backups_holding_the_name_are_listed_and_purged_when_ticked(qtbot, workspace, manager, planned,
                                                                   db_path) -> None:
    copy = backup(db_path, "test")
    select_person(manager, planned["erika"])
    dialog = manager.erase_selected()
    assert dialog.purge.isVisibleTo(dialog)
    assert copy.name in dialog.details.toPlainText()
    dialog.purge.setChecked(True)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.report is not None and copy in dialog.report.backups_purged
    assert not copy.exists()


def test_the_participants_context_menu_asks_before_erasing(qtbot, workspace, planned) -> None:
    panel = WorkshopSetupPanel(workspace)
    qtbot.addWidget(panel)
    panel.show()
    view = panel.participant_view
    assert view.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    assert panel.erase_action in view.actions()
    panel.erase_action.trigger()  # nobody selected: nothing opens
    assert panel.pending is None
    view.selectRow(panel.participants.row_of(next(p.attendance_id for p in panel.detail.participants
                                                  if p.person_id == planned["erika"])))
    panel.erase_action.trigger()
    dialog = panel.pending
    assert isinstance(dialog, ErasePersonDialog) and dialog.isVisible()
    assert "Erika Mustermann" in dialog.windowTitle()
    dialog.reject()
    assert names(workspace) == ["Erika Mustermann", "Max Beispiel"]
    panel.erase_action.trigger()
    qtbot.mouseClick(panel.pending.ok_button, Qt.MouseButton.LeftButton)
    assert "Erika Mustermann" not in [p.name for p in panel.detail.participants]  # the page read again


def test_the_retention_setting_is_kept(qtbot, manager) -> None:
    assert manager.retention.value() == 12  # the default
    manager.retention.setValue(0)
    assert manager.retention.text() == "never (off)"
    assert Settings().get(RETENTION_MONTHS) == 0


def test_start_up_anonymises_old_participants_and_says_so(qtbot, workspace) -> None:
    from werkstatt.ui.app import open_window

    old = workspace.apply(create_workshop("Werkstatt 2024", date=dt.date.today() - dt.timedelta(days=500))).id
    recent = workspace.apply(create_workshop("Werkstatt heute", date=dt.date.today())).id
    workspace.apply(AddParticipant(old, "Otto Altbestand"))
    workspace.apply(AddParticipant(recent, "Nina Neu"))
    window = open_window(workspace.store, Settings())
    qtbot.addWidget(window)
    assert "Otto Altbestand" not in names(workspace)
    assert "Nina Neu" in names(workspace)
    assert window.statusBar().currentMessage() == "1 person anonymised after 12 months"


def test_start_up_keeps_names_when_retention_is_off(qtbot, workspace) -> None:
    from werkstatt.ui.app import open_window

    old = workspace.apply(create_workshop("Werkstatt 2024", date=dt.date.today() - dt.timedelta(days=500))).id
    workspace.apply(AddParticipant(old, "Otto Altbestand"))
    Settings().set(RETENTION_MONTHS, 0)
    window = open_window(workspace.store, Settings())
    qtbot.addWidget(window)
    assert names(workspace) == ["Otto Altbestand"]
    assert window.statusBar().currentMessage() == ""


def test_the_main_windows_menu_opens_the_manager(qtbot, workspace, planned) -> None:
    from werkstatt.capture import catalogue
    from werkstatt.ui.main_window import MainWindow

    window = MainWindow(workspace, Settings(), catalogue.load_default())
    qtbot.addWidget(window)
    menu = window.menuBar().actions()[0].menu()
    assert window.people_action in menu.actions()
    manager = window.manage_people()
    assert isinstance(manager, PeopleManager) and manager.isVisible()
    assert {row.name for row in manager.model.rows} == {"Erika Mustermann", "Max Beispiel"}
    manager.reject()
