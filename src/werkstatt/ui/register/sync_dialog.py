"""Syncing from the window: the register's address, the organisation, then the work off the GUI thread.

The sync runs in a background task (with its own sessions, as the engine opens them) while a
progress dialog can cancel it. The worker never opens a dialog: when the PostgreSQL server wants a
password that neither the keyring nor libpq's own sources had, the work stops and says so, the
dialog asks in the GUI thread and starts the sync again with the answer. A password lives only in
the password field and in memory; with the box ticked it goes to the operating system's keyring
once the server has accepted it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from werkstatt.errors import Cancelled, WerkstattError
from werkstatt.i18n import tr
from werkstatt.register.connect import RegisterAddress, parse_address
from werkstatt.register.credentials import keyring_available, store_password
from werkstatt.store.database import Store
from werkstatt.sync.engine import SyncCancelled, SyncReport
from werkstatt.sync.gui_support import SyncForm
from werkstatt.ui.common.background import BackgroundTask, Progress, Work, start_task
from werkstatt.ui.workspace import Workspace

log = logging.getLogger(__name__)

# (prompt, whether a keyring is offered) → (password, keep it in the keyring) or None when cancelled.
AskPassword = Callable[[str, bool], "tuple[str, bool] | None"]


@dataclass(frozen=True)
class PasswordWanted:
    """The sync stopped because the server wants a password nobody had; ``prompt`` is what to ask."""

    prompt: str


def sync_work(store: Store, address: RegisterAddress, organisation: str | None, password: str | None) -> Work:
    """One sync in the task's thread: a SyncReport, or PasswordWanted. The work never opens a dialog."""
    secret = [password]  # taken out when the sync starts: not kept with the task longer than needed

    def work(progress: Progress, cancelled: Callable[[], bool]) -> SyncReport | PasswordWanted:
        from werkstatt.register.connect import open_register_engine
        from werkstatt.register.errors import translating
        from werkstatt.sync.engine import sync

        wanted: list[str] = []
        password = secret.pop() if secret else None

        def note_password_wanted(prompt: str) -> None:
            # Called by the engine in this thread: no dialog here; answering None ends the attempt.
            wanted.append(prompt)

        try:
            engine = open_register_engine(address, password=password, ask_password=note_password_wanted,
                                          on_wait=progress.say)
            try:
                with translating(address):
                    return sync(store, engine, display=address.display, organisation=organisation,
                                progress=progress, cancelled=cancelled)
            finally:
                engine.dispose()
        except SyncCancelled as stop:
            raise Cancelled(stop.message) from stop
        except WerkstattError:
            if wanted:
                return PasswordWanted(wanted[0])
            raise

    return work


class PasswordDialog(QDialog):
    """Asks for the register password; the only widget that ever holds it."""

    def __init__(self, prompt: str, keyring_offered: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("SyncDialog", "Register password"))
        form = QFormLayout(self)
        prompt_label = QLabel(prompt, self)
        prompt_label.setWordWrap(True)
        form.addRow(prompt_label)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(tr("SyncDialog", "Password"))
        form.addRow(tr("SyncDialog", "&Password:"), self.password)
        self.keep = QCheckBox(tr("SyncDialog", "&Keep in the system's keyring"), self)
        self.keep.setChecked(keyring_offered)
        self.keep.setEnabled(keyring_offered)
        if not keyring_offered:
            self.keep.setToolTip(tr("SyncDialog", "This system has no keyring; the password is used for this sync "
                                                  "only (or put it in ~/.pgpass)."))
        form.addRow("", self.keep)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def answer(self) -> tuple[str, bool] | None:
        if not self.password.text():
            return None
        return self.password.text(), self.keep.isChecked() and self.keep.isEnabled()


def ask_password_with_dialog(parent: QWidget) -> AskPassword:
    def ask(prompt: str, keyring_offered: bool) -> tuple[str, bool] | None:
        dialog = PasswordDialog(prompt, keyring_offered, parent)
        try:
            return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.password.clear()
            dialog.deleteLater()
    return ask


