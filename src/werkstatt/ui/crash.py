"""Bugs end in a dialog with a copyable report, never in a silent exit (STYLE habit 12).

The report is also written to the log folder, so it survives even if the dialog cannot be shown.
Errors the user can act on (WerkstattError) never get here: they are sentences in the window.
"""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

import platformdirs
from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from werkstatt import __version__
from werkstatt.i18n import tr
from werkstatt.store.paths import APP_NAME

log = logging.getLogger(__name__)


def crash_report(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> str:
    lines = [
        f"Werkstatt {__version__}",
        f"Python {platform.python_version()} ({platform.platform()})",
        f"Qt {qVersion()}, PySide6 {pyside_version}",
        f"{datetime.now(UTC).isoformat(timespec='seconds')}",
        "",
        "".join(traceback.format_exception(kind, error, tb)),
    ]
    return "\n".join(lines)


def write_report(report: str, folder: Path | None = None) -> Path | None:
    folder = folder or Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"crash-{datetime.now(UTC).strftime('%Y%m%dT%H%M%S%fZ')}.txt"
        path.write_text(report, encoding="utf-8")
    except OSError:
        log.exception("the crash report could not be written")
        return None
    return path


class CrashDialog(QDialog):
    def __init__(self, report: str, saved_to: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("CrashDialog", "Werkstatt: an error in the program"))
        intro = tr("CrashDialog", "Werkstatt ran into an error in its own code. Everything you entered before "
                                  "is saved. Please send this report to the Werkstatt team.")
        if saved_to is not None:
            intro += " " + tr("CrashDialog", "A copy is in {path}.", path=saved_to)
        text = QLabel(intro)
        text.setWordWrap(True)
        self.report = QPlainTextEdit(report)
        self.report.setReadOnly(True)
        self.report.setAccessibleName(tr("CrashDialog", "Error report"))
        copy = QPushButton(tr("CrashDialog", "&Copy report"))
        copy.clicked.connect(lambda: QApplication.clipboard().setText(report))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.report, 1)
        layout.addWidget(buttons)
        self.resize(720, 420)


def install(parent: QWidget | None = None) -> None:
    """Show every uncaught exception (also those raised in slots) in a CrashDialog."""
    showing = False

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        nonlocal showing
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        report = crash_report(kind, error, tb)
        log.error("uncaught exception\n%s", report)
        saved = write_report(report)
        if showing or QApplication.instance() is None:
            sys.__excepthook__(kind, error, tb)
            return
        showing = True
        try:
            CrashDialog(report, saved, parent).exec()
        finally:
            showing = False

    sys.excepthook = hook
