"""The voting panel, its grid and the new-round dialog, driven from the keyboard on real databases."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from helpers.modal import answer_box
from helpers.typist import Typist
from werkstatt.demo import ROUND_ID
from werkstatt.i18n import tr
from werkstatt.ui.common.roles import CRITERION_ROLE, OPTION_ROLE, TOKEN_ROLE
from werkstatt.ui.voting.dialogs import NewRoundDialog
from werkstatt.ui.voting.grid import VoteGrid, VoteTableModel
from werkstatt.ui.voting.panel import VotingPanel
from werkstatt.voting.grid_text import CHECK, STAR, finished_line, short_name
from werkstatt.voting.rounds import WALL_TOKEN, RoundSnapshot, read_round
from werkstatt.voting.rules import check_entry, check_settings

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

CTRL = Qt.KeyboardModifier.ControlModifier
DIGITS = {str(n): getattr(Qt.Key, f"Key_{n}") for n in range(10)}


def read(workspace, round_id: str) -> RoundSnapshot:
    with workspace.reading() as session:
        return read_round(session, round_id)


@pytest.fixture
def panel(demo_workspace, show_active) -> VotingPanel:
    return show_active(VotingPanel(demo_workspace), size=(1200, 700))


def prepare(workspace, qtbot, method: str = "dots", entry: str = "per_person", cap: int = 2,
            own_proposals: bool = True) -> str:
    """A round prepared through the dialog, as the facilitator does it; returns its id."""
    dialog = NewRoundDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.method.setCurrentIndex(dialog.method.findData(method))
    dialog.entry.setCurrentIndex(dialog.entry.findData(entry))
    dialog.cap.setValue(cap)
    dialog.own_proposals.setChecked(own_proposals)
    dialog.show()
    qtbot.keyClick(dialog.question, Qt.Key.Key_Return)  # Enter saves
    assert not dialog.isVisible(), dialog.message.text()
    assert dialog.round_id is not None and workspace.current_round == dialog.round_id
    return dialog.round_id


def open_and_focus(panel: VotingPanel, qtbot) -> VoteGrid:
    panel.open_action.trigger()
    assert panel.message.text() == ""
    grid = panel.grid
    grid.setFocus()
    qtbot.waitUntil(grid.hasFocus)
    return grid


def type_keys(qtbot, grid: VoteGrid, keys: str) -> None:
    """Digits as typed; > < v ^ are the arrow keys; x is Delete."""
    arrows = {">": Qt.Key.Key_Right, "<": Qt.Key.Key_Left, "v": Qt.Key.Key_Down, "^": Qt.Key.Key_Up,
              "x": Qt.Key.Key_Delete}
    for char in keys:
        qtbot.keyClick(grid, DIGITS.get(char) or arrows[char])


# --- the model -----------------------------------------------------------------------------------


def test_the_model_passes_the_model_tester_and_names_its_cells(demo_workspace, qtmodeltester) -> None:
    model = VoteTableModel(demo_workspace)
    assert model.rowCount() == 0  # nothing chosen yet
    demo_workspace.select_round(ROUND_ID)
    qtmodeltester.check(model)
    demo = read(demo_workspace, ROUND_ID)
    assert (model.rowCount(), model.columnCount()) == (7, 7 + 2)
    first_voter = demo.voters[0]
    assert model.index(2, 1).data(OPTION_ROLE) == demo.options[2].id
    assert model.index(2, 0).data(OPTION_ROLE) == demo.options[2].id
    assert model.index(2, 1).data(TOKEN_ROLE) == first_voter.token
    assert model.index(2, 1).data(CRITERION_ROLE) == "dots"
    assert model.headerData(1, Qt.Orientation.Horizontal, TOKEN_ROLE) == first_voter.token
    assert model.headerData(1, Qt.Orientation.Horizontal).startswith(short_name(first_voter.name) + "\n")
    tooltip = model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert tooltip.startswith(first_voter.name + "\n")  # the whole name where the column is narrow
    assert model.index(0, 0).data() == demo.options[0].label
    for row, option in enumerate(demo.options):
        total = sum(value for (option_id, _, _), value in demo.values.items() if option_id == option.id)
        assert model.index(row, model.col_total).data() == (str(total) if total else "")
        given = demo.value(option.id, first_voter.token, "dots")
        assert model.index(row, 1).data(Qt.ItemDataRole.EditRole) == given
    assert not model.index(0, 1).flags() & Qt.ItemFlag.ItemIsEditable  # revealed: nothing to type
    demo_workspace.select_round(None)
    assert model.rowCount() == 0
    qtmodeltester.check(model)


def test_set_data_refuses_with_a_sentence_on_a_revealed_round(demo_workspace, qtbot) -> None:
    model = VoteTableModel(demo_workspace)
    demo_workspace.select_round(ROUND_ID)
    with qtbot.waitSignal(demo_workspace.failed) as failed:
        assert not model.setData(model.index(0, 1), 1)
    assert failed.args[0] == check_entry(model.snapshot, model.snapshot.options[0].id,
                                         model.snapshot.voters[0].token, "dots", 1)


# --- the dialog ----------------------------------------------------------------------------------


def test_the_dialog_proposes_the_budget_while_items_are_ticked(demo_workspace, qtbot) -> None:
    dialog = NewRoundDialog(demo_workspace)
    qtbot.addWidget(dialog)
    kinds = [dialog.items.item(i).data(Qt.ItemDataRole.UserRole + 1) for i in range(dialog.items.count())]
    assert kinds == ["pain_point"] * 7 + ["measure"] * 4
    assert [kind for kind, _ in dialog.options()] == ["pain_point"] * 7
    assert dialog.budget.value() == 4  # 7 ÷ 2 + 1
    dialog.items.item(0).setCheckState(Qt.CheckState.Unchecked)
    dialog.items.item(1).setCheckState(Qt.CheckState.Unchecked)
    assert dialog.budget.value() == 3  # 5 ÷ 2 + 1, at once
    dialog.method.setCurrentIndex(dialog.method.findData("effort_benefit"))
    assert [kind for kind, _ in dialog.options()] == ["measure"] * 4
    assert not dialog.budget.isEnabled() and dialog.scale.isEnabled()
    dialog.method.setCurrentIndex(dialog.method.findData("dots"))
    dialog.budget.setValue(6)  # the facilitator's own number stays
    dialog.items.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert dialog.budget.value() == 6


def test_a_refused_round_is_explained_and_the_dialog_keeps_the_input(demo_workspace, qtbot) -> None:
    dialog = NewRoundDialog(demo_workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.question.selectAll()
    Typist(qtbot, dialog.question).type("Was ärgert uns am meisten?")
    for i in range(dialog.items.count()):
        dialog.items.item(i).setCheckState(Qt.CheckState.Unchecked)
    count = demo_workspace.undo_stack.count()
    qtbot.keyClick(dialog.question, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.message.isVisible()
    assert dialog.message.text() == check_settings("dots", 4, 2, 3, 0)
    # effort/benefit over pain points: refused by the edit, the sentence shown, nothing stored
    dialog.method.setCurrentIndex(dialog.method.findData("effort_benefit"))
    dialog.items.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.message.text() == tr("VotingEdits", "Effort and benefit are rated for measures only.")
    assert dialog.question.text() == "Was ärgert uns am meisten?"
    assert demo_workspace.undo_stack.count() == count and dialog.round_id is None


def test_a_new_round_is_listed_and_chosen(panel: VotingPanel, qtbot) -> None:
    workspace = panel.workspace
    assert workspace.current_round == ROUND_ID  # the newest round of the workshop
    round_id = prepare(workspace, qtbot)
    assert panel.rounds.count() == 2 and panel.rounds.currentData() == round_id
    fresh = read(workspace, round_id)
    assert (fresh.state, fresh.settings.dots_per_person, fresh.settings.max_per_item, len(fresh.voters)) == \
        ("prepared", 4, 2, 7)
    assert panel.open_action.isEnabled() and not panel.reveal_action.isEnabled()
    panel.rounds.setCurrentIndex(0)
    panel.rounds.activated.emit(0)
    assert workspace.current_round == ROUND_ID
    assert panel.reopen_action.isEnabled() and not panel.open_action.isEnabled()


# --- typing votes --------------------------------------------------------------------------------


def test_votes_of_several_voters_are_typed_with_arrows_and_digits(panel: VotingPanel, qtbot) -> None:
    workspace = panel.workspace
    round_id = prepare(workspace, qtbot)
    grid = open_and_focus(panel, qtbot)
    grid.setCurrentIndex(grid.model().index(0, 1))
    type_keys(qtbot, grid, "2v1v1")  # voter 1: 2, 1, 1 on the first three items
    type_keys(qtbot, grid, "^^>1vv2")  # voter 2: 1 on the first, 2 on the third
    type_keys(qtbot, grid, "v>x")  # nothing to clear here: no harm
    snapshot = read(workspace, round_id)
    first, second = (voter.token for voter in snapshot.voters[:2])
    options = [option.id for option in snapshot.options]
    assert snapshot.values == {(options[0], first, "dots"): 2, (options[1], first, "dots"): 1,
                               (options[2], first, "dots"): 1, (options[0], second, "dots"): 1,
                               (options[2], second, "dots"): 2}
    assert (grid.currentIndex().row(), grid.currentIndex().column()) == (3, 3)  # the cell stayed where typed
    assert grid.model().index(0, grid.vote_model.col_total).data() == "3"
    assert grid.model().headerData(1, Qt.Orientation.Horizontal).endswith(f"4/4 {CHECK}")
    assert panel.state.text().endswith(finished_line(read(workspace, round_id)))
    grid.setCurrentIndex(grid.model().index(2, 2))
    type_keys(qtbot, grid, "x")  # Delete clears
    assert (options[2], second, "dots") not in read(workspace, round_id).values


def test_an_exceeded_budget_and_a_reached_cap_are_refused_with_the_reason(panel: VotingPanel, qtbot) -> None:
    workspace = panel.workspace
    round_id = prepare(workspace, qtbot)
    grid = open_and_focus(panel, qtbot)
    grid.setCurrentIndex(grid.model().index(0, 1))
    type_keys(qtbot, grid, "2v2v")  # 4 of 4 dots given
    before, count = read(workspace, round_id), workspace.undo_stack.count()
    option, token = before.options[2].id, before.voters[0].token
    type_keys(qtbot, grid, "1")
    assert panel.message.text() == check_entry(before, option, token, "dots", 1)
    assert "4" in panel.message.text()  # the budget is named
    assert read(workspace, round_id).values == before.values and workspace.undo_stack.count() == count
    assert grid.currentIndex().data() == ""  # the cell shows what is stored
    grid.setCurrentIndex(grid.model().index(0, 2))
    type_keys(qtbot, grid, "3")  # the cap is 2
    assert panel.message.text() == check_entry(before, before.options[0].id, before.voters[1].token, "dots", 3)
    assert read(workspace, round_id).values == before.values
    type_keys(qtbot, grid, "v1")  # an accepted entry clears the message
    assert panel.message.text() == ""


def test_no_stacking_and_no_own_proposals(panel: VotingPanel, qtbot) -> None:
    workspace = panel.workspace
    round_id = prepare(workspace, qtbot, cap=1, own_proposals=False)
    grid = open_and_focus(panel, qtbot)
    grid.setCurrentIndex(grid.model().index(1, 3))
    qtbot.keyClick(grid, Qt.Key.Key_E, CTRL)  # voter 3 proposed item 2
    snapshot = read(workspace, round_id)
    assert snapshot.options[1].proposer_token == snapshot.voters[2].token
    assert grid.currentIndex().data() == STAR
    type_keys(qtbot, grid, "1")
    assert panel.message.text() == check_entry(snapshot, snapshot.options[1].id, snapshot.voters[2].token, "dots", 1)
    type_keys(qtbot, grid, "v2")
    assert panel.message.text() == check_entry(snapshot, snapshot.options[2].id, snapshot.voters[2].token, "dots", 2)
    assert read(workspace, round_id).values == {}
    grid.setCurrentIndex(grid.model().index(1, 3))
    qtbot.keyClick(grid, Qt.Key.Key_E, CTRL)  # and unmarked again
    assert read(workspace, round_id).options[1].proposer_token is None


def test_wall_totals_take_two_digits_and_are_checked_against_the_room(panel: VotingPanel, qtbot) -> None:
    workspace = panel.workspace
    round_id = prepare(workspace, qtbot, entry="wall")
    grid = open_and_focus(panel, qtbot)
    assert grid.model().columnCount() == 3  # item, the wall, total
    assert grid.model().headerData(1, Qt.Orientation.Horizontal, TOKEN_ROLE) == WALL_TOKEN
    grid.setCurrentIndex(grid.model().index(0, 1))
    type_keys(qtbot, grid, "14")  # 7 voters × at most 2
    snapshot = read(workspace, round_id)
    assert snapshot.value(snapshot.options[0].id, WALL_TOKEN, "dots") == 14
    assert panel.message.text() == ""
    type_keys(qtbot, grid, "v15")  # 15 is more than 14: refused, not clipped
    after = read(workspace, round_id)
    assert after.value(after.options[1].id, WALL_TOKEN, "dots") == 1  # the "1" typed first stays
    assert panel.message.text() == check_entry(after, after.options[1].id, WALL_TOKEN, "dots", 15)
    qtbot.keyClick(grid, Qt.Key.Key_Return, CTRL)  # nobody to finish on the wall
    assert panel.message.text() and not panel.finish_action.isEnabled()


def test_consensus_takes_a_resistance_of_ten(panel: VotingPanel, qtbot) -> None:
    workspace = panel.workspace
    round_id = prepare(workspace, qtbot, method="consensus")
    grid = open_and_focus(panel, qtbot)
    snapshot = read(workspace, round_id)
    assert snapshot.options[0].kind == "status_quo" and grid.model().rowCount() == 8
    grid.setCurrentIndex(grid.model().index(0, 1))
    type_keys(qtbot, grid, "10v3v0")
    grid.digits.reset()  # the pause after a number, without waiting a second
    type_keys(qtbot, grid, "v11")  # "1", "1" within the pause: 11 is off the scale, the 1 stays
    snapshot = read(workspace, round_id)
    token = snapshot.voters[0].token
    assert [snapshot.value(option.id, token, "resistance") for option in snapshot.options[:4]] == [10, 3, 0, 1]
    assert panel.message.text() == check_entry(snapshot, snapshot.options[3].id, token, "resistance", 11)
    assert grid.model().index(0, grid.vote_model.col_total).data() == "10"


def test_a_pause_ends_the_number(panel: VotingPanel, qtbot) -> None:
    workspace = panel.workspace
    round_id = prepare(workspace, qtbot, method="consensus")
    grid = open_and_focus(panel, qtbot)
    grid.setCurrentIndex(grid.model().index(0, 1))
    type_keys(qtbot, grid, "1")
    qtbot.waitUntil(lambda: grid.digits.pending is None, timeout=3000)
    type_keys(qtbot, grid, "0")
    snapshot = read(workspace, round_id)
    assert snapshot.value(snapshot.options[0].id, snapshot.voters[0].token, "resistance") == 0


def test_ctrl_return_finishes_the_voter_and_moves_on_to_the_next_unfinished_one(panel: VotingPanel, qtbot) -> None:
    workspace = panel.workspace
    round_id = prepare(workspace, qtbot)
    grid = open_and_focus(panel, qtbot)
    names = [voter.name for voter in read(workspace, round_id).voters]
    grid.setCurrentIndex(grid.model().index(3, 2))
    assert CHECK not in grid.model().headerData(2, Qt.Orientation.Horizontal)
    qtbot.keyClick(grid, Qt.Key.Key_Return, CTRL)
    assert read(workspace, round_id).voters[1].finished
    assert grid.model().headerData(2, Qt.Orientation.Horizontal).endswith(CHECK)
    # on to the third voter's first item, the keyboard still in the grid
    assert (grid.currentIndex().row(), grid.currentIndex().column()) == (0, 3) and grid.hasFocus()
    assert panel.message.text() == tr("VotingProgress", "{name} has finished; next: {next}.", name=names[1],
                                      next=names[2])
    for _ in range(len(names) - 2):  # the third to the last; then the first, who was skipped
        qtbot.keyClick(grid, Qt.Key.Key_Return, CTRL)
    assert (grid.currentIndex().row(), grid.currentIndex().column()) == (0, 1)
    qtbot.keyClick(grid, Qt.Key.Key_Return, CTRL)  # the last one: everybody has finished, the cursor stays
    assert all(voter.finished for voter in read(workspace, round_id).voters)
    assert (grid.currentIndex().row(), grid.currentIndex().column()) == (0, 1)
    assert panel.message.text() == tr("VotingProgress", "{name} has finished; now everybody has finished.",
                                      name=names[0])
    panel.finish_action.trigger()  # on a finished voter it takes the mark back (a slip of the key)
    assert not read(workspace, round_id).voters[0].finished
    assert (grid.currentIndex().row(), grid.currentIndex().column()) == (0, 1)


def test_undo_goes_back_through_the_entries_and_the_round(panel: VotingPanel, qtbot) -> None:
    workspace = panel.workspace
    stack = workspace.undo_stack
    start = stack.count()
    round_id = prepare(workspace, qtbot)
    grid = open_and_focus(panel, qtbot)
    grid.setCurrentIndex(grid.model().index(0, 1))
    type_keys(qtbot, grid, "1v2>^1")
    typed = read(workspace, round_id).values
    assert len(typed) == 3
    stack.undo()
    assert len(read(workspace, round_id).values) == 2
    assert grid.model().index(0, 2).data() == ""
    stack.undo()
    stack.undo()
    assert read(workspace, round_id).values == {}
    stack.redo()
    assert len(read(workspace, round_id).values) == 1
    while stack.index() > start:
        stack.undo()
    assert workspace.current_round == ROUND_ID and panel.rounds.count() == 1  # the round itself is gone


def test_reveal_reopen_and_delete_from_the_panel(panel: VotingPanel, qtbot) -> None:
    workspace = panel.workspace
    round_id = prepare(workspace, qtbot)
    panel.reveal_action.trigger()  # disabled while prepared: nothing happens
    assert read(workspace, round_id).state == "prepared"
    grid = open_and_focus(panel, qtbot)
    type_keys(qtbot, grid, "1")
    # Nobody has finished: the reveal asks first, and Enter (the default) keeps the round open.
    seen = answer_box(qtbot, None)
    panel.reveal_action.trigger()
    assert seen == [tr("VotingProgress", "Only {finished} of {total} have finished. Reveal anyway?", finished=0,
                       total=7)]
    assert read(workspace, round_id).state == "open" and panel.message.text()
    seen = answer_box(qtbot, QMessageBox.StandardButton.Yes)
    panel.reveal_action.trigger()
    assert len(seen) == 1 and read(workspace, round_id).state == "closed" and panel.reopen_action.isEnabled()
    type_keys(qtbot, grid, "v1")
    assert panel.message.text() == check_entry(read(workspace, round_id), read(workspace, round_id).options[1].id,
                                               read(workspace, round_id).voters[0].token, "dots", 1)
    panel.reopen_action.trigger()
    assert read(workspace, round_id).state == "open"
    panel.delete_action.trigger()
    assert workspace.current_round == ROUND_ID and panel.rounds.count() == 1
    workspace.undo_stack.undo()
    assert panel.rounds.count() == 2
    workspace.select_round(round_id)
    assert panel.rounds.currentData() == round_id and len(read(workspace, round_id).values) == 1


def test_the_panel_follows_the_workshop(panel: VotingPanel) -> None:
    workspace = panel.workspace
    assert panel.rounds.count() == 1 and panel.grid.model().rowCount() == 7
    workspace.open_workshop(None)
    assert panel.rounds.count() == 0 and panel.grid.model().rowCount() == 0
    assert not panel.new_round_action.isEnabled() and not panel.delete_action.isEnabled()
    panel.open_action.trigger()  # disabled: nothing happens, nothing breaks
    assert workspace.current_round is None



def test_the_grid_keeps_its_keys_from_the_window_shortcuts(panel: VotingPanel, qtbot) -> None:
    """Del and Ctrl+E are window shortcuts elsewhere in the console; in the grid they are the grid's."""
    from PySide6.QtGui import QAction, QKeySequence

    fired: list[str] = []
    for sequence in ("Del", "Ctrl+E", "1"):
        action = QAction(sequence, panel)
        action.setShortcut(QKeySequence(sequence))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _=False, s=sequence: fired.append(s))
        panel.addAction(action)
    round_id = prepare(panel.workspace, qtbot)
    grid = open_and_focus(panel, qtbot)
    grid.setCurrentIndex(grid.model().index(0, 1))
    type_keys(qtbot, grid, "1")
    qtbot.keyClick(grid, Qt.Key.Key_E, CTRL)
    snapshot = read(panel.workspace, round_id)
    assert snapshot.value(snapshot.options[0].id, snapshot.voters[0].token, "dots") == 1
    assert snapshot.options[0].proposer_token == snapshot.voters[0].token
    type_keys(qtbot, grid, "x")
    assert read(panel.workspace, round_id).values == {}
    assert fired == []
    panel.rounds.setFocus()
    qtbot.keyClick(panel.rounds, Qt.Key.Key_Delete)  # outside the grid the window's shortcut works
    assert fired == ["Del"]


def test_a_two_digit_number_is_one_undo_step(panel: VotingPanel, qtbot) -> None:
    workspace = panel.workspace
    round_id = prepare(workspace, qtbot, method="consensus")
    grid = open_and_focus(panel, qtbot)
    grid.setCurrentIndex(grid.model().index(0, 1))
    before = workspace.undo_stack.count()
    type_keys(qtbot, grid, "10")
    grid.digits.reset()
    type_keys(qtbot, grid, "v7")
    assert workspace.undo_stack.count() == before + 2  # "10" is one step, the 7 below another
    workspace.undo_stack.undo()
    workspace.undo_stack.undo()
    snapshot = read(workspace, round_id)
    token = snapshot.voters[0].token
    assert snapshot.value(snapshot.options[0].id, token, "resistance") is None
    workspace.undo_stack.redo()
    assert read(workspace, round_id).value(snapshot.options[0].id, token, "resistance") == 10
