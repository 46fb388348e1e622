"""The whole console driven from the keyboard: a 20-step process typed, undone to empty, redone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import select

from helpers.modal import in_modal_dialog
from helpers.typist import Typist
from werkstatt.capture import catalogue
from werkstatt.edits import AddAgendaItem, Create
from werkstatt.i18n import tr
from werkstatt.model import Flow, Lane, PainPoint, ProcessModel, Step, Workshop
from werkstatt.read import model as queries
from werkstatt.ui.main_window import MainWindow
from werkstatt.ui.settings import Settings

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier

# (line typed, or a lane reached by its first letters and Tab: ("Tab", "Fa", "rest of the line"))
PROCESS = [
    ">> Antragsteller/in: Antrag stellen",
    "Bürgerbüro: Antrag annehmen (10 min)",
    "Gebühr kassieren (3 min) [Kassieren/Einzahlung entgegennehmen]",
    "Antrag erfassen [Daten in EDV übernehmen]",
    "!! Medienbruch: Papierantrag wird abgetippt",
    "Unterlagen versenden (5 min, Liegezeit 3 Tage)",
    "Fachamt: Antrag prüfen (12 min)",
    "Unterlagen vollständig?",
    "[nein] Unterlagen nachfordern (10 min, 30 %)",
    "! Rückfrage: Nachweise fehlen oft",
    ("Tab", "Antr", "Unterlagen nachreichen"),
    "-> Antrag prüfen",
    ("Tab", "[ja] Fach", "Register abfragen"),
    "Bescheid entwerfen",
    "Bescheid zeichnen",
    "! Wartezeit: Die Unterschrift dauert",
    "Kasse: Gebühr buchen",
    "Zahlung prüfen",
    ("Tab", "Fach", "Bescheid versenden"),
    "Akte ablegen",
    ("Tab", "Bür", "Bescheid aushändigen"),
    "Rückmeldung erfassen",
    "Statistik pflegen",
    "<< Antragsteller/in: Bescheid erhalten",
]


@pytest.fixture
def window(workspace, qtbot, show_main_window):
    model = workspace.apply(Create(ProcessModel, name="Probe (Ist)", kind="ist"))
    workshop = workspace.apply(Create(Workshop, title="Probewerkstatt"))
    workspace.apply(AddAgendaItem(workshop.id, "Ist-Prozess aufnehmen", planned_minutes=60,
                                  process_model_id=model.id))
    workspace.undo_stack.clear()
    main = show_main_window(workspace)
    main.open_workshop(workshop.id)
    assert workspace.model_id == model.id
    assert main.capture.line.hasFocus()
    yield main
    main.projector.shutdown()


def live_rows(workspace, cls):
    with workspace.reading() as session:
        return list(session.scalars(select(cls).where(cls.model_id == workspace.model_id, cls.deleted.is_(False))))


def rows_with_tombstones(workspace) -> dict:
    """The model's rows, deleted ones included: redo must bring back the very rows that undo deleted."""
    with workspace.reading() as session:
        return {cls.__name__: sorted((row.id, row.deleted, getattr(row, "label", getattr(row, "name", "")))
                                     for row in session.scalars(select(cls)))
                for cls in (Step, Lane, Flow, PainPoint)}


def back_to(window, qtbot) -> None:
    """The console is active again once a dialog has closed (the offscreen platform needs asking)."""
    if not window.isActiveWindow():
        with qtbot.waitActive(window):
            window.windowHandle().requestActivate()
    assert window.capture.line.hasFocus()


def in_dialog(qtbot, action) -> None:
    """Run ``action`` with the typist once the modal dialog the next key opens has the focus."""
    in_modal_dialog(lambda: action(Typist(qtbot, None)))


