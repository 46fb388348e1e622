"""The one command-line convention: each package registers its commands with a handler, the root parses
and dispatches; ``--lang`` reaches the numbers and the help texts; ``--version`` needs no store."""

from __future__ import annotations

import argparse
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from werkstatt import __version__, i18n
from werkstatt.analysis.cli import load_analysis
from werkstatt.cli import COMMAND_ORDER, COMMAND_PACKAGES, build_parser, early_options, main
from werkstatt.demo import MODEL_ID, create_demo
from werkstatt.store.database import Store


@pytest.fixture(autouse=True)
def _default_language() -> Iterator[None]:
    """``main`` sets the language of this process; the next test starts from the default again."""
    yield
    i18n.set_language(None)


def subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    return next((action.choices for action in parser._actions if isinstance(action, argparse._SubParsersAction)),
                {})


def test_analyse_writes_the_numbers_of_the_chosen_language(store: Store, db_path: Path, capsys) -> None:
    create_demo(store)
    cost = load_analysis(store, MODEL_ID).annual_cost
    assert cost >= 1000 and not cost.is_integer()  # grouping and decimals both show
    english = f"{cost:,.2f}"
    german = english.translate(str.maketrans(",.", ".,"))

    assert main(["--lang", "en", "--db", str(db_path), "analyse", MODEL_ID]) == 0
    written = capsys.readouterr().out
    assert english in written and german not in written
    assert main(["--lang", "de", "--db", str(db_path), "analyse", MODEL_ID]) == 0
    assert german in capsys.readouterr().out


@pytest.mark.parametrize(("language", "shown", "not_shown"), [
    ("en", "the swimlane diagram as SVG", "Schwimmbahnen"),
    ("de", "das Schwimmbahnen-Diagramm als SVG", "swimlane"),
])
def test_help_follows_lang(language: str, shown: str, not_shown: str, capsys, monkeypatch) -> None:
    monkeypatch.delenv("WERKSTATT_LANG", raising=False)
    with pytest.raises(SystemExit) as done:
        main(["--lang", language, "export", "--help"])
    assert done.value.code == 0
    text = capsys.readouterr().out
    assert shown in text and not_shown not in text


def test_version_needs_no_store() -> None:
    code = ("import sys\nfrom werkstatt.cli import main\ntry:\n    main(['--lang', 'en', '--version'])\n"
            "except SystemExit as exit:\n    print(exit.code, 'sqlalchemy' in sys.modules)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert result.stdout == f"werkstatt {__version__}\n0 False\n"


def test_a_bad_language_before_version_is_argparse_s_sentence() -> None:
    """The quick ``--version`` steps aside for anything argparse would refuse."""
    with pytest.raises(SystemExit) as done:
        main(["--lang", "xx", "--version"])
    assert done.value.code == 2


def test_every_command_has_a_handler_and_a_place_in_the_order() -> None:
    commands = subcommands(build_parser())
    assert tuple(commands) == COMMAND_ORDER
    for name, parser in commands.items():
        actions = subcommands(parser)
        if parser.get_default("handler") is None:  # then every action of the command has its own
            assert actions and all(action.get_default("handler") for action in actions.values()), name


def test_each_command_s_package_registers_it_and_its_neighbours_only() -> None:
    """The table main() picks the one package to ask from says what the packages really register."""
    for command, package in COMMAND_PACKAGES.items():
        neighbours = {name for name, owner in COMMAND_PACKAGES.items() if owner == package}
        assert set(subcommands(build_parser(command))) == neighbours, command
    assert set(subcommands(build_parser(""))) == {"open"}  # no command: the window's package


@pytest.mark.parametrize(("line", "command"), [
    (["list", "models"], "list"),
    (["--db", "x.sqlite", "--lang=en", "show", "M"], "show"),
    (["--db=x.sqlite"], ""),
    ([], ""),
    (["--help"], None),
    (["--db"], None),
    (["--lang", "xx", "list"], None),
])
def test_the_look_ahead_finds_the_command_or_leaves_the_line_to_argparse(line: list[str], command) -> None:
    assert early_options(line).command == command


def test_a_command_line_is_parsed_before_the_store_or_another_command_is_imported() -> None:
    """What is loaded when the handler of ``list models`` is called: its own package's cli, no store,
    no Qt, no other package's cli (``people`` imports the model to register its choices)."""
    code = ("import sys\nimport werkstatt.read.cli as read\n"
            "read.run_list = lambda args: print(sorted(m for m in sys.modules if m.split('.')[0] in "
            "('sqlalchemy', 'PySide6', 'alembic') or m.startswith('werkstatt.model') or "
            "(m.endswith('.cli') and m not in ('werkstatt.cli', 'werkstatt.read.cli', 'werkstatt.store.cli', "
            "'werkstatt.ui.cli')))) or 0\n"
            "from werkstatt.cli import main\nsys.exit(main(['--db', 'x.sqlite', 'list', 'models']))\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert result.stdout == "[]\n"


def test_list_models_runs_without_qt(store: Store, db_path: Path) -> None:
    create_demo(store)
    code = ("import sys\nfrom werkstatt.cli import main\n"
            f"code = main(['--db', {str(db_path)!r}, 'list', 'models'])\n"
            "print(code, 'PySide6' in sys.modules)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert result.stdout.splitlines()[-1] == "0 False" and MODEL_ID in result.stdout
