"""The register panel: search as you type, fact sheets through undoable edits, library rows read-only, adopt."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QDockWidget, QInputDialog, QLabel, QLineEdit, QMainWindow
from sqlalchemy import event, select

from helpers.library import make_library
from werkstatt.demo import MODEL_ID, PROCESS_ID
from werkstatt.edits.base import Update
from werkstatt.i18n import tr
from werkstatt.model import Organisation, Process, ProcessModel, Step
from werkstatt.ui.common.roles import ROW_ROLE
from werkstatt.ui.register.map_dialog import ProcessMapDialog
from werkstatt.ui.register.panel import SEARCH_DELAY_MS, RegisterPanel

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

FUEHRERSCHEIN = "Fahrerlaubnis: Ersterteilung (Klasse B)"


def org_id(workspace, short: str) -> str:
    with workspace.reading() as session:
        return session.scalar(select(Organisation.id).where(Organisation.short_name == short))


def add_process(workspace, name: str, **values) -> str:
    with workspace.store.session() as session:
        process = Process(name=name, **values)
        session.add(process)
        session.flush()
        process_id = process.id
    workspace.changed_outside()
    return process_id


def sync_as(workspace, own: str, library_rows: list[tuple[str, str, str]] = ()) -> None:
    """The workspace's laptop syncs as ``own`` and holds ``library_rows`` from the register (catalogue entries)."""
    make_library(workspace.store, own, library_rows, held=False)
    workspace.changed_outside()


def shown_names(panel: RegisterPanel) -> list[str]:
    model = panel.results_model
    return [model.index(row, 0).data(ROW_ROLE).name for row in range(model.rowCount())]


def process_name(workspace, process_id: str = PROCESS_ID) -> str:
    with workspace.reading() as session:
        return session.get(Process, process_id).name


@pytest.fixture
def panel(demo_workspace, show_active) -> RegisterPanel:
    add_process(demo_workspace, "Hundesteuer festsetzen", product_area="16 Allgemeine Finanzwirtschaft",
                tags="Steuern, Hund", status="modelled")
    return show_active(RegisterPanel(demo_workspace), size=(1300, 700))


def select_process(panel: RegisterPanel, name: str) -> None:
    row = shown_names(panel).index(name)
    panel.results.setCurrentIndex(panel.results_model.index(row, 0))
    assert panel.fields["name"].text() == name


def test_the_table_models_pass_the_model_tester(panel, qtmodeltester) -> None:
    panel.tabs.setCurrentIndex(1)
    for model in (panel.results_model, panel.division_model, panel.load_model):
        assert model.rowCount() > 0
        qtmodeltester.check(model)


def test_typing_in_the_search_filters_the_table(panel, qtbot) -> None:
    assert shown_names(panel) == [FUEHRERSCHEIN, "Hundesteuer festsetzen"]
    panel.search.setFocus()
    qtbot.keyClicks(panel.search, "fuehrerschein")
    qtbot.waitUntil(lambda: shown_names(panel) == [FUEHRERSCHEIN])
    panel.search.clear()
    qtbot.keyClicks(panel.search, "hund STEUER")
    qtbot.waitUntil(lambda: shown_names(panel) == ["Hundesteuer festsetzen"])
    assert panel.fields["name"].text() == "Hundesteuer festsetzen"  # the form follows the only hit
    qtbot.keyClicks(panel.search, " nichts")
    qtbot.waitUntil(lambda: shown_names(panel) == [])
    assert not panel.fields["name"].isEnabled()


def test_the_combo_filters_narrow_the_results(panel, qtbot) -> None:
    panel.status_filter.setCurrentIndex(panel.status_filter.findData("modelled"))
    panel.status_filter.activated.emit(panel.status_filter.currentIndex())
    assert shown_names(panel) == ["Hundesteuer festsetzen"]
    panel.status_filter.setCurrentIndex(0)
    panel.lead_filter.setCurrentIndex(panel.lead_filter.findData(org_id(panel.workspace, "Witten")))
    panel.lead_filter.activated.emit(panel.lead_filter.currentIndex())
    assert shown_names(panel) == [FUEHRERSCHEIN]