def test_a_process_typed_with_the_keyboard_only_undoes_to_empty_and_redoes(window, workspace, qtbot) -> None:
    keys = Typist(qtbot, window.capture.line)
    for entry in PROCESS:
        if isinstance(entry, tuple):
            _, start, rest = entry
            keys.type(start)
            keys.key(Qt.Key.Key_Tab)
            keys.line(rest)
        else:
            keys.line(entry)
        assert window.capture.line.text() == "", window.capture.feedback.text()

    # Two pain points through the shortcut dialog: one on a step walked to with Up, one on the process.
    keys.key(Qt.Key.Key_Up)
    keys.key(Qt.Key.Key_Up)
    selected = workspace.selected_step
    in_dialog(qtbot, lambda d: (d.type("Statistik wird doppelt geführt"), d.key(Qt.Key.Key_2, ALT),
                                d.key(Qt.Key.Key_Return)))
    keys.key(Qt.Key.Key_P, CTRL | SHIFT)
    back_to(window, qtbot)
    in_dialog(qtbot, lambda d: (d.type("Niemand kennt den ganzen Prozess"), d.key(Qt.Key.Key_P, ALT),
                                qtbot.wait(250),  # „den ganzen &Prozess“: a mnemonic clicks after a short flash
                                d.key(Qt.Key.Key_Return)))
    keys.key(Qt.Key.Key_P, CTRL | SHIFT)
    back_to(window, qtbot)

    with workspace.reading() as session:
        view = queries.model_view(session, workspace.model_id)
    assert len(view.steps) == 20
    assert sorted(lane.name for lane in view.lanes) == ["Antragsteller/in", "Bürgerbüro", "Fachamt", "Kasse"]
    kinds = [s.kind for s in view.steps]
    assert kinds.count("decision") == 1 and kinds[0] == "start" and kinds[-1] == "end"
    ids = {s.label: s.id for s in view.steps}
    flows = {(f.source, f.target): f.label for f in view.flows}
    assert (ids["Unterlagen nachreichen"], ids["Antrag prüfen"]) in flows  # the loop back
    assert flows[(ids["Unterlagen vollständig?"], ids["Unterlagen nachfordern"])] == "nein"
    assert flows[(ids["Unterlagen vollständig?"], ids["Register abfragen"])] == "ja"
    pain = {p.text: p for p in view.pain_points}
    assert len(pain) == 5
    assert pain["Statistik wird doppelt geführt"].step == selected
    assert pain["Statistik wird doppelt geführt"].severity == 2
    assert pain["Niemand kennt den ganzen Prozess"].step is None
    assert pain["Papierantrag wird abgetippt"].step == ids["Antrag erfassen"]
    assert window.live.scene.step_item(ids["Antrag erfassen"]).marker == 1

    done = rows_with_tombstones(workspace)
    steps_on_stack = workspace.undo_stack.index()
    assert steps_on_stack >= 25
    for _ in range(steps_on_stack):
        keys.key(Qt.Key.Key_Z, CTRL)
    assert workspace.undo_stack.index() == 0
    assert live_rows(workspace, Step) == [] and live_rows(workspace, Lane) == []
    assert live_rows(workspace, PainPoint) == [] and live_rows(workspace, Flow) == []
    assert window.live.diagram is not None and window.live.diagram.steps == ()

    for _ in range(steps_on_stack):
        keys.key(Qt.Key.Key_Z, CTRL | SHIFT)
    assert workspace.undo_stack.index() == steps_on_stack
    assert rows_with_tombstones(workspace) == done
    assert len(window.live.diagram.steps) == 20


def test_clicking_a_box_selects_its_step_and_the_inspector_shows_it(window, workspace, qtbot) -> None:
    keys = Typist(qtbot, window.capture.line)
    for line in ("Amt: Eins (10 min)", "Zwei", "Drei"):
        keys.line(line)
    first = live_rows(workspace, Step)
    eins = next(s for s in first if s.label == "Eins")
    window.view.fit()
    box = window.live.scene.step_item(eins.id).box.shape
    point = window.view.mapFromScene(box.x + box.w / 2, box.y + box.h / 2)
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert workspace.selected_step == eins.id
    assert window.live.scene.step_item(eins.id).selected
    assert window.inspector.label.text() == "Eins"
    assert window.inspector.processing.text() == "10 min"


