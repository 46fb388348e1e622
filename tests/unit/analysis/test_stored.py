"""The analysis of stored models: each lane costed with its organisation's rates; the CLI around it."""

from __future__ import annotations

import json
from pathlib import Path

from werkstatt.analysis.stored import analyse_stored
from werkstatt.demo import MODEL_ID, create_demo
from werkstatt.edits import Editor
from werkstatt.edits.rates import SetRate
from werkstatt.read.model import model_view


def lane_rates(editor: Editor) -> dict[str, float | None]:
    with editor.reading() as session:
        result = analyse_stored(session, model_view(session, MODEL_ID))
    return {lane.name: lane.hourly_rate.value if lane.hourly_rate else None for lane in result.lanes}


def test_each_lane_uses_its_organisations_rates(editor: Editor) -> None:
    create_demo(editor.store)
    rates = lane_rates(editor)
    assert rates["Fahrerlaubnisbehörde EN-Kreis"] == 64.10  # the Kreis' own override
    assert rates["Bürgerbüro Witten"] == 57.26  # KGSt default for E 8
    assert rates["Antragsteller/in"] is None  # an outside party: its time is not costed at all
    assert rates["Bundesdruckerei"] == 0.0  # no organisation, no pay grade, no default rate: 0 €, with a note
    editor.apply(SetRate(None, "rate:E 8", 59.0, "Haushalt 2027"))
    assert lane_rates(editor)["Bürgerbüro Witten"] == 59.0
    editor.undo()
    assert lane_rates(editor)["Bürgerbüro Witten"] == 57.26


def test_analyse_and_compare_on_the_command_line(cli, tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite"
    assert cli("demo", db=db).returncode == 0
    figures = json.loads(cli("analyse", MODEL_ID, "--json", db=db).stdout)
    assert figures["case_volume"] == 2400 and figures["fte"] > 0 and figures["notes"]
    same = json.loads(cli("compare", MODEL_ID, MODEL_ID, "--json", db=db).stdout)
    assert same["hours_saved"] == 0
    text = cli("analyse", MODEL_ID, db=db)
    assert text.returncode == 0 and "2.400" in text.stdout
    unknown = cli("analyse", "nope", db=db)
    assert unknown.returncode == 1 and "nope" in unknown.stderr and "Traceback" not in unknown.stderr
    assert cli("compare", MODEL_ID, db=db).returncode == 2


def test_variants_of_one_process_side_by_side(cli, tmp_path: Path) -> None:
    from werkstatt.capture import catalogue
    from werkstatt.capture.session import CaptureSession
    from werkstatt.demo import PROCESS_ID, PROCESS_LINES
    from werkstatt.edits import Create, InTransaction
    from werkstatt.model import Organisation, ProcessModel
    from werkstatt.store.database import open_store

    db = tmp_path / "demo.sqlite"
    assert cli("demo", db=db).returncode == 0
    store = open_store(db)
    with store.session() as session:
        applier = InTransaction(session)
        hattingen = session.query(Organisation).filter_by(short_name="Hattingen").one().id
        model = applier.apply(Create(ProcessModel, process_id=PROCESS_ID, name="Führerscheinantrag Hattingen (Ist)",
                                     kind="ist", organisation_id=hattingen))
        capture = CaptureSession(applier, model.id, catalogue=catalogue.load_default())
        lines = [line.replace("Bürgerbüro Witten", "Bürgerbüro Hattingen") for line in PROCESS_LINES.splitlines()
                 if "Gebühr kassieren" not in line]
        lines.insert(3, "Terminbuchung online prüfen (2 min)")
        for number, line in enumerate(lines, start=1):
            capture.enter_line(line, number)
    store.close()
    table = json.loads(cli("variants", PROCESS_ID, "--json", db=db).stdout)
    assert [v["organisation"] for v in table["variants"]] == ["Witten", "Hattingen"]
    assert table["only_in"] == {"Witten": ["Gebühr kassieren"], "Hattingen": ["Terminbuchung online prüfen"]}
    text = cli("variants", PROCESS_ID, db=db)
    assert text.returncode == 0 and "Witten" in text.stdout and "Hattingen" in text.stdout
    unknown = cli("variants", "nope", db=db)
    assert unknown.returncode == 1 and "nope" in unknown.stderr
