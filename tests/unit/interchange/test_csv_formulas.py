"""Formula-looking CSV cells are neutralised in every dialect, unless ``--raw`` (issue 21, item 13).

Also: vote results are found by the same id prefixes as everything else.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from sqlalchemy import select

from werkstatt.demo import ROUND_ID, WORKSHOP_ID, create_demo
from werkstatt.edits import Editor, Update
from werkstatt.errors import NotFoundError
from werkstatt.interchange.csv_export import neutralise
from werkstatt.model import PainPoint
from werkstatt.store.database import Store, open_store
from werkstatt.voting.cli import find_round, round_result
from werkstatt.voting.results import tally
from werkstatt.voting.rounds import read_round

DANGEROUS = ["=cmd|' /C calc'!A0", "+SUM(1;2)", "-2+3+cmd|' /C calc'!A0", "@SUM(A1:A9)", "\t=1+1", "\r=1+1",
             "=HYPERLINK(\"http://example.org\";\"klick\")", "-", "+", "-3,5 €", "--1"]
HARMLESS = ["Antrag prüfen", "", "3-fach ausdrucken", "'schon geschützt", "-3,5", "-3.5", "+7", "-1.234,50",
            "42", "Summe = 3"]


@pytest.mark.parametrize("text", DANGEROUS)
def test_formula_looking_text_gets_an_apostrophe(text: str) -> None:
    assert neutralise(text) == "'" + text


@pytest.mark.parametrize("text", HARMLESS)
def test_plain_text_and_plain_numbers_stay_as_they_are(text: str) -> None:
    assert neutralise(text) == text


def pain_point_cells(path: Path, delimiter: str) -> dict[str, str]:
    """Pain point id → the text cell, read back as a program would."""
    rows = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline=""), delimiter=delimiter))
    return {row[-1]: row[6] for row in rows[1:]}


def set_pain_points(db: Path, texts: list[str]) -> list[str]:
    store = open_store(db)
    try:
        with store.reading() as session:
            ids = list(session.scalars(select(PainPoint.id).where(PainPoint.workshop_id == WORKSHOP_ID)
                                       .order_by(PainPoint.id)))[: len(texts)]
        editor = Editor(store)
        for point_id, text in zip(ids, texts, strict=True):
            editor.apply(Update(PainPoint, point_id, text=text))
        return ids
    finally:
        store.close()


@pytest.mark.parametrize(("dialect", "delimiter"), [("rfc4180", ","), ("excel-de", ";")])
def test_the_command_neutralises_in_every_dialect_and_raw_keeps(cli, demo_db: Path, tmp_path: Path,
                                                                 dialect: str, delimiter: str) -> None:
    texts = ["=cmd|' /C calc'!A0", "+SUM(1;2)", "-3,5", "@Nutzer fragen"]
    ids = set_pain_points(demo_db, texts)
    guarded, raw = tmp_path / "guarded.csv", tmp_path / "raw.csv"
    assert cli("export", "csv", "pain-points", WORKSHOP_ID[:8], "--dialect", dialect, "--out", str(guarded),
               db=demo_db).returncode == 0
    assert cli("export", "csv", "pain-points", WORKSHOP_ID[:8], "--dialect", dialect, "--raw", "--out", str(raw),
               db=demo_db).returncode == 0
    cells, unchanged = pain_point_cells(guarded, delimiter), pain_point_cells(raw, delimiter)
    assert [cells[i] for i in ids] == ["'=cmd|' /C calc'!A0", "'+SUM(1;2)", "-3,5", "'@Nutzer fragen"]
    assert [unchanged[i] for i in ids] == texts


def test_vote_results_accept_an_id_prefix(store: Store) -> None:
    create_demo(store)
    with store.reading() as session:
        full = tally(read_round(session, ROUND_ID))
        for given in (ROUND_ID[:4], ROUND_ID[:8], ROUND_ID[:8].upper(), f" {ROUND_ID} "):
            assert find_round(session, given).id == ROUND_ID
            assert round_result(session, given) == full
        with pytest.raises(NotFoundError) as missing:
            round_result(session, "no-such-round")
        assert "no-such-round" in missing.value.message
        with pytest.raises(NotFoundError):
            round_result(session, ROUND_ID[:3])  # too short to be a prefix


def test_csv_of_votes_uses_the_same_resolver(cli, demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "votes.csv"
    assert cli("export", "csv", "votes", ROUND_ID[:6], "--out", str(out), db=demo_db).returncode == 0
    refused = cli("export", "csv", "votes", "zzzz", "--out", str(out), db=demo_db)
    assert refused.returncode != 0 and "zzzz" in refused.stderr and "Traceback" not in refused.stderr
