"""``werkstatt vote serve ROUND``: a round open for phones without a window (for a headless laptop and the tests).

The command opens a prepared round, prints the address and the room's code (``--json``: ``url``,
``token``, ``host``, ``port``, ``round``), and serves until the round is closed (revealed, from the
window or another command) or the command is interrupted. After the reveal it serves a little longer
(``--linger``) so that the phones can show the result. Ballots go through the same edits as the
window's grid, applied to the store one transaction each.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
from typing import TYPE_CHECKING

from werkstatt.i18n import tr

if TYPE_CHECKING:
    from werkstatt.store.database import Store


def register(vote_commands: argparse._SubParsersAction) -> None:
    from werkstatt.store.cli import json_option

    serve = vote_commands.add_parser("serve", help=tr("PhoneCLI", "open a voting round for the phones in the room, "
                                                                  "without a window"))
    serve.add_argument("round_id", metavar="ROUND_ID")
    serve.add_argument("--host", default="127.0.0.1", metavar="ADDR",
                       help=tr("PhoneCLI", "the address of this computer in the room's network (default: "
                                           "127.0.0.1, this computer only)"))
    serve.add_argument("--port", type=port_number, default=None, metavar="N",
                       help=tr("PhoneCLI", "the port (default: the first free one of 8730–8739; 0: any free port)"))
    serve.add_argument("--linger", type=float, default=30.0, metavar="SECONDS",
                       help=tr("PhoneCLI", "how long the result stays reachable after the reveal (default: 30)"))
    json_option(serve)
    serve.set_defaults(handler=run_serve)


def port_number(text: str) -> int:
    try:
        port = int(text)
    except ValueError:
        port = -1
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(tr("PhoneCLI", "“{text}” is not a port number (0 to 65535).", text=text))
    return port


def run_serve(args: argparse.Namespace) -> int:
    from werkstatt.phones.network import AddressError, check_host
    from werkstatt.store.cli import with_store

    try:
        check_host(args.host)
    except AddressError as error:
        print(f"werkstatt: {error}", file=sys.stderr)
        return 2
    return with_store(args, create=False, action=lambda store: serve_round(store, args))


def serve_round(store: Store, args: argparse.Namespace) -> int:
    from werkstatt.edits.voting import open_round
    from werkstatt.errors import WerkstattError
    from werkstatt.model import VotingRound
    from werkstatt.phones.backend import StoreBackend
    from werkstatt.phones.room import PhoneRoom
    from werkstatt.phones.server import PhoneServer
    from werkstatt.voting.cli import find_round

    backend = StoreBackend(store)
    with store.reading() as session:
        voting = find_round(session, args.round_id)
        round_id, entry, state = voting.id, voting.entry, voting.state
    if entry != "phones":
        print("werkstatt: " + tr("PhoneCLI", "This round takes its votes in the grid or from the wall; prepare a round "
                                             "“from phones” to open it for phones."), file=sys.stderr)
        return 1
    if state == "closed":
        print("werkstatt: " + tr("PhoneCLI", "This round has been revealed; reopen it first."), file=sys.stderr)
        return 1
    if state == "prepared":
        try:
            backend.write(open_round(round_id), undoable=False)
        except WerkstattError as error:
            print(f"werkstatt: {error.message}", file=sys.stderr)
            return 1
    room = PhoneRoom(backend)
    room.open_round(round_id)
    server = PhoneServer(room, args.host, args.port)
    try:
        server.start()
    except OSError as error:
        print(f"werkstatt: {error}", file=sys.stderr)
        return 1
    info = {"url": server.join_url, "token": room.code, "host": server.host, "port": server.port, "round": round_id}
    if args.json:
        print(json.dumps(info), flush=True)
    else:
        print(tr("PhoneCLI", "Open for phones: {url}  (code {code})", url=info["url"], code=room.code), flush=True)
        print(tr("PhoneCLI", "Serving until the round is revealed; Ctrl+C stops."), flush=True)
    stop = threading.Event()
    previous = signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        while not stop.wait(0.5):
            with store.reading() as session:
                row = session.get(VotingRound, round_id)
                closed = row is None or row.deleted or row.state == "closed"
            if closed:
                room.invalidate()
                stop.wait(max(0.0, args.linger))
                break
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
        server.stop()
    if not args.json:
        print(tr("PhoneCLI", "Stopped serving the round."), flush=True)
    return 0

