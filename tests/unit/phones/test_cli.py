"""``werkstatt vote serve``: a round open for phones without a window, and its refusals."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from helpers.cli import assert_one_sentence
from helpers.phones import PAGE
from werkstatt.edits import Editor
from werkstatt.edits.voting import reveal_round
from werkstatt.store.database import open_store

pytestmark = pytest.mark.usefixtures("english")


def prepared_round(db: Path, **rules) -> str:
    from helpers.phones import phone_round

    store = open_store(db)
    try:
        return phone_round(Editor(store), opened=False, **rules)
    finally:
        store.close()


def serve(db: Path, *args: str) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("WERKSTATT_DB", "WERKSTATT_LANG")}
    env["WERKSTATT_LANG"] = "en"
    return subprocess.Popen([sys.executable, "-m", "werkstatt.cli", "--db", str(db), "vote", "serve", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def test_serve_prints_the_address_and_code_and_stops_after_the_reveal(demo_db: Path) -> None:
    import http.client

    round_id = prepared_round(demo_db, dots_per_person=2)
    child = serve(demo_db, round_id[:8], "--json", "--port", "0", "--linger", "0")
    try:
        info = json.loads(child.stdout.readline())
        assert set(info) == {"url", "token", "host", "port", "round"} and info["round"] == round_id
        assert info["url"] == f"http://127.0.0.1:{info['port']}/r/{info['token']}" and len(info["token"]) == 6
        connection = http.client.HTTPConnection("127.0.0.1", info["port"], timeout=10)
        connection.request("POST", f"/api/{info['token']}/join", body=b"{}", headers=PAGE)
        response = connection.getresponse()
        assert response.status == 201 and json.loads(response.read())["voter"]
        connection.close()
        store = open_store(demo_db)
        try:  # the round was opened by the command; revealing it from elsewhere ends the serving
            Editor(store).apply(reveal_round(round_id))
        finally:
            store.close()
        assert child.wait(15) == 0
    finally:
        child.kill()
        child.communicate()


def test_ctrl_c_stops_serving_cleanly(demo_db: Path) -> None:
    import signal

    round_id = prepared_round(demo_db)
    child = serve(demo_db, round_id, "--port", "0")
    try:
        assert "Open for phones: http://127.0.0.1:" in child.stdout.readline()
        time.sleep(0.3)
        child.send_signal(signal.SIGINT)
        out, err = child.communicate(timeout=15)
        assert child.returncode == 0 and "Stopped serving" in out and "Traceback" not in err
    finally:
        child.kill()


@pytest.mark.parametrize(("args", "words"), [
    (["--host", "0.0.0.0"], ["0.0.0.0", "not all of them"]),
    (["--host", "8.8.8.8"], ["8.8.8.8", "internet"]),
    (["--host", "laptop.local"], ["laptop.local", "not an IP address"]),
])
def test_serve_refuses_an_address_outside_the_local_network(cli, demo_db: Path, args, words) -> None:
    round_id = prepared_round(demo_db)
    before = demo_db.read_bytes()
    result = cli("vote", "serve", round_id, *args, db=demo_db, env={"WERKSTATT_LANG": "en"})
    assert result.returncode == 2
    assert_one_sentence(result, *words)
    assert demo_db.read_bytes() == before


@pytest.mark.parametrize("port", ["70000", "-1", "http", "1.5"])
def test_serve_refuses_a_port_that_is_none(cli, demo_db: Path, port: str) -> None:
    result = cli("vote", "serve", "abcd", "--port", port, db=demo_db, env={"WERKSTATT_LANG": "en"})
    assert result.returncode == 2 and "is not a port number" in result.stderr and "Traceback" not in result.stderr


def test_serve_refuses_a_grid_round_an_unknown_one_and_a_revealed_one(cli, demo_db: Path) -> None:
    from werkstatt.demo import ROUND_ID

    env = {"WERKSTATT_LANG": "en"}
    grid = cli("vote", "serve", ROUND_ID, "--port", "0", db=demo_db, env=env)
    assert_one_sentence(grid, "from phones")
    unknown = cli("vote", "serve", "ffffffff", "--port", "0", db=demo_db, env=env)
    assert_one_sentence(unknown, "ffffffff")
    round_id = prepared_round(demo_db)
    store = open_store(demo_db)
    try:
        from werkstatt.edits.voting import open_round

        Editor(store).apply(open_round(round_id))
        Editor(store).apply(reveal_round(round_id))
    finally:
        store.close()
    revealed = cli("vote", "serve", round_id, "--port", "0", db=demo_db, env=env)
    assert_one_sentence(revealed, "revealed")


def test_serve_says_when_the_port_is_taken(cli, demo_db: Path) -> None:
    import socket

    round_id = prepared_round(demo_db)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = cli("vote", "serve", round_id, "--port", str(port), db=demo_db, env={"WERKSTATT_LANG": "en"})
    assert_one_sentence(result, "No free port", str(port))
