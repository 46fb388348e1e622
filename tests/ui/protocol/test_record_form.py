"""The protocol's record in the window (issue 19): Protokollführung, Verteiler, Aktenzeichen, next meeting and
"final" on the setup page, a participant's e-mail, an agenda item's result, and the TOP of a note — typed
with umlauts as a person types them, each an undoable edit, refused input kept for correction."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from helpers.state import workshop_now
from helpers.typist import Typist
from helpers.widgets import dialog_for
from werkstatt.demo import WORKSHOP_ID
from werkstatt.ui.protocol.panel import ProtocolPanel
from werkstatt.ui.workshop.setup import WorkshopSetupPanel

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def blank(demo_workspace):
    """The demo with its record left empty, as a workshop before its protocol is prepared: the demo fills the
    record (issue 19), and these tests type it from nothing."""
    from sqlalchemy import update

    from werkstatt.model import AgendaItem, Person, Workshop, WorkshopNote

    with demo_workspace.store.session() as session:
        session.execute(update(Workshop).values(minute_taker="", distribution="", file_reference="", next_meeting="",
                                                protocol_final=False))
        session.execute(update(AgendaItem).values(result=""))
        session.execute(update(WorkshopNote).values(agenda_item_id=None))
        session.execute(update(Person).values(email=""))
    return demo_workspace


@pytest.fixture
def setup(show_active, blank) -> WorkshopSetupPanel:
    return show_active(WorkshopSetupPanel(blank))


def test_the_record_is_typed_on_the_setup_page_and_undone(qtbot, setup: WorkshopSetupPanel) -> None:
    workspace, box = setup.workspace, setup.record_box
    count = workspace.undo_stack.count()
    box.minute_taker_edit.setFocus()
    Typist(qtbot, box.minute_taker_edit).line("Jürgen Größmann")
    box.distribution_edit.setFocus()
    typist = Typist(qtbot, box.distribution_edit)
    typist.type("  Stadt Witten, Ordnungsamt ")
    typist.key(Qt.Key.Key_Return)
    typist.key(Qt.Key.Key_Return)
    typist.type("Ennepe-Ruhr-Kreis, Straßenverkehrsamt")
    box.file_reference_edit.setFocus()  # leaving the list finishes it
    Typist(qtbot, box.file_reference_edit).line("32.10-Ä/2026")
    box.next_meeting_edit.setFocus()
    Typist(qtbot, box.next_meeting_edit).line("12. März 2027, 9 Uhr, Rathaus Witten")
    qtbot.mouseClick(box.final_box, Qt.MouseButton.LeftButton)
    record = workshop_now(workspace)
    assert record.minute_taker == "Jürgen Größmann"
    assert record.distribution == "Stadt Witten, Ordnungsamt\nEnnepe-Ruhr-Kreis, Straßenverkehrsamt"
    assert (record.file_reference, record.next_meeting, record.protocol_final) == (
        "32.10-Ä/2026", "12. März 2027, 9 Uhr, Rathaus Witten", True)
    assert workspace.undo_stack.count() == count + 5
    box.minute_taker_edit.setFocus()  # finishing unchanged fields again adds nothing
    box.distribution_edit.setFocus()
    box.next_meeting_edit.setFocus()
    assert workspace.undo_stack.count() == count + 5
    workspace.undo_stack.undo()
    assert not box.final_box.isChecked() and workshop_now(workspace).protocol_final is False
    for _ in range(4):
        workspace.undo_stack.undo()
    assert box.minute_taker_edit.text() == "" and box.distribution_edit.toPlainText() == ""


def test_a_bad_minute_taker_is_refused_and_kept(qtbot, setup: WorkshopSetupPanel) -> None:
    line = setup.record_box.minute_taker_edit
    line.setFocus()
    line.setText("Ä" * 201)
    line.setModified(True)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert setup.message.text() and line.text() == "Ä" * 201
    assert workshop_now(setup.workspace).minute_taker == ""


def test_a_participant_gets_an_email_and_a_bad_one_stays_for_correction(qtbot, setup: WorkshopSetupPanel) -> None:
    view = setup.participant_view
    dialog = dialog_for(qtbot, setup, view, Qt.Key.Key_F2, row=0)
    dialog.email.setFocus()
    typist = Typist(qtbot, dialog.email)
    typist.line("jürgen größmann@witten.de")
    assert dialog.isVisible() and dialog.error.text(), "a space is refused"
    assert dialog.email.text() == "jürgen größmann@witten.de", "what was typed stays"
    dialog.email.clear()
    typist.line("jürgen.größmann@witten.de")
    assert setup.pending is None
    person_id = view.model().rows[0].person_id
    assert {p.person_id: p.email for p in workshop_now(setup.workspace).participants}[person_id] == (
        "jürgen.größmann@witten.de")
    setup.workspace.undo_stack.undo()
    assert {p.person_id: p.email for p in workshop_now(setup.workspace).participants}[person_id] == ""


def test_an_agenda_item_gets_its_result(qtbot, qtmodeltester, setup: WorkshopSetupPanel) -> None:
    view = setup.agenda_view
    dialog = dialog_for(qtbot, setup, view, Qt.Key.Key_F2, row=1)
    dialog.result.setFocus()
    typist = Typist(qtbot, dialog.result)
    typist.type("Übergabe an die Führerscheinstelle geklärt.")
    typist.key(Qt.Key.Key_Return)  # a new line in the result, not OK
    typist.type("Prüfung läuft weiter.")
    assert dialog.isVisible()
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)
    assert setup.pending is None
    entry = workshop_now(setup.workspace).agenda[1]
    assert entry.result == "Übergabe an die Führerscheinstelle geklärt.\nPrüfung läuft weiter."
    assert setup.agenda.index(1, setup.agenda.RESULT).data() == (
        "Übergabe an die Führerscheinstelle geklärt. Prüfung läuft weiter.")
    qtmodeltester.check(setup.agenda)


def test_a_note_is_put_under_an_agenda_item_with_the_top_column(qtbot, qtmodeltester, blank) -> None:
    demo_workspace = blank
    panel = ProtocolPanel(demo_workspace)
    qtbot.addWidget(panel)
    panel.resize(1400, 320)
    panel.show()
    qtbot.waitExposed(panel)
    model, table = panel.models["decision"], panel.tables["decision"]
    assert model.index(0, model.col_top).data() == ""
    index = model.index(0, model.col_top)
    table.setCurrentIndex(table.model().mapFromSource(index) if hasattr(table.model(), "mapFromSource") else index)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_F2)
    combo = table.findChild(QComboBox)
    assert combo is not None and combo.count() == 1 + len(workshop_now(demo_workspace).agenda)
    agenda = workshop_now(demo_workspace).agenda
    combo.setCurrentIndex(2)
    combo.activated.emit(2)
    note_id = model.rows[0].id
    assert dict(workshop_now(demo_workspace).note_items)[note_id] == agenda[1].id
    assert model.index(0, model.col_top).data() == f"TOP 2: {agenda[1].title}"
    demo_workspace.undo_stack.undo()
    assert note_id not in dict(workshop_now(demo_workspace).note_items)
    assert model.index(0, model.col_top).data() == ""
    assert demo_workspace.workshop_id == WORKSHOP_ID
    for kind in ("decision", "open_point", "next_step"):
        qtmodeltester.check(panel.models[kind])
