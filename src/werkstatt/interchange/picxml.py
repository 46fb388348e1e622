"""PicXML 3.0 fact sheets (Steckbriefe) of register processes, for the PICTURE process platform.

The shape follows REFERENCE §4: root ``factSheet``; ``metaData`` with ``createdOn``,
``sourceInstallation`` and ``xmlSchemaVersion``; ``notation`` ``PROCESS_FACT_SHEET``; then
``attributeGroups/group/attributeValues/attribute``, each with ``attributeID``, ``dataType``
(text, richtext or tags) and its value. Fact sheets only, no diagrams (those travel as BPMN).

Decisions:
- Every attribute is written, empty ones with an empty ``value``, so that the receiving side sees
  a field cleared here rather than guessing whether it was forgotten.
- Tags are one ``value`` element per tag (Werkstatt keeps them comma-separated).
- Description and legal basis are ``richtext``: their plain text goes in as it is (escaped by the
  serializer), line breaks kept; no HTML is invented.
- The status is written in German words as the register shows it ("in Erhebung"), as the
  platform's users read it; codes would mean nothing there.
- Characters XML 1.0 cannot carry (control characters pasted from other programs) are dropped;
  everything else is escaped by ElementTree, never by hand.
- Several processes: ``export_picxml_many`` writes one zip with one fact sheet per process
  (``<register key or id>.xml``), because a PicXML file holds exactly one ``factSheet``.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import BinaryIO
from xml.etree import ElementTree as ET

from sqlalchemy.orm import Session

import werkstatt
from werkstatt import i18n
from werkstatt.files import write_atomically
from werkstatt.i18n import tr
from werkstatt.interchange.errors import InterchangeError
from werkstatt.library import status_word
from werkstatt.model import Organisation, Process, utcnow
from werkstatt.read import model as queries
from werkstatt.store.database import Store

SCHEMA_VERSION = "http://www.prozessplattform.de/sml/schemas/picxml/v3/factSheet"
NOTATION = "PROCESS_FACT_SHEET"
# Not allowed anywhere in an XML 1.0 document, not even escaped.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _clean(text: str) -> str:
    return _NOT_XML.sub("", text)


def fact_sheet_attributes(session: Session, process: Process) -> list[tuple[str, str, list[str]]]:
    """(attributeID, dataType, values) of the fact sheet, in the order they are written."""
    def organisation(org_id: str | None) -> str:
        row = session.get(Organisation, org_id) if org_id else None
        return row.name if row is not None else ""

    with i18n.speaking("de"):
        status = status_word(process.status)
    tags = [tag.strip() for tag in process.tags.split(",") if tag.strip()]
    return [
        ("name", "text", [process.name]),
        ("description", "richtext", [process.description]),
        ("registerKey", "text", [process.register_key]),
        ("productArea", "text", [process.product_area]),
        ("leikaKey", "text", [process.leika_key]),
        ("status", "text", [status]),
        ("caseVolume", "text", ["" if process.case_volume is None else str(process.case_volume)]),
        ("legalBasis", "richtext", [process.legal_basis]),
        ("tags", "tags", tags),
        ("owner", "text", [organisation(process.owner_organisation_id)]),
        ("leadOrganisation", "text", [organisation(process.lead_organisation_id)]),
    ]


def _find(session: Session, process_id: str) -> Process:
    return queries.find(session, Process, process_id, tr("PicXML", "There is no register process with the id {id}."))


def fact_sheet_xml(session: Session, process_id: str) -> bytes:
    """The PicXML 3.0 fact sheet of one register process (an id or an unambiguous prefix), UTF-8."""
    process = _find(session, process_id)
    root = ET.Element("factSheet")
    meta = ET.SubElement(root, "metaData")
    ET.SubElement(meta, "createdOn").text = utcnow().replace(microsecond=0).isoformat().replace("+00:00", "Z")
    ET.SubElement(meta, "sourceInstallation").text = f"Werkstatt {werkstatt.__version__}"
    ET.SubElement(meta, "xmlSchemaVersion").text = SCHEMA_VERSION
    ET.SubElement(root, "notation").text = NOTATION
    group = ET.SubElement(ET.SubElement(root, "attributeGroups"), "group")
    values = ET.SubElement(group, "attributeValues")
    for attribute_id, data_type, texts in fact_sheet_attributes(session, process):
        attribute = ET.SubElement(values, "attribute")
        ET.SubElement(attribute, "attributeID").text = attribute_id
        ET.SubElement(attribute, "dataType").text = data_type
        for text in texts or ([] if data_type == "tags" else [""]):
            ET.SubElement(attribute, "value").text = _clean(text)
    ET.indent(root)
    return ET.tostring(root, encoding="UTF-8", xml_declaration=True)


def _file_name(process: Process) -> str:
    key = re.sub(r"[^A-Za-z0-9_.-]+", "_", process.register_key).strip("._")
    return f"{key or process.id}.xml"


def _write_file(path: Path, data: bytes) -> Path:
    def write(stream: BinaryIO) -> None:
        stream.write(data)

    try:
        return write_atomically(path, write)
    except OSError as error:
        raise InterchangeError(tr("PicXML", "The fact sheet cannot be written to {path}: {reason}.", path=path,
                                  reason=error.strerror or error)) from error


def export_picxml(store: Store, process_id: str, path: Path) -> Path:
    """Write one process's fact sheet to ``path``."""
    with store.reading() as session:
        data = fact_sheet_xml(session, process_id)
    return _write_file(Path(path), data)


def export_picxml_many(store: Store, process_ids: list[str], path: Path) -> Path:
    """Write the fact sheets of several processes into one zip at ``path``, one ``.xml`` per process."""
    import io

    buffer = io.BytesIO()
    with store.reading() as session, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        names: set[str] = set()
        for process_id in process_ids:
            process = _find(session, process_id)
            name = _file_name(process)
            if name in names:  # two processes with the same register key: the id keeps them apart
                name = f"{process.id}.xml"
            names.add(name)
            archive.writestr(name, fact_sheet_xml(session, process.id))
    return _write_file(Path(path), buffer.getvalue())


__all__ = ["NOTATION", "SCHEMA_VERSION", "export_picxml", "export_picxml_many", "fact_sheet_attributes",
           "fact_sheet_xml"]
