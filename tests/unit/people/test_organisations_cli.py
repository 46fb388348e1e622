"""``werkstatt organisations …`` as the user runs it: a child process on a fresh database.

English messages (``--lang en``): the German ones of new sentences arrive with the next catalogue merge.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from helpers.cli import run_cli


def orgs(db: Path, *args: str):
    return run_cli("--lang", "en", "organisations", *args, db=db)


def listed(db: Path) -> list[dict]:
    result = orgs(db, "list", "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def rows_in(db: Path) -> list[tuple[str, str, str, bool]]:
    """Every organisation row, tombstones too, read in this process (faster than a child)."""
    from werkstatt.model import Organisation
    from werkstatt.store.database import open_store

    store = open_store(db)
    try:
        with store.reading() as session:
            return sorted((o.name, o.short_name, o.kind, o.deleted) for o in session.query(Organisation))
    finally:
        store.close()


@pytest.fixture(scope="module")
def six(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database with the starting set, made once and copied by each test."""
    db = tmp_path_factory.mktemp("six") / "six.sqlite"
    result = orgs(db, "starter")
    assert result.returncode == 0, result.stderr
    return db


def test_a_fresh_database_gets_organisations(db_path: Path) -> None:
    assert not db_path.exists()
    added = orgs(db_path, "add", "TÜV Rheinland", "--short", "TÜV", "--kind", "extern")
    assert added.returncode == 0, added.stderr
    starter = orgs(db_path, "starter")
    assert starter.returncode == 0 and "Stadt Sprockhövel" in starter.stdout
    rows = listed(db_path)
    assert len(rows) == 7
    assert {"name": "TÜV Rheinland", "short_name": "TÜV", "kind": "extern"}.items() <= rows[-1].items()
    again = orgs(db_path, "add", "--starting-set")
    assert again.returncode == 0 and "already" in again.stdout
    assert len(listed(db_path)) == 7
    text = orgs(db_path, "list")
    assert "Ennepe-Ruhr-Kreis (EN-Kreis)" in text.stdout


def test_rename_merge_and_remove_by_name_short_name_or_id(db_path: Path) -> None:
    orgs(db_path, "starter")
    orgs(db_path, "add", "Stadt Witen", "--short", "Witn")
    renamed = orgs(db_path, "rename", "witn", "Stadt Schwelm", "--short", "Schwelm")
    assert renamed.returncode == 0, renamed.stderr
    assert any(r["name"] == "Stadt Schwelm" for r in listed(db_path))
    schwelm = next(r["id"] for r in listed(db_path) if r["short_name"] == "Schwelm")
    kind = orgs(db_path, "rename", schwelm, "--kind", "gemeinde")
    assert kind.returncode == 0, kind.stderr
    merged = orgs(db_path, "merge", "Schwelm", "stadt witten")
    assert merged.returncode == 0 and "Stadt Witten" in merged.stdout
    assert all(r["id"] != schwelm for r in listed(db_path))
    removed = orgs(db_path, "remove", "Sprockhoevel")
    assert removed.returncode == 0, removed.stderr
    assert len(listed(db_path)) == 5


@pytest.mark.parametrize(("args", "says"), [
    (("add", ""), "must not be empty"),
    (("add", "   "), "must not be empty"),
    (("add",), "Give the name"),
    (("add", "stadt WITTEN"), "already an organisation"),
    (("add", "Neu", "--short", "witten"), "already used"),
    (("add", "x" * 201), "too long"),
    (("add", "Neu", "--starting-set"), "not both"),
    (("rename", "Atlantis", "Neu"), "no organisation “Atlantis”"),
    (("rename", "Witten"), "Say what to change"),
    (("rename", "Witten", "Ennepe-Ruhr-Kreis"), "already an organisation"),
    (("merge", "Witten", "Witten"), "into itself"),
    (("merge", "Witten", "Atlantis"), "no organisation"),
    (("remove", "Atlantis"), "no organisation"),
])
def test_hostile_input_is_one_sentence_and_changes_nothing(six: Path, db_path: Path, args: tuple[str, ...],
                                                          says: str) -> None:
    shutil.copyfile(six, db_path)
    before = rows_in(db_path)
    result = orgs(db_path, *args)
    assert result.returncode == 1
    assert says in result.stderr
    assert result.stderr.strip().count("\n") == 0 and "Traceback" not in result.stderr
    assert result.stdout == ""
    assert rows_in(db_path) == before


def test_removing_an_organisation_people_belong_to_is_refused(db_path: Path) -> None:
    created = run_cli("demo", db=db_path)
    assert created.returncode == 0, created.stderr
    before = listed(db_path)
    result = orgs(db_path, "remove", "Witten")
    assert result.returncode == 1
    assert "merge it into another organisation" in result.stderr
    assert listed(db_path) == before


def test_an_unknown_kind_is_a_usage_error(db_path: Path) -> None:
    result = orgs(db_path, "add", "Land NRW", "--kind", "land")
    assert result.returncode == 2
    assert "extern" in result.stderr


def test_listing_needs_a_database(tmp_path: Path) -> None:
    result = orgs(tmp_path / "none.sqlite", "list")
    assert result.returncode == 1 and "no database" in result.stderr
    assert not (tmp_path / "none.sqlite").exists()
