"""The ``werkstatt`` command: opens the GUI by default; sub-commands for work without a window.

This module only builds the top parser (the options every command shares), asks each package's ``cli``
module to register its sub-commands, parses and calls the handler the chosen sub-command set
(``args.handler(args)``). A package's ``cli.py`` keeps its heavy imports (the store, Qt, WeasyPrint)
inside its handlers, so that ``werkstatt --version`` and a usage error stay quick. The line is read
ahead for the command, and only the package that registers it is asked: the arguments are parsed
before anything but that package's ``cli`` module is imported (the store only by the handler).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable, Sequence
from typing import NamedTuple, NoReturn

from werkstatt import __version__, i18n
from werkstatt.errors import WerkstattError
from werkstatt.i18n import tr

EXIT_ERROR = 1
EXIT_USAGE = 2

# Each command and the package whose ``cli.register`` adds it, in the order ``--help`` and a mistyped
# command list them (the order they always had, whichever package registers them).
COMMAND_PACKAGES = {"demo": "store", "open": "ui", "list": "read", "show": "read", "export": "interchange",
                    "import": "interchange", "vote": "voting", "analyse": "analysis", "compare": "analysis",
                    "variants": "analysis", "protocol": "protocol", "map": "library", "check": "store",
                    "register": "register", "sync": "sync", "conflicts": "sync", "organisations": "people",
                    "people": "people", "library": "library", "capture": "capture"}
COMMAND_ORDER = tuple(COMMAND_PACKAGES)
WINDOW_PACKAGE = "ui"  # no command: the window, whose package also registers ``open``


class EarlyOptions(NamedTuple):
    """What the look-ahead over the options before the command found."""

    language: str | None
    version: bool
    # The word after those options: a command, "" when the line ends there (the window), None when the
    # look-ahead stopped at anything else (``--help``, a mistake) and argparse must see every command.
    command: str | None


class Parser(argparse.ArgumentParser):
    """argparse, but its complaints become one translated sentence and exit code 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, tr("CLI", "werkstatt: {problem}. See “werkstatt --help”.", problem=message) + "\n")


def build_parser(command: str | None = None) -> Parser:
    """The whole command line; given the ``command`` (from ``early_options``), with only the parsers of
    the package that registers it — argparse reads that command's line exactly as with all of them,
    and the other packages' ``cli`` modules (and what they import to register) are not loaded."""
    from werkstatt.ui.cli import open_window

    parser = Parser(prog="werkstatt", description=tr("CLI", "Werkstatt: run process workshops and share "
                                                             "their results."))
    parser.add_argument("--version", action="version", version=version_line())
    parser.add_argument("--db", metavar="PATH", help=tr("CLI", "the local database (default: WERKSTATT_DB or "
                                                               "the user's data folder)"))
    parser.add_argument("--lang", choices=i18n.SUPPORTED_LANGUAGES, help=tr("CLI", "language of the messages"))
    parser.set_defaults(handler=open_window)  # no command: the window
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    package = WINDOW_PACKAGE if command == "" else COMMAND_PACKAGES.get(command or "")
    if package is None:
        for register in registrars():
            register(commands)
    else:  # each of these modules is also imported by name in registrars(), for the frozen program
        importlib.import_module(f"werkstatt.{package}.cli").register(commands)
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


def early_options(argv: Sequence[str]) -> EarlyOptions:
    """The ``--lang`` and ``--version`` given before the command, and the command, read before the
    parsers are built.

    Help texts are translated when their parser is built, so the language must be known first;
    ``--version`` needs no parser at all, and a command only its own package's. Anything unusual ends
    the look-ahead: argparse then reads the whole line and says what is wrong, exactly as before.
    """
    language, index = None, 0
    while index < len(argv):
        name, equals, value = argv[index].partition("=")
        if name == "--version" and not equals:
            return EarlyOptions(language, True, None)
        if name not in ("--lang", "--db"):
            return EarlyOptions(language, False, None if argv[index].startswith("-") else argv[index])
        if not equals:
            if index + 1 >= len(argv) or argv[index + 1].startswith("-"):
                return EarlyOptions(language, False, None)
            index += 1
            value = argv[index]
        if name == "--lang":
            if value not in i18n.SUPPORTED_LANGUAGES:
                return EarlyOptions(language, False, None)
            language = value
        index += 1
    return EarlyOptions(language, False, "")


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    early = early_options(arguments)
    i18n.set_language(early.language)
    if early.version:  # what argparse's version action does, without building every command's parser
        print(version_line())
        raise SystemExit(0)
    args = build_parser(early.command).parse_args(arguments)
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
