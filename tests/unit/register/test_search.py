"""The register's own search (register/search.py, migration r0003): the laptop's results, from one SQL query."""

from __future__ import annotations

import random
import secrets
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine, insert, text
from sqlalchemy.engine import make_url

from werkstatt.capture.textmatch import fold
from werkstatt.errors import WerkstattError
from werkstatt.library.product_areas import NKF_PRODUCT_AREAS, area_sort_key
from werkstatt.library.search import ProcessQuery, find_processes
from werkstatt.model import Organisation, Process, ProcessModel
from werkstatt.register import migrate, schema
from werkstatt.register import search as register_search
from werkstatt.register.admin import RegisterSetupError, default_organisations, grant_organisation, init_register
from werkstatt.register.connect import open_register_engine, parse_address
from werkstatt.register.errors import RegisterError
from werkstatt.register.search import count_register, search_register, search_statement, tries_trigrams_first
from werkstatt.store.database import open_store

NOW = datetime(2026, 1, 5, 12, 0, tzinfo=UTC)
SUBJECTS = ("Führerschein", "FÜHRERSCHEIN", "Fuehrerschein", "Straße", "STRASSE", "Maß\u00adnahme", "Ｇｅｗｅｒｂｅ",
            "Gewerbe", "ﬁnanzamt", "İzin", "Wohngeld", "Hunde  steuer", "Bußgeld", "Ärger", "Öffnung", "Übung",
            "Rabatt 100%", "Akten_zeichen", "Back\\slash", "ΟΔΟΣ", "Café", "Cafe\u0301", "Eheschließung")
ACTIONS = ("beantragen", "prüfen", "Ändern", "ausstellen", "\tabmelden", "ummelden ")
LAWS = ("§ 14 GewO", "§ 2 StVG", "BauO NRW § 64", "", "SGB XII")
TAGS = ("", "Bürgerbüro", "Ordnung, Verkehr", "Soziales", "ÖPNV")
AREAS = (*NKF_PRODUCT_AREAS[:6], "", "Sonstiges", "5 Nummer ohne Null")
STATUSES = ("identified", "modelled", "implemented")
QUERIES = ("", "führerschein", "fuehrerschein", "FUEHRER", "strasse", "straße", "STRAßE", "massnahme", "gewerbe",
           "ﬁnanz", "izin", "hunde steuer", "ae", "a", "§", "gewo", "100%", "n_z", "en_z", "k\\s", "οδος", "cafe",
           "café", "prüfen ärger", "zzz", "wohngeld ummelden", "REG-0")


@dataclass
class Library:
    organisations: list[tuple[str, str, str]]  # id, name, short name
    processes: list[dict]
    models: list[dict]


def make_library(count: int = 300, seed: int = 7) -> Library:
    rng = random.Random(seed)
    organisations = [(entry.register_id, entry.name, entry.short_name) for entry in default_organisations()[:3]]
    processes, models = [], []
    for number in range(count):
        owner = rng.choice(organisations)[0]
        process = {
            "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            "register_key": f"REG-{number:04d}", "name": f"{rng.choice(SUBJECTS)} {rng.choice(ACTIONS)}",
            "description": rng.choice(("", "Der Antrag wird geprüft.", "Nachweis über Maßnahmen, Frist 14 Tage.")),
            "product_area": rng.choice(AREAS), "leika_key": "", "owner_organisation_id": owner,
            "lead_organisation_id": rng.choice((None, owner, organisations[0][0])), "status": rng.choice(STATUSES),
            "case_volume": None, "legal_basis": rng.choice(LAWS), "tags": rng.choice(TAGS),
            "deleted": rng.random() < 0.05}
        processes.append(process)
        for kind in ("ist", "soll")[:rng.randint(0, 2)]:
            models.append({"id": str(uuid.UUID(int=rng.getrandbits(128), version=4)), "process_id": process["id"],
                           "name": f"{process['name']} ({kind})", "kind": kind,
                           "organisation_id": rng.choice(organisations)[0], "based_on_id": None,
                           "description": "", "deleted": rng.random() < 0.1})
    return Library(organisations, processes, models)


def fill_register(engine: Engine, library: Library) -> None:
    stamps = {"created_at": NOW, "updated_at": NOW, "revision": 1, "generation": 0}
    with engine.begin() as connection:
        connection.execute(insert(schema.tables["processes"]),
                           [dict(row, **stamps, owner_id=row["owner_organisation_id"]) for row in library.processes])
        connection.execute(insert(schema.tables["process_models"]),
                           [dict(row, **stamps, owner_id=row["organisation_id"]) for row in library.models])


