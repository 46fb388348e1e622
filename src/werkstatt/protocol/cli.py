"""``werkstatt protocol WORKSHOP_ID --out FILE.pdf [--eml DRAFT.eml]``: the PDF protocol and its e-mail draft.

WeasyPrint and the store are imported inside the handler: the root parser imports this module to
build ``werkstatt --help``.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from werkstatt import i18n
from werkstatt.errors import WerkstattError
from werkstatt.i18n import tr

if TYPE_CHECKING:
    from werkstatt.store.database import Store


def register(commands: argparse._SubParsersAction) -> None:
    protocol = commands.add_parser("protocol", help=tr("ProtocolCLI", "write the PDF protocol of a workshop"))
    protocol.add_argument("workshop_id", metavar="WORKSHOP_ID")
    protocol.add_argument("--out", metavar="FILE.pdf", required=True, help=tr("ProtocolCLI", "the PDF file to write"))
    protocol.add_argument("--lang", choices=i18n.SUPPORTED_LANGUAGES, default=argparse.SUPPRESS,
                          help=tr("ProtocolCLI", "language of the protocol"))
    protocol.add_argument("--no-names", action="store_true",
                          help=tr("ProtocolCLI", "name only the organisations of the participants, not the people"))
    protocol.add_argument("--paper", choices=("A4", "A3"), default="A4",
                          help=tr("ProtocolCLI", "paper size of the diagrams' overview pages"))
    protocol.add_argument("--eml", metavar="DRAFT.eml",
                          help=tr("ProtocolCLI", "also write an e-mail draft to the participants with the PDF "
                                                 "attached"))
    protocol.set_defaults(handler=run_protocol)


def run_protocol(args: argparse.Namespace) -> int:
    from werkstatt.store.cli import with_store

    return with_store(args, create=False, read_only=True, action=lambda store: cmd_protocol(store, args))


def cmd_protocol(store: Store, args: argparse.Namespace) -> int:
    """The PDF with its Anlagen and, with ``--eml``, the e-mail draft beside it.

    Whatever can be refused is refused before the PDF is written (a draft's folder that is missing, an
    address no mail program takes), so that a refusal leaves nothing behind; only a disk that fails while
    the draft is written leaves the finished PDF, and the sentence says so.
    """
    from werkstatt.protocol.attachments import protocol_attachments
    from werkstatt.protocol.content import gather
    from werkstatt.protocol.mail import recipients, with_addresses, write_draft

    out = Path(args.out)
    draft = Path(args.eml) if args.eml else None
    if draft is not None:
        check_draft_path(draft, out)
    names = not args.no_names
    with store.read_session() as session:
        content = gather(session, args.workshop_id, names=names)
        attachments = protocol_attachments(session, content.workshop_id, names=names)
        addressed = with_addresses(session, content) if draft is not None else content
    if draft is not None:
        recipients(addressed)  # a bad address is said now, not after the PDF
    from werkstatt.protocol.pdf import write_protocol

    written = write_protocol(content, out, attachments=attachments, paper=args.paper)
    print(tr("ProtocolCLI", "Protocol written to {path}.", path=written))
    if draft is not None:
        try:
            draft = write_draft(addressed, written, draft)
        except WerkstattError as error:
            raise WerkstattError(tr("ProtocolCLI", "The protocol was written to {path}, the e-mail draft was "
                                                   "not: {reason}", path=written, reason=error.message)) from error
        print(tr("ProtocolCLI", "E-mail draft written to {path}; open it in your mail program to send it.",
                 path=draft))
    return 0


def check_draft_path(draft: Path, pdf: Path) -> None:
    if draft.resolve() == pdf.resolve():
        raise WerkstattError(tr("ProtocolCLI", "The e-mail draft and the protocol cannot be the same file {path}.",
                                path=draft))
    if draft.is_dir():
        raise WerkstattError(tr("ProtocolCLI", "{path} is a folder; give a file name for the e-mail draft.",
                                path=draft))
    if not draft.parent.is_dir():
        raise WerkstattError(tr("ProtocolCLI", "There is no folder {path} for the e-mail draft.",
                                path=draft.parent))
