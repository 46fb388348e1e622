"""The main window and the main dialogs, grabbed in one language, with every clipped text listed.

    python tools/dialog_shots.py OUT [--lang de|en|pseudo]   # starts its own Xvfb

``pseudo`` (see werkstatt.i18n) makes every translated text a third longer and accents it: a label or
button that cuts its text shows here first, and so does a text that bypasses the translation (it
stays plain). Each dialog is shown on the demo workshop at its own preferred size, grabbed as
``OUT/dialog-NAME[-LANG].png``, and checked by ``clipped_texts``; the list is printed at the end and
the exit code is 1 if anything was clipped. tests/ui/test_pseudo.py runs the same check offscreen.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


MNEMONIC = re.compile(r"&(?!&|\w+;|#\d+;)")


def clipped_texts(root) -> list[str]:
    """Visible labels, buttons and group titles under ``root`` whose text does not fit their size, and
    labels that show their Alt-key ampersand because they have no buddy to give the focus to."""
    return [problem for _widget, problem in clipped_widgets(root)]


def clipped_widgets(root) -> list[tuple[object, str]]:
    """``clipped_texts`` with the widget each problem was found on."""
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel

    found: list[tuple[object, str]] = []
    for label in root.findChildren(QLabel):
        if label.isVisibleTo(root) and label.buddy() is None and MNEMONIC.search(label.text().replace("&&", "")):
            found.append((label, f"{type(root).__name__}: QLabel “{label.text()[:60]}” shows its & (no buddy)"))
    for widget in [root, *root.findChildren(QLabel), *root.findChildren(QAbstractButton),
                   *root.findChildren(QGroupBox)]:
        if not widget.isVisibleTo(root) or widget.width() <= 1:
            continue
        if isinstance(widget, QLabel):
            if not widget.text() or (widget.pixmap() is not None and not widget.pixmap().isNull()):
                continue
            if widget.wordWrap():
                fits = widget.heightForWidth(widget.width()) <= widget.height() + 1
            else:
                fits = widget.sizeHint().width() <= widget.width() + 1
            text = widget.text()
        elif isinstance(widget, QAbstractButton):
            text = widget.text()
            if not text:
                continue
            fits = widget.sizeHint().width() <= widget.width() + 1
        elif isinstance(widget, QGroupBox):
            text = widget.title()
            fits = not text or widget.minimumSizeHint().width() <= widget.width() + 1
        else:
            continue
        if not fits:
            found.append((widget, f"{type(root).__name__}: {type(widget).__name__} “{text[:60]}”"))
    return found


def clipped_headers(root) -> list[tuple[object, str]]:
    """Visible column headers under ``root`` whose section is narrower than its title needs.

    A title needs its text's width, the style's margin on both sides and, on the sorted column, the
    sort arrow; a stretching last section counts by the width it really got.
    """
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QHeaderView, QStyle

    found: list[tuple[object, str]] = []
    for header in root.findChildren(QHeaderView):
        if (header.orientation() != Qt.Orientation.Horizontal or not header.isVisibleTo(root)
                or header.model() is None or header.width() <= 1):
            continue
        for section in range(header.count()):
            if header.isSectionHidden(section):
                continue
            text = header.model().headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
            if not text:
                continue
            margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
            font = header.font()
            font.setBold(header.highlightSections())  # the title of a selected row's column is bold
            metrics = QFontMetrics(font)  # a title of two lines ("Erika M." over "4/4 ✓") needs its wider line
            needed = max(metrics.horizontalAdvance(line) for line in str(text).split("\n")) + 2 * margin
            if header.isSortIndicatorShown() and header.sortIndicatorSection() == section:
                needed += header.height() + margin  # Qt's room for the arrow beside the title
            if header.sectionSize(section) + 1 < needed:
                view = header.parentWidget()
                name = view.accessibleName() if view is not None else ""
                found.append((header, f"{type(root).__name__}: header “{text}” of “{name}”: "
                                      f"{header.sectionSize(section)} px < {needed} px"))
    return found


def owner_module(widget) -> str:
    """The werkstatt.ui module of the nearest widget class (the widget or a parent) that is ours."""
    while widget is not None:
        module = type(widget).__module__
        if module.startswith("werkstatt.ui."):
            return module
        widget = widget.parentWidget()
    return ""


def bring_forward(widget, window) -> None:
    """Make ``widget`` shown: the tab pages and tabified docks around it come to the front."""
    from PySide6.QtWidgets import QDockWidget, QStackedWidget, QTabWidget

    node = widget
    while node is not None and node is not window:
        parent = node.parentWidget()
        if isinstance(parent, QStackedWidget) and isinstance(parent.parentWidget(), QTabWidget):
            parent.parentWidget().setCurrentWidget(node)
        if isinstance(node, QDockWidget):
            node.show()
            node.raise_()
        node = parent


def each_page(window) -> Iterator[str]:
    """Bring every tab page and every tabified dock of ``window`` to the front in turn, laid out.

    Only what is shown has its real size: a dock behind another tab keeps the size of its last showing.
    """
    from PySide6.QtWidgets import QApplication, QDockWidget, QTabWidget

    def settled() -> None:
        for _ in range(3):
            QApplication.processEvents()

    for dock in window.findChildren(QDockWidget):
        bring_forward(dock, window)
        settled()
        yield f"dock {dock.windowTitle()}"
    for tabs in window.findChildren(QTabWidget):
        for index in range(tabs.count()):
            bring_forward(tabs.widget(index), window)
            tabs.setCurrentIndex(index)
            settled()
            yield f"tab {tabs.tabText(index)}"


def main_dialogs(window, workspace) -> Iterator[tuple[str, Callable[[], object]]]:
    """(name, factory) of the dialogs a facilitator meets, built on the open demo workshop."""
    from werkstatt.ui.analysis.rates_dialog import RatesDialog
    from werkstatt.ui.findings.dialogs import MeasureDialog, PainPointDialog
    from werkstatt.ui.help.guide import UserGuideDialog
    from werkstatt.ui.protocol.export import ProtocolOptionsDialog
    from werkstatt.ui.register.conflict_dialog import ConflictDialog
    from werkstatt.ui.register.map_dialog import ProcessMapDialog
    from werkstatt.ui.register.sync_dialog import PasswordDialog, SyncDialog
    from werkstatt.ui.voting.dialogs import NewRoundDialog
    from werkstatt.ui.workshop.manager import WorkshopManager

    yield "workshops", lambda: WorkshopManager(workspace, window.settings, window)
    yield "protocol", lambda: ProtocolOptionsDialog(Path.home() / "Protokoll.pdf", window)
    yield "rates", lambda: RatesDialog(workspace, window)
    yield "new-round", lambda: NewRoundDialog(workspace, window)
    yield "pain-point", lambda: PainPointDialog(workspace, window)
    yield "measure", lambda: MeasureDialog(workspace, window)
    yield "sync", lambda: SyncDialog(workspace, window)
    yield "password", lambda: PasswordDialog("postgresql://witten@register.example/werkstatt", True, window)
    yield "conflicts", lambda: ConflictDialog(workspace, window)
    yield "process-map", lambda: ProcessMapDialog(workspace.store, window)
    yield "user-guide", lambda: UserGuideDialog(window)


def settle(ms: int = 400) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def shoot(out: Path, language: str) -> list[str]:
    from screenshots import open_demo_window

    folder = Path(tempfile.mkdtemp(prefix="werkstatt-dialogs-"))
    _app, store, workspace, window = open_demo_window(folder, language)
    out.mkdir(parents=True, exist_ok=True)
    suffix = "" if language == "de" else f"-{language}"
    settle(800)
    window.grab().save(str(out / f"window{suffix}.png"))
    clipped = clipped_texts(window)
    for name, factory in main_dialogs(window, workspace):
        dialog = factory()
        dialog.show()
        settle()
        dialog.grab().save(str(out / f"dialog-{name}{suffix}.png"))
        clipped += clipped_texts(dialog)
        dialog.close()
        dialog.deleteLater()
    window.close()
    settle(200)
    store.close()
    return clipped


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", default="pseudo", choices=("de", "en", "pseudo"))
    args = parser.parse_args(argv)
    from screenshots import start_server

    server = start_server()
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    try:
        clipped = shoot(args.out, args.lang)
    finally:
        server.terminate()
    for line in clipped:
        print(line)
    return 1 if clipped else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
