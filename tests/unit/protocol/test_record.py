"""What a German Sitzungsprotokoll needs besides the results (issue 19): stored, edited and undone,
gathered into the Protocol (with and without names), carried by packages, erased with the person."""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select

from werkstatt.edits import AddAgendaItem, Editor, edit_agenda_item
from werkstatt.edits.notes import AddNote
from werkstatt.edits.records import AddMeasure, SetNoteAgendaItem
from werkstatt.edits.voting import PrepareRound, SetVote, open_round, reveal_round
from werkstatt.edits.workshops import AddParticipant, DuplicateWorkshop, EditParticipant, create_workshop, edit_workshop
from werkstatt.errors import EditError
from werkstatt.interchange.package import export_package, import_package
from werkstatt.model import Person, RoundVoter, Workshop, WorkshopNote
from werkstatt.people import erasure as people
from werkstatt.protocol.content import gather
from werkstatt.read.workshops import workshop_detail
from werkstatt.store import migrate
from werkstatt.store.database import Store, open_store
from werkstatt.voting.rounds import read_round

MINUTE_TAKER = "Ömer Çelik-Straßberger"
DISTRIBUTION = "  Stadt Witten, Amt 32  \n\nEnnepe-Ruhr-Kreis,   Straßenverkehrsamt\n  "
RECORD = {"minute_taker": MINUTE_TAKER, "distribution": DISTRIBUTION, "file_reference": "32.10-4711/2026",
          "next_meeting": "12. März 2027, 9 Uhr, Rathaus Witten", "protocol_final": True}


@pytest.fixture
def workshop(editor: Editor) -> dict[str, str]:
    """A workshop with the whole record, a participant with an address, two agenda items and notes."""
    workshop_id = editor.apply(create_workshop("Führerschein", date=dt.date(2026, 11, 3),
                                               facilitator="Dora Demo")).id
    editor.apply(edit_workshop(workshop_id, **RECORD))
    person = editor.apply(AddParticipant(workshop_id, "Zora Zündel", function="Sachbearbeitung",
                                         email="zora.zuendel@witten.de"))
    first = editor.apply(AddAgendaItem(workshop_id, "Begrüßung"))
    second = editor.apply(AddAgendaItem(workshop_id, "Ist-Prozess"))
    editor.apply(edit_agenda_item(second.item_id, result="Der Ablauf ist aufgenommen.\nZwei Engpässe."))
    decision = editor.apply(AddNote(workshop_id, "decision", f"{MINUTE_TAKER} schreibt den Entwurf"))
    loose = editor.apply(AddNote(workshop_id, "open_point", "Gebühren klären"))
    step = editor.apply(AddNote(workshop_id, "next_step", "Formular prüfen", owner="Zora Zündel",
                                due_date=dt.date(2027, 1, 15)))
    editor.apply(SetNoteAgendaItem(decision.note_id, second.item_id))
    editor.apply(SetNoteAgendaItem(step.note_id, second.item_id))
    return {"workshop": workshop_id, "person": person.person_id, "first": first.item_id, "second": second.item_id,
            "decision": decision.note_id, "loose": loose.note_id, "step": step.note_id}


def record_of(editor: Editor, workshop_id: str) -> dict[str, object]:
    with editor.reading() as session:
        row = session.get(Workshop, workshop_id)
        return {name: getattr(row, name) for name in RECORD}


# --- edits --------------------------------------------------------------------------------------------


def test_the_record_is_edited_cleaned_and_undone(editor: Editor) -> None:
    workshop_id = editor.apply(create_workshop("Leer")).id
    assert record_of(editor, workshop_id) == {"minute_taker": "", "distribution": "", "file_reference": "",
                                              "next_meeting": "", "protocol_final": False}
    editor.apply(edit_workshop(workshop_id, **RECORD))
    stored = record_of(editor, workshop_id)
    # One recipient per line, each trimmed, inner runs of spaces made one, empty lines gone.
    assert stored["distribution"] == "Stadt Witten, Amt 32\nEnnepe-Ruhr-Kreis, Straßenverkehrsamt"
    assert stored["minute_taker"] == MINUTE_TAKER and stored["protocol_final"] is True
    editor.undo()
    assert record_of(editor, workshop_id)["minute_taker"] == ""
    editor.redo()
    assert record_of(editor, workshop_id)["next_meeting"] == RECORD["next_meeting"]


