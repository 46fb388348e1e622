"""Organisations in the window: the workshop tab's buttons, the manager, the participant dialog, the
step inspector's lane organisation and "discuss process" on a selected agenda item."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from helpers.typist import Typist
from werkstatt.demo import MODEL_ID, WORKSHOP_ID
from werkstatt.edits.organisations import AddOrganisation, live_organisations
from werkstatt.edits.workshops import AddParticipant, create_workshop
from werkstatt.model import PROJECT_ADMINISTRATIONS, Lane, Organisation, Step, SyncRegister
from werkstatt.read.workshops import workshop_detail
from werkstatt.register.admin import OrganisationEntry, init_register
from werkstatt.register.connect import open_register_engine, parse_address
from werkstatt.ui.capture.inspector import StepInspector
from werkstatt.ui.workshop.organisations import OrganisationManager, OrganisationTableModel
from werkstatt.ui.workshop.setup import WorkshopSetupPanel

ENTER = Qt.Key.Key_Return
# English messages: the German ones of new sentences arrive with the next catalogue merge.
pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
              pytest.mark.usefixtures("english")]


def organisation_names(workspace) -> list[str]:
    with workspace.reading() as session:
        return [o.name for o in live_organisations(session)]


@pytest.fixture
def bare(show_active, workspace) -> WorkshopSetupPanel:
    """The workshop tab of a new workshop on an empty database: no organisation anywhere."""
    workshop_id = workspace.apply(create_workshop("Werkstatt Gewerbe")).id
    workspace.open_workshop(workshop_id)
    return show_active(WorkshopSetupPanel(workspace))


def test_new_creates_an_organisation_and_ticks_it_for_the_workshop(qtbot, bare: WorkshopSetupPanel) -> None:
    assert bare.organisations.rowCount() == 0
    qtbot.mouseClick(bare.new_organisation_button, Qt.MouseButton.LeftButton)
    form = bare.pending
    assert form is not None and form.focusWidget() is form.name  # the first field has the focus
    qtbot.keyClick(form.name, ENTER)  # empty: refused, the form stays
    assert form.isVisible() and "empty" in form.error.text()
    typist = Typist(qtbot, form.name)
    typist.type("Stadt Sprockhövel")
    form.short_name.setText("Sprockhövel")
    qtbot.keyClick(form.short_name, ENTER)
    assert not form.isVisible()
    with bare.workspace.reading() as session:
        detail = workshop_detail(session, bare.workspace.workshop_id)
    assert [(o.name, o.taking_part) for o in detail.organisations] == [("Stadt Sprockhövel", True)]
    bare.workspace.undo_stack.undo()  # one step takes back both
    assert organisation_names(bare.workspace) == []


def test_a_refused_name_keeps_its_text_and_says_why(qtbot, bare: WorkshopSetupPanel) -> None:
    bare.workspace.apply(AddOrganisation("Stadt Witten", short_name="Witten"))
    qtbot.mouseClick(bare.new_organisation_button, Qt.MouseButton.LeftButton)
    form = bare.pending
    qtbot.keyClicks(form.name, "stadt witten")
    qtbot.keyClick(form.name, ENTER)
    assert form.isVisible() and form.name.text() == "stadt witten"
    assert "already an organisation" in form.error.text()
    assert organisation_names(bare.workspace) == ["Stadt Witten"]


def test_starting_set_and_the_participant_dialog_offer_them(qtbot, bare: WorkshopSetupPanel) -> None:
    qtbot.mouseClick(bare.starter_button, Qt.MouseButton.LeftButton)
    assert sorted(organisation_names(bare.workspace)) == sorted(n for n, _s, _k in PROJECT_ADMINISTRATIONS)
    assert bare.organisations.rowCount() == 6
    qtbot.mouseClick(bare.starter_button, Qt.MouseButton.LeftButton)
    assert "already there" in bare.message.text()
    dialog = bare.add_participant()
    offered = [dialog.organisation.itemText(i) for i in range(dialog.organisation.count())]
    assert offered[0] == "(keine)" or offered[0] == "(none)"
    assert sorted(offered[1:]) == sorted(n for n, _s, _k in PROJECT_ADMINISTRATIONS)
    dialog.reject()


# --- the manager ---------------------------------------------------------------------------------------


@pytest.fixture
def manager(show_active, workspace) -> OrganisationManager:
    return show_active(OrganisationManager(workspace))


def test_the_table_model_passes_the_model_tester(qtmodeltester, manager: OrganisationManager) -> None:
    manager.add_starting_set()
    assert manager.model.rowCount() == 6 and not manager.starter_button.isEnabled()
    assert isinstance(manager.model, OrganisationTableModel)
    qtmodeltester.check(manager.model)


def test_add_edit_merge_and_delete_from_the_keyboard(qtbot, manager: OrganisationManager) -> None:
    workspace = manager.workspace
    manager.view.setFocus()
    qtbot.keyClick(manager.view, Qt.Key.Key_Insert)
    form = manager.pending
    assert form.focusWidget() is form.name
    Typist(qtbot, form.name).type("TÜV Rheinland")
    form.kind.setCurrentIndex(form.kind.findData("extern"))
    qtbot.keyClick(form.name, ENTER)
    assert organisation_names(workspace) == ["TÜV Rheinland"]
    assert manager.selected().name == "TÜV Rheinland"

    manager.view.setFocus()
    qtbot.keyClick(manager.view, Qt.Key.Key_F2)
    form = manager.pending
    assert form.name.text() == "TÜV Rheinland"
    form.short_name.setText("TÜV")
    qtbot.keyClick(form.short_name, ENTER)
    with workspace.reading() as session:
        tuev = session.scalar(select(Organisation).where(Organisation.name == "TÜV Rheinland"))
        assert (tuev.short_name, tuev.kind) == ("TÜV", "extern")

    manager.add_starting_set()
    workshop = workspace.apply(create_workshop("W")).id
    workspace.apply(AddParticipant(workshop, "Prüferin", organisation_id=tuev.id))
    manager.select(tuev.id)
    manager.view.setFocus()
    qtbot.keyClick(manager.view, Qt.Key.Key_Delete)
    assert "participants" in manager.message.text() and "TÜV Rheinland" in organisation_names(workspace)

    merge = manager.merge_selected()
    assert merge.target.count() == 6
    merge.target.setCurrentIndex(merge.target.findText("Stadt Witten"))
    qtbot.keyClick(merge.target, ENTER)
    assert "TÜV Rheinland" not in organisation_names(workspace)
    assert manager.selected().name == "Stadt Witten"
    workspace.undo_stack.undo()
    assert "TÜV Rheinland" in organisation_names(workspace)

    manager.select(next(r.id for r in manager.model.rows if r.name == "Stadt Gevelsberg"))
    manager.view.setFocus()
    qtbot.keyClick(manager.view, Qt.Key.Key_Delete)
    assert "Stadt Gevelsberg" not in organisation_names(workspace) and manager.message.text() == ""


def test_the_registers_organisations_are_offered_when_a_register_is_known(qtbot, workspace, tmp_path) -> None:
    path = tmp_path / "register.sqlite"
    engine = open_register_engine(parse_address(str(path)))
    try:
        init_register(engine, [OrganisationEntry("Stadt Schwelm", "Schwelm"),
                               OrganisationEntry("Stadt Witten", "Witten")], str(path))
    finally:
        engine.dispose()
    witten = workspace.apply(AddOrganisation("Stadt Witten", short_name="Witten")).organisation_id
    from werkstatt.edits import Create

    workspace.apply(Create(SyncRegister, url=str(path), organisation_id=witten, register_organisation_id="r"))
    dialog = OrganisationManager(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.register_button.isVisible()
    assert [dialog.register_choice.itemText(i) for i in range(dialog.register_choice.count())] == [
        "Stadt Schwelm (Schwelm)"]
    qtbot.mouseClick(dialog.register_button, Qt.MouseButton.LeftButton)
    assert sorted(organisation_names(workspace)) == ["Stadt Schwelm", "Stadt Witten"]
    assert not dialog.register_button.isVisible()


def test_manage_button_opens_the_manager(qtbot, bare: WorkshopSetupPanel) -> None:
    qtbot.mouseClick(bare.manage_button, Qt.MouseButton.LeftButton)
    assert isinstance(bare.manager, OrganisationManager) and bare.manager.isVisible()
    bare.manager.add_starting_set()
    assert bare.organisations.rowCount() == 6  # the workshop tab follows
    bare.manager.reject()


# --- the step inspector and "discuss process" ----------------------------------------------------------


def test_the_inspector_sets_the_organisation_of_the_selected_steps_lane(qtbot, demo_workspace) -> None:
    inspector = StepInspector(demo_workspace, None)
    qtbot.addWidget(inspector)
    inspector.show()
    with demo_workspace.reading() as session:
        step = session.scalars(select(Step).where(Step.model_id == MODEL_ID, Step.deleted.is_(False))
                               .order_by(Step.position)).first()
        lane_id = step.lane_id
        hattingen = session.scalar(select(Organisation.id).where(Organisation.short_name == "Hattingen"))
    demo_workspace.select_step(step.id)
    box = inspector.lane_organisation
    assert box.count() == 9  # "(none)", the six administrations and the demo's two outside parties
    box.setCurrentIndex(box.findData(hattingen))
    box.activated.emit(box.currentIndex())
    with demo_workspace.reading() as session:
        assert session.get(Lane, lane_id).organisation_id == hattingen
    box.setCurrentIndex(0)
    box.activated.emit(0)
    with demo_workspace.reading() as session:
        assert session.get(Lane, lane_id).organisation_id is None
    demo_workspace.undo_stack.undo()
    assert box.currentData() == hattingen  # the inspector follows undo


def test_discuss_links_the_selected_agenda_item(qtbot, demo_workspace) -> None:
    panel = WorkshopSetupPanel(demo_workspace)
    qtbot.addWidget(panel)
    panel.show()
    with demo_workspace.reading() as session:
        before = workshop_detail(session, WORKSHOP_ID).agenda
    panel._select(panel.agenda_view, 0)
    dialog = panel.discuss_process()
    qtbot.keyClicks(dialog.new_name, "Hundesteuer anmelden")
    qtbot.keyClick(dialog.new_name, ENTER)
    with demo_workspace.reading() as session:
        after = workshop_detail(session, WORKSHOP_ID).agenda
    assert len(after) == len(before)  # linked, not added
    assert after[0].title == before[0].title and after[0].model_name == "Hundesteuer anmelden (as-is)"
    assert panel.agenda_view.currentIndex().row() == 0
    demo_workspace.undo_stack.undo()
    with demo_workspace.reading() as session:
        assert workshop_detail(session, WORKSHOP_ID).agenda == before
