"""The ``werkstatt`` command: opens the GUI by default; sub-commands for work without a window."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

from werkstatt import __version__, i18n
from werkstatt.errors import WerkstattError
from werkstatt.i18n import tr
from werkstatt.store import Store, open_store, resolve_db_path
from werkstatt.store.database import remove_new_database

EXIT_ERROR = 1
EXIT_USAGE = 2


class Parser(argparse.ArgumentParser):
    """argparse, but its complaints become one translated sentence and exit code 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, tr("CLI", "werkstatt: {problem}. See “werkstatt --help”.", problem=message) + "\n")


def build_parser() -> Parser:
    parser = Parser(prog="werkstatt", description=tr("CLI", "Werkstatt: run process workshops and share "
                                                             "their results."))
    parser.add_argument("--version", action="version", version=f"werkstatt {__version__}")
    parser.add_argument("--db", metavar="PATH", help=tr("CLI", "the local database (default: WERKSTATT_DB or "
                                                               "the user's data folder)"))
    parser.add_argument("--lang", choices=i18n.SUPPORTED_LANGUAGES, help=tr("CLI", "language of the messages"))
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    commands.add_parser("demo", help=tr("CLI", "create the demo workshop (once)"))

    opening = commands.add_parser("open", help=tr("CLI", "open the window, and offer to import a workshop "
                                                        "package (what a double click on a .werkstatt file does)"))
    opening.add_argument("package", metavar="FILE.werkstatt", nargs="?")

    listing = commands.add_parser("list", help=tr("CLI", "list workshops, processes, models or voting rounds"))
    listing.add_argument("what", choices=("workshops", "processes", "models", "rounds"))
    listing.add_argument("--json", action="store_true", help=tr("CLI", "machine-readable output"))

    show = commands.add_parser("show", help=tr("CLI", "show a process model"))
    show.add_argument("model_id", metavar="MODEL_ID")
    show.add_argument("--json", action="store_true", help=tr("CLI", "machine-readable output"))

    from werkstatt.interchange.cli import add_parsers as add_interchange_parsers

    add_interchange_parsers(commands)

    vote = commands.add_parser("vote", help=tr("CLI", "results of voting rounds"))
    vote_commands = vote.add_subparsers(dest="vote_command", metavar="ACTION", required=True)
    results = vote_commands.add_parser("results", help=tr("CLI", "the ranked items of a round with their totals"))
    results.add_argument("round_id", metavar="ROUND_ID")
    results.add_argument("--json", action="store_true", help=tr("CLI", "machine-readable output"))

    analyse = commands.add_parser("analyse", help=tr("CLI", "the figures of a process model: time, effort, "
                                                            "FTE, cost, handovers, media breaks"))
    analyse.add_argument("model_id", metavar="MODEL_ID")
    analyse.add_argument("--json", action="store_true", help=tr("CLI", "machine-readable output"))
    compare = commands.add_parser("compare", help=tr("CLI", "compare two process models (as-is and to-be)"))
    compare.add_argument("model_a", metavar="MODEL_A")
    compare.add_argument("model_b", metavar="MODEL_B")
    compare.add_argument("--json", action="store_true", help=tr("CLI", "machine-readable output"))

    variants = commands.add_parser("variants", help=tr("CLI", "the organisations' models of one register "
                                                              "process side by side"))
    variants.add_argument("process_id", metavar="PROCESS_ID")
    variants.add_argument("--json", action="store_true", help=tr("CLI", "machine-readable output"))

    protocol = commands.add_parser("protocol", help=tr("CLI", "write the PDF protocol of a workshop"))
    protocol.add_argument("workshop_id", metavar="WORKSHOP_ID")
    protocol.add_argument("--out", metavar="FILE.pdf", required=True, help=tr("CLI", "the PDF file to write"))
    protocol.add_argument("--lang", choices=i18n.SUPPORTED_LANGUAGES, default=argparse.SUPPRESS,
                          help=tr("CLI", "language of the protocol"))
    protocol.add_argument("--no-names", action="store_true",
                          help=tr("CLI", "name only the organisations of the participants, not the people"))
    protocol.add_argument("--paper", choices=("A4", "A3"), default="A4",
                          help=tr("CLI", "paper size of the diagrams' overview pages"))
    protocol.add_argument("--eml", metavar="DRAFT.eml",
                          help=tr("CLI", "also write an e-mail draft to the participants with the PDF attached"))

    process_map = commands.add_parser("map", help=tr("CLI", "write the process map (Prozesslandkarte) of the "
                                                           "register, grouped by product area"))
    process_map.add_argument("--out", metavar="FILE", required=True,
                             help=tr("CLI", "the file to write: .svg, .pdf, .png or .dot"))
    process_map.add_argument("--paper", choices=("A4", "A3"), default="A4",
                             help=tr("CLI", "paper size of the PDF pages (landscape)"))

    commands.add_parser("check", help=tr("CLI", "read every page of the database and say whether it is intact "
                                               "(changes nothing)"))

    from werkstatt.sync.cli import add_parsers as add_sync_parsers

    add_sync_parsers(commands)

    from werkstatt.people.organisations_cli import add_parsers as add_organisation_parsers

    add_organisation_parsers(commands)

    from werkstatt.people.cli import add_parsers as add_people_parsers

    add_people_parsers(commands)

    from werkstatt.library.cli import add_parsers as add_library_parsers

    add_library_parsers(commands)

    capture = commands.add_parser("capture", help=tr("CLI", "read quick-entry lines from standard input"))
    capture.add_argument("model_id", metavar="MODEL_ID")
    capture.add_argument("--json", action="store_true", help=tr("CLI", "acknowledge each line as JSON"))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    i18n.set_language(None)
    args = build_parser().parse_args(argv)
    if args.lang:
        i18n.set_language(args.lang)
    try:
        return run(args)
    except WerkstattError as error:
        print(error.message, file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (werkstatt show … | head): stop quietly, as Unix tools do, and keep
        # Python from complaining again when it flushes stdout at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141


def run(args: argparse.Namespace) -> int:
    path = resolve_db_path(args.db)
    if args.command is None:
        return open_gui(path, args.lang)
    if args.command == "open":
        package = Path(args.package).resolve() if args.package else None
        if package is not None and not package.is_file():
            raise WerkstattError(tr("CLI", "There is no file {path} to open.", path=package))
        return open_gui(path, args.lang, package)
    if args.command == "demo":
        return with_store(path, create=True, action=lambda store: cmd_demo(store))
    if args.command == "list":
        return with_store(path, create=False, read_only=True,
                          action=lambda store: cmd_list(store, args.what, args.json))
    if args.command == "show":
        return with_store(path, create=False, read_only=True,
                          action=lambda store: cmd_show(store, args.model_id, args.json))
    if args.command == "export":
        from werkstatt.interchange.cli import cmd_export

        return with_store(path, create=False, read_only=True, action=lambda store: cmd_export(store, args))
    if args.command == "import":
        from werkstatt.interchange.cli import cmd_import

        return with_store(path, create=True, action=lambda store: cmd_import(store, args))
    if args.command == "vote":
        return with_store(path, create=False, read_only=True,
                          action=lambda store: cmd_vote_results(store, args.round_id, args.json))
    if args.command == "analyse":
        from werkstatt.analysis.cli import cmd_analyse

        return with_store(path, create=False, read_only=True,
                          action=lambda store: cmd_analyse(store, args.model_id, args.json))
    if args.command == "compare":
        from werkstatt.analysis.cli import cmd_compare

        return with_store(path, create=False, read_only=True,
                          action=lambda store: cmd_compare(store, args.model_a, args.model_b, args.json))
    if args.command == "variants":
        from werkstatt.analysis.cli import cmd_variants

        return with_store(path, create=False, read_only=True,
                          action=lambda store: cmd_variants(store, args.process_id, args.json))
    if args.command == "protocol":
        return with_store(path, create=False, read_only=True, action=lambda store: cmd_protocol(store, args))
    if args.command == "map":
        from werkstatt.library.process_map import write_map

        return with_store(path, create=False, read_only=True,
                          action=lambda store: write_map(store, Path(args.out), paper=args.paper))
    if args.command == "check":
        return cmd_check(path)
    if args.command in ("register", "sync", "conflicts"):
        from werkstatt.sync import cli as sync_cli

        return sync_cli.run(args, path, with_store)
    if args.command == "capture":
        return with_store(path, create=False, action=lambda store: cmd_capture(store, args.model_id, args.json))
    if args.command == "organisations":
        from werkstatt.people import organisations_cli

        listing = args.organisations_command == "list"
        return with_store(path, create=not listing, read_only=listing,
                          action=lambda store: organisations_cli.run(store, args))
    if args.command == "people":
        from werkstatt.people import cli as people_cli

        reading = people_cli.read_only(args)
        return with_store(path, create=False, read_only=reading, action=lambda store: people_cli.run(store, args))
    if args.command == "library":
        from werkstatt.library import cli as library_cli

        return with_store(path, create=False, read_only=library_cli.read_only(args),
                          action=lambda store: library_cli.run(store, args))
    raise AssertionError(args.command)


def cmd_check(path: Path) -> int:
    """``werkstatt check``: the full check a start no longer runs, read-only; exit 1 when damaged."""
    from werkstatt.store.check import check_store

    if not path.is_file() or path.stat().st_size == 0:
        raise WerkstattError(tr("CLI", "There is no database at {path}. Create one with “werkstatt demo” "
                                       "or choose another with --db.", path=path))
    result = check_store(path)
    print(result.sentence, file=sys.stdout if result.ok else sys.stderr)
    return 0 if result.ok else EXIT_ERROR


def with_store(path: Path, *, create: bool, action: Any, read_only: bool = False) -> int:
    """Open the database for one command. ``read_only``: the command only reads, so the file is
    neither created, migrated nor changed in any way; ``create``: a missing or empty file becomes
    a new database (and goes again if the command fails)."""
    if not create and (not path.exists() or (path.is_file() and path.stat().st_size == 0)):
        raise WerkstattError(tr("CLI", "There is no database at {path}. Create one with “werkstatt demo” "
                                       "or choose another with --db.", path=path))
    store = open_store(path, read_only=read_only)
    try:
        return int(action(store))
    except BaseException:
        if store.created:  # e.g. demo on a full disk: no empty database stays behind
            store.close()
            remove_new_database(path)
        raise
    finally:
        store.close()


def open_gui(path: Path, language: str | None, package: Path | None = None) -> int:
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
                                                 or os.environ.get("QT_QPA_PLATFORM")):
        raise WerkstattError(tr("CLI", "There is no screen to open the window on (neither DISPLAY nor "
                                       "WAYLAND_DISPLAY is set). The commands in “werkstatt --help” work "
                                       "without one."))
    from werkstatt.ui.app import run_app

    return int(run_app(path, language=language, package=package))


