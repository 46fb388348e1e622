"""Whether a library process's models are on this laptop, and "take it along" for a workshop.

A laptop holds the whole register's catalogue but the content of only the processes it works with
(``library.holding``). The fact sheet says which case a process is in, in words, and the check box pins
it so that the next sync brings its models: a facilitator prepares the laptop while online and can
work in a room without a network.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from werkstatt.i18n import tr
from werkstatt.library.holding import CATALOGUE_ONLY, offline_state, pin_process, pinned_process_ids, unpin_process
from werkstatt.ui.workspace import Workspace


class OfflineControls(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.process_id: str | None = None
        self.state = ""
        self.note = QLabel()
        self.note.setWordWrap(True)
        # No accelerator: every letter of the words is taken in this dock (Tab reaches it).
        self.take_along = QCheckBox(tr("RegisterOffline", "Take along for workshops (available offline)"))
        self.take_along.setAccessibleName(tr("RegisterOffline", "Take the process along for workshops"))
        self.take_along.toggled.connect(self._toggled)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note)
        layout.addWidget(self.take_along)

    @property
    def catalogue_only(self) -> bool:
        return self.state == CATALOGUE_ONLY

    def show_for(self, process_id: str | None) -> None:
        self.process_id = process_id
        if process_id is None:
            self.state, pinned = "", False
        else:
            with self.workspace.reading() as session:
                self.state = offline_state(session, [process_id])[process_id]
                pinned = process_id in pinned_process_ids(session)
        self.take_along.blockSignals(True)
        self.take_along.setChecked(pinned)
        self.take_along.blockSignals(False)
        self.take_along.setEnabled(process_id is not None)
        self._say(pinned)

    def _say(self, pinned: bool) -> None:
        if not self.catalogue_only:
            self.note.setText(tr("RegisterOffline", "The models of this process are on this laptop (available "
                                                    "offline).") if self.process_id else "")
        elif pinned:
            self.note.setText(tr("RegisterOffline", "Only the fact sheet and the model names are on this laptop; "
                                                    "the models come with the next sync."))
        else:
            self.note.setText(tr("RegisterOffline", "Only the fact sheet and the model names are on this laptop. "
                                                    "Take the process along and sync to open or adopt its models."))
        self.note.setStyleSheet("font-weight: bold" if self.catalogue_only else "")

    def _toggled(self, checked: bool) -> None:
        if self.process_id is None:
            return
        # A pin is this laptop's preparation, not a change of the register: no undo step, nothing to send.
        (pin_process if checked else unpin_process)(self.workspace.store, self.process_id)
        self._say(checked)
