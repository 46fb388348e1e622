"""The process map (*Prozesslandkarte*) in a window: the zoomable map with its search, and "save as"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from werkstatt import i18n
from werkstatt.errors import WerkstattError
from werkstatt.i18n import tr
from werkstatt.library.process_map import format_of, render_process_map
from werkstatt.store.database import Store
from werkstatt.ui.register.map_view import ProcessMapView


class ProcessMapDialog(QDialog):
    """The zoomable map of the whole register (``ProcessMapView``) with its search, and "save as".

    A drawn SVG at its natural size was 27 m tall at 20,000 processes; the view paints only what is in
    sight and loads in the background, so the dialog opens at once. ``openProcessRequested`` passes on
    a double-clicked process.
    """

    openProcessRequested = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None, *, background: bool = True) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(tr("ProcessMapDialog", "Process map"))
        self.setAccessibleName(tr("ProcessMapDialog", "Process map"))
        self.view = ProcessMapView(store, self, background=background)
        self.view.setAccessibleName(tr("ProcessMapDialog", "Process map grouped by product area"))
        self.view.openProcessRequested.connect(self.openProcessRequested)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = QPushButton(tr("ProcessMapDialog", "&Save as…"))
        self.save_button.setAccessibleName(tr("ProcessMapDialog", "Save process map as"))
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.clicked.connect(self.ask_save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        for button in self.findChildren(QPushButton):
            # Enter belongs to the map's search field (next match), not to "Close" or "Save as".
            button.setAutoDefault(False)
            button.setDefault(False)

    def sizeHint(self) -> QSize:
        screen = QGuiApplication.primaryScreen()
        available = screen.availableSize() if screen is not None else QSize(1280, 800)
        return QSize(available.width() * 8 // 10, available.height() * 8 // 10)

    def ask_save(self) -> None:
        # PDF first: its pages per product area are the map to print and file; SVG/PNG/DOT draw it whole.
        filters = ";;".join([tr("ProcessMapDialog", "PDF document (*.pdf)"),
                             tr("ProcessMapDialog", "SVG picture (*.svg)"),
                             tr("ProcessMapDialog", "PNG picture (*.png)"),
                             tr("ProcessMapDialog", "Graphviz DOT (*.dot)")])
        path, chosen = QFileDialog.getSaveFileName(self, tr("ProcessMapDialog", "Save process map"),
                                                   tr("ProcessMapDialog", "process-map") + ".pdf", filters)
        if path:
            self.save(Path(self._with_suffix(path, chosen)))

    @staticmethod
    def _with_suffix(path: str, chosen_filter: str) -> str:
        """The file name with the suffix of the chosen filter when the user typed none."""
        if Path(path).suffix:
            return path
        for suffix in ("svg", "pdf", "png", "dot"):
            if f"*.{suffix}" in chosen_filter:
                return f"{path}.{suffix}"
        return path + ".pdf"

    def save(self, path: Path) -> bool:
        """Write the map to ``path`` (format from its suffix); a refusal is one sentence in a message box."""
        try:
            format_of(path)
            with self.store.reading() as session:
                render_process_map(session, path, language=i18n.language())
        except WerkstattError as error:
            QMessageBox.warning(self, tr("ProcessMapDialog", "Process map not saved"), error.message)
            return False
        self.message.setText(tr("ProcessMapDialog", "Saved to {path}.", path=str(path)))
        self.message.show()
        return True
