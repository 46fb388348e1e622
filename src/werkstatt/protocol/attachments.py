"""The files the protocol PDF carries as its Anlagen (PDF/A-3 associated files).

The e-file (E-Akte) then holds one complete record: each model as BPMN 2.0, which any BPMN tool
opens and Werkstatt imports again; the workshop's pain points and measures as CSV for a
spreadsheet; and, when the protocol names people, the workshop as a ``.werkstatt`` package to
carry on working with. Every file is made by the existing exporter, so an Anlage is byte for byte
what ``werkstatt export`` writes (only scrubbed of names where the protocol names nobody).

File names are ASCII (``01-Fuehrerscheinantrag-Ist.bpmn``): a PDF viewer's attachment list, the
e-file system and the recipient's file system all take them, umlauts and slashes included, and
the number in front keeps them unique and in the protocol's order.
"""

from __future__ import annotations

import json
import re
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from werkstatt import i18n
from werkstatt.i18n import tr
from werkstatt.interchange import bpmn_ns, csv_export
from werkstatt.interchange.bpmn_export import bpmn_document
from werkstatt.interchange.package import gather as package_rows
from werkstatt.interchange.package import package_manifest, serialise
from werkstatt.interchange.package_read import MANIFEST
from werkstatt.model import Organisation, Workshop
from werkstatt.protocol.content import name_scrubber
from werkstatt.protocol.content_types import AttachmentFile
from werkstatt.protocol.no_names import NameScrubber
from werkstatt.read.model import find
from werkstatt.read.workshops import workshop_detail, workshop_models

__all__ = ["ascii_name", "protocol_attachments"]

# Long enough to recognise a model in a viewer's attachment list, short enough for every file system
# (Windows' 260-character paths include the folder the recipient saves to).
NAME_LIMIT = 60
_TRANSLITERATION = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss",
                                  "ẞ": "SS"})
# BPMN attributes that hold ids or references, never text a person typed: left as they are without names.
_REFERENCES = {"id", "sourceRef", "targetRef", "processRef", "bpmnElement", "painPoints", "process", "organisation",
               "owner_id", "lead", "targetNamespace", "exporter", "exporterVersion"}
_REFERENCE_ELEMENTS = {f"{{{bpmn_ns.BPMN}}}{name}" for name in ("flowNodeRef", "incoming", "outgoing")}


def ascii_name(text: str, fallback: str) -> str:
    """``text`` as a file name of ASCII letters, digits and hyphens: "Führerscheinantrag (Ist)" →
    "Fuehrerscheinantrag-Ist"; German umlauts as ae/oe/ue, other accents dropped, at most NAME_LIMIT long."""
    plain = unicodedata.normalize("NFKD", text.translate(_TRANSLITERATION))
    plain = "".join(char for char in plain if not unicodedata.combining(char))
    slug = re.sub(r"[^A-Za-z0-9]+", "-", plain.encode("ascii", "ignore").decode()).strip("-")
    return slug[:NAME_LIMIT].rstrip("-") or fallback


def protocol_attachments(session: Session, workshop_id: str, *, names: bool = True) -> tuple[AttachmentFile, ...]:
    """The Anlagen of the workshop's protocol: each model's BPMN, the CSVs, the package (with names only).

    ``names=False`` matches ``gather(names=False)``: the BPMN and CSV files are scrubbed of every person
    the protocol would not name, and the package is left out (see ``_package``).
    """
    workshop = find(session, Workshop, workshop_id, tr("ProtocolAttachments", "There is no workshop with the id {id}."))
    scrub = None if names else name_scrubber(session, workshop_detail(session, workshop.id), {
        o.id: o.name for o in session.scalars(select(Organisation))})
    files: list[AttachmentFile] = []
    for number, ref in enumerate(workshop_models(session, workshop.id), start=1):
        data = bpmn_document(session, ref.id)
        files.append(AttachmentFile(
            name=f"{number:02d}-{ascii_name(ref.name, tr('ProtocolAttachments', 'Model'))}.bpmn",
            data=data if scrub is None else _scrubbed_bpmn(data, scrub),
            media_type="application/xml",
            description=tr("ProtocolAttachments", "The process model “{name}” as BPMN 2.0, for any BPMN tool",
                           name=ref.name),
            relationship="Source"))
    files += _csv_files(session, workshop.id, scrub)
    if names:
        files.append(_package(session, workshop.id, workshop.title))
    return tuple(files)


