"""The e-mail draft: Python's email parser reads it back with X-Unsent, the recipients, the subject and the PDF."""

from __future__ import annotations

import dataclasses
import datetime as dt
from email import message_from_bytes
from email.headerregistry import Address
from email.policy import default
from pathlib import Path

import pytest

from werkstatt import i18n
from werkstatt.errors import WerkstattError
from werkstatt.protocol.content_types import Participant, Protocol
from werkstatt.protocol.mail import recipients, subject, write_draft

PDF = b"%PDF-1.7\n" + bytes(range(256)) * 40 + b"\n%%EOF\n"  # every byte value, so the encoding is checked


def protocol(*participants: Participant, names: bool = True, final: bool = False,
             date: dt.date | None = dt.date(2026, 12, 3)) -> Protocol:
    return Protocol(
        workshop_id="w", title="Führerscheinantrag – Ist „neu“", date=date, place="Witten", facilitator="Dora Demo",
        goal="", organisations=(), participants=participants, agenda=(), models=(), measures=(), decisions=(),
        open_points=(), next_steps=(), photos=(), rounds=(), names_shown=names, final=final)


PEOPLE = (
    Participant("Jörg Müller-Lüdenscheidt", "Sachbearbeitung", "Stadt Witten", True, "joerg.mueller@witten.de"),
    Participant("Ida Ipsum", "Leitung", "EN-Kreis", False, "ida@en-kreis.de"),
    Participant("Ohne Adresse", "Sachbearbeitung", "Stadt Wetter", True, ""),
    Participant("Jörg Müller", "Sachbearbeitung", "Stadt Witten", True, "JOERG.MUELLER@witten.de"),  # again
    Participant("Zoë Ünal", "IT", "Stadt Gevelsberg", True, "zoe@stadt-gevelsberg-ä.de"),
)


@pytest.fixture
def pdf(tmp_path: Path) -> Path:
    path = tmp_path / "Protokoll Führerschein.pdf"
    path.write_bytes(PDF)
    return path


def read(path: Path):
    message = message_from_bytes(path.read_bytes(), policy=default)
    assert [part.defects for part in message.walk()] == [[] for _part in message.walk()]  # nothing repaired
    return message


def test_the_draft_reads_back_with_recipients_subject_and_pdf(pdf: Path, tmp_path: Path) -> None:
    out = write_draft(protocol(*PEOPLE), pdf, tmp_path / "draft.eml", sender="Dora Demo <dora@werkstatt.example>")
    raw = out.read_bytes()
    assert raw.isascii() and b"\r\n" in raw  # SMTP policy: 7-bit, CRLF, any mail program takes it
    message = read(out)
    assert message["X-Unsent"] == "1"
    assert message["Subject"] == "Minutes of the process workshop “Führerscheinantrag – Ist „neu“” of 03.12.2026" \
        or message["Subject"] == "Protokoll der Prozesswerkstatt „Führerscheinantrag – Ist „neu““ vom 03.12.2026"
    to = message["To"].addresses
    assert [(a.display_name, a.addr_spec) for a in to] == [
        ("Jörg Müller-Lüdenscheidt", "joerg.mueller@witten.de"), ("Ida Ipsum", "ida@en-kreis.de"),
        ("Zoë Ünal", "zoe@xn--stadt-gevelsberg--6qb.de")]  # once each, absent ones too, the domain as IDNA
    assert message["From"].addresses[0] == Address("Dora Demo", addr_spec="dora@werkstatt.example")
    attachments = list(message.iter_attachments())
    assert len(attachments) == 1
    assert attachments[0].get_content_type() == "application/pdf"
    assert attachments[0].get_filename() == "Protokoll Führerschein.pdf"
    assert attachments[0].get_content() == PDF
    body = message.get_body(("plain",)).get_content()
    assert "Protokoll Führerschein.pdf" in body and "PDF/A" in body and "BPMN" in body
    assert any(word in body for word in ("Entwurf", "a draft")) and body.rstrip().endswith("Dora Demo")


