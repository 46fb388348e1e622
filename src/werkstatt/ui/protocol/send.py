"""*Protokoll versenden …*: the protocol PDF with its Anlagen, an e-mail draft beside it, opened to send.

The facilitator chooses where the PDF goes; the draft (``.eml``, same name) is written beside it and
handed to the desktop's mail program, which opens it as a new message because of its
``X-Unsent`` header. Gathering and rendering run off the GUI thread behind a progress dialog that
can cancel (``ui.common.background``); a refusal is one sentence and leaves no draft behind.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from werkstatt import i18n
from werkstatt.errors import Cancelled, WerkstattError
from werkstatt.i18n import tr
from werkstatt.store.database import Store
from werkstatt.ui.common.background import BackgroundTask, start_task
from werkstatt.ui.protocol.export import protocol_path_or_explain, say_failure
from werkstatt.ui.workspace import Workspace

Progress = Callable[[int, int, str], None]


def open_draft(path: Path) -> bool:
    """Open the draft in the desktop's mail program (whatever opens ``.eml`` files there)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def draft_path(pdf: Path) -> Path:
    return pdf.with_suffix(".eml")


def write_protocol_and_draft(store: Store, workshop_id: str, pdf: Path, *, names: bool, language: str,
                             progress: Progress, cancelled: Callable[[], bool]) -> Path:
    """The work of the thread: gather, render with the Anlagen, write the draft; returns the draft's path."""
    from werkstatt.protocol.attachments import protocol_attachments
    from werkstatt.protocol.content import gather
    from werkstatt.protocol.mail import recipients, with_addresses, write_draft
    from werkstatt.protocol.pdf import ProtocolCancelled, write_protocol

    draft = draft_path(pdf)
    with i18n.speaking(language):
        with store.read_session() as session:
            content = gather(session, workshop_id, names=names)
            attachments = protocol_attachments(session, content.workshop_id, names=names)
            addressed = with_addresses(session, content)
        recipients(addressed)  # a bad address is said before the PDF is written
        try:
            written = write_protocol(content, pdf, attachments=attachments,
                                     progress=lambda done, total: progress(done, total, ""), cancelled=cancelled)
        except ProtocolCancelled as error:
            raise Cancelled(error.message) from error
        try:
            return write_draft(addressed, written, draft)
        except WerkstattError as error:
            raise WerkstattError(tr("ProtocolSend", "The protocol was written to {path}, the e-mail draft was not: "
                                                    "{reason}", path=written, reason=error.message)) from error


class ProtocolSender(QObject):
    """The "Send the protocol…" action of the window."""

    sent = Signal(str)  # the draft's path, once it is written and handed to the mail program

    def __init__(self, workspace: Workspace, parent_window: QWidget,
                 opener: Callable[[Path], object] | None = None, warn: Callable[[str], object] | None = None,
                 ask_path: Callable[[Path], Path | None] | None = None) -> None:
        super().__init__(parent_window)
        self.workspace, self.parent_window = workspace, parent_window
        self.opener = opener or open_draft
        self.warn = warn or (lambda message: QMessageBox.warning(parent_window, tr("ProtocolSend", "Send the "
                                                                                   "protocol"), message))
        self.ask_path = ask_path or self._ask_path
        self.action = QAction(tr("ProtocolSend", "Send the p&rotocol…"), parent_window)
        self.action.setStatusTip(tr("ProtocolSend", "Write the protocol as PDF and open an e-mail draft to the "
                                                    "participants with it attached"))
        self.action.triggered.connect(self.ask)
        self.task: BackgroundTask | None = None

    def _ask_path(self, suggested: Path) -> Path | None:
        chosen, _filter = QFileDialog.getSaveFileName(self.parent_window, tr("ProtocolSend", "Save the protocol as"),
                                                      str(suggested), tr("ProtocolSend", "PDF files (*.pdf)"))
        if not chosen:
            return None
        return Path(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf")

    def ask(self) -> None:
        suggested = protocol_path_or_explain(self.workspace, self.task is not None, tr(
            "ProtocolSend", "Open a workshop first: the protocol is sent for a workshop."))
        chosen = self.ask_path(suggested) if suggested is not None else None
        if chosen is not None:
            self.start(chosen)

    def start(self, pdf: Path, *, names: bool = True, language: str | None = None) -> BackgroundTask:
        store, workshop_id = self.workspace.store, self.workspace.workshop_id or ""
        spoken = language or i18n.language()

        def work(progress: Progress, cancelled: Callable[[], bool]) -> Path:
            return write_protocol_and_draft(store, workshop_id, pdf, names=names, language=spoken,
                                            progress=progress, cancelled=cancelled)

        self.task = start_task(self.parent_window, tr("ProtocolSend", "Send the protocol"),
                               tr("ProtocolSend", "Writing the protocol and the e-mail draft…"), work,
                               on_success=self._succeeded, on_failure=self._failed, on_finished=self._finished)
        return self.task

    def _succeeded(self, draft: object) -> None:
        path = Path(str(draft))
        self.workspace.saved.emit(tr("ProtocolSend", "E-mail draft written to {path}.", path=path))
        self.sent.emit(str(path))
        if not self.opener(path):
            self.warn(tr("ProtocolSend", "No mail program opened the draft {path}; open it by hand to send it.",
                         path=path))

    def _failed(self, message: str) -> None:
        say_failure(self.workspace, self.warn, message, tr("ProtocolSend", "Sending the protocol was cancelled."))

    def _finished(self) -> None:
        self.task = None

    def shutdown(self) -> None:
        """The window closes: stop a protocol being written and wait for the thread."""
        if self.task is not None:
            self.task.cancel_requested.set()
            self.task.wait(10000)
