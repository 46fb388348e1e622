"""The zoomable process map in the window: levels of detail, search, double-click."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from helpers.map_register import fill_map_register
from werkstatt.model import Process
from werkstatt.ui.register.map_view import BOXES_FROM, NAMES_FROM, ProcessMapView


@pytest.fixture
def view(store, qtbot):
    fill_map_register(store, 600)
    with store.session() as session:
        session.add(Process(name="Ausnahmegenehmigung Schwertransport", product_area="02 Sicherheit und Ordnung",
                            status="modelled"))
    widget = ProcessMapView(store)
    qtbot.addWidget(widget)
    # The query runs in the background: the widget is there before the map is.
    assert widget.positions == {} and widget.found.text() != ""
    with qtbot.waitSignal(widget.loaded, timeout=10_000) as loaded:
        widget.resize(900, 600)
        widget.show()
    assert loaded.args == [601] and widget.found.text() == ""
    qtbot.waitExposed(widget)
    return widget


def paint(view: ProcessMapView) -> tuple[int, int]:
    """Draw the viewport now; how many boxes and names the areas drew (areas out of view draw nothing)."""
    for item in view.canvas.areas:
        item.painted = item.painted_names = 0
    view.canvas.viewport().grab()
    return (sum(item.painted for item in view.canvas.areas), sum(item.painted_names for item in view.canvas.areas))


def test_one_item_per_area_and_the_detail_grows_with_the_zoom(view) -> None:
    assert len(view.canvas.areas) == 6 and len(view.positions) == 601
    view.canvas.zoom_by(0.05 / view.canvas.zoom())
    assert paint(view) == (0, 0)  # zoomed out: blocks with counts only
    view.canvas.zoom_by((BOXES_FROM + NAMES_FROM) / 2 / view.canvas.zoom())
    boxes, names = paint(view)
    assert boxes > 0 and names == 0
    view.canvas.zoom_by(1 / view.canvas.zoom())
    boxes, names = paint(view)
    # Only what is in view: a 900×600 window holds a few dozen boxes at full size, not 601.
    assert 0 < names == boxes < 80


def test_search_highlights_and_zooms_to_the_match_and_a_double_click_opens_it(view, qtbot) -> None:
    with qtbot.waitSignal(view.matchesChanged, timeout=3000) as found:
        view.search.setText("schwertransport")  # the library's search: any case
    assert found.args == [1]
    [process_id] = view.matched
    item, index = view.positions[process_id]
    assert item.matches == {index} and all(not other.matches for other in view.canvas.areas if other is not item)
    assert view.canvas.zoom() >= NAMES_FROM
    box = view.box_of(process_id)
    point = view.canvas.mapFromScene(box.center())
    assert view.canvas.viewport().rect().contains(point)
    with qtbot.waitSignal(view.openProcessRequested, timeout=1000) as opened:
        qtbot.mouseDClick(view.canvas.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert opened.args == [process_id]
    gap = view.canvas.mapFromScene(box.bottomRight()) + type(point)(3, 3)  # between two boxes: nothing
    with qtbot.assertNotEmitted(view.openProcessRequested):
        qtbot.mouseDClick(view.canvas.viewport(), Qt.MouseButton.LeftButton, pos=gap)


def test_a_wider_search_marks_every_match_and_clearing_it_marks_none(view, qtbot) -> None:
    view.search.setText("Wohngeld")
    view.run_search()
    assert len(view.matched) == 100 and sum(len(item.matches) for item in view.canvas.areas) == 100
    view.search.clear()
    view.run_search()
    assert view.matched == [] and not any(item.matches for item in view.canvas.areas) and view.found.text() == ""


def test_enter_in_the_dialogs_search_field_goes_to_the_next_match(store, qtbot) -> None:
    """Seen under Xvfb: Enter also pressed the dialog's default button ("Whole map") and undid the zoom."""
    from werkstatt.ui.register.map_dialog import ProcessMapDialog

    fill_map_register(store, 200)
    dialog = ProcessMapDialog(store)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.view.loaded, timeout=10_000):
        dialog.resize(900, 600)
        dialog.show()
    view = dialog.view
    with qtbot.waitSignal(view.matchesChanged, timeout=3000) as found:
        view.search.setText("a")
    assert found.args[0] > 1
    view.search.setFocus()
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert not view.canvas.whole and view.canvas.zoom() >= NAMES_FROM and view.current == 0
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert view.current == 1 and dialog.isVisible()


def test_an_empty_register_says_so_instead_of_a_blank_map(store, qtbot) -> None:
    widget = ProcessMapView(store)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.loaded, timeout=10_000) as loaded:
        widget.show()
    assert loaded.args == [0] and widget.found.text() != ""
