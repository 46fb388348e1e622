"""The shared widget helpers of ui/common: the background task, the row model, numbers and dates."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from werkstatt import i18n
from werkstatt.errors import Cancelled, WerkstattError
from werkstatt.ui.common.background import start_task
from werkstatt.ui.common.locale import number, parse_number, qt_date_format
from werkstatt.ui.common.roles import ROW_ROLE
from werkstatt.ui.common.rows import RowsModel


@dataclass(frozen=True)
class Row:
    id: str
    name: str
    count: int


@pytest.fixture
def window(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def run(qtbot, window: QWidget, work, **callbacks) -> dict[str, list]:
    """Start ``work`` and wait until its cleanup ran; what each callback got, by name."""
    seen: dict[str, list] = {"success": [], "failure": [], "cancel": [], "finished": []}
    options = {"on_cancel": lambda text: seen["cancel"].append(text)} if callbacks.get("with_cancel") else {}
    if "unexpected" in callbacks:
        options["unexpected"] = callbacks["unexpected"]
    task = start_task(window, "Title", "Working…", work, on_success=seen["success"].append,
                      on_failure=seen["failure"].append, on_finished=lambda: seen["finished"].append(True),
                      **options)
    assert task.dialog is not None
    qtbot.waitUntil(lambda: seen["finished"] == [True], timeout=10000)
    return seen


def test_a_result_reaches_on_success_and_the_progress_may_say_a_sentence(qtbot, window) -> None:
    def work(progress, cancelled):
        progress(1, 2)  # the text may be left out (the protocol's writer reports so)
        progress.say("The register is busy; waiting…")
        progress(2, 2, "Done")
        return 42

    assert run(qtbot, window, work) == {"success": [42], "failure": [], "cancel": [], "finished": [True]}


def test_a_refusal_is_its_sentence_and_a_cancel_is_empty_or_its_own_sentence(qtbot, window) -> None:
    def refused(_progress, _cancelled):
        raise WerkstattError("The file is not a BPMN file.")

    def stopped(_progress, _cancelled):
        raise Cancelled("Nothing was changed.")

    assert run(qtbot, window, refused)["failure"] == ["The file is not a BPMN file."]
    assert run(qtbot, window, stopped)["failure"] == [""]
    with_cancel = run(qtbot, window, stopped, with_cancel=True)
    assert with_cancel["cancel"] == ["Nothing was changed."] and with_cancel["failure"] == []


def test_an_unexpected_fault_becomes_a_sentence_when_asked_for(qtbot, window) -> None:
    def broken(_progress, _cancelled):
        raise KeyError("B5")

    seen = run(qtbot, window, broken, unexpected=lambda error: f"It failed: {error}")
    assert seen["failure"] == ["It failed: 'B5'"] and seen["success"] == []


def test_the_row_model_shows_columns_and_keeps_its_rows_when_only_values_change(qtbot) -> None:
    model = RowsModel([("Name", lambda row: row.name), ("Count", lambda row: row.count)])
    model.set_rows([Row("a", "Anna", 3), Row("b", None, 12)])
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Count"
    assert model.index(0, 0).data() == "Anna" and model.index(1, 0).data() == ""
    assert model.index(1, 1).data() == 12 and model.index(1, 1).data(ROW_ROLE) == Row("b", None, 12)
    assert model.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) is not None  # numbers to the right
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.update_rows([Row("a", "Anna", 4), Row("b", "Bea", 12)])
    assert resets == [] and model.index(0, 1).data() == 4  # same rows: the views keep their selection
    model.update_rows([Row("b", "Bea", 12)])
    assert resets == [True] and model.row_number("b") == 0 and model.row_number("a") is None


def test_numbers_and_dates_follow_the_language() -> None:
    assert number(1561.0) == "1.561" and number(320, 1) == "320,0" and qt_date_format() == "dd.MM.yyyy"
    assert parse_number("63,02 €") == pytest.approx(63.02)
    i18n.set_language("en")
    assert number(1561.5, 1) == "1,561.5" and qt_date_format() == "yyyy-MM-dd"
