"""Starting the window: the QApplication, its translations, the store, the first workshop."""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLibraryInfo, QLocale, QObject, Qt, QTimer, QTranslator
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QWidget

from werkstatt import i18n
from werkstatt.capture import catalogue
from werkstatt.errors import WerkstattError
from werkstatt.i18n import tr
from werkstatt.read.workshops import workshop_summaries
from werkstatt.render import fonts
from werkstatt.store.database import Store, open_store
from werkstatt.ui import crash
from werkstatt.ui.settings import LANGUAGE, RECENT_WORKSHOPS, Settings

if TYPE_CHECKING:
    from werkstatt.ui.main_window import MainWindow

log = logging.getLogger(__name__)


class CatalogueTranslator(QTranslator):
    """Qt's own translate() calls answered from the same compiled catalogue that werkstatt.i18n reads."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        return i18n.lookup(context, source)  # None: ask the next translator

    def isEmpty(self) -> bool:
        return False


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Qt's own strings (dialog buttons, context menus) in the chosen language, then ours."""
    translators: list[QTranslator] = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator(app)
    if qt_translator.load(f"qtbase_{language}", qt_folder):
        translators.append(qt_translator)
    elif language != "en":  # Qt's own strings are English: only another language is missing
        # A warning, so that it reaches standard error: the frozen build's smoke test fails on it.
        log.warning("no Qt translation qtbase_%s in %s", language, qt_folder)
    translators.append(CatalogueTranslator(app))
    for translator in translators:
        app.installTranslator(translator)
    QLocale.setDefault(QLocale("de_DE" if language == "de" else "en_GB"))
    return translators


class FirstPaintReport(QObject):
    """Watches the application's events for the first Paint of any widget inside a main window (a
    QMainWindow: not a splash or a message box); once that paint pass is over (a zero timer queued
    from it runs after the pass), tells ``report`` how many milliseconds after ``started`` (a
    ``time.perf_counter()``) it came, closes that window and quits the application."""

    def __init__(self, app: QApplication, started: float, report: Callable[[float], None]) -> None:
        super().__init__(app)
        self.started, self.report = started, report
        self.painted: QWidget | None = None
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (self.painted is None and event.type() == QEvent.Type.Paint and isinstance(watched, QWidget)
                and isinstance(watched.window(), QMainWindow)):
            self.painted = watched.window()
            QTimer.singleShot(0, self.done)
        return False

    def done(self) -> None:
        self.report((time.perf_counter() - self.started) * 1000)
        if self.painted is not None:
            self.painted.close()
        QApplication.quit()


class AfterFirstFrame(QObject):
    """Runs ``then`` once, right after the first paint pass of a main window (a zero timer queued from
    its first Paint event), so that the user sees the window's frame before the panels read their data;
    a window never painted (hidden from the start) runs it after ``fallback_ms`` all the same. Install it
    before FirstPaintReport: the application calls the newest filter first, and the benchmark's report
    must come before the work that waits for the frame."""

    def __init__(self, app: QApplication, then: Callable[[], None], fallback_ms: int = 3000) -> None:
        super().__init__(app)
        self.app, self.then = app, then
        self.started = False
        app.installEventFilter(self)
        QTimer.singleShot(fallback_ms, self, self.run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.Paint and isinstance(watched, QWidget)
                and isinstance(watched.window(), QMainWindow)):
            self.app.removeEventFilter(self)  # ~12,000 events until then; none after
            QTimer.singleShot(0, self, self.run)
        return False

    def run(self) -> None:
        if not self.started:
            self.started = True
            self.app.removeEventFilter(self)
            self.then()


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Werkstatt")
    app.setOrganizationName("werkstatt")
    app.setApplicationDisplayName("Werkstatt")
    # The desktop entry and AppStream id (installer/linux/): lets the desktop match the window to its entry.
    app.setDesktopFileName("de.prozesswerkstatt.Werkstatt")
    icon = resources.files("werkstatt.resources").joinpath("icons", "werkstatt.svg")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def first_workshop(settings: Settings, workspace, offer_demo: bool = True, parent: QWidget | None = None) -> str | None:
    """The workshop to open: the most recent one that still exists, else the only or the newest one;
    on an empty database the demo is offered (not when a package is about to fill it), in a box
    centred on ``parent`` (the main window)."""
    from werkstatt.ui.workshop.manager import offer_demo_on_first_start

    with workspace.reading() as session:
        existing = [w.id for w in workshop_summaries(session)]
    for workshop_id in settings.get(RECENT_WORKSHOPS):
        if workshop_id in existing:
            return workshop_id
    if existing:
        return existing[-1]
    return offer_demo_on_first_start(parent, workspace, settings) if offer_demo else None


