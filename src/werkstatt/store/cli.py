"""``werkstatt demo`` and ``werkstatt check``; ``with_store``: how every command opens the database; and the
three argparse conventions every package's ``cli`` shares (``actions_of``, ``list_action``,
``json_option``).

The store itself (SQLAlchemy) is imported inside the functions: the root parser imports this module
to build ``werkstatt --help``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from werkstatt.errors import WerkstattError
from werkstatt.i18n import tr

if TYPE_CHECKING:
    from werkstatt.store.database import Store

EXIT_DAMAGED = 1


def register(commands: argparse._SubParsersAction) -> None:
    demo = commands.add_parser("demo", help=tr("StoreCLI", "create the demo workshop (once)"))
    demo.set_defaults(handler=run_demo)
    check = commands.add_parser("check", help=tr("StoreCLI", "read every page of the database and say whether it "
                                                             "is intact (changes nothing)"))
    check.set_defaults(handler=run_check)


def actions_of(command: argparse.ArgumentParser, dest: str) -> argparse._SubParsersAction:
    """The ACTION a command with several (``werkstatt people list|erase|…``) requires, stored in ``dest``."""
    return command.add_subparsers(dest=dest, metavar="ACTION", required=True)


def list_action(actions: argparse._SubParsersAction, help_text: str) -> argparse.ArgumentParser:
    """The ``list`` ACTION (``werkstatt people list``): what is there, ``--json`` for a program."""
    listing = actions.add_parser("list", help=help_text)
    json_option(listing)
    return listing


def json_option(parser: argparse.ArgumentParser) -> None:
    """``--json``: the same flag, worded once, on every command that can answer for a program."""
    parser.add_argument("--json", action="store_true", help=tr("StoreCLI", "machine-readable output"))


def database_path(args: argparse.Namespace) -> Path:
    """The file ``--db`` names, else WERKSTATT_DB, else the one in the user's data folder."""
    from werkstatt.store.paths import resolve_db_path

    return resolve_db_path(args.db)


def no_database(path: Path) -> WerkstattError:
    return WerkstattError(tr("StoreCLI", "There is no database at {path}. Create one with “werkstatt demo” "
                                         "or choose another with --db.", path=path))


def with_store(args: argparse.Namespace, *, create: bool, action: Callable[[Store], Any],
               read_only: bool = False) -> int:
    """Open the database for one command. ``read_only``: the command only reads, so the file is
    neither created, migrated nor changed in any way; ``create``: a missing or empty file becomes
    a new database (and goes again if the command fails)."""
    from werkstatt.store.database import open_store, remove_new_database

    path = database_path(args)
    if not create and (not path.exists() or (path.is_file() and path.stat().st_size == 0)):
        raise no_database(path)
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


def run_check(args: argparse.Namespace) -> int:
    """``werkstatt check``: the full check a start no longer runs, read-only; exit 1 when damaged."""
    from werkstatt.store.check import check_store

    path = database_path(args)
    if not path.is_file() or path.stat().st_size == 0:
        raise no_database(path)
    result = check_store(path)
    print(result.sentence, file=sys.stdout if result.ok else sys.stderr)
    return 0 if result.ok else EXIT_DAMAGED


def run_demo(args: argparse.Namespace) -> int:
    return with_store(args, create=True, action=create_demo_workshop)


def create_demo_workshop(store: Store) -> int:
    from werkstatt.demo import create_demo

    workshop_id, created = create_demo(store)
    if created:
        print(tr("StoreCLI", "Demo workshop created in {path} (id {id}).", path=store.path, id=workshop_id))
    else:
        print(tr("StoreCLI", "The demo workshop already exists in {path} (id {id}).", path=store.path,
                 id=workshop_id))
    return 0
