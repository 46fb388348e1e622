"""Ballots from phones over real HTTP land on the GUI thread, on the room's own undo stack; the room opens, closes."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt, QThread

from helpers.phones_gui import prepare_phones_round, request, snapshot_of
from werkstatt.edits.room import JoinByPhone, SetBallot
from werkstatt.edits.voting import open_round, reveal_round
from werkstatt.errors import WerkstattError
from werkstatt.i18n import tr
from werkstatt.store.changes import Changes
from werkstatt.ui.phones.bridge import GuiBackend, RoomController
from werkstatt.ui.voting.panel import VotingPanel
from werkstatt.voting.display import voted_line

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def room(demo_workspace) -> RoomController:
    controller = RoomController(demo_workspace, port=0)  # any free port: tests may run beside a real room
    yield controller
    controller.close()


def test_a_ballot_from_the_room_goes_on_the_room_stack_only(demo_workspace) -> None:
    workspace = demo_workspace
    round_id = prepare_phones_round(workspace)
    workspace.apply(open_round(round_id))
    typed = workspace.undo_stack.count()
    join = JoinByPhone(round_id)
    with workspace.macro("Zeilen"):  # a macro open meanwhile must neither take the phone's edits nor break
        workspace.apply_from_room(join, undoable=False)
        option = snapshot_of(workspace, round_id).options[0].id
        workspace.apply_from_room(SetBallot(round_id, join.token, {(option, "dots"): 2}), undoable=True)
    assert workspace.undo_stack.count() == typed
    assert workspace.room_stack.count() == 1
    snapshot = snapshot_of(workspace, round_id)
    assert snapshot.values[(option, join.token, "dots")] == 2 and snapshot.is_finished(join.token)

    workspace.undo_stack.undo()  # the facilitator's Ctrl+Z takes back their own last edit, not the ballot
    assert (option, join.token, "dots") in snapshot_of(workspace, round_id).values
    workspace.undo_stack.redo()
    workspace.room_stack.undo()
    snapshot = snapshot_of(workspace, round_id)
    assert (option, join.token, "dots") not in snapshot.values and not snapshot.is_finished(join.token)
    assert len(snapshot.voters) == 1  # the join was no undo step


def test_a_ballot_over_http_lands_on_the_gui_thread_shows_in_the_panel_and_is_taken_back(
        demo_workspace, room, http, show_active, qtbot) -> None:
    workspace = demo_workspace
    panel = show_active(VotingPanel(workspace, room=room), size=(1200, 600))
    round_id = prepare_phones_round(workspace)
    assert panel.phones is not None and panel.phones.open_action.isVisible()
    assert room.open_for_phones(round_id, "127.0.0.1")
    assert snapshot_of(workspace, round_id).state == "open"  # opened when only prepared
    threads: list[QThread] = []
    workspace.data_changed.connect(lambda _changes: threads.append(QThread.currentThread()))

    api = f"{room.server.base_url}/api/{room.room.code}"
    tokens = []
    for _ in range(2):
        status, answer = http("POST", f"{api}/join", {})
        assert status == 201, answer
        tokens.append(answer["voter"])
    option = snapshot_of(workspace, round_id).options[1].id
    status, answer = http("PUT", f"{api}/ballot", {"values": {option: {"dots": 2}}},
                          {"X-Werkstatt-Voter": tokens[0]})
    assert status == 200, answer
    assert answer["ballot"][option]["dots"] == 2

    qtbot.waitUntil(lambda: voted_line(snapshot_of(workspace, round_id)) in panel.state.toolTip())
    assert threads and all(thread is panel.thread() for thread in threads)  # every change on the GUI thread
    snapshot = snapshot_of(workspace, round_id)
    assert panel.state.toolTip().count(voted_line(snapshot)) == 1
    assert voted_line(snapshot) == voted_line(snapshot_of(workspace, round_id))
    assert "1" in voted_line(snapshot) and "2" in voted_line(snapshot)
    assert room.address in panel.state.toolTip() and room.room.code in panel.state.toolTip()
    headers = [panel.grid.vote_model.headerData(i, Qt.Orientation.Horizontal).split("\n")[0]
               for i in range(panel.grid.vote_model.columnCount())]
    assert headers[1:3] == [tr("Voting", "Phone {n}", n=1), tr("Voting", "Phone {n}", n=2)]
    assert workspace.room_stack.canUndo() and panel.phones.undo_ballot_action.isEnabled()
    typed = workspace.undo_stack.count()

    status, answer = http("PUT", f"{api}/ballot", {"values": {option: {"dots": 9}}}, {"X-Werkstatt-Voter": tokens[1]})
    assert status == 409 and answer["error"]  # over the budget: the rule's sentence reaches the phone

    qtbot.waitUntil(lambda: panel.phones.undo_ballot_action.isEnabled())
    panel.phones.undo_ballot_action.trigger()
    assert (option, tokens[0], "dots") not in snapshot_of(workspace, round_id).values
    assert workspace.undo_stack.count() == typed
    assert not panel.phones.undo_ballot_action.isEnabled()
    assert voted_line(snapshot_of(workspace, round_id)) in panel.state.toolTip()


def test_after_the_reveal_the_phones_read_the_result_then_the_server_stops(demo_workspace, room, http, qtbot,
                                                                          monkeypatch) -> None:
    from werkstatt.ui.phones import bridge

    monkeypatch.setattr(bridge, "RESULT_SHOWN_MS", 300)
    workspace = demo_workspace
    round_id = prepare_phones_round(workspace)
    assert room.open_for_phones(round_id, "127.0.0.1")
    base = room.server.base_url
    api = f"{base}/api/{room.room.code}"
    status, joined = http("POST", f"{api}/join", {})
    assert status == 201
    voter = {"X-Werkstatt-Voter": joined["voter"]}
    closed: list[bool] = []
    room.closed.connect(lambda: closed.append(True))
    workspace.apply(reveal_round(round_id))
    assert room.server is not None  # the phones may still read the result ...
    status, state = http("GET", f"{api}/state", None, voter)
    assert status == 200 and state["round"]["state"] == "closed" and state["round"]["result"]
    option = state["round"]["options"][0]["id"]
    status, answer = http("PUT", f"{api}/ballot", {"values": {option: {"dots": 1}}}, voter)
    assert status == 409 and answer["error"]  # ... but no ballot counts any more
    assert http("POST", f"{api}/join", {})[0] == 409
    qtbot.waitUntil(lambda: room.server is None)  # and after a while the room closes by itself
    assert closed == [True]
    with pytest.raises(OSError):
        request("GET", f"{base}/api/x/state")

    workspace.undo_stack.undo()  # reopened: open it for phones again, with a new code
    assert room.open_for_phones(round_id, "127.0.0.1")
    base = room.server.base_url
    room.close()
    assert room.server is None and room.round_id is None
    with pytest.raises(OSError):
        request("GET", f"{base}/api/x/state")


def test_a_round_that_is_not_for_phones_or_a_bad_address_is_refused_in_one_sentence(demo_workspace, room) -> None:
    from werkstatt.demo import ROUND_ID

    told: list[str] = []
    demo_workspace.failed.connect(told.append)
    assert not room.open_for_phones(ROUND_ID, "127.0.0.1")
    round_id = prepare_phones_round(demo_workspace)
    assert not room.open_for_phones(round_id, "8.8.8.8")  # reachable from the internet: never
    assert room.server is None and len(told) == 2 and all(told)
    assert snapshot_of(demo_workspace, round_id).state == "prepared"  # nothing opened without the server


def test_phones_never_wait_for_the_window_and_the_views_hear_of_many_ballots_once(demo_workspace, qtbot) -> None:
    backend = GuiBackend(demo_workspace)
    round_id = prepare_phones_round(demo_workspace, dots=3)
    demo_workspace.apply(open_round(round_id))
    option = snapshot_of(demo_workspace, round_id).options[0].id
    heard: list[Changes] = []
    demo_workspace.data_changed.connect(heard.append)
    failure: list[BaseException] = []

    def five_phones() -> None:
        for _ in range(5):
            join = JoinByPhone(round_id)
            backend.write(join, undoable=False)
            backend.write(SetBallot(round_id, join.token, {(option, "dots"): 2}), undoable=True)

    worker = threading.Thread(target=lambda: _catch(failure, five_phones))
    worker.start()
    worker.join(10)  # the GUI loop does not run meanwhile, and the phones are answered all the same
    assert not worker.is_alive() and failure == []
    snapshot = snapshot_of(demo_workspace, round_id)
    assert len(snapshot.voters) == 5 and all(snapshot.is_finished(voter.token) for voter in snapshot.voters)
    assert heard == []  # committed, not yet announced
    qtbot.waitUntil(lambda: bool(heard))
    qtbot.wait(300)
    assert len(heard) == 1 and heard[0].touches("votes", "round_voters")  # ten edits, one announcement
    assert demo_workspace.room_stack.count() == 5  # every ballot is an undo step of its own
    demo_workspace.room_stack.undo()
    assert len(snapshot_of(demo_workspace, round_id).values) == 4


def test_a_refused_edit_travels_back_to_the_server_thread(demo_workspace, qtbot) -> None:
    backend = GuiBackend(demo_workspace)
    round_id = prepare_phones_round(demo_workspace)
    demo_workspace.apply(open_round(round_id))
    demo_workspace.apply(reveal_round(round_id))  # closed: a phone can no longer join
    failure: list[BaseException] = []
    worker = threading.Thread(target=lambda: _catch(failure, lambda: backend.write(JoinByPhone(round_id),
                                                                                   undoable=False)))
    worker.start()
    qtbot.waitUntil(lambda: not worker.is_alive())
    assert isinstance(failure[0], WerkstattError) and failure[0].message


def _catch(into: list[BaseException], work) -> None:
    try:
        work()
    except BaseException as error:
        into.append(error)

