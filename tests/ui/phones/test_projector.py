"""The projector for a round open for phones: the QR code of the join address, the address, the code, the count."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWidget

from helpers.phones_gui import prepare_phones_round, snapshot_of
from werkstatt.edits.room import JoinByPhone, SetBallot
from werkstatt.edits.voting import open_round, reveal_round
from werkstatt.i18n import tr
from werkstatt.ui.capture.live_diagram import LiveDiagram
from werkstatt.ui.phones.bridge import RoomController
from werkstatt.ui.projector.controller import ProjectorController
from werkstatt.ui.projector.vote import QR_QUIET_ZONE, VotePage, qr_modules, read_vote_screen
from werkstatt.ui.settings import Settings
from werkstatt.voting.display import PhoneAccess, vote_screen, voted_line
from werkstatt.voting.results import tally

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

URL = "http://192.168.178.23:8730/r/3UDGUQ"


def voted(workspace, round_id: str, phones: int, ballots: int) -> None:
    option = snapshot_of(workspace, round_id).options[0].id
    for n in range(phones):
        join = JoinByPhone(round_id)
        workspace.apply_from_room(join, undoable=False)
        if n < ballots:
            workspace.apply_from_room(SetBallot(round_id, join.token, {(option, "dots"): 1}), undoable=True)


def test_the_open_screen_of_a_phones_round_shows_the_way_in_and_the_count_only(demo_workspace) -> None:
    round_id = prepare_phones_round(demo_workspace)
    demo_workspace.apply(open_round(round_id))
    voted(demo_workspace, round_id, phones=3, ballots=2)
    snapshot = snapshot_of(demo_workspace, round_id)
    access = PhoneAccess(round_id, URL, "192.168.178.23:8730", "3UDGUQ")

    screen = vote_screen(snapshot, tally(snapshot), access)
    assert screen.join_url == URL and screen.join_address == "192.168.178.23:8730"
    assert screen.join_code == tr("VoteScreen", "Code: {code}", code="3UDGUQ")
    assert screen.progress == voted_line(snapshot) == tr("VoteScreen", "{finished} of {total} have voted",
                                                         finished=2, total=3)
    assert screen.voters == () and not screen.shows_results  # anonymous phones, no totals before the reveal

    elsewhere = vote_screen(snapshot, tally(snapshot), PhoneAccess("another round", URL, "x:1", "AAAAAA"))
    closed_room = vote_screen(snapshot, tally(snapshot), None)
    for screen in (elsewhere, closed_room):
        assert screen.join_url == "" and screen.progress == voted_line(snapshot)
        assert screen.heading == tr("VoteScreen", "Voting is open, but not yet for the phones")

    demo_workspace.apply(reveal_round(round_id))
    revealed = snapshot_of(demo_workspace, round_id)
    assert vote_screen(revealed, tally(revealed), access).join_url == ""  # after the reveal: the result


def dark(image: QImage, x: float, y: float) -> bool:
    return QColor(image.pixel(int(x), int(y))).lightness() < 60


def test_the_vote_page_paints_a_readable_qr_code_beside_code_and_count(qtbot) -> None:
    from werkstatt.voting.display import VoteScreen

    page = VotePage()
    qtbot.addWidget(page)
    page.resize(1280, 720)
    screen = VoteScreen("Was zuerst?", "3 Punkte pro Person", "open", method="dots", heading="Code scannen",
                        progress="2 von 3 haben abgestimmt", join_url=URL, join_address="192.168.178.23:8730",
                        join_code="Code: 3UDGUQ")
    page.set_screen(screen)
    image = page.grab().toImage()
    rect = page.qr_rect
    modules = qr_modules(URL)
    count = len(modules) + 2 * QR_QUIET_ZONE
    assert rect.width() >= 300 and rect.right() <= 1280 and rect.bottom() <= 720
    module = rect.width() / count
    # Every module where the code says: dark ones dark, light ones light (the quiet zone too).
    for row in range(-QR_QUIET_ZONE, len(modules) + QR_QUIET_ZONE, 3):
        for column in range(-QR_QUIET_ZONE, len(modules) + QR_QUIET_ZONE, 3):
            inside = 0 <= row < len(modules) and 0 <= column < len(modules)
            x = rect.left() + (column + QR_QUIET_ZONE + 0.5) * module
            y = rect.top() + (row + QR_QUIET_ZONE + 0.5) * module
            assert dark(image, x, y) == (inside and modules[row][column]), (row, column)
    left_of_code = image.copy(0, int(rect.top()), int(rect.left()), int(rect.height()))
    assert any(dark(left_of_code, x, y) for x in range(0, left_of_code.width(), 4)
               for y in range(0, left_of_code.height(), 4))  # the code, the address and the count are painted


def test_the_projector_follows_the_room_and_the_count_live(demo_workspace, qtbot) -> None:
    live = LiveDiagram(demo_workspace)
    room = RoomController(demo_workspace, port=0)
    console = QWidget()
    qtbot.addWidget(console)
    controller = ProjectorController(demo_workspace, live.scene, Settings(), console)
    qtbot.addWidget(controller.window)
    try:
        controller.show_action.setChecked(True)
        qtbot.waitExposed(controller.window)
        controller.window.resize(1280, 720)
        controller.set_mode("vote")
        round_id = prepare_phones_round(demo_workspace)
        assert room.open_for_phones(round_id, "127.0.0.1")
        page = controller.window.vote_page
        assert page.screen.join_url == room.server.join_url
        assert room.room.code in page.screen.join_code and page.screen.join_address == room.address
        assert read_vote_screen(demo_workspace) == page.screen
        voted(demo_workspace, round_id, phones=2, ballots=1)
        assert page.screen.progress == tr("VoteScreen", "{finished} of {total} have voted", finished=1, total=2)
        qtbot.waitUntil(lambda: not page.qr_rect.isEmpty())
        room.close()
        assert page.screen.join_url == ""
    finally:
        room.close()
        controller.shutdown()
        live.scene.clear()
