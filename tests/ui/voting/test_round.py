"""A whole dot vote in the real window, from the keyboard: six voters, the reveal on the projector,
the heat on the swimlane, and undo back to before the round."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from werkstatt.demo import ROUND_ID, WORKSHOP_ID
from werkstatt.edits import SetAttendance
from werkstatt.model import Person
from werkstatt.voting.results import tally
from werkstatt.voting.rounds import read_round, round_list

CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier

# Dots per voter (columns) and item (rows, in the order of the round); 4 dots each, at most 2 per item.
# The last voter keeps one dot and says "finished" (Ctrl+Return).
BALLOTS = [
    [2, 2, 0, 0, 0, 0, 0],
    [2, 0, 1, 1, 0, 0, 0],
    [1, 2, 0, 0, 1, 0, 0],
    [1, 1, 2, 0, 0, 0, 0],
    [0, 0, 2, 0, 0, 2, 0],
    [2, 0, 0, 0, 0, 0, 1],
]
TOTALS = [8, 5, 5, 1, 1, 2, 1]
RANKS = [1, 2, 2, 5, 5, 4, 5]


def key(qtbot, widget, name: str, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(widget, getattr(Qt.Key, f"Key_{name}"), modifier)


def test_a_round_of_six_voters_from_the_keyboard(demo_workspace, qtbot, settings_folder, show_main_window) -> None:
    ws = demo_workspace
    with ws.reading() as session:
        lina = session.scalar(select(Person.id).where(Person.name == "Lina Lorem"))
    ws.apply(SetAttendance(WORKSHOP_ID, lina, False))  # she left before the vote: six are present
    main = show_main_window(ws)
    projector = main.projector
    projector.show_action.setChecked(True)  # one screen: the preview window
    projector.set_mode("vote")
    before = ws.undo_stack.index()

    # Ctrl+Alt+N asks for the round; Enter takes the proposed question, the pain points and 4 dots each.
    def accept_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None
        try:
            dialog.cap.setValue(2)
            qtbot.keyClick(dialog.question, Qt.Key.Key_Return)
        finally:
            if dialog.isVisible():  # never leave a failing test hanging in the dialog
                dialog.reject()

    QTimer.singleShot(0, accept_dialog)
    key(qtbot, main.view, "N", CTRL_ALT)
    # A window manager gives the keyboard back to the console when the dialog closes; offscreen does not.
    main.windowHandle().requestActivate()
    qtbot.waitUntil(main.isActiveWindow)
    round_id = ws.current_round
    assert round_id and round_id != ROUND_ID
    snap = read(ws, round_id)
    assert (snap.state, len(snap.voters), len(snap.options), snap.budget()) == ("prepared", 6, 7, 4)

    key(qtbot, main.view, "O", CTRL_ALT)  # open
    key(qtbot, main.view, "V", CTRL | Qt.KeyboardModifier.ShiftModifier)  # to the grid
    grid = main.voting.grid
    assert QApplication.focusWidget() is grid
    key(qtbot, grid, "Home", CTRL)
    for column, ballot in enumerate(BALLOTS):
        key(qtbot, grid, "Right")
        for row, dots in enumerate(ballot):
            if dots:
                key(qtbot, grid, str(dots))
            if row < len(ballot) - 1:
                key(qtbot, grid, "Down")
        if column == 0:  # a fifth dot for the first voter is refused, with the reason
            key(qtbot, grid, "1")
            assert "4" in main.voting.message.text() and read(ws, round_id).used(snap.voters[0].token) == 4
        if column == len(BALLOTS) - 1:
            key(qtbot, grid, "Return", CTRL)
        for _ in range(len(ballot) - 1):
            key(qtbot, grid, "Up")

    # While open the room sees who has finished, never a count.
    page = projector.window.vote_page
    assert page.screen.state == "open" and page.screen.bars == () and "6" in page.screen.progress
    assert tally(read(ws, round_id)).finished == 6

    key(qtbot, main.view, "R", CTRL_ALT)  # reveal
    result = tally(read(ws, round_id))
    assert [int(item.total) for item in sorted(result.items, key=lambda i: order(snap, i.option_id))] == TOTALS
    assert [item.rank for item in sorted(result.items, key=lambda i: order(snap, i.option_id))] == RANKS
    assert page.screen.state == "closed"
    assert [(bar.rank_label, bar.label, int(bar.total)) for bar in page.screen.bars] == [
        (f"{item.rank}.", item.label, int(item.total)) for item in result.items]
    assert page.screen.bars[1].rank_label == page.screen.bars[2].rank_label == "2."  # the tie stays a tie
    assert not page.grab().isNull()

    # The swimlane: the badge of the step with the most dots is the largest and carries its count.
    top = result.items[0]
    item = main.live.scene.step_item(top.step_id)
    assert item is not None and item.votes == 8
    others = [main.live.scene.step_item(i.step_id) for i in result.items[1:] if i.step_id != top.step_id]
    assert all(other.badge_radius() < item.badge_radius() for other in others if other is not None)

    # Undo goes back through the whole round, down to before it was prepared.
    while ws.undo_stack.index() > before:
        key(qtbot, main.view, "Z", CTRL)
    with ws.reading() as session:
        assert [row["id"] for row in round_list(session, WORKSHOP_ID)] == [ROUND_ID]
    assert main.live.scene.step_item(top.step_id).votes == heat_of_demo(ws, top.step_id)
    projector.shutdown()


def read(ws, round_id: str):
    with ws.reading() as session:
        return read_round(session, round_id)


def order(snap, option_id: str) -> int:
    return [option.id for option in snap.options].index(option_id)


def heat_of_demo(ws, step_id: str) -> int:
    """After the undo, the badges show the demo's own revealed round again."""
    result = tally(read(ws, ROUND_ID))
    return int(sum(item.total for item in result.items if item.step_id == step_id))
