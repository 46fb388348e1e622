"""``werkstatt library …`` and ``werkstatt map``: the library from the command line; ``search`` answers
from the panel's own code.

Reading commands open the database read-only (nothing is written, not even the search index: its
pending rows are matched in Python). A new action adds its parser in ``register`` and says in
``read_only`` whether it writes.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from werkstatt.i18n import tr
from werkstatt.store.cli import actions_of, json_option

DEFAULT_LIMIT = 50
READING = frozenset({"search"})


def register(commands: argparse._SubParsersAction) -> None:
    process_map = commands.add_parser("map", help=tr("LibraryCLI", "write the process map (Prozesslandkarte) of "
                                                                   "the register, grouped by product area"))
    process_map.add_argument("--out", metavar="FILE", required=True,
                             help=tr("LibraryCLI", "the file to write: .svg, .pdf, .png or .dot"))
    process_map.add_argument("--paper", choices=("A4", "A3"), default="A4",
                             help=tr("LibraryCLI", "paper size of the PDF pages (landscape)"))
    process_map.set_defaults(handler=run_map)

    library = commands.add_parser("library", help=tr("LibraryCLI", "search the process library (register)"))
    actions = actions_of(library, "library_command")
    search = actions.add_parser("search", help=tr("LibraryCLI", "the processes whose fact sheet contains all the "
                                                                "words, as the register tab finds them"))
    search.add_argument("words", metavar="WORDS", nargs="*",
                        help=tr("LibraryCLI", "words that must all occur (any case, “ue” for “ü”)"))
    search.add_argument("--area", default="", metavar="AREA",
                        help=tr("LibraryCLI", "only this product area (its name or its number)"))
    search.add_argument("--status", default="", metavar="STATUS", help=tr("LibraryCLI", "only this status"))
    search.add_argument("--organisation", default="", metavar="ORG",
                        help=tr("LibraryCLI", "only processes this organisation owns or has a model of"))
    search.add_argument("--limit", type=int, default=DEFAULT_LIMIT, metavar="N",
                        help=tr("LibraryCLI", "show at most N processes (default {count})", count=DEFAULT_LIMIT))
    json_option(search)
    for name, text in (("take", tr("LibraryCLI", "take processes along for workshops: the next sync brings "
                                                 "their models, to work on them offline")),
                       ("release", tr("LibraryCLI", "no longer take processes along (what came stays)"))):
        holding = actions.add_parser(name, help=text)
        holding.add_argument("processes", metavar="PROCESS", nargs="+",
                             help=tr("LibraryCLI", "a process by its register key or id (the first characters "
                                                   "of the id are enough)"))
    library.set_defaults(handler=run_library)


def run_map(args: argparse.Namespace) -> int:
    from werkstatt.store.cli import with_store

    return with_store(args, create=False, read_only=True,
                      action=lambda store: write_map(store, Path(args.out), paper=args.paper))


def write_map(store: Any, out: Path, *, paper: str = "A4", language: str | None = None) -> int:
    """``werkstatt map --out FILE``: write the map and say where; errors are ProcessMapError sentences."""
    from werkstatt.library import process_map

    written = process_map.write_map(store, out, paper=paper, language=language)
    print(tr("LibraryCLI", "Process map written to {path}.", path=str(written)))
    return 0


def run_library(args: argparse.Namespace) -> int:
    from werkstatt.store.cli import with_store

    return with_store(args, create=False, read_only=read_only(args), action=lambda store: run(store, args))


def read_only(args: argparse.Namespace) -> bool:
    return args.library_command in READING


def run(store: Any, args: argparse.Namespace) -> int:
    if args.library_command == "search":
        return _search(store, args)
    if args.library_command in ("take", "release"):
        return _take_or_release(store, args.processes, take=args.library_command == "take")
    raise AssertionError(args.library_command)


def _search(store: Any, args: argparse.Namespace) -> int:
    from werkstatt.errors import WerkstattError
    from werkstatt.library.search import ProcessQuery, count_processes, find_processes

    if args.limit < 1:
        raise WerkstattError(tr("LibraryCLI", "--limit must be at least 1."))
    with store.reading() as session:
        query = ProcessQuery(text=" ".join(args.words), product_area=_area(args.area), status=_status(args.status),
                             organisation_id=_organisation(session, args.organisation))
        hits = find_processes(session, query, limit=args.limit)
        total = count_processes(session, query) if len(hits) >= args.limit else len(hits)
        if args.json:
            print(json.dumps({"count": total, "processes": [_as_json(hit) for hit in hits]},
                             ensure_ascii=False, indent=2))
            return 0
        if not hits:
            print(tr("LibraryCLI", "No process matches."))
            return 0
        for hit in hits:
            print(_line(hit))
            if hit.snippet:
                print(f"    {hit.snippet}")
        if total > len(hits):
            print(tr("LibraryCLI", "{shown} of {count} processes; --limit shows more.", shown=len(hits),
                     count=total))
    return 0


def _take_or_release(store: Any, given: list[str], *, take: bool) -> int:
    """Pin or unpin the named processes, all or none (one unknown name changes nothing)."""
    from werkstatt.library.holding import CATALOGUE_ONLY, offline_state, pin_process, unpin_process

    with store.session() as session:
        processes = [_process(session, text) for text in given]
        for process in processes:
            (pin_process if take else unpin_process)(session, process.id)
        states = offline_state(session, [process.id for process in processes])
    for process in processes:
        if not take:
            print(tr("LibraryCLI", "{name}: no longer taken along.", name=process.name))
        elif states[process.id] == CATALOGUE_ONLY:
            print(tr("LibraryCLI", "{name}: taken along; its models come with the next sync.", name=process.name))
        else:
            print(tr("LibraryCLI", "{name}: taken along; its models are on this laptop.", name=process.name))
    return 0


def _process(session: Any, given: str) -> Any:
    from sqlalchemy import or_, select

    from werkstatt.errors import WerkstattError
    from werkstatt.model import Process

    text = given.strip()
    found = list(session.scalars(select(Process).where(Process.deleted.is_(False), or_(
        Process.register_key == text, Process.id.startswith(text, autoescape=True))).limit(2))) if text else []
    if not found:
        raise WerkstattError(tr("LibraryCLI", "There is no process “{given}”.", given=given))
    if len(found) > 1:
        raise WerkstattError(tr("LibraryCLI", "“{given}” names more than one process; give more of its id.",
                                given=given))
    return found[0]


def _as_json(hit: Any) -> dict[str, Any]:
    return {"id": hit.id, "register_key": hit.register_key, "name": hit.name, "product_area": hit.product_area,
            "status": hit.status, "owner": hit.owner_name, "lead": hit.lead_name, "models": hit.model_count,
            "library": hit.is_library, "snippet": hit.snippet}


def _line(hit: Any) -> str:
    from werkstatt.library import status_word

    parts = [hit.name, hit.product_area or "–", status_word(hit.status), hit.owner_name or "–",
             tr("LibraryCLI", "1 model") if hit.model_count == 1 else
             tr("LibraryCLI", "{count} models", count=hit.model_count)]
    if hit.is_library:
        parts.append(tr("LibraryCLI", "library"))
    return " · ".join(parts)


def _area(given: str) -> str:
    """An area by its number ("2", "02") or its name in any case; other text is taken as it is."""
    from werkstatt.capture.textmatch import fold
    from werkstatt.library.product_areas import area_number, product_areas

    given = " ".join(given.split())
    if not given:
        return ""
    for area in product_areas():
        if (given.isdigit() and area_number(area) == int(given)) or fold(area) == fold(given):
            return area
    return given


def _status(given: str) -> str:
    from werkstatt.capture.textmatch import fold
    from werkstatt.errors import WerkstattError
    from werkstatt.library import status_word
    from werkstatt.model import PROCESS_STATUSES

    if not given.strip():
        return ""
    for status in PROCESS_STATUSES:
        if fold(given) in (fold(status), fold(status.replace("_", " ")), fold(status_word(status))):
            return status
    raise WerkstattError(tr("LibraryCLI", "There is no status “{given}”; there are: {known}.", given=given,
                            known=", ".join(PROCESS_STATUSES)))


def _organisation(session: Any, given: str) -> str | None:
    from werkstatt.edits.organisations import find_organisation

    return find_organisation(session, given).id if given.strip() else None