def open_window(store: Store, settings: Settings, complete_after_first_frame: bool = False) -> MainWindow:
    """The main window on ``store``, shown; names past their retention are anonymised before any view
    reads them, and the status bar says how many. ``complete_after_first_frame``: the window is shown
    without the panels its first frame does not show, and without the retention (no view has read a name
    yet); complete_window() does both, right after that frame."""
    from werkstatt.ui.main_window import MainWindow
    from werkstatt.ui.workspace import Workspace

    notice = "" if complete_after_first_frame else retention_notice(store, settings)
    window = MainWindow(Workspace(store), settings, catalogue.load_default(), complete_after_first_frame)
    window.restore_state()
    window.show()
    if notice:
        window.statusBar().showMessage(notice)  # until the next message: it may come while nobody looks
    return window


def complete_window(window: MainWindow) -> None:
    """What open_window(complete_after_first_frame=True) left for after the first frame."""
    notice = retention_notice(window.workspace.store, window.settings)
    window.build_later_panels()
    if notice:
        window.statusBar().showMessage(notice)


def retention_notice(store: Store, settings: Settings) -> str:
    """retention_at_start, with its modules imported only when it runs (for the window: after the first frame)."""
    from werkstatt.ui.workshop.people import retention_at_start

    return retention_at_start(store, settings)


def run_app(path: Path, argv: list[str] | None = None, language: str | None = None,
            package: Path | None = None, first_paint: Callable[[float], None] | None = None) -> int:
    """The window until it is closed. ``first_paint`` (for the start-up benchmark): called with the
    milliseconds from here to the window's first painted frame, after which the window quits."""
    started = time.perf_counter()
    app = make_application(argv)
    settings = Settings()
    # WERKSTATT_LANG (e.g. "pseudo" for the clipping check) beats the saved choice, --lang beats both.
    code = language or os.environ.get("WERKSTATT_LANG") or settings.get(LANGUAGE)
    i18n.set_language(code)
    install_translators(app, i18n.language())
    fonts.register_qt()
    crash.install()
    try:
        store = open_store(path, deferred_check=True)  # after a crash the window checks in the background
    except WerkstattError as error:
        # The sentence goes to standard error (the CLI prints it) and, on a real screen, into a box.
        if QGuiApplication.platformName() not in ("offscreen", "minimal"):
            QMessageBox.critical(None, tr("App", "Werkstatt cannot open its database"), error.message)
        raise
    try:
        window: MainWindow | None = None

        def start() -> None:
            # Once the window's frame is on the screen: the panels read the workshop, and the welcome
            # box and the workshop manager centre on the window.
            assert window is not None
            complete_window(window)
            workshop_id = first_workshop(settings, window.workspace, offer_demo=package is None, parent=window)
            if workshop_id:
                window.open_workshop(workshop_id)
            elif package is None:
                window.choose_workshop()
            if package is not None:
                window.interchange.offer_package(str(package))

        # Both before the window is shown: showing may paint.
        AfterFirstFrame(app, start)
        if first_paint is not None:
            FirstPaintReport(app, started, first_paint)
        window = open_window(store, settings, complete_after_first_frame=True)
        if exit_after := os.environ.get("WERKSTATT_EXIT_AFTER_MS"):
            QTimer.singleShot(int(exit_after), window.close)  # smoke tests: start, show, close, quit
        return app.exec()
    finally:
        store.close()
