"""Long work (imports, exports, the protocol, a sync) off the GUI thread, with a progress dialog that can cancel it.

The work is a plain function ``work(progress, cancelled) -> result``: it reports through
``progress(done, total, text)`` (the text may be left out; ``progress.say(text)`` changes only the
sentence, e.g. "the register is busy, waiting…"), looks at ``cancelled()`` between steps and raises
``werkstatt.errors.Cancelled`` to stop. It must open its own database session (the store's
sessions are made per call and may be used from this thread).

Every long job goes through ``start_task`` (or a bare ``BackgroundTask`` where no dialog fits), so
the cleanup after it — close the dialog, tell the caller, delete the thread — happens once, here.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from werkstatt.errors import Cancelled, WerkstattError
from werkstatt.i18n import tr

log = logging.getLogger(__name__)


class Progress:
    """What the work reports through: ``progress(done, total, text="")`` and ``progress.say(text)``."""

    def __init__(self, task: BackgroundTask) -> None:
        self._task = task

    def __call__(self, done: int, total: int, text: str = "") -> None:
        self._task.progressed.emit(done, total, text)

    def say(self, text: str) -> None:
        self._task.said.emit(text)


Work = Callable[[Progress, Callable[[], bool]], Any]


class BackgroundTask(QThread):
    progressed = Signal(int, int, str)
    said = Signal(str)  # a sentence for the progress dialog, without a step done
    succeeded = Signal(object)
    failed = Signal(str)  # one sentence; "" when the user cancelled
    stopped = Signal(str)  # cancelled: the Cancelled's own sentence (sent before failed(""))
    dialog: QProgressDialog | None = None  # the progress dialog of start_task

    def __init__(self, work: Work, parent: QObject | None = None, *,
                 unexpected: Callable[[Exception], str] | None = None) -> None:
        """``unexpected`` turns an error that is no WerkstattError into the sentence to show; without it
        such an error ends the thread as Python reports it (a programming error, seen in the log)."""
        super().__init__(parent)
        self.work = work
        self.unexpected = unexpected
        self.cancel_requested = threading.Event()

    def run(self) -> None:
        try:
            result = self.work(Progress(self), self.cancel_requested.is_set)
        except Cancelled as cancelled:
            self.stopped.emit(cancelled.message)
            self.failed.emit("")
        except WerkstattError as error:
            self.failed.emit(error.message)
        except Exception as error:
            if self.unexpected is None:
                raise
            log.exception("background work failed")  # a fault of an engine must reach the user, and the log
            self.failed.emit(self.unexpected(error))
        else:
            self.succeeded.emit(result)


def start_task(parent: QWidget, title: str, text: str, work: Work, *, on_success: Callable[[Any], object],
               on_failure: Callable[[str], object],
               on_finished: Callable[[], object] | None = None,
               on_cancel: Callable[[str], object] | None = None,
               unexpected: Callable[[Exception], str] | None = None,
               cancel_text: str | None = None,
               keep_open: bool = False) -> BackgroundTask:
    """Run ``work`` in a thread behind a window-modal progress dialog (shown after 300 ms).

    ``on_failure`` gets one sentence, or "" when the user cancelled; with ``on_cancel`` a cancel goes
    there instead, with the Cancelled's sentence. ``keep_open`` keeps the dialog up at 100 % until the
    work has ended (a sync still writes after its last step). The dialog is ``task.dialog``.

    ``on_finished`` runs after success or failure, before the task is deleted. A caller's own
    connection to ``finished`` was not enough: a quick task could finish before the caller connected,
    and a queued call to a plain function was dropped once the deleted task took its connections along.
    """
    task = BackgroundTask(work, parent, unexpected=unexpected)
    progress = QProgressDialog(text, cancel_text or tr("BackgroundTask", "Cancel"), 0, 0, parent)
    progress.setWindowTitle(title)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)
    if keep_open:
        progress.setAutoClose(False)
        progress.setAutoReset(False)
    progress.canceled.connect(task.cancel_requested.set)
    task.dialog = progress

    def progressed(done: int, total: int, message: str) -> None:
        if not progress.wasCanceled():
            if message:
                progress.setLabelText(message)
            progress.setMaximum(max(total, 1))
            progress.setValue(min(done, total))  # may process events: the dialog is kept by this closure

    def said(message: str) -> None:
        if not progress.wasCanceled():
            progress.setLabelText(message)

    def failed(message: str) -> None:
        if message or on_cancel is None:
            on_failure(message)

    def finished() -> None:
        progress.reset()
        progress.deleteLater()
        if on_finished is not None:
            on_finished()
        task.deleteLater()

    task.progressed.connect(progressed)
    task.said.connect(said)
    task.succeeded.connect(on_success)
    task.failed.connect(failed)
    if on_cancel is not None:
        task.stopped.connect(on_cancel)
    task.finished.connect(finished)
    task.start()
    return task