def emit_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def cmd_demo(store: Store) -> int:
    from werkstatt.demo import create_demo

    workshop_id, created = create_demo(store)
    if created:
        print(tr("CLI", "Demo workshop created in {path} (id {id}).", path=store.path, id=workshop_id))
    else:
        print(tr("CLI", "The demo workshop already exists in {path} (id {id}).", path=store.path, id=workshop_id))
    return 0


def cmd_list(store: Store, what: str, as_json: bool) -> int:
    from werkstatt import voting
    from werkstatt.read import model as queries

    with store.read_session() as session:
        rows = {"workshops": queries.workshops, "processes": queries.processes, "models": queries.models,
                "rounds": voting.round_list}[what](session)
    if as_json:
        emit_json(rows)
        return 0
    if not rows:
        print(tr("CLI", "Nothing here yet."))
    for row in rows:
        name = row.get("title") or row.get("name") or row.get("question")
        details = [str(row[key]) for key in ("date", "kind", "organisation", "register_key", "workshop")
                   if row.get(key)]
        if "state" in row:
            details += [method_name(str(row["method"])), state_name(str(row["state"]))]
        print(f"{row['id']}  {name}" + (f"  ({', '.join(details)})" if details else ""))
    return 0


def method_name(method: str) -> str:
    return {"dots": tr("CLI", "dot vote"), "effort_benefit": tr("CLI", "effort/benefit"),
            "consensus": tr("CLI", "systemic consensus")}.get(method, method)


