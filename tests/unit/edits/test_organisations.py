"""Organisations as local data, without Qt: create, rename, merge, delete, the starting set, the
suggestion from a lane's name; each undoes to the same data and redoes to the same data."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from sqlalchemy import select

from helpers.state import snapshot
from werkstatt.demo import MODEL_ID, OUTSIDE_PARTIES, WORKSHOP_ID, create_demo
from werkstatt.edits import Create, Editor
from werkstatt.edits.organisations import (
    AddOrganisation,
    AddStartingSet,
    DeleteOrganisation,
    EditOrganisation,
    MergeOrganisations,
    SetLaneOrganisation,
    find_organisation,
    kind_name,
    live_organisations,
    missing_administrations,
    suggest_organisation,
)
from werkstatt.edits.rates import SetRate
from werkstatt.edits.workshops import AddParticipant, SetWorkshopOrganisations, create_workshop
from werkstatt.errors import EditError
from werkstatt.model import (
    ORGANISATION_KINDS,
    PROJECT_ADMINISTRATIONS,
    Lane,
    Measure,
    Organisation,
    Person,
    Process,
    ProcessModel,
    RateSetting,
    SyncRegister,
    WorkshopOrganisation,
)

# English messages: the German ones of new sentences arrive with the next catalogue merge.
pytestmark = pytest.mark.usefixtures("english")


def names(editor: Editor) -> list[str]:
    with editor.reading() as session:
        return [o.name for o in live_organisations(session)]


def round_trip(editor: Editor, edit) -> tuple[dict, dict]:
    """Apply ``edit``; undo must give the state before, redo the state after."""
    before = snapshot(editor)
    editor.apply(edit)
    after = snapshot(editor)
    assert after != before
    editor.undo()
    assert snapshot(editor) == before
    editor.redo()
    assert snapshot(editor) == after
    return before, after


# --- create and rename -------------------------------------------------------------------------------


def test_add_on_an_empty_database_undo_redo(editor: Editor) -> None:
    add = AddOrganisation("  TÜV Rheinland ", short_name="TÜV", kind="extern")
    round_trip(editor, add)
    with editor.reading() as session:
        row = session.get(Organisation, add.organisation_id)
        assert (row.name, row.short_name, row.kind, row.deleted) == ("TÜV Rheinland", "TÜV", "extern", False)


def test_extern_is_a_kind_with_a_name() -> None:
    assert "extern" in ORGANISATION_KINDS
    assert kind_name("extern") != "extern"
    assert kind_name("from-a-newer-register") == "from-a-newer-register"


@pytest.mark.parametrize(("name", "short", "kind", "says"), [
    ("", "", "stadt", "empty"),
    ("   ", "", "stadt", "empty"),
    ("x" * 201, "", "stadt", "too long"),
    ("Stadt Schwelm", "y" * 41, "stadt", "too long"),
    ("Stadt\nSchwelm", "", "stadt", "one line"),
    ("Stadt Schwelm", "", "land", "land"),
])
def test_add_refuses_bad_input_with_a_sentence(editor: Editor, name: str, short: str, kind: str, says: str) -> None:
    with pytest.raises(EditError) as refused:
        editor.apply(AddOrganisation(name, short_name=short, kind=kind))
    assert says in refused.value.message
    assert refused.value.message.endswith(".")
    assert names(editor) == []


@pytest.mark.parametrize("clash", ["stadt witten", "STADT WITTEN", "witten", "Stadt  Witten"])
def test_duplicates_are_refused_after_folding(editor: Editor, clash: str) -> None:
    editor.apply(AddOrganisation("Stadt Witten", short_name="Witten"))
    with pytest.raises(EditError, match="Stadt Witten"):
        editor.apply(AddOrganisation(clash))
    assert names(editor) == ["Stadt Witten"]


def test_umlaut_spellings_are_the_same_name(editor: Editor) -> None:
    editor.apply(AddOrganisation("Stadt Sprockhövel"))
    with pytest.raises(EditError):
        editor.apply(AddOrganisation("Stadt Sprockhoevel"))


def test_rename_undo_redo_and_its_refusals(editor: Editor) -> None:
    witten = editor.apply(AddOrganisation("Stadt Witten", short_name="Witten")).organisation_id
    hattingen = editor.apply(AddOrganisation("Stadt Hattingen", short_name="Hattingen")).organisation_id
    round_trip(editor, EditOrganisation(witten, name="Stadt Witten (Ruhr)", short_name="WIT", kind="gemeinde"))
    with editor.reading() as session:
        assert session.get(Organisation, witten).short_name == "WIT"
    # Its own name again (another case) is no clash; another's name is.
    editor.apply(EditOrganisation(witten, name="stadt witten (ruhr)"))
    with pytest.raises(EditError, match="Hattingen"):
        editor.apply(EditOrganisation(witten, short_name="hattingen"))
    with pytest.raises(EditError):
        EditOrganisation(hattingen, name="")
    with pytest.raises(EditError):
        EditOrganisation(hattingen, colour="blau")


def test_find_by_id_name_or_short_name(editor: Editor) -> None:
    editor.apply(AddStartingSet())
    with editor.reading() as session:
        kreis = find_organisation(session, "en-kreis")
        assert kreis.name == "Ennepe-Ruhr-Kreis"
        assert find_organisation(session, kreis.id) is kreis
        assert find_organisation(session, "stadt sprockhoevel").short_name == "Sprockhövel"
        with pytest.raises(EditError, match=r"Schwelm.*Witten"):
            find_organisation(session, "Schwelm")


# --- the starting set ---------------------------------------------------------------------------------


def test_starting_set_adds_the_six_once_and_skips_those_present(editor: Editor) -> None:
    editor.apply(AddOrganisation("stadt witten", short_name="WIT"))
    add = AddStartingSet()
    round_trip(editor, add)
    assert len(add.created) == 5
    assert sorted(names(editor)) == sorted(["stadt witten", *(n for n, _s, _k in PROJECT_ADMINISTRATIONS
                                                              if n != "Stadt Witten")])
    with editor.reading() as session:
        assert missing_administrations(session) == []
    with pytest.raises(EditError, match="already"):
        editor.apply(AddStartingSet())


def test_the_demo_uses_the_same_list(editor: Editor) -> None:
    create_demo(editor.store)
    with editor.reading() as session:
        assert missing_administrations(session) == []
        # The six administrations, and the applicant and the TÜV as outside parties (issue 19).
        assert len(live_organisations(session)) == len(PROJECT_ADMINISTRATIONS) + len(OUTSIDE_PARTIES) == 8


# --- merge -------------------------------------------------------------------------------------------------


def org_id(editor: Editor, short: str) -> str:
    with editor.reading() as session:
        return session.scalar(select(Organisation.id).where(Organisation.short_name == short))


def test_merge_moves_every_reference_and_undoes(demo: Editor) -> None:
    witten = org_id(demo, "Witten")
    typo = demo.apply(AddOrganisation("Stadt Witen", short_name="Witn")).organisation_id
    second = demo.apply(create_workshop("Zweite Werkstatt")).id
    demo.apply(SetWorkshopOrganisations(second, [typo]))  # a tick of its own: moves
    with demo.reading() as session:
        ticks = list(session.scalars(select(WorkshopOrganisation.organisation_id).where(
            WorkshopOrganisation.workshop_id == WORKSHOP_ID, WorkshopOrganisation.deleted.is_(False))))
    demo.apply(SetWorkshopOrganisations(WORKSHOP_ID, [*ticks, typo]))  # a tick beside Witten's: dropped
    person = demo.apply(AddParticipant(WORKSHOP_ID, "Tina Tippfehler", organisation_id=typo)).person_id
    with demo.reading() as session:
        lane = session.scalar(select(Lane.id).where(Lane.model_id == MODEL_ID).order_by(Lane.position).limit(1))
    demo.apply(SetLaneOrganisation(lane, typo))
    measure = demo.apply(Create(Measure, text="Termine online", owner_organisation_id=typo)).id
    process = demo.apply(Create(Process, name="Gewerbe", owner_organisation_id=typo, lead_organisation_id=typo)).id
    model = demo.apply(Create(ProcessModel, name="Gewerbe (Ist)", organisation_id=typo)).id
    demo.apply(SetRate(typo, "rate:default", 70.0))

    round_trip(demo, MergeOrganisations(typo, witten))

    with demo.reading() as session:
        assert session.get(Organisation, typo).deleted
        assert session.get(Person, person).organisation_id == witten
        assert session.get(Lane, lane).organisation_id == witten
        assert session.get(Measure, measure).owner_organisation_id == witten
        assert (session.get(Process, process).owner_organisation_id,
                session.get(Process, process).lead_organisation_id) == (witten, witten)
        assert session.get(ProcessModel, model).organisation_id == witten
        assert session.scalar(select(RateSetting.value).where(
            RateSetting.organisation_id == witten, RateSetting.deleted.is_(False))) == 70.0
        live_ticks = list(session.execute(select(WorkshopOrganisation.workshop_id, WorkshopOrganisation.organisation_id)
                                          .where(WorkshopOrganisation.deleted.is_(False))).tuples())
        assert (second, witten) in live_ticks
        assert live_ticks.count((WORKSHOP_ID, witten)) == 1
        assert all(organisation != typo for _w, organisation in live_ticks)
        referencing = [cls for cls in (Person, Lane, ProcessModel)
                       if session.scalar(select(cls.id).where(cls.organisation_id == typo, cls.deleted.is_(False)))]
        assert referencing == []


def test_merge_keeps_the_targets_own_rate(demo: Editor) -> None:
    witten, hattingen = org_id(demo, "Witten"), org_id(demo, "Hattingen")
    demo.apply(SetRate(witten, "rate:default", 60.0))
    demo.apply(SetRate(hattingen, "rate:default", 99.0))
    demo.apply(MergeOrganisations(hattingen, witten))
    with demo.reading() as session:
        assert list(session.scalars(select(RateSetting.value).where(
            RateSetting.key == "rate:default", RateSetting.deleted.is_(False),
            RateSetting.organisation_id.is_not(None)))) == [60.0]


def test_merge_refusals(demo: Editor) -> None:
    witten = org_id(demo, "Witten")
    with pytest.raises(EditError, match="itself"):
        MergeOrganisations(witten, witten)
    gone = demo.apply(AddOrganisation("Weg")).organisation_id
    demo.apply(DeleteOrganisation(gone))
    with pytest.raises(EditError):
        demo.apply(MergeOrganisations(gone, witten))
    demo.apply(Create(SyncRegister, url="sqlite:///r.sqlite", organisation_id=witten,
                      register_organisation_id="r-witten"))
    before = snapshot(demo)
    with pytest.raises(EditError, match="Stadt Witten"):
        demo.apply(MergeOrganisations(witten, org_id(demo, "Hattingen")))
    assert snapshot(demo) == before


# --- delete ---------------------------------------------------------------------------------------------


def test_delete_an_unused_organisation_takes_its_ticks_along(editor: Editor) -> None:
    workshop = editor.apply(create_workshop("Werkstatt")).id
    schwelm = editor.apply(AddOrganisation("Stadt Schwelm")).organisation_id
    editor.apply(SetWorkshopOrganisations(workshop, [schwelm]))
    round_trip(editor, DeleteOrganisation(schwelm))
    with editor.reading() as session:
        assert session.get(Organisation, schwelm).deleted
        assert not session.scalar(select(WorkshopOrganisation.id).where(WorkshopOrganisation.deleted.is_(False)))


def test_delete_is_refused_while_people_or_lanes_name_it(demo: Editor) -> None:
    before = snapshot(demo)
    with pytest.raises(EditError) as refused:
        demo.apply(DeleteOrganisation(org_id(demo, "Witten")))
    assert "participants" in refused.value.message
    assert "merge" in refused.value.message
    assert snapshot(demo) == before


# --- lanes and the suggestion ------------------------------------------------------------------------------


def test_set_lane_organisation_undo_redo_and_refusals(demo: Editor) -> None:
    with demo.reading() as session:
        lane = session.scalar(select(Lane).where(Lane.model_id == MODEL_ID).order_by(Lane.position).limit(1))
        lane_id, had = lane.id, lane.organisation_id
    other = next(o for o in ("Witten", "Hattingen") if org_id(demo, o) != had)
    round_trip(demo, SetLaneOrganisation(lane_id, org_id(demo, other)))
    demo.apply(SetLaneOrganisation(lane_id, None))
    with demo.reading() as session:
        assert session.get(Lane, lane_id).organisation_id is None
    with pytest.raises(EditError):
        demo.apply(SetLaneOrganisation(lane_id, "no-such-organisation"))


@dataclass(frozen=True)
class Org:
    id: str
    name: str
    short_name: str


SIX = [Org(short, name, short) for name, short, _kind in PROJECT_ADMINISTRATIONS]


@pytest.mark.parametrize(("lane", "expected"), [
    ("Bürgerbüro Witten", "Witten"),
    ("Straßenverkehrsamt EN-Kreis", "EN-Kreis"),
    ("Fahrerlaubnisbehörde Ennepe-Ruhr-Kreis", "EN-Kreis"),
    ("bürgerbüro HATTINGEN", "Hattingen"),
    ("Ordnungsamt Sprockhoevel", "Sprockhövel"),
    ("Stadt Wetter (Ruhr): Kasse", "Wetter"),
    ("Antragsteller/in", None),
    ("Wittenberg Bürgerbüro", None),  # a whole word, not the start of one
    ("Witten und Hattingen", None),  # two equally good matches: no guess
    ("", None),
])
def test_suggest_organisation(lane: str, expected: str | None) -> None:
    assert suggest_organisation(lane, SIX) == expected


def test_suggestion_prefers_the_longer_match() -> None:
    organisations = [Org("kreis", "Ennepe-Ruhr-Kreis", "EN-Kreis"), Org("ruhr", "Ruhr", "")]
    assert suggest_organisation("Ennepe-Ruhr-Kreis Kasse", organisations) == "kreis"


# --- what the analysis and the protocol make of lanes' organisations --------------------------------------


def test_analysis_and_protocol_see_the_organisations_of_lanes_and_participants(editor: Editor) -> None:
    """On a database that never saw the demo or a register: organisations entered here count."""
    from werkstatt.analysis.stored import analyse_stored
    from werkstatt.edits.process import AddStep, add_lane
    from werkstatt.edits.workshops import NewProcess
    from werkstatt.protocol.content import gather
    from werkstatt.read.model import model_view

    starter = AddStartingSet()
    editor.apply(starter)
    workshop = editor.apply(create_workshop("Werkstatt Gewerbe")).id
    with editor.reading() as session:
        by_short = {o.short_name: o.id for o in live_organisations(session)}
    editor.apply(SetWorkshopOrganisations(workshop, [by_short["Witten"], by_short["EN-Kreis"]]))
    editor.apply(AddParticipant(workshop, "Paula Probe", organisation_id=by_short["Witten"], function="Bürgerbüro"))
    model = editor.apply(NewProcess(workshop, "Gewerbeanmeldung")).model_id
    office = editor.apply(add_lane(model, "Bürgerbüro Witten")).lane_id_created
    kreis = editor.apply(add_lane(model, "Straßenverkehrsamt EN-Kreis")).lane_id_created
    with editor.reading() as session:
        organisations = live_organisations(session)
        for lane_id, name in ((office, "Bürgerbüro Witten"), (kreis, "Straßenverkehrsamt EN-Kreis")):
            editor.apply(SetLaneOrganisation(lane_id, suggest_organisation(name, organisations)))
    first = editor.apply(AddStep(model, office, "Antrag annehmen", processing_minutes=10)).step_id
    second = editor.apply(AddStep(model, kreis, "Antrag prüfen", connect_from=first, processing_minutes=20)).step_id
    editor.apply(AddStep(model, office, "Bescheid aushändigen", connect_from=second))

    with editor.reading() as session:
        analysis = analyse_stored(session, model_view(session, model))
        protocol = gather(session, workshop)
    assert analysis.counts.organisations == 2
    assert analysis.counts.organisation_handovers == 2
    section = next(s for s in protocol.models if s.id == model)
    assert section.lanes == (("Bürgerbüro Witten", "Stadt Witten"),
                             ("Straßenverkehrsamt EN-Kreis", "Ennepe-Ruhr-Kreis"))
    assert [(p.name, p.organisation) for p in protocol.participants] == [("Paula Probe", "Stadt Witten")]
    assert set(protocol.organisations) == {"Stadt Witten", "Ennepe-Ruhr-Kreis"}


def test_link_agenda_item_reuses_the_as_is_model(demo: Editor) -> None:
    from werkstatt.edits.workshops import AddAgendaItem, LinkAgendaItem
    from werkstatt.read.workshops import as_is_model

    item = demo.apply(AddAgendaItem(WORKSHOP_ID, "Offene Fragen")).item_id
    process = demo.apply(Create(Process, name="Gewerbe")).id
    link = LinkAgendaItem(item, process)
    round_trip(demo, link)
    with demo.reading() as session:
        assert as_is_model(session, process).id == link.model_id
    again = demo.apply(LinkAgendaItem(item, process))
    assert again.model_id == link.model_id  # the same model, not a second one
    with pytest.raises(EditError):
        demo.apply(LinkAgendaItem(item, "no-such-process"))
