"""Workshop packages: the round trip keeps every row and id, imports are idempotent, hostile zips are refused."""

from __future__ import annotations

import hashlib
import io
import json
import stat
import struct
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select, text

from helpers.package import database_state, entries_of, rezip
from werkstatt.demo import MODEL_ID, WORKSHOP_ID, create_demo
from werkstatt.edits import Create, Editor, Update
from werkstatt.interchange import package_read
from werkstatt.interchange.errors import InterchangeError
from werkstatt.interchange.package import (
    ImportPackage,
    export_package,
    gather,
    import_package,
    read_package,
)
from werkstatt.interchange.package_read import MANIFEST, PACKAGE_TABLES
from werkstatt.model import Base, Lane, Organisation, Step
from werkstatt.store.database import Store, open_store

# --- helpers (the fuzz tests use them too) ---------------------------------------------------------


def row_counts(store: Store) -> dict[str, int]:
    with store.reading() as session:
        return {name: session.execute(text(f'SELECT count(*) FROM "{name}"')).scalar_one()
                for name in Base.metadata.tables}


def table_rows(entries: dict[str, bytes], name: str) -> list[dict]:
    return json.loads(entries[f"data/{name}.json"])


def with_rows(entries: dict[str, bytes], name: str, rows: object) -> dict[str, bytes]:
    return {**entries, f"data/{name}.json": json.dumps(rows).encode()}


@pytest.fixture(scope="module")
def shared_demo(tmp_path_factory: pytest.TempPathFactory):
    """One demo store and its package for the tests that only read them (building the demo takes a while)."""
    folder = tmp_path_factory.mktemp("demo")
    opened = open_store(folder / "demo.sqlite")
    create_demo(opened)
    yield opened, export_package(opened, WORKSHOP_ID, folder / "demo.werkstatt")
    opened.close()


@pytest.fixture
def demo_store(shared_demo) -> Store:
    return shared_demo[0]


@pytest.fixture
def package(shared_demo) -> Path:
    return shared_demo[1]


@pytest.fixture
def own_demo(store: Store, tmp_path: Path) -> tuple[Store, Path]:
    """A demo store of the test's own, for tests that change it."""
    create_demo(store)
    return store, export_package(store, WORKSHOP_ID, tmp_path / "own.werkstatt")


@pytest.fixture
def empty_store(tmp_path: Path):
    opened = open_store(tmp_path / "other.sqlite")
    yield opened
    opened.close()


def gathered(store: Store) -> dict[str, list[dict]]:
    with store.reading() as session:
        rows = gather(session, WORKSHOP_ID)
    return {name: sorted(rows[name], key=lambda row: row["id"]) for name in PACKAGE_TABLES}


# --- round trip and idempotence --------------------------------------------------------------------


def test_the_manifest_lists_every_entry_with_size_and_checksum(package: Path) -> None:
    entries = entries_of(package)
    manifest = json.loads(entries[MANIFEST])
    assert manifest["format"] == "werkstatt-package" and manifest["format_version"] == 1
    assert manifest["workshop"] == {"id": WORKSHOP_ID, "title": "Prozesswerkstatt Führerscheinantrag"}
    assert {entry["name"] for entry in manifest["entries"]} == set(entries) - {MANIFEST}
    for entry in manifest["entries"]:
        assert entry["size"] == len(entries[entry["name"]])
        assert entry["sha256"] == hashlib.sha256(entries[entry["name"]]).hexdigest()
    photos = [name for name in entries if name.startswith("blobs/workshop_photos/")]
    assert len(photos) == 1 and entries[photos[0]][:2] == b"\xff\xd8"  # the demo's JPEG, as its own entry


def test_round_trip_into_an_empty_store_keeps_every_row_and_id(demo_store: Store, package: Path,
                                                               empty_store: Store) -> None:
    report = import_package(empty_store, package)
    assert gathered(empty_store) == gathered(demo_store)
    assert report.created["steps"] == len(gathered(demo_store)["steps"]) > 10
    assert report.created["workshop_photos"] == 1 and not report.kept


def test_importing_twice_creates_no_duplicates(package: Path, empty_store: Store) -> None:
    import_package(empty_store, package)
    counts = row_counts(empty_store)
    before = database_state(empty_store)
    report = import_package(empty_store, package)
    assert report.changed == 0 and sum(report.unchanged.values()) > 100
    assert row_counts(empty_store) == counts
    assert database_state(empty_store) == before


