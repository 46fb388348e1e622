"""The main window's panels that its first frame does not show: the workshop page and the voting,
protocol and register docks lying behind the findings' tab, and the room for phones with its inbox.

The window is shown with their places empty (the docks and the page exist, so a saved arrangement is
restored as it was); right after the first frame, before the workshop is opened, they are built here and
put in place, with their menu entries. Their modules are imported then too: the user sees the window
some 150 ms sooner.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QWidget

from werkstatt.i18n import tr
from werkstatt.ui.common.sizing import scrolling

if TYPE_CHECKING:
    from werkstatt.ui.main_window import MainWindow
    from werkstatt.ui.voting.panel import VotingPanel


def build_later_panels(window: MainWindow) -> None:
    from werkstatt.ui.phones.bridge import RoomController, stop_with
    from werkstatt.ui.phones.inbox import InboxPanel
    from werkstatt.ui.protocol.panel import ProtocolPanel
    from werkstatt.ui.register.panel import RegisterPanel
    from werkstatt.ui.voting.panel import VotingPanel
    from werkstatt.ui.workshop.setup import WorkshopSetupPanel

    workspace = window.workspace
    window.setup = WorkshopSetupPanel(workspace)
    page = window.workshop_page.layout()
    assert page is not None
    page.addWidget(scrolling(window.setup))
    window.setup.model_chosen.connect(window.open_model)

    window.phones = RoomController(workspace, window)
    stop_with(window.phones, window)  # the server stops when the window closes, not only when the app quits
    window.voting = VotingPanel(workspace, room=window.phones)
    _fill(window.voting_dock, window.voting)
    window.inbox = InboxPanel(workspace, window.phones)
    inbox_dock = window._dock("phone_inbox", tr("LaterPanels", "Messages from phones"), window.inbox,
                              Qt.DockWidgetArea.BottomDockWidgetArea)
    window.console.tabifyDockWidget(window.register_dock, inbox_dock)
    window.findings_dock.raise_()
    window.protocol_panel = ProtocolPanel(workspace)
    _fill(window.protocol_dock, window.protocol_panel)
    window.register_panel = RegisterPanel(workspace)
    _fill(window.register_dock, window.register_panel)
    window.register_panel.openModelRequested.connect(window.open_model)

    # The Workshop menu's photo entry goes where it always stood: before "People…".
    window.workshop_menu.insertAction(window.people_action, window.protocol_panel.add_photo_action)
    panel = window.voting
    for action in (panel.new_round_action, panel.open_action, panel.reveal_action, panel.reopen_action,
                   panel.finish_action, panel.delete_action, *phone_actions(panel)):
        # In the menu they work wherever the focus is, not only inside the panel.
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        window.voting_menu.addAction(action)
        window.addAction(action)
    # The docks cannot be closed, so their own toggle would sit ticked and greyed out in the menu: this brings
    # the inbox to the front instead.
    show_inbox = QAction(tr("LaterPanels", "Show messages from phones"), window)
    show_inbox.triggered.connect(lambda _checked=False: (inbox_dock.show(), inbox_dock.raise_(),
                                                         window.inbox.list.setFocus()))
    window.voting_menu.addAction(show_inbox)


def phone_actions(panel: VotingPanel) -> tuple[QAction, ...]:
    phones = panel.phones
    return (phones.open_action, phones.close_action, phones.undo_ballot_action) if phones is not None else ()


def _fill(dock: QDockWidget, panel: QWidget) -> None:
    placeholder = dock.widget()
    dock.setWidget(panel)
    if placeholder is not None:
        placeholder.deleteLater()
