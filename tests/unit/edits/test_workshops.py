"""Workshop edits and queries, without Qt: each undoes to the same data and redoes to the same data."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from helpers.state import assert_undo_restores_and_redo_repeats, snapshot
from werkstatt.demo import MODEL_ID, PROCESS_ID, WORKSHOP_ID
from werkstatt.edits import Create, Editor, SetAttendance, edit_agenda_item, uninvite
from werkstatt.edits.workshops import (
    AddParticipant,
    DeleteWorkshop,
    DiscussProcess,
    DuplicateWorkshop,
    EditParticipant,
    NewProcess,
    SetWorkshopOrganisations,
    copy_title,
    create_workshop,
    edit_workshop,
    rename_workshop,
)
from werkstatt.errors import EditError, NotFoundError
from werkstatt.i18n import tr
from werkstatt.model import Organisation, Process, ProcessModel
from werkstatt.read.workshops import (
    all_models,
    register_processes,
    workshop_count,
    workshop_detail,
    workshop_models,
    workshop_summaries,
)


@pytest.fixture
def others(demo: Editor) -> dict[str, str]:
    """A second, bare workshop, an organisation of its own and a register process without a model."""
    ids = {
        "workshop": demo.apply(create_workshop("Zweite Werkstatt", date=dt.date(2027, 1, 5))).id,
        "organisation": demo.apply(Create(Organisation, name="Stadt Schwelm", short_name="Schwelm")).id,
        "process": demo.apply(Create(Process, name="Gewerbeanmeldung")).id,
    }
    with demo.reading() as session:
        ids["kreis"] = session.scalar(select(Organisation.id).where(Organisation.short_name == "EN-Kreis"))
        ids["person"] = workshop_detail(session, WORKSHOP_ID).participants[0].person_id
        ids["attendance"] = workshop_detail(session, WORKSHOP_ID).participants[0].attendance_id
    return ids


EDITS = {
    "create workshop": lambda o: create_workshop("Neue Werkstatt", date=dt.date(2027, 3, 1), place="Witten",
                                                 facilitator="Dora", goal="Ziel"),
    "rename workshop": lambda o: rename_workshop(WORKSHOP_ID, "Führerschein, zweite Runde"),
    "edit workshop fields": lambda o: edit_workshop(WORKSHOP_ID, date=dt.date(2027, 2, 2), place="Rathaus Witten",
                                                    facilitator="Ada", goal="Neu", status="running"),
    "duplicate workshop": lambda o: DuplicateWorkshop(WORKSHOP_ID),
    "delete workshop": lambda o: DeleteWorkshop(WORKSHOP_ID),
    "set organisations": lambda o: SetWorkshopOrganisations(WORKSHOP_ID, [o["organisation"], o["kreis"]]),
    "add organisations to a bare workshop": lambda o: SetWorkshopOrganisations(o["workshop"], [o["kreis"]]),
    "add participant": lambda o: AddParticipant(o["workshop"], "Hanna Hinz", organisation_id=o["kreis"],
                                                function="Sachbearbeitung"),
    "edit participant": lambda o: EditParticipant(o["person"], name="Erika Muster", function="Leitung",
                                                  organisation_id=o["organisation"]),
    "remove participant": lambda o: uninvite(o["attendance"]),
    "mark absent": lambda o: SetAttendance(WORKSHOP_ID, o["person"], False),
    "discuss a process with a model": lambda o: DiscussProcess(o["workshop"], PROCESS_ID, planned_minutes=60),
    "discuss a process without a model": lambda o: DiscussProcess(o["workshop"], o["process"]),
    "new process": lambda o: NewProcess(o["workshop"], "Hundesteuer anmelden", planned_minutes=45),
}


@pytest.mark.parametrize("name", list(EDITS))
def test_undo_restores_and_redo_repeats(demo: Editor, others: dict[str, str], name: str) -> None:
    assert_undo_restores_and_redo_repeats(demo, lambda: EDITS[name](others), name)


@pytest.mark.parametrize("title", ["", "   ", "x" * 10_000, "Titel\x00mit Nullzeichen", None])
def test_a_bad_title_is_refused_before_anything_happens(demo: Editor, title: str | None) -> None:
    before = snapshot(demo)
    with pytest.raises(EditError):
        create_workshop(title)  # type: ignore[arg-type]
    with pytest.raises(EditError):
        rename_workshop(WORKSHOP_ID, title)  # type: ignore[arg-type]
    assert snapshot(demo) == before


def test_bad_fields_are_refused() -> None:
    with pytest.raises(EditError):
        edit_workshop("x", date="2027-01-01")
    with pytest.raises(EditError):
        edit_workshop("x", status="cancelled")
    with pytest.raises(EditError):
        edit_workshop("x", budget=5)
    with pytest.raises(EditError):
        AddParticipant("x", "  ")
    with pytest.raises(EditError):
        NewProcess("x", "")
    with pytest.raises(EditError):
        DiscussProcess("x", "y", planned_minutes=-5)


def test_create_workshop_stores_what_was_typed(editor: Editor) -> None:
    edit = editor.apply(create_workshop("  Werkstatt Bauantrag ", date=dt.date(2027, 4, 1), place="Hattingen"))
    with editor.reading() as session:
        detail = workshop_detail(session, edit.id)
    assert (detail.title, detail.date, detail.place, detail.status) == (
        "Werkstatt Bauantrag", dt.date(2027, 4, 1), "Hattingen", "planned")


def test_duplicate_copies_setup_but_not_what_happened(demo: Editor) -> None:
    edit = demo.apply(DuplicateWorkshop(WORKSHOP_ID))
    with demo.reading() as session:
        old, new = workshop_detail(session, WORKSHOP_ID), workshop_detail(session, edit.new_id)
        assert workshop_models(session, edit.new_id) == workshop_models(session, WORKSHOP_ID)
    assert new.title == tr("WorkshopEdits", "{title} (copy)", title=old.title)
    assert new.status == "planned" and old.status == "done"
    assert [o.taking_part for o in new.organisations] == [o.taking_part for o in old.organisations]
    assert [p.person_id for p in new.participants] == [p.person_id for p in old.participants]
    assert not all(p.present for p in old.participants), "the demo has someone absent"
    assert all(p.present for p in new.participants)
    assert [(a.title, a.planned_minutes, a.model_id) for a in new.agenda] == [
        (a.title, a.planned_minutes, a.model_id) for a in old.agenda]
    assert any(a.actual_minutes for a in old.agenda)
    assert all(a.actual_minutes is None for a in new.agenda)


def test_the_copy_of_a_longest_title_still_fits(editor: Editor) -> None:
    workshop = editor.apply(create_workshop("W" * 300)).id
    copy = editor.apply(DuplicateWorkshop(workshop))
    with editor.reading() as session:
        title = workshop_detail(session, copy.new_id).title
    assert len(title) <= 300 and title == copy_title("W" * 300)


def test_delete_hides_the_workshop_and_its_rows_and_undo_restores_them(demo: Editor) -> None:
    with demo.reading() as session:
        before = workshop_detail(session, WORKSHOP_ID)
    demo.apply(DeleteWorkshop(WORKSHOP_ID))
    with demo.reading() as session:
        assert workshop_summaries(session) == [] and workshop_count(session) == 0
        with pytest.raises(NotFoundError):
            workshop_detail(session, WORKSHOP_ID)
        assert [m.id for m in all_models(session)] == [MODEL_ID], "the model outlives the workshop"
    snap = snapshot(demo)
    assert snap["agenda_items"] == snap["attendances"] == snap["workshop_organisations"] == []
    demo.undo()
    with demo.reading() as session:
        assert workshop_detail(session, WORKSHOP_ID) == before


def test_organisations_can_leave_and_come_back(demo: Editor, others: dict[str, str]) -> None:
    demo.apply(SetWorkshopOrganisations(WORKSHOP_ID, [others["kreis"]]))
    demo.apply(SetWorkshopOrganisations(WORKSHOP_ID, [others["kreis"], others["organisation"]]))
    with demo.reading() as session:
        flags = {o.short_name: o.taking_part for o in workshop_detail(session, WORKSHOP_ID).organisations}
    # The demo's outside parties (applicants, TÜV) are known organisations too, not taking part.
    assert flags == {"EN-Kreis": True, "Schwelm": True, "Witten": False, "Hattingen": False, "Gevelsberg": False,
                     "Wetter": False, "Sprockhövel": False, "Antragstellende": False, "TÜV": False}
    demo.undo()
    demo.undo()
    demo.apply(SetWorkshopOrganisations(WORKSHOP_ID, []))
    # The same pair again reuses its tombstoned row (the unique constraint would refuse a second).
    demo.apply(SetWorkshopOrganisations(WORKSHOP_ID, [others["kreis"]]))
    with demo.reading() as session:
        assert [o.short_name for o in workshop_detail(session, WORKSHOP_ID).organisations if o.taking_part] == [
            "EN-Kreis"]


def test_an_unknown_organisation_is_refused(demo: Editor) -> None:
    with pytest.raises(EditError):
        demo.apply(SetWorkshopOrganisations(WORKSHOP_ID, ["not-an-id"]))
    with pytest.raises(EditError):
        demo.apply(AddParticipant(WORKSHOP_ID, "Hanna", organisation_id="not-an-id"))


def test_participants_appear_with_organisation_and_attendance(demo: Editor, others: dict[str, str]) -> None:
    add = demo.apply(AddParticipant(others["workshop"], "Hanna Hinz", organisation_id=others["kreis"],
                                    function="Sachbearbeitung", present=False))
    with demo.reading() as session:
        [participant] = workshop_detail(session, others["workshop"]).participants
        summary = {s.id: s for s in workshop_summaries(session)}[others["workshop"]]
    assert participant.person_id == add.person_id and participant.attendance_id == add.attendance_id
    assert (participant.name, participant.organisation, participant.function, participant.present) == (
        "Hanna Hinz", "Ennepe-Ruhr-Kreis", "Sachbearbeitung", False)
    assert summary.participants == 1


def test_discussing_a_process_reuses_its_as_is_model(demo: Editor, others: dict[str, str]) -> None:
    edit = demo.apply(DiscussProcess(others["workshop"], PROCESS_ID, planned_minutes=60))
    assert edit.model_id == MODEL_ID
    with demo.reading() as session:
        [item] = workshop_detail(session, others["workshop"]).agenda
        models = workshop_models(session, others["workshop"])
    assert (item.id, item.model_id, item.planned_minutes, item.title) == (
        edit.item_id, MODEL_ID, 60, "Fahrerlaubnis: Ersterteilung (Klasse B)")
    assert [m.id for m in models] == [MODEL_ID]


def test_discussing_a_process_without_a_model_makes_one(demo: Editor, others: dict[str, str]) -> None:
    edit = demo.apply(DiscussProcess(others["workshop"], others["process"], title="Gewerbe"))
    with demo.reading() as session:
        model = session.get(ProcessModel, edit.model_id)
        assert (model.name, model.kind, model.process_id) == (
            tr("WorkshopEdits", "{name} (as-is)", name="Gewerbeanmeldung"), "ist", others["process"])
        assert [i.title for i in workshop_detail(session, others["workshop"]).agenda] == ["Gewerbe"]
        by_name = {p.name: p for p in register_processes(session)}
    assert by_name["Gewerbeanmeldung"].as_is_model_id == edit.model_id
    assert by_name["Fahrerlaubnis: Ersterteilung (Klasse B)"].as_is_model_id == MODEL_ID
    # The second discussion in another workshop uses the model the first one made.
    again = demo.apply(DiscussProcess(WORKSHOP_ID, others["process"]))
    assert again.model_id == edit.model_id


def test_a_deleted_process_cannot_be_discussed(demo: Editor, others: dict[str, str]) -> None:
    from werkstatt.edits import Delete

    demo.apply(Delete(Process, others["process"]))
    with pytest.raises(EditError):
        demo.apply(DiscussProcess(others["workshop"], others["process"]))


def test_new_process_adds_process_model_and_agenda_item_in_order(demo: Editor) -> None:
    edit = demo.apply(NewProcess(WORKSHOP_ID, "Hundesteuer anmelden", planned_minutes=45))
    with demo.reading() as session:
        detail = workshop_detail(session, WORKSHOP_ID)
        models = workshop_models(session, WORKSHOP_ID)
    assert detail.agenda[-1].id == edit.item_id and detail.agenda[-1].model_id == edit.model_id
    assert detail.agenda[-1].position == len(detail.agenda) - 1
    assert [m.id for m in models] == [MODEL_ID, edit.model_id]
    assert models[1].process_id == edit.process_id


def test_summaries_count_participants_and_models_and_put_the_newest_first(demo: Editor,
                                                                          others: dict[str, str]) -> None:
    with demo.reading() as session:
        summaries = workshop_summaries(session)
    assert [s.title for s in summaries] == ["Zweite Werkstatt", "Prozesswerkstatt Führerscheinantrag"]
    assert (summaries[1].participants, summaries[1].models) == (8, 1)
    assert (summaries[0].participants, summaries[0].models) == (0, 0)
    # Two agenda items on one model count it once; an item whose model is deleted counts nothing.
    demo.apply(edit_agenda_item(workshop_detail_agenda(demo)[1], process_model_id=None))
    with demo.reading() as session:
        assert workshop_summaries(session)[1].models == 1
    from werkstatt.edits import Delete

    demo.apply(Delete(ProcessModel, MODEL_ID))
    with demo.reading() as session:
        assert workshop_summaries(session)[1].models == 0
        assert workshop_models(session, WORKSHOP_ID) == []
        assert workshop_detail(session, WORKSHOP_ID).agenda[2].model_id is None


def workshop_detail_agenda(editor: Editor) -> list[str]:
    with editor.reading() as session:
        return [item.id for item in workshop_detail(session, WORKSHOP_ID).agenda]


def test_removing_an_agenda_item_closes_the_gap(demo: Editor) -> None:
    from werkstatt.edits import AddAgendaItem
    from werkstatt.edits.workshops import RemoveAgendaItem

    before = workshop_detail_agenda(demo)
    snap = snapshot(demo)
    demo.apply(RemoveAgendaItem(before[1]))
    added = demo.apply(AddAgendaItem(WORKSHOP_ID, "Nachtrag")).item_id
    with demo.reading() as session:
        agenda = workshop_detail(session, WORKSHOP_ID).agenda
    assert [a.id for a in agenda] == [before[0], *before[2:], added]
    assert [a.position for a in agenda] == list(range(len(agenda)))
    demo.undo()
    demo.undo()
    assert snapshot(demo) == snap
