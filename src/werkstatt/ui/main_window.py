"""The facilitator's window, two pages: the workshop's setup (facts, organisations, participants,
agenda) as a full page, and the console — capture on the left, the live diagram in the middle, the
findings, votes, protocol and register below, the projector's thumbnail and the agenda timer on the right."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from werkstatt import __version__
from werkstatt.capture.catalogue import Catalogue
from werkstatt.errors import WerkstattError
from werkstatt.i18n import tr
from werkstatt.model import Workshop
from werkstatt.read.workshops import workshop_models
from werkstatt.store.changes import MODEL_CHOICE_TABLES, Changes
from werkstatt.ui import later_panels
from werkstatt.ui.analysis.panel import AnalysisPanel
from werkstatt.ui.capture.diagram_view import DiagramView
from werkstatt.ui.capture.inspector import StepInspector
from werkstatt.ui.capture.live_diagram import LiveDiagram
from werkstatt.ui.capture.panel import CapturePanel
from werkstatt.ui.common.sizing import screen_room, scrolling, steady_undo_buttons
from werkstatt.ui.common.wheel_guard import WheelGuard
from werkstatt.ui.findings.dialogs import ask_measure, ask_pain_point
from werkstatt.ui.findings.panel import FindingsPanel
from werkstatt.ui.help.shortcuts import ShortcutOverlay
from werkstatt.ui.interchange_actions import InterchangeActions
from werkstatt.ui.projector.controller import ProjectorController
from werkstatt.ui.protocol.export import ProtocolExporter
from werkstatt.ui.protocol.send import ProtocolSender
from werkstatt.ui.register.actions import RegisterActions
from werkstatt.ui.register.search import offered_models
from werkstatt.ui.settings import LANGUAGE, LAST_MODEL, Settings
from werkstatt.ui.store_check import StoreCheck
from werkstatt.ui.workspace import Workspace

if TYPE_CHECKING:  # built by werkstatt.ui.later_panels
    from werkstatt.ui.protocol.panel import ProtocolPanel
    from werkstatt.ui.register.panel import RegisterPanel
    from werkstatt.ui.voting.panel import VotingPanel
    from werkstatt.ui.workshop.setup import WorkshopSetupPanel

# The docks' arrangement on the console page. ("window/state" held the docks of the single-page
# window, with the workshop setup among them; restoring it into the console would misplace them.)
CONSOLE_STATE = "window/console-state"


class MainWindow(QMainWindow):
    setup: WorkshopSetupPanel
    voting: VotingPanel
    protocol_panel: ProtocolPanel
    register_panel: RegisterPanel

    def __init__(self, workspace: Workspace, settings: Settings, catalogue: Catalogue | None,
                 later_panels_after_first_frame: bool = False) -> None:
        super().__init__()
        self.later_panels_built = False
        self.workspace = workspace
        self.settings = settings
        self.setObjectName("MainWindow")
        self.live = LiveDiagram(workspace, self)
        self.view = DiagramView(self.live.scene)
        # The console is a main window of its own inside the page tabs: its docks belong to the
        # capture page, so that the workshop page gets the whole window and not a dock strip.
        self.console = QMainWindow()
        self.console.setObjectName("Console")
        self.console.setWindowFlags(Qt.WindowType.Widget)
        self.console.setCentralWidget(self.view)

        self.capture = CapturePanel(workspace, catalogue)
        self.inspector = StepInspector(workspace, catalogue)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.capture, 3)
        left_layout.addWidget(scrolling(self.inspector), 2)
        self.capture_dock = self._dock("capture", tr("MainWindow", "Capture"), left,
                                       Qt.DockWidgetArea.LeftDockWidgetArea)

        self.findings = FindingsPanel(workspace)
        self.findings_dock = self._dock("findings", tr("MainWindow", "Pain points and measures"),
                                        scrolling(self.findings),
                                        Qt.DockWidgetArea.BottomDockWidgetArea)
        self.voting_dock = self._dock("voting", tr("MainWindow", "Voting"), QWidget(),
                                      Qt.DockWidgetArea.BottomDockWidgetArea)
        self.protocol_dock = self._dock("protocol", tr("MainWindow", "Protocol"), QWidget(),
                                        Qt.DockWidgetArea.BottomDockWidgetArea)
        self.console.tabifyDockWidget(self.findings_dock, self.voting_dock)
        self.register_dock = self._dock("register", tr("MainWindow", "Process register"), QWidget(),
                                        Qt.DockWidgetArea.BottomDockWidgetArea)
        self.console.tabifyDockWidget(self.voting_dock, self.protocol_dock)
        self.console.tabifyDockWidget(self.protocol_dock, self.register_dock)
        self.findings_dock.raise_()

        self.projector = ProjectorController(workspace, self.live.scene, settings, self)
        projector_panel = QWidget()
        projector_layout = QVBoxLayout(projector_panel)
        projector_layout.addWidget(self.projector.thumbnail)
        projector_layout.addWidget(self.projector.timer_panel)
        projector_layout.addStretch(1)
        self.projector.attach_plain_keys(self.view)  # B and F, but never while typing in a field
        self.projector_dock = self._dock("projector", tr("MainWindow", "Projector"), projector_panel,
                                         Qt.DockWidgetArea.RightDockWidgetArea)

        self.analysis_panel = AnalysisPanel(workspace, self)
        self.analysis_panel.attach_diagram(self.live)  # after the LiveDiagram: its marks follow each relayout
        self.analysis_dock = self._dock("analysis", tr("MainWindow", "Analysis"), scrolling(self.analysis_panel),
                                        Qt.DockWidgetArea.RightDockWidgetArea)

        # The side panels run the full height; the findings and their neighbours lie under the diagram only.
        self.console.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.console.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)

        self.pages = QTabWidget()
        self.pages.setObjectName("pages")
        self.pages.setDocumentMode(True)
        self.workshop_page = QWidget()  # the setup panel, scrolling, goes in with the later panels
        QVBoxLayout(self.workshop_page).setContentsMargins(0, 0, 0, 0)
        self.pages.addTab(self.workshop_page, tr("MainWindow", "Workshop (Ctrl+1)"))
        self.pages.addTab(self.console, tr("MainWindow", "Process (Ctrl+2)"))
        self.pages.setCurrentWidget(self.console)
        self.setCentralWidget(self.pages)

        self.model_choice = QComboBox()
        self.model_choice.setAccessibleName(tr("MainWindow", "Process model"))
        self.model_choice.setMinimumContentsLength(28)
        self.model_choice.activated.connect(lambda _i: self.open_model(self.model_choice.currentData()))
        self.saved_label = QLabel()
        self.statusBar().addWidget(self.saved_label, 1)
        self.statusBar().addPermanentWidget(QLabel(str(workspace.store.path)))
        self.overlay = ShortcutOverlay(self)
        self.wheel_guard = WheelGuard(self)
        QApplication.instance().installEventFilter(self.wheel_guard)

        self._build_actions()
        self._connect()
        # 1600×950, or less on a smaller screen (a 1366×768 laptop): too large a window hides its own edges.
        self.resize(QSize(1600, 950).boundedTo(screen_room(self)))
        self.console.resizeDocks([self.findings_dock], [280], Qt.Orientation.Vertical)
        self.console.resizeDocks([self.capture_dock, self.projector_dock], [430, 500], Qt.Orientation.Horizontal)
        self._refresh_models()
        self._update_title()
        if not later_panels_after_first_frame:
            self.build_later_panels()

    def build_later_panels(self) -> None:
        """The panels the first frame does not show, once (werkstatt.ui.later_panels; ui.app: after that frame)."""
        if not self.later_panels_built:
            self.later_panels_built = True
            later_panels.build_later_panels(self)

    def _dock(self, name: str, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock-{name}")
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.console.addDockWidget(area, dock)
        return dock

    # --- actions -----------------------------------------------------------------------------

    def _action(self, text: str, slot, shortcut: str | QKeySequence.StandardKey | list | None = None,
                checkable: bool = False) -> QAction:
        action = QAction(text, self)
        if isinstance(shortcut, list):
            action.setShortcuts([QKeySequence(s) for s in shortcut])
        elif shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setCheckable(checkable)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        a = self._action
        self.undo_action = self.workspace.undo_stack.createUndoAction(self, tr("MainWindow", "&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.workspace.undo_stack.createRedoAction(self, tr("MainWindow", "&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.addActions([self.undo_action, self.redo_action])

        self.workshop_menu = menu = self.menuBar().addMenu(tr("MainWindow", "&Workshop"))
        menu.addAction(a(tr("MainWindow", "&Workshops…"), self.choose_workshop, "Ctrl+O"))
        self.protocol_export = ProtocolExporter(self.workspace, self)
        self.protocol_send = ProtocolSender(self.workspace, self)  # the PDF and an e-mail draft with it
        menu.addActions([self.protocol_export.action, self.protocol_send.action])
        self.addAction(self.protocol_export.action)
        self.people_action = a(tr("MainWindow", "P&eople…"), self.manage_people)
        menu.addAction(self.people_action)
        self.interchange = InterchangeActions(self.workspace, self, open_workshop=self.open_workshop)
        self.interchange.fill(menu.addMenu(tr("MainWindow", "Import and e&xport")))
        menu.addSeparator()
        self.store_check = StoreCheck(self, self.workspace.store)  # also checks after an unclean shutdown
        menu.addAction(self.store_check.action)
        menu.addAction(a(tr("MainWindow", "&Quit"), self.close, QKeySequence.StandardKey.Quit))

        edit = self.menuBar().addMenu(tr("MainWindow", "&Edit"))
        edit.addActions([self.undo_action, self.redo_action])
        edit.addSeparator()
        self.focus_line_action = a(tr("MainWindow", "Go to the entry line"), self.focus_line, "F6")
        self.insert_action = a(tr("MainWindow", "&Insert after the selected step"), self.capture.start_insert,
                               "Ctrl+I")
        self.move_up_action = a(tr("MainWindow", "Move step &up"), lambda: self.capture.move_selected(-1),
                                "Ctrl+Shift+Up")
        self.move_down_action = a(tr("MainWindow", "Move step &down"), lambda: self.capture.move_selected(1),
                                  "Ctrl+Shift+Down")
        self.lane_action = a(tr("MainWindow", "Move step to another &lane…"), self.capture.move_to_lane,
                             "Ctrl+Shift+L")
        self.decision_action = a(tr("MainWindow", "Turn into a &decision"), self.capture.make_decision, "Ctrl+D")
        self.loop_action = a(tr("MainWindow", "&Connect to a step (loop back)…"), self.capture.connect_loop,
                             "Ctrl+J")
        self.delete_action = a(tr("MainWindow", "Delete the selected step"), self.capture.delete_selected,
                               "Ctrl+Del")
        self.inspect_action = a(tr("MainWindow", "Edit the selected step's details"), self.focus_inspector,
                                "Alt+Return")
        for action in (self.focus_line_action, self.insert_action, self.move_up_action, self.move_down_action,
                       self.lane_action, self.decision_action, self.loop_action, self.delete_action,
                       self.inspect_action):
            edit.addAction(action)
        edit.addSeparator()
        self.pain_point_action = a(tr("MainWindow", "Add a &pain point…"),
                                   lambda: ask_pain_point(self, self.workspace), "Ctrl+Shift+P")
        self.measure_action = a(tr("MainWindow", "Add a &measure…"), lambda: ask_measure(self, self.workspace),
                                "Ctrl+Shift+M")
        edit.addActions([self.pain_point_action, self.measure_action])

        view = self.menuBar().addMenu(tr("MainWindow", "&View"))
        self.workshop_page_action = a(tr("MainWindow", "&Workshop page"),
                                      self.show_workshop_page, "Ctrl+1")
        self.console_page_action = a(tr("MainWindow", "&Process page"), self.show_console,
                                     "Ctrl+2")
        view.addActions([self.workshop_page_action, self.console_page_action])
        view.addSeparator()
        view.addAction(a(tr("MainWindow", "Zoom &in"), self.view.zoom_in, [QKeySequence.StandardKey.ZoomIn,
                                                                            "Ctrl+="]))
        view.addAction(a(tr("MainWindow", "Zoom &out"), self.view.zoom_out, QKeySequence.StandardKey.ZoomOut))
        view.addAction(a(tr("MainWindow", "&Actual size"), self.view.reset_zoom, "Ctrl+0"))
        view.addAction(a(tr("MainWindow", "&Fit the whole diagram"), self.view.fit, "Ctrl+F"))
        self.follow_action = a(tr("MainWindow", "F&ollow the selection"), self._set_follow, "Ctrl+Shift+O",
                               checkable=True)
        self.follow_action.setChecked(True)
        view.addAction(self.follow_action)
        view.addSeparator()
        panel = self.analysis_panel
        panel.highlight_handovers_action.setShortcut(QKeySequence("Ctrl+Alt+H"))
        panel.highlight_media_breaks_action.setShortcut(QKeySequence("Ctrl+Alt+M"))
        view.addActions([panel.highlight_handovers_action, panel.highlight_media_breaks_action])
        self.addActions([panel.highlight_handovers_action, panel.highlight_media_breaks_action])
        self.voting_menu = self.menuBar().addMenu(tr("MainWindow", "V&oting"))  # the panel's own: later
        self.focus_votes_action = a(tr("MainWindow", "Go to the &votes"), self.focus_votes, "Ctrl+Shift+V")
        self.voting_menu.addAction(self.focus_votes_action)
        self.voting_menu.addSeparator()

        projector = self.menuBar().addMenu(tr("MainWindow", "&Projector"))
        p = self.projector
        projector.addAction(p.show_action)
        projector.addSeparator()
        projector.addActions([p.mode_diagram_action, p.mode_pain_points_action, p.mode_agenda_action,
                              p.mode_vote_action])
        projector.addSeparator()
        projector.addActions([p.overview_action, p.black_action, p.freeze_action, p.swap_action])
        projector.addSeparator()
        projector.addAction(p.room_action)
        self.addActions(projector.actions())

        register = self.menuBar().addMenu(tr("MainWindow", "Re&gister"))
        self.register_actions = RegisterActions(self.workspace, self)
        register.addAction(a(tr("MainWindow", "Show the process &register"), self.focus_register, "Ctrl+Shift+R"))
        register.addSeparator()
        register.addActions(self.register_actions.actions)
        self.addActions(self.register_actions.actions)

        settings = self.menuBar().addMenu(tr("MainWindow", "&Settings"))
        settings.addAction(self.analysis_panel.rates_action)
        language = settings.addMenu(tr("MainWindow", "&Language"))
        for code, name in (("de", "Deutsch"), ("en", "English")):
            action = QAction(name, self, checkable=True)
            action.setChecked(self.settings.get(LANGUAGE) == code)
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            language.addAction(action)

        helpmenu = self.menuBar().addMenu(tr("MainWindow", "&Help"))
        self.guide_action = a(tr("MainWindow", "&User guide"), self.show_guide, QKeySequence.StandardKey.HelpContents)
        helpmenu.addAction(self.guide_action)
        self.help_action = a(tr("MainWindow", "&Keyboard shortcuts"), self.show_shortcuts, ["Shift+F1", "Ctrl+?"])
        helpmenu.addAction(self.help_action)
        helpmenu.addAction(a(tr("MainWindow", "&About Werkstatt"), self.about))

        toolbar = self.addToolBar(tr("MainWindow", "Workshop"))
        toolbar.setObjectName("toolbar-main")
        toolbar.addWidget(QLabel(tr("MainWindow", "Process model:") + " "))
        toolbar.addWidget(self.model_choice)
        toolbar.addSeparator()
        toolbar.addActions(steady_undo_buttons(self, self.workspace.undo_stack))
        toolbar.addSeparator()
        toolbar.addAction(p.show_action)
        toolbar.addAction(p.black_action)
        toolbar.addAction(p.freeze_action)

    def _connect(self) -> None:
        ws = self.workspace
        ws.saved.connect(self._saved)
        ws.failed.connect(lambda message: self._tell("⚠ " + message))
        self.projector.placement_changed.connect(self._tell)
        ws.selection_changed.connect(self.view.show_step)
        ws.workshop_changed.connect(self._workshop_changed)
        ws.data_changed.connect(self._data_changed)
        self.findings.step_chosen.connect(ws.select_step)
        self.workspace.undo_stack.cleanChanged.connect(self._update_title)

    # --- slots -------------------------------------------------------------------------------

    def show_workshop_page(self) -> None:
        self.build_later_panels()
        self.pages.setCurrentWidget(self.workshop_page)
        if self.workspace.workshop_id:
            self.setup.title_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_console(self) -> None:
        leaving = self.pages.currentWidget() is not self.console
        self.pages.setCurrentWidget(self.console)
        if leaving and self.capture.line.isEnabled():  # else Qt's focus chain picked a combo box: typing was lost
            self.capture.line.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_line(self) -> None:
        self.show_console()
        self.capture_dock.raise_()
        self.capture.line.setFocus()

    def focus_votes(self) -> None:
        self.show_console()
        self.build_later_panels()
        self.voting_dock.show()
        self.voting_dock.raise_()
        self.voting.grid.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_register(self) -> None:
        self.show_console()
        self.build_later_panels()
        self.register_dock.show()
        self.register_dock.raise_()
        self.register_panel.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.register_panel.search.selectAll()

    def focus_inspector(self) -> None:
        self.show_console()
        self.inspector.label.setFocus()
        self.inspector.label.selectAll()

    def _set_follow(self, on: bool) -> None:
        self.view.follow = on
        if on:
            self.view.show_step(self.workspace.selected_step)

    def _saved(self, sentence: str) -> None:
        self.saved_label.setText(f"{sentence} ({datetime.now().strftime('%H:%M:%S')})")

    def _data_changed(self, changes: Changes) -> None:
        if changes.touches(*MODEL_CHOICE_TABLES):  # the workshop's title and models; not a captured step
            self._workshop_changed("")

    def _tell(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)

    def _workshop_changed(self, _workshop_id: str) -> None:
        self._refresh_models()
        self._update_title()

    def _update_title(self, *_changed: object) -> None:
        with self.workspace.reading() as session:
            workshop = session.get(Workshop, self.workspace.workshop_id) if self.workspace.workshop_id else None
        self.setWindowTitle(f"{workshop.title} — Werkstatt" if workshop and not workshop.deleted else "Werkstatt")

    def _refresh_models(self, *_changed: object) -> None:
        """The model choice: the workshop's models (else all); the first is opened when none is open yet."""
        with self.workspace.reading() as session:
            try:
                models = workshop_models(session, self.workspace.workshop_id) if self.workspace.workshop_id else []
            except WerkstattError:
                models = []
            if not models:
                models = offered_models(session)
        self.model_choice.blockSignals(True)
        choice = self.model_choice
        shown = [(choice.itemText(i), choice.itemData(i)) for i in range(choice.count())]
        if shown != [(model.name, model.id) for model in models]:  # most edits change steps, not this list
            self.model_choice.clear()
            for model in models:
                self.model_choice.addItem(model.name, model.id)
        self.model_choice.setCurrentIndex(self.model_choice.findData(self.workspace.model_id))
        self.model_choice.blockSignals(False)
        if self.workspace.model_id is None and self.workspace.workshop_id and models:
            # "Discuss process" in a new workshop: capture can start at once — but a facilitator still
            # preparing on the workshop page stays there (Enter on the item or Ctrl+2 goes to it).
            if self.pages.currentWidget() is self.workshop_page:
                self._open_model_here(models[0].id)
            else:
                self.open_model(models[0].id)

    def _open_model_here(self, model_id: str) -> None:
        """The model is the open one; the page and the focus stay where they are."""
        self.workspace.open_model(model_id)
        self.settings.set(LAST_MODEL, model_id)
        self.model_choice.setCurrentIndex(self.model_choice.findData(model_id))

    def open_model(self, model_id: str | None) -> None:
        if not model_id:
            return
        self._open_model_here(model_id)
        self.show_console()
        self.view.open_readable()
        self.focus_line()

    def open_workshop(self, workshop_id: str) -> None:
        self.workspace.open_workshop(workshop_id)
        self.settings.remember_workshop(workshop_id)
        with self.workspace.reading() as session:
            models = workshop_models(session, workshop_id)
        last = self.settings.get(LAST_MODEL)
        chosen = last if any(m.id == last for m in models) else (models[0].id if models else None)
        if chosen:
            self.open_model(chosen)
        else:  # a workshop still to prepare: its setup comes first
            self.show_workshop_page()

    def choose_workshop(self) -> None:
        from werkstatt.ui.workshop.manager import WorkshopManager  # like the guide: imported when first opened

        dialog = WorkshopManager(self.workspace, self.settings, self)
        dialog.workshop_chosen.connect(self.open_workshop)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def manage_people(self) -> QDialog:
        from werkstatt.ui.workshop.people import PeopleManager

        manager = PeopleManager(self.workspace, self.settings, self)
        manager.finished.connect(manager.deleteLater)
        manager.open()
        return manager

    def show_guide(self) -> None:
        from werkstatt.ui.help.guide import show_user_guide

        show_user_guide(self)

    def show_shortcuts(self) -> None:
        self.overlay.show_for(self.actions())

    def set_language(self, code: str) -> None:
        self.settings.set(LANGUAGE, code)
        QMessageBox.information(self, tr("MainWindow", "Language"),
                                tr("MainWindow", "The language changes when Werkstatt is started again."))

    def about(self) -> None:
        QMessageBox.about(self, tr("MainWindow", "About Werkstatt"),
                          tr("MainWindow", "Werkstatt {version}: run process workshops, capture the process live "
                                           "and share the results.", version=__version__))

    # --- window state --------------------------------------------------------------------------

    def restore_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        state = self.settings.value(CONSOLE_STATE)
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
            # Saved on a larger screen (the office's monitor): never larger than this one.
            if self.size() != self.size().boundedTo(screen_room(self)):
                self.resize(self.size().boundedTo(screen_room(self)))
        if isinstance(state, QByteArray):
            self.console.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.set_value("window/geometry", self.saveGeometry())
        self.settings.set_value(CONSOLE_STATE, self.console.saveState())
        self.protocol_export.shutdown()
        self.protocol_send.shutdown()
        self.register_actions.shutdown()
        event.accept()  # the projector controller closes its window and stores the agenda time

