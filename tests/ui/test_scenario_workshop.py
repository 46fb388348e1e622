"""A first real workshop, from an empty database to the protocol, with the keyboard alone.

A facilitator prepares a Prozesswerkstatt "Gewerbeanmeldung" with the Kreis, two cities and the
IHK (created by hand, an outside party): organisations, six participants, an agenda of three
items, one of them linked to a new process; then captures 25 steps in four lanes with a decision,
a loop and a lane typo that is caught and corrected, five pain points and three measures, runs a
per-person dot vote for all six voters, reveals it and writes the protocol. Every step goes
through key events on the widget that has the focus, as a person at the laptop would do it; the
demo is never touched.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from sqlalchemy import select

from helpers.modal import focused_dialog, in_modal_dialog, press
from helpers.typist import Typist
from werkstatt import i18n
from werkstatt.analysis.cli import load_analysis
from werkstatt.model import AgendaItem, Lane, Measure, Organisation, PainPoint, Workshop, WorkshopOrganisation
from werkstatt.ui.protocol.export import ProtocolExporter
from werkstatt.voting.results import tally
from werkstatt.voting.rounds import read_round

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")
# tools/scenario_shots.py runs this test on a real X server and asks for pictures along the way.
SHOTS = Path(os.environ["WERKSTATT_SHOTS"]) if os.environ.get("WERKSTATT_SHOTS") else None
SIZE = tuple(int(n) for n in os.environ.get("WERKSTATT_SHOTS_SIZE", "1366x768").split("x"))
NONE = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
CTRL_ALT = CTRL | ALT
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier

# (name, organisation as reached in the combo box — typed, or End for the last one, function)
PEOPLE = [
    ("Erika Musterfrau", "Ennepe", "Sachgebietsleitung Gewerbeaufsicht"),
    ("Maximilian Mustermann", "Ennepe", "Sachbearbeitung Ordnungsamt"),
    ("Dora Demo", "Ennepe", "IT-Koordination"),
    ("Lina Lorem", Qt.Key.Key_End, "Leitung Gewerbeamt"),  # "Stadt Witten" comes last
    ("Karl-Heinz Beispielmann", Qt.Key.Key_End, "Sachbearbeitung Gewerbeamt"),
    ("Friederike Probst", Qt.Key.Key_End, "Bürgerbüro"),
]
AGENDA = [("Begrüßung und Ziele", 15), ("Ist-Prozess Gewerbeanmeldung aufnehmen", 90),
          ("Abstimmung und nächste Schritte", 30)]

# 25 steps in four lanes (and a loop back). A line typed with a misspelt lane comes as ("typo", line, corrected lane).
STEPS = [
    ">> Gewerbetreibende: Gewerbe anmelden wollen",
    "Formular online ausfüllen (15 min)",
    "Nachweise hochladen (10 min)",
    "Gewerbeamt Witten: Anmeldung entgegennehmen (5 min) [Dokument/Information entgegennehmen]",
    "Eingang bestätigen (1 min)",
    "Angaben prüfen (10 min)",
    "Unterlagen vollständig?",
    "[nein] Nachweise nachfordern (5 min, 20 %)",
    "Gewerbetreibende: Nachweise nachreichen (15 min, Liegezeit 5 Tage)",
    "-> Angaben prüfen",
    ("typo", "[ja] Gewerbeamt Witen: Gebühr festsetzen (3 min)", "Gewerbeamt Witten"),
    "Gebühr kassieren (3 min) [Kassieren/Einzahlung entgegennehmen]",
    "Gewerbeschein ausstellen (5 min)",
    "Daten in das Fachverfahren übernehmen (8 min) [Daten in EDV übernehmen]",
    "Ordnungsamt EN-Kreis: Meldung empfangen (2 min)",
    "Zuverlässigkeit prüfen (20 min)",
    "Gewerbezentralregister abfragen (10 min)",
    "Ergebnis dokumentieren (5 min)",
    "IHK: Meldung empfangen (2 min)",
    "Mitgliedschaft anlegen (10 min)",
    "Beitragsbescheid erstellen (10 min)",
    "Gewerbeamt Witten: Statistik melden (5 min)",
    "Akte schließen (2 min)",
    "Ordnungsamt EN-Kreis: Wiedervorlage setzen (2 min)",
    "Gewerbetreibende: Gewerbeschein erhalten",
    "<< Tätigkeit aufnehmen",
]
PAIN_POINTS = ["Die Angaben werden im Fachverfahren noch einmal abgetippt",
               "Nachweise kommen per Post und bleiben liegen",
               "Die Meldung an den Kreis geht als PDF per E-Mail",
               "Niemand sieht, wo die Anmeldung gerade liegt",
               "Die Gebühr wird bar kassiert"]
MEASURES = ["Schnittstelle zwischen Online-Formular und Fachverfahren",
            "Meldungen an Kreis und IHK über XGewerbeanzeige",
            "Bezahlen online anbieten"]


def typed(qtbot, text: str) -> None:
    Typist(qtbot, None).type(text)


def wait_for_dialog(qtbot, previous: QDialog | None = None) -> QDialog:
    """The dialog the last key opened, once it has the keyboard (not ``previous``, the one it came from)."""
    qtbot.waitUntil(lambda: focused_dialog() not in (None, previous), timeout=5000)
    return focused_dialog()


def shot(qtbot, widget, name: str) -> None:
    """The widget as the user sees it now, when pictures were asked for."""
    if SHOTS is None:
        return
    qtbot.wait(400)
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))


def back_in(qtbot, window) -> None:
    if not window.isActiveWindow():
        with qtbot.waitActive(window):
            window.windowHandle().requestActivate()


@pytest.fixture
def main(workspace, qtbot, settings_folder, show_main_window):
    i18n.set_language("de")
    window = show_main_window(workspace, size=SIZE)
    yield window
    window.protocol_export.shutdown()
    window.projector.shutdown()


def create_workshop(qtbot, main) -> str:
    """Ctrl+O, Ctrl+N in the manager, the title, Enter: the new workshop opens on its setup page."""
    def in_manager() -> None:
        manager = focused_dialog()
        press(qtbot, Qt.Key.Key_N, CTRL)
        wait_for_dialog(qtbot, manager)
        typed(qtbot, "Prozesswerkstatt Gewerbeanmeldung")
        press(qtbot, Qt.Key.Key_Return)  # creates it and opens it, as Enter on a listed workshop
    in_modal_dialog(in_manager)
    press(qtbot, Qt.Key.Key_O, CTRL)
    back_in(qtbot, main)
    assert main.workspace.workshop_id is not None
    assert main.pages.currentWidget() is main.workshop_page
    return main.workspace.workshop_id


def prepare(qtbot, main) -> None:
    setup = main.setup
    assert setup.title_edit.hasFocus()
    # The IHK, an outside party, by hand: Alt+N is "Neu …" under the organisations.
    press(qtbot, Qt.Key.Key_N, ALT)
    qtbot.wait(250)
    dialog = wait_for_dialog(qtbot)
    typed(qtbot, "IHK Mittleres Ruhrgebiet")
    press(qtbot, Qt.Key.Key_Tab)
    typed(qtbot, "IHK")
    press(qtbot, Qt.Key.Key_Tab)
    typed(qtbot, "extern")  # the kind combo box jumps to the typed entry
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    back_in(qtbot, main)
    # The project's six administrations, then the Kreis and Witten ticked as well (IHK is already).
    press(qtbot, Qt.Key.Key_C, ALT)  # "Se&chs Verwaltungen"
    qtbot.wait(250)  # a mnemonic clicks its button after a short flash
    press(qtbot, Qt.Key.Key_S, ALT)  # "Beteiligte Organi&sationen": the list gets the focus
    view = setup.organisation_view
    assert QApplication.focusWidget() is view
    names = [view.model().index(row, 0).data() for row in range(view.model().rowCount())]
    for wanted in ("Ennepe-Ruhr-Kreis", "Stadt Witten", "Stadt Hattingen"):
        press(qtbot, Qt.Key.Key_Home, CTRL)
        for _ in range(names.index(wanted)):
            press(qtbot, Qt.Key.Key_Down)
        press(qtbot, Qt.Key.Key_Space)
    # Six participants: Alt+L ("Tei&lnehmende") goes to their table, Ins opens the form.
    for name, organisation, function in PEOPLE:
        press(qtbot, Qt.Key.Key_L, ALT)
        press(qtbot, Qt.Key.Key_Insert)
        dialog = wait_for_dialog(qtbot)
        typed(qtbot, name)
        press(qtbot, Qt.Key.Key_Tab)
        if isinstance(organisation, str):
            typed(qtbot, organisation)
        else:
            press(qtbot, organisation)
        press(qtbot, Qt.Key.Key_Tab)
        typed(qtbot, function)
        press(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda dialog=dialog: not dialog.isVisible())
        back_in(qtbot, main)
    # The agenda: Alt+U ("Tagesordn&ung") goes to it, Ins adds an item.
    for title, minutes in AGENDA:
        press(qtbot, Qt.Key.Key_U, ALT)
        press(qtbot, Qt.Key.Key_Insert)
        dialog = wait_for_dialog(qtbot)
        typed(qtbot, title)
        press(qtbot, Qt.Key.Key_Tab)
        press(qtbot, Qt.Key.Key_A, CTRL)
        typed(qtbot, str(minutes))
        press(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda dialog=dialog: not dialog.isVisible())
        back_in(qtbot, main)
    # The second item discusses a new process: select it, "Prozess besprechen …", name the process.
    press(qtbot, Qt.Key.Key_U, ALT)
    press(qtbot, Qt.Key.Key_Home, CTRL)  # the first item (Home alone stays in the row)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_R, ALT)  # "P&rozess besprechen …"
    qtbot.wait(250)
    dialog = wait_for_dialog(qtbot)
    press(qtbot, Qt.Key.Key_N, ALT)  # the new process's name
    typed(qtbot, "Gewerbeanmeldung")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    back_in(qtbot, main)
    assert main.pages.currentWidget() is main.workshop_page, "preparing goes on where it was"
    press(qtbot, Qt.Key.Key_U, ALT)
    press(qtbot, Qt.Key.Key_Home, CTRL)  # the first item (Home alone stays in the row)
    press(qtbot, Qt.Key.Key_Down)
    shot(qtbot, main, "workshop-page")
    press(qtbot, Qt.Key.Key_Return)  # Enter on the item opens its model on the console


def capture(qtbot, main) -> None:
    assert main.pages.currentWidget() is main.console and main.capture.line.hasFocus()
    for entry in STEPS:
        if isinstance(entry, tuple):
            _, line, lane = entry
            typed(qtbot, line)
            press(qtbot, Qt.Key.Key_Return)
            assert main.capture.line.text() == line, "a misspelt lane is not created at once"
            assert lane in main.capture.feedback.text()
            shot(qtbot, main, "lane-typo")
            press(qtbot, Qt.Key.Key_Tab)  # takes the suggestion
            assert main.capture.line.text() == line.replace("Witen", "Witten")
            press(qtbot, Qt.Key.Key_Return)
        else:
            typed(qtbot, entry)
            press(qtbot, Qt.Key.Key_Return)
        assert main.capture.line.text() == "", main.capture.feedback.text()


def findings(qtbot, main) -> None:
    for index, text in enumerate(PAIN_POINTS):
        for _ in range(3):  # onto a step a few lines further up
            press(qtbot, Qt.Key.Key_Up)

        def pain_point(text=text, index=index) -> None:
            typed(qtbot, text)
            press(qtbot, [Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3][index % 3], ALT)
            press(qtbot, Qt.Key.Key_Return)
        in_modal_dialog(pain_point)
        press(qtbot, Qt.Key.Key_P, CTRL_SHIFT)
        back_in(qtbot, main)
    for text in MEASURES:
        def measure(text=text) -> None:
            typed(qtbot, text)
            press(qtbot, Qt.Key.Key_Return)
        in_modal_dialog(measure)
        press(qtbot, Qt.Key.Key_M, CTRL_SHIFT)
        back_in(qtbot, main)


def vote(qtbot, main) -> None:
    """Ctrl+Alt+N prepares a dot vote on the pain points, Ctrl+Alt+O opens it, six voters by keyboard."""
    in_modal_dialog(lambda: press(qtbot, Qt.Key.Key_Return))
    press(qtbot, Qt.Key.Key_N, CTRL_ALT)
    qtbot.waitUntil(main.isActiveWindow)
    press(qtbot, Qt.Key.Key_O, CTRL_ALT)
    press(qtbot, Qt.Key.Key_V, CTRL_SHIFT)
    grid = main.voting.grid
    assert QApplication.focusWidget() is grid
    for voter in range(6):
        # Everybody puts a dot on the first pain point; the Kreis also on the second, Witten on the third.
        press(qtbot, Qt.Key.Key_1)
        press(qtbot, Qt.Key.Key_Down)
        if voter >= 3:
            press(qtbot, Qt.Key.Key_Down)
        press(qtbot, Qt.Key.Key_1)
        press(qtbot, Qt.Key.Key_Return, CTRL)
    shot(qtbot, main, "console-vote")
    press(qtbot, Qt.Key.Key_R, CTRL_ALT)  # everybody has finished: no question


def projector_shots(qtbot, main) -> None:
    """What the room sees: the revealed vote, the selected step in detail, the whole process (F5, G)."""
    press(qtbot, Qt.Key.Key_F5)
    projector = main.projector
    qtbot.waitUntil(projector.window.isVisible)
    projector.window.setGeometry(0, 0, 1920, 1080)
    projector.set_mode("vote")
    shot(qtbot, projector.window, "projector-vote")
    projector.set_mode("diagram")
    back_in(qtbot, main)
    press(qtbot, Qt.Key.Key_F6)
    for _ in range(8):
        press(qtbot, Qt.Key.Key_Up)
    shot(qtbot, projector.window, "projector")
    press(qtbot, Qt.Key.Key_G, CTRL_SHIFT)
    shot(qtbot, projector.window, "projector-overview")
    press(qtbot, Qt.Key.Key_G, CTRL_SHIFT)
    press(qtbot, Qt.Key.Key_F5)
    main.analysis_panel.highlight_handovers_action.setChecked(True)
    shot(qtbot, main, "console-analysis")
    main.analysis_panel.highlight_handovers_action.setChecked(False)


def test_a_first_workshop_from_an_empty_laptop(main, workspace, qtbot, tmp_path: Path) -> None:
    workshop_id = create_workshop(qtbot, main)
    prepare(qtbot, main)
    with workspace.reading() as session:
        taking_part = set(session.scalars(
            select(Organisation.short_name).join(WorkshopOrganisation,
                                                 WorkshopOrganisation.organisation_id == Organisation.id)
            .where(WorkshopOrganisation.workshop_id == workshop_id, WorkshopOrganisation.deleted.is_(False))))
        assert session.get(Workshop, workshop_id).title == "Prozesswerkstatt Gewerbeanmeldung"
    assert taking_part == {"IHK", "EN-Kreis", "Witten", "Hattingen"}
    with workspace.reading() as session:
        agenda = [(item.title, item.planned_minutes, item.process_model_id is not None)
                  for item in session.scalars(select(AgendaItem).where(AgendaItem.workshop_id == workshop_id,
                                                                       AgendaItem.deleted.is_(False))
                                              .order_by(AgendaItem.position))]
    assert agenda == [(title, minutes, index == 1) for index, (title, minutes) in enumerate(AGENDA)]
    capture(qtbot, main)
    findings(qtbot, main)
    shot(qtbot, main, "console")
    vote(qtbot, main)
    if SHOTS is not None:
        projector_shots(qtbot, main)

    model_id = workspace.model_id
    with workspace.reading() as session:
        lanes = {lane.name: lane.organisation_id for lane in session.scalars(
            select(Lane).where(Lane.model_id == model_id, Lane.deleted.is_(False)))}
        organisations = {o.id: o.short_name for o in session.scalars(select(Organisation))}
        assert len(session.scalars(select(PainPoint).where(PainPoint.model_id == model_id)).all()) == 5
        assert len(session.scalars(select(Measure).where(Measure.model_id == model_id)).all()) == 3
        result = tally(read_round(session, workspace.current_round))
    assert {name: organisations.get(org) for name, org in lanes.items()} == {
        "Gewerbetreibende": None, "Gewerbeamt Witten": "Witten", "Ordnungsamt EN-Kreis": "EN-Kreis", "IHK": "IHK"}
    view = workspace.view()
    assert len(view.steps) == 25 and all(any(s.lane_id == lane.id for s in view.steps) for lane in view.lanes)
    assert [k.kind for k in view.steps].count("decision") == 1

    counts = load_analysis(workspace.store, model_id).counts
    # Organisations involved counts the administrations; the IHK is an outside party (issue 19).
    assert (counts.lanes, counts.organisations, counts.decisions, counts.loops) == (4, 2, 1, 1)
    assert counts.organisation_handovers >= 2  # between the administrations (Witten → Kreis …); the IHK is outside
    assert {g.name for g in result.groups} == {"Ennepe-Ruhr-Kreis", "Stadt Witten"}, result.breakdown_note
    assert result.voters == 6

    exporter = ProtocolExporter(workspace, main, opener=lambda _path: None, warn=pytest.fail)
    out = tmp_path / "Protokoll.pdf"
    with qtbot.waitSignal(exporter.written, timeout=60000):
        exporter.start(out)
    qtbot.waitUntil(lambda: exporter.worker is None)
    exporter.shutdown()
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    for name in ("Ordnungsamt EN-Kreis", "IHK Mittleres Ruhrgebiet", "Stadt Witten", "Ennepe-Ruhr-Kreis"):
        assert name in text
    assert "6 von 6 haben abgestimmt" in text
    if SHOTS is not None:
        subprocess.run(["pdftoppm", "-r", "60", "-png", str(out), str(SHOTS / "protocol")], check=True)
