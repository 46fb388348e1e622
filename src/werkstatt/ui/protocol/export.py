"""Writing the PDF protocol from the window: options, then the work off the GUI thread.

The facilitator chooses the file, whether participants are named and the language; the
protocol is gathered and rendered in a worker thread with its own database session while a
progress dialog can cancel it. A finished protocol is opened with the desktop's PDF viewer;
a failure is one sentence, and an existing file of the same name stays as it was.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Qt, QThread, QUrl, Signal
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
from werkstatt.errors import WerkstattError
from werkstatt.i18n import tr
from werkstatt.store import Store
from werkstatt.ui.workspace import Workspace

log = logging.getLogger(__name__)


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


class ProtocolWorker(QThread):
    """Gathers and renders in this thread, with its own session; reports back by signal."""

    progressed = Signal(int, int)
    succeeded = Signal(str)
    failed = Signal(str)

    def __init__(self, store: Store, workshop_id: str, out: Path, names: bool, language: str,
                 parent: QObject | None = None, paper: str = "A4") -> None:
        super().__init__(parent)
        self.store, self.workshop_id, self.out, self.names, self.language = store, workshop_id, out, names, language
        self.paper = paper
        self.cancel_requested = threading.Event()

    def run(self) -> None:
        from werkstatt.protocol import gather
        from werkstatt.protocol.pdf import ProtocolCancelled, write_protocol

        try:
            with i18n.speaking(self.language):
                with self.store.read_session() as session:
                    content = gather(session, self.workshop_id, names=self.names)
                    attachments = _attachments(session, self.workshop_id, self.names)
                written = write_protocol(content, self.out, attachments=attachments, paper=self.paper,
                                         progress=self.progressed.emit, cancelled=self.cancel_requested.is_set)
        except ProtocolCancelled:
            self.failed.emit("")
        except WerkstattError as error:
            self.failed.emit(error.message)
        except Exception as error:  # a fault of the engine must reach the user, not end the thread silently
            log.exception("writing the protocol failed")
            self.failed.emit(tr("ProtocolExport", "The protocol could not be written: {reason}", reason=str(error)))
        else:
            self.succeeded.emit(str(written))


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
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
    return Path(folder) / suggested_name(detail.title, detail.date)


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
        self.worker: ProtocolWorker | None = None
        self.progress: QProgressDialog | None = None

    def suggested_path(self) -> Path:
        return suggested_path(self.workspace)

    def ask(self) -> None:
        if not self.workspace.workshop_id:
            self.workspace.tell(tr("ProtocolExport", "Open a workshop first: the protocol is written for a workshop."))
            return
        if self.worker is not None:
            return  # one protocol at a time
        try:
            suggested = self.suggested_path()
        except WerkstattError as error:
            self.workspace.tell(error.message)
            return
        dialog = ProtocolOptionsDialog(suggested, self.parent_window)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            out, names, language, paper = dialog.chosen()
        finally:
            dialog.deleteLater()
        self.start(out, names=names, language=language, paper=paper)

    def start(self, out: Path, *, names: bool = True, language: str = "de", paper: str = "A4") -> ProtocolWorker:
        worker = ProtocolWorker(self.workspace.store, self.workspace.workshop_id or "", out, names, language, self,
                                paper=paper)
        progress = QProgressDialog(tr("ProtocolExport", "Writing the protocol…"), tr("ProtocolExport", "Cancel"),
                                   0, 0, self.parent_window)
        progress.setWindowTitle(tr("ProtocolExport", "Protocol"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.canceled.connect(worker.cancel_requested.set)
        worker.progressed.connect(self._progressed)
        worker.succeeded.connect(self._succeeded)
        worker.failed.connect(self._failed)
        worker.finished.connect(self._finished)
        self.worker, self.progress = worker, progress
        worker.start()
        return worker

    def _progressed(self, done: int, total: int) -> None:
        if self.progress is not None and not self.progress.wasCanceled():
            self.progress.setMaximum(max(total, 1))
            self.progress.setValue(min(done, total))

    def _succeeded(self, path: str) -> None:
        self.workspace.saved.emit(tr("ProtocolExport", "Protocol written to {path}.", path=path))
        self.written.emit(path)
        self.opener(Path(path))

    def _failed(self, message: str) -> None:
        if message:  # an empty message: the facilitator cancelled, nothing to explain
            self.warn(message)
        else:
            self.workspace.saved.emit(tr("ProtocolExport", "Writing the protocol was cancelled."))

    def _finished(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
        if self.worker is not None:
            self.worker.deleteLater()
        self.worker, self.progress = None, None

    def shutdown(self) -> None:
        """The window closes: stop a protocol being written and wait for the thread."""
        if self.worker is not None:
            self.worker.cancel_requested.set()
            self.worker.wait(10000)
