"""``werkstatt sync`` and ``werkstatt conflicts …``; the register's own set-up is in register/cli.py."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from werkstatt.errors import WerkstattError
from werkstatt.i18n import tr
from werkstatt.store.cli import actions_of, json_option, list_action

if TYPE_CHECKING:
    from werkstatt.store.database import Store

# A sync that went through but left something for the user: conflicts to resolve, or edits to other
# organisations' library rows that were not sent. Scripts must not mistake either for "all sent".
EXIT_CONFLICTS = 3
EXIT_NOT_SENT = 4


def register(commands: argparse._SubParsersAction) -> None:
    sync = commands.add_parser(
        "sync", help=tr("SyncCLI", "send this laptop's results to the register and receive the library"),
        epilog=tr("SyncCLI", "Exit codes: 0 everything was sent, 1 the sync failed (nothing was changed), 3 there are "
                             "conflicts, 4 edits to other organisations' library rows were not sent."))
    sync.add_argument("--register", metavar="URL", help=tr("SyncCLI", "the register (default: the last one used)"))
    sync.add_argument("--as", dest="organisation", metavar="ORG",
                      help=tr("SyncCLI", "the organisation this laptop syncs as (default: the last one)"))
    json_option(sync)
    sync.set_defaults(handler=run_sync)

    conflicts = commands.add_parser("conflicts", help=tr("SyncCLI", "list or resolve sync conflicts"))
    conflict_actions = actions_of(conflicts, "conflicts_command")
    list_action(conflict_actions, tr("SyncCLI", "the open conflicts, both versions"))
    resolve = conflict_actions.add_parser("resolve", help=tr("SyncCLI", "resolve one conflict"))
    resolve.add_argument("conflict_id", metavar="CONFLICT_ID")
    resolve.add_argument("choice", choices=("mine", "theirs", "both"),
                         help=tr("SyncCLI", "keep mine, take theirs, or keep both (mine becomes a variant)"))
    conflicts.set_defaults(handler=run_conflicts)


def _remembered_url(store: Store) -> str:
    from werkstatt.sync.ownership import current_register

    with store.reading() as session:
        register = current_register(session)
        if register is None:
            raise WerkstattError(tr("SyncCLI", "This laptop has not synced yet: give the register with "
                                               "--register URL and the organisation with --as ORG."))
        return register.url


def cmd_sync(store: Store, args: argparse.Namespace) -> int:
    from werkstatt.register.cli import close_engine, open_engine
    from werkstatt.register.errors import translating
    from werkstatt.sync.engine import sync

    address, engine = open_engine(args.register or _remembered_url(store))
    try:
        with translating(address):
            report = sync(store, engine, display=address.display, organisation=args.organisation)
    finally:
        close_engine(engine)
    if args.json:
        print(json.dumps({
            "register": report.register, "organisation": report.organisation, "generation": report.generation,
            "pushed": dict(report.pushed), "pulled": dict(report.pulled), "statements": report.statements,
            "conflicts": [{"table": c.table, "row_id": c.row_id} for c in report.conflicts],
            "not_sent_library": dict(report.not_sent_library), "warnings": report.warnings,
        }, ensure_ascii=False, indent=2))
    else:
        print(summary(report))
    return exit_code(report)


def exit_code(report: Any) -> int:
    """0 only when everything that changed here was sent: conflicts 3, unsent library edits 4."""
    if report.conflicts:
        return EXIT_CONFLICTS
    return EXIT_NOT_SENT if report.not_sent_library else 0


def summary(report: Any) -> str:
    """The report as a few sentences, for the terminal and the GUI."""
    lines = [tr("SyncCLI", "Synced with {address} as {org}.", address=report.register, org=report.organisation)]
    sent, received = sum(report.pushed.values()), sum(report.pulled.values())
    if not sent and not received and not report.conflicts and not report.not_sent_library:
        lines.append(tr("SyncCLI", "Nothing had changed on either side."))
    else:
        lines.append(tr("SyncCLI", "Sent: {n} rows. Received: {m} rows.", n=sent, m=received))
    if report.conflicts:
        lines.append(tr("SyncCLI", "{n} conflicts: these rows changed here and in the register; nothing was "
                                   "overwritten. See “werkstatt conflicts list”.", n=len(report.conflicts)))
    if report.not_sent_library:
        lines.append(tr("SyncCLI", "{n} changes to other organisations' library rows were not sent; adopt the "
                                   "model as your own variant to change it.", n=sum(report.not_sent_library.values())))
    lines.extend(report.warnings)
    lines.append(tr("SyncCLI", "{n} statements sent to the register.", n=report.statements))
    return "\n".join(lines)


def cmd_conflicts(store: Store, args: argparse.Namespace) -> int:
    from werkstatt.sync.conflicts import open_conflicts, resolve
    from werkstatt.sync.rows import to_json

    if args.conflicts_command == "resolve":
        print(resolve(store, args.conflict_id, args.choice))
        return 0
    with store.reading() as session:
        conflicts = open_conflicts(session)
    if args.json:
        print(json.dumps([{"id": c.id, "table": c.table, "row_id": c.row_id, "what": c.what,
                           "differing": list(c.differing), "mine": json.loads(to_json(c.mine)),
                           "theirs": json.loads(to_json(c.theirs))} for c in conflicts], ensure_ascii=False, indent=2))
        return 0
    if not conflicts:
        print(tr("SyncCLI", "There are no open conflicts."))
        return 0
    for conflict in conflicts:
        print(f"{conflict.id[:8]}  {conflict.what}")
        for column in conflict.differing:
            print(tr("SyncCLI", "    {column}: mine “{mine}” – theirs “{theirs}”", column=column,
                     mine=conflict.mine.get(column), theirs=conflict.theirs.get(column)))
    return 0


def run_sync(args: argparse.Namespace) -> int:
    from werkstatt.store.cli import with_store

    # A laptop that has never been used may sync first: it then receives the library and organisations.
    return with_store(args, create=bool(args.register), action=lambda store: cmd_sync(store, args))


def run_conflicts(args: argparse.Namespace) -> int:
    from werkstatt.store.cli import with_store

    return with_store(args, create=False, action=lambda store: cmd_conflicts(store, args))