def test_the_inspector_saves_a_field_and_refuses_a_wrong_time(window, workspace, qtbot) -> None:
    keys = Typist(qtbot, window.capture.line)
    keys.line("Amt: Eins")
    step_id = workspace.selected_step
    keys.key(Qt.Key.Key_Return, ALT)
    assert window.inspector.label.hasFocus()
    keys.key(Qt.Key.Key_Tab)  # label → lane
    inspector = window.inspector
    inspector.processing.setFocus()
    Typist(qtbot, inspector.processing).line("1,5 h")
    assert live_rows(workspace, Step)[0].processing_minutes == 90
    inspector.waiting.setFocus()
    Typist(qtbot, inspector.waiting).line("zwei Wochen")
    assert "Zeitangabe" in inspector.message.text()
    assert inspector.waiting.text() == "zwei Wochen"  # nothing typed is lost
    assert live_rows(workspace, Step)[0].waiting_minutes is None
    inspector.it_system.setFocus()
    Typist(qtbot, inspector.it_system).line("Fachverfahren")  # another field saved: the refused text stays
    assert live_rows(workspace, Step)[0].it_system == "Fachverfahren"
    assert inspector.waiting.text() == "zwei Wochen" and "Zeitangabe" in inspector.message.text()
    inspector.waiting.setFocus()
    inspector.waiting.clear()
    Typist(qtbot, inspector.waiting).line("2 weeks")
    assert live_rows(workspace, Step)[0].waiting_minutes == 14 * 1440
    assert inspector.message.text() == ""
    keys.key(Qt.Key.Key_Z, CTRL)
    keys.key(Qt.Key.Key_Z, CTRL)
    keys.key(Qt.Key.Key_Z, CTRL)
    assert live_rows(workspace, Step)[0].processing_minutes is None
    assert workspace.selected_step == step_id


def test_the_shortcut_overlay_lists_the_keys(window, qtbot) -> None:
    Typist(qtbot, window.capture.line).key(Qt.Key.Key_F1, Qt.KeyboardModifier.ShiftModifier)
    assert window.overlay.isVisible()
    texts = [w.text() for w in window.overlay.findChildren(type(window.saved_label))]
    assert any("Schwachstelle" in t for t in texts)
    assert any("Strg+Z" in t or "Ctrl+Z" in t for t in texts)
    qtbot.keyClick(window.overlay, Qt.Key.Key_Escape)
    assert not window.overlay.isVisible()
    assert window.capture.line.hasFocus()


def test_the_status_bar_says_what_was_saved_and_undone(window, qtbot) -> None:
    keys = Typist(qtbot, window.capture.line)
    keys.line("Amt: Eins")
    assert window.saved_label.text().startswith("Gespeichert: ")
    keys.key(Qt.Key.Key_Z, CTRL)
    assert window.saved_label.text().startswith("Rückgängig gemacht: ")
    assert window.capture.feedback.text() == ""  # no "✓ stored" for a step that is gone


def test_a_process_discussed_in_a_new_workshop_is_opened_for_capture(workspace, qtbot, settings_folder) -> None:
    from werkstatt.edits.workshops import NewProcess, create_workshop

    main = MainWindow(workspace, Settings(), catalogue.load_default())
    qtbot.addWidget(main)
    workshop = workspace.apply(create_workshop("Wohngeld"))
    main.open_workshop(workshop.id)
    assert workspace.model_id is None
    new = workspace.apply(NewProcess(workshop.id, "Wohngeld bewilligen"))
    assert workspace.model_id == new.model_id
    main.capture.submit("Wohngeldstelle: Antrag prüfen")
    assert [s.label for s in workspace.view().steps] == ["Antrag prüfen"]
    main.projector.shutdown()


def test_no_window_wide_key_is_taken_twice(window) -> None:
    """A key bound window-wide and again anywhere in the window is ambiguous: Qt then fires neither."""
    from PySide6.QtGui import QAction, QShortcut

    wide = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)
    bound: dict[str, list[tuple[str, Qt.ShortcutContext]]] = {}
    for action in set(window.findChildren(QAction)):
        for sequence in action.shortcuts():
            bound.setdefault(sequence.toString(), []).append((action.text(), action.shortcutContext()))
    for shortcut in window.findChildren(QShortcut):
        bound.setdefault(shortcut.key().toString(), []).append(("QShortcut", shortcut.context()))
    clashes = {key: users for key, users in bound.items()
               if len(users) > 1 and any(context in wide for _, context in users)}
    assert clashes == {}


