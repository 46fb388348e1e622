"""The capture panel driven from the keyboard, as a facilitator types in the room."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from helpers.typist import Typist
from werkstatt.capture import catalogue
from werkstatt.edits import Create
from werkstatt.model import PainPoint, ProcessModel
from werkstatt.read import model as queries
from werkstatt.ui.capture.panel import CapturePanel


@pytest.fixture
def panel(workspace, qtbot):
    model = workspace.apply(Create(ProcessModel, name="Probe (Ist)", kind="ist"))
    workspace.open_model(model.id)
    workspace.undo_stack.clear()  # the test's own setup is not the facilitator's to undo
    widget = CapturePanel(workspace, catalogue.load_default())
    qtbot.addWidget(widget)
    widget.show()
    widget.line.setFocus()
    return widget


def stored(workspace) -> queries.ModelView:
    with workspace.reading() as session:
        return queries.model_view(session, workspace.model_id)


def test_a_typed_line_is_stored_and_the_line_clears(panel, workspace, qtbot) -> None:
    typist = Typist(qtbot, panel.line)
    typist.line("Bürgerbüro: Antrag annehmen (10 min)")
    view = stored(workspace)
    assert [(s.lane, s.label, s.processing_minutes) for s in view.steps] == [
        ("Bürgerbüro", "Antrag annehmen", 10.0)]
    assert panel.line.text() == ""
    assert "Antrag annehmen" in panel.feedback.text()
    assert workspace.selected_step == view.steps[0].id


def test_a_refused_line_stays_in_the_editor_with_a_sentence(panel, workspace, qtbot) -> None:
    typist = Typist(qtbot, panel.line)
    typist.line("Antrag annehmen")  # no lane yet
    assert panel.line.text() == "Antrag annehmen"
    assert "Bahn" in panel.feedback.text() or "lane" in panel.feedback.text()
    assert stored(workspace).steps == []
    typist.line("Kasse: Gebühr (10 kg)")
    assert "kg" in panel.feedback.text()
    assert stored(workspace).steps == []


def test_colon_brings_its_space_and_a_habitual_space_is_not_doubled(panel, qtbot) -> None:
    Typist(qtbot, panel.line).type("Kasse:Geld")
    assert panel.line.text() == "Kasse: Geld"
    panel.line.clear()
    Typist(qtbot, panel.line).type("Kasse: Geld")
    assert panel.line.text() == "Kasse: Geld"
    panel.line.clear()
    Typist(qtbot, panel.line).type("Termin um 10:30")  # a time of day keeps its colon
    assert panel.line.text() == "Termin um 10:30"


def test_tab_completes_a_known_lane(panel, workspace, qtbot) -> None:
    typist = Typist(qtbot, panel.line)
    typist.line("Fahrerlaubnisbehörde: Antrag prüfen")
    typist.line("Kasse: Gebühr buchen")
    typist.type("Fahr")
    assert panel.line.suggestions() == ["Fahrerlaubnisbehörde"]
    typist.key(Qt.Key.Key_Tab)
    assert panel.line.text() == "Fahrerlaubnisbehörde: "
    assert panel.line.hasFocus()
    typist.line("Bescheid erstellen")
    assert [s.lane for s in stored(workspace).steps] == ["Fahrerlaubnisbehörde", "Kasse", "Fahrerlaubnisbehörde"]


def test_tab_completes_a_building_block_grouped_by_category(panel, workspace, qtbot) -> None:
    typist = Typist(qtbot, panel.line)
    typist.type("Amt: Antrag prüfen [form")
    assert panel.line.suggestions()[0] == "Formell prüfen"
    typist.key(Qt.Key.Key_Tab)
    assert panel.line.text() == "Amt: Antrag prüfen [Formell prüfen]"
    typist.key(Qt.Key.Key_Return)
    assert stored(workspace).steps[0].block == "Formell prüfen"
    typist.type("Prüfen [Dokument")
    categories = [catalogue.load_default().find(name).category for name in panel.line.suggestions()]
    assert len(categories) > 3
    runs = [category for category, _ in itertools.groupby(categories)]
    assert len(runs) == len(set(runs))  # each category one block: grouped


def test_pasting_lines_stores_all_and_undoes_as_one(panel, workspace, qtbot) -> None:
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.clipboard().setText("Amt: Eins\nZwei\nDrei?\n[nein] Vier\n")
    qtbot.keyClick(panel.line, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert [s.label for s in stored(workspace).steps] == ["Eins", "Zwei", "Drei?", "Vier"]
    assert workspace.undo_stack.count() == 1
    workspace.undo_stack.undo()
    assert stored(workspace).steps == []
    workspace.undo_stack.redo()
    assert len(stored(workspace).steps) == 4


def test_a_pasted_bad_line_is_reported_and_the_rest_stored(panel, workspace, qtbot) -> None:
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.clipboard().setText("Amt: Eins\nZwei (10 kg)\nDrei\n")
    qtbot.keyClick(panel.line, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert [s.label for s in stored(workspace).steps] == ["Eins", "Drei"]
    assert panel.line.text() == "Zwei (10 kg)"
    assert "kg" in panel.feedback.text()


def test_up_and_down_walk_the_steps_and_insert_goes_between(panel, workspace, qtbot) -> None:
    typist = Typist(qtbot, panel.line)
    for line in ("Amt: Eins", "Zwei", "Drei"):
        typist.line(line)
    typist.key(Qt.Key.Key_Up)
    typist.key(Qt.Key.Key_Up)
    labels = {s.id: s.label for s in stored(workspace).steps}
    assert labels[workspace.selected_step] == "Eins"
    panel.start_insert()
    typist.line("Eins b")
    typist.key(Qt.Key.Key_Escape)
    typist.line("Vier")
    view = stored(workspace)
    assert [s.label for s in view.steps] == ["Eins", "Eins b", "Zwei", "Drei", "Vier"]
    ids = {s.label: s.id for s in view.steps}
    pairs = {(f.source, f.target) for f in view.flows}
    assert (ids["Eins"], ids["Eins b"]) in pairs and (ids["Eins b"], ids["Zwei"]) in pairs
    assert (ids["Eins"], ids["Zwei"]) not in pairs
    assert (ids["Drei"], ids["Vier"]) in pairs


def test_step_commands_move_decide_delete_and_undo(panel, workspace, qtbot) -> None:
    typist = Typist(qtbot, panel.line)
    for line in ("Amt: Eins", "Zwei", "Drei"):
        typist.line(line)
    typist.key(Qt.Key.Key_Up)  # Zwei
    panel.move_selected(-1)
    assert [s.label for s in stored(workspace).steps] == ["Zwei", "Eins", "Drei"]
    panel.move_selected(1)
    panel.move_selected(1)
    assert [s.label for s in stored(workspace).steps] == ["Eins", "Drei", "Zwei"]
    for _ in range(3):
        workspace.undo_stack.undo()
    assert [s.label for s in stored(workspace).steps] == ["Eins", "Zwei", "Drei"]
    panel.make_decision()
    assert panel.line.text() == "[nein] "
    typist.line("Nachfordern")
    view = stored(workspace)
    kinds = {s.label: s.kind for s in view.steps}
    assert kinds["Zwei"] == "decision"
    labels = {(f.source, f.target): f.label for f in view.flows}
    ids = {s.label: s.id for s in view.steps}
    assert labels[(ids["Zwei"], ids["Nachfordern"])] == "nein"
    assert labels[(ids["Eins"], ids["Zwei"])] == ""
    assert "ja" in labels.values()
    workspace.select_step(ids["Drei"])
    panel.delete_selected()
    assert "Drei" not in [s.label for s in stored(workspace).steps]
    workspace.undo_stack.undo()
    assert "Drei" in [s.label for s in stored(workspace).steps]


def test_linear_process_needs_no_more_keys_than_labels_lanes_and_two_per_step(panel, workspace, qtbot) -> None:
    process = [
        ("Bürgerbüro", "Antrag annehmen"), ("Bürgerbüro", "Antrag prüfen"), ("Fachamt", "Antrag bearbeiten"),
        ("Fachamt", "Bescheid entwerfen"), ("Kasse", "Gebühr buchen"), ("Fachamt", "Bescheid zeichnen"),
        ("Fachamt", "Bescheid versenden"), ("Bürgerbüro", "Bescheid aushändigen"), ("Bürgerbüro", "Vorgang ablegen"),
        ("Kasse", "Zahlung prüfen"),
    ]
    typist = Typist(qtbot, panel.line)
    known: list[str] = []
    previous = None
    for lane, label in process:
        if lane != previous:
            if lane in known:
                typist.type(lane[0])
                assert panel.line.suggestions()[0] == lane
                typist.key(Qt.Key.Key_Tab)
            else:
                typist.type(lane + ":")
                known.append(lane)
        typist.line(label)
        previous = lane
    view = stored(workspace)
    assert [(s.lane, s.label) for s in view.steps] == process
    assert len(view.flows) == len(process) - 1
    budget = sum(len(label) for _, label in process) + sum(len(lane) for lane in known) + 2 * len(process)
    print(f"\nkeystrokes for a 10-step process over 3 lanes: {typist.count} (budget {budget})")
    assert typist.count <= budget


def test_refused_pasted_lines_come_back_one_by_one(panel, workspace, qtbot) -> None:
    panel.paste("Amt: Eins\nZwei (10 kg)\nDrei (5 Meilen)\nVier\n")
    assert [s.label for s in stored(workspace).steps] == ["Eins", "Vier"]
    assert panel.line.text() == "Zwei (10 kg)"
    panel.line.setText("Zwei (10 min)")
    panel.submit(panel.line.text())
    assert panel.line.text() == "Drei (5 Meilen)"  # the next refused line, nothing lost


def test_a_paste_whose_lines_are_all_refused_leaves_no_empty_undo_step(panel, workspace) -> None:
    before = workspace.undo_stack.count()
    panel.paste("Eins\nZwei\n")  # no lane yet: both refused
    assert workspace.undo_stack.count() == before


def test_a_paste_in_insert_mode_inserts_in_order(panel, workspace) -> None:
    panel.paste("Amt: Eins\nVier\n")
    workspace.select_step(stored(workspace).steps[0].id)
    panel.start_insert()
    panel.paste("Zwei\nDrei\n")
    assert [s.label for s in stored(workspace).steps] == ["Eins", "Zwei", "Drei", "Vier"]


def test_text_with_line_breaks_from_the_context_menu_is_a_paste(panel, workspace) -> None:
    panel.submit("Amt: Eins\nZwei")
    assert [s.label for s in stored(workspace).steps] == ["Eins", "Zwei"]


def test_the_decision_key_keeps_a_half_typed_line(panel, workspace, qtbot) -> None:
    panel.paste("Amt: Eins\nZwei\n")
    panel.line.setText("Drei halb")
    panel.make_decision()
    assert panel.line.text() == "Drei halb"


def test_a_pain_point_goes_to_the_workshop_now_open(panel, workspace) -> None:
    from werkstatt.edits.workshops import create_workshop

    first = workspace.apply(create_workshop("Eins"))
    second = workspace.apply(create_workshop("Zwei"))
    workspace.open_workshop(first.id)
    panel.paste("Amt: Schritt\n! Problem eins\n")
    workspace.open_workshop(second.id)
    panel.submit("! Problem zwei")
    with workspace.reading() as session:
        rows = {p.text: p.workshop_id for p in session.scalars(select(PainPoint))}
    assert rows == {"Problem eins": first.id, "Problem zwei": second.id}


# --- issue 17: a typo asks before it makes a lane; the step list stays where it is -----------------


def lanes_of(workspace) -> list[str]:
    return [lane.name for lane in stored(workspace).lanes]


def test_a_typo_of_a_lane_asks_and_tab_takes_the_existing_lane(panel, workspace, qtbot) -> None:
    typist = Typist(qtbot, panel.line)
    typist.line("Bürgerbüro: Antrag annehmen")
    typist.line("Brgerbüro: Gebühr kassieren (10 min)")
    assert [s.label for s in stored(workspace).steps] == ["Antrag annehmen"]  # nothing stored
    assert panel.line.text() == "Brgerbüro: Gebühr kassieren (10 min)"  # nothing lost either
    question = panel.feedback.text()
    assert "Brgerbüro" in question and "Bürgerbüro" in question and "Tab" in question
    typist.key(Qt.Key.Key_Tab)
    assert panel.line.text() == "Bürgerbüro: Gebühr kassieren (10 min)"
    typist.key(Qt.Key.Key_Return)
    view = stored(workspace)
    assert [(s.lane, s.label) for s in view.steps] == [("Bürgerbüro", "Antrag annehmen"),
                                                            ("Bürgerbüro", "Gebühr kassieren")]
    assert lanes_of(workspace) == ["Bürgerbüro"]
    assert panel.line.text() == ""


def test_a_second_enter_creates_the_new_lane_and_an_edit_asks_again(panel, workspace, qtbot) -> None:
    typist = Typist(qtbot, panel.line)
    typist.line("Bürgerbüro: Antrag annehmen")
    typist.line("Brgerbüro: Gebühr kassieren")
    typist.key(Qt.Key.Key_Backspace)
    typist.type("n")  # the same line again, but edited: the question starts over
    assert panel.feedback.text() == ""
    typist.key(Qt.Key.Key_Return)
    assert lanes_of(workspace) == ["Bürgerbüro"]
    assert "Brgerbüro" in panel.feedback.text()
    typist.key(Qt.Key.Key_Return)  # the second Enter on the unchanged line: yes, a new lane
    assert lanes_of(workspace) == ["Bürgerbüro", "Brgerbüro"]
    assert [s.lane for s in stored(workspace).steps] == ["Bürgerbüro", "Brgerbüro"]
    assert panel.line.text() == ""
    typist.line("Bürgerbüor: Quittung")  # the next near typo is asked about again
    assert len(stored(workspace).steps) == 2


def test_a_pasted_block_with_a_lane_typo_waits_in_the_line_storing_nothing(panel, workspace, qtbot) -> None:
    from PySide6.QtGui import QGuiApplication

    typist = Typist(qtbot, panel.line)
    typist.line("Bürgerbüro: Eins")
    depth = workspace.undo_stack.count()
    block = "Kasse: Zwei\nBrgerbüro: Drei\nVier\n"
    QGuiApplication.clipboard().setText(block)
    qtbot.keyClick(panel.line, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert [s.label for s in stored(workspace).steps] == ["Eins"]
    assert workspace.undo_stack.count() == depth
    assert panel.line.text() == block
    assert "2" in panel.feedback.text() and "Brgerbüro" in panel.feedback.text()
    typist.key(Qt.Key.Key_Tab)
    assert panel.line.text() == "Kasse: Zwei\nBürgerbüro: Drei\nVier\n"
    typist.key(Qt.Key.Key_Return)
    assert [(s.lane, s.label) for s in stored(workspace).steps] == [
        ("Bürgerbüro", "Eins"), ("Kasse", "Zwei"), ("Bürgerbüro", "Drei"), ("Bürgerbüro", "Vier")]
    assert workspace.undo_stack.count() == depth + 1


def test_a_pasted_block_is_stored_with_the_new_lane_after_a_second_enter(panel, workspace, qtbot) -> None:
    Typist(qtbot, panel.line).line("Bürgerbüro: Eins")
    panel.paste("Brgerbüro: Zwei\nDrei\n")
    assert lanes_of(workspace) == ["Bürgerbüro"]
    panel.submit(panel.line.text())
    assert lanes_of(workspace) == ["Bürgerbüro", "Brgerbüro"]
    assert [s.lane for s in stored(workspace).steps] == ["Bürgerbüro", "Brgerbüro", "Brgerbüro"]


def test_moving_a_typo_step_back_removes_its_lane_from_the_panel(panel, workspace, qtbot) -> None:
    typist = Typist(qtbot, panel.line)
    typist.line("Bürgerbüro: Eins")
    typist.line("Brgerbüro: Zwei")
    typist.key(Qt.Key.Key_Return)  # confirmed
    assert panel.lane_names == ["Bürgerbüro", "Brgerbüro"]
    from werkstatt.edits import MoveStep

    panel._apply(MoveStep(workspace.selected_step, lane_id=stored(workspace).lanes[0].id))
    assert panel.lane_names == ["Bürgerbüro"]
    workspace.undo_stack.undo()
    assert panel.lane_names == ["Bürgerbüro", "Brgerbüro"]


def feedback_lines(panel, text: str) -> int:
    """How many lines ``text`` needs at the feedback's width, wrapped as a label wraps."""
    from PySide6.QtCore import QRect

    metrics = panel.feedback.fontMetrics()
    rect = metrics.boundingRect(QRect(0, 0, panel.feedback.contentsRect().width(), 10_000),
                                Qt.TextFlag.TextWordWrap, text)
    return round(rect.height() / metrics.lineSpacing())


