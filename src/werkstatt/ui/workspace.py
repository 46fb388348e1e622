"""The open database as the widgets see it: edits through one QUndoStack, and what is current.

Every widget changes data only through ``Workspace.apply``: the edit runs in one committed
transaction, then it is pushed on the undo stack, then ``data_changed`` tells every view what
the transaction touched (a ``Changes``, recorded from the session), and each view reads again
only what concerns it. Nothing is shown as done before it is on disk.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from sqlalchemy.orm import Session

from werkstatt.edits import Edit, Macro
from werkstatt.errors import WerkstattError
from werkstatt.i18n import tr
from werkstatt.read import model as queries
from werkstatt.store.changes import MODEL_TABLES, Changes, record
from werkstatt.store.database import Store

if TYPE_CHECKING:
    from werkstatt.ui.phones.bridge import RoomController

log = logging.getLogger(__name__)

MERGEABLE = 0x5E7
COLLECT_AFTER_MS = 100  # after the frame that shows a change (six 60 Hz frames)


# Edits the phones commit are announced to the views at most this often (see ``landed_from_room``).
ROOM_COALESCE_MS = 200


def hold_collection() -> None:
    """Let the cyclic garbage collector wait until the frame that shows this change has been painted.

    A full collection walks every object of the window (SQLAlchemy's, Qt's wrappers) and took
    longer than everything else between Enter and the repainted diagram when the few hundred
    records of a relayout happened to trigger it. It may run again once the frame is on the screen
    (a zero timer was too early: the paint itself then paid for the collection).
    """
    if gc.isenabled():
        gc.disable()
        QTimer.singleShot(COLLECT_AFTER_MS, gc.enable)


class EditCommand(QUndoCommand):
    """One foundation edit on the undo stack. It is pushed after its first redo has committed."""

    def __init__(self, workspace: Workspace, edit: Edit, stack: QUndoStack | None = None) -> None:
        super().__init__(edit.text or tr("Workspace", "Change"))
        self.workspace = workspace
        self.edit = edit
        self.stack = stack if stack is not None else workspace.undo_stack  # cleared when an undo fails
        self._applied = True  # QUndoStack.push calls redo(); the edit already ran

    def id(self) -> int:
        # Edits that may continue the one before (the second digit of a vote) share an id, so that
        # QUndoStack offers them to mergeWith; all others keep -1 and never merge.
        return MERGEABLE if getattr(self.edit, "merge_key", None) is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        follow = getattr(other, "edit", None)
        if not (isinstance(other, EditCommand) and getattr(follow, "continues", False)
                and follow.merge_key == self.edit.merge_key):
            return False
        self.edit = Macro(self.edit.text, [self.edit, follow])  # undo takes both back, in reverse order
        return True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self.workspace._run(self.edit, "redo", self.stack)

    def undo(self) -> None:
        self.workspace._run(self.edit, "undo", self.stack)


class Workspace(QObject):
    """The store, the undo stack, and the workshop, model and step the facilitator is on."""

    data_changed = Signal(object)  # the Changes of one committed edit, undo or redo
    workshop_changed = Signal(str)  # "" when none is open
    model_changed = Signal(str)  # "" when none is open
    selection_changed = Signal(str)  # the selected step, "" for none
    round_changed = Signal(str)  # the voting round the facilitator works on, "" for none
    saved = Signal(str)  # a sentence for the status bar: what was saved, undone or redone
    failed = Signal(str)  # a sentence for the user: the edit was not applied

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = QUndoStack(self)
        # The phones' ballots have a stack of their own: the facilitator's Ctrl+Z after a typed step
        # must never take back a ballot that a phone happened to send in between.
        self.room_stack = QUndoStack(self)
        self.phones: RoomController | None = None  # the window's room for phones, once built (ui.phones.bridge)
        self._room_changes: Changes | None = None  # committed by phones, not yet announced
        self._room_text = ""
        self._room_timer = QTimer(self)
        self._room_timer.setSingleShot(True)
        self._room_timer.setInterval(ROOM_COALESCE_MS)
        self._room_timer.timeout.connect(self._announce_room)
        self.workshop_id: str | None = None
        self.model_id: str | None = None
        self.selected_step: str | None = None
        self.current_round: str | None = None
        self._view: queries.ModelView | None = None
        self._unseen: Changes | None = None  # what changed since ``_view`` was read
        self._macro_text: str | None = None
        self._macro_open = False

    # --- changing data -------------------------------------------------------------------

    def apply(self, edit: Edit) -> Edit:
        """Run ``edit`` in one transaction and put it on the undo stack; raises WerkstattError."""
        hold_collection()
        changes = record(self.store, edit.redo)
        if self._macro_text is not None and not self._macro_open:
            self.undo_stack.beginMacro(self._macro_text)
            self._macro_open = True
        self.undo_stack.push(EditCommand(self, edit))
        self._changed(tr("Workspace", "Saved: {what}", what=edit.text), changes)
        return edit

    def apply_from_room(self, edit: Edit, *, undoable: bool) -> Edit:
        """Run an edit a phone caused in one transaction here, on the GUI thread, and announce it at once.

        An undoable one (a ballot) goes on ``room_stack``, never on the facilitator's stack nor
        into an open ``macro``; the rest (a phone joining, a message for the inbox) on no stack.
        The phone server commits its edits in its own threads and hands them to ``landed_from_room``.
        """
        hold_collection()
        changes = record(self.store, edit.redo)
        self.landed_from_room(edit, changes, undoable)
        self._announce_room()
        return edit

    def landed_from_room(self, edit: Edit, changes: Changes, undoable: bool) -> None:
        """An edit a phone caused has been committed (in the server's thread): onto ``room_stack`` if
        undoable, and into one announcement per ``ROOM_COALESCE_MS``. A hundred phones send up to
        dozens of ballots a second; the views hear of them a few times a second, so that the
        facilitator's Enter is not queued behind a repaint per ballot."""
        if undoable:
            self.room_stack.push(EditCommand(self, edit, self.room_stack))
        self._room_changes = changes if self._room_changes is None else self._room_changes | changes
        self._room_text = edit.text
        if not self._room_timer.isActive():
            self._room_timer.start()

    def _announce_room(self) -> None:
        self._room_timer.stop()
        changes, self._room_changes = self._room_changes, None
        if changes is not None:
            self._changed(tr("Workspace", "Saved: {what}", what=self._room_text), changes)

    def try_apply(self, edit: Edit) -> bool:
        """Like ``apply``, but a refusal becomes the ``failed`` signal (for widgets)."""
        try:
            self.apply(edit)
        except WerkstattError as error:
            self.failed.emit(error.message)
            return False
        return True

    @contextmanager
    def macro(self, text: str) -> Iterator[None]:
        """Several applied edits that undo as one (a pasted block of lines).

        The macro opens with its first edit, so a block whose every line was refused leaves no
        empty step on the undo stack.
        """
        self._macro_text, self._macro_open = text, False
        try:
            yield
        finally:
            if self._macro_open:
                self.undo_stack.endMacro()
            self._macro_text, self._macro_open = None, False

    def _run(self, edit: Edit, action: str, stack: QUndoStack | None = None) -> None:
        hold_collection()
        try:
            changes = record(self.store, getattr(edit, action))
        except WerkstattError as error:
            # The stack has moved on; the data is as the failed transaction left it (unchanged).
            log.warning("%s of %r failed: %s", action, edit.text, error.message)
            self.failed.emit(error.message + " " + tr("Workspace", "The undo history was cleared, because it no "
                                                                   "longer matches the data."))
            QTimer.singleShot(0, (stack or self.undo_stack).clear)  # not while the stack is inside this command
            self._view = None
            self.data_changed.emit(Changes.all())
            return
        done = tr("Workspace", "Undone: {what}", what=edit.text) if action == "undo" \
            else tr("Workspace", "Redone: {what}", what=edit.text)
        self._changed(done, changes)

    def changed_outside(self, sentence: str = "") -> None:
        """Data was written past the undo stack (the demo created at once): every view reads again."""
        self._changed(sentence or tr("Workspace", "Saved."), Changes.all())

    def forget_history(self, sentence: str) -> None:
        """Data was erased past the undo stack (a person, for data protection): the history goes too,
        since undoing an older edit could write the erased name back; every view reads again."""
        self.undo_stack.clear()
        self.room_stack.clear()
        self._changed(sentence, Changes.all())

    def tell(self, sentence: str) -> None:
        """A refusal found before any edit was tried (nothing open, a row gone): one sentence for the user."""
        self.failed.emit(sentence)

    def _changed(self, sentence: str, changes: Changes) -> None:
        if changes.touches(*MODEL_TABLES) and self._view is not None:  # other changes keep the snapshot
            self._unseen = changes if self._unseen is None else self._unseen | changes
        self.data_changed.emit(changes)
        self.saved.emit(sentence)

    # --- reading ---------------------------------------------------------------------------

    def reading(self) -> AbstractContextManager[Session]:
        return self.store.reading()

    def view(self) -> queries.ModelView | None:
        """The open model as plain data, shared by every panel: after a change, the rows it touched
        are read again (a captured step: two small queries), or the whole model when that cannot tell."""
        if self.model_id and (self._view is None or self._unseen is not None):
            try:
                with self.reading() as session:
                    fresh = None
                    if self._view is not None and self._unseen is not None:
                        fresh = queries.patched(session, self._view, self._unseen)
                    self._view = fresh or queries.model_view(session, self.model_id)
            except WerkstattError:
                self._view = None
                return None  # the model was deleted (by an undo, or another program)
            finally:
                self._unseen = None
        return self._view

    # --- what is current -------------------------------------------------------------------

    def open_workshop(self, workshop_id: str | None) -> None:
        if workshop_id != self.workshop_id:
            self.workshop_id = workshop_id
            # Another workshop is another document: "Undo: create workshop" right after opening it
            # would delete the workshop the facilitator just opened. (Closing one — it was deleted —
            # keeps the history: that deletion is what the facilitator may want to undo.)
            if workshop_id is not None:
                self.undo_stack.clear()
                self.room_stack.clear()
            self.select_round(None)
            self.workshop_changed.emit(workshop_id or "")

    def select_round(self, round_id: str | None) -> None:
        """The voting round shown in the voting panel and, in the vote mode, on the projector."""
        if round_id != self.current_round:
            self.current_round = round_id
            self.round_changed.emit(round_id or "")

    def open_model(self, model_id: str | None) -> None:
        if model_id != self.model_id:
            self.model_id = model_id
            self._view = None
            self.selected_step = None
            self.model_changed.emit(model_id or "")
            self.selection_changed.emit("")

    def select_step(self, step_id: str | None) -> None:
        if step_id != self.selected_step:
            self.selected_step = step_id
            self.selection_changed.emit(step_id or "")