# --- CSV -----------------------------------------------------------------------------------------


def _csv_files(session: Session, workshop_id: str, scrub: NameScrubber | None) -> list[AttachmentFile]:
    """Pain points and measures as two files, each one table that a spreadsheet opens as it is.

    A German protocol carries the ``excel-de`` dialect (what German Excel opens with a double click),
    an English one the plain ``rfc4180`` dialect with English headers.
    """
    dialect = csv_export.DIALECTS["excel-de" if i18n.language() == "de" else "rfc4180"]
    tables = (
        (csv_export._pain_points, tr("ProtocolAttachments", "Pain-points"),
         tr("ProtocolAttachments", "The workshop's pain points as CSV, for a spreadsheet")),
        (csv_export._measures, tr("ProtocolAttachments", "Measures"),
         tr("ProtocolAttachments", "The workshop's measures as CSV, for a spreadsheet")),
    )
    files = []
    for gather, name, description in tables:
        # As ``csv_bytes`` does: headers and the names of codes in the dialect's language.
        with i18n.speaking(dialect.language):
            header, rows = gather(session, workshop_id, dialect)
            owner = tr("ProtocolAttachments", "Responsible")
        if scrub is not None:
            rows = [[scrub.text(value, owner=column == owner) if isinstance(value, str) else value
                     for column, value in zip(header, row, strict=True)] for row in rows]
        files.append(AttachmentFile(name=ascii_name(name, "CSV") + ".csv",
                                    data=csv_export.render(header, rows, dialect), media_type="text/csv",
                                    description=description, relationship="Data"))
    return files


# --- BPMN without names --------------------------------------------------------------------------


def _scrubbed_bpmn(data: bytes, scrub: NameScrubber) -> bytes:
    """The BPMN file with every person's name in its text (labels, notes, pain points, measures and their
    owners) replaced as the protocol replaces it; ids and references stay, so the file still imports."""
    root = ET.fromstring(data)
    for element in root.iter():
        if element.text and element.text.strip() and element.tag not in _REFERENCE_ELEMENTS:
            element.text = scrub.text(element.text)
        for key, value in element.attrib.items():
            if key not in _REFERENCES and not key.startswith("{"):
                element.set(key, scrub.text(value, owner=key == "owner"))
    return ET.tostring(root, encoding="UTF-8", xml_declaration=True)


# --- the package ---------------------------------------------------------------------------------


def _package(session: Session, workshop_id: str, title: str) -> AttachmentFile:
    """The workshop as a ``.werkstatt`` package, exactly as ``export_package`` writes it, but into memory.

    Only with names: the package holds the workshop as it is stored, so that a colleague can import
    and continue it. Without people (``include_people=False``) it would still carry names in the
    facilitator field, in the owners of measures and notes and in free text, and scrubbing those would
    make a package that overwrites the real rows with role labels when it is imported (the import is an
    upsert by id). A protocol that names nobody therefore has no package among its Anlagen.
    """
    rows = package_rows(session, workshop_id, include_people=True)
    # The addresses are for the e-mail draft only: the archived PDF goes to six administrations.
    rows["people"] = [{**row, "email": ""} for row in rows.get("people", [])]
    entries = serialise(rows)
    manifest = package_manifest(workshop_id, title, entries, include_people=True)
    return AttachmentFile(
        name=ascii_name(title, "Werkstatt") + ".werkstatt",
        data=_zip(json.dumps(manifest, ensure_ascii=False, indent=1).encode(), entries.items()),
        media_type="application/zip",
        description=tr("ProtocolAttachments", "The workshop as a Werkstatt package, to import and continue it"),
        relationship="Source")


def _zip(manifest: bytes, entries: Iterable[tuple[str, bytes]]) -> bytes:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST, manifest)
        for name, data in entries:
            # Photos are JPEG or PNG already: deflating them again only costs time.
            archive.writestr(name, data, compress_type=zipfile.ZIP_STORED if name.startswith("blobs/")
                             else zipfile.ZIP_DEFLATED)
    return buffer.getvalue()