def test_the_wheel_over_a_form_field_scrolls_and_changes_nothing(window, workspace, qtbot) -> None:
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QComboBox

    Typist(qtbot, window.capture.line).line("Amt: Eins")
    combo = window.inspector.kind
    before = combo.currentIndex()
    count = workspace.undo_stack.count()
    center = QPointF(combo.rect().center())
    wheel = QWheelEvent(center, QPointF(combo.mapToGlobal(combo.rect().center())), QPoint(0, 0), QPoint(0, -120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(combo, wheel)
    assert isinstance(combo, QComboBox) and combo.currentIndex() == before
    assert workspace.undo_stack.count() == count


@pytest.mark.parametrize("language", ["de", "en"])
def test_no_alt_key_is_taken_twice_in_the_main_window(workspace, qtbot, settings_folder, language) -> None:
    """Alt+letter reaches menus, labelled fields and buttons; two with one letter make the key cycle.

    The bottom docks lie on top of each other as tabs and only one of them is shown (Qt ignores the
    mnemonics of hidden widgets), so each is checked together with what is always visible on the
    console page; the workshop page stands alone beside the menus.
    """
    import re

    from PySide6.QtWidgets import QAbstractButton, QLabel

    from werkstatt import i18n

    def texts_in(widget: QWidget) -> list[str]:
        found = [label.text() for label in widget.findChildren(QLabel) if label.buddy() is not None]
        return found + [button.text() for button in widget.findChildren(QAbstractButton)]

    i18n.set_language(language)
    main = MainWindow(workspace, Settings(), catalogue.load_default())
    qtbot.addWidget(main)
    menus = [action.text() for action in main.menuBar().actions()]
    always = list(menus)
    for dock in (main.capture_dock, main.projector_dock, main.analysis_dock):
        always += texts_in(dock)
    tabbed = (main.findings_dock, main.voting_dock, main.protocol_dock, main.register_dock)
    shown_together = [(dock.objectName(), always + texts_in(dock)) for dock in tabbed]
    shown_together.append(("workshop page", menus + texts_in(main.workshop_page)))
    clashes = {}
    for name, texts in shown_together:
        letters: dict[str, list[str]] = {}
        for text in texts:
            if found := re.search(r"&([^&])", text):
                letters.setdefault(found.group(1).lower(), []).append(text)
        clashes.update({(name, key): users for key, users in letters.items() if len(users) > 1})
    assert clashes == {}
    main.projector.shutdown()


def test_a_new_workshop_opens_on_its_own_full_page_and_a_model_on_the_console(workspace, qtbot, settings_folder,
                                                                               show_main_window) -> None:
    """The setup is a page of the window, not a strip in the bottom dock; Ctrl+1/Ctrl+2 switch."""
    from werkstatt.edits.workshops import NewProcess, create_workshop

    main = show_main_window(workspace, size=(1920, 1080))
    workshop = workspace.apply(create_workshop("Gewerbeanmeldung"))
    main.open_workshop(workshop.id)
    assert main.pages.currentWidget() is main.workshop_page
    assert main.setup.title_edit.hasFocus()
    # The page has the window's height, not the 200 px a bottom dock had.
    assert main.workshop_page.height() > 0.7 * main.height()
    assert workspace.undo_stack.count() == 0  # "undo: create workshop" is not offered inside it
    qtbot.keyClick(main, Qt.Key.Key_2, CTRL)
    assert main.pages.currentWidget() is main.console
    qtbot.keyClick(main, Qt.Key.Key_1, CTRL)
    assert main.pages.currentWidget() is main.workshop_page
    new = workspace.apply(NewProcess(workshop.id, "Gewerbe anmelden"))
    main.open_model(new.model_id)
    assert main.pages.currentWidget() is main.console
    assert main.capture.line.hasFocus()
    for before in (main.setup.title_edit, main.model_choice):  # the focus where Qt's chain would go next
        qtbot.keyClick(main, Qt.Key.Key_1, CTRL)
        before.setFocus()
        qtbot.keyClick(main, Qt.Key.Key_2, CTRL)
        assert main.capture.line.hasFocus()  # typing goes into the entry line: it was lost in a combo box
    main.projector.shutdown()


def test_the_console_opens_a_long_process_readable_and_keeps_the_lane_names_in_view(window, workspace,
                                                                                   qtbot) -> None:
    from werkstatt.layout.swimlane import STYLE
    from werkstatt.ui.capture.diagram_view import READABLE_FONT_PX

    window.resize(1366, 768)
    for line in PROCESS:
        if isinstance(line, str):
            window.capture.submit(line)
        else:
            window.capture.submit(line[1] + line[2])
    window.open_model(workspace.model_id)
    view = window.view
    assert view.zoom * STYLE.font_size >= READABLE_FONT_PX - 0.01  # not fitted into unreadable boxes
    assert view.fit_zoom() < view.readable_zoom()  # (a process this long would be)
    assert view.lane_strip() == []  # at the start the lane headers themselves are in view
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().maximum())
    names = {label.name for label in view.lane_strip()}
    assert names and names <= {"Antragsteller/in", "Bürgerbüro", "Fachamt", "Kasse"}
    for step in workspace.view().steps:  # walking through the steps: none hides behind the strip
        workspace.select_step(step.id)
        strip = view.lane_strip()
        box = view.mapFromScene(view.scene().step_item(step.id).sceneBoundingRect()).boundingRect()
        assert not strip or box.left() >= strip[0].w, step.label
    view.fit()
    assert view.zoom == pytest.approx(view.fit_zoom())


def test_steps_typed_at_the_end_of_a_long_process_stay_in_view_and_nothing_past_the_diagram_shows(window, workspace,
                                                                                                   qtbot) -> None:
    """The scene reaches past the diagram (room for its item index); the console shows the diagram only."""
    window.resize(1366, 768)
    window.capture.paste("".join(f"{('Bürgerbüro', 'Fachamt', 'Kasse')[i % 3]}: Schritt {i}\n" for i in range(30)))
    view = window.view
    assert view.fit_zoom() < view.readable_zoom()  # too long to be shown whole at a readable size
    for index in range(5):
        window.capture.submit(f"Kasse: Schritt {index} am Ende")
        qtbot.wait(5)
        box = view.mapFromScene(view.scene().step_item(workspace.selected_step).sceneBoundingRect()).boundingRect()
        strip = view.lane_strip()
        assert view.viewport().rect().contains(box) and (not strip or box.left() >= strip[0].w)
        assert box.right() > view.viewport().width() / 2  # the steps before it stay in sight
        shown = view.mapToScene(view.viewport().rect()).boundingRect()
        assert shown.right() <= view.diagram_rect().right() + 1 and view.sceneRect() == view.diagram_rect()
    assert view.scene().sceneRect().width() > view.diagram_rect().width()
    view.fit()  # fitting shows the diagram, not the room past its end
    assert view.fit_zoom() == pytest.approx(min(view.viewport().width() / view.diagram_rect().width(),
                                                view.viewport().height() / view.diagram_rect().height()) * 0.98)
    assert view.zoom == pytest.approx(view.fit_zoom())


def test_the_toolbar_undo_button_keeps_its_label_and_names_the_edit_in_its_tooltip(window, workspace) -> None:
    from PySide6.QtWidgets import QToolBar

    toolbar = window.findChild(QToolBar, "toolbar-main")
    undo = next(a for a in toolbar.actions() if a.text() == tr("Sizing", "Undo"))
    assert not undo.isEnabled()
    window.capture.submit("Bürgerbüro: Antrag annehmen")
    assert undo.isEnabled() and undo.text() == tr("Sizing", "Undo")
    assert undo.toolTip() == workspace.undo_stack.undoText() != ""
    undo.trigger()
    assert workspace.view().steps == [] and not undo.isEnabled()