def test_importing_into_the_original_store_changes_nothing(demo_store: Store, package: Path) -> None:
    before = database_state(demo_store)
    report = import_package(demo_store, package)
    assert report.changed == 0 and not report.kept and not report.matched_organisations
    assert database_state(demo_store) == before


def test_a_row_newer_here_is_kept_and_reported(own_demo: tuple[Store, Path], empty_store: Store,
                                               tmp_path: Path) -> None:
    demo_store, package = own_demo
    import_package(empty_store, package)
    with empty_store.reading() as session:
        step_id = session.scalars(select(Step.id).where(Step.model_id == MODEL_ID)).first()
    Editor(empty_store).apply(Update(Step, step_id, label="Hier geändert"))
    report = import_package(empty_store, package)
    assert [(row.table, row.id, row.reason) for row in report.kept] == [("steps", step_id, "newer")]
    assert "geändert" in report.as_text() or "changed here" in report.as_text()
    with empty_store.reading() as session:
        assert session.get(Step, step_id).label == "Hier geändert"
    # The other way round: changed by the sender, the newer package row wins.
    Editor(demo_store).apply(Update(Step, step_id, label="Beim Absender geändert"))
    Editor(demo_store).apply(Update(Step, step_id, notes="noch einmal"))
    report = import_package(empty_store, export_package(demo_store, WORKSHOP_ID, tmp_path / "newer.werkstatt"))
    assert report.updated == {"steps": 1}
    with empty_store.reading() as session:
        assert session.get(Step, step_id).label == "Beim Absender geändert"


def test_organisations_are_matched_by_name_not_duplicated(package: Path, empty_store: Store) -> None:
    Editor(empty_store).apply(Create(Organisation, name="Stadt Witten", short_name="Witten", kind="stadt"))
    with empty_store.reading() as session:
        witten = session.scalar(select(Organisation.id).where(Organisation.short_name == "Witten"))
    report = import_package(empty_store, package)
    assert report.matched_organisations == ["Stadt Witten"]
    with empty_store.reading() as session:
        assert session.scalars(select(Organisation).where(Organisation.short_name == "Witten")).all()[0].id == witten
        assert len(session.scalars(select(Organisation).where(Organisation.short_name == "Witten")).all()) == 1
        assert session.scalar(select(Lane).where(Lane.name == "Bürgerbüro Witten")).organisation_id == witten


def test_a_package_without_people(demo_store: Store, empty_store: Store, tmp_path: Path) -> None:
    path = export_package(demo_store, WORKSHOP_ID, tmp_path / "anon.werkstatt", include_people=False)
    entries = entries_of(path)
    assert table_rows(entries, "people") == [] and table_rows(entries, "attendances") == []
    assert all(voter["person_id"] is None for voter in table_rows(entries, "round_voters"))
    assert "Erika" not in b"".join(entries.values()).decode("utf-8", "replace")
    report = import_package(empty_store, path)
    assert report.created["votes"] > 10 and "people" not in report.created


def test_the_import_is_one_undoable_edit(package: Path, empty_store: Store) -> None:
    editor = Editor(empty_store)
    edit = editor.apply(ImportPackage(read_package(package)))
    assert edit.report is not None and edit.report.created["steps"] > 10
    editor.undo()
    with empty_store.reading() as session:
        assert session.scalars(select(Step).where(Step.deleted.is_(False))).all() == []
    editor.redo()
    with empty_store.reading() as session:
        assert len(session.scalars(select(Step).where(Step.deleted.is_(False))).all()) == edit.report.created["steps"]


def test_an_unknown_workshop_is_one_sentence(store: Store, tmp_path: Path) -> None:
    from werkstatt.errors import NotFoundError

    with pytest.raises(NotFoundError, match=r"Werkstatt|workshop"):
        export_package(store, "00000000-0000-0000-0000-000000000000", tmp_path / "x.werkstatt")


# --- refusals ----------------------------------------------------------------------------------------


def refused(store: Store, path: Path, match: str | None = None) -> str:
    before = database_state(store)
    with pytest.raises(InterchangeError, match=match) as caught:
        import_package(store, path)
    assert database_state(store) == before
    message = str(caught.value)
    assert "\n" not in message and "Traceback" not in message
    return message


def test_a_newer_format_is_refused_naming_both_versions(package: Path, empty_store: Store, tmp_path: Path) -> None:
    entries = entries_of(package)
    manifest = {**json.loads(entries[MANIFEST]), "format_version": 7}
    message = refused(empty_store, rezip(tmp_path / "new.werkstatt", entries, manifest=manifest))
    assert "7" in message and "1" in message


