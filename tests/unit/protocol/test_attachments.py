"""The protocol's Anlagen: each model's BPMN imports again as the same model, the CSVs and the package read."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from pathlib import Path

from sqlalchemy import select

from helpers.state import shape
from werkstatt.demo import MEASURES, PARTICIPANTS, WORKSHOP_ID
from werkstatt.edits import AddAgendaItem, AddMeasure, AddPainPoint, Create, Editor
from werkstatt.interchange.bpmn_import import import_bpmn
from werkstatt.interchange.package_read import read_package
from werkstatt.model import PainPoint, ProcessModel
from werkstatt.protocol.attachments import NAME_LIMIT, ascii_name, protocol_attachments
from werkstatt.read.workshops import workshop_models
from werkstatt.store.database import open_store


def attachments(editor: Editor, **options):
    with editor.reading() as session:
        return protocol_attachments(session, WORKSHOP_ID, **options)


def test_every_bpmn_reimports_to_the_same_model(demo: Editor, tmp_path: Path) -> None:
    files = attachments(demo)
    with demo.reading() as session:
        models = workshop_models(session, WORKSHOP_ID)
    bpmn = [f for f in files if f.name.endswith(".bpmn")]
    assert [f.name for f in bpmn] == ["01-Fuehrerscheinantrag-Ist.bpmn"] and len(models) == 1
    assert all(f.media_type == "application/xml" and f.relationship == "Source" for f in bpmn)
    fresh = open_store(tmp_path / "fresh.sqlite")
    try:
        for model, attached in zip(models, bpmn, strict=True):
            imported = import_bpmn(fresh, attached.data, source_name=attached.name).model_id
            original, again = shape(demo.store, model.id), shape(fresh, imported)
            assert again == original
            assert len(original[1]) == 21 and sum(original[2].values()) >= 20  # the demo's steps, all of them
    finally:
        fresh.close()


def test_the_csvs_hold_the_pain_points_and_measures(demo: Editor) -> None:
    tables = [f for f in attachments(demo) if f.media_type == "text/csv"]
    assert len(tables) == 2 and all(f.relationship == "Data" and f.name.isascii() for f in tables)
    read = [list(csv.reader(io.StringIO(f.data.decode("utf-8-sig"), newline=""), delimiter=";")) for f in tables]
    with demo.reading() as session:
        pain_points = set(session.scalars(select(PainPoint.text).where(PainPoint.workshop_id == WORKSHOP_ID)))
    pain_rows, measure_rows = read
    assert "Schwachstelle" in pain_rows[0] and "Maßnahme" in measure_rows[0]  # excel-de: German headers
    column = pain_rows[0].index("Schwachstelle")
    assert {row[column] for row in pain_rows[1:]} == pain_points and len(pain_points) >= 6
    column = measure_rows[0].index("Maßnahme")
    assert [row[column] for row in measure_rows[1:]] == [text for text, *_rest in MEASURES]


def test_the_package_opens_with_the_package_reader(demo: Editor, tmp_path: Path) -> None:
    package = [f for f in attachments(demo) if f.name.endswith(".werkstatt")]
    assert len(package) == 1 and package[0].media_type == "application/zip"
    assert package[0].name == "Prozesswerkstatt-Fuehrerscheinantrag.werkstatt"
    path = tmp_path / package[0].name
    path.write_bytes(package[0].data)
    read = read_package(path)
    assert read.workshop_id == WORKSHOP_ID and read.workshop_title == "Prozesswerkstatt Führerscheinantrag"
    assert {row["name"] for row in read.rows["people"]} == {name for name, *_rest in PARTICIPANTS}
    assert len(read.rows["measures"]) == len(MEASURES)


def test_without_names_no_attachment_names_anyone(demo: Editor, tmp_path: Path) -> None:
    with demo.reading() as session:
        model_id = workshop_models(session, WORKSHOP_ID)[0].id
    # Names where the demo has none: a measure's owner and a pain point's text.
    demo.apply(AddMeasure("Abtippen abschaffen", workshop_id=WORKSHOP_ID, model_id=model_id,
                          owner="Erika Musterfrau"))
    demo.apply(AddPainPoint(model_id, "Herr Mustermann tippt jeden Antrag ab", workshop_id=WORKSHOP_ID))
    named = attachments(demo)
    anonymous = attachments(demo, names=False)
    assert any(b"Musterfrau" in f.data for f in named) and any(b"Mustermann" in f.data for f in named)
    assert not any(f.name.endswith(".werkstatt") for f in anonymous)  # the package is left out (see _package)
    assert sorted(f.name for f in anonymous) == sorted(f.name for f in named if not f.name.endswith(".werkstatt"))
    for attached in anonymous:
        text = attached.data.decode("utf-8-sig")
        for name, *_rest in PARTICIPANTS:
            for word in name.split():  # as a word: "Theo" is in "Theoretische Prüfung"
                assert not re.search(rf"\b{word}\b", text), (word, attached.name)
    bpmn = next(f for f in anonymous if f.name.endswith(".bpmn"))
    assert b"Sachgebietsleitung Fahrerlaubnisbeh" in bpmn.data  # the role stands where the name was
    fresh = open_store(tmp_path / "fresh.sqlite")
    try:
        imported = import_bpmn(fresh, bpmn.data, source_name=bpmn.name).model_id
        assert shape(fresh, imported)[:2] == shape(demo.store, model_id)[:2]  # still the same process
    finally:
        fresh.close()


def test_awkward_model_names_give_safe_unique_file_names(demo: Editor) -> None:
    names = ["Antrag / Bescheid", "Führerschein ändern (Soll)", "Ä" + "x" * 299, "Antrag / Bescheid", "???"]
    for name in names:
        model = demo.apply(Create(ProcessModel, name=name, kind="soll"))
        demo.apply(AddAgendaItem(WORKSHOP_ID, "TOP", process_model_id=model.id))
    files = [f.name for f in attachments(demo) if f.name.endswith(".bpmn")]
    assert files[1:-1] == ["02-Antrag-Bescheid.bpmn", "03-Fuehrerschein-aendern-Soll.bpmn",
                           "04-Ae" + "x" * (NAME_LIMIT - 2) + ".bpmn", "05-Antrag-Bescheid.bpmn"]
    assert re.fullmatch(r"06-[A-Za-z]+\.bpmn", files[-1])  # "Modell": a name of nothing but punctuation
    assert len(set(files)) == len(files)
    assert all(name.isascii() and "/" not in name and len(name) <= NAME_LIMIT + 8 for name in files)
    with zipfile.ZipFile(io.BytesIO(), "w") as archive:  # a name any archive (and file system) takes
        for name in files:
            archive.writestr(name, b"")


def test_ascii_name() -> None:
    assert ascii_name("Führerscheinantrag (Ist)", "x") == "Fuehrerscheinantrag-Ist"
    assert ascii_name("Straße – Café", "x") == "Strasse-Cafe"
    assert ascii_name("/../", "fallback") == "fallback"
    assert ascii_name("a" * 59 + " b", "x") == "a" * 59  # no hyphen left dangling at the cut
