"""The agenda timer: which item runs, for how long, and the console panel that drives it.

``AgendaTimer`` wraps the pure ``werkstatt.render.room.AgendaClock`` with the workspace: it
reads the open workshop's agenda, ticks once a second, and stores the minutes the clock
yields (on pause, switch or finish) as an undoable edit that adds to the stored actual minutes.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from werkstatt.edits.records import AddActualMinutes, live_agenda
from werkstatt.i18n import tr
from werkstatt.render.room import THEME, AgendaClock, AgendaEntry, AgendaStatus, TimeToStore
from werkstatt.store.changes import Changes
from werkstatt.ui.workspace import Workspace

log = logging.getLogger(__name__)

TICK_MS = 1000


class AgendaTimer(QObject):
    """The clock of the open workshop; ``changed`` fires on every tick and every start, pause or switch."""

    changed = Signal()

    def __init__(self, workspace: Workspace, parent: QObject | None = None,
                 now: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.clock = AgendaClock(now)
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self.changed)
        workspace.data_changed.connect(self._data_changed)
        workspace.workshop_changed.connect(self._workshop_changed)
        self.reload()

    def _data_changed(self, changes: Changes) -> None:
        if changes.touches("agenda_items", "workshops"):
            self.reload()

    def reload(self) -> None:
        """Read the agenda again (after any edit, including undo of stored minutes)."""
        entries: list[AgendaEntry] = []
        if self.workspace.workshop_id:
            with self.workspace.reading() as session:
                entries = [AgendaEntry(item.id, item.title, item.planned_minutes, item.actual_minutes)
                           for item in live_agenda(session, self.workspace.workshop_id)]
        self.clock.set_items(entries)
        self._update_ticking()
        self.changed.emit()

    def _workshop_changed(self, _workshop_id: str) -> None:
        # The time of the workshop left behind is stored before its agenda disappears.
        self._store(self.clock.finish())
        self.clock.current_id = None
        self.reload()

    def status(self) -> AgendaStatus:
        return self.clock.status()

    @property
    def items(self) -> tuple[AgendaEntry, ...]:
        return self.clock.items

    def start(self, item_id: str | None = None) -> None:
        self._store(self.clock.start(item_id))
        self._after()

    def pause(self) -> None:
        self._store(self.clock.pause())
        self._after()

    def next(self) -> None:
        finished, _ = self.clock.next()
        self._store(finished)
        self._after()

    def finish(self) -> None:
        """Stop and store; the main window calls this when it closes."""
        self._store(self.clock.finish())
        self._after()

    def _after(self) -> None:
        self._update_ticking()
        self.changed.emit()

    def _update_ticking(self) -> None:
        if self.clock.running and not self._tick.isActive():
            self._tick.start()
        elif not self.clock.running:
            self._tick.stop()

    def _store(self, finished: TimeToStore | None) -> None:
        """Add the yielded minutes to what is stored when the edit runs (an undo may have changed it)."""
        if finished is not None:
            self.workspace.try_apply(AddActualMinutes(finished.item_id, finished.minutes))


def describe(status: AgendaStatus) -> str:
    """'planned 30 min · elapsed 12 min' for the console and the projector."""
    if status.item_id is None:
        return tr("AgendaTimer", "No agenda item is running.")
    if status.planned_minutes is None:
        return tr("AgendaTimer", "elapsed {elapsed} min (no time planned)", elapsed=status.elapsed_minutes)
    return tr("AgendaTimer", "planned {planned} min · elapsed {elapsed} min", planned=status.planned_minutes,
              elapsed=status.elapsed_minutes)


def overtime_text(status: AgendaStatus) -> str:
    return tr("AgendaTimer", "Over time by {minutes} min", minutes=status.minutes_over) if status.overtime else ""


class AgendaTimerPanel(QWidget):
    """The console's timer: choose an item, start, pause, next; a quiet over-time line (colour and text)."""

    def __init__(self, timer: AgendaTimer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timer = timer
        self._shown_item: str | None = None
        self.item_box = QComboBox()
        self.item_box.setAccessibleName(tr("AgendaTimer", "Agenda item"))
        self.title_label = QLabel()
        self.title_label.setWordWrap(True)
        self.title_label.setAccessibleName(tr("AgendaTimer", "Current agenda item"))
        self.time_label = QLabel()
        self.time_label.setAccessibleName(tr("AgendaTimer", "Planned and elapsed minutes"))
        self.overtime_label = QLabel()
        self.overtime_label.setAccessibleName(tr("AgendaTimer", "Over-time warning"))
        # Quiet: a coloured edge and a sentence, no flashing and no alarm colour behind the text.
        self.overtime_label.setStyleSheet(
            f"QLabel {{ border-left: 5px solid {THEME.overtime_background}; padding-left: 6px; font-weight: bold; }}")
        self.start_button = QPushButton(tr("AgendaTimer", "Sta&rt"))
        self.start_button.setAccessibleName(tr("AgendaTimer", "Start the chosen agenda item"))
        self.pause_button = QPushButton(tr("AgendaTimer", "Pa&use"))
        self.pause_button.setAccessibleName(tr("AgendaTimer", "Pause the agenda timer"))
        self.next_button = QPushButton(tr("AgendaTimer", "&Next item"))
        self.next_button.setAccessibleName(tr("AgendaTimer", "Finish this item and start the next"))

        buttons = QHBoxLayout()
        for button in (self.start_button, self.pause_button, self.next_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.item_box)
        layout.addWidget(self.title_label)
        layout.addWidget(self.time_label)
        layout.addWidget(self.overtime_label)
        layout.addLayout(buttons)

        self.start_button.clicked.connect(self._start)
        self.pause_button.clicked.connect(timer.pause)
        self.next_button.clicked.connect(timer.next)
        self.item_box.currentIndexChanged.connect(self.refresh)
        timer.changed.connect(self.refresh)
        self.refresh()

    def _start(self) -> None:
        self.timer.start(self.item_box.currentData() or None)

    def refresh(self) -> None:
        status = self.timer.status()
        ids = [item.id for item in self.timer.items]
        if [self.item_box.itemData(i) for i in range(self.item_box.count())] != ids or any(
                self.item_box.itemText(i) != item.title for i, item in enumerate(self.timer.items)):
            chosen = self.item_box.currentData()
            self.item_box.blockSignals(True)
            self.item_box.clear()
            for item in self.timer.items:
                self.item_box.addItem(item.title, item.id)
            if chosen in ids:
                self.item_box.setCurrentIndex(ids.index(chosen))
            self.item_box.blockSignals(False)
        if status.item_id != self._shown_item:  # follow the clock only when it moves to another item
            self._shown_item = status.item_id
            if status.item_id in ids:
                self.item_box.setCurrentIndex(ids.index(status.item_id))
        running = tr("AgendaTimer", "running") if status.running else tr("AgendaTimer", "paused")
        self.title_label.setText(f"{status.title} ({running})" if status.item_id else "")
        self.time_label.setText(describe(status))
        self.overtime_label.setText(overtime_text(status))
        self.overtime_label.setVisible(status.overtime)
        has_items = bool(ids)
        self.item_box.setEnabled(has_items)
        already_running = status.running and self.item_box.currentData() == status.item_id
        self.start_button.setEnabled(has_items and not already_running)
        self.pause_button.setEnabled(status.running)
        self.next_button.setEnabled(has_items)
