"""The library's full-text index on the laptop: the same matches as before, kept current, paged, planned.

Small sizes on purpose (CI time); benchmarks/bench_library_search.py measures 500 to 20,000 processes.
"""

from __future__ import annotations

import json
import random
import sqlite3
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from helpers.library import add_process
from werkstatt.capture.textmatch import fold
from werkstatt.cli import main
from werkstatt.library import search_index
from werkstatt.library.product_areas import NKF_PRODUCT_AREAS, area_sort_key
from werkstatt.library.search import (
    ProcessQuery,
    count_processes,
    find_processes,
    optimize,
    query_plans,
    refresh_search_index,
)
from werkstatt.model import Organisation, Process, ProcessModel, SyncRegister, SyncRow
from werkstatt.store import migrate
from werkstatt.store.database import open_store


def names(store, text: str = "", **query) -> list[str]:
    with store.reading() as session:
        return [hit.name for hit in find_processes(session, ProcessQuery(text=text, **query))]


def pending(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT count(*) FROM process_search_pending").fetchone()[0]
    finally:
        connection.close()


def raw_insert(path: Path, name: str, **values: str) -> str:
    """A process written by another tool: plain SQL on the file, no Werkstatt code."""
    process_id = str(uuid.uuid4())
    columns = {"id": process_id, "created_at": "2026-12-01 09:00:00.000000", "updated_at": "2026-12-01 09:00:00.000000",
               "revision": 1, "deleted": 0, "name": name, "register_key": "", "description": "", "product_area": "",
               "leika_key": "", "status": "identified", "legal_basis": "", "tags": "", **values}
    connection = sqlite3.connect(path)
    try:
        with connection:
            connection.execute(f"INSERT INTO processes ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                               tuple(columns.values()))
    finally:
        connection.close()
    return process_id


# --- matching ------------------------------------------------------------------------------------


def test_words_match_folded_substrings_of_every_field(store) -> None:
    add_process(store, "Führerschein: Umtausch", tags="Bürgerbüro", legal_basis="FeV § 25")
    add_process(store, "Straßenreinigung", description="Gebühr nach SATZUNG", register_key="99123")
    add_process(store, "Gewerbeanmeldung 50%_Rabatt", product_area="15 Wirtschaft und Tourismus")
    assert names(store, "fuehrer") == ["Führerschein: Umtausch"]
    assert names(store, "FÜHRERSCHEIN umtausch") == ["Führerschein: Umtausch"]
    assert names(store, "strasse") == names(store, "STRASSE") == ["Straßenreinigung"]
    assert names(store, "buergerb") == ["Führerschein: Umtausch"]  # tags
    assert names(store, "§ 25") == ["Führerschein: Umtausch"]  # legal basis, a word of one character
    assert names(store, "9912") == ["Straßenreinigung"]  # register key
    assert names(store, "werbeanm") == ["Gewerbeanmeldung 50%_Rabatt"]  # inside a word
    assert names(store, "ß") == ["Straßenreinigung"]  # folded to "ss": two letters, LIKE
    assert names(store, "0%") == ["Gewerbeanmeldung 50%_Rabatt"]  # % and _ are letters, not wildcards
    assert names(store, "%_") == ["Gewerbeanmeldung 50%_Rabatt"]
    assert names(store, "_r") == ["Gewerbeanmeldung 50%_Rabatt"]
    assert names(store, "gebuehr satzung") == ["Straßenreinigung"]  # every word, in any field
    assert names(store, "gebuehr fuehrer") == []  # AND
    assert names(store, 'u"m') == []  # a quote is a letter for FTS5 too
    assert names(store, "e s") == ["Führerschein: Umtausch", "Straßenreinigung"]  # short words only
    assert names(store, "schein:") == ["Führerschein: Umtausch"]


def test_the_index_finds_what_the_python_fold_finds(store) -> None:
    """Random fact sheets and words: the SQL answer equals folding everything in Python, in the same order."""
    rng = random.Random(7)
    syllables = ["ge", "wer", "be", "an", "mel", "dung", "füh", "rer", "schein", "stra", "ße", "ÄM", "ter",
                 "Ö", "ü", "ss", "x", "-", "%", "_", " ", " ", "§"]
    texts = {}
    for number in range(150):
        fields = ["".join(rng.choice(syllables) for _ in range(rng.randint(2, 9))) for _ in range(5)]
        area = rng.choice([*NKF_PRODUCT_AREAS[:4], "", "Eigener Bereich", "eigener bereich"])
        process_id = add_process(store, fields[0] or f"P{number}", register_key=fields[1][:40], tags=fields[2],
                                 description=fields[3], legal_basis=fields[4], product_area=area)
        texts[process_id] = (fields[0] or f"P{number}", area, fold("\n".join([fields[0] or f"P{number}",
                                                                             *fields[1:]])))
    queries = ["", "ge", "g", "ss", "schein", "ße", "ämter", "uer ge", "-", "% _", "§", "wer be an",
               *("".join(rng.choice(syllables) for _ in range(rng.randint(1, 3))) for _ in range(40))]
    for text in queries:
        words = fold(text).split()
        expected = sorted((key for key, (_n, _a, hay) in texts.items() if all(w in hay for w in words)),
                          key=lambda key: (area_sort_key(texts[key][1]), fold(texts[key][0]), key))
        with store.reading() as session:
            found = [hit.id for hit in find_processes(session, ProcessQuery(text=text))]
            assert count_processes(session, ProcessQuery(text=text)) == len(expected), text
        assert found == expected, text


def test_sort_key_sorts_as_the_tuple_did() -> None:
    areas = ["", "02 Sicherheit", "2 Sicherheit", "02 Sicherheit und Ordnung", "10 Bauen", "Zoo", "zoo", "Ämter",
             "100 Hundert"]
    rows = [(area, name, f"id{n}") for n, (area, name) in enumerate(
        (a, b) for a in areas for b in ["", "a", "ab", "a b", "äb", "Z", "ß"])]
    by_tuple = sorted(rows, key=lambda r: (area_sort_key(r[0]), fold(r[1]), r[2]))
    by_string = sorted(rows, key=lambda r: search_index.sort_key(r[0], fold(r[1]), r[2]))
    assert by_string == by_tuple
    for text in ["Führer", "STRASSE", "Straße", "ÄÖÜäöü", "ﬁ ligature", "  two\n lines ", "İstanbul", ""]:
        assert search_index.fast_fold(text) == fold(text)


# --- kept current --------------------------------------------------------------------------------


def test_orm_edits_are_found_at_the_next_search(store) -> None:
    process_id = add_process(store, "Hundesteuer: Anmeldung", product_area="16 Allgemeine Finanzwirtschaft")
    add_process(store, "Abfall", product_area="11 Ver- und Entsorgung")
    assert names(store, "hund") == ["Hundesteuer: Anmeldung"]
    assert pending(store.path) == 0  # the search indexed it
    with store.session() as session:
        process = session.get(Process, process_id)
        process.name = "Hundesteuer: Abmeldung"
        process.product_area = "01 Innere Verwaltung"
    assert pending(store.path) == 1
    assert names(store, "anmeldung") == []
    assert names(store, "abmeldung") == ["Hundesteuer: Abmeldung"]
    assert names(store) == ["Hundesteuer: Abmeldung", "Abfall"]  # the new area sorts it first
    with store.session() as session:  # not yet committed: the same session finds it, indexed with it
        session.add(Process(name="Hundeschule"))
        session.flush()
        assert [h.name for h in find_processes(session, ProcessQuery(text="hund"))] == [
            "Hundesteuer: Abmeldung", "Hundeschule"]
        session.get(Process, process_id).deleted = True
        session.flush()
        assert [h.name for h in find_processes(session, ProcessQuery(text="hund"))] == ["Hundeschule"]
    assert names(store, "hund") == ["Hundeschule"]
    with store.session() as session:
        session.delete(session.get(Process, process_id))  # hard delete, as a tool might
    assert names(store, "hund") == ["Hundeschule"] and pending(store.path) == 0


def test_rows_written_by_plain_sql_are_indexed_and_lost_triggers_come_back(store) -> None:
    add_process(store, "Wohngeld")
    assert names(store, "wohn") == ["Wohngeld"]
    raw_insert(store.path, "Wohnsitz: Ummeldung", tags="Bürgerbüro")
    assert pending(store.path) == 1
    assert names(store, "wohn buero") == ["Wohnsitz: Ummeldung"]
    assert pending(store.path) == 0
    connection = sqlite3.connect(store.path)
    with connection:  # a batch migration that rebuilds processes drops its triggers
        connection.execute("DROP TRIGGER processes_search_update")
        connection.execute("UPDATE processes SET name = 'Wohngeld: Antrag' WHERE name = 'Wohngeld'")
    connection.close()
    assert names(store, "antrag") == ["Wohngeld: Antrag"]
    with store.reading() as session:
        assert refresh_search_index(session) == 0  # everything indexed again once, nothing left


def test_a_read_only_store_matches_pending_rows_and_writes_nothing(store, db_path) -> None:
    add_process(store, "Gewerbe: Anmeldung", product_area="15 Wirtschaft und Tourismus")
    add_process(store, "Gewerbe: Abmeldung", product_area="15 Wirtschaft und Tourismus")
    assert names(store, "gewerbe") == ["Gewerbe: Abmeldung", "Gewerbe: Anmeldung"]
    store.close()
    raw_insert(db_path, "Gewerbe: Ummeldung", product_area="15 Wirtschaft und Tourismus")
    connection = sqlite3.connect(db_path)
    with connection:
        connection.execute("UPDATE processes SET deleted = 1 WHERE name = 'Gewerbe: Anmeldung'")
    connection.close()
    before = db_path.read_bytes()
    reading = open_store(db_path, read_only=True)
    try:
        with reading.reading() as session:
            query = ProcessQuery(text="gewerbe", product_area="15 Wirtschaft und Tourismus")
            assert [h.name for h in find_processes(session, query)] == ["Gewerbe: Abmeldung", "Gewerbe: Ummeldung"]
            assert [h.name for h in find_processes(session, query, limit=1, offset=1)] == ["Gewerbe: Ummeldung"]
            assert count_processes(session, query) == 2
            assert count_processes(session, ProcessQuery(text="gewerbe", product_area="01 Innere Verwaltung")) == 0
            optimize(session)  # does nothing on a read-only store
    finally:
        reading.close()
    assert db_path.read_bytes() == before
    assert pending(db_path) == 2


# --- pages, filters, plans -------------------------------------------------------------------------


def test_pages_counts_filters_and_model_counts(store) -> None:
    with store.session() as session:
        witten = Organisation(name="Stadt Witten", short_name="Witten")
        kreis = Organisation(name="Ennepe-Ruhr-Kreis", short_name="EN-Kreis")
        session.add_all([witten, kreis])
        session.flush()
        for number in range(120):
            process = Process(name=f"Antrag {number:03d}", product_area=NKF_PRODUCT_AREAS[number % 3],
                              status="modelled" if number % 2 else "identified",
                              owner_organisation_id=kreis.id if number % 4 else witten.id)
            session.add(process)
            session.flush()
            for kind in ("ist", "soll")[:number % 3]:
                session.add(ProcessModel(process_id=process.id, name=f"M {kind}", kind=kind,
                                         organisation_id=witten.id, deleted=number % 5 == 0 and kind == "soll"))
        register = SyncRegister(url="x", organisation_id=witten.id, register_organisation_id=witten.id)
        session.add(register)
        session.flush()
        library = session.scalars(select(Process.id).where(Process.owner_organisation_id == kreis.id)).all()
        session.add_all(SyncRow(register_id=register.id, table_name="processes", row_id=row_id, base_revision=1,
                                local_revision=1, owner_id=kreis.id) for row_id in library)
        witten_id = witten.id
    queries = [ProcessQuery(text="antrag"), ProcessQuery(text="an 1"), ProcessQuery(),
               ProcessQuery(text="antrag", status="modelled", product_area=NKF_PRODUCT_AREAS[1]),
               ProcessQuery(text="0", include_library=False), ProcessQuery(organisation_id=witten_id, text="ag")]
    with store.reading() as session:
        for query in queries:
            everything = find_processes(session, query)
            assert count_processes(session, query) == len(everything) > 0, query
            pages = [hit for offset in range(0, 130, 7) for hit in find_processes(session, query, limit=7,
                                                                                    offset=offset)]
            assert [hit.id for hit in pages] == [hit.id for hit in everything], query
        hits = {hit.name: hit for hit in find_processes(session, ProcessQuery(text="antrag 01"))}
        numbers = [n for n in range(120) if "01" in f"{n:03d}"]
        assert {name: hit.model_count for name, hit in hits.items()} == {  # deleted models not counted
            f"Antrag {n:03d}": n % 3 - (n % 3 == 2 and n % 5 == 0) for n in numbers}
        assert {name for name, hit in hits.items() if not hit.is_library} == {
            f"Antrag {n:03d}" for n in numbers if n % 4 == 0}
        assert len(find_processes(session, ProcessQuery(text="0", include_library=False))) == len(
            [n for n in range(120) if "0" in f"{n:03d}" and n % 4 == 0])
        assert find_processes(session, ProcessQuery(), limit=0) == []


@pytest.mark.parametrize("analysed", [False, True])
def test_query_plans_use_the_indexes(store, analysed: bool) -> None:
    with store.session() as session:
        organisation = Organisation(name="Stadt Witten")
        session.add(organisation)
        session.flush()
        for number in range(300):
            process = Process(name=f"Führerschein {number}", description="Bescheid erstellen",
                              owner_organisation_id=organisation.id, product_area=NKF_PRODUCT_AREAS[number % 5])
            session.add(process)
            session.flush()
            session.add(ProcessModel(process_id=process.id, name="Ist", organisation_id=organisation.id))
        organisation_id = organisation.id
    with store.reading() as session:
        refresh_search_index(session)
        if analysed:
            optimize(session)
        for query in (ProcessQuery(text="fuehrerschein 12"), ProcessQuery(text="bescheid", status="identified",
                                                                             organisation_id=organisation_id),
                      ProcessQuery(text="fuehrer", product_area=NKF_PRODUCT_AREAS[2])):
            plans = query_plans(session, query)
            for name in ("page", "count"):
                details = " | ".join(plans[name])
                assert "SCAN process_search VIRTUAL TABLE INDEX 0:M" in details, details  # the trigram index
                # No processes, models, index rows or sync rows read in full (organisations, a handful of
                # rows, may be: after ANALYZE the planner scans them rather than use their index).
                # Along the sort index (when most rows match, it stops at the page) is no full read either.
                scans = [line.split()[1] for line in plans[name] if line.startswith("SCAN ")
                         and "INDEX ix_process_search_rows_sort" not in line]
                assert set(scans) <= {"process_search", "page", "o", "l"}, details
            assert plans["models"] == ["SEARCH process_models USING INDEX ix_process_models_process_id (process_id=?)"]
        browse = query_plans(session, ProcessQuery())["page"]
        assert "SCAN k USING INDEX ix_process_search_rows_sort" in browse  # in order, stops at the page
    if analysed:
        connection = sqlite3.connect(store.path)
        assert connection.execute("SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'process_models'").fetchone()[0]
        connection.close()


# --- migration -----------------------------------------------------------------------------------


def test_processes_of_a_0007_database_become_searchable(store, db_path) -> None:
    add_process(store, "Führerschein: Ersterteilung")
    migrate.downgrade(store.engine, "0007")
    connection = sqlite3.connect(db_path)
    assert not connection.execute("SELECT name FROM sqlite_master WHERE name LIKE 'process_search%'").fetchall()
    connection.close()
    raw_insert(db_path, "Reisepass: Verlängerung")
    store.close()
    reading = open_store(db_path, read_only=True)  # an older file, read from a migrated copy in memory
    with reading.reading() as session:
        assert [h.name for h in find_processes(session, ProcessQuery(text="e"))] == [
            "Führerschein: Ersterteilung", "Reisepass: Verlängerung"]
    reading.close()
    upgraded = open_store(db_path)
    assert pending(db_path) == 2
    assert names(upgraded, "fuehrer") == ["Führerschein: Ersterteilung"]
    assert names(upgraded, "verlaengerung") == ["Reisepass: Verlängerung"]
    assert pending(db_path) == 0
    upgraded.close()


# --- command line --------------------------------------------------------------------------------


def test_library_search_on_the_command_line(store, db_path, capsys) -> None:
    with store.session() as session:
        witten = Organisation(name="Stadt Witten", short_name="Witten")
        session.add(witten)
        session.flush()
        session.add(Process(name="Führerschein: Umtausch", product_area="02 Sicherheit und Ordnung",
                            status="in_survey", owner_organisation_id=witten.id, description="Alter Führerschein"))
        session.add(Process(name="Gewerbe: Anmeldung", product_area="15 Wirtschaft und Tourismus"))
    assert names(store) and pending(db_path) == 0
    store.close()
    raw_insert(db_path, "Führerschein: Verlust", product_area="02 Sicherheit und Ordnung")
    before = db_path.read_bytes()
    db = ["--lang", "en", "--db", str(db_path)]
    assert main([*db, "library", "search", "fuehrerschein", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert found["count"] == 2
    assert [hit["name"] for hit in found["processes"]] == ["Führerschein: Umtausch", "Führerschein: Verlust"]
    assert found["processes"][0]["owner"] == "Stadt Witten" and found["processes"][0]["models"] == 0
    assert main([*db, "library", "search", "alter", "--area", "2", "--status", "in survey", "--organisation",
                 "witten", "--json"]) == 0
    assert [hit["snippet"] for hit in json.loads(capsys.readouterr().out)["processes"]] == [
        "Description: Alter Führerschein"]
    assert main([*db, "library", "search", "e", "--limit", "1"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Führerschein: Umtausch · 02 Sicherheit und Ordnung") and "1 of 3 processes" in out
    assert main([*db, "library", "search", "nichts"]) == 0
    assert capsys.readouterr().out.strip() == "No process matches."
    for bad in (["--status", "fertig"], ["--organisation", "Bochum"], ["--limit", "0"]):
        assert main([*db, "library", "search", "x", *bad]) == 1
        error = capsys.readouterr().err.strip()
        assert error.count("\n") == 0 and error.endswith("."), error
    assert db_path.read_bytes() == before  # the read-only store indexed nothing
    missing = db_path.parent / "missing.sqlite"
    empty = db_path.parent / "empty.sqlite"
    empty.write_bytes(b"")
    for path in (missing, empty):
        assert main(["--lang", "en", "--db", str(path), "library", "search", "x"]) == 1
        assert "There is no database" in capsys.readouterr().err
    assert not missing.exists() and empty.read_bytes() == b""
