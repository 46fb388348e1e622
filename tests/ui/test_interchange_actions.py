"""The window's import and export actions, end to end on the demo: files written, imports undoable or reported."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from werkstatt.demo import MODEL_ID
from werkstatt.model import ProcessModel, Step
from werkstatt.ui.interchange_actions import InterchangeActions

TIMEOUT_MS = 30_000


@pytest.fixture
def actions(demo_workspace, qtbot) -> tuple[InterchangeActions, list[str], list[str]]:
    from PySide6.QtWidgets import QWidget

    window = QWidget()
    qtbot.addWidget(window)
    informed: list[str] = []
    warned: list[str] = []
    made = InterchangeActions(demo_workspace, window, choose_open=lambda *_a: "", choose_save=lambda *_a: "",
                              inform=lambda _title, text: informed.append(text), warn=warned.append,
                              confirm=lambda text: informed.append(text) or True)
    return made, informed, warned


def finish(qtbot, task) -> None:
    """Until the task's thread has ended and its results have been delivered (the task is then deleted)."""
    assert task is not None
    finished: list[bool] = []
    task.destroyed.connect(lambda *_args: finished.append(True))
    qtbot.waitUntil(lambda: bool(finished), timeout=TIMEOUT_MS)


def count(workspace, cls) -> int:
    with workspace.reading() as session:
        return session.scalar(select(func.count()).select_from(cls))


def test_a_model_goes_out_as_bpmn_and_comes_back_as_an_undoable_copy(actions, demo_workspace, qtbot,
                                                                     tmp_path: Path) -> None:
    made, informed, warned = actions
    out = tmp_path / "demo.bpmn"
    finish(qtbot, made.export_bpmn(str(out)))
    assert out.read_bytes().startswith(b"<?xml") and warned == []
    models, steps = count(demo_workspace, ProcessModel), count(demo_workspace, Step)
    finish(qtbot, made.import_bpmn(str(out)))
    # The model is here already: asked, and imported as a copy with new ids.
    assert warned == [] and len(informed) == 2 and "Kopie" in informed[0]
    assert count(demo_workspace, ProcessModel) == models + 1
    assert count(demo_workspace, Step) > steps
    assert demo_workspace.model_id != MODEL_ID  # the imported model is open
    demo_workspace.undo_stack.undo()
    with demo_workspace.reading() as session:
        live = session.scalar(select(func.count()).select_from(ProcessModel).where(ProcessModel.deleted.is_(False)))
    assert live == models


def test_a_broken_bpmn_file_is_one_sentence_and_changes_nothing(actions, demo_workspace, qtbot,
                                                                tmp_path: Path) -> None:
    made, informed, warned = actions
    broken = tmp_path / "broken.bpmn"
    broken.write_text("<definitions><process><task id='a'", encoding="utf-8")
    steps = count(demo_workspace, Step)
    finish(qtbot, made.import_bpmn(str(broken)))
    assert len(warned) == 1 and "\n" not in warned[0] and "Traceback" not in warned[0]
    assert informed == [] and count(demo_workspace, Step) == steps


def test_a_workshop_package_round_trips_into_the_same_laptop_without_duplicates(actions, demo_workspace, qtbot,
                                                                                 tmp_path: Path) -> None:
    made, informed, warned = actions
    out = tmp_path / "demo.werkstatt"
    finish(qtbot, made.export_package(str(out)))
    assert out.exists() and warned == []
    steps = count(demo_workspace, Step)
    finish(qtbot, made.import_package(str(out)))
    assert warned == [] and len(informed) == 1
    assert count(demo_workspace, Step) == steps


def test_csv_and_picxml_are_written(actions, demo_workspace, qtbot, tmp_path: Path) -> None:
    made, _informed, warned = actions
    csv = tmp_path / "steps.csv"
    finish(qtbot, made.export_csv(str(csv), content="steps"))
    assert csv.read_bytes().startswith(b"\xef\xbb\xbf")  # German Excel reads UTF-8 only with the BOM
    picxml = tmp_path / "steckbrief.xml"
    finish(qtbot, made.export_picxml(str(picxml)))
    assert b"factSheet" in picxml.read_bytes()
    assert warned == []


def test_a_package_opened_from_the_file_manager_is_imported_only_when_the_user_agrees(demo_workspace, qtbot,
                                                                                     tmp_path: Path) -> None:
    from PySide6.QtWidgets import QWidget

    window = QWidget()
    qtbot.addWidget(window)
    answers: list[bool] = [False, True]
    asked: list[str] = []
    informed: list[str] = []
    made = InterchangeActions(demo_workspace, window, inform=lambda _title, text: informed.append(text),
                              warn=informed.append, confirm=lambda text: asked.append(text) or answers.pop(0))
    out = tmp_path / "Vom Kreis.werkstatt"
    finish(qtbot, made.export_package(str(out)))
    assert made.offer_package(str(out)) is None  # declined: nothing read
    assert "„Vom Kreis.werkstatt“" in asked[0] and informed == []
    finish(qtbot, made.offer_package(str(out)))
    assert len(asked) == 2 and len(informed) == 1 and "Traceback" not in informed[0]


def test_a_package_opened_on_an_empty_laptop_opens_its_workshop(demo_workspace, qtbot, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QWidget

    from werkstatt.demo import WORKSHOP_ID
    from werkstatt.store.database import open_store
    from werkstatt.ui.workspace import Workspace

    window = QWidget()
    qtbot.addWidget(window)
    out = tmp_path / "demo.werkstatt"
    finish(qtbot, InterchangeActions(demo_workspace, window).export_package(str(out)))
    empty = open_store(tmp_path / "empty.sqlite")
    try:
        laptop = Workspace(empty)
        informed: list[str] = []
        made = InterchangeActions(laptop, window, inform=lambda _title, text: informed.append(text),
                                  warn=informed.append, confirm=lambda _text: True)
        assert laptop.workshop_id is None
        finish(qtbot, made.offer_package(str(out)))
        assert laptop.workshop_id == WORKSHOP_ID and len(informed) == 1
    finally:
        empty.close()