def fill_laptop(path: Path, library: Library):
    store = open_store(path)
    with store.session() as session:
        for organisation_id, name, short in library.organisations:
            session.add(Organisation(id=organisation_id, name=name, short_name=short))
        session.flush()
        session.add_all(Process(**row) for row in library.processes)
        session.flush()
        session.add_all(ProcessModel(**row) for row in library.models)
    return store


@dataclass
class Searchable:
    admin: Engine
    login: Engine
    database: str
    organisation_id: str


def _register(postgres, library: Library | None, *, grant: bool = True) -> Searchable:
    database = make_url(postgres.create_database("search")).database
    display = f"postgresql://postgres@/{database}?host={postgres.socket_dir}&port={postgres.port}"
    admin = open_register_engine(parse_address(display))
    init_register(admin, default_organisations(), display)
    if library is not None:
        fill_register(admin, library)
    password = secrets.token_urlsafe(12)
    role = grant_organisation(admin, "Witten", role=f"{database}_witten", password=password)
    login = open_register_engine(parse_address(
        f"postgresql://{role}@/{database}?host={postgres.socket_dir}&port={postgres.port}"), password=password)
    witten = next(entry.register_id for entry in default_organisations() if entry.short_name == "Witten")
    return Searchable(admin, login, database, witten)


@pytest.fixture(scope="module")
def library() -> Library:
    return make_library()


@pytest.fixture(scope="module")
def pg_search(postgres, library) -> Iterator[Searchable]:
    made = _register(postgres, library)
    yield made
    made.login.dispose()
    made.admin.dispose()


@pytest.fixture(scope="module")
def laptop(tmp_path_factory, library):
    store = fill_laptop(tmp_path_factory.mktemp("laptop") / "laptop.sqlite", library)
    yield store
    store.close()


def _shown(hits) -> list[tuple]:
    return [(hit.id, hit.register_key, hit.name, hit.product_area, hit.status, hit.owner_name, hit.lead_name,
             hit.model_count, hit.match_words) for hit in hits]


def _queries(library: Library) -> list[ProcessQuery]:
    kreis, witten = library.organisations[0][0], library.organisations[1][0]
    queries = [ProcessQuery(text=words) for words in QUERIES]
    queries += [ProcessQuery(text="a", product_area=NKF_PRODUCT_AREAS[1]), ProcessQuery(status="modelled"),
                ProcessQuery(text="e", organisation_id=witten), ProcessQuery(lead_organisation_id=kreis),
                ProcessQuery(text="prüfen", product_area="", status="identified", organisation_id=kreis)]
    return queries


def test_the_register_finds_what_the_laptop_finds_in_the_same_order(pg_search, laptop, library) -> None:
    with laptop.reading() as session:
        for query in _queries(library):
            expected = _shown(find_processes(session, query))
            assert _shown(search_register(pg_search.login, query, limit=1000)) == expected, query
            assert count_register(pg_search.login, query) == len(expected), query
    assert len(expected) > 0


def test_pages_are_slices_of_the_whole_list(pg_search) -> None:
    query = ProcessQuery(text="e")
    whole = _shown(search_register(pg_search.login, query, limit=1000))
    assert len(whole) > 60
    assert _shown(search_register(pg_search.login, query, limit=25, offset=25)) == whole[25:50]
    assert count_register(pg_search.login, query, at_most=10) == 10


def test_library_rows_are_those_of_other_organisations(pg_search) -> None:
    hits = search_register(pg_search.login, ProcessQuery(), limit=1000)
    owners = {row["id"]: row["owner_organisation_id"] for row in make_library().processes}
    assert {hit.is_library for hit in hits} == {True, False}
    assert all(hit.is_library == (owners[hit.id] != pg_search.organisation_id) for hit in hits)
    own = search_register(pg_search.login, ProcessQuery(include_library=False), limit=1000)
    assert [hit.id for hit in own] == [hit.id for hit in hits if not hit.is_library]


