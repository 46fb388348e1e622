"""The inbox: messages from the phones wait for the facilitator, who accepts, edits or discards them."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from werkstatt.edits.room import SuggestFromRoom
from werkstatt.model import PainPoint, RoomSuggestion
from werkstatt.store.changes import Changes
from werkstatt.ui.phones.bridge import RoomController
from werkstatt.ui.phones.inbox import InboxPanel
from werkstatt.ui.phones.network_choice import InterfaceInfo, network_choices

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def room(demo_workspace):
    controller = RoomController(demo_workspace, port=0)
    yield controller
    controller.close()


@pytest.fixture
def inbox(demo_workspace, room, show_active) -> InboxPanel:
    edited: list[tuple[str, str] | None] = [("Antrag wird doppelt erfasst", "double_entry")]
    panel = InboxPanel(demo_workspace, room, choose_host=lambda _parent: "127.0.0.1",
                       edit_message=lambda _parent, _message: edited[0])
    return show_active(panel, size=(900, 400))


@pytest.fixture
def demo_workspace(demo_workspace):
    """The demo has a question from a phone waiting; these tests start from an empty inbox."""
    with demo_workspace.store.session() as session:
        for row in session.scalars(select(RoomSuggestion)):
            row.deleted = True
    demo_workspace.changed_outside()
    return demo_workspace


def rows(workspace, model=RoomSuggestion):
    with workspace.reading() as session:
        return list(session.scalars(select(model).where(model.deleted.is_(False))))


def test_messages_from_a_phone_wait_in_the_inbox_until_the_facilitator_takes_them(
        demo_workspace, room, inbox, http, qtbot) -> None:
    workspace = demo_workspace
    view = workspace.view()
    step = view.steps[1]
    workspace.select_step(step.id)
    inbox.taking.setChecked(True)  # "Take messages from phones": the room opens for messages
    assert room.inbox_open and room.server is not None and room.address in inbox.where.text()
    pain_before = len(rows(workspace, PainPoint))
    refreshed: list[bool] = []
    original = inbox.refresh
    inbox.refresh = lambda: (refreshed.append(True), original())  # type: ignore[method-assign]

    api = f"{room.server.base_url}/api/{room.room.code}"
    for text in ("Formular fehlt", "Wer ist zuständig?", "Doppelt erfasst"):
        status, answer = http("POST", f"{api}/suggest", {"kind": "pain_point", "category": "query", "text": text})
        assert status == 201, answer
    qtbot.waitUntil(lambda: inbox.list.topLevelItemCount() == 3)  # announced a moment later, all at once
    assert [item.text(2) for item in map(inbox.list.topLevelItem, range(inbox.list.topLevelItemCount()))] == \
        ["Formular fehlt", "Wer ist zuständig?", "Doppelt erfasst"]
    assert inbox.list.topLevelItem(0).text(3) == step.label  # the step on the projector when it was sent
    assert len(rows(workspace, PainPoint)) == pain_before  # nothing reaches the model by itself

    calls = len(refreshed)
    workspace.data_changed.emit(Changes.of(steps=[step.id]))
    assert len(refreshed) == calls  # other changes leave the list alone

    typed = workspace.undo_stack.count()
    inbox.accept_current()  # the first one, as sent
    pain = rows(workspace, PainPoint)
    assert len(pain) == pain_before + 1 and any(p.text == "Formular fehlt" and p.step_id == step.id for p in pain)
    assert workspace.undo_stack.count() == typed + 1  # on the facilitator's stack, like a typed pain point

    inbox.edit_current()  # "Wer ist zuständig?", edited before it is accepted
    pain = rows(workspace, PainPoint)
    assert any(p.text == "Antrag wird doppelt erfasst" and p.category == "double_entry" for p in pain)

    inbox.discard_current()
    assert inbox.list.topLevelItemCount() == 0
    assert sorted(row.state for row in rows(workspace)) == ["accepted", "accepted", "discarded"]
    assert not inbox.accept_button.isEnabled()

    workspace.undo_stack.undo()  # the discard undone: the message waits again
    assert [inbox.list.topLevelItem(0).text(2)] == ["Doppelt erfasst"]

    inbox.taking.setChecked(False)
    assert not room.inbox_open and room.server is None


def test_an_edit_cancelled_or_a_message_dealt_with_elsewhere_changes_nothing(demo_workspace, inbox) -> None:
    workspace = demo_workspace
    edit = SuggestFromRoom(workspace.workshop_id, workspace.model_id, None, "question", "other", "Warum?")
    workspace.apply_from_room(edit, undoable=False)
    assert inbox.list.topLevelItemCount() == 1
    inbox.edit_message = lambda _parent, _message: None
    inbox.edit_current()
    assert rows(workspace)[0].state == "new"
    from werkstatt.edits.room import DiscardSuggestion

    workspace.apply(DiscardSuggestion(edit.suggestion_id))
    assert inbox.list.topLevelItemCount() == 0


def test_the_network_choice_offers_local_addresses_of_running_interfaces_and_loopback_only_as_a_last_resort(
        ) -> None:
    interfaces = [
        InterfaceInfo("lo", True, True, True, ("127.0.0.1", "::1")),
        InterfaceInfo("wlan0", True, True, False, ("192.168.178.23", "fe80::1", "fd00::23")),
        InterfaceInfo("eth0", True, False, False, ("10.0.0.5",)),  # no cable
        InterfaceInfo("wwan0", True, True, False, ("80.1.2.3",)),  # the internet: never
    ]
    choices = network_choices(interfaces)
    assert [(c.label, c.host) for c in choices] == [("wlan0 – 192.168.178.23", "192.168.178.23"),
                                                    ("wlan0 – fd00::23", "fd00::23")]
    alone = network_choices(interfaces[:1] + interfaces[3:])
    assert [c.host for c in alone] == ["127.0.0.1"] and alone[0].label
