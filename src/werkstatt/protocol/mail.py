"""The e-mail that sends the protocol: a draft the facilitator checks and sends from their own mail program.

The draft is an ordinary RFC 5322 message (``.eml``) with the PDF attached and the header
``X-Unsent: 1``, which Outlook and Thunderbird take as "open this as a new message to send"
rather than as a received one. Werkstatt never sends mail itself: the facilitator's mail program
has the account, the signature and the sent folder, and the facilitator reads the text once more.

Recipients are the participants with an e-mail address (``Participant.email``), each once, by
name when the protocol names people. Without any address the draft still opens, with an empty
``To`` for the facilitator to fill in: a draft is useful without recipients, an error is not.
Subject and text are in the current language (the caller speaks the protocol's language).
"""

from __future__ import annotations

import dataclasses
from email.errors import MessageError
from email.header import Header
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import getaddresses
from pathlib import Path
from typing import BinaryIO

from sqlalchemy.orm import Session

from werkstatt import i18n
from werkstatt.errors import WerkstattError
from werkstatt.files import write_atomically
from werkstatt.i18n import tr
from werkstatt.i18n.format import format_short_date
from werkstatt.protocol.content_types import Protocol

__all__ = ["recipients", "subject", "with_addresses", "write_draft"]


def subject(protocol: Protocol) -> str:
    date = format_short_date(protocol.date, i18n.language())
    if date:
        return tr("ProtocolMail", "Minutes of the process workshop “{title}” of {date}", title=protocol.title,
                  date=date)
    return tr("ProtocolMail", "Minutes of the process workshop “{title}”", title=protocol.title)


def recipients(protocol: Protocol) -> list[Address]:
    """Every participant with an address, once (addresses compared without case), in the protocol's order."""
    found: dict[str, Address] = {}
    for participant in protocol.participants:
        address = participant.email.strip()
        if not address or address.lower() in found:
            continue
        name = participant.name if protocol.names_shown and participant.name else ""
        try:
            found[address.lower()] = _address(" ".join(name.split()), address)
        except (ValueError, UnicodeError, MessageError) as error:  # what RFC 5322 (or IDNA) does not allow
            raise WerkstattError(tr("ProtocolMail", "The e-mail address “{address}” cannot be used in a draft.",
                                    address=address)) from error
    return list(found.values())


def _address(name: str, address: str) -> Address:
    """An address for the header; a domain with umlauts ("stadt-müller.de") in its ASCII form (IDNA), which
    every mail server takes, while the header registry would write it as an encoded word no server reads."""
    local, _at, domain = address.rpartition("@")
    if not local or not domain:
        raise ValueError(address)
    return Address(display_name=name, addr_spec=f"{local}@{domain.encode('idna').decode('ascii')}")


def _to_header(addresses: list[Address]) -> bytes:
    """The To header, folded here (see ``write_draft``): written unfolded, Python's header is right, and
    folding only inserts a line break before a space, which a reader removes again; so the header stays
    under the 78 characters RFC 5322 asks for (but for a name longer than a line, a single encoded word)."""
    scratch = EmailMessage(policy=SMTP.clone(max_line_length=None))
    scratch["To"] = addresses
    line = bytes(scratch).split(b"\r\n", 1)[0]
    lines = [b""]
    for word in line.split(b" "):
        if lines[-1] and len(lines[-1]) + 1 + len(word) > 78:
            lines.append(b"")
        lines[-1] += (b" " if lines[-1] or len(lines) > 1 else b"") + word
    return b"\r\n".join(lines)


def with_addresses(session: Session, protocol: Protocol) -> Protocol:
    """A protocol without names carries no addresses (``gather`` leaves them out); the draft still goes to
    the participants, whose addresses stand only in its ``To`` and never in the PDF."""
    if protocol.names_shown:
        return protocol
    from werkstatt.read.workshops import workshop_detail

    people = workshop_detail(session, protocol.workshop_id).participants
    if len(people) != len(protocol.participants):  # not the same workshop state: better none than wrong ones
        return protocol
    return dataclasses.replace(protocol, participants=tuple(
        dataclasses.replace(participant, email=getattr(person, "email", "") or "")
        for participant, person in zip(protocol.participants, people, strict=True)))


