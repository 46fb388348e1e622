"""The main window's room for phones: made with the later panels, closed with the window."""

from __future__ import annotations

import pytest

from helpers.phones_gui import prepare_phones_round
from werkstatt.ui.phones.inbox import InboxPanel

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_the_window_has_the_phone_actions_and_the_inbox_and_stops_the_server_when_it_closes(
        demo_workspace, show_main_window, qtbot) -> None:
    window = show_main_window(demo_workspace, size=(1280, 760))
    room = window.phones
    room.port = 0
    assert isinstance(window.inbox, InboxPanel)
    menu = [action.text() for action in window.voting_menu.actions()]
    assert window.voting.phones.open_action.text() in menu
    assert window.voting.phones.undo_ballot_action.text() in menu
    show_inbox = next(a for a in window.voting_menu.actions() if a.text() == "Meldungen von Handys zeigen")
    assert show_inbox.isEnabled() and not show_inbox.isCheckable()  # not the greyed, ticked toggle of a dock
    window.findings_dock.raise_()
    show_inbox.trigger()
    qtbot.waitUntil(lambda: window.inbox.list.hasFocus() or not window.isActiveWindow())
    assert window.inbox.isVisible()
    round_id = prepare_phones_round(demo_workspace)
    assert room.open_for_phones(round_id, "127.0.0.1")
    assert room.address in window.voting.state.toolTip()
    window.close()
    assert room.server is None


def test_the_new_round_dialog_greys_out_what_anonymous_phones_do_not_need(demo_workspace) -> None:
    from werkstatt.ui.voting.dialogs import NewRoundDialog

    dialog = NewRoundDialog(demo_workspace)
    assert dialog.own_proposals.isEnabled() and dialog.min_group.isEnabled()
    dialog.entry.setCurrentIndex(dialog.entry.findData("phones"))
    assert not dialog.own_proposals.isEnabled() and not dialog.min_group.isEnabled()
    dialog.entry.setCurrentIndex(dialog.entry.findData("per_person"))
    assert dialog.own_proposals.isEnabled() and dialog.min_group.isEnabled()
    dialog.deleteLater()