@pytest.mark.parametrize("changes", [
    {"minute_taker": "x" * 201}, {"minute_taker": "Ada\nLovelace"}, {"file_reference": "A" * 101},
    {"next_meeting": "x" * 301}, {"protocol_final": "ja"}, {"distribution": "Amt\u202e 32"},
])
def test_bad_record_values_are_refused_with_a_sentence(changes: dict[str, object]) -> None:
    with pytest.raises(EditError) as refused:
        edit_workshop("any", **changes)
    assert refused.value.message.endswith(".") and "\n" not in refused.value.message


@pytest.mark.parametrize("address", ["zora", "a@b@c", "zora zündel@witten.de", "@witten.de", "zora@",
                                     "z" * 311 + "@witten.de"])
def test_an_address_that_cannot_be_one_is_refused(address: str) -> None:
    with pytest.raises(EditError):
        EditParticipant("any", email=address)


def test_email_and_agenda_result_are_edited_and_undone(editor: Editor, workshop: dict[str, str]) -> None:
    def email() -> str:
        with editor.reading() as session:
            return session.get(Person, workshop["person"]).email

    assert email() == "zora.zuendel@witten.de"
    editor.apply(EditParticipant(workshop["person"], email="  Zora.Z@EN-Kreis.de "))
    assert email() == "Zora.Z@EN-Kreis.de"
    editor.apply(EditParticipant(workshop["person"], email=""))
    assert email() == ""
    editor.undo()
    assert email() == "Zora.Z@EN-Kreis.de"
    with editor.reading() as session:
        detail = workshop_detail(session, workshop["workshop"])
    assert [entry.result for entry in detail.agenda] == ["", "Der Ablauf ist aufgenommen.\nZwei Engpässe."]
    assert detail.participants[0].email == "Zora.Z@EN-Kreis.de"


def test_a_note_goes_under_an_agenda_item_of_its_own_workshop_only(editor: Editor, workshop: dict[str, str]) -> None:
    def assigned() -> tuple[tuple[str, str], ...]:
        with editor.reading() as session:
            return workshop_detail(session, workshop["workshop"]).note_items

    assert assigned() == ((workshop["decision"], workshop["second"]), (workshop["step"], workshop["second"]))
    editor.apply(SetNoteAgendaItem(workshop["loose"], workshop["first"]))
    assert assigned()[0] == (workshop["loose"], workshop["first"])
    editor.apply(SetNoteAgendaItem(workshop["decision"], None))
    assert (workshop["decision"], workshop["second"]) not in assigned()
    editor.undo()
    editor.undo()
    assert assigned() == ((workshop["decision"], workshop["second"]), (workshop["step"], workshop["second"]))
    other = editor.apply(create_workshop("Andere")).id
    foreign = editor.apply(AddAgendaItem(other, "Fremd")).item_id
    with pytest.raises(EditError):
        editor.apply(SetNoteAgendaItem(workshop["loose"], foreign))


def test_a_duplicate_keeps_who_takes_minutes_and_gets_it_but_is_a_draft(editor: Editor,
                                                                        workshop: dict[str, str]) -> None:
    copy = editor.apply(DuplicateWorkshop(workshop["workshop"])).new_id
    assert record_of(editor, copy) == {**record_of(editor, workshop["workshop"]), "next_meeting": "",
                                       "protocol_final": False}


# --- gathering ------------------------------------------------------------------------------------------