def _body(protocol: Protocol, pdf_name: str, sender_name: str) -> str:
    date = format_short_date(protocol.date, i18n.language())
    paragraphs = [
        tr("ProtocolMail", "Dear participants,"),
        (tr("ProtocolMail", "please find attached the minutes of the process workshop “{title}” of {date} ({file}).",
            title=protocol.title, date=date, file=pdf_name) if date else
         tr("ProtocolMail", "please find attached the minutes of the process workshop “{title}” ({file}).",
            title=protocol.title, file=pdf_name)),
        tr("ProtocolMail", "The PDF is an archivable PDF/A document for the e-file. The process models are "
                           "attached to it as BPMN files, which any BPMN tool opens, together with the pain "
                           "points and measures as CSV; your PDF viewer lists them under its attachments."),
    ]
    if not protocol.final:
        paragraphs.append(tr("ProtocolMail", "These minutes are a draft. Please send corrections and additions "
                                             "by reply; the final version follows."))
    closing = tr("ProtocolMail", "Kind regards")
    signer = sender_name or protocol.facilitator
    paragraphs.append(f"{closing}\n{signer}" if signer else closing)
    return "\n\n".join(paragraphs) + "\n"


def write_draft(protocol: Protocol, pdf: Path, out: Path, *, sender: str = "") -> Path:
    """Write the e-mail draft with ``pdf`` attached to ``out``, all or nothing; errors are one sentence.

    ``sender`` is the From line ("Dora Demo <dora@example.org>" or just the address); empty, the mail
    program puts in its own account.
    """
    pdf, out = Path(pdf), Path(out)
    try:
        data = pdf.read_bytes()
    except OSError as error:
        raise WerkstattError(tr("ProtocolMail", "The protocol {path} cannot be read for the e-mail draft: "
                                                "{reason}.", path=pdf, reason=error.strerror or error)) from error
    message = EmailMessage(policy=SMTP)
    message["X-Unsent"] = "1"
    sender_name = ""
    if sender.strip():
        parsed = getaddresses([sender])
        sender_name, sender_address = parsed[0] if len(parsed) == 1 else ("", "")
        try:
            message["From"] = _address(sender_name, sender_address)
        except (ValueError, UnicodeError, MessageError) as error:
            raise WerkstattError(tr("ProtocolMail", "The sender “{sender}” is not an e-mail address.",
                                    sender=sender)) from error
    message.set_content(_body(protocol, pdf.name, sender_name))
    message.add_attachment(data, maintype="application", subtype="pdf", filename=pdf.name)
    head, _blank, rest = message.as_bytes().partition(b"\r\n\r\n")
    # Subject and To are encoded here: Python's folder (3.11, 3.12) loses the space between two encoded
    # words of a long subject ("ProzesswerkstattFührerscheinantrag") and splits a comma after an encoded
    # name into a word of its own, so that a reader takes the next recipient as part of that name.
    head += b"\r\nSubject: " + Header(subject(protocol), "utf-8", header_name="Subject").encode(
        linesep="\r\n").encode("ascii")
    to = recipients(protocol)
    if to:  # no To at all rather than an empty one, which RFC 5322 does not allow (an address list has one)
        head += b"\r\n" + _to_header(to)
    encoded = head + b"\r\n\r\n" + rest

    def write(stream: BinaryIO) -> None:
        stream.write(encoded)

    if out.is_dir():
        raise WerkstattError(tr("ProtocolMail", "{path} is a folder; give a file name for the e-mail draft.",
                                path=out))
    try:
        return write_atomically(out, write)
    except OSError as error:
        raise WerkstattError(tr("ProtocolMail", "The e-mail draft cannot be written to {path}: {reason}.",
                                path=out, reason=error.strerror or error)) from error
