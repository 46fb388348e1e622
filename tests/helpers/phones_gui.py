"""What the phone tests share: a round "from phones" on the demo workshop, and HTTP from a worker thread.

The phone server answers in its own threads and hands every write to the GUI thread, so a request
must never be sent from the GUI thread in a test: it would wait for the very loop it blocks.
``send_from_worker`` sends it from a worker thread while ``qtbot.waitUntil`` keeps the GUI loop running.
"""

from __future__ import annotations

import json
import threading
import urllib.error
import urllib.request
import uuid

from helpers.phones import PAGE
from werkstatt.edits.voting import PrepareRound
from werkstatt.read import findings
from werkstatt.voting.rounds import RoundSnapshot, read_round


def request(method: str, url: str, body: object | None = None, headers: dict[str, str] | None = None
            ) -> tuple[int, dict]:
    """One HTTP request (from any thread but the GUI's); the status and the JSON answer."""
    data = json.dumps(body).encode() if body is not None else None
    call = urllib.request.Request(url, data=data, method=method, headers={**PAGE, **(headers or {})})
    try:
        with urllib.request.urlopen(call, timeout=15) as answer:
            return answer.status, json.loads(answer.read() or b"{}")
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"{}")


def send_from_worker(qtbot, method: str, url: str, body: object | None = None,
                     headers: dict[str, str] | None = None) -> tuple[int, dict]:
    result: list[tuple[int, dict]] = []
    failure: list[BaseException] = []

    def work() -> None:
        try:
            result.append(request(method, url, body, headers))
        except BaseException as error:  # reported in the test's thread
            failure.append(error)

    worker = threading.Thread(target=work, daemon=True)
    worker.start()
    qtbot.waitUntil(lambda: not worker.is_alive(), timeout=20_000)
    if failure:
        raise failure[0]
    return result[0]


def prepare_phones_round(workspace, dots: int = 2) -> str:
    """A dot vote "from phones" on the demo model's pain points, prepared (not open) and chosen; its id."""
    with workspace.reading() as session:
        pain = findings.pain_points(session, workspace.model_id)
    edit = PrepareRound(workspace.workshop_id, "Was zuerst?", [("pain_point", row.id) for row in pain[:4]],
                        model_id=workspace.model_id, dots_per_person=dots, entry="phones",
                        round_id=str(uuid.uuid4()))
    workspace.apply(edit)
    workspace.select_round(edit.round_id)
    return edit.round_id


def snapshot_of(workspace, round_id: str) -> RoundSnapshot:
    with workspace.reading() as session:
        return read_round(session, round_id)