def test_gather_fills_the_record(store: Store, workshop: dict[str, str]) -> None:
    with store.reading() as session:
        protocol = gather(session, workshop["workshop"])
    assert protocol.minute_taker == MINUTE_TAKER
    assert protocol.distribution == ("Stadt Witten, Amt 32", "Ennepe-Ruhr-Kreis, Straßenverkehrsamt")
    assert (protocol.file_reference, protocol.next_meeting, protocol.final) == (
        "32.10-4711/2026", "12. März 2027, 9 Uhr, Rathaus Witten", True)
    assert [p.email for p in protocol.participants] == ["zora.zuendel@witten.de"]
    first, second = protocol.agenda
    assert (first.result, first.notes) == ("", ())
    assert second.result == "Der Ablauf ist aufgenommen.\nZwei Engpässe."
    assert [(n.kind, n.text) for n in second.notes] == [("decision", f"{MINUTE_TAKER} schreibt den Entwurf"),
                                                        ("next_step", "Formular prüfen")]
    assert second.notes[1].due_date == dt.date(2027, 1, 15) and second.notes[1].owner == "Zora Zündel"
    # The lists by kind keep every note, also those under an agenda item.
    assert [n.text for n in protocol.open_points] == ["Gebühren klären"]
    assert [n.kind for n in protocol.decisions + protocol.next_steps] == ["decision", "next_step"]
    assert protocol.measures_ranked is False


def test_without_names_neither_minute_taker_nor_addresses_appear(store: Store, workshop: dict[str, str]) -> None:
    with store.reading() as session:
        protocol = gather(session, workshop["workshop"], names=False)
    assert protocol.minute_taker == "" and [p.email for p in protocol.participants] == [""]
    text = repr(protocol)
    for secret in (MINUTE_TAKER, "Çelik", "Zündel", "zora.zuendel"):
        assert secret not in text, secret
    assert protocol.agenda[1].notes[0].text.endswith("schreibt den Entwurf")
    # What is no one's name stays.
    assert protocol.distribution[0] == "Stadt Witten, Amt 32" and protocol.final is True


def test_a_workshop_with_only_a_title_gathers_an_empty_record(editor: Editor) -> None:
    workshop_id = editor.apply(create_workshop("Nur ein Titel")).id
    with editor.reading() as session:
        protocol = gather(session, workshop_id)
    assert (protocol.minute_taker, protocol.distribution, protocol.file_reference, protocol.next_meeting,
            protocol.final, protocol.measures_ranked, protocol.agenda) == ("", (), "", "", False, False, ())


def _vote(editor: Editor, workshop_id: str, options: list[tuple[str, str]], method: str = "dots") -> None:
    round_id = editor.apply(PrepareRound(workshop_id, "Was zuerst?", options, method=method)).round_id
    editor.apply(open_round(round_id))
    with editor.reading() as session:
        snap = read_round(session, round_id)
        token = session.scalar(select(RoundVoter.token).where(RoundVoter.round_id == round_id))
    if method == "dots":
        editor.apply(SetVote(round_id, snap.options[-1].id, token, 1))
    editor.apply(reveal_round(round_id))


def test_the_measure_plan_goes_by_due_date_and_priority_only_after_a_measure_round(
        editor: Editor, workshop: dict[str, str]) -> None:
    workshop_id = workshop["workshop"]
    made = {}
    for text, due in (("Ohne Datum A", None), ("Spät", dt.date(2027, 6, 1)), ("Ohne Datum B", None),
                      ("Früh", dt.date(2026, 12, 1)), ("Auch früh", dt.date(2026, 12, 1))):
        made[text] = editor.apply(AddMeasure(text, workshop_id=workshop_id, due_date=due)).measure_id

    def plan() -> tuple[list[str], bool]:
        with editor.reading() as session:
            protocol = gather(session, workshop_id)
        return [m.text for m in protocol.measures], protocol.measures_ranked

    texts, ranked = plan()
    assert texts == ["Früh", "Auch früh", "Spät", "Ohne Datum A", "Ohne Datum B"] and ranked is False
    _vote(editor, workshop_id, [("measure", made["Spät"]), ("measure", made["Früh"])])
    assert plan()[1] is True


