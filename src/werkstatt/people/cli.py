"""``werkstatt people …``: list the people on this laptop, erase one, anonymise those whose last
workshop is older than a limit. Erasing cannot be undone, so it asks for ``--yes``."""

from __future__ import annotations

import argparse
import json
import re
import sys
from typing import Any

from werkstatt.i18n import tr
from werkstatt.store import Store

EXIT_USAGE = 2
MAX_MONTHS = 1200


def months(value: str) -> int:
    """``12m`` → 12; anything else is refused by argparse with this sentence."""
    match = re.fullmatch(r"\s*(\d{1,4})\s*[mM]\s*", value)
    if not match or not 1 <= int(match.group(1)) <= MAX_MONTHS:
        raise argparse.ArgumentTypeError(tr("PeopleCLI", "give the age as a number of months from 1 to {max} "
                                                         "followed by m, such as 12m, not “{value}”",
                                            max=MAX_MONTHS, value=value))
    return int(match.group(1))


def add_parsers(commands: Any) -> None:
    people = commands.add_parser("people", help=tr("PeopleCLI", "list, erase or anonymise the people (personal "
                                                                "data)"))
    actions = people.add_subparsers(dest="people_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help=tr("PeopleCLI", "the people on this laptop"))
    listing.add_argument("--json", action="store_true", help=tr("PeopleCLI", "machine-readable output"))
    erase = actions.add_parser("erase", help=tr("PeopleCLI", "erase a person's name and function everywhere "
                                                             "(cannot be undone)"))
    erase.add_argument("person", metavar="PERSON", help=tr("PeopleCLI", "id, id prefix or exact name"))
    erase.add_argument("--yes", action="store_true", help=tr("PeopleCLI", "really erase (without it: only show "
                                                                          "what would happen)"))
    erase.add_argument("--purge-backups", action="store_true",
                       help=tr("PeopleCLI", "also delete the backups that still hold the name"))
    anonymise = actions.add_parser("anonymise", help=tr("PeopleCLI", "anonymise the people whose last workshop is "
                                                                     "older than a limit"))
    anonymise.add_argument("--older-than", type=months, required=True, metavar="Nm",
                           help=tr("PeopleCLI", "the limit in months, such as 12m"))


def read_only(args: argparse.Namespace) -> bool:
    """Listing and showing an erase plan change nothing, so they open the file read-only."""
    return args.people_command == "list" or (args.people_command == "erase" and not args.yes)


def run(store: Store, args: argparse.Namespace) -> int:
    from werkstatt.people import erasure as people

    if args.people_command == "list":
        with store.reading() as session:
            rows = people.list_people(session)
        return _list(rows, args.json)
    if args.people_command == "erase":
        plan = people.erase_plan(store, args.person)
        if not args.yes:
            _print_plan(plan, args.purge_backups)
            print(tr("PeopleCLI", "Nothing was changed: add --yes to erase {name}.", name=plan.person.name),
                  file=sys.stderr)
            return EXIT_USAGE
        report = people.erase_person(store, plan.person.id, purge_backups=args.purge_backups)
        print(tr("PeopleCLI", "Erased: {rows} rows no longer hold the name; {backups} backups deleted.",
                 rows=report.rows, backups=len(report.backups_purged)))
        _report_held(report)
        _warn_unclean(report)
        return 0
    report = people.anonymise_older_than(store, args.older_than)
    print(tr("PeopleCLI", "{people} people anonymised ({rows} rows), {tombstones} deleted rows purged, "
                          "{backups} older backups deleted.", people=report.people, rows=report.rows,
             tombstones=report.tombstones_purged, backups=len(report.backups_purged)))
    _report_held(report)
    _warn_unclean(report)
    return 0


def _report_held(report: Any) -> None:
    from werkstatt.people import erasure as people

    for sentence in people.held_sentences(report.held):
        print(sentence)


def _warn_unclean(report: Any) -> None:
    if not report.file_clean:
        print(tr("PeopleCLI", "Another program (an open Werkstatt window?) is using the database: the old "
                              "text leaves the file when it is closed."), file=sys.stderr)
    elif report.name_in_rows and not report.held:
        print(tr("PeopleCLI", "Other rows still contain the letters of the name (another person of that name, "
                              "or a word that is no mention of the person), so the file still holds them."),
              file=sys.stderr)


def _list(rows: list[Any], as_json: bool) -> int:
    if as_json:
        print(json.dumps([{"id": p.id, "name": p.name, "function": p.function, "organisation": p.organisation,
                           "workshops": p.workshops,
                           "last_workshop": p.last_workshop.isoformat() if p.last_workshop else None}
                          for p in rows], ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print(tr("PeopleCLI", "There are no people on this laptop."))
    for p in rows:
        details = ", ".join(part for part in (p.function, p.organisation) if part)
        last = p.last_workshop.isoformat() if p.last_workshop else "–"
        print(f"{p.id}  {p.name}" + (f" ({details})" if details else "")
              + "  " + tr("PeopleCLI", "{count} workshops, last {date}", count=p.workshops, date=last))
    return 0


def _print_plan(plan: Any, purge_backups: bool) -> None:
    from werkstatt.people import erasure as people

    print(tr("PeopleCLI", "Erasing {name} replaces the name by a placeholder and removes the function; the "
                          "organisation, attendance and votes stay.", name=plan.person.name))
    for table, count in sorted(plan.rows.items()):
        print(f"  {table}: {count}")
    for sentence in people.held_sentences(plan.held):
        print(sentence)
    if plan.backups:
        if purge_backups:
            print(tr("PeopleCLI", "These backups still hold the name and will be deleted:"))
        else:
            print(tr("PeopleCLI", "These backups still hold the name (--purge-backups deletes them):"))
        for path, date in plan.backups:
            print(f"  {path}  ({date:%Y-%m-%d %H:%M} UTC)")
    print(tr("PeopleCLI", "Erasing cannot be undone, and an open window drops its undo history for it."))
