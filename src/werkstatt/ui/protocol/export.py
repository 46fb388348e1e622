"""Writing the PDF protocol from the window: options, then the work off the GUI thread.

The facilitator chooses the file, whether participants are named and the language; the
protocol is gathered and rendered in a worker thread with its own database session while a
progress dialog can cancel it. A finished protocol is opened with the desktop's PDF viewer;
a failure is one sentence, and an existing file of the same name stays as it was.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QWidget,
)

from werkstatt import i18n
from werkstatt.errors import Cancelled, WerkstattError
from werkstatt.i18n import tr
from werkstatt.store.database import Store
from werkstatt.ui.common.background import BackgroundTask, Progress, Work, start_task
from werkstatt.ui.workspace import Workspace


def suggested_name(title: str, date: dt.date | None) -> str:
    """"Protokoll Prozesswerkstatt Führerscheinantrag 2026-12-03.pdf": no characters a file system refuses."""
    safe = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", title).strip() or tr("ProtocolExport", "Workshop")
    stamp = f" {date.isoformat()}" if date else ""
    return tr("ProtocolExport", "Protocol {title}{date}.pdf", title=safe[:80], date=stamp)


class ProtocolOptionsDialog(QDialog):
    def __init__(self, suggested: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("ProtocolExport", "Write the protocol"))
        form = QFormLayout(self)
        self.path = QLineEdit(str(suggested), self)
        self.path.setAccessibleName(tr("ProtocolExport", "File"))
        self.path.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        browse = QPushButton(tr("ProtocolExport", "&Choose…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        label = QLabel(tr("ProtocolExport", "&File:"), self)
        label.setBuddy(self.path)  # a row that is a layout gets no buddy from the form: the & showed
        form.addRow(label, row)
        self.names = QCheckBox(tr("ProtocolExport", "&Name the participants (otherwise only their organisations)"),
                               self)
        self.names.setChecked(True)
        form.addRow("", self.names)
        self.language = QComboBox(self)
        self.language.setAccessibleName(tr("ProtocolExport", "Language of the protocol"))
        for code, name in (("de", "Deutsch"), ("en", "English")):
            self.language.addItem(name, code)
        form.addRow(tr("ProtocolExport", "&Language:"), self.language)
        self.paper = QComboBox(self)
        self.paper.setAccessibleName(tr("ProtocolExport", "Paper size of the diagram pages"))
        self.paper.addItem(tr("ProtocolExport", "A4 landscape"), "A4")
        self.paper.addItem(tr("ProtocolExport", "A3 landscape (larger diagrams)"), "A3")
        form.addRow(tr("ProtocolExport", "&Diagram pages:"), self.paper)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("ProtocolExport", "&Write PDF"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _browse(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(self, tr("ProtocolExport", "Save the protocol as"),
                                                      self.path.text(), tr("ProtocolExport", "PDF files (*.pdf)"))
        if chosen:
            self.path.setText(chosen)

    def _accept(self) -> None:
        text = self.path.text().strip()
        if not text:
            QMessageBox.warning(self, self.windowTitle(), tr("ProtocolExport", "Please give a file name."))
            return
        if not text.lower().endswith(".pdf"):
            self.path.setText(text + ".pdf")
        self.accept()

    def chosen(self) -> tuple[Path, bool, str, str]:
        return (Path(self.path.text().strip()).expanduser(), self.names.isChecked(), self.language.currentData(),
                self.paper.currentData())


def protocol_work(store: Store, workshop_id: str, out: Path, names: bool, language: str, paper: str) -> Work:
    """Gather and render in the task's thread, with its own session; the result is the written path."""

    def work(progress: Progress, cancelled: Callable[[], bool]) -> str:
        from werkstatt.protocol.content import gather
        from werkstatt.protocol.pdf import ProtocolCancelled, write_protocol

        try:
            with i18n.speaking(language):
                with store.read_session() as session:
                    content = gather(session, workshop_id, names=names)
                    attachments = _attachments(session, workshop_id, names)
                written = write_protocol(content, out, attachments=attachments, paper=paper, progress=progress,
                                         cancelled=cancelled)
        except ProtocolCancelled as stop:
            raise Cancelled(stop.message) from stop
        return str(written)

    return work