def test_the_step_list_stays_put_whatever_the_feedback_says(panel, workspace, qtbot) -> None:
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QApplication

    panel.resize(panel.minimumSizeHint().width(), 480)  # as narrow as the panel goes
    lane = "Amt für Bürgerdienste, Ordnung und Verkehr der Stadt"  # long: its question needs more than two lines
    panel.paste(f"{lane}: Eins\nZwei\nDrei\n")

    def where() -> tuple[QPoint, int]:
        QApplication.processEvents()  # the layout settles in posted events
        return panel.list.mapToGlobal(QPoint(0, 0)), panel.list.height()

    panel.feedback.clear()
    before = where()
    panel._say("Gespeichert.")
    assert feedback_lines(panel, panel.feedback.text()) == 1
    assert where() == before
    words = 200
    panel._say(" ".join(["Die"] * words), ok=False)  # bold, as a refusal is
    while feedback_lines(panel, panel.feedback.text()) > 2:
        words -= 1
        panel._say(" ".join(["Die"] * words), ok=False)
    assert feedback_lines(panel, panel.feedback.text()) == 2
    assert where() == before
    assert panel.feedback.shown_lines() is None and panel.feedback.toolTip() == ""  # fits: shown as it is
    Typist(qtbot, panel.line).line("Ä" + lane[1:] + ": Vier")  # the lane question: longer than two lines here
    question = panel.feedback.text()
    assert "Amt" in question and feedback_lines(panel, question) > 2
    assert where() == before
    shown = panel.feedback.shown_lines()
    assert shown is not None and len(shown) == 2 and shown[1].endswith("…")
    assert panel.feedback.toolTip() == question  # the whole question, on hovering
    panel.feedback.grab()  # paints the cut text without a warning
    panel.feedback.resize(20 * panel.feedback.width(), panel.feedback.height())
    assert panel.feedback.shown_lines() is None  # measured again for the new width, not the kept cut
    panel.feedback.clear()
    assert where() == before