def test_a_sqlite_register_file_searches_the_same(tmp_path, laptop, library) -> None:
    path = tmp_path / "register.sqlite"
    engine = open_register_engine(parse_address(str(path)))
    init_register(engine, default_organisations(), str(path))
    fill_register(engine, library)
    with laptop.reading() as session:
        for query in _queries(library)[:12]:
            expected = _shown(find_processes(session, query))
            assert _shown(search_register(engine, query, limit=1000)) == expected, query
    assert _shown(search_register(engine, ProcessQuery(text="a"), limit=5, offset=5)) == \
        _shown(search_register(engine, ProcessQuery(text="a"), limit=1000))[5:10]
    engine.dispose()


def test_werkstatt_fold_is_textmatch_fold(pg_search) -> None:
    rng = random.Random(3)
    alphabet = "aAäÄoOöÖuUüÜßẞsS eE\t\n\u00a0\u2003\u3000ﬁﬀＡ①²İıΣσςſµÅÉé\u0301\u0308Ǆǅ-%_§„“€…Ⅻ\x1c\u2028"
    corpus = [*SUBJECTS, *ACTIONS, *AREAS, "", " ", "  x  ", *("".join(rng.choice(alphabet) for _ in range(12))
                                                            for _ in range(400))]
    with pg_search.admin.connect() as connection:
        folded = connection.execute(text("SELECT werkstatt_fold(t) FROM unnest(CAST(:corpus AS text[])) "
                                         "WITH ORDINALITY AS c(t, n) ORDER BY n"), {"corpus": corpus}).scalars().all()
        searched = connection.execute(text(
            "SELECT werkstatt_search_text(t, '', '', '', '') FROM unnest(CAST(:corpus AS text[])) "
            "WITH ORDINALITY AS c(t, n) ORDER BY n"), {"corpus": corpus}).scalars().all()
        areas = connection.execute(text('SELECT a FROM unnest(CAST(:areas AS text[])) a '
                                        'ORDER BY werkstatt_area_key(a) COLLATE "C", a COLLATE "C"'),
                                   {"areas": [*AREAS, "01Innere", "1234 x", "007 Agent", "Ärger"]}).scalars().all()
    assert [(value, fold(value)) for value in corpus] == list(zip(corpus, folded, strict=True))
    # The search text keeps whitespace as it is; the words in it are the folded words.
    assert [fold(value).split() for value in corpus] == [value.split() for value in searched]
    assert [area_sort_key(area) for area in areas] == sorted(area_sort_key(area) for area in areas)


def _plan(engine: Engine, query: ProcessQuery, *, ordered: bool = False) -> str:
    with engine.connect() as connection:
        statement = search_statement(query, "postgresql", ordered=ordered).compile(
            dialect=connection.dialect, compile_kwargs={"render_postcompile": True})
        rows = connection.exec_driver_sql(f"EXPLAIN {statement}", statement.params).scalars().all()
    return "\n".join(rows)


def test_an_organisation_login_searches_through_the_indexes(postgres) -> None:
    made = _register(postgres, None)
    witten = made.organisation_id
    with made.admin.begin() as connection:  # 4,000 fact sheets: enough that a scan would cost more than the index
        connection.execute(text("""
            INSERT INTO processes (id, register_key, name, description, product_area, leika_key, status, legal_basis,
                tags, created_at, updated_at, revision, deleted, owner_id, generation)
            SELECT 'p' || n, 'WIT-' || n, (ARRAY['Gewerbe', 'Hundesteuer', 'Wohngeld', 'Bauantrag'])[1 + n % 4]
                || ' Nr. ' || n, 'Antrag prüfen' || repeat(' mit Nachweisen', 20), '01 Innere Verwaltung', '',
                'modelled', '', '', now(), now(), 1, false, :owner, 0
            FROM generate_series(1, 4000) n"""), {"owner": witten})
        connection.execute(text("ANALYZE process_search"))
    rare = _plan(made.login, ProcessQuery(text="nr. 1234"))
    short = _plan(made.login, ProcessQuery(text="nr. 1"))
    frequent = _plan(made.login, ProcessQuery(text="antrag"), ordered=True)
    assert tries_trigrams_first(ProcessQuery(text="nr. 1234"), "postgresql")
    assert not tries_trigrams_first(ProcessQuery(text="nr. 1"), "postgresql")
    made.login.dispose()
    made.admin.dispose()
    # Plan 1: the matches through the trigram index, rechecked on the stored text, then sorted; no scan, no folding.
    assert "ix_process_search_text" in rare and "Seq Scan" not in rare, rare
    assert "werkstatt_" not in rare.replace("werkstatt_org", ""), rare
    # Plan 2 (no trigram, or too many matches): the page read in display order, stopping after it.
    for plan in (short, frequent):
        assert "ix_process_search_order" in plan and "Seq Scan" not in plan and "Sort" not in plan, plan
        assert "ix_process_search_text" not in plan, plan


