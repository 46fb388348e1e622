"""The Register menu's actions: sync with the shared register, resolve conflicts, the process map."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from werkstatt.i18n import tr
from werkstatt.ui.workspace import Workspace

# The dialogs are imported when first opened: the sync brings Alembic (the shared register's
# migrations), keyring and the HTTP client, the map pydot — none of it is needed for the window's first frame.
if TYPE_CHECKING:
    from werkstatt.ui.register.conflict_dialog import ConflictDialog
    from werkstatt.ui.register.map_dialog import ProcessMapDialog
    from werkstatt.ui.register.sync_dialog import SyncDialog


class RegisterActions(QObject):
    def __init__(self, workspace: Workspace, window: QWidget) -> None:
        super().__init__(window)
        self.workspace = workspace
        self.window = window
        self.sync_dialog: SyncDialog | None = None
        self.sync_action = self._action(tr("RegisterActions", "&Sync with the register…"), self.open_sync,
                                        "Ctrl+Shift+Y")
        self.conflicts_action = self._action(tr("RegisterActions", "Resolve &conflicts…"), self.open_conflicts)
        self.map_action = self._action(tr("RegisterActions", "Process &map…"), self.open_map)
        self.actions = [self.sync_action, self.conflicts_action, self.map_action]

    def _action(self, text: str, slot: object, shortcut: str | None = None) -> QAction:
        action = QAction(text, self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        return action

    def open_sync(self) -> SyncDialog:
        from werkstatt.ui.register.sync_dialog import SyncDialog

        if self.sync_dialog is None:
            self.sync_dialog = SyncDialog(self.workspace, self.window)
            self.sync_dialog.synced.connect(self._synced)
        self.sync_dialog.open()
        return self.sync_dialog

    def open_conflicts(self) -> ConflictDialog:
        from werkstatt.ui.register.conflict_dialog import ConflictDialog

        dialog = ConflictDialog(self.workspace, self.window)
        dialog.resolved.connect(lambda _sentence: self._forget_history())
        dialog.open()
        return dialog

    def open_map(self) -> ProcessMapDialog:
        from werkstatt.ui.register.map_dialog import ProcessMapDialog

        dialog = ProcessMapDialog(self.workspace.store, self.window)
        panel = getattr(self.window, "register_panel", None)
        if panel is not None:  # a double-clicked process opens in the register panel
            dialog.openProcessRequested.connect(panel.show_process)
            dialog.openProcessRequested.connect(lambda _id: self.window.focus_register())
        dialog.open()
        return dialog

    def _synced(self, report: object) -> None:
        if sum(getattr(report, "pulled", {}).values()):
            self._forget_history()

    def _forget_history(self) -> None:
        # Rows the register replaced: undoing an older edit would quietly write the old value back and
        # send it with the next sync. The sync is the point of no return for the editing history.
        self.workspace.undo_stack.clear()

    def shutdown(self) -> None:
        if self.sync_dialog is not None:
            self.sync_dialog.shutdown()