def test_editing_a_fact_sheet_field_changes_the_database_and_undoes(panel, qtbot) -> None:
    select_process(panel, FUEHRERSCHEIN)
    name = panel.fields["name"]
    name.setFocus()
    name.selectAll()
    qtbot.keyClicks(name, "Erteilung Klasse B")
    qtbot.keyClick(name, Qt.Key.Key_Return)
    assert process_name(panel.workspace) == "Erteilung Klasse B"
    qtbot.waitUntil(lambda: panel.fields["name"].text() == "Erteilung Klasse B")
    panel.workspace.undo_stack.undo()
    assert process_name(panel.workspace) == FUEHRERSCHEIN
    assert panel.fields["name"].text() == FUEHRERSCHEIN


def test_a_refused_value_keeps_the_typed_text_and_says_why(panel, qtbot) -> None:
    select_process(panel, FUEHRERSCHEIN)
    leika = panel.fields["leika_key"]
    leika.setFocus()
    qtbot.keyClicks(leika, "1234")
    with qtbot.waitSignal(panel.workspace.failed):
        qtbot.keyClick(leika, Qt.Key.Key_Return)
    assert leika.text() == "1234"
    assert "14" in panel.error_label.text()
    with panel.workspace.reading() as session:
        assert session.get(Process, PROCESS_ID).leika_key == ""
    assert panel.workspace.undo_stack.count() == 0


def test_a_combo_field_is_stored_when_chosen(panel) -> None:
    select_process(panel, FUEHRERSCHEIN)
    status = panel.fields["status"]
    assert isinstance(status, QComboBox)
    status.setCurrentIndex(status.findData("modelled"))
    status.activated.emit(status.currentIndex())
    with panel.workspace.reading() as session:
        assert session.get(Process, PROCESS_ID).status == "modelled"


def test_a_library_process_is_read_only_and_names_its_owner(panel, qtbot) -> None:
    workspace = panel.workspace
    sync_as(workspace, org_id(workspace, "Hattingen"),
            [("processes", PROCESS_ID, org_id(workspace, "EN-Kreis")),
             ("process_models", MODEL_ID, org_id(workspace, "Witten"))])
    select_process(panel, FUEHRERSCHEIN)
    assert panel.library_note.isVisible()
    assert "Ennepe-Ruhr-Kreis" in panel.library_note.text()
    for widget in panel.fields.values():
        if isinstance(widget, QLineEdit):
            assert widget.isReadOnly()
        elif isinstance(widget, QComboBox):
            assert not widget.isEnabled()
    panel.fields["name"].setText("Darf nicht")
    assert panel.commit("name") is False
    assert process_name(workspace) == FUEHRERSCHEIN
    select_process(panel, "Hundesteuer festsetzen")
    assert not panel.library_note.isVisible() and not panel.fields["name"].isReadOnly()


def test_adopting_a_library_model_creates_a_based_on_variant(panel, qtbot) -> None:
    workspace = panel.workspace
    hattingen = org_id(workspace, "Hattingen")
    sync_as(workspace, hattingen, [("process_models", MODEL_ID, org_id(workspace, "Witten"))])
    select_process(panel, FUEHRERSCHEIN)
    assert panel.selected_model_id() == MODEL_ID
    assert "[" in panel.models.currentItem().text()  # marked as a library model
    qtbot.mouseClick(panel.adopt_button, Qt.MouseButton.LeftButton)
    with workspace.reading() as session:
        [variant] = session.scalars(select(ProcessModel).where(ProcessModel.based_on_id == MODEL_ID)).all()
        assert (variant.organisation_id, variant.process_id) == (hattingen, PROCESS_ID)
    assert panel.selected_model_id() == variant.id
    assert shown_names(panel)[0] == FUEHRERSCHEIN and panel.results_model.rows[0].model_count == 2
    workspace.undo_stack.undo()
    with workspace.reading() as session:
        assert session.get(ProcessModel, variant.id).deleted


def test_without_a_register_the_adopting_organisation_is_asked(panel, qtbot) -> None:
    select_process(panel, FUEHRERSCHEIN)

    def choose_wetter() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue("Stadt Wetter (Ruhr)")
        dialog.accept()

    QTimer.singleShot(0, choose_wetter)
    new_id = panel.adopt_selected_model()
    with panel.workspace.reading() as session:
        variant = session.get(ProcessModel, new_id)
        assert variant.organisation_id == org_id(panel.workspace, "Wetter") and variant.based_on_id == MODEL_ID


