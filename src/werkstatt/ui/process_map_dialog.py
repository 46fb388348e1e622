"""The process map (*Prozesslandkarte*) in a window: the SVG drawn by the pure core, and "save as"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from werkstatt import i18n
from werkstatt.errors import WerkstattError
from werkstatt.i18n import tr
from werkstatt.library.process_map import format_of, process_map_graph, render_graph, render_process_map
from werkstatt.store import Store


class ProcessMapDialog(QDialog):
    """Shows the map at its natural size (scrollable) and writes it as SVG, PDF, PNG or DOT."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(tr("ProcessMapDialog", "Process map"))
        self.setAccessibleName(tr("ProcessMapDialog", "Process map"))
        self.svg = QSvgWidget()
        self.svg.setAccessibleName(tr("ProcessMapDialog", "Process map grouped by product area"))
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.svg)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # arrow keys and Page Up/Down scroll the map
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
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.svg_data = b""
        self.reload()

    def reload(self) -> bool:
        """Draw the map again from the database; a Graphviz problem becomes a sentence in the window."""
        try:
            with self.store.reading() as session:
                self.svg_data = render_graph(process_map_graph(session, language=i18n.language()), "svg")
        except WerkstattError as error:
            self.svg_data = b""
            self.message.setText(error.message)
            self.message.show()
            return False
        self.message.hide()
        self.svg.load(QByteArray(self.svg_data))
        natural = self.svg.renderer().defaultSize()
        self.svg.setFixedSize(natural if natural.isValid() else QSize(400, 300))
        return True

    def sizeHint(self) -> QSize:
        screen = QGuiApplication.primaryScreen()
        available = screen.availableSize() if screen is not None else QSize(1280, 800)
        wanted = self.svg.size() + QSize(60, 120)
        return QSize(min(wanted.width(), available.width() * 9 // 10),
                     min(wanted.height(), available.height() * 9 // 10))

    def ask_save(self) -> None:
        filters = ";;".join([tr("ProcessMapDialog", "SVG picture (*.svg)"),
                             tr("ProcessMapDialog", "PDF document (*.pdf)"),
                             tr("ProcessMapDialog", "PNG picture (*.png)"),
                             tr("ProcessMapDialog", "Graphviz DOT (*.dot)")])
        path, chosen = QFileDialog.getSaveFileName(self, tr("ProcessMapDialog", "Save process map"),
                                                   tr("ProcessMapDialog", "process-map") + ".svg", filters)
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
        return path + ".svg"

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
