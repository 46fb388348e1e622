"""The main window's panels that its first frame does not show: the workshop page and the voting,
protocol and register docks lying behind the findings' tab.

The window is shown with their places empty (the docks and the page exist, so a saved arrangement is
restored as it was); right after the first frame, before the workshop is opened, they are built here and
put in place, with their menu entries. Their modules are imported then too: the user sees the window
some 150 ms sooner.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QWidget

from werkstatt.ui.common.sizing import scrolling

if TYPE_CHECKING:
    from werkstatt.ui.main_window import MainWindow


def build_later_panels(window: MainWindow) -> None:
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

    window.voting = VotingPanel(workspace)
    _fill(window.voting_dock, window.voting)
    window.protocol_panel = ProtocolPanel(workspace)
    _fill(window.protocol_dock, window.protocol_panel)
    window.register_panel = RegisterPanel(workspace)
    _fill(window.register_dock, window.register_panel)
    window.register_panel.openModelRequested.connect(window.open_model)

    # The Workshop menu's photo entry goes where it always stood: before "People…".
    window.workshop_menu.insertAction(window.people_action, window.protocol_panel.add_photo_action)
    panel = window.voting
    for action in (panel.new_round_action, panel.open_action, panel.reveal_action, panel.reopen_action,
                   panel.finish_action, panel.delete_action):
        # In the menu they work wherever the focus is, not only inside the panel.
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        window.voting_menu.addAction(action)
        window.addAction(action)


def _fill(dock: QDockWidget, panel: QWidget) -> None:
    placeholder = dock.widget()
    dock.setWidget(panel)
    if placeholder is not None:
        placeholder.deleteLater()
