"""``werkstatt`` without a command and ``werkstatt open [FILE.werkstatt]``: the window.

Qt is imported only when the window opens, so that the other commands start without it.

``WERKSTATT_EXIT_AFTER_FIRST_PAINT=1``: the window prints one line when its first frame has been
painted and quits — what ``benchmarks/bench_startup.py`` times from the moment it launched the process.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from werkstatt.errors import WerkstattError
from werkstatt.i18n import tr

EXIT_AFTER_FIRST_PAINT = "WERKSTATT_EXIT_AFTER_FIRST_PAINT"


def register(commands: argparse._SubParsersAction) -> None:
    opening = commands.add_parser("open", help=tr("WindowCLI", "open the window, and offer to import a workshop "
                                                               "package (what a double click on a .werkstatt file "
                                                               "does)"))
    opening.add_argument("package", metavar="FILE.werkstatt", nargs="?")
    opening.set_defaults(handler=open_package)


def open_package(args: argparse.Namespace) -> int:
    package = Path(args.package).resolve() if args.package else None
    if package is not None and not package.is_file():
        raise WerkstattError(tr("WindowCLI", "There is no file {path} to open.", path=package))
    return open_window(args, package)


def open_window(args: argparse.Namespace, package: Path | None = None) -> int:
    from werkstatt.store.cli import database_path

    path = database_path(args)
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
                                                 or os.environ.get("QT_QPA_PLATFORM")):
        raise WerkstattError(tr("WindowCLI", "There is no screen to open the window on (neither DISPLAY nor "
                                             "WAYLAND_DISPLAY is set). The commands in “werkstatt --help” work "
                                             "without one."))
    from werkstatt.ui.app import run_app

    report = print_first_paint if os.environ.get(EXIT_AFTER_FIRST_PAINT) == "1" else None
    return int(run_app(path, language=args.lang, package=package, first_paint=report))


def print_first_paint(milliseconds: float) -> None:
    # For a benchmark reading standard output as it comes, not a user: not translated, flushed at once.
    print(f"werkstatt: first frame painted {milliseconds:.0f} ms after run_app began", flush=True)