def test_more_matches_than_the_cap_give_the_same_pages(pg_search, laptop, library, monkeypatch) -> None:
    monkeypatch.setattr(register_search, "BITMAP_CAP", 12)
    with laptop.reading() as session:
        for words in ("pruefen", "antrag", "massnahme fuehrer", "strasse"):
            query = ProcessQuery(text=words)
            expected = _shown(find_processes(session, query))
            assert len(expected) > 20 or words == "massnahme fuehrer", words
            # Within the cap: plan 1, then its bounded second try; beyond it: display order (plan 3).
            for offset, limit in ((0, 5), (5, 7), (3, 9), (15, 5)):
                assert _shown(search_register(pg_search.login, query, limit=limit, offset=offset)) == \
                    expected[offset:offset + limit], (words, offset)


def test_the_search_table_follows_the_processes(pg_search, library) -> None:
    process = library.processes[0]
    with pg_search.admin.begin() as connection:
        connection.execute(text("UPDATE processes SET name = 'Zwölfmännerbrücke' WHERE id = :id"),
                           {"id": process["id"]})
    try:
        hits = search_register(pg_search.login, ProcessQuery(text="zwoelfmaenner"))
        assert [hit.id for hit in hits] == ([] if process["deleted"] else [process["id"]])
        with pytest.raises(Exception, match="permission denied"), pg_search.login.begin() as connection:
            connection.execute(text("DELETE FROM process_search"))
    finally:
        with pg_search.admin.begin() as connection:
            connection.execute(text("UPDATE processes SET name = :name WHERE id = :id"),
                               {"id": process["id"], "name": process["name"]})
    assert search_register(pg_search.login, ProcessQuery(text="zwoelfmaenner")) == []


def test_an_r0002_register_is_upgraded_and_its_logins_can_search(postgres, library) -> None:
    database = make_url(postgres.create_database("old")).database
    display = f"postgresql://postgres@/{database}?host={postgres.socket_dir}&port={postgres.port}"
    admin = open_register_engine(parse_address(display))
    migrate.upgrade(admin, "r0002")
    init_register_rows(admin)
    fill_register(admin, library)
    password = secrets.token_urlsafe(12)
    role = grant_organisation(admin, "Witten", role=f"{database}_witten", password=password)
    login = open_register_engine(parse_address(
        f"postgresql://{role}@/{database}?host={postgres.socket_dir}&port={postgres.port}"), password=password)
    with pytest.raises(RegisterSetupError, match=r"älteres Schema|older schema"):
        search_register(login, ProcessQuery(text="strasse"))
    init_register(admin, default_organisations(), display)  # the administrator's upgrade
    assert migrate.current_revision(admin) == migrate.head_revision()
    hits = search_register(login, ProcessQuery(text="strasse"), limit=1000)
    assert hits and all("strasse" in fold(hit.name) for hit in hits)
    migrate.downgrade(admin, "r0002")
    migrate.upgrade(admin)
    assert [hit.id for hit in search_register(login, ProcessQuery(text="strasse"), limit=1000)] == \
        [hit.id for hit in hits]
    login.dispose()
    admin.dispose()


def init_register_rows(engine: Engine) -> None:
    """The rows init_register writes, on a register migrated only to r0002."""
    with engine.begin() as connection:
        connection.execute(insert(schema.register_meta).values(id=1, register_id=str(uuid.uuid4()), generation=0,
                                                               created_at=NOW))
        connection.execute(insert(schema.organisations), [
            {"id": entry.register_id, "name": entry.name, "short_name": entry.short_name, "kind": entry.kind,
             "created_at": NOW} for entry in default_organisations()])


def test_an_unreachable_register_is_one_sentence(postgres) -> None:
    address = parse_address(f"postgresql://nobody@/nothing?host={postgres.socket_dir}&port=1")
    engine = open_register_engine(address, password="x")
    with pytest.raises(RegisterError) as raised:
        search_register(engine, ProcessQuery(text="strasse"))
    engine.dispose()
    assert isinstance(raised.value, WerkstattError)
    message = str(raised.value)
    assert "\n" not in message and message.endswith(".") and "psycopg" not in message.lower()