def state_name(state: str) -> str:
    return {"prepared": tr("CLI", "prepared"), "open": tr("CLI", "open"),
            "closed": tr("CLI", "revealed")}.get(state, state)


def cmd_vote_results(store: Store, round_id: str, as_json: bool) -> int:
    from werkstatt.voting.cli import round_result

    with store.read_session() as session:
        result = round_result(session, round_id)  # a unique id prefix is enough, as everywhere else
    if as_json:
        emit_json(result.as_dict())
        return 0
    print(result.question)
    print(tr("CLI", "{method}, {state}; {voters} of {eligible} voted.", method=method_name(result.method),
             state=state_name(result.state), voters=result.voters, eligible=result.eligible))
    if result.state != "closed":
        print(tr("CLI", "The round has not been revealed: these totals are provisional."))
    for item in result.items:
        total = f"{item.total:g}"
        if item.quadrant is not None:
            total = tr("CLI", "benefit {benefit:g}, effort {effort:g}", benefit=item.benefit, effort=item.effort)
        print(f"{item.rank:>3}.  {total:>6}  {item.label}")
    for note in (result.breakdown_note, *result.notes):
        if note:
            print(note)
    return 0


def cmd_protocol(store: Store, args: argparse.Namespace) -> int:
    """The PDF with its Anlagen and, with ``--eml``, the e-mail draft beside it.

    Whatever can be refused is refused before the PDF is written (a draft's folder that is missing, an
    address no mail program takes), so that a refusal leaves nothing behind; only a disk that fails while
    the draft is written leaves the finished PDF, and the sentence says so.
    """
    from werkstatt.protocol import gather
    from werkstatt.protocol.attachments import protocol_attachments
    from werkstatt.protocol.mail import recipients, with_addresses, write_draft

    out = Path(args.out)
    draft = Path(args.eml) if args.eml else None
    if draft is not None:
        check_draft_path(draft, out)
    names = not args.no_names
    with store.read_session() as session:
        content = gather(session, args.workshop_id, names=names)
        attachments = protocol_attachments(session, content.workshop_id, names=names)
        addressed = with_addresses(session, content) if draft is not None else content
    if draft is not None:
        recipients(addressed)  # a bad address is said now, not after the PDF
    from werkstatt.protocol.pdf import write_protocol

    written = write_protocol(content, out, attachments=attachments, paper=args.paper)
    print(tr("CLI", "Protocol written to {path}.", path=written))
    if draft is not None:
        try:
            draft = write_draft(addressed, written, draft)
        except WerkstattError as error:
            raise WerkstattError(tr("CLI", "The protocol was written to {path}, the e-mail draft was not: {reason}",
                                    path=written, reason=error.message)) from error
        print(tr("CLI", "E-mail draft written to {path}; open it in your mail program to send it.", path=draft))
    return 0


