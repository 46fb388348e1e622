"""Erasing a person and the retention rule: the name leaves the database file, its WAL, the backups
and the protocol, while the workshops' results stay as they were."""

from __future__ import annotations

import collections
import datetime as dt
import os
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select

from werkstatt.demo import MODEL_ID, WORKSHOP_ID, create_demo
from werkstatt.edits import Editor
from werkstatt.edits.base import Create
from werkstatt.edits.notes import AddNote
from werkstatt.edits.records import AddMeasure, SetAttendance, uninvite
from werkstatt.edits.voting import PrepareRound, SetVote, open_round, reveal_round
from werkstatt.edits.workshops import AddParticipant, create_workshop
from werkstatt.errors import NotFoundError, WerkstattError
from werkstatt.i18n import tr
from werkstatt.model import (
    Attendance,
    Lane,
    Organisation,
    Person,
    RoundVoter,
    Step,
    SyncRegister,
    SyncRow,
    VotingRound,
    Workshop,
    WorkshopNote,
    base,
)
from werkstatt.people import erasure as people
from werkstatt.protocol.content import gather
from werkstatt.protocol.pdf import write_protocol
from werkstatt.store.database import Store, backup
from werkstatt.store.paths import backup_dir
from werkstatt.voting.cli import round_result
from werkstatt.voting.rounds import read_round

NAME = "Zyrillia Quastenbrück"
FUNCTION = "Oberquastenwartin"


def holds(path: Path, text: str) -> bool:
    return path.exists() and text.encode("utf-8") in path.read_bytes()


def witten(editor: Editor) -> str:
    with editor.reading() as session:
        return session.scalar(select(Organisation.id).where(Organisation.short_name == "Witten"))


def results(store: Store) -> tuple[dict, collections.Counter]:
    """Every round's totals, and how many participants each organisation had, per workshop."""
    with store.reading() as session:
        rounds = {r.id: round_result(session, r.id).as_dict()
                  for r in session.scalars(select(VotingRound).where(VotingRound.deleted.is_(False)))}
        counts = collections.Counter((w, p.organisation, p.present) for w in session.scalars(
            select(Attendance.workshop_id).distinct()) for p in gather(session, w).participants)
    return rounds, counts


@pytest.fixture
def erasable(editor: Editor) -> dict[str, str]:
    """The demo, a second workshop, and Zyrillia: at both, owning a measure and a next step, voting."""
    create_demo(editor.store)
    clean = backup(editor.store.path, "before-anyone")
    second = editor.apply(create_workshop("Zweite Werkstatt", date=dt.date(2026, 3, 2))).id
    add = editor.apply(AddParticipant(WORKSHOP_ID, NAME, organisation_id=witten(editor), function=FUNCTION))
    assert isinstance(add, AddParticipant) and add.person_id
    editor.apply(SetAttendance(second, add.person_id, True))
    measure = editor.apply(AddMeasure("Formular vereinfachen", workshop_id=WORKSHOP_ID, owner=NAME))
    assert isinstance(measure, AddMeasure) and measure.measure_id
    editor.apply(AddNote(WORKSHOP_ID, "next_step", f"Termin mit {NAME} abstimmen", owner=NAME))
    round_id = editor.apply(PrepareRound(WORKSHOP_ID, "Was zuerst?", [("measure", measure.measure_id)])).round_id
    editor.apply(open_round(round_id))
    with editor.reading() as session:
        snap = read_round(session, round_id)
        token = session.scalar(select(RoundVoter.token).where(RoundVoter.round_id == round_id,
                                                              RoundVoter.person_id == add.person_id))
    editor.apply(SetVote(round_id, snap.options[0].id, token, 1))
    editor.apply(SetVote(round_id, snap.options[0].id, snap.voters[0].token, 1))
    editor.apply(reveal_round(round_id))
    named = backup(editor.store.path, "with-zyrillia")
    return {"person": add.person_id, "second": second, "clean": str(clean), "named": str(named)}