def _hostile(entries: dict[str, bytes], name: str, data: bytes = b"x", *, mode: int | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for entry, content in entries.items():
            archive.writestr(entry, content)
        info = zipfile.ZipInfo(name)
        if mode is not None:
            info.external_attr = mode << 16
        archive.writestr(info, data)
    return buffer.getvalue()


@pytest.mark.parametrize(("name", "mode", "match"), [
    ("/etc/werkstatt.json", None, "absolut"),
    ("data/../../escape.json", None, r"\.\."),
    ("C:/Windows/evil.json", None, "absolut"),
    ("data/link", stat.S_IFLNK | 0o777, "symbol"),
])
def test_hostile_entry_names_and_links_are_refused(package: Path, empty_store: Store, tmp_path: Path,
                                                   name: str, mode: int | None, match: str) -> None:
    path = tmp_path / "hostile.werkstatt"
    path.write_bytes(_hostile(entries_of(package), name, b"/etc/passwd", mode=mode))
    refused(empty_store, path, match)


def test_too_many_entries_are_refused(package: Path, empty_store: Store, tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(package_read, "MAX_ENTRIES", 10)
    refused(empty_store, package, "10")


def test_a_too_large_declared_total_is_refused(package: Path, empty_store: Store,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(package_read, "MAX_TOTAL_BYTES", 100_000)
    refused(empty_store, package, "MB")


def _lie_about_size(data: bytes, name: str, size: int) -> bytes:
    """Patch the uncompressed size of ``name`` in its local header and its central directory record."""
    patched = bytearray(data)
    encoded = name.encode()
    position = 0
    while (position := patched.find(b"PK\x03\x04", position)) >= 0:
        if patched[position + 30:position + 30 + len(encoded)] == encoded:
            struct.pack_into("<I", patched, position + 22, size)
        position += 4
    position = 0
    while (position := patched.find(b"PK\x01\x02", position)) >= 0:
        if patched[position + 46:position + 46 + len(encoded)] == encoded:
            struct.pack_into("<I", patched, position + 24, size)
        position += 4
    return bytes(patched)


def test_a_zip_bomb_that_lies_about_its_size_stops_at_the_declared_size(package: Path, empty_store: Store,
                                                                        tmp_path: Path) -> None:
    entries = entries_of(package)
    bomb = b"\0" * (20 * 1024 * 1024)  # 20 MB of zeros deflate to some 20 kB
    entries = {**entries, "data/notes.bin": bomb}
    path = rezip(tmp_path / "bomb.werkstatt", entries)
    path.write_bytes(_lie_about_size(path.read_bytes(), "data/notes.bin", 1000))
    assert zipfile.ZipFile(path).getinfo("data/notes.bin").file_size == 1000
    refused(empty_store, path)


def test_a_bomb_honest_about_its_size_is_refused_before_reading(package: Path, empty_store: Store,
                                                                 tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(package_read, "MAX_TOTAL_BYTES", 2 * 1024 * 1024)
    entries = {**entries_of(package), "data/zeros.bin": b"\0" * (3 * 1024 * 1024)}
    refused(empty_store, rezip(tmp_path / "bomb.werkstatt", entries), "MB")


def test_a_manifest_that_lies_is_refused(package: Path, empty_store: Store, tmp_path: Path) -> None:
    entries = entries_of(package)
    steps = entries["data/steps.json"].replace(b"Antrag", b"Antrog")
    refused(empty_store, rezip(tmp_path / "sha.werkstatt", {**entries, "data/steps.json": steps}, fix=False),
            "Prüfsumme|checksum")
    manifest = json.loads(entries[MANIFEST])
    manifest["entries"][0]["size"] += 1
    refused(empty_store, rezip(tmp_path / "size.werkstatt", entries, manifest=manifest, fix=False))
    manifest = json.loads(entries[MANIFEST])
    manifest["entries"] = manifest["entries"][1:]
    refused(empty_store, rezip(tmp_path / "unlisted.werkstatt", entries, manifest=manifest, fix=False))
    manifest = json.loads(entries[MANIFEST])
    manifest["entries"].append({"name": "data/ghost.json", "size": 2, "sha256": "0" * 64})
    refused(empty_store, rezip(tmp_path / "ghost.werkstatt", entries, manifest=manifest, fix=False))


@pytest.mark.parametrize("change", [
    lambda e: {**e, "data/steps.json": b"{not json"},
    lambda e: {**e, "data/steps.json": b"\xff\xfe"},
    lambda e: {**e, "data/steps.json": b"[[[[" * 50_000},
    lambda e: {**e, "data/steps.json": b'{"rows": []}'},
    lambda e: with_rows(e, "steps", [1, 2]),
    lambda e: with_rows(e, "steps", [{**table_rows(e, "steps")[0], "label": 5}]),
    lambda e: with_rows(e, "steps", [{**table_rows(e, "steps")[0], "label": "\ud800"}]),
    lambda e: with_rows(e, "steps", [{**table_rows(e, "steps")[0], "kind": "explosion"}]),
    lambda e: with_rows(e, "steps", [{**table_rows(e, "steps")[0], "position": True}]),
    lambda e: with_rows(e, "steps", [{**table_rows(e, "steps")[0], "revision": 2**70}]),
    lambda e: with_rows(e, "steps", [{**table_rows(e, "steps")[0], "created_at": "2026-12-03T10:00:00"}]),
    lambda e: with_rows(e, "steps", [{**table_rows(e, "steps")[0], "created_at": "0001-01-01T00:00:00+05:00"}]),
    lambda e: with_rows(e, "steps", [{**table_rows(e, "steps")[0], "id": "not-a-uuid"}]),
    lambda e: with_rows(e, "steps", [{**table_rows(e, "steps")[0], "smuggled": 1}]),
    lambda e: with_rows(e, "steps", [table_rows(e, "steps")[0]] * 2),
    lambda e: {**e, "data/steps.json": b'[{"id": "5f0f0d9e-7d1b-4d52-9a57-3d1d1d1d1d1d", "x": NaN}]'},
    lambda e: with_rows(e, "workshop_photos", [{**table_rows(e, "workshop_photos")[0], "data": "/etc/passwd"}]),
    lambda e: {**e, "blobs/workshop_photos/extra.data": b"nobody's"},
    lambda e: {**e, "data/sync_rows.json": b"[]"},
    lambda e: with_rows(e, "workshops", []),
], ids=["not-json", "not-utf8", "deep-json", "object-not-list", "rows-not-objects", "wrong-type", "surrogate",
        "unknown-kind", "bool-as-number", "huge-int", "naive-datetime", "overflowing-datetime", "bad-id",
        "unknown-column", "duplicate-row", "nan", "blob-elsewhere", "stray-blob", "foreign-table", "no-workshop"])
def test_broken_json_and_wrong_shapes_are_refused(package: Path, empty_store: Store, tmp_path: Path,
                                                   change) -> None:
    refused(empty_store, rezip(tmp_path / "broken.werkstatt", change(entries_of(package))))


def test_rows_pointing_at_missing_rows_are_refused(package: Path, empty_store: Store, tmp_path: Path) -> None:
    entries = with_rows(entries_of(package), "lanes", [])
    message = refused(empty_store, rezip(tmp_path / "orphans.werkstatt", entries), "lanes")
    assert "lanes" in message


def test_a_manifest_of_another_shape_or_format_is_refused(package: Path, empty_store: Store, tmp_path: Path) -> None:
    entries = entries_of(package)
    manifest = json.loads(entries[MANIFEST])
    for broken in ({**manifest, "format": "something-else"}, {**manifest, "format_version": "1"},
                   {**manifest, "workshop": "no"}, {**manifest, "entries": {"a": 1}}, [manifest], b"[" * 100_000):
        entries[MANIFEST] = broken if isinstance(broken, bytes) else json.dumps(broken).encode()
        refused(empty_store, rezip(tmp_path / "manifest.werkstatt", entries, fix=False))


@pytest.mark.parametrize("content", [b"", b"PK\x05\x06" + b"\0" * 18, b"not a zip at all", b"PK\x03\x04garbage"])
def test_files_that_are_no_zip_are_refused(empty_store: Store, tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "junk.werkstatt"
    path.write_bytes(content)
    refused(empty_store, path)


def test_an_encrypted_entry_is_refused(package: Path, empty_store: Store, tmp_path: Path) -> None:
    data = bytearray(package.read_bytes())
    position = data.find(b"PK\x01\x02")  # the first central directory record: set "encrypted"
    struct.pack_into("<H", data, position + 8, struct.unpack_from("<H", data, position + 8)[0] | 0x1)
    path = tmp_path / "encrypted.werkstatt"
    path.write_bytes(bytes(data))
    refused(empty_store, path)


def test_a_missing_file_is_one_sentence(empty_store: Store, tmp_path: Path) -> None:
    refused(empty_store, tmp_path / "nowhere.werkstatt")
