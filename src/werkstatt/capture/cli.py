"""``werkstatt capture MODEL_ID [--json]``: quick-entry lines from standard input, one transaction each."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

from werkstatt.i18n import tr

if TYPE_CHECKING:
    from werkstatt.store.database import Store

# Some lines were refused (each said on stderr); the others were entered.
EXIT_LINES_REFUSED = 1


def register(commands: argparse._SubParsersAction) -> None:
    capture = commands.add_parser("capture", help=tr("CaptureCLI", "read quick-entry lines from standard input"))
    capture.add_argument("model_id", metavar="MODEL_ID")
    capture.add_argument("--json", action="store_true", help=tr("CaptureCLI", "acknowledge each line as JSON"))
    capture.set_defaults(handler=run_capture)


def run_capture(args: argparse.Namespace) -> int:
    from werkstatt.store.cli import with_store

    return with_store(args, create=False, action=lambda store: cmd_capture(store, args.model_id, args.json))


def cmd_capture(store: Store, model_id: str, as_json: bool) -> int:
    from werkstatt.capture import catalogue
    from werkstatt.capture.session import CaptureSession
    from werkstatt.capture.syntax import QuickEntryError
    from werkstatt.edits import Editor

    session = CaptureSession(Editor(store), model_id, catalogue=catalogue.load_default())
    failures = 0
    for number, raw in enumerate(sys.stdin.buffer, start=1):
        try:
            line = decode_line(raw, number)
            ack = session.enter_line(line, number)
        except QuickEntryError as error:
            failures += 1
            print(str(error), file=sys.stderr, flush=True)
            continue
        # The acknowledgement is printed only after the line's transaction has committed.
        if as_json:
            print(json.dumps(ack.as_dict(), ensure_ascii=False), flush=True)
        else:
            print(tr("CaptureCLI", "ok {line}: {message}", line=number, message=ack.message), flush=True)
    return EXIT_LINES_REFUSED if failures else 0


def decode_line(raw: bytes, number: int) -> str:
    from werkstatt.capture.syntax import QuickEntryError

    try:
        return raw.decode("utf-8").rstrip("\r\n")
    except UnicodeDecodeError as error:
        raise QuickEntryError(tr("CaptureCLI", "The line is not UTF-8 text."), line_number=number) from error