def test_open_emits_the_selected_model(panel, qtbot) -> None:
    select_process(panel, FUEHRERSCHEIN)
    with qtbot.waitSignal(panel.openModelRequested) as opened:
        qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    assert opened.args == [MODEL_ID]
    panel.models.setFocus()
    with qtbot.waitSignal(panel.openModelRequested) as opened:
        qtbot.keyClick(panel.models, Qt.Key.Key_Return)
    assert opened.args == [MODEL_ID]


def test_the_division_tab_shows_who_models_what(panel, qtbot) -> None:
    panel.tabs.setCurrentIndex(1)
    rows = panel.division_model.rows
    assert [row.name for row in rows] == [FUEHRERSCHEIN, "Hundesteuer festsetzen"]
    summary = panel.division_model.index(0, 5).data()
    assert "Stadt Witten" in summary
    loads = {load.short_name: load for load in panel.load_model.rows}
    assert loads["Witten"].leads == 1 and loads["Witten"].modelled == 1


def test_every_control_has_an_accessible_name(panel) -> None:
    for widget in [panel.search, panel.area_filter, panel.status_filter, panel.organisation_filter,
                   panel.lead_filter, panel.include_library, panel.results, panel.models, panel.open_button,
                   panel.adopt_button, panel.map_button, panel.division, panel.loads, *panel.fields.values()]:
        assert widget.accessibleName(), widget


def test_the_process_map_dialog_shows_and_saves_the_map(panel, qtbot, tmp_path: Path) -> None:
    dialog = panel.show_process_map()
    qtbot.addWidget(dialog)
    assert isinstance(dialog, ProcessMapDialog)
    qtbot.waitUntil(lambda: dialog.view.box_of(PROCESS_ID) is not None, timeout=10_000)
    with qtbot.waitSignal(dialog.openProcessRequested) as opened:
        dialog.view.openProcessRequested.emit(PROCESS_ID)
    assert opened.args == [PROCESS_ID] and panel.process_id == PROCESS_ID
    assert dialog.save(tmp_path / "karte.png")
    assert (tmp_path / "karte.png").read_bytes().startswith(b"\x89PNG")
    assert ProcessMapDialog._with_suffix(str(tmp_path / "karte"), "PDF (*.pdf)").endswith("karte.pdf")
    dialog.close()


def test_screenshot(panel, qtbot) -> None:
    """Not an assertion about looks: it keeps a picture of the panel for the reviewer (under /tmp)."""
    select_process(panel, FUEHRERSCHEIN)
    assert panel.grab().save("/tmp/register_panel.png")
    panel.tabs.setCurrentIndex(1)
    assert panel.grab().save("/tmp/register_panel_division.png")


# --- issue 24: a panel that does not make the window wait, and searches only when the library changed ---


class Statements:
    """Every SQL statement the store's engine runs, counted by SQLAlchemy's own event (no mocks)."""

    def __init__(self, engine) -> None:
        self.engine = engine
        self.seen: list[str] = []
        event.listen(engine, "before_cursor_execute", self._record)

    def _record(self, _connection, _cursor, statement, _parameters, _context, _many) -> None:
        self.seen.append(statement)

    def searches(self) -> list[str]:
        """Statements that read the processes, apart from the panel's cheap "did the library change" look."""
        return [s for s in self.seen if re.search(r"\bprocesses\b", s) and "local_changes" not in s]

    def close(self) -> None:
        event.remove(self.engine, "before_cursor_execute", self._record)


@pytest.fixture
def statements(demo_workspace):
    counter = Statements(demo_workspace.store.engine)
    yield counter
    counter.close()


def a_step_id(workspace) -> str:
    with workspace.reading() as session:
        return session.scalar(select(Step.id).where(Step.model_id == MODEL_ID, Step.deleted.is_(False)))


def test_a_hidden_panel_reads_nothing_and_searches_once_when_shown(demo_workspace, statements, qtbot) -> None:
    panel = RegisterPanel(demo_workspace)
    qtbot.addWidget(panel)
    for _ in range(3):
        demo_workspace.changed_outside()  # edits while the register tab lies behind another
    demo_workspace.apply(Update(Step, a_step_id(demo_workspace), "", label="Antrag prüfen (neu)"))
    assert panel.searching.queries == 0 and panel.results_model.rowCount() == 0
    assert statements.searches() == [] and not any("local_changes" in s for s in statements.seen)
    panel.show()
    assert panel.searching.queries == 0  # the frame that shows the panel comes first
    qtbot.waitUntil(lambda: panel.searching.queries == 1)
    assert shown_names(panel) == [FUEHRERSCHEIN]
    qtbot.wait(SEARCH_DELAY_MS + 50)
    assert panel.searching.queries == 1
    panel.hide()
    panel.show()  # shown again without a change in between: nothing to read
    qtbot.wait(20)
    assert panel.searching.queries == 1


