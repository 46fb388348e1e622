"""The package tests' shared pieces: the whole database as rows, a package's entries, a package rewritten."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

from sqlalchemy import select

from werkstatt.interchange.package_read import MANIFEST
from werkstatt.model import Base
from werkstatt.store.database import Store


def database_state(store: Store) -> dict[str, list[tuple]]:
    """Every row of every table, tombstones and bookkeeping included: "unchanged" means exactly this."""
    with store.reading() as session:
        return {name: sorted(tuple(map(repr, row)) for row in session.execute(select(table)))
                for name, table in Base.metadata.tables.items()}


def entries_of(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def manifest_for(entries: dict[str, bytes], base: dict | None = None) -> dict:
    manifest = dict(base or {})
    manifest["entries"] = [{"name": name, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
                           for name, data in entries.items() if name != MANIFEST]
    return manifest


def rezip(path: Path, entries: dict[str, bytes], *, manifest: dict | None = None, fix: bool = True) -> Path:
    """Write ``entries`` as a zip; with ``fix`` the manifest's sizes and checksums are made to match."""
    entries = dict(entries)
    path.unlink(missing_ok=True)
    if fix:
        base = manifest if manifest is not None else json.loads(entries[MANIFEST])
        entries[MANIFEST] = json.dumps(manifest_for(entries, base)).encode()
    elif manifest is not None:
        entries[MANIFEST] = json.dumps(manifest).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return path
