"""The analysis panel, its highlights on the diagram and the rates dialog, on the demo workshop."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from werkstatt.capture import catalogue
from werkstatt.capture.session import CaptureSession
from werkstatt.demo import APPLICANTS, MODEL_ID, PROCESS_ID, PROCESS_LINES, TESTING_BODY, lane_assignments
from werkstatt.edits import Create
from werkstatt.edits.rates import stored_rates
from werkstatt.i18n import tr
from werkstatt.model import ProcessModel
from werkstatt.ui.analysis.highlight import HANDOVER, MEDIA_BREAK, HighlightItem
from werkstatt.ui.analysis.panel import ANALYSIS_DELAY_MS, FIGURE_ROWS, AnalysisPanel
from werkstatt.ui.analysis.rates_dialog import RatesDialog
from werkstatt.ui.capture.live_diagram import LiveDiagram
from werkstatt.ui.common.locale import parse_number

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

REMOVED = "Antrag in Fachverfahren erfassen"  # 8 min, the demo's one Medienwechsel step


@pytest.fixture
def panel(demo_workspace, show_active) -> AnalysisPanel:
    return show_active(AnalysisPanel(demo_workspace), size=(420, 700))


def figure(panel: AnalysisPanel, english: str) -> str:
    """The value cell of the key figure labelled ``english`` (in the language the panel speaks)."""
    label = tr("AnalysisPanel", english)
    for row in range(panel.figures.rowCount()):
        if panel.figures.index(row, 0).data() == label:
            return panel.figures.index(row, 1).data()
    raise AssertionError(f"no figure {label!r}")


def add_to_be(workspace) -> str:
    """A to-be of the demo process: the as-is typed again without the step that re-types the paper form."""
    created = workspace.apply(Create(ProcessModel, process_id=PROCESS_ID, name="Führerscheinantrag (Soll)",
                                     kind="soll"))
    capture = CaptureSession(workspace, created.id, catalogue=catalogue.load_default())
    for number, line in enumerate(PROCESS_LINES.splitlines(), start=1):
        if REMOVED not in line and not line.startswith("!! Medienbruch"):
            capture.enter_line(line, number)
    with workspace.reading() as session:
        edits = lane_assignments(session, created.id)  # the same parties as the as-is
    for edit in edits:
        workspace.apply(edit)
    return created.id


def test_panel_shows_the_demo_figures(panel):
    a = panel.analysis
    assert a is not None and a.model_id == MODEL_ID
    assert panel.figures.rowCount() == len(FIGURE_ROWS)
    assert figure(panel, "Steps") == "21"
    assert figure(panel, "Case volume per year") == "2.400"  # German digits
    assert figure(panel, "FTE of the administrations") == f"{a.fte:.2f}".replace(".", ",") == "1,69"
    assert figure(panel, "Annual cost of the administrations").endswith("€")
    assert figure(panel, "Outside parties' time per year") == tr("AnalysisPanel", "{n} h", n="5.340")
    assert "Führerscheinantrag (Ist)" in panel.title.text()
    # the rates used name their sources; the notes list the gaps
    assert "KGSt" in panel.rates_label.text() and "57,26 €/h" in panel.rates_label.text()
    assert "Bundesdruckerei" in panel.notes_label.text()
    # the effort by party: the administrations with hours, FTE and cost; the outside parties in hours only
    effort = [[panel.effort.index(r, c).data() for c in range(4)] for r in range(panel.effort.rowCount())]
    assert [row[0] for row in effort] == ["Stadt Witten", "Ennepe-Ruhr-Kreis", "Bundesdruckerei",
                                          tr("AnalysisTables", "Total")]
    assert effort[-1][1:3] == [tr("AnalysisPanel", "{n} h", n="2.640"), "1,69"]
    outside = {panel.outside.index(r, 0).data(): panel.outside.index(r, 2).data()
               for r in range(panel.outside.rowCount())}
    assert outside[APPLICANTS] == tr("AnalysisPanel", "{n} h", n="940")
    assert outside[TESTING_BODY] == tr("AnalysisPanel", "{n} h", n="4.400")
    assert panel.outside.columnCount() == 3 and not panel.outside_view.isHidden()
    assert "Antragsteller/in" not in panel.notes_label.text()  # outside parties are not costed: no pay grade note


def test_capturing_steps_updates_the_figures_after_the_frame_and_once_for_a_burst(qtbot, panel, demo_workspace,
                                                                                 monkeypatch):
    before = panel.analysis
    shown = []
    monkeypatch.setattr(panel, "_show", lambda original=panel._show: (shown.append(1), original()))
    capture = CaptureSession(demo_workspace, MODEL_ID, catalogue=catalogue.load_default())
    capture.enter_line("Fahrerlaubnisbehörde EN-Kreis: Akte digital nachbearbeiten (30 min)")
    assert panel.analysis is before  # not on the way from Enter to the repainted diagram
    capture.enter_line("Akte ablegen (0 min)")
    qtbot.waitUntil(lambda: panel.analysis is not before)
    qtbot.wait(ANALYSIS_DELAY_MS * 2)
    assert len(shown) == 1  # two lines, one analysis
    after = panel.analysis
    assert after.counts.steps == before.counts.steps + 2
    assert after.time.processing > before.time.processing
    assert figure(panel, "Steps") == str(before.counts.steps + 2)
    assert panel.last_update_ms < 200  # measured, not a benchmark: the panel follows each committed line


def test_overhead_raises_the_cost(panel):
    without = panel.analysis.annual_cost
    panel.overhead.setCurrentIndex(1)  # office work: 20 %
    assert panel.analysis.annual_cost == pytest.approx(without * 1.2)
    assert tr("Rates", "Overhead on personnel cost") in panel.rates_label.text()


def test_highlights_mark_handovers_and_media_breaks(panel, demo_workspace):
    live = LiveDiagram(demo_workspace)
    panel.attach_diagram(live)

    def marks(kind: str) -> list[HighlightItem]:
        return [item for item in live.scene.items() if isinstance(item, HighlightItem) and item.kind == kind]

    assert marks(HANDOVER) == [] and marks(MEDIA_BREAK) == []
    panel.highlight_handovers_action.setChecked(True)
    assert {item.target for item in marks(HANDOVER)} == {h.flow_id for h in panel.analysis.handovers}
    # never colour alone: a word too
    assert all(item.label == tr("AnalysisHighlight", "Handover") for item in marks(HANDOVER))
    assert marks(MEDIA_BREAK) == []

    panel.highlight_media_breaks_action.setChecked(True)
    assert [item.target for item in marks(MEDIA_BREAK)] == [m.step.id for m in panel.analysis.media_breaks]
    step_box = next(box for box in live.diagram.steps if box.id == marks(MEDIA_BREAK)[0].target)
    assert marks(MEDIA_BREAK)[0].boundingRect().contains(step_box.shape.x, step_box.shape.y)

    # after a relayout the marks follow the new geometry, and a new handover is marked too
    CaptureSession(demo_workspace, MODEL_ID).enter_line("Bundesdruckerei: Rückfrage beantworten (5 min)")
    assert {item.target for item in marks(HANDOVER)} == {h.flow_id for h in panel.analysis.handovers}
    assert all(item.scene() is live.scene for item in panel.highlight.items())

    panel.highlight_handovers_action.setChecked(False)
    assert marks(HANDOVER) == [] and len(marks(MEDIA_BREAK)) == 1
    panel.highlight_media_breaks_action.setChecked(False)
    assert marks(MEDIA_BREAK) == []


def test_comparison_with_a_to_be_shows_savings(qtbot, panel, demo_workspace, qtmodeltester):
    to_be = add_to_be(demo_workspace)
    qtbot.waitUntil(lambda: panel.compare_with.findData(to_be) > 0)  # the analysis reads after the frame
    index = panel.compare_with.findData(to_be)
    assert index > 0
    panel.compare_with.setCurrentIndex(index)
    assert panel.comparison is None  # read only while its page is shown
    panel.tabs.setCurrentIndex(1)
    c = panel.comparison
    assert c is not None and c.as_is.model_id == MODEL_ID and c.to_be.model_id == to_be
    assert c.hours_saved == pytest.approx(2400 * 8 / 60)
    assert REMOVED in c.steps_removed
    assert len(c.media_breaks_removed) == 1
    model = panel.comparison_model
    cells = {model.index(row, 0).data(): model.index(row, 3).data() for row in range(model.rowCount())}
    assert cells[tr("AnalysisPanel", "Hours saved per year")] == tr("AnalysisPanel", "{n} h", n="320,0")
    assert cells[tr("AnalysisPanel", "Steps removed")] == "1"
    assert cells[tr("AnalysisCompare", "Steps")] == "−1"
    assert "320,0 h" in panel.summary.text()
    assert model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == "Führerscheinantrag (Ist)"
    qtmodeltester.check(model)

    # opened from the to-be, the as-is is still the baseline
    demo_workspace.open_model(to_be)
    assert panel.compare_with.currentData() == MODEL_ID  # a newly opened model offers the other one at once
    assert panel.comparison.as_is.model_id == MODEL_ID
    assert panel.comparison.hours_saved == pytest.approx(320)


def test_figures_model_passes_the_model_tester(panel, qtmodeltester):
    qtmodeltester.check(panel.figures)
    qtmodeltester.check(panel.effort)
    qtmodeltester.check(panel.outside)
    panel.comparison_model.set_comparison(None)
    qtmodeltester.check(panel.comparison_model)


def test_no_model_open_shows_nothing(panel, demo_workspace):
    demo_workspace.open_model(None)
    assert panel.analysis is None and panel.figures.rowCount() == 0
    assert panel.title.text()


@pytest.fixture
def dialog(demo_workspace, qtbot) -> RatesDialog:
    widget = RatesDialog(demo_workspace)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_rates_dialog_shows_values_german_style_with_sources(dialog):
    assert dialog.value_edit("hours:employee").text() == "1.561"
    assert dialog.value_edit("rate:E 9a").text() == "63,02"
    assert dialog.value_edit("overhead:office").text() == "20 %"
    assert "KGSt" in dialog.source_edit("rate:E 9a").text()
    assert dialog.value_edit("rate:default").text() == ""  # no default for lanes without a pay grade: 0 €
    assert "0 €" in dialog.source_edit("rate:default").text()
    # an organisation's own value (the demo stores one) shows with its source and where it is set
    own = []
    for index in range(1, dialog.scope.count()):
        dialog.scope.setCurrentIndex(index)
        with dialog.workspace.reading() as session:
            everything = stored_rates(session, dialog.organisation_id())
            for_all = stored_rates(session, None)
        own += [(key, value, source) for key, (value, source) in everything.items() if key not in for_all]
        for key, value, source in own:
            assert dialog.value_edit(key).text() == f"{value:.2f}".replace(".", ",")
            assert dialog.source_edit(key).text() == source
            assert dialog.effective()[key][2] == tr("RatesDialog", "this organisation")
        if own:
            break
    assert own


def test_a_stored_rate_changes_the_cost_and_undoes(dialog, panel, demo_workspace, qtbot):
    # E 8 is Witten's lane (the Kreis lane, E 9a, has the Kreis' own rate, which a value for all does not touch)
    cost = panel.analysis.annual_cost
    edit = dialog.value_edit("rate:E 8")
    edit.clear()
    qtbot.keyClicks(edit, "70,5")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    with demo_workspace.reading() as session:
        assert stored_rates(session)["rate:E 8"][0] == 70.5
    qtbot.waitUntil(lambda: panel.analysis.annual_cost > cost)  # the analysis reads after the frame
    assert dialog.value_edit("rate:E 8").text() == "70,50"
    assert "E 8: 70,50 €/h" in panel.rates_label.text()

    demo_workspace.undo_stack.undo()
    qtbot.waitUntil(lambda: panel.analysis.annual_cost == pytest.approx(cost))
    assert dialog.value_edit("rate:E 8").text() == "57,26"


def test_a_rate_for_one_organisation_and_reset_by_emptying(dialog, demo_workspace, qtbot):
    witten = dialog.scope.findText("Stadt Witten")
    dialog.scope.setCurrentIndex(witten)
    organisation_id = dialog.organisation_id()
    edit = dialog.value_edit("hours:employee")
    edit.clear()
    qtbot.keyClicks(edit, "1.600")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    with demo_workspace.reading() as session:
        assert stored_rates(session, organisation_id)["hours:employee"][0] == 1600
        assert "hours:employee" not in stored_rates(session, None)
    assert dialog.effective()["hours:employee"][2] == tr("RatesDialog", "this organisation")
    edit.clear()
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    with demo_workspace.reading() as session:
        assert "hours:employee" not in stored_rates(session, organisation_id)
    assert edit.text() == "1.561"


def test_an_out_of_range_rate_is_refused_and_kept(dialog, demo_workspace, qtbot):
    steps = demo_workspace.undo_stack.count()
    edit = dialog.value_edit("rate:E 8")
    edit.clear()
    qtbot.keyClicks(edit, "5000")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert demo_workspace.undo_stack.count() == steps
    assert "1000" in dialog.message.text() and dialog.message.text().endswith(".")
    assert edit.text() == "5000"  # the input stays for correction
    demo_workspace.changed_outside()  # another view refreshes: the refused input is still there
    assert edit.text() == "5000"
    edit.setText("zwölf")  # QTest types ASCII only
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert "zwölf" in dialog.message.text()


def test_numbers_are_read_as_the_room_types_them():
    assert parse_number("1.561") == 1561
    assert parse_number("63,02") == 63.02
    assert parse_number("63.02") == 63.02
    assert parse_number("20 %") == 20
    assert parse_number("abc") is None
