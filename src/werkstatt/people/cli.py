"""``werkstatt people …``: list the people on this laptop, erase one, anonymise those whose last
workshop is older than a limit. Erasing cannot be undone, so it asks for ``--yes``.

``werkstatt organisations …``: list, add, rename, merge and remove organisations, and add the
project's six administrations at once; each change is one edit, refused input changes nothing.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from typing import TYPE_CHECKING, Any

from werkstatt.i18n import tr
from werkstatt.store.cli import actions_of, list_action

if TYPE_CHECKING:
    from werkstatt.store.database import Store

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


def register(commands: argparse._SubParsersAction) -> None:
    _register_organisations(commands)
    _register_people(commands)


def _register_organisations(commands: argparse._SubParsersAction) -> None:
    from werkstatt.model.organisation import ORGANISATION_KINDS

    organisations = commands.add_parser("organisations", help=tr("OrganisationsCLI", "list, add, rename or remove "
                                                                                      "the organisations"))
    actions = actions_of(organisations, "organisations_command")
    list_action(actions, tr("OrganisationsCLI", "the organisations on this laptop"))
    add = actions.add_parser("add", help=tr("OrganisationsCLI", "add an organisation"))
    add.add_argument("name", metavar="NAME", nargs="?")
    add.add_argument("--short", default="", metavar="SHORT", help=tr("OrganisationsCLI", "its short name"))
    add.add_argument("--kind", default="stadt", choices=ORGANISATION_KINDS,
                     help=tr("OrganisationsCLI", "its kind (extern: citizens, businesses, TÜV …)"))
    add.add_argument("--starting-set", action="store_true",
                     help=tr("OrganisationsCLI", "add the six administrations of the project instead"))
    actions.add_parser("starter", help=tr("OrganisationsCLI", "add the six administrations of the project "
                                                              "(those not there yet)"))
    rename = actions.add_parser("rename", help=tr("OrganisationsCLI", "change an organisation's name, short name "
                                                                      "or kind"))
    rename.add_argument("organisation", metavar="ORG", help=tr("OrganisationsCLI", "id, name or short name"))
    rename.add_argument("new_name", metavar="NEW_NAME", nargs="?")
    rename.add_argument("--short", metavar="SHORT", help=tr("OrganisationsCLI", "the new short name"))
    rename.add_argument("--kind", choices=ORGANISATION_KINDS, help=tr("OrganisationsCLI", "the new kind"))
    merge = actions.add_parser("merge", help=tr("OrganisationsCLI", "merge one organisation into another"))
    merge.add_argument("organisation", metavar="ORG")
    merge.add_argument("into", metavar="INTO_ORG")
    remove = actions.add_parser("remove", help=tr("OrganisationsCLI", "remove an organisation nothing names"))
    remove.add_argument("organisation", metavar="ORG")
    organisations.set_defaults(handler=run_organisations)


def _register_people(commands: argparse._SubParsersAction) -> None:
    people = commands.add_parser("people", help=tr("PeopleCLI", "list, erase or anonymise the people (personal "
                                                                "data)"))
    actions = actions_of(people, "people_command")
    list_action(actions, tr("PeopleCLI", "the people on this laptop"))
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
    people.set_defaults(handler=run_people)


def run_people(args: argparse.Namespace) -> int:
    from werkstatt.store.cli import with_store

    return with_store(args, create=False, read_only=read_only(args), action=lambda store: run(store, args))


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


def run_organisations(args: argparse.Namespace) -> int:
    from werkstatt.store.cli import with_store

    listing = args.organisations_command == "list"
    return with_store(args, create=not listing, read_only=listing, action=lambda store: organisations(store, args))


def organisations(store: Store, args: argparse.Namespace) -> int:
    from werkstatt.edits import Editor
    from werkstatt.edits import organisations as edits
    from werkstatt.errors import EditError

    command = args.organisations_command
    if command == "list":
        return _list_organisations(store, args.json)
    editor = Editor(store)
    if command == "starter" or (command == "add" and args.starting_set):
        if command == "add" and args.name:
            raise EditError(tr("OrganisationsCLI", "Give either a name or --starting-set, not both."))
        with store.reading() as session:
            missing = edits.missing_administrations(session)
        if not missing:
            print(tr("OrganisationsCLI", "The six administrations of the project are already there."))
            return 0
        editor.apply(edits.AddStartingSet())
        print(tr("OrganisationsCLI", "Added: {names}.", names=", ".join(name for name, _s, _k in missing)))
        return 0
    if command == "add":
        if args.name is None:
            raise EditError(tr("OrganisationsCLI", "Give the name of the organisation to add."))
        add = editor.apply(edits.AddOrganisation(args.name, short_name=args.short, kind=args.kind))
        assert isinstance(add, edits.AddOrganisation)
        print(tr("OrganisationsCLI", "Organisation added (id {id}).", id=add.organisation_id))
        return 0
    with store.reading() as session:
        organisation = edits.find_organisation(session, args.organisation)
        org_id, org_name = organisation.id, organisation.name
        into = edits.find_organisation(session, args.into) if command == "merge" else None
        into_id, into_name = (into.id, into.name) if into else ("", "")
    if command == "rename":
        changes = {key: value for key, value in (("name", args.new_name), ("short_name", args.short),
                                                 ("kind", args.kind)) if value is not None}
        if not changes:
            raise EditError(tr("OrganisationsCLI", "Say what to change: a new name, --short or --kind."))
        editor.apply(edits.EditOrganisation(org_id, **changes))
        print(tr("OrganisationsCLI", "Organisation “{name}” changed.", name=org_name))
    elif command == "merge":
        editor.apply(edits.MergeOrganisations(org_id, into_id))
        print(tr("OrganisationsCLI", "“{name}” was merged into “{into}”.", name=org_name, into=into_name))
    else:
        editor.apply(edits.DeleteOrganisation(org_id))
        print(tr("OrganisationsCLI", "Organisation “{name}” removed.", name=org_name))
    return 0


def _list_organisations(store: Store, as_json: bool) -> int:
    from werkstatt.edits.organisations import kind_name, live_organisations

    with store.reading() as session:
        rows = [{"id": o.id, "name": o.name, "short_name": o.short_name, "kind": o.kind}
                for o in live_organisations(session)]
    if as_json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print(tr("OrganisationsCLI", "There are no organisations yet; “werkstatt organisations starter” adds the "
                                     "six administrations of the project."))
    for row in rows:
        short = f" ({row['short_name']})" if row["short_name"] and row["short_name"] != row["name"] else ""
        print(f"{row['id']}  {row['name']}{short}  – {kind_name(row['kind'])}")
    return 0
