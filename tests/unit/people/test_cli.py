"""``werkstatt people …`` as a data-protection officer meets it, including every kind of bad input."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from werkstatt.demo import MODEL_ID, WORKSHOP_ID
from werkstatt.edits import Editor
from werkstatt.edits.records import SetAttendance
from werkstatt.edits.workshops import AddParticipant, create_workshop
from werkstatt.model import Organisation, Step, SyncRegister, SyncRow
from werkstatt.people.erasure import placeholder_number
from werkstatt.store.database import backup, open_store

NAME = "Zyrillia Quastenbrück"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def one_sentence(result, code: int, *words: str) -> None:
    assert result.returncode == code, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    for word in words:
        assert word in lines[0], lines[0]


@pytest.fixture
def db(demo_db: Path) -> Path:
    """The demo, Zyrillia at its workshop, and a backup that holds her name."""
    path = demo_db
    store = open_store(path)
    try:
        Editor(store).apply(AddParticipant(WORKSHOP_ID, NAME, function="Oberquastenwartin"))
        backup(path, "with-zyrillia")
    finally:
        store.close()
    return path


def person_id(cli, db: Path, name: str = NAME) -> str:
    rows = json.loads(cli("people", "list", "--json", db=db).stdout)
    return next(row["id"] for row in rows if row["name"] == name)


def test_list_shows_people_with_their_workshops(cli, db: Path) -> None:
    result = cli("people", "list", "--json", db=db)
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    zyrillia = next(row for row in rows if row["name"] == NAME)
    assert zyrillia["function"] == "Oberquastenwartin" and zyrillia["workshops"] == 1
    assert dt.date.fromisoformat(zyrillia["last_workshop"])
    assert NAME in cli("people", "list", db=db).stdout


def test_erase_without_yes_shows_the_plan_and_changes_nothing(cli, db: Path) -> None:
    before = digest(db)
    result = cli("people", "erase", person_id(cli, db)[:8], db=db)
    one_sentence(result, 2, "--yes")
    assert "attendances: 1" in result.stdout and "people: 1" in result.stdout
    assert "with-zyrillia" in result.stdout and "--purge-backups" in result.stdout
    assert digest(db) == before


def test_erase_with_yes_and_purge(cli, db: Path) -> None:
    backups = list((db.parent / "backups").iterdir())
    result = cli("people", "erase", NAME, "--yes", "--purge-backups", db=db)
    assert result.returncode == 0, result.stderr
    assert not any(path.exists() for path in backups)
    assert NAME.encode() not in db.read_bytes()
    names = [row["name"] for row in json.loads(cli("people", "list", "--json", db=db).stdout)]
    assert NAME not in names and any(placeholder_number(name) == 1 for name in names)


@pytest.mark.parametrize("args, code, words", [
    (("people", "erase", "nobody-here", "--yes"), 1, ("nobody-here",)),
    (("people", "erase", "0000", "--yes"), 1, ("0000",)),
    (("people", "anonymise", "--older-than", "12x"), 2, ("12x",)),
    (("people", "anonymise", "--older-than", "0m"), 2, ("0m",)),
    (("people", "anonymise", "--older-than", "-3m"), 2, ()),
    (("people", "anonymise", "--older-than", "99999m"), 2, ("99999m",)),
    (("people", "anonymise"), 2, ("--older-than",)),
    (("people", "erase"), 2, ()),
    (("people", "forget", "x"), 2, ()),
])
def test_bad_input_is_one_sentence_and_changes_nothing(cli, db: Path, args, code, words) -> None:
    before = digest(db)
    one_sentence(cli(*args, db=db), code, *words)
    assert digest(db) == before and NAME.encode() in db.read_bytes()


def test_no_database_is_one_sentence(cli, tmp_path: Path) -> None:
    missing = tmp_path / "none.sqlite"
    one_sentence(cli("people", "list", db=missing), 1, str(missing))
    assert not missing.exists()


def test_anonymise_older_than_12m_takes_exactly_the_old_ones(cli, tmp_path: Path) -> None:
    path = tmp_path / "werkstatt.sqlite"
    today = dt.date.today()
    store = open_store(path)
    try:
        editor = Editor(store)
        old = editor.apply(create_workshop("Vor 13 Monaten", date=today - dt.timedelta(days=400))).id
        newer = editor.apply(create_workshop("Vor 11 Monaten", date=today - dt.timedelta(days=330))).id
        gone = editor.apply(AddParticipant(old, "Anna Altmann")).person_id
        stays = editor.apply(AddParticipant(old, "Bert Bleibtreu")).person_id
        editor.apply(SetAttendance(newer, stays, True))
        editor.apply(AddParticipant(newer, "Carla Neumann"))
    finally:
        store.close()

    result = cli("people", "anonymise", "--older-than", "12m", db=path)
    assert result.returncode == 0, result.stderr
    rows = {row["id"]: row["name"] for row in json.loads(cli("people", "list", "--json", db=path).stdout)}
    assert placeholder_number(rows[gone]) == 1
    assert sorted(name for name in rows.values() if placeholder_number(name) is None) == [
        "Bert Bleibtreu", "Carla Neumann"]
    assert b"Anna Altmann" not in path.read_bytes()


def _busy_sentences() -> set[str]:
    from werkstatt.i18n import SUPPORTED_LANGUAGES, speaking, tr

    sentences = set()
    for code in SUPPORTED_LANGUAGES:
        with speaking(code):
            sentences.add(tr("PeopleCLI", "Another program (an open Werkstatt window?) is using the database: the "
                                          "old text leaves the file when it is closed."))
    return sentences


def test_erase_leaves_another_organisations_library_rows_and_says_who_holds_them(cli, db: Path) -> None:
    store = open_store(db)
    try:
        with store.session() as session:
            orgs = {o.short_name: o.id for o in session.scalars(select(Organisation))}
            step = session.scalar(select(Step).where(Step.model_id == MODEL_ID).limit(1))
            step.notes = f"Rückfragen an {NAME}"
            register = SyncRegister(url="sqlite:////srv/register.sqlite", organisation_id=orgs["Witten"],
                                    register_organisation_id=orgs["Witten"])
            session.add(register)
            session.flush()
            session.add(SyncRow(register_id=register.id, table_name="steps", row_id=step.id, base_revision=1,
                                local_revision=1, owner_id=orgs["Hattingen"]))
    finally:
        store.close()
    plan = cli("people", "erase", NAME, db=db)
    assert "Stadt Hattingen" in plan.stdout
    result = cli("people", "erase", NAME, "--yes", db=db)
    assert result.returncode == 0 and result.stderr == "", result.stderr
    assert "Stadt Hattingen" in result.stdout
    names = [row["name"] for row in json.loads(cli("people", "list", "--json", db=db).stdout)]
    assert NAME not in names


def test_a_name_left_in_other_rows_is_not_blamed_on_another_program(cli, db: Path) -> None:
    zyrillia = person_id(cli, db)
    store = open_store(db)
    try:
        twin = Editor(store).apply(AddParticipant(WORKSHOP_ID, NAME)).person_id  # the same name, someone else
    finally:
        store.close()
    result = cli("people", "erase", zyrillia, "--yes", db=db)
    one_sentence(result, 0)
    assert result.stderr.strip() not in _busy_sentences()
    rows = {row["id"]: row["name"] for row in json.loads(cli("people", "list", "--json", db=db).stdout)}
    assert rows[twin] == NAME
