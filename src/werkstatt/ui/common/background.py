"""Long work (imports, exports) off the GUI thread, with a progress dialog that can cancel it.

The work is a plain function ``work(progress, cancelled) -> result``: it reports through
``progress(done, total, text)``, looks at ``cancelled()`` between steps and raises
``werkstatt.errors.Cancelled`` to stop. It must open its own database session (the store's
sessions are made per call and may be used from this thread).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from werkstatt.errors import Cancelled, WerkstattError
from werkstatt.i18n import tr

Work = Callable[[Callable[[int, int, str], None], Callable[[], bool]], Any]


class BackgroundTask(QThread):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(str)  # one sentence; "" when the user cancelled

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.work = work
        self.cancel_requested = threading.Event()

    def run(self) -> None:
        try:
            result = self.work(lambda done, total, text: self.progressed.emit(done, total, text),
                               self.cancel_requested.is_set)
        except Cancelled:
            self.failed.emit("")
        except WerkstattError as error:
            self.failed.emit(error.message)
        else:
            self.succeeded.emit(result)


def start_task(parent: QWidget, title: str, text: str, work: Work, *, on_success: Callable[[Any], object],
               on_failure: Callable[[str], object],
               on_finished: Callable[[], object] | None = None) -> BackgroundTask:
    """Run ``work`` in a thread behind a window-modal progress dialog (shown after 300 ms).

    ``on_finished`` runs after success or failure, before the task is deleted. A caller's own
    connection to ``finished`` was not enough: a quick task could finish before the caller connected,
    and a queued call to a plain function was dropped once the deleted task took its connections along.
    """
    task = BackgroundTask(work, parent)
    progress = QProgressDialog(text, tr("BackgroundTask", "Cancel"), 0, 0, parent)
    progress.setWindowTitle(title)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)
    progress.canceled.connect(task.cancel_requested.set)

    def progressed(done: int, total: int, message: str) -> None:
        if not progress.wasCanceled():
            progress.setMaximum(max(total, 1))
            progress.setValue(min(done, total))
            if message:
                progress.setLabelText(message)

    def finished() -> None:
        progress.reset()
        progress.deleteLater()
        if on_finished is not None:
            on_finished()
        task.deleteLater()

    task.progressed.connect(progressed)
    task.succeeded.connect(on_success)
    task.failed.connect(on_failure)
    task.finished.connect(finished)
    task.start()
    return task
