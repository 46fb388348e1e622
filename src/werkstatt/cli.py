"""The ``werkstatt`` command: opens the GUI by default; sub-commands for work without a window.

This module only builds the top parser (the options every command shares), asks each package's ``cli``
module to register its sub-commands, parses and calls the handler the chosen sub-command set
(``args.handler(args)``). A package's ``cli.py`` keeps its heavy imports (the store, Qt, WeasyPrint)
inside its handlers, so that ``werkstatt --version`` and a usage error stay quick.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn

from werkstatt import __version__, i18n
from werkstatt.errors import WerkstattError
from werkstatt.i18n import tr

EXIT_ERROR = 1
EXIT_USAGE = 2

# The order ``--help`` and a mistyped command list the commands in (the order they always had,
# whichever package registers them).
COMMAND_ORDER = ("demo", "open", "list", "show", "export", "import", "vote", "analyse", "compare", "variants",
                 "protocol", "map", "check", "register", "sync", "conflicts", "organisations", "people", "library",
                 "capture")


class Parser(argparse.ArgumentParser):
    """argparse, but its complaints become one translated sentence and exit code 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, tr("CLI", "werkstatt: {problem}. See “werkstatt --help”.", problem=message) + "\n")


def build_parser() -> Parser:
    from werkstatt.ui.cli import open_window

    parser = Parser(prog="werkstatt", description=tr("CLI", "Werkstatt: run process workshops and share "
                                                             "their results."))
    parser.add_argument("--version", action="version", version=version_line())
    parser.add_argument("--db", metavar="PATH", help=tr("CLI", "the local database (default: WERKSTATT_DB or "
                                                               "the user's data folder)"))
    parser.add_argument("--lang", choices=i18n.SUPPORTED_LANGUAGES, help=tr("CLI", "language of the messages"))
    parser.set_defaults(handler=open_window)  # no command: the window
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for register in registrars():
        register(commands)
    in_order(commands)
    return parser


def registrars() -> tuple[Callable[[argparse._SubParsersAction], None], ...]:
    """Each package's ``cli.register``; imported by name (not in a loop over strings) so that the frozen
    program's packager sees every one."""
    from werkstatt.analysis import cli as analysis
    from werkstatt.capture import cli as capture
    from werkstatt.interchange import cli as interchange
    from werkstatt.library import cli as library
    from werkstatt.people import cli as people
    from werkstatt.protocol import cli as protocol
    from werkstatt.read import cli as read
    from werkstatt.register import cli as register
    from werkstatt.store import cli as store
    from werkstatt.sync import cli as sync
    from werkstatt.ui import cli as window
    from werkstatt.voting import cli as voting

    return (store.register, window.register, read.register, interchange.register, voting.register,
            analysis.register, protocol.register, library.register, sync.register, register.register,
            people.register, capture.register)


def in_order(commands: argparse._SubParsersAction) -> None:
    """Put the registered commands in COMMAND_ORDER, for ``--help`` and argparse's "choose from" list."""
    rank = {name: index for index, name in enumerate(COMMAND_ORDER)}
    parsers = sorted(commands.choices.items(), key=lambda item: rank.get(item[0], len(rank)))
    commands.choices.clear()  # the same dict argparse looks commands up in: reordered in place
    commands.choices.update(parsers)
    commands._choices_actions.sort(key=lambda action: rank.get(action.dest, len(rank)))


def version_line() -> str:
    return f"werkstatt {__version__}"


def early_options(argv: Sequence[str]) -> tuple[str | None, bool]:
    """The ``--lang`` and ``--version`` given before the command, read before the parsers are built.

    Help texts are translated when their parser is built, so the language must be known first; and
    ``--version`` needs no parser at all. Anything unusual ends the look-ahead: argparse then reads
    the whole line and says what is wrong, exactly as before.
    """
    language, index = None, 0
    while index < len(argv):
        name, equals, value = argv[index].partition("=")
        if name == "--version" and not equals:
            return language, True
        if name not in ("--lang", "--db"):
            break
        if not equals:
            if index + 1 >= len(argv) or argv[index + 1].startswith("-"):
                break
            index += 1
            value = argv[index]
        if name == "--lang":
            if value not in i18n.SUPPORTED_LANGUAGES:
                break
            language = value
        index += 1
    return language, False


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    language, version = early_options(arguments)
    i18n.set_language(language)
    if version:  # what argparse's version action does, without building every command's parser
        print(version_line())
        raise SystemExit(0)
    args = build_parser().parse_args(arguments)
    if args.lang:  # also ``protocol --lang``, which names the protocol's language
        i18n.set_language(args.lang)
    try:
        return int(args.handler(args))
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


if __name__ == "__main__":
    sys.exit(main())
