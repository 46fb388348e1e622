"""``werkstatt organisations …``: list, add, rename, merge and remove organisations, and add the
project's six administrations at once; each change is one edit, refused input changes nothing."""

from __future__ import annotations

import argparse
import json
from typing import Any

from werkstatt.i18n import tr
from werkstatt.model import ORGANISATION_KINDS
from werkstatt.store import Store


def add_parsers(commands: Any) -> None:
    organisations = commands.add_parser("organisations", help=tr("OrganisationsCLI", "list, add, rename or remove "
                                                                                      "the organisations"))
    actions = organisations.add_subparsers(dest="organisations_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help=tr("OrganisationsCLI", "the organisations on this laptop"))
    listing.add_argument("--json", action="store_true", help=tr("OrganisationsCLI", "machine-readable output"))
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


def run(store: Store, args: argparse.Namespace) -> int:
    from werkstatt.edits import Editor
    from werkstatt.edits import organisations as edits
    from werkstatt.errors import EditError

    command = args.organisations_command
    if command == "list":
        return _list(store, args.json)
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


def _list(store: Store, as_json: bool) -> int:
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