def test_an_edit_of_a_step_while_visible_runs_no_library_search(panel, statements, qtbot) -> None:
    workspace = panel.workspace
    before = panel.searching.queries
    statements.seen.clear()
    workspace.apply(Update(Step, a_step_id(workspace), "", label="Antrag prüfen (neu)"))
    workspace.undo_stack.undo()
    assert panel.searching.queries == before
    assert statements.searches() == []
    # A change of the library itself does search again (so the counter above can fail).
    select_process(panel, "Hundesteuer festsetzen")
    panel.fields["name"].setText("Hundesteuer festsetzen und erheben")
    assert panel.commit("name")
    assert panel.searching.queries == before + 1 and statements.searches()
    assert "Hundesteuer festsetzen und erheben" in shown_names(panel)


def test_fast_typing_runs_one_search(panel, qtbot) -> None:
    before = panel.searching.queries
    panel.search.setFocus()
    qtbot.keyClicks(panel.search, "hundesteuer")
    assert panel.searching.queries == before
    qtbot.waitUntil(lambda: shown_names(panel) == ["Hundesteuer festsetzen"])
    qtbot.wait(SEARCH_DELAY_MS + 50)
    assert panel.searching.queries == before + 1


def n_of_m(shown: int, total: int) -> str:
    text = tr("RegisterSearch", "{shown} of {total} processes", shown=shown, total=total)
    assert f"{shown} " in text and f" {total} " in text
    return text


def test_hits_come_in_pages_with_n_of_m(demo_workspace, qtbot) -> None:
    with demo_workspace.store.session() as session:
        session.add_all(Process(name=f"Sondernutzung {number:03d}", product_area="15 Verkehr") for number in range(60))
    panel = RegisterPanel(demo_workspace)
    qtbot.addWidget(panel)
    panel.results_model.page_size = 5
    panel.resize(1300, 300)
    panel.show()
    qtbot.waitUntil(lambda: panel.searching.queries == 1)
    model = panel.results_model
    assert model.total == 61
    shown = model.rowCount()
    assert 5 <= shown < 61 and shown % 5 in (0, 1)  # the first page, and what the view fetched to fill itself
    assert panel.hits_label.text() == n_of_m(shown, 61) and panel.more_button.isVisible()
    qtbot.mouseClick(panel.more_button, Qt.MouseButton.LeftButton)
    assert model.rowCount() == shown + 5 and panel.hits_label.text() == n_of_m(shown + 5, 61)
    while model.canFetchMore():
        panel.results.scrollToBottom()
        QApplication.processEvents()
        model.fetchMore()
    names = shown_names(panel)
    assert len(names) == 61 and len(set(names)) == 61  # no page twice, none left out
    assert panel.hits_label.text() == "61 Prozesse" and not panel.more_button.isVisible()
    assert panel.searching.queries == 1  # the further pages belong to the same search


def test_a_register_dock_behind_another_tab_searches_only_when_its_tab_comes_up(demo_workspace, qtbot) -> None:
    """Qt does not hide a tabbed dock behind another, it moves it out of view: the panel must tell."""
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setCentralWidget(QLabel("Diagramm"))
    findings, register = QDockWidget("Befunde", window), QDockWidget("Register", window)
    findings.setObjectName("findings")
    register.setObjectName("register")
    findings.setWidget(QLabel("Schwachstellen"))
    panel = RegisterPanel(demo_workspace)
    register.setWidget(panel)
    for dock in (findings, register):
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    window.tabifyDockWidget(findings, register)
    findings.raise_()
    window.resize(1300, 900)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(50)
    demo_workspace.changed_outside()
    assert panel.isVisible() and not panel.in_view()
    assert panel.searching.queries == 0
    register.raise_()
    qtbot.waitUntil(lambda: panel.searching.queries == 1)
    assert panel.in_view() and shown_names(panel) == [FUEHRERSCHEIN]