def test_the_feedback_can_be_copied_and_a_line_paints_the_panel_once(panel, qtbot) -> None:
    """A selectable label laid out its text after the frame and painted the console a second time
    at every Enter; the message is copied from the label's context menu instead."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    panel.show()
    qtbot.waitExposed(panel)
    panel.submit("Bürgerbüro: Antrag prüfen")
    qtbot.wait(50)
    passes: list[int] = []

    class Passes(QObject):
        def eventFilter(self, watched, event) -> bool:
            if event.type() == QEvent.Type.UpdateRequest and watched is panel.window():
                passes.append(1)
            return False

    watcher = Passes()
    QApplication.instance().installEventFilter(watcher)
    try:
        panel.submit("Bescheid schreiben")
        qtbot.wait(100)
    finally:
        QApplication.instance().removeEventFilter(watcher)
    assert len(passes) == 1
    panel.feedback.copy_action.trigger()
    assert QApplication.clipboard().text() == panel.feedback.text() != ""
    assert panel.feedback.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    panel.feedback.clear()
    assert not panel.feedback.copy_action.isEnabled()  # copying nothing would wipe the clipboard


def test_the_inspector_title_offers_no_copy_of_a_message(workspace, qtbot) -> None:
    from werkstatt.ui.capture.inspector import StepInspector

    inspector = StepInspector(workspace, catalogue.load_default())
    qtbot.addWidget(inspector)
    assert inspector.title.actions() == []
    assert inspector.title.contextMenuPolicy() != Qt.ContextMenuPolicy.ActionsContextMenu
