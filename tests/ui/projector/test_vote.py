"""The vote on the projector: progress while open, the ranking after the reveal, heat and leaders beside the diagram."""

from __future__ import annotations

import math

import pytest

from werkstatt.demo import ROUND_ID
from werkstatt.edits.voting import reopen_round, reveal_round
from werkstatt.i18n import tr
from werkstatt.render.qt import BADGE_RADIUS, vote_badge_radius
from werkstatt.ui.capture.live_diagram import LiveDiagram
from werkstatt.ui.projector.controller import MODES
from werkstatt.voting.results import tally
from werkstatt.voting.rounds import read_round

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def live(demo_workspace):
    live = LiveDiagram(demo_workspace)
    yield live
    live.scene.clear()


@pytest.fixture
def controller(demo_workspace, live, show_projector):
    controller = show_projector(demo_workspace, live.scene, console_size=(800, 500))
    controller.window.resize(1920, 1080)
    return controller


def ranking(workspace) -> list[tuple[str, str]]:
    with workspace.reading() as session:
        result = tally(read_round(session, ROUND_ID))
    return [(f"{item.rank}.", item.label) for item in result.items]


def test_the_vote_page_shows_progress_while_open_and_the_ranking_after_the_reveal(controller, demo_workspace,
                                                                                   qtbot) -> None:
    assert "vote" in MODES
    window, page = controller.window, controller.window.vote_page
    demo_workspace.select_round(ROUND_ID)
    controller.mode_vote_action.trigger()
    assert window.mode == "vote" and window.current_page() is page and controller.mode_vote_action.isChecked()

    demo_workspace.apply(reopen_round(ROUND_ID))
    screen = page.screen
    assert screen.state == "open" and not screen.shows_results and screen.bars == ()
    assert screen.progress and screen.title == "Welche Schwachstellen sollen wir zuerst angehen?"
    page.grab()  # it paints without a count: there is none to paint

    demo_workspace.apply(reveal_round(ROUND_ID))
    screen = page.screen
    assert screen.state == "closed" and screen.shows_results
    assert [(bar.rank_label, bar.label) for bar in screen.bars] == ranking(demo_workspace)
    assert screen.bars[0].rank_label == screen.bars[1].rank_label == "1."  # the demo's tie stays a tie
    assert screen.note  # five organisations, too small for a breakdown: said, not shown
    assert screen.turnout == tr("VotingProgress", "{voters} of {eligible} voted", voters=7, eligible=7)
    page.grab()
    assert page.hidden_rows == 0  # at 1920×1080 all seven pain points fit

    demo_workspace.undo_stack.undo()  # the reveal
    assert page.screen.state == "open" and not page.screen.shows_results
    demo_workspace.select_round(None)
    assert page.screen.state == "none"


def test_rows_that_do_not_fit_are_counted_not_shrunk(controller, demo_workspace, qtbot) -> None:
    demo_workspace.select_round(ROUND_ID)
    controller.set_mode("vote")
    window, page = controller.window, controller.window.vote_page
    controller.set_room(12.0, 1.0)  # a deep room: large minimum font
    window.resize(1280, 720)
    page.grab()
    assert page.body_px() >= window.min_font_px()
    assert 0 < page.hidden_rows < len(page.screen.bars)


def test_diagram_badges_scale_with_the_votes(live, demo_workspace) -> None:
    scene = live.scene
    with demo_workspace.reading() as session:
        result = tally(read_round(session, ROUND_ID))
    by_step = {item.step_id: round(item.total) for item in result.items}
    items = {step_id: scene.step_item(step_id) for step_id in by_step}
    assert {step_id: item.votes for step_id, item in items.items()} == by_step
    top, least = max(by_step, key=by_step.get), min(by_step, key=by_step.get)
    assert items[top].badge_radius() == pytest.approx(2 * BADGE_RADIUS)  # the cap: four times the area
    assert items[least].badge_radius() == BADGE_RADIUS  # no smaller than the plain badge: its digit fits
    three = next(step for step, votes in by_step.items() if votes == 3)
    assert math.pi * items[three].badge_radius() ** 2 == pytest.approx(math.pi * (2 * BADGE_RADIUS) ** 2 * 3 / 8)
    bounds = items[top].boundingRect()
    shape = items[top].box.shape
    assert bounds.right() >= shape.right + vote_badge_radius(1.0) and bounds.top() <= shape.y - vote_badge_radius(1.0)

    demo_workspace.apply(reopen_round(ROUND_ID))  # open again: the heat goes until the next reveal
    assert all(item.votes is None and item.heat == 0 for item in items.values())
    assert not scene.shows_votes()
    assert items[top].marker == 1  # the plain pain point badge is back
    demo_workspace.undo_stack.undo()
    assert items[top].votes == by_step[top] and scene.shows_votes()


def test_the_top_items_stand_beside_the_diagram(controller, demo_workspace, live, qtbot) -> None:
    window = controller.window
    view = window.diagram_view
    panel = view.top_panel
    assert window.mode == "diagram" and panel.isVisible()
    assert [(item.rank_label, item.label) for item in panel.items] == ranking(demo_workspace)[:3]
    # The diagram is fitted left of the panel: the viewport ends where the panel starts.
    assert view.viewport().geometry().right() < panel.geometry().left() + 1
    assert panel.geometry().right() == view.width() - 1 and panel.width() == view.panel_width() > 0
    assert panel.font_px >= window.min_font_px()
    image = view.grab()
    assert not image.isNull() and panel.hidden_rows == 0

    demo_workspace.apply(reopen_round(ROUND_ID))
    assert not panel.isVisible() and view.viewport().width() == view.width()
    demo_workspace.undo_stack.undo()
    assert panel.isVisible() and len(panel.items) == 3
