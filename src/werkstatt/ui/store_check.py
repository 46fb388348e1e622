"""The full database check in the window: in the background after an unclean shutdown, or on request.

``store.check.check_store`` reads every page (2 s at 1.6 GB), so it never runs on the GUI thread:
after a crash the window appears at once and the status bar shows the check working, then one
sentence with its result; from the menu a progress dialog that can cancel it, then the sentence
in a message box. A damaged file is always said in a box: work on it could be lost.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMessageBox, QProgressBar

from werkstatt.i18n import tr
from werkstatt.store.check import CheckResult, check_store
from werkstatt.store.database import Store
from werkstatt.ui.common.background import BackgroundTask, Work, start_task


def check_work(path: Path) -> Work:
    """``check_store`` as a BackgroundTask's work: progress(done, total, text), cancelled()."""
    def work(progress: Callable[[int, int, str], None], cancelled: Callable[[], bool]) -> CheckResult:
        return check_store(path, progress=lambda done, total: progress(done, total, ""), cancelled=cancelled)
    return work


class StoreCheck(QObject):
    """The "check the database" action of ``window``, and the background check once the window is on
    the screen when ``store`` was left unclean (``Store.needs_check``). Closing the window stops it."""

    def __init__(self, window: QMainWindow, store: Store) -> None:
        super().__init__(window)
        self.window = window
        self.path = store.path
        self.task: BackgroundTask | None = None
        self.last: CheckResult | None = None  # the result of the last check that finished
        self.action = QAction(tr("StoreCheck", "Check the &database…"), window)
        self.action.setStatusTip(tr("StoreCheck", "Read every page of the database and say whether it is intact."))
        self.action.triggered.connect(lambda _checked=False: self.check_on_request())
        self._bar: QProgressBar | None = None
        window.installEventFilter(self)
        if store.needs_check:
            QTimer.singleShot(0, self.check_in_background)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.shutdown()
        return False

    def running(self) -> bool:
        return self.task is not None

    def check_in_background(self) -> BackgroundTask | None:
        """The check after an unclean shutdown: the window stays usable, the status bar shows it."""
        if self.task is not None:
            return None
        bar = QProgressBar()
        bar.setRange(0, 0)  # SQLite does not say how far it is: busy
        bar.setMaximumWidth(140)
        bar.setAccessibleName(tr("StoreCheck", "Checking the database"))
        self.window.statusBar().addPermanentWidget(bar)
        self.window.statusBar().showMessage(tr("StoreCheck", "Werkstatt was not closed properly last time; "
                                                             "checking the database in the background …"))
        self._bar = bar
        self.action.setEnabled(False)
        task = BackgroundTask(check_work(self.path), self.window)
        task.succeeded.connect(self._background_done)
        task.failed.connect(self._failed)
        task.finished.connect(self._finished)
        self.task = task
        task.start()
        return task

    def check_on_request(self) -> BackgroundTask | None:
        """From the menu: a progress dialog that can cancel, then the result in a message box."""
        if self.task is not None:
            return None
        self.action.setEnabled(False)
        self.task = start_task(self.window, tr("StoreCheck", "Check the database"),
                               tr("StoreCheck", "Reading every page of {path} …", path=self.path),
                               check_work(self.path), on_success=self._requested_done, on_failure=self._failed,
                               on_finished=self._finished)
        return self.task

    def _background_done(self, result: CheckResult) -> None:
        self.last = result
        self.window.statusBar().showMessage(result.sentence, 15000)
        if not result.ok and not result.cancelled:
            QMessageBox.warning(self.window, tr("StoreCheck", "Check the database"), result.sentence)

    def _requested_done(self, result: CheckResult) -> None:
        self.last = result
        self.window.statusBar().showMessage(result.sentence, 15000)
        if result.cancelled:
            return
        show = QMessageBox.information if result.ok else QMessageBox.warning
        show(self.window, tr("StoreCheck", "Check the database"), result.sentence)

    def _failed(self, sentence: str) -> None:
        if sentence:
            self.window.statusBar().showMessage("⚠ " + sentence, 15000)

    def _finished(self) -> None:
        if self._bar is not None:
            # Hidden, not removed: QStatusBar.removeWidget lays the bar out anew and shows its other
            # widgets again, and the "saved" line was painted under the check's result. It runs once
            # per start; the hidden bar goes with the window.
            self._bar.hide()
            self._bar = None
        if self.task is not None:
            self.task.wait()  # "finished" arrives while the thread may still be ending
            self.task.deleteLater()
        self.task = None
        self.action.setEnabled(True)

    def shutdown(self) -> None:
        """Closing the window: stop a running check and wait for its thread (a few steps at most)."""
        task = self.task
        if task is not None:
            task.cancel_requested.set()
            task.wait()