def test_a_round_on_pain_points_does_not_rank_measures(editor: Editor) -> None:
    from werkstatt.demo import WORKSHOP_ID, create_demo

    create_demo(editor.store)  # its revealed round is on pain points
    with editor.reading() as session:
        protocol = gather(session, WORKSHOP_ID)
    assert protocol.rounds or any(model.rounds for model in protocol.models)
    assert protocol.measures_ranked is False


# --- packages, erasing, migration ---------------------------------------------------------------------


def test_a_package_carries_the_record_and_an_older_one_reads_without_it(
        store: Store, workshop: dict[str, str], tmp_path: Path) -> None:
    path = export_package(store, workshop["workshop"], tmp_path / "record.werkstatt")
    other = open_store(tmp_path / "other.sqlite")
    try:
        import_package(other, path)
        with other.reading() as session:
            detail = workshop_detail(session, workshop["workshop"])
            protocol = gather(session, workshop["workshop"])
        assert detail.minute_taker == MINUTE_TAKER and detail.protocol_final is True
        assert protocol.agenda[1].result.startswith("Der Ablauf") and len(protocol.agenda[1].notes) == 2
        assert protocol.participants[0].email == "zora.zuendel@witten.de"
    finally:
        other.close()
    # A package written before these fields existed: its rows lack the columns.
    new_columns = {"data/workshops.json": RECORD.keys(), "data/agenda_items.json": ["result"],
                   "data/workshop_notes.json": ["agenda_item_id"], "data/people.json": ["email"]}
    old = tmp_path / "old.werkstatt"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(old, "w") as target:
        manifest = json.loads(source.read("manifest.json"))
        entries = {name: source.read(name) for name in source.namelist() if name != "manifest.json"}
        for name, columns in new_columns.items():
            rows = json.loads(entries[name])
            entries[name] = json.dumps([{k: v for k, v in row.items() if k not in columns} for row in rows]).encode()
        import hashlib
        manifest["entries"] = [{"name": name, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
                               for name, data in entries.items()]
        target.writestr("manifest.json", json.dumps(manifest))
        for name, data in entries.items():
            target.writestr(name, data)
    fresh = open_store(tmp_path / "fresh.sqlite")
    try:
        import_package(fresh, old)
        with fresh.reading() as session:
            detail = workshop_detail(session, workshop["workshop"])
        assert (detail.minute_taker, detail.distribution, detail.protocol_final, detail.note_items) == ("", "", False,
                                                                                                        ())
        assert [p.email for p in detail.participants] == [""] and detail.agenda[1].result == ""
        assert detail.title == "Führerschein"
    finally:
        fresh.close()


def test_erasing_clears_the_address_and_the_minute_taker(editor: Editor, store: Store,
                                                         workshop: dict[str, str]) -> None:
    with store.session() as session:
        session.get(Workshop, workshop["workshop"]).minute_taker = "Zora Zündel (Protokoll)"
    people.erase_person(store, workshop["person"], purge_backups=False)
    with store.reading() as session:
        person = session.get(Person, workshop["person"])
        row = session.get(Workshop, workshop["workshop"])
        assert person.email == "" and person.function == "" and people.is_erased(person)
        assert "Zündel" not in row.minute_taker and row.minute_taker.endswith("(Protokoll)")
        owners = list(session.scalars(select(WorkshopNote.owner)))
    assert "Zora Zündel" not in owners
    assert b"zora.zuendel@witten.de" not in store.path.read_bytes()


def test_0010_gives_existing_rows_an_empty_record_and_a_draft(tmp_path: Path) -> None:
    store = open_store(tmp_path / "old.sqlite")
    editor = Editor(store)
    workshop_id = editor.apply(create_workshop("Vorher")).id
    editor.apply(AddParticipant(workshop_id, "Alte Person", email="alt@example.org"))
    migrate.downgrade(store.engine, "0009")
    migrate.upgrade(store.engine)
    with store.reading() as session:
        detail = workshop_detail(session, workshop_id)
    assert (detail.minute_taker, detail.distribution, detail.protocol_final) == ("", "", False)
    assert detail.participants[0].email == ""
    store.close()
