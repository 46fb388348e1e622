"""A round from an empty database in the real window at 1366×768, by keyboard alone.

Ctrl+Alt+N prepares, Ctrl+Alt+O opens right after (no window activated by hand, as no window
manager may do it either), Ctrl+Return goes from one voter to the next, the items stay readable
and the grid neither jumps under the mouse pointer nor loses the cell being typed into.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QStyle

from helpers.modal import answer_box, press
from werkstatt.edits import AddAgendaItem, AddPainPoint, Create
from werkstatt.edits.workshops import AddParticipant
from werkstatt.i18n import tr
from werkstatt.model import ProcessModel, Workshop
from werkstatt.voting.rounds import read_round

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
PEOPLE = ("Erika Musterfrau", "Maximilian Mustermann", "Lina Lorem", "Karl-Heinz Beispielmann",
          "Dora Demo", "Friederike Probst")
PAIN_POINTS = ("Der Papierantrag wird im Bürgerbüro abgetippt und danach noch einmal im Fachamt erfasst",
               "Die Unterschrift der Amtsleitung dauert oft mehr als eine Woche",
               "Nachweise fehlen häufig und werden per Post nachgefordert",
               "Zwei Fachverfahren ohne Schnittstelle",
               "Rückfragen laufen über private E-Mail-Postfächer",
               "Gebühren werden bar kassiert und von Hand gebucht",
               "Die Akte liegt in drei Ämtern zugleich")


@pytest.fixture
def window(workspace, qtbot, settings_folder, show_main_window):
    """An empty database with one workshop: six present, seven pain points, the console at 1366×768."""
    model = workspace.apply(Create(ProcessModel, name="Führerschein (Ist)", kind="ist"))
    workshop = workspace.apply(Create(Workshop, title="Probewerkstatt"))
    workspace.apply(AddAgendaItem(workshop.id, "Ist-Prozess aufnehmen", planned_minutes=60,
                                  process_model_id=model.id))
    for name in PEOPLE:
        workspace.apply(AddParticipant(workshop.id, name))
    for text in PAIN_POINTS:
        workspace.apply(AddPainPoint(model.id, text))
    workspace.undo_stack.clear()
    main = show_main_window(workspace)
    main.open_workshop(workshop.id)
    main.resize(1366, 768)
    qtbot.waitUntil(lambda: main.size().width() == 1366)
    yield main
    main.projector.shutdown()


def state(workspace) -> str:
    with workspace.reading() as session:
        return read_round(session, workspace.current_round).state


def prepare_and_open(main, qtbot) -> None:
    """Ctrl+Alt+N, Enter in the dialog, then at once Ctrl+Alt+O: the window must have the keyboard back."""
    def accept() -> None:
        dialog = QApplication.activeModalWidget()
        try:
            assert dialog is not None, "no dialog opened"
            qtbot.keyClick(dialog.question, Qt.Key.Key_Return)
        finally:
            if dialog is not None and dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, accept)
    press(qtbot, Qt.Key.Key_N, CTRL_ALT)
    assert state(main.workspace) == "prepared"
    qtbot.waitUntil(main.isActiveWindow)  # nobody activates it here but the panel itself
    press(qtbot, Qt.Key.Key_O, CTRL_ALT)
    assert state(main.workspace) == "open"


def in_view(grid) -> bool:
    rect = grid.visualRect(grid.currentIndex())
    return grid.viewport().rect().contains(rect)


def test_ctrl_alt_o_opens_the_round_just_prepared(window, qtbot) -> None:
    prepare_and_open(window, qtbot)
    assert QApplication.focusWidget() is window.voting.grid and window.voting.grid.isVisible()


def test_a_whole_room_is_typed_with_ctrl_return_and_the_current_cell_stays_in_view(window, qtbot) -> None:
    prepare_and_open(window, qtbot)
    press(qtbot, Qt.Key.Key_V, CTRL_SHIFT)
    grid = window.voting.grid
    model = grid.vote_model
    assert QApplication.focusWidget() is grid and model.rowCount() == 7 and len(model.snapshot.voters) == 6
    assert (grid.currentIndex().row(), grid.currentIndex().column()) == (0, 1)
    for voter in range(6):
        press(qtbot, Qt.Key.Key_1)
        for _ in range(6):  # down to the last item: the current row never leaves the view
            press(qtbot, Qt.Key.Key_Down)
            assert in_view(grid)
        press(qtbot, Qt.Key.Key_2)
        press(qtbot, Qt.Key.Key_Return, CTRL)
        assert in_view(grid) and QApplication.focusWidget() is grid
        if voter < 5:
            assert (grid.currentIndex().row(), grid.currentIndex().column()) == (0, voter + 2)
    snapshot = model.snapshot
    assert all(voter.finished for voter in snapshot.voters)
    assert window.voting.message.text() == tr("VotingProgress", "{name} has finished; now everybody has finished.",
                                              name=PEOPLE[-1])
    press(qtbot, Qt.Key.Key_R, CTRL_ALT)  # everybody has finished: revealed without a question
    assert state(window.workspace) == "closed"


def test_at_1366_the_items_are_readable_and_every_voter_is_in_view(window, qtbot) -> None:
    prepare_and_open(window, qtbot)
    press(qtbot, Qt.Key.Key_V, CTRL_SHIFT)
    grid = window.voting.grid
    header = grid.horizontalHeader()
    metrics = grid.fontMetrics()
    assert header.sectionSize(0) >= metrics.averageCharWidth() * 20  # a readable line of the item
    voters = sum(header.sectionSize(column) for column in range(1, grid.model().columnCount()))
    assert header.sectionSize(0) + voters <= grid.viewport().width()  # all six voters without scrolling sideways
    flags = int(Qt.TextFlag.TextWordWrap)
    for row, text in enumerate(PAIN_POINTS):
        index = grid.model().index(row, 0)
        assert index.data(Qt.ItemDataRole.ToolTipRole) == text
        margin = grid.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, grid) + 1  # as Qt draws it
        needed = metrics.boundingRect(QRect(0, 0, header.sectionSize(0) - 2 * margin, 10_000), flags, text).height()
        assert grid.rowHeight(row) >= needed, text  # wrapped whole, not cut
    for row in range(7):  # more rows than fit: the grid scrolls to the one typed into
        grid.setCurrentIndex(grid.model().index(row, 6))
        assert in_view(grid)


def test_the_grid_stays_put_under_a_resting_mouse_pointer_while_typing(window, qtbot) -> None:
    prepare_and_open(window, qtbot)
    press(qtbot, Qt.Key.Key_V, CTRL_SHIFT)
    grid = window.voting.grid
    spot = QPoint(grid.columnViewportPosition(2) + 5, grid.rowViewportPosition(1) + 5)
    QTest.mouseMove(grid.viewport(), spot)
    under = grid.indexAt(spot)
    where = grid.mapTo(window, QPoint(0, 0))
    scrolled = (grid.verticalScrollBar().value(), grid.horizontalScrollBar().value())
    for key in (Qt.Key.Key_2, Qt.Key.Key_Right, Qt.Key.Key_2, Qt.Key.Key_Right, Qt.Key.Key_9):  # 9 of 4 is refused
        press(qtbot, key)
    assert window.voting.message.text()  # the refusal is said ...
    assert grid.mapTo(window, QPoint(0, 0)) == where  # ... without moving the grid
    assert (grid.verticalScrollBar().value(), grid.horizontalScrollBar().value()) == scrolled
    assert grid.indexAt(spot) == under
    press(qtbot, Qt.Key.Key_Left)
    press(qtbot, Qt.Key.Key_1)  # accepted: the message goes, the grid stays
    assert window.voting.message.text() == "" and grid.mapTo(window, QPoint(0, 0)) == where
    assert grid.indexAt(spot) == under


def test_revealing_a_half_finished_round_asks_and_the_default_is_no(window, qtbot) -> None:
    prepare_and_open(window, qtbot)
    press(qtbot, Qt.Key.Key_V, CTRL_SHIFT)
    press(qtbot, Qt.Key.Key_Return, CTRL)  # the first voter says "finished" with no dot

    seen = answer_box(qtbot, None)
    press(qtbot, Qt.Key.Key_R, CTRL_ALT)
    assert seen == [tr("VotingProgress", "Only {finished} of {total} have finished. Reveal anyway?", finished=1,
                       total=6)]
    assert state(window.workspace) == "open"
    qtbot.waitUntil(window.isActiveWindow)
    again = answer_box(qtbot, QMessageBox.StandardButton.Yes)  # filled when the box comes
    press(qtbot, Qt.Key.Key_R, CTRL_ALT)
    assert again == seen and state(window.workspace) == "closed"
    page = window.projector.window.vote_page
    window.projector.set_mode("vote")
    assert page.screen.turnout == tr("VotingProgress", "{voters} of {eligible} voted", voters=1, eligible=6)