def test_an_erased_person_is_gone_from_file_wal_backups_and_protocol(
        editor: Editor, store: Store, erasable: dict[str, str], tmp_path: Path) -> None:
    before = results(store)
    assert holds(Path(erasable["named"]), NAME) and not holds(Path(erasable["clean"]), NAME)

    plan = people.erase_plan(store, erasable["person"][:8])
    assert plan.person.name == NAME and plan.person.organisation == "Stadt Witten"
    assert plan.person.workshops == 2 and plan.person.last_workshop is not None
    assert plan.rows["people"] == 1 and plan.rows["attendances"] == 2 and plan.rows["round_voters"] == 1
    assert plan.rows["measures"] == 1 and plan.rows["workshop_notes"] == 1
    assert [path for path, _date in plan.backups] == [Path(erasable["named"])]

    report = people.erase_person(store, erasable["person"], purge_backups=True)
    assert report.people == 1 and report.file_clean
    assert report.backups_purged == [Path(erasable["named"])]

    wal = Path(f"{store.path}-wal")
    for text in (NAME, FUNCTION, "Quastenbrück"):
        assert not holds(store.path, text) and not holds(wal, text), text
        assert not any(holds(path, text) for path in backup_dir(store.path).iterdir()), text
    assert not Path(erasable["named"]).exists() and Path(erasable["clean"]).exists()

    with store.reading() as session:
        person = session.get(Person, erasable["person"])
        assert person.name == tr("People", "Participant {n}", n=1) and person.function == ""
        assert person.organisation_id == witten(editor) and not person.deleted
        note = session.scalar(select(WorkshopNote).where(WorkshopNote.owner == person.name))
        assert note is not None and note.text == f"Termin mit {person.name} abstimmen"
        protocol = gather(session, WORKSHOP_ID)
    pdf = write_protocol(protocol, tmp_path / "protocol.pdf")
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Quastenbr" not in text and "Zyrillia" not in text and FUNCTION not in text
    assert "Stadt Witten" in text

    assert results(store) == before
    assert not editor.can_redo()  # erasing is not an edit: nothing new to undo or redo
    with pytest.raises(NotFoundError):
        people.erase_plan(store, NAME)


def test_erasing_without_purging_keeps_and_lists_the_backups(store: Store, erasable: dict[str, str]) -> None:
    report = people.erase_person(store, NAME, purge_backups=False)  # an exact name is enough
    assert report.backups_purged == [] and Path(erasable["named"]).exists()
    assert not holds(store.path, NAME)
    assert people.backups_holding(store.path, [NAME]) == [(Path(erasable["named"]),
                                                           people.backup_date(Path(erasable["named"])))]


def test_a_second_erased_person_gets_the_next_number(editor: Editor, store: Store, erasable: dict[str, str]) -> None:
    people.erase_person(store, erasable["person"], purge_backups=False)
    other = editor.apply(AddParticipant(erasable["second"], "Quirin Zwetschgenbaum")).person_id
    people.erase_person(store, other, purge_backups=False)
    names = {p.id: p.name for p in _listing(store)}
    assert names[other] == tr("People", "Participant {n}", n=2)


def _listing(store: Store) -> list[people.PersonSummary]:
    with store.reading() as session:
        return people.list_people(session)


def test_months_before_keeps_to_the_calendar() -> None:
    assert people.months_before(dt.date(2027, 3, 31), 1) == dt.date(2027, 2, 28)
    assert people.months_before(dt.date(2027, 1, 15), 12) == dt.date(2026, 1, 15)
    assert people.months_before(dt.date(2027, 1, 15), 13) == dt.date(2025, 12, 15)


