"""Two ``werkstatt capture`` processes on one model at the same time (issue 21, item 8).

Both are started, both load the model (and so both believe the same step is the last one),
then both are fed many lines at once. Every step must get a position of its own, and the
steps must form one chain: no step that is not a gateway may be continued by both writers.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import threading
from collections import Counter
from pathlib import Path

import pytest

from werkstatt.edits import Create, Editor
from werkstatt.model import Process, ProcessModel
from werkstatt.store.database import open_store

LINES_PER_WRITER = 120


def start_capture(db: Path, model_id: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "werkstatt.cli", "--db", str(db), "capture", model_id, "--json"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        env={k: v for k, v in os.environ.items() if k not in ("WERKSTATT_DB", "WERKSTATT_LANG")}
        | {"PYTHONUNBUFFERED": "1"},
    )


def empty_model(db: Path) -> str:
    store = open_store(db)
    try:
        editor = Editor(store)
        process = editor.apply(Create(Process, name="Antrag auf Wohngeld"))
        model = editor.apply(Create(ProcessModel, process_id=process.id, name="Wohngeld (Ist)", kind="ist"))
        return model.id
    finally:
        store.close()


@pytest.mark.slow
def test_two_capture_processes_extend_one_chain(tmp_path: Path, cli) -> None:
    db = tmp_path / "two.sqlite"
    model_id = empty_model(db)
    first = cli("capture", model_id, db=db, stdin=">> Bürgerbüro: Antrag geht ein\n")
    assert first.returncode == 0, first.stderr

    writers = [start_capture(db, model_id) for _ in range(2)]
    # A comment is acknowledged only after the session has loaded the model: from here on both
    # writers believe "Antrag geht ein" is the step typed last.
    for process in writers:
        process.stdin.write(b"# bereit\n")
        process.stdin.flush()
        assert json.loads(process.stdout.readline())["kind"] == "comment"

    acks: dict[int, list[dict]] = {0: [], 1: []}

    def feed(index: int, process: subprocess.Popen) -> None:
        # Both writers name lanes that do not exist yet, so they also race to create them.
        lines = "".join(f"{['Sachbearbeitung', 'Kasse'][i % 2]}: Schritt w{index}-{i} ({i % 7 + 1} min)\n"
                        for i in range(LINES_PER_WRITER))
        process.stdin.write(lines.encode())
        process.stdin.close()

    def read(index: int, process: subprocess.Popen) -> None:
        acks[index] += [json.loads(raw) for raw in process.stdout]

    threads = [threading.Thread(target=target, args=(i, p)) for i, p in enumerate(writers) for target in (feed, read)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    errors = [process.stderr.read().decode() for process in writers]
    codes = [process.wait(timeout=30) for process in writers]
    for process in writers:
        process.stdout.close()
        process.stderr.close()
    assert codes == [0, 0], errors
    assert [len(acks[0]), len(acks[1])] == [LINES_PER_WRITER] * 2

    connection = sqlite3.connect(db)
    try:
        steps = {row[0]: row[1:] for row in connection.execute(
            "SELECT id, position, kind, label FROM steps WHERE model_id = ? AND deleted = 0", (model_id,))}
        flows = list(connection.execute(
            "SELECT source_id, target_id FROM flows WHERE model_id = ? AND deleted = 0", (model_id,)))
        lanes = [name for (name,) in connection.execute(
            "SELECT name FROM lanes WHERE model_id = ? AND deleted = 0", (model_id,))]
    finally:
        connection.close()

    assert len(steps) == 1 + 2 * LINES_PER_WRITER
    assert {ack["id"] for ack in acks[0] + acks[1]} <= set(steps)
    positions = Counter(position for position, _kind, _label in steps.values())
    assert [p for p, n in positions.items() if n > 1] == [], "steps share a position"
    assert sorted(lanes) == ["Bürgerbüro", "Kasse", "Sachbearbeitung"], "a lane was created twice"

    outgoing = Counter(source for source, _target in flows)
    incoming = Counter(target for _source, target in flows)
    branched = [steps[s][2] for s, n in outgoing.items() if n > 1 and steps[s][1] != "decision"]
    assert branched == [], "both writers continued the same step"
    # One chain: from the start event every step is reached, one after the other, in capture order.
    start = next(s for s, (_p, kind, _l) in steps.items() if kind == "start")
    following = dict(flows)
    chain = [start]
    while chain[-1] in following:
        chain.append(following[chain[-1]])
    assert len(chain) == len(steps) and max(incoming.values()) == 1
    assert [steps[s][0] for s in chain] == sorted(position for position, _k, _l in steps.values())
    # The writers did take turns (else this test would prove nothing): some steps went after the other's.
    told = [ack for ack in acks[0] + acks[1] if "anderswo" in ack["message"] or "elsewhere" in ack["message"]]
    assert told, "the two writers never interleaved"
