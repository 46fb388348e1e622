"""The analysis of stored models: each lane costed with its organisation's rates; the CLI around it."""

from __future__ import annotations

import json
from pathlib import Path

from werkstatt.analysis.stored import analyse_stored
from werkstatt.demo import MODEL_ID, create_demo
from werkstatt.edits import Editor
from werkstatt.edits.rates import SetRate
from werkstatt.queries import model_view


def lane_rates(editor: Editor) -> dict[str, float]:
    with editor.reading() as session:
        result = analyse_stored(session, model_view(session, MODEL_ID))
    return {lane.name: lane.hourly_rate.value for lane in result.lanes}


def test_each_lane_uses_its_organisations_rates(editor: Editor) -> None:
    create_demo(editor.store)
    rates = lane_rates(editor)
    assert rates["Fahrerlaubnisbehörde EN-Kreis"] == 64.10  # the Kreis' own override
    assert rates["Bürgerbüro Witten"] == 57.26  # KGSt default for E 8
    assert rates["Antragsteller/in"] == 0.0  # no pay grade, no default rate: 0 €, with a note
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
