"""Phones voting at once: ballots to ``werkstatt vote serve`` on loopback, and the console while they vote.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_phones.py [--phones 30,100] [--json]

1. **Load.** For each number of phones, a round "from phones" (dots, budget 4, cap 2, on the demo's
   seven pain points) is served by ``werkstatt vote serve`` in its own process. That many simulated
   phones (one asyncio task each, in another process) join, read the round and send one ballot, all at
   once. Timed per phone: from sending the ballot to its acknowledgement. Then the round is checked:
   every acknowledged ballot is in the database exactly as sent (0 lost, 0 duplicated), and the result
   equals the result of the same ballots typed into a grid round cell by cell (``SetVote``). The peer
   in the same run is a bare aiohttp server that answers the same requests with a fixed JSON body, so
   the figures say what the round's rules, the edit and the commit add to plain HTTP.
2. **The console while 100 phones vote.** The window (as in ``bench_console.py``, 100 steps) takes
   quick-entry lines, timed from Enter until both the console's and the projector's diagram begin to
   paint the change (see ``until_painted``), first with nobody voting, then while 100 phones vote and
   read the round every two seconds as the page does: through the window's own server at a room's
   pace (a ballot after 2–10 s, changed every 10–30 s) and at a stress pace (every 1–2 s), and through
   ``werkstatt vote serve`` in its own process on the same database file at the stress pace.

``--json`` prints ``{"load": {"30": {...}, "100": {...}}, "console": {"idle_median_ms", "window_room": {...},
"window_stress": {...}, "serve_stress": {...}}}``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
PAGE = {"X-Werkstatt-Page": "1", "Content-Type": "application/json"}
BUDGET, CAP = 4, 2


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


def random_ballot(chance: random.Random, options: list[str]) -> dict[str, dict[str, int]]:
    ballot: dict[str, int] = {}
    for _ in range(BUDGET):
        option = chance.choice(options)
        if ballot.get(option, 0) < CAP:
            ballot[option] = ballot.get(option, 0) + 1
    # The whole ballot, as the page sends it: an item without dots is sent as null (cleared).
    return {option: {"dots": ballot.get(option) or None} for option in options}


# --- the phones (run in their own process: ``--worker``) -------------------------------------------------

# Seconds between one phone's ballots: "stress" changes its mind every one to two seconds; "room" is a
# participant who reads for a while, sends, and changes the ballot now and then.
PACES = {"stress": ((0.0, 0.5), (1.0, 2.0)), "room": ((2.0, 10.0), (10.0, 30.0))}


async def one_phone(session, base: str, code: str, seed: int, until: float | None, pace: str = "stress") -> dict:
    """Join, read, send a ballot; with ``until``, keep changing it at ``pace`` until then."""
    chance = random.Random(seed)
    async with session.post(f"{base}/api/{code}/join", data=b"{}", headers=PAGE) as response:
        token = (await response.json())["voter"]
    headers = {**PAGE, "X-Werkstatt-Voter": token}
    async with session.get(f"{base}/api/{code}/state", headers=headers) as response:
        options = [option["id"] for option in (await response.json())["round"]["options"]]
    sent, latencies, statuses = None, [], []

    async def poll() -> None:  # the page reads the round every two seconds while it is shown
        while until is not None and time.monotonic() < until:
            await asyncio.sleep(2.0)
            async with session.get(f"{base}/api/{code}/state", headers=headers) as answer:
                await answer.read()

    poller = asyncio.ensure_future(poll())
    first, then = PACES[pace]
    if until is not None:
        await asyncio.sleep(chance.uniform(*first))
    while True:
        ballot = random_ballot(chance, options)
        start = time.perf_counter()
        async with session.put(f"{base}/api/{code}/ballot", data=json.dumps({"values": ballot}),
                               headers=headers) as response:
            body = await response.read()
            statuses.append(response.status)
            if response.status != 200 and os.environ.get("BENCH_PHONES_DEBUG"):
                print(response.status, body[:200], file=sys.stderr)
        latencies.append(time.perf_counter() - start)
        if response.status == 200:
            sent = ballot
        if until is None or time.monotonic() > until:
            break
        await asyncio.sleep(chance.uniform(*then))
    await poller
    return {"token": token, "ballot": sent, "latencies": latencies, "statuses": statuses}


async def phones(base: str, code: str, count: int, seconds: float | None, pace: str = "stress") -> list[dict]:
    import aiohttp

    until = None if seconds is None else time.monotonic() + seconds
    connector = aiohttp.TCPConnector(limit=0)
    async with aiohttp.ClientSession(connector=connector) as session:
        return await asyncio.gather(*(one_phone(session, base, code, seed, until, pace) for seed in range(count)))


def worker(argv: list[str]) -> int:
    base, code, count, seconds, pace = argv[0], argv[1], int(argv[2]), float(argv[3]), argv[4]
    result = asyncio.run(phones(base, code, count, seconds if seconds > 0 else None, pace))
    print(json.dumps(result))
    return 0


def run_phones(base: str, code: str, count: int, seconds: float = 0.0, pace: str = "stress") -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, __file__, "--worker", base, code, str(count), str(seconds), pace],
                            stdout=subprocess.PIPE, text=True)


# --- the server and the round ---------------------------------------------------------------------------

def demo_database(folder: Path) -> Path:
    path = folder / "phones.sqlite"
    subprocess.run([sys.executable, "-m", "werkstatt.cli", "--db", str(path), "demo"], check=True,
                   capture_output=True)
    return path


def prepare_round(path: Path, entry: str = "phones") -> str:
    from werkstatt.demo import MODEL_ID, WORKSHOP_ID
    from werkstatt.edits import Editor
    from werkstatt.edits.voting import PrepareRound
    from werkstatt.read.findings import pain_points
    from werkstatt.store.database import open_store

    store = open_store(path)
    try:
        editor = Editor(store)
        with editor.reading() as session:
            items = [("pain_point", row.id) for row in pain_points(session, MODEL_ID)]
        edit = PrepareRound(WORKSHOP_ID, "Wo drückt der Schuh?", items, model_id=MODEL_ID, entry=entry,
                            dots_per_person=BUDGET, max_per_item=CAP, voters=[] if entry == "phones" else None)
        editor.apply(edit)
        return edit.round_id
    finally:
        store.close()


def start_serving(path: Path, round_id: str) -> tuple[subprocess.Popen[str], str, str]:
    child = subprocess.Popen([sys.executable, "-m", "werkstatt.cli", "--db", str(path), "vote", "serve", round_id,
                              "--json", "--port", "0", "--linger", "0"], stdout=subprocess.PIPE, text=True)
    info = json.loads(child.stdout.readline())
    return child, info["url"].rsplit("/r/", 1)[0], info["token"]


def stop(child: subprocess.Popen[str]) -> None:
    child.terminate()
    child.wait(10)


def check_round(path: Path, round_id: str, results: list[dict]) -> dict[str, object]:
    """Lost and duplicated ballots, and whether the grid gives the same result for the same ballots."""
    from sqlalchemy import select

    from werkstatt.edits import Editor
    from werkstatt.edits.voting import SetVote, SetVoterTakesPart, open_round
    from werkstatt.model import Person, Vote, VotingRound
    from werkstatt.store.database import open_store
    from werkstatt.voting.results import tally
    from werkstatt.voting.rounds import read_round

    store = open_store(path)
    try:
        editor = Editor(store)
        with editor.reading() as session:
            rows = session.execute(select(Vote.voter_token, Vote.option_id, Vote.value)
                                   .where(Vote.round_id == round_id, Vote.deleted.is_(False))).all()
            phones_result = tally(read_round(session, round_id))
            people = session.scalars(select(Person.id).where(Person.deleted.is_(False))).all()
        stored: dict[str, dict[str, int]] = {}
        duplicated = 0
        for token, option, value in rows:
            duplicated += option in stored.setdefault(token, {})
            stored[token][option] = value
        acknowledged = [phone for phone in results if phone["ballot"] is not None]
        lost = sum(1 for phone in acknowledged
                   if stored.get(phone["token"], {}) != {o: v["dots"] for o, v in phone["ballot"].items() if v["dots"]})
        # The same ballots typed into a grid round, one cell at a time, by as many people (reused as needed).
        grid = prepare_round(path, entry="per_person")
        with store.session() as session:
            session.get(VotingRound, grid).entry = "per_person"
        for index in range(len(acknowledged)):
            person = people[index] if index < len(people) else editor.apply(_new_person(f"Person {index}")).id
            editor.apply(SetVoterTakesPart(grid, person, True))
        editor.apply(open_round(grid))
        with editor.reading() as session:
            grid_snap, phone_snap = read_round(session, grid), read_round(session, round_id)
        same_option = {a.id: b.id for a, b in zip(phone_snap.options, grid_snap.options, strict=True)}
        for phone, voter in zip(acknowledged, grid_snap.voters, strict=False):
            for option, value in phone["ballot"].items():
                if value["dots"]:
                    editor.apply(SetVote(grid, same_option[option], voter.token, value["dots"]))
        with editor.reading() as session:
            grid_result = tally(read_round(session, grid))
        same = [(i.label, i.total, i.rank) for i in phones_result.items] == \
            [(i.label, i.total, i.rank) for i in grid_result.items]
        return {"acknowledged": len(acknowledged), "lost": lost, "duplicated": duplicated,
                "same_result_as_grid": same}
    finally:
        store.close()


def _new_person(name: str):
    from werkstatt.edits import Create
    from werkstatt.model import Person

    return Create(Person, name=name)


def measure_load(folder: Path, count: int) -> dict[str, object]:
    path = demo_database(folder / f"load-{count}")
    round_id = prepare_round(path)
    child, base, code = start_serving(path, round_id)
    try:
        worker_process = run_phones(base, code, count)
        results = json.loads(worker_process.communicate()[0])
    finally:
        stop(child)
    latencies = [phone["latencies"][0] for phone in results]
    peer = measure_peer(count)
    figures = {"phones": count, "median_ms": statistics.median(latencies) * 1000,
               "p90_ms": percentile(latencies, 0.9) * 1000, "p95_ms": percentile(latencies, 0.95) * 1000,
               "max_ms": max(latencies) * 1000, "bare_aiohttp_p95_ms": peer * 1000,
               "refused": sum(1 for phone in results if phone["statuses"][0] != 200)}
    figures.update(check_round(path, round_id, results))
    return figures


def measure_peer(count: int) -> float:
    """p95 of the same burst against a bare aiohttp server that does nothing but answer."""
    script = (
        "import asyncio, json, sys\nfrom aiohttp import web\n"
        "async def ok(r):\n    await r.read()\n    return web.json_response({'voter': 'x', 'round': {'options': "
        "[{'id': 'a'}, {'id': 'b'}, {'id': 'c'}]}})\n"
        "async def main():\n    app = web.Application()\n    app.router.add_route('*', '/{tail:.*}', ok)\n"
        "    runner = web.AppRunner(app, access_log=None)\n    await runner.setup()\n"
        "    site = web.TCPSite(runner, '127.0.0.1', 0)\n    await site.start()\n"
        "    print(site._server.sockets[0].getsockname()[1], flush=True)\n    await asyncio.Event().wait()\n"
        "asyncio.run(main())\n")
    child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        port = int(child.stdout.readline())
        worker_process = run_phones(f"http://127.0.0.1:{port}", "PEER00", count)
        results = json.loads(worker_process.communicate()[0])
    finally:
        stop(child)
    return percentile([phone["latencies"][0] for phone in results], 0.95)


# --- the console while the phones vote --------------------------------------------------------------------

def until_painted(app, watch, start: float, timeout_s: float = 10.0) -> float:
    """Seconds from ``start`` until both diagrams have begun to paint the change.

    ``bench_console.until_repainted`` waits until the window is idle, which it never is while phones
    keep sending (their announcements arrive several times a second); so all phases here are timed
    to the paint itself, the idle one included, and compare like with like.
    """
    first: dict[int, float] = {}
    while len(first) < len(watch.ids):
        if time.perf_counter() - start > timeout_s:
            raise RuntimeError("the diagrams did not paint within the timeout")
        app.sendPostedEvents()
        app.processEvents()
        for key in watch.ids:
            if key in watch.painted and key not in first:
                first[key] = watch.painted[key]
    return max(first.values()) - start


def measure_console(folder: Path, lines: int, count: int) -> dict[str, object]:
    sys.path.insert(0, str(HERE))
    from bench_console import console_window, settle

    from werkstatt.store.database import open_store

    path = demo_database(folder / "console")
    rounds = {name: prepare_round(path) for name in ("room", "stress", "serve")}
    store = open_store(path)
    app, window, watch = console_window(store, 100, folder / "settings")

    def type_lines(tag: str) -> list[float]:
        times = []
        for i in range(lines):
            watch.reset()
            start = time.perf_counter()
            window.capture.submit(f"Fachamt: {tag} {i} (10 min)" if i % 4 == 0 else f"{tag} weiter {i}")
            times.append(until_painted(app, watch, start))
            settle(app, 0.4)
        return times

    def while_voting(base: str, code: str, tag: str, pace: str) -> dict[str, object]:
        seconds = lines * 0.6 + 12
        worker_process = run_phones(base, code, count, seconds, pace)
        output: list[str] = []
        reader = threading.Thread(target=lambda: output.append(worker_process.stdout.read()))
        reader.start()
        settle(app, 10.0 if pace == "room" else 3.0)  # until the phones have joined and most have sent
        times = type_lines(tag)
        while reader.is_alive():  # the window's server needs the GUI thread until the last phone is done
            settle(app, 0.05)
        worker_process.wait()
        results = json.loads(output[0])
        ballots = [latency for phone in results for latency in phone["latencies"]]
        return {"median_ms": statistics.median(times) * 1000, "p90_ms": percentile(times, 0.9) * 1000,
                "ratio": statistics.median(times) / statistics.median(idle), "ballots": len(ballots),
                "ballots_per_s": len(ballots) / seconds, "ballot_p95_ms": percentile(ballots, 0.95) * 1000,
                "refused": sum(1 for phone in results for s in phone["statuses"] if s != 200)}

    idle = type_lines("Ruhig")
    report: dict[str, object] = {"phones": count, "idle_median_ms": statistics.median(idle) * 1000,
                                 "idle_p90_ms": percentile(idle, 0.9) * 1000}
    # The window's own server (how a workshop runs): phones at a room's pace, then at a stress pace.
    window.phones.port = 0
    for pace in ("room", "stress"):
        assert window.phones.open_for_phones(rounds[pace], "127.0.0.1")
        report[f"window_{pace}"] = while_voting(window.phones.server.base_url, window.phones.room.code,
                                                f"Fenster-{pace}", pace)
        window.phones.close()
    # ``werkstatt vote serve`` in its own process on the same database file, at the stress pace.
    child, base, code = start_serving(path, rounds["serve"])
    try:
        report["serve_stress"] = while_voting(base, code, "Abstimmung", "stress")
    finally:
        stop(child)
    window.close()
    store.close()
    return report


def main(argv: list[str]) -> int:
    if argv[:1] == ["--worker"]:
        return worker(argv[1:])
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--phones", default="30,100")
    parser.add_argument("--lines", type=int, default=12)
    parser.add_argument("--no-console", action="store_true", help="only the load, not the window")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="bench-phones-"))
    load = {}
    for count in (int(n) for n in args.phones.split(",")):
        load[str(count)] = figures = measure_load(folder, count)
        if not args.json:
            print(f"{count:>4} phones: ballot acknowledged median {figures['median_ms']:.1f} ms, "
                  f"p95 {figures['p95_ms']:.1f} ms (bare aiohttp p95 {figures['bare_aiohttp_p95_ms']:.1f} ms); "
                  f"{figures['acknowledged']} acknowledged, {figures['lost']} lost, {figures['duplicated']} "
                  f"duplicated; same result as the grid: {figures['same_result_as_grid']}", flush=True)
    report: dict[str, object] = {"load": load}
    if not args.no_console:
        console = report["console"] = measure_console(folder, args.lines, max(int(n) for n in load))
        if not args.json:
            print(f"console, Enter → both diagrams painting, {console['phones']} phones: idle "
                  f"{console['idle_median_ms']:.1f} ms (p90 {console['idle_p90_ms']:.1f})", flush=True)
            for name in ("window_room", "window_stress", "serve_stress"):
                phase = console[name]
                print(f"  {name:>13}: {phase['median_ms']:.1f} ms (p90 {phase['p90_ms']:.1f}), {phase['ratio']:.2f}× "
                      f"idle; {phase['ballots']} ballots ({phase['ballots_per_s']:.1f}/s), p95 "
                      f"{phase['ballot_p95_ms']:.1f} ms, {phase['refused']} refused", flush=True)
    if args.json:
        print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
