"""A hidden panel does no work on a capture, and one captured step costs the same queries at any size."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDockWidget, QWidget
from sqlalchemy import event

from helpers.scripts import load_script
from werkstatt.ui.common.when_shown import WhenShown


def test_a_hidden_widget_reads_once_when_shown_and_a_delayed_one_once_for_a_burst(qtbot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    reads = []
    when = WhenShown(widget, lambda: reads.append(1))
    when.request()
    when.request()
    assert reads == [] and when.stale  # hidden: nothing read, yet
    widget.show()
    qtbot.waitExposed(widget)
    assert reads == [1] and not when.stale
    when.request()
    assert reads == [1, 1]  # shown: at once

    delayed_reads = []
    delayed = WhenShown(widget, lambda: delayed_reads.append(1), delay_ms=30)
    for _ in range(5):
        delayed.request()
    assert delayed_reads == []  # not inside the frame that shows the change
    qtbot.waitUntil(lambda: delayed_reads == [1])
    qtbot.wait(80)
    assert delayed_reads == [1]


def test_a_hidden_widget_whose_data_is_wanted_all_the_same_reads_at_once(qtbot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    reads, wanted = [], [False]
    when = WhenShown(widget, lambda: reads.append(1), wanted=lambda: wanted[0])
    when.request()
    assert reads == []
    wanted[0] = True  # e.g. the analysis marks the diagram with its dock closed
    when.request()
    assert reads == [1]


def model_of(workspace, steps: int) -> str:
    """A workshop with a process of ``steps`` captured steps in five lanes: the console benchmark's."""
    return load_script("benchmarks/bench_console.py").build_model(workspace.store, steps)


def statements_per_line(main, lines: int = 3) -> list[int]:
    """Statements the database saw for each captured line, until every view has handled it."""
    counts = []
    engine = main.workspace.store.engine

    def count(*_args) -> None:
        counts[-1] += 1

    event.listen(engine, "before_cursor_execute", count)
    try:
        for i in range(lines):
            counts.append(0)
            main.capture.submit(f"Fachamt: Neuer Schritt {i} (10 min)" if i == 0 else f"Weiterer Schritt {i}")
            QApplication.processEvents()
    finally:
        event.remove(engine, "before_cursor_execute", count)
    return counts


def test_one_captured_step_costs_the_same_queries_at_20_and_at_200_steps(workspace, show_main_window) -> None:
    small = model_of(workspace, 20)
    large = model_of(workspace, 200)
    main = show_main_window(workspace, size=(1600, 950))
    counts = {}
    for steps, workshop_id in ((20, small), (200, large)):
        main.open_workshop(workshop_id)
        QApplication.processEvents()
        counts[steps] = statements_per_line(main)[1:]  # the first line after opening builds the capture state
    # The commit (the step, its flow, the sync's bookkeeping) and the patched snapshot; no read per panel.
    # 15 until the first redo of a new row stopped asking whether it exists, 13 until quick entry stopped
    # reading the lane it typed into last.
    assert max(counts[20]) <= 12, counts
    assert max(counts[200]) <= max(counts[20]), counts


def test_hidden_panels_do_no_work_on_a_capture(workspace, show_main_window, qtbot, monkeypatch) -> None:
    workshop_id = model_of(workspace, 30)
    main = show_main_window(workspace, size=(1600, 950))
    main.open_workshop(workshop_id)
    for dock in main.findChildren(QDockWidget):
        if dock.objectName() in ("dock-analysis", "dock-register", "dock-voting", "dock-protocol"):
            dock.hide()
    qtbot.wait(50)
    work = []
    monkeypatch.setattr(main.analysis_panel, "_analyse", lambda *args: work.append("analysis"))
    monkeypatch.setattr(main.register_panel, "load_if_changed", lambda *args: work.append("register"))
    main.capture.submit("Fachamt: Bescheid schreiben (20 min)")
    qtbot.wait(400)  # longer than the analysis waits after a frame
    assert work == []
    main.findChild(QDockWidget, "dock-analysis").show()
    qtbot.waitUntil(lambda: work == ["analysis"])  # shown again: it reads once