def unexpected_fault(error: Exception) -> str:
    """A fault of the engine reaches the user as a sentence, not a silently ended thread."""
    return tr("ProtocolExport", "The protocol could not be written: {reason}", reason=str(error))


def _attachments(session, workshop_id: str, names: bool) -> tuple:
    """The files the PDF embeds (BPMN, CSV, package); none where this build has no attachments module."""
    try:
        from werkstatt.protocol.attachments import protocol_attachments
    except ImportError:
        return ()
    return tuple(protocol_attachments(session, workshop_id, names=names))


def suggested_path(workspace: Workspace) -> Path:
    """Where a protocol of the open workshop goes unless the user says otherwise: the documents folder."""
    from werkstatt.read.workshops import workshop_detail

    with workspace.reading() as session:
        detail = workshop_detail(session, workspace.workshop_id or "")
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    # A fresh Linux account may have no Documents folder yet: then the home folder, never a refusal.
    folder = Path(documents) if documents and Path(documents).is_dir() else Path.home()
    return folder / suggested_name(detail.title, detail.date)


def protocol_path_or_explain(workspace: Workspace, busy: bool, no_workshop: str) -> Path | None:
    """Where the open workshop's protocol goes unless the user says otherwise; None when there is no
    workshop (``no_workshop`` is said), a protocol is being written already, or the workshop cannot be read."""
    if not workspace.workshop_id:
        workspace.tell(no_workshop)
        return None
    if busy:
        return None  # one protocol at a time
    try:
        return suggested_path(workspace)
    except WerkstattError as error:
        workspace.tell(error.message)
        return None


def say_failure(workspace: Workspace, warn: Callable[[str], object], message: str, cancelled: str) -> None:
    """A failed protocol job: its sentence in a warning; a cancelled one (no message) only in the status bar."""
    if message:
        warn(message)
    else:
        workspace.saved.emit(cancelled)


class ProtocolExporter(QObject):
    """The "Protocol as PDF…" action of the window."""

    written = Signal(str)  # the path, once the PDF is complete

    def __init__(self, workspace: Workspace, parent_window: QWidget,
                 opener: Callable[[Path], object] | None = None,
                 warn: Callable[[str], object] | None = None) -> None:
        super().__init__(parent_window)
        self.workspace, self.parent_window = workspace, parent_window
        self.opener = opener or (lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))
        self.warn = warn or (lambda message: QMessageBox.warning(parent_window, tr("ProtocolExport", "Protocol"),
                                                                 message))
        self.action = QAction(tr("ProtocolExport", "&Protocol as PDF…"), parent_window)
        self.action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.action.triggered.connect(self.ask)
        self.worker: BackgroundTask | None = None
        self.progress: QProgressDialog | None = None

    def ask(self) -> None:
        suggested = protocol_path_or_explain(self.workspace, self.worker is not None, tr(
            "ProtocolExport", "Open a workshop first: the protocol is written for a workshop."))
        if suggested is None:
            return
        dialog = ProtocolOptionsDialog(suggested, self.parent_window)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            out, names, language, paper = dialog.chosen()
        finally:
            dialog.deleteLater()
        self.start(out, names=names, language=language, paper=paper)

    def start(self, out: Path, *, names: bool = True, language: str = "de", paper: str = "A4") -> BackgroundTask:
        work = protocol_work(self.workspace.store, self.workspace.workshop_id or "", out, names, language, paper)
        self.worker = start_task(self.parent_window, tr("ProtocolExport", "Protocol"),
                                 tr("ProtocolExport", "Writing the protocol…"), work,
                                 on_success=self._succeeded, on_failure=self._failed, on_finished=self._finished,
                                 unexpected=unexpected_fault, cancel_text=tr("ProtocolExport", "Cancel"))
        self.progress = self.worker.dialog
        return self.worker

    def _succeeded(self, path: str) -> None:
        self.workspace.saved.emit(tr("ProtocolExport", "Protocol written to {path}.", path=path))
        self.written.emit(path)
        self.opener(Path(path))

    def _failed(self, message: str) -> None:
        say_failure(self.workspace, self.warn, message, tr("ProtocolExport", "Writing the protocol was cancelled."))

    def _finished(self) -> None:
        self.worker, self.progress = None, None

    def shutdown(self) -> None:
        """The window closes: stop a protocol being written and wait for the thread."""
        if self.worker is not None:
            self.worker.cancel_requested.set()
            self.worker.wait(10000)