class SyncDialog(QDialog):
    """The "Sync with the register…" dialog: the form, the running sync, the result and open conflicts."""

    synced = Signal(object)  # the SyncReport of a sync that finished

    def __init__(self, workspace: Workspace, parent: QWidget | None = None, *,
                 warn: Callable[[str], object] | None = None, ask_password: AskPassword | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.warn = warn or (lambda message: QMessageBox.warning(self, tr("SyncDialog", "Sync"), message))
        self.ask_password = ask_password or ask_password_with_dialog(self)
        self.worker: BackgroundTask | None = None
        self._address: RegisterAddress | None = None  # of the running sync, for the keyring once it succeeded
        self.progress: QProgressDialog | None = None
        self.conflict_dialog: QDialog | None = None
        self.last_report: SyncReport | None = None
        self._password_attempt: tuple[str, bool] | None = None  # the answer being tried, until the sync ends
        self._wanted_password: str | None = None  # the server's prompt, when the sync stopped for a password
        self.form: SyncForm | None = None
        self.setWindowTitle(tr("SyncDialog", "Sync with the register"))
        self._build()
        self._fill()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.address = QLineEdit(self)
        self.address.setPlaceholderText(tr("SyncDialog", "a file path, or postgresql://user@host/database?"
                                                         "sslmode=verify-full"))
        self.address.setAccessibleName(tr("SyncDialog", "Register address"))
        self.address.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        form.addRow(tr("SyncDialog", "&Register:"), self.address)
        self.organisation = QComboBox(self)
        self.organisation.setAccessibleName(tr("SyncDialog", "Organisation this laptop syncs as"))
        form.addRow(tr("SyncDialog", "Sync &as:"), self.organisation)
        layout.addLayout(form)
        explanation = QLabel(tr(
            "SyncDialog",
            "Sent: fact sheets, process models with lanes, steps and flows, pain points, measures and the totals of "
            "the votes. Received: the published library of the other organisations (read-only until adopted). "
            "Participants' names and individual votes stay on this laptop."), self)
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                            | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.result.setAccessibleName(tr("SyncDialog", "Result of the sync"))
        self.result.hide()
        layout.addWidget(self.result)
        buttons = QDialogButtonBox(self)
        self.sync_button = buttons.addButton(tr("SyncDialog", "&Synchronise"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.sync_button.setDefault(True)
        self.conflicts_button = QPushButton(tr("SyncDialog", "Resolve &conflicts…"), self)
        buttons.addButton(self.conflicts_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.start)
        buttons.rejected.connect(self.reject)
        self.conflicts_button.clicked.connect(self.open_conflicts)
        layout.addWidget(buttons)
        self.explanation = explanation
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 90)
        self._fit_text()

    def _fit_text(self) -> None:
        # Wrapped labels do not tell a dialog's layout how tall they get at its width: say it, then fit.
        width = self.minimumWidth() - 24
        for label in (self.explanation, self.result):
            label.setMinimumHeight(label.heightForWidth(width) if label.isVisibleTo(self) or label is
                                   self.explanation else 0)
        self.adjustSize()

    def _fill(self) -> None:
        from werkstatt.sync.conflicts import open_conflict_count
        from werkstatt.sync.gui_support import sync_form

        with self.workspace.reading() as session:
            form = sync_form(session)
            open_count = open_conflict_count(session)
        self.form = form
        self.address.setText(form.url)
        for choice in form.organisations:
            self.organisation.addItem(choice.label, choice.key)
            if choice.id == form.remembered_organisation:
                self.organisation.setCurrentIndex(self.organisation.count() - 1)
        if form.remembered_organisation is None:
            self.organisation.setCurrentIndex(-1)  # the user says which; a guess could write as someone else
        self.offer_register_organisations()
        # A laptop that never synced has no organisations of its own: the register's come once its address is known.
        self.address.editingFinished.connect(self.offer_register_organisations)
        self.conflicts_button.setVisible(open_count > 0)
        (self.organisation if form.url else self.address).setFocus()

    def offer_register_organisations(self) -> None:
        """Add the register's organisations this laptop does not have yet to the choice (the chosen one stays)."""
        from werkstatt.sync.gui_support import offered_organisations, register_organisations

        chosen = self.chosen_organisation()
        assert self.form is not None
        offered = offered_organisations(self.form, register_organisations(self.address.text().strip()))
        if [self.organisation.itemData(i) for i in range(self.organisation.count())] == [c.key for c in offered]:
            return
        self.organisation.clear()
        for choice in offered:
            self.organisation.addItem(choice.label, choice.key)
        self.organisation.setCurrentIndex(self.organisation.findData(chosen) if chosen is not None else -1)

    # --- running -----------------------------------------------------------------------------------

    def chosen_organisation(self) -> str | None:
        return self.organisation.currentData() if self.organisation.currentIndex() >= 0 else None

    def start(self) -> BackgroundTask | None:
        """Check the form and start the sync; errors in the form are one sentence, the input stays."""
        if self.worker is not None:
            return None  # one sync at a time
        try:
            address = parse_address(self.address.text())
        except WerkstattError as error:
            self.warn(error.message)
            self.address.setFocus()
            return None
        self.offer_register_organisations()  # the address may have been given without leaving its field
        if address.kind == "sqlite" and self.chosen_organisation() is None:
            # A PostgreSQL login belongs to one organisation; a register file has to be told.
            self.warn(tr("SyncDialog", "Choose the organisation this laptop syncs as."))
            self.organisation.setFocus()
            return None
        password = self._password_attempt[0] if self._password_attempt else None
        work = sync_work(self.workspace.store, address, self.chosen_organisation(), password)
        self._address = address
        self.sync_button.setEnabled(False)
        self.worker = start_task(self, tr("SyncDialog", "Sync"), tr("SyncDialog", "Connecting to the register…"),
                                 work, on_success=self._succeeded, on_failure=self._failed,
                                 on_cancel=self._stopped, on_finished=self._finished,
                                 cancel_text=tr("SyncDialog", "Cancel"), keep_open=True)
        self.progress = self.worker.dialog
        assert self.progress is not None
        self.progress.canceled.connect(self._cancel_requested)
        return self.worker

    def _cancel_requested(self) -> None:
        if self.worker is not None:
            self._show_result(tr("SyncDialog", "Stopping the sync…"))

    def _succeeded(self, result: SyncReport | PasswordWanted) -> None:
        from werkstatt.sync.gui_support import report_text

        if isinstance(result, PasswordWanted):
            # Asked once the task has finished (see _finished): a modal dialog here would run a nested
            # event loop in which the task's "finished" arrives before the answer exists.
            self._wanted_password = result.prompt
            return
        report = result
        if self._password_attempt is not None and self._password_attempt[1] and self._address is not None:
            try:
                store_password(self._address, self._password_attempt[0])
            except WerkstattError as error:
                self.warn(error.message)
        self.last_report = report
        self._show_result(report_text(report))
        self.conflicts_button.setVisible(bool(report.conflicts) or self._open_conflicts() > 0)
        if report.conflicts:
            self.conflicts_button.setFocus()
        self.workspace.changed_outside(tr("SyncDialog", "Synced with {address}.", address=report.register))
        self.synced.emit(report)

    def _failed(self, message: str) -> None:
        self.warn(message)

    def _stopped(self, message: str) -> None:
        self._show_result(message)

    def _finished(self) -> None:
        self.worker, self.progress, self._address = None, None, None
        self.sync_button.setEnabled(True)
        prompt, self._wanted_password = self._wanted_password, None
        self._password_attempt = None  # used or refused: never kept beyond one sync
        if prompt is not None:
            self._ask_and_retry(prompt)

    def _ask_and_retry(self, prompt: str) -> None:
        """The server wants a password nobody had: ask here, in the GUI thread, then sync again with it."""
        answer = self.ask_password(prompt, keyring_available())
        if answer is None:
            self.warn(tr("SyncDialog", "No password was given; nothing was synced."))
            return
        self._password_attempt = answer
        self.start()

    def _show_result(self, text: str) -> None:
        self.result.setText(text)
        self.result.show()
        self._fit_text()

    def _open_conflicts(self) -> int:
        from werkstatt.sync.conflicts import open_conflict_count

        with self.workspace.reading() as session:
            return open_conflict_count(session)

    def open_conflicts(self) -> QDialog:
        from werkstatt.ui.register.conflict_dialog import ConflictDialog

        dialog = ConflictDialog(self.workspace, self, warn=self.warn)
        dialog.finished.connect(lambda _code: self.conflicts_button.setVisible(self._open_conflicts() > 0))
        self.conflict_dialog = dialog
        dialog.open()
        return dialog

    def shutdown(self) -> None:
        """The dialog or the window closes: stop a running sync (the register keeps its state) and wait."""
        if self.worker is not None:
            self.worker.cancel_requested.set()
            self.worker.wait(30000)

    def done(self, result: int) -> None:
        if self.worker is not None:
            return  # the progress dialog's Cancel stops a running sync; closing waits for it
        super().done(result)
