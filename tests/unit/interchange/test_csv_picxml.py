"""CSV in both dialects and PicXML fact sheets, read back with the standard csv module and defusedxml."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import pytest
from defusedxml import ElementTree as SafeET
from sqlalchemy import select

from werkstatt import i18n
from werkstatt.demo import MODEL_ID, PROCESS_ID, ROUND_ID, WORKSHOP_ID
from werkstatt.edits import Editor, Update
from werkstatt.i18n import tr
from werkstatt.interchange.csv_export import csv_bytes, write_csv
from werkstatt.interchange.errors import InterchangeError
from werkstatt.interchange.picxml import SCHEMA_VERSION, export_picxml, export_picxml_many, fact_sheet_xml
from werkstatt.model import PainPoint, Process, Step
from werkstatt.store.database import Store

NASTY = 'Antrag „prüfen“; "sofort"\nzweite Zeile, mit Komma & <Klammer> – ÄÖÜß'


def parse(data: bytes, dialect: str) -> list[list[str]]:
    if dialect == "excel-de":
        assert data.startswith(b"\xef\xbb\xbf")
        text = data.decode("utf-8-sig")
        return list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    assert not data.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(data.decode("utf-8"), newline=""), delimiter=","))


@pytest.mark.parametrize("dialect", ["excel-de", "rfc4180"])
@pytest.mark.parametrize(("what", "ident"), [("steps", MODEL_ID), ("pain-points", WORKSHOP_ID),
                                             ("pain_points", MODEL_ID), ("measures", WORKSHOP_ID),
                                             ("votes", ROUND_ID)])
def test_every_csv_reads_back_as_a_rectangle(demo_store: Store, what: str, ident: str, dialect: str) -> None:
    data = csv_bytes(demo_store, what, ident, dialect)
    rows = parse(data, dialect)
    assert len(rows) > 3 and len({len(row) for row in rows}) == 1
    assert data.count(b"\r\n") >= len(rows)  # CRLF line ends
    assert b"\n" not in data.replace(b"\r\n", b"")  # no bare LF outside quoted cells in the demo


def test_headers_follow_the_dialect(demo_store: Store) -> None:
    with i18n.speaking("de"):
        german = tr("CsvExport", "Processing time (min)")
    assert parse(csv_bytes(demo_store, "steps", MODEL_ID, "excel-de"), "excel-de")[0][5] == german
    assert parse(csv_bytes(demo_store, "steps", MODEL_ID, "rfc4180"), "rfc4180")[0][5] == "Processing time (min)"


def test_decimal_comma_and_point(demo_store: Store) -> None:
    with demo_store.reading() as session:
        step_id = session.scalars(select(Step.id).where(Step.model_id == MODEL_ID)).first()
    Editor(demo_store).apply(Update(Step, step_id, processing_minutes=1.5, probability=0.25))
    german = {row[-1]: row for row in parse(csv_bytes(demo_store, "steps", MODEL_ID, "excel-de"), "excel-de")}[step_id]
    plain = {row[-1]: row for row in parse(csv_bytes(demo_store, "steps", MODEL_ID, "rfc4180"), "rfc4180")}[step_id]
    assert (german[5], german[7]) == ("1,5", "0,25")
    assert (plain[5], plain[7]) == ("1.5", "0.25")


def test_dates_follow_the_dialect(demo_store: Store) -> None:
    german = parse(csv_bytes(demo_store, "measures", WORKSHOP_ID, "excel-de"), "excel-de")[1][5]
    plain = parse(csv_bytes(demo_store, "measures", WORKSHOP_ID, "rfc4180"), "rfc4180")[1][5]
    assert german.count(".") == 2 and plain.count("-") == 2 and german.split(".")[2] == plain.split("-")[0]


@pytest.mark.parametrize("dialect", ["excel-de", "rfc4180"])
def test_a_label_with_separators_quotes_newlines_and_umlauts_survives(demo_store: Store, dialect: str) -> None:
    with demo_store.reading() as session:
        step_id = session.scalars(select(Step.id).where(Step.model_id == MODEL_ID)).first()
    Editor(demo_store).apply(Update(Step, step_id, label=NASTY))
    rows = parse(csv_bytes(demo_store, "steps", MODEL_ID, dialect), dialect)
    assert {row[-1]: row for row in rows}[step_id][3] == NASTY


@pytest.mark.parametrize("start", ["=", "+", "-", "@"])
def test_formulas_are_defused_in_both_dialects_unless_raw(demo_store: Store, start: str) -> None:
    # More cases, and the command line's --raw, in test_csv_formulas.py.
    text = f'{start}HYPERLINK("http://example.org";"klick")'
    with demo_store.reading() as session:
        point_id = session.scalars(select(PainPoint.id).where(PainPoint.workshop_id == WORKSHOP_ID)).first()
    Editor(demo_store).apply(Update(PainPoint, point_id, text=text))
    excel = {row[-1]: row for row in parse(csv_bytes(demo_store, "pain-points", WORKSHOP_ID, "excel-de"), "excel-de")}
    plain = {row[-1]: row for row in parse(csv_bytes(demo_store, "pain-points", WORKSHOP_ID, "rfc4180"), "rfc4180")}
    raw = {row[-1]: row for row in parse(csv_bytes(demo_store, "pain-points", WORKSHOP_ID, "rfc4180", raw=True),
                                         "rfc4180")}
    assert excel[point_id][6] == "'" + text
    assert plain[point_id][6] == "'" + text
    assert raw[point_id][6] == text


def test_write_csv_writes_the_file_and_refuses_unknown_names(demo_store: Store, tmp_path: Path) -> None:
    path = write_csv(demo_store, "votes", ROUND_ID[:8], tmp_path / "votes.csv", "excel-de")
    assert path.read_bytes() == csv_bytes(demo_store, "votes", ROUND_ID, "excel-de")
    with pytest.raises(InterchangeError):
        write_csv(demo_store, "steps", MODEL_ID, tmp_path / "x.csv", "tsv")
    with pytest.raises(InterchangeError):
        write_csv(demo_store, "people", MODEL_ID, tmp_path / "x.csv", "rfc4180")


def test_vote_results_rank_like_the_tally(demo_store: Store) -> None:
    rows = parse(csv_bytes(demo_store, "votes", ROUND_ID, "rfc4180"), "rfc4180")[1:]
    ranks = [int(row[0]) for row in rows]
    assert ranks == sorted(ranks) and ranks[0] == 1
    assert sum(int(row[3]) for row in rows) == 28  # the demo's 7 voters with 4 dots each


# --- PicXML ----------------------------------------------------------------------------------------


def attributes(data: bytes) -> dict[str, tuple[str, list[str]]]:
    root = SafeET.fromstring(data)
    assert root.tag == "factSheet"
    assert root.findtext("metaData/xmlSchemaVersion") == SCHEMA_VERSION
    assert root.findtext("metaData/createdOn") and root.findtext("metaData/sourceInstallation")
    assert root.findtext("notation") == "PROCESS_FACT_SHEET"
    return {attribute.findtext("attributeID"): (attribute.findtext("dataType"),
                                                [value.text or "" for value in attribute.findall("value")])
            for attribute in root.iterfind("attributeGroups/group/attributeValues/attribute")}


def test_the_fact_sheet_has_every_attribute_with_its_data_type(demo_store: Store) -> None:
    with demo_store.reading() as session:
        found = attributes(fact_sheet_xml(session, PROCESS_ID))
    assert found["name"] == ("text", ["Fahrerlaubnis: Ersterteilung (Klasse B)"])
    assert found["description"][0] == "richtext" and "Bürgerbüro" in found["description"][1][0]
    assert found["tags"] == ("tags", ["Führerschein", "Bürgerbüro", "Kreis-Stadt"])
    assert found["registerKey"] == ("text", ["EN-FS-001"])
    assert found["caseVolume"] == ("text", ["2400"])
    assert found["owner"] == ("text", ["Ennepe-Ruhr-Kreis"]) and found["leadOrganisation"] == ("text", ["Stadt Witten"])
    assert set(found) == {"name", "description", "registerKey", "productArea", "leikaKey", "status", "caseVolume",
                          "legalBasis", "tags", "owner", "leadOrganisation"}


def test_values_are_escaped_and_control_characters_dropped(demo_store: Store) -> None:
    hostile = 'A & B <c> "d" \'e\' ]]> &amp; <!DOCTYPE x> \x01\x0b ÄÖÜ'
    Editor(demo_store).apply(Update(Process, PROCESS_ID, name=hostile, description=NASTY, tags="<x>, a&b"))
    with demo_store.reading() as session:
        data = fact_sheet_xml(session, PROCESS_ID)
    found = attributes(data)
    assert found["name"][1] == [hostile.replace("\x01", "").replace("\x0b", "")]
    assert found["description"][1] == [NASTY]
    assert found["tags"][1] == ["<x>", "a&b"]
    assert b"<!DOCTYPE" not in data.replace(b"&lt;!DOCTYPE", b"")


def test_export_writes_one_file_or_a_zip_of_several(demo_store: Store, tmp_path: Path) -> None:
    single = export_picxml(demo_store, PROCESS_ID[:8], tmp_path / "fs.xml")
    assert attributes(single.read_bytes())["registerKey"] == ("text", ["EN-FS-001"])
    bundle = export_picxml_many(demo_store, [PROCESS_ID], tmp_path / "sheets.zip")
    with zipfile.ZipFile(bundle) as archive:
        assert archive.namelist() == ["EN-FS-001.xml"]
        assert attributes(archive.read("EN-FS-001.xml"))["name"][0] == "text"
