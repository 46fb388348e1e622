"""Hostile and broken requests to the phone server: each refused with a sentence, and nothing changed."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, select

from helpers.phones import PAGE, Phone, phone_round, serving
from werkstatt.demo import WORKSHOP_ID
from werkstatt.edits import Editor
from werkstatt.edits.voting import reveal_round
from werkstatt.model import Person, RoundVoter, Vote, Workshop
from werkstatt.phones.backend import StoreBackend
from werkstatt.phones.network import AddressError, check_host, is_local
from werkstatt.phones.room import PhoneRoom
from werkstatt.phones.server import VOTER_HEADER

pytestmark = pytest.mark.usefixtures("english")


def written(editor: Editor) -> tuple[list[tuple], int]:
    """Every vote row and the number of voters: what a refused request must leave as it was."""
    with editor.reading() as session:
        votes = sorted(session.execute(select(Vote.option_id, Vote.voter_token, Vote.criterion, Vote.value,
                                              Vote.deleted, Vote.revision)).all())
        return votes, session.scalar(select(func.count()).select_from(RoundVoter)) or 0


@pytest.fixture
def room(demo: Editor):
    round_id = phone_round(demo, dots_per_person=3, max_per_item=2)
    with serving(demo.store, round_id) as server:
        phone = Phone(server)
        assert phone.join().status == 201
        assert phone.dots(o0=1).status == 200
        yield demo, server, phone, round_id


def test_a_wrong_or_missing_code_gets_403_and_nothing_of_the_workshop(room) -> None:
    demo, server, phone, _ = room
    before = written(demo)
    for code in ("WRONG1", "", "3UDGU", server.room.code + "X", "../../"):
        stranger = Phone(server, code)
        for answer in (stranger.state(), stranger.join(), stranger.request("GET", f"/r/{code}")):
            assert answer.status in (403, 404), (code, answer)
        stranger.token = phone.token
        assert stranger.send({}).status in (403, 404)
    assert written(demo) == before
    with demo.reading() as session:
        title = session.get(Workshop, WORKSHOP_ID).title
        names = session.scalars(select(Person.name)).all()
    shell = phone.request("GET", "/").data["text"]
    state = str(phone.state().data)
    for secret in (title, *names):
        assert secret not in shell and secret not in state


def test_a_ballot_without_a_voter_token_or_with_another_rounds_token_is_refused(room) -> None:
    demo, server, phone, _ = room
    other_round = phone_round(demo)
    with serving(demo.store, other_round) as other_server:
        other = Phone(other_server)
        assert other.join().status == 201
        before = written(demo)
        # The other room's code on this server, and this room's voter on the other room.
        assert Phone(server, other_server.room.code).state().status == 403
        stray = Phone(other_server)
        stray.token = phone.token
        answer = stray.send({})
        assert answer.status == 403 and "not joined" in answer.error
        anonymous = Phone(server)
        assert anonymous.send({}).status == 403
        assert written(demo) == before


def test_over_budget_over_cap_negative_and_non_integer_ballots(room) -> None:
    demo, _server, phone, _ = room
    before = written(demo)
    over_budget = phone.dots(o0=2, o1=2)
    assert over_budget.status == 409 and "has 3 dots" in over_budget.error
    over_cap = phone.dots(o0=3)
    assert over_cap.status == 409 and "At most 2" in over_cap.error
    options = phone.state().data["round"]["options"]
    first = options[0]["id"]
    for value in (-1, 1.5, "2", True, [1], {"n": 1}, 10**30):
        answer = phone.send({first: {"dots": value}})
        assert answer.status in (400, 409), (value, answer)
        assert answer.error
    for broken in ([1, 2], "x", None, {first: 3}):
        assert phone.send(broken).status == 400
    assert phone.request("PUT", f"/api/{phone.code}/ballot", raw=b"{not json", headers=phone.voter_headers()
                         ).status == 400
    assert written(demo) == before


def test_a_one_megabyte_body_is_refused_unread(room) -> None:
    demo, _server, phone, _ = room
    before = written(demo)
    answer = phone.request("PUT", f"/api/{phone.code}/ballot", raw=b"{" + b" " * 1_000_000 + b"}",
                           headers=phone.voter_headers())
    assert answer.status == 413 and answer.error
    assert written(demo) == before


def test_cross_site_requests_are_refused(room) -> None:
    demo, _server, phone, _ = room
    before = written(demo)
    options = phone.state().data["round"]["options"]
    ballot = {options[0]["id"]: {"dots": 2}}
    assert phone.send(ballot, Origin="http://evil.example").status == 403
    # A plain HTML form can post only these content types, and carries no custom header.
    form = phone.request("PUT", f"/api/{phone.code}/ballot", {"values": ballot},
                         {"Content-Type": "text/plain", VOTER_HEADER: phone.token or ""})
    assert form.status == 403
    no_header = phone.request("PUT", f"/api/{phone.code}/ballot", {"values": ballot},
                              {"Content-Type": "application/json", VOTER_HEADER: phone.token or ""})
    assert no_header.status == 403
    assert phone.request("POST", f"/api/{phone.code}/join", {}, {"Content-Type": "application/json"}).status == 403
    assert written(demo) == before


def test_a_thousand_requests_a_second_from_one_phone_are_mostly_refused_and_the_others_still_vote(room) -> None:
    demo, server, phone, _ = room
    options = phone.state().data["round"]["options"]
    ballot = {options[1]["id"]: {"dots": 1}}
    statuses: list[int] = []

    def flood() -> None:
        for _ in range(250):
            statuses.append(phone.send(ballot).status)

    threads = [threading.Thread(target=flood) for _ in range(4)]
    for thread in threads:
        thread.start()
    neighbour = Phone(server)
    assert neighbour.join().status == 201
    assert neighbour.dots(o2=1).status == 200  # the room still works while one phone floods it
    for thread in threads:
        thread.join()
    assert len(statuses) == 1000 and set(statuses) <= {200, 429}
    assert statuses.count(200) <= 25 and statuses.count(429) >= 975
    with demo.reading() as session:
        rows = session.execute(select(Vote.option_id, Vote.value).where(Vote.voter_token == phone.token,
                                                                         Vote.deleted.is_(False))).all()
    # The accepted ones all said the same: one dot on the first and one on the second item, one row each.
    assert sorted(value for _, value in rows) == [1, 1] and len(rows) == 2


def test_a_ballot_after_the_reveal_is_refused(room) -> None:
    demo, server, phone, round_id = room
    demo.apply(reveal_round(round_id))
    server.room.invalidate()
    before = written(demo)
    answer = phone.dots(o1=1)
    assert answer.status == 409 and "closed" in answer.error
    assert Phone(server).join().status == 409
    assert written(demo) == before
    assert phone.state().data["round"]["result"]  # and the phone now sees the result


def test_script_in_an_option_text_stays_text(demo: Editor) -> None:
    from werkstatt.demo import MODEL_ID
    from werkstatt.edits.records import AddPainPoint

    demo.apply(AddPainPoint(MODEL_ID, "<script>alert(1)</script><img src=x onerror=alert(2)>"))
    round_id = phone_round(demo)
    with serving(demo.store, round_id) as server:
        phone = Phone(server)
        phone.join()
        labels = [option["label"] for option in phone.state().data["round"]["options"]]
        assert "<script>alert(1)</script><img src=x onerror=alert(2)>" in labels  # as data, for textContent
        page = phone.request("GET", f"/r/{server.room.code}")
        assert "alert" not in page.data["text"]  # the page holds no data: nothing is templated into it


def test_the_page_forbids_inline_script_and_other_sites(room) -> None:
    import http.client

    _demo, server, _phone, _ = room
    connection = http.client.HTTPConnection(server.host, server.port, timeout=5)
    connection.request("GET", f"/r/{server.room.code}")
    response = connection.getresponse()
    response.read()
    policy = response.getheader("Content-Security-Policy") or ""
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy and "connect-src 'self'" in policy
    assert response.getheader("X-Content-Type-Options") == "nosniff"
    connection.close()


def test_unknown_paths_and_methods(room) -> None:
    _demo, _server, phone, _ = room
    assert phone.request("GET", "/static/../../etc/passwd").status == 404
    assert phone.request("GET", "/static/werkstatt.db").status == 404
    assert phone.request("DELETE", f"/api/{phone.code}/ballot", headers=PAGE).status in (403, 405)
    assert phone.request("GET", "/api/").status == 404


def test_wrong_codes_from_one_address_are_slowed_down(room) -> None:
    _demo, server, _phone, _ = room
    statuses = [Phone(server, f"GUESS{i % 10}").state().status for i in range(40)]
    assert statuses[:20] == [403] * 20 and set(statuses[20:]) == {429}


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "8.8.8.8", "2001:4860:4860::8888", "laptop", ""])
def test_the_server_listens_only_on_a_local_network(host: str) -> None:
    with pytest.raises(AddressError):
        check_host(host)


def test_local_addresses() -> None:
    for address in ("127.0.0.1", "192.168.178.23", "10.1.2.3", "172.16.0.9", "169.254.3.4", "fd00::1", "::1",
                    "fe80::1%wlan0", "::ffff:192.168.0.2"):
        assert is_local(address), address
    for address in ("8.8.8.8", "100.64.0.1x", "", "2001:db8::1x"):
        assert not is_local(address), address


def test_a_room_with_no_round_open_says_so(demo: Editor) -> None:
    room = PhoneRoom(StoreBackend(demo.store))
    with serving(demo.store, None, room) as server:
        phone = Phone(server)
        assert phone.state().data == {"code": room.code, "round": None, "inbox": None}
        answer = phone.join()
        assert answer.status == 409 and "No voting round" in answer.error
