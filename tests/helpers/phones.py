"""A round open for phones on a real server on loopback, and a plain HTTP client that speaks like the page."""

from __future__ import annotations

import http.client
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from werkstatt.demo import MODEL_ID, WORKSHOP_ID
from werkstatt.edits import Editor
from werkstatt.edits.voting import PrepareRound, open_round
from werkstatt.phones.backend import StoreBackend
from werkstatt.phones.room import PhoneRoom
from werkstatt.phones.server import PAGE_HEADER, VOTER_HEADER, PhoneServer
from werkstatt.read.findings import measures, pain_points
from werkstatt.store.database import Store

PAGE = {PAGE_HEADER: "1", "Content-Type": "application/json"}


def phone_round(editor: Editor, *, measures_only: bool = False, opened: bool = True, **rules: object) -> str:
    """A round "from phones" on the demo's pain points (or measures), opened unless told otherwise."""
    with editor.reading() as session:
        items = ([("measure", row.id) for row in measures(session, None, MODEL_ID)] if measures_only
                 else [("pain_point", row.id) for row in pain_points(session, MODEL_ID)])
    edit = PrepareRound(WORKSHOP_ID, "Wo drückt der Schuh?", items, model_id=MODEL_ID, entry="phones", **rules)
    editor.apply(edit)
    if opened:
        editor.apply(open_round(edit.round_id))
    return edit.round_id


@dataclass
class Answer:
    status: int
    data: dict

    @property
    def error(self) -> str:
        return str(self.data.get("error", ""))


class Phone:
    """One phone: joins, reads the state, sends ballots; every call returns the status and the JSON."""

    def __init__(self, server: PhoneServer, code: str | None = None) -> None:
        self.server, self.code = server, server.room.code if code is None else code
        self.token: str | None = None

    def request(self, method: str, path: str, body: object = None, headers: dict[str, str] | None = None,
                raw: bytes | None = None) -> Answer:
        connection = http.client.HTTPConnection(self.server.host, self.server.port, timeout=10)
        try:
            payload = raw if raw is not None else (None if body is None else json.dumps(body).encode())
            connection.request(method, path, body=payload, headers=headers or {})
            response = connection.getresponse()
            text = response.read()
        finally:
            connection.close()
        try:
            data = json.loads(text) if text.startswith(b"{") else {"text": text.decode("utf-8", "replace")}
        except ValueError:
            data = {"text": text.decode("utf-8", "replace")}
        return Answer(response.status, data)

    def voter_headers(self, **extra: str) -> dict[str, str]:
        return {**PAGE, **({VOTER_HEADER: self.token} if self.token else {}), **extra}

    def join(self) -> Answer:
        answer = self.request("POST", f"/api/{self.code}/join", {}, PAGE)
        if answer.status == 201:
            self.token = answer.data["voter"]
        return answer

    def state(self) -> Answer:
        return self.request("GET", f"/api/{self.code}/state", headers={VOTER_HEADER: self.token or ""})

    def send(self, values: dict, **headers: str) -> Answer:
        return self.request("PUT", f"/api/{self.code}/ballot", {"values": values}, self.voter_headers(**headers))

    def dots(self, **by_index: int) -> Answer:
        """``dots(o0=2, o3=1)``: dots by the index of the option in the round."""
        options = self.state().data["round"]["options"]
        return self.send({options[int(key[1:])]["id"]: {"dots": value} for key, value in by_index.items()})


@contextmanager
def serving(store: Store, round_id: str | None, room: PhoneRoom | None = None) -> Iterator[PhoneServer]:
    room = room or PhoneRoom(StoreBackend(store))
    room.open_round(round_id)
    server = PhoneServer(room, "127.0.0.1", 0)
    server.start()
    try:
        yield server
    finally:
        server.stop()