def check_draft_path(draft: Path, pdf: Path) -> None:
    if draft.resolve() == pdf.resolve():
        raise WerkstattError(tr("CLI", "The e-mail draft and the protocol cannot be the same file {path}.",
                                path=draft))
    if draft.is_dir():
        raise WerkstattError(tr("CLI", "{path} is a folder; give a file name for the e-mail draft.", path=draft))
    if not draft.parent.is_dir():
        raise WerkstattError(tr("CLI", "There is no folder {path} for the e-mail draft.", path=draft.parent))


def cmd_show(store: Store, model_id: str, as_json: bool) -> int:
    from werkstatt.read import model as queries

    with store.read_session() as session:
        view = queries.model_view(session, model_id)
    if as_json:
        emit_json(view.as_dict())
        return 0
    print(f"{view.model['name']} ({view.model['kind']})  {view.model['id']}")
    labels = {step["id"]: step["label"] for step in view.steps}
    kinds = {"start": tr("CLI", "start"), "task": tr("CLI", "task"), "decision": tr("CLI", "decision"),
             "parallel": tr("CLI", "parallel"), "inclusive": tr("CLI", "inclusive"),
             "event_based": tr("CLI", "event-based"), "complex": tr("CLI", "complex"),
             "subprocess": tr("CLI", "subprocess"), "end": tr("CLI", "end")}
    for lane in view.lanes:
        print(f"\n[{lane['name']}]")
        for step in (s for s in view.steps if s["lane_id"] == lane["id"]):
            minutes = f"  {step['processing_minutes']:g} min" if step["processing_minutes"] else ""
            print(f"  {step['id'][:8]}  {kinds.get(step['kind'], step['kind']):<12} {step['label']}{minutes}")
    print()
    for flow in view.flows:
        label = f" [{flow['label']}]" if flow["label"] else ""
        print(f"  {labels.get(flow['source'], '?')} → {labels.get(flow['target'], '?')}{label}")
    return 0


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
            print(tr("CLI", "ok {line}: {message}", line=number, message=ack.message), flush=True)
    return EXIT_ERROR if failures else 0


def decode_line(raw: bytes, number: int) -> str:
    from werkstatt.capture.syntax import QuickEntryError

    try:
        return raw.decode("utf-8").rstrip("\r\n")
    except UnicodeDecodeError as error:
        raise QuickEntryError(tr("CLI", "The line is not UTF-8 text."), line_number=number) from error


if __name__ == "__main__":
    sys.exit(main())
