"""Fuzzing the package import: whatever the bytes, the result is an import or one InterchangeError, never a crash.

Three kinds of damage: values in the manifest replaced by arbitrary JSON, values in the tables'
rows replaced by arbitrary JSON (with the checksums fixed, so the damage reaches the row checks),
and bytes of the zip itself flipped. A refusal must leave the database exactly as it was.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers.package import database_state, entries_of, rezip
from werkstatt.demo import WORKSHOP_ID, create_demo
from werkstatt.interchange.errors import InterchangeError
from werkstatt.interchange.package import export_package, import_package
from werkstatt.interchange.package_read import MANIFEST
from werkstatt.store.database import Store, open_store

JSON = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-(2**70), max_value=2**70) | st.floats(allow_nan=False)
    | st.text(max_size=40) | st.sampled_from(["2026-12-03", "2026-12-03T10:00:00+00:00", "../x", "task",
                                               "00000000-0000-0000-0000-000000000000"]),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=8)
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                       HealthCheck.too_slow])


class Demo(tuple):
    """The target store, the package's entries, its bytes and a folder; a short repr for Hypothesis' reports."""

    def __repr__(self) -> str:
        return "<demo package>"


@pytest.fixture(scope="module")
def demo_package(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("fuzz")
    source = open_store(folder / "source.sqlite")
    create_demo(source)
    path = export_package(source, WORKSHOP_ID, folder / "demo.werkstatt")
    source.close()
    target = open_store(folder / "target.sqlite")
    yield Demo((target, entries_of(path), path.read_bytes(), folder))
    target.close()


def import_or_refuse(store: Store, path: Path) -> None:
    before = database_state(store)
    try:
        import_package(store, path)
    except InterchangeError as error:
        assert "\n" not in str(error)
        assert database_state(store) == before


@FUZZ
@given(key=st.sampled_from(["format", "format_version", "app_version", "created_at", "workshop", "includes_people",
                            "entries", "unknown"]), value=JSON, entry=st.integers(0, 30), field=st.sampled_from(
    ["name", "size", "sha256"]))
def test_mutated_manifests(demo_package, key: str, value: object, entry: int, field: str) -> None:
    store, entries, _, folder = demo_package
    manifest = json.loads(entries[MANIFEST])
    if key == "entries" and isinstance(value, str | int) and entry < len(manifest["entries"]):
        manifest["entries"][entry][field] = value
    else:
        manifest[key] = value
    import_or_refuse(store, rezip(folder / "manifest.werkstatt", entries, manifest=manifest, fix=False))


@FUZZ
@given(table=st.integers(0, 100), row=st.floats(0, 1, exclude_max=True), column=st.integers(0, 100),
       new_column=st.none() | st.text(max_size=8), value=JSON, whole=st.booleans())
def test_mutated_rows(demo_package, table: int, row: float, column: int, new_column: str | None, value: object,
                      whole: bool) -> None:
    store, entries, _, folder = demo_package
    names = sorted(name for name in entries if name.startswith("data/"))
    name = names[table % len(names)]
    rows = json.loads(entries[name])
    if rows and not whole:
        chosen = rows[int(row * len(rows))]
        chosen[new_column if new_column is not None else sorted(chosen)[column % len(chosen)]] = value
    else:
        rows = value
    changed = {**entries, name: json.dumps(rows).encode()}
    import_or_refuse(store, rezip(folder / "rows.werkstatt", changed))


@FUZZ
@given(flips=st.lists(st.tuples(st.floats(0, 1, exclude_max=True), st.integers(0, 255)), min_size=1, max_size=8),
       cut=st.none() | st.floats(0, 1))
def test_flipped_bytes(demo_package, flips: list[tuple[float, int]], cut: float | None) -> None:
    store, _, original, folder = demo_package
    data = bytearray(original)
    for where, byte in flips:
        data[int(where * len(data))] = byte
    if cut is not None:
        data = data[:int(cut * len(data))]
    path = folder / "flipped.werkstatt"
    path.write_bytes(bytes(data))
    import_or_refuse(store, path)


def test_flips_in_the_manifest_and_directory(demo_package) -> None:
    """The regions random flips rarely hit: every byte of the central directory, one at a time."""
    store, _, original, folder = demo_package
    start = original.find(b"PK\x01\x02")
    path = folder / "directory.werkstatt"
    for position in range(start, len(original), 7):
        data = bytearray(original)
        data[position] ^= 0xFF
        path.write_bytes(bytes(data))
        import_or_refuse(store, path)