def test_without_names_only_addresses_and_final_has_no_draft_note(pdf: Path, tmp_path: Path) -> None:
    unnamed = tuple(dataclasses.replace(p, name=None) for p in PEOPLE)
    message = read(write_draft(protocol(*unnamed, names=False, final=True), pdf, tmp_path / "d.eml"))
    assert [(a.display_name, a.addr_spec) for a in message["To"].addresses] == [
        ("", "joerg.mueller@witten.de"), ("", "ida@en-kreis.de"), ("", "zoe@xn--stadt-gevelsberg--6qb.de")]
    assert message["From"] is None  # the mail program puts in its account
    body = message.get_body(("plain",)).get_content()
    assert not any(word in body for word in ("Entwurf", "a draft")) and "Jörg" not in body


def test_no_addresses_give_a_draft_without_to(pdf: Path, tmp_path: Path) -> None:
    nobody = tuple(dataclasses.replace(p, email="") for p in PEOPLE)
    message = read(write_draft(protocol(*nobody, date=None), pdf, tmp_path / "d.eml"))
    assert message["To"] is None and message["X-Unsent"] == "1"  # still a draft, to be addressed by hand
    assert "vom" not in message["Subject"] and "of 0" not in message["Subject"]
    assert [a.get_content() for a in message.iter_attachments()] == [PDF]


def test_the_subject_and_text_follow_the_language(pdf: Path, tmp_path: Path) -> None:
    with i18n.speaking("en"):
        message = read(write_draft(protocol(*PEOPLE), pdf, tmp_path / "en.eml"))
    assert message["Subject"] == "Minutes of the process workshop “Führerscheinantrag – Ist „neu“” of 03/12/2026"
    assert message.get_body(("plain",)).get_content().startswith("Dear participants,")


def test_refusals_are_one_sentence_and_write_nothing(pdf: Path, tmp_path: Path) -> None:
    bad = dataclasses.replace(PEOPLE[0], email="Jörg Müller <joerg@witten.de>")
    cases = [
        (protocol(bad), pdf, tmp_path / "a.eml", "", "Jörg Müller <joerg@witten.de>"),
        (protocol(*PEOPLE), pdf, tmp_path / "b.eml", "kein Absender", "kein Absender"),
        (protocol(*PEOPLE), tmp_path / "missing.pdf", tmp_path / "c.eml", "", "missing.pdf"),
        (protocol(*PEOPLE), pdf, tmp_path / "no" / "d.eml", "", "d.eml"),
        (protocol(*PEOPLE), pdf, tmp_path, "", str(tmp_path)),
    ]
    for content, source, out, sender, quoted in cases:
        with pytest.raises(WerkstattError) as raised:
            write_draft(content, source, out, sender=sender)
        assert quoted in raised.value.message and raised.value.message.count("\n") == 0
        assert not out.is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == [pdf.name]  # no part file left behind


def test_recipients_are_deduplicated_without_case() -> None:
    assert [a.addr_spec for a in recipients(protocol(*PEOPLE))] == [
        "joerg.mueller@witten.de", "ida@en-kreis.de", "zoe@xn--stadt-gevelsberg--6qb.de"]


def test_many_recipients_fold_into_short_lines(pdf: Path, tmp_path: Path) -> None:
    many = [Participant(f"Jörg Müller, Nr. {n}", "", "", True, f"person{n}@stadt-ä.de") for n in range(40)]
    out = write_draft(protocol(*many), pdf, tmp_path / "many.eml")
    message = read(out)
    assert [(a.display_name, a.addr_spec) for a in message["To"].addresses] == [
        (p.name, p.email.replace("stadt-ä", "xn--stadt--gua")) for p in many]
    head = out.read_bytes().split(b"\r\n\r\n", 1)[0]
    assert max(len(line) for line in head.split(b"\r\n")) <= 78


def test_a_long_subject_keeps_every_space(pdf: Path, tmp_path: Path) -> None:
    """Python's own folder dropped the space between two encoded words ("ProzesswerkstattFührerscheinantrag")."""
    title = "Prozesswerkstatt Führerscheinantrag " + "Äpfel und Birnen, " * 12
    for language in ("de", "en"):
        with i18n.speaking(language):
            out = write_draft(dataclasses.replace(protocol(*PEOPLE), title=title), pdf, tmp_path / "s.eml")
            assert read(out)["Subject"] == subject(dataclasses.replace(protocol(), title=title))
        assert title in read(out)["Subject"]
        head = out.read_bytes().split(b"\r\n\r\n", 1)[0]
        assert max(len(line) for line in head.split(b"\r\n")) <= 78

