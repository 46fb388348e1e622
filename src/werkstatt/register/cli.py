"""``werkstatt register init|grant``: set up the shared register; and how every command reaches it
(the password prompt on the terminal, the waiting notes on stderr)."""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any

from werkstatt.errors import WerkstattError
from werkstatt.i18n import tr
from werkstatt.store.cli import actions_of


def register(commands: argparse._SubParsersAction) -> None:
    setting_up = commands.add_parser("register", help=tr("RegisterCLI", "set up the shared register (for its "
                                                                        "administrator)"))
    actions = actions_of(setting_up, "register_command")
    init = actions.add_parser("init", help=tr("RegisterCLI", "create or upgrade a register and its organisations"))
    init.add_argument("url", metavar="URL", help=tr("RegisterCLI", "a SQLite file or postgresql://user@host/database"))
    init.add_argument("--organisation", action="append", default=[], metavar="NAME:SHORT[:KIND]",
                      help=tr("RegisterCLI", "an organisation to add (repeatable); default: the project's six "
                                             "administrations"))
    grant = actions.add_parser("grant", help=tr("RegisterCLI", "create the PostgreSQL login role of an "
                                                               "organisation"))
    grant.add_argument("organisation", metavar="ORG")
    grant.add_argument("--register", required=True, metavar="URL")
    grant.add_argument("--role", metavar="NAME", help=tr("RegisterCLI", "the role's name (default: "
                                                                        "werkstatt_<org>)"))
    grant.add_argument("--password-stdin", action="store_true",
                       help=tr("RegisterCLI", "read the role's new password from standard input"))
    setting_up.set_defaults(handler=cmd_register)


def _ask_password(prompt: str) -> str | None:
    """The register's prompt (it names the login and the register) on the terminal; None for no answer."""
    if not sys.stdin.isatty():
        return None
    try:
        return getpass.getpass(prompt.rstrip() + " ")
    except EOFError:  # Ctrl+D: no password; the caller says so in a sentence
        print(file=sys.stderr)
        return None


def _say(sentence: str) -> None:
    print(sentence, file=sys.stderr, flush=True)


def open_engine(url: str) -> tuple[Any, Any]:
    from werkstatt.register.connect import open_register_engine, parse_address

    address = parse_address(url)
    return address, open_register_engine(address, ask_password=_ask_password, on_wait=_say)


def close_engine(engine: Any) -> None:
    from werkstatt.register.connect import password_notice

    notice = password_notice(engine)
    if notice:
        _say(notice)
    engine.dispose()


def cmd_register(args: argparse.Namespace) -> int:
    from werkstatt.register import admin
    from werkstatt.register.errors import translating

    if args.register_command == "init":
        entries = [admin.parse_organisation(spec) for spec in args.organisation] or admin.default_organisations()
        address, engine = open_engine(args.url)
        try:
            with translating(address):
                added = admin.init_register(engine, entries, address.display)
        finally:
            close_engine(engine)
        print(tr("RegisterCLI", "The register {address} is ready.", address=address.display))
        if added:
            print(tr("RegisterCLI", "Organisations added: {names}.", names=", ".join(added)))
        return 0
    password = None
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\n")
        if not password:
            raise WerkstattError(tr("RegisterCLI", "No password came on standard input; the role was not changed."))
    address, engine = open_engine(args.register)
    try:
        with translating(address):
            role = admin.grant_organisation(engine, args.organisation, role=args.role, password=password)
    finally:
        close_engine(engine)
    print(tr("RegisterCLI", "The login role {role} may now read the register and write the rows of {org}.",
             role=role, org=args.organisation))
    return 0
