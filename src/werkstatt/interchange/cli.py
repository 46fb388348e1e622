"""``werkstatt export …`` and ``werkstatt import …``: diagrams, BPMN, PicXML, packages and CSV.

The writers and readers (and the store) are imported inside the handlers: the root parser imports this
module to build ``werkstatt --help``.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from werkstatt.i18n import tr
from werkstatt.interchange.errors import InterchangeError
from werkstatt.store.cli import json_option

if TYPE_CHECKING:
    from werkstatt.store.database import Store

DIAGRAM_FORMATS = ("svg", "png", "dot", "pdf")
CSV_CONTENTS = ("steps", "pain-points", "measures", "votes")
CSV_DIALECTS = ("excel-de", "rfc4180")
# Files above this are refused before they are read (a BPMN or package file is far smaller).
MAX_INPUT_BYTES = 200 * 1024 * 1024


def register(commands: argparse._SubParsersAction) -> None:
    export = commands.add_parser("export", help=tr("InterchangeCLI", "write a diagram, BPMN, a fact sheet, a "
                                                                     "workshop package or CSV"))
    formats = export.add_subparsers(dest="format", metavar="FORMAT", required=True)
    for name in DIAGRAM_FORMATS:
        diagram = formats.add_parser(name, help=tr("InterchangeCLI", "the swimlane diagram as {format}",
                                                   format=name.upper()))
        diagram.add_argument("model_id", metavar="MODEL_ID")
        _out(diagram)
    bpmn = formats.add_parser("bpmn", help=tr("InterchangeCLI", "a process model as BPMN 2.0 with diagram "
                                                                "interchange (bpmn.io, Camunda, Signavio, ADONIS)"))
    bpmn.add_argument("model_id", metavar="MODEL_ID")
    _out(bpmn)
    picxml = formats.add_parser("picxml", help=tr("InterchangeCLI", "a register process's fact sheet as "
                                                                    "PicXML 3.0 (PICTURE platform)"))
    picxml.add_argument("process_id", metavar="PROCESS_ID")
    _out(picxml)
    package = formats.add_parser("package", help=tr("InterchangeCLI", "a workshop as a .werkstatt package, to "
                                                                      "hand to a colleague"))
    package.add_argument("workshop_id", metavar="WORKSHOP_ID")
    package.add_argument("--no-people", action="store_true",
                         help=tr("InterchangeCLI", "leave the participants out of the package"))
    _out(package)
    csv = formats.add_parser("csv", help=tr("InterchangeCLI", "steps, pain points, measures or vote results "
                                                              "as CSV"))
    csv.add_argument("content", choices=CSV_CONTENTS)
    csv.add_argument("ident", metavar="ID", help=tr("InterchangeCLI", "the model (steps), the workshop or model "
                                                                      "(pain points, measures) or the round (votes)"))
    csv.add_argument("--dialect", choices=CSV_DIALECTS, default="excel-de",
                     help=tr("InterchangeCLI", "excel-de: semicolons and decimal commas for German Excel "
                                               "(default); rfc4180: plain CSV"))
    csv.add_argument("--raw", action="store_true",
                     help=tr("InterchangeCLI", "write cells that look like spreadsheet formulas (=, +, -, @) "
                                               "unchanged instead of prefixing an apostrophe"))
    _out(csv)
    export.set_defaults(handler=run_export)

    importing = commands.add_parser("import", help=tr("InterchangeCLI", "read a BPMN file or a workshop package"))
    kinds = importing.add_subparsers(dest="format", metavar="FORMAT", required=True)
    bpmn_in = kinds.add_parser("bpmn", help=tr("InterchangeCLI", "a BPMN 2.0 file as a new register process "
                                                                 "with its model"))
    bpmn_in.add_argument("file", metavar="FILE")
    bpmn_in.add_argument("--process", metavar="NAME", help=tr("InterchangeCLI", "the name of the new process"))
    bpmn_in.add_argument("--copy", action="store_true",
                         help=tr("InterchangeCLI", "import with new ids, also when the model is already here"))
    json_option(bpmn_in)
    package_in = kinds.add_parser("package", help=tr("InterchangeCLI", "a .werkstatt workshop package"))
    package_in.add_argument("file", metavar="FILE")
    json_option(package_in)
    importing.set_defaults(handler=run_import)


def _out(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", metavar="FILE", required=True, help=tr("InterchangeCLI", "the file to write"))


def read_input(path: Path) -> bytes:
    """The bytes of a file to import, or one sentence why not (before anything is parsed)."""
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise InterchangeError(tr("InterchangeCLI", "{path} is a folder, not a file.", path=path))
        if size > MAX_INPUT_BYTES:
            raise InterchangeError(tr("InterchangeCLI", "{path} is too large to import ({size} MB).",
                                      path=path, size=size // (1024 * 1024)))
        return path.read_bytes()
    except FileNotFoundError as error:
        raise InterchangeError(tr("InterchangeCLI", "There is no file {path}.", path=path)) from error
    except OSError as error:
        raise InterchangeError(tr("InterchangeCLI", "{path} cannot be read: {reason}.", path=path,
                                  reason=error.strerror or error)) from error


def run_export(args: argparse.Namespace) -> int:
    from werkstatt.store.cli import with_store

    return with_store(args, create=False, read_only=True, action=lambda store: cmd_export(store, args))


def run_import(args: argparse.Namespace) -> int:
    from werkstatt.store.cli import with_store

    return with_store(args, create=True, action=lambda store: cmd_import(store, args))


def cmd_export(store: Store, args: argparse.Namespace) -> int:
    out = Path(args.out)
    if args.format in DIAGRAM_FORMATS:
        from werkstatt.render.export import export_model

        written = export_model(store, args.model_id, args.format, out)
        print(tr("InterchangeCLI", "Diagram written to {path}.", path=written))
        return 0
    if args.format == "bpmn":
        from werkstatt.interchange.bpmn_export import export_bpmn

        written = export_bpmn(store, args.model_id, out)
    elif args.format == "picxml":
        from werkstatt.interchange.picxml import export_picxml

        written = export_picxml(store, args.process_id, out)
    elif args.format == "package":
        from werkstatt.interchange.package import export_package

        written = export_package(store, args.workshop_id, out, include_people=not args.no_people)
    else:
        from werkstatt.interchange.csv_export import write_csv

        written = write_csv(store, args.content, args.ident, out, args.dialect, raw=args.raw)
    print(tr("InterchangeCLI", "Written to {path}.", path=written))
    return 0


def cmd_import(store: Store, args: argparse.Namespace) -> int:
    path = Path(args.file)
    if args.format == "bpmn":
        from werkstatt.interchange.bpmn_import import import_bpmn

        result = import_bpmn(store, read_input(path), source_name=path.name, process_name=args.process,
                             as_copy=args.copy)
        report = result.report
        summary: dict[str, Any] = {"model_id": result.model_id, "read": report.read, "became": report.became,
                                   "not_taken": report.not_taken, "notes": report.notes}
        text = "\n".join([*report.lines(), tr("InterchangeCLI", "The new model: {id}", id=result.model_id)])
    else:
        from werkstatt.interchange.package import import_package

        report = import_package(store, path)
        summary = report.as_dict()
        text = report.as_text()
    if args.json:
        print(json.dumps(summary, ensure_ascii=False, indent=2, default=str))
    else:
        print(text)
    return 0