def at(moment: dt.datetime, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(base, "clock", lambda: moment)


def test_retention_anonymises_exactly_those_whose_last_workshop_is_older(
        editor: Editor, store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    today = dt.date(2027, 6, 15)  # twelve months before: 2026-06-15
    old = editor.apply(create_workshop("Alt", date=dt.date(2026, 6, 14))).id
    edge = editor.apply(create_workshop("Genau ein Jahr", date=dt.date(2026, 6, 15))).id
    recent = editor.apply(create_workshop("Neu", date=dt.date(2027, 1, 10))).id
    gone = editor.apply(AddParticipant(old, "Anna Altmann")).person_id
    stays = editor.apply(AddParticipant(old, "Bert Bleibtreu")).person_id
    editor.apply(SetAttendance(recent, stays, True))
    on_the_day = editor.apply(AddParticipant(edge, "Carla Grenzfall")).person_id
    at(dt.datetime(2025, 1, 1, tzinfo=dt.UTC), monkeypatch)
    lonely_old = editor.apply(Create(Person, name="Dora Niegekommen")).id
    dropped = editor.apply(AddParticipant(recent, "Emil Ausgeladen"))
    editor.apply(uninvite(dropped.attendance_id))  # a tombstone from long ago: purged
    at(dt.datetime(2027, 6, 1, tzinfo=dt.UTC), monkeypatch)
    lonely_new = editor.apply(Create(Person, name="Fritz Frischling")).id
    fresh = editor.apply(AddParticipant(recent, "Gerd Gestrichen"))
    editor.apply(uninvite(fresh.attendance_id))  # a recent tombstone: kept
    monkeypatch.undo()
    old_backup = backup_dir(store.path) / "werkstatt-20250101T000000000000Z-before-0006.sqlite"
    new_backup = backup_dir(store.path) / "werkstatt-20270601T000000000000Z-before-0007.sqlite"
    for path in (old_backup, new_backup):
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(b"SQLite format 3\x00")

    report = people.anonymise_older_than(store, 12, today=today)

    names = {p.id: p.name for p in _listing(store)}
    erased = {person_id for person_id, name in names.items() if people.placeholder_number(name) is not None}
    # Emil's only attendance was tombstoned long ago: he is in no workshop and was created long ago.
    assert erased == {gone, lonely_old, dropped.person_id}
    assert {names[i] for i in (stays, on_the_day, lonely_new)} == {"Bert Bleibtreu", "Carla Grenzfall",
                                                                   "Fritz Frischling"}
    assert report.people == 3 and report.backups_purged == [old_backup] and new_backup.exists()
    assert report.tombstones_purged == 1
    with store.reading() as session:
        assert session.get(Attendance, dropped.attendance_id) is None
        assert session.get(Attendance, fresh.attendance_id).deleted
    for name in ("Anna Altmann", "Dora Niegekommen", "Emil Ausgeladen"):
        assert not holds(store.path, name), name

    again = people.anonymise_older_than(store, 12, today=today)  # the placeholders are not renamed
    assert again.people == 0 and {p.id: p.name for p in _listing(store)} == names


def test_retention_off_does_nothing_and_bad_months_are_refused(store: Store, erasable: dict[str, str]) -> None:
    assert people.apply_retention(store, None) is None and people.apply_retention(store, 0) is None
    with pytest.raises(WerkstattError):
        people.anonymise_older_than(store, -1)
    report = people.apply_retention(store, 1, today=dt.date(2099, 1, 1))
    assert report is not None and report.people == len(_listing(store))
    assert not holds(store.path, NAME)


def note_after_erasing(editor: Editor, store: Store, name: str, text: str, owner: str) -> tuple[WorkshopNote, str]:
    """A workshop's one decision note, written with ``name`` as a participant, once that person is erased;
    and the placeholder that stands for them now."""
    workshop = editor.apply(create_workshop("Kurz", date=dt.date(2026, 5, 4))).id
    person = editor.apply(AddParticipant(workshop, name)).person_id
    editor.apply(AddNote(workshop, "decision", text, owner=owner))
    people.erase_person(store, person, purge_backups=False)
    with store.reading() as session:
        note = session.scalar(select(WorkshopNote).where(WorkshopNote.workshop_id == workshop))
    return note, tr("People", "Participant {n}", n=1)


def test_only_the_whole_name_is_replaced_in_texts(editor: Editor, store: Store) -> None:
    note, placeholder = note_after_erasing(editor, store, "Kai Lutz", "KAI LUTZ fragt Kai Lutzmann", "kai  lutz")
    assert (note.text, note.owner) == (f"{placeholder} fragt Kai Lutzmann", placeholder)


# --- another organisation's library -------------------------------------------------------------


def _org(store: Store, short: str) -> str:
    with store.reading() as session:
        return session.scalar(select(Organisation.id).where(Organisation.short_name == short))


def _library_steps(store: Store) -> tuple[str, str]:
    """Two steps of the demo model mention Zyrillia; the first came from Hattingen's library (this
    laptop syncs as Witten), the second is Witten's own."""
    with store.session() as session:
        theirs, mine = session.scalars(select(Step).where(Step.model_id == MODEL_ID).order_by(Step.id).limit(2))
        theirs.notes = f"Rückfragen an {NAME}"
        mine.notes = f"Freigabe durch {NAME}"
        register = SyncRegister(url="sqlite:////srv/register.sqlite", organisation_id=_org(store, "Witten"),
                                register_organisation_id=_org(store, "Witten"))
        session.add(register)
        session.flush()
        session.add(SyncRow(register_id=register.id, table_name="steps", row_id=theirs.id, base_revision=1,
                            local_revision=1, owner_id=_org(store, "Hattingen")))
        return theirs.id, mine.id


def test_another_organisations_library_rows_are_left_and_listed(store: Store, erasable: dict[str, str]) -> None:
    theirs, mine = _library_steps(store)
    plan = people.erase_plan(store, erasable["person"])
    assert plan.held == [people.HeldRow("steps", theirs, "Stadt Hattingen")]
    assert plan.rows["steps"] == 1 and plan.rows["measures"] == 1
    assert people.held_sentences(plan.held) == [tr(
        "People", "{rows} rows that mention the name belong to the library of {organisation} and are held in the "
                  "register: {organisation} must erase the name there.", rows=1, organisation="Stadt Hattingen")]

    report = people.erase_person(store, erasable["person"], purge_backups=False)

    assert report.held == plan.held
    # The file still holds the name because a live row does, not because another program is busy.
    assert report.file_clean and report.name_in_rows
    with store.reading() as session:
        assert session.get(Person, erasable["person"]).name == tr("People", "Participant {n}", n=1)
        assert session.get(Step, theirs).notes == f"Rückfragen an {NAME}"
        assert NAME not in session.get(Step, mine).notes


def test_retention_goes_through_with_another_organisations_rows(store: Store, erasable: dict[str, str]) -> None:
    theirs, _mine = _library_steps(store)
    report = people.anonymise_older_than(store, 1, today=dt.date(2099, 1, 1))
    assert report.people == len(_listing(store)) and [row.row_id for row in report.held] == [theirs]
    assert not any(p.name == NAME for p in _listing(store))


# --- which columns, which words -----------------------------------------------------------------


def test_every_free_text_column_is_searched_and_no_kind_or_id() -> None:
    columns = {(cls.__tablename__, column) for cls, names in people.NAME_COLUMNS for column in names}
    for wanted in ("steps.notes", "steps.label", "lanes.name", "flows.label", "processes.description",
                   "process_models.description", "voting_rounds.question", "workshops.title", "workshops.place",
                   "measures.owner", "workshop_notes.owner", "sync_conflicts.theirs", "workshop_photos.caption"):
        assert tuple(wanted.split(".")) in columns, wanted
    for unwanted in ("steps.kind", "measures.status", "workshop_notes.kind", "round_voters.token",
                     "sync_conflicts.row_id", "people.name", "organisations.name", "sync_rows.owner_id"):
        assert tuple(unwanted.split(".")) not in columns, unwanted


def test_the_name_leaves_process_models_rounds_and_workshop_texts(store: Store, erasable: dict[str, str]) -> None:
    with store.session() as session:
        step = session.scalar(select(Step).where(Step.model_id == MODEL_ID).limit(1))
        step.label = f"{NAME} prüft"
        lane = session.get(Lane, step.lane_id)
        lane.name = NAME
        workshop = session.get(Workshop, erasable["second"])
        workshop.title, workshop.place = f"Runde bei {NAME}", f"Büro {NAME}"
        question = session.scalar(select(VotingRound).limit(1))
        question.question = f"Was meint {NAME}?"
        ids = step.id, lane.id, question.id
    people.erase_person(store, erasable["person"], purge_backups=False)
    assert not holds(store.path, "Quastenbrück")
    placeholder = tr("People", "Participant {n}", n=1)
    with store.reading() as session:
        assert session.get(Step, ids[0]).label == f"{placeholder} prüft"
        assert session.get(Lane, ids[1]).name == placeholder
        assert session.get(VotingRound, ids[2]).question == f"Was meint {placeholder}?"
        assert session.get(Workshop, erasable["second"]).place == f"Büro {placeholder}"


def test_a_single_word_name_is_replaced_only_as_an_owner_or_with_a_salutation(editor: Editor, store: Store) -> None:
    workshop = editor.apply(create_workshop("Kurz", date=dt.date(2026, 5, 4))).id
    lang = editor.apply(AddParticipant(workshop, "Lang")).person_id
    editor.apply(AddNote(workshop, "decision", "Die Wartezeit ist zu lang", owner="Lang"))
    editor.apply(AddNote(workshop, "next_step", "Frau Lang klärt das, Dr. Lang auch", owner="lang"))
    people.erase_person(store, lang, purge_backups=False)
    placeholder = tr("People", "Participant {n}", n=1)
    with store.reading() as session:
        notes = {n.kind: (n.text, n.owner) for n in session.scalars(select(WorkshopNote).where(
            WorkshopNote.workshop_id == workshop))}
    assert notes["decision"] == ("Die Wartezeit ist zu lang", placeholder)
    assert notes["next_step"] == (f"{placeholder} klärt das, {placeholder} auch", "lang")


def test_surname_first_salutations_and_lone_names_in_owners(editor: Editor, store: Store) -> None:
    note, placeholder = note_after_erasing(editor, store, "Berta Beispiel",
                                           "Beispiel, Berta und Hr. Beispiel; Berta bleibt", "Berta")
    # A lone given name in a text may be anyone; in the owner column it is the person.
    assert (note.text, note.owner) == (f"{placeholder} und {placeholder}; Berta bleibt", placeholder)


# --- backups of this database only --------------------------------------------------------------


def test_only_this_databases_backups_are_dated_listed_and_purged(store: Store, erasable: dict[str, str]) -> None:
    folder = backup_dir(store.path)
    own_old = folder / f"{store.path.stem}-20250101T000000000000Z-before-0006{store.path.suffix}"
    others = [folder / "README.txt", folder / f"anders-20250101T000000000000Z-before-0006{store.path.suffix}",
              folder / f"{store.path.stem}-alt-20250101T000000000000Z-x{store.path.suffix}"]
    for path in (own_old, *others):
        path.write_text(f"SQLite format 3 {NAME}", encoding="utf-8")
        os.utime(path, (0, 0))  # 1970: a modification time says nothing about a backup
    assert [path for path, _ in people.backup_files(store.path)] == [own_old, Path(erasable["clean"]),
                                                                     Path(erasable["named"])]
    plan = people.erase_plan(store, erasable["person"])
    assert [path for path, _ in plan.backups] == [own_old, Path(erasable["named"])]

    report = people.anonymise_older_than(store, 1, today=dt.date(2026, 1, 1))
    assert report.backups_purged == [own_old]
    assert all(path.exists() for path in others)


def test_the_library_search_index_keeps_no_folded_copy_of_an_erased_name(
        editor: Editor, store: Store, erasable: dict[str, str]) -> None:
    """The search index holds fact sheets folded ("quastenbrueck"), which the byte search for the name as
    written does not find: erasing re-folds the rewritten fact sheets and merges the index."""
    from werkstatt.demo import PROCESS_ID
    from werkstatt.library.fact_sheet import EditFactSheet
    from werkstatt.library.search import ProcessQuery, find_processes

    editor.apply(EditFactSheet(PROCESS_ID, description=f"Fachliche Ansprechpartnerin: {NAME}"))
    with store.session() as session:  # a search indexes it, as the register panel would
        assert [hit.id for hit in find_processes(session, ProcessQuery(text="quastenbrueck"))] == [PROCESS_ID]
    folded = b"quastenbrueck"
    assert holds(store.path, "quastenbrueck") or holds(Path(f"{store.path}-wal"), "quastenbrueck")

    people.erase_person(store, erasable["person"], purge_backups=True)
    for path in (store.path, Path(f"{store.path}-wal")):
        assert not (path.exists() and folded in path.read_bytes()), path
    with store.session() as session:
        assert find_processes(session, ProcessQuery(text="quastenbrueck")) == []
        assert [hit.id for hit in find_processes(session, ProcessQuery(text="teilnehmende"))] == [PROCESS_ID]
