"""A protocol exported without names names nobody: not in its text, its metadata, its outline or its bytes.

The demo workshop gets two more participants and a facilitator with names found nowhere else,
and they are mentioned where people are mentioned in real workshops: as owners of measures and
next steps (full name, surname with a salutation, first name alone), in a decision, in a lane and
in the model's name (so in the outline). The PDF is read as a reader and a filing system see it —
pdftotext, pdfinfo and its XMP, qpdf's outline, and the decompressed file's bytes in each encoding a
PDF string may use. The same workshop with names does contain them, so each check can fail.
"""

from __future__ import annotations

import contextlib
import json
import re
import subprocess
from pathlib import Path

import pytest

from werkstatt import demo
from werkstatt.edits import AddMeasure, Create, SetAttendance, Update
from werkstatt.edits.editor import Editor
from werkstatt.edits.notes import AddNote
from werkstatt.i18n import tr
from werkstatt.model import Lane, Organisation, Person, ProcessModel, Workshop
from werkstatt.protocol.content import Protocol, gather
from werkstatt.protocol.no_names import NameScrubber, facilitator_names, participant_label
from werkstatt.protocol.pdf import write_protocol
from werkstatt.store.database import Store

FACILITATOR = "Friedhelm Fünfgeld"
EXTRA = [("Quirinius Zwetschgenbaum", "Leitung Bürgerbüro"), ("Ottilie Häberle-Wunderlich", "Sachbearbeitung")]
NAMES = [FACILITATOR, *(name for name, _function in EXTRA), *(name for name, *_rest in demo.PARTICIPANTS)]
# The distinctive surnames must not appear alone either (a salutation or an owner field may use them).
SURNAMES = ["Fünfgeld", "Zwetschgenbaum", "Häberle-Wunderlich", "Quirinius", "Ottilie"]


def run(*command: str | Path) -> str:
    return subprocess.run([str(part) for part in command], capture_output=True, text=True, check=True).stdout


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def encodings(name: str) -> list[bytes]:
    """The ways a PDF (after qpdf --qdf) may hold ``name``: UTF-8, Latin-1 (PDFDocEncoding), UTF-16BE raw or hex."""
    utf16 = name.encode("utf-16-be")
    found = [name.encode("utf-8"), utf16, utf16.hex().encode(), utf16.hex().upper().encode()]
    with contextlib.suppress(UnicodeEncodeError):  # a name outside Latin-1 cannot be in PDFDocEncoding
        found.append(name.encode("latin-1"))
    return found


def outline_titles(path: Path) -> list[str]:
    data = json.loads(run("qpdf", "--json", "--json-key=outlines", path))
    titles: list[str] = []

    def walk(items: list[dict]) -> None:
        for item in items:
            titles.append(item["title"])
            walk(item["kids"])

    walk(data["outlines"])
    return titles


@pytest.fixture
def workshop(store: Store) -> str:
    workshop_id, _created = demo.create_demo(store)
    editor = Editor(store)
    with editor.reading() as session:
        witten = next(o.id for o in session.query(Organisation).all() if o.short_name == "Witten")
        lane = next(lane.id for lane in session.query(Lane).all() if lane.model_id == demo.MODEL_ID)
    editor.apply(Update(Workshop, workshop_id, facilitator=f"{FACILITATOR} (Moderation)"))
    for name, function in EXTRA:
        person = editor.apply(Create(Person, name=name, organisation_id=witten, function=function))
        editor.apply(SetAttendance(workshop_id, person.id, True))
    editor.apply(Update(ProcessModel, demo.MODEL_ID, name="Führerscheinantrag (Ist) nach Quirinius Zwetschgenbaum"))
    editor.apply(Update(Lane, lane, name="Ottilie Häberle-Wunderlich"))
    editor.apply(AddMeasure("Wartezeiten messen", workshop_id=workshop_id, model_id=demo.MODEL_ID,
                            owner="Fr. Häberle-Wunderlich"))
    editor.apply(AddMeasure("Formular kürzen", workshop_id=workshop_id, model_id=demo.MODEL_ID, owner="Quirinius"))
    editor.apply(AddNote(workshop_id, "decision", "Friedhelm Fünfgeld verschickt das Protokoll."))
    editor.apply(AddNote(workshop_id, "next_step", "Termin mit dem Kreis", "Zwetschgenbaum, Quirinius"))
    return workshop_id


def rendered(store: Store, workshop_id: str, tmp_path: Path, *, names: bool) -> tuple[Protocol, Path]:
    with store.session() as session:
        protocol = gather(session, workshop_id, names=names)
    return protocol, write_protocol(protocol, tmp_path / ("named.pdf" if names else "anonym.pdf"))


def leaks(store: Store, workshop_id: str, tmp_path: Path, *, names: bool) -> dict[str, list[str]]:
    """Where each name (and distinctive surname) shows up in the protocol, by place."""
    protocol, pdf = rendered(store, workshop_id, tmp_path, names=names)
    text = squeeze(run("pdftotext", "-enc", "UTF-8", pdf, "-")).casefold()
    info = run("pdfinfo", "-enc", "UTF-8", pdf) + run("pdfinfo", "-meta", pdf)
    outline = "\n".join(outline_titles(pdf))
    plain = pdf.with_suffix(".qdf.pdf")
    run("qpdf", "--qdf", "--object-streams=disable", pdf, plain)
    raw = plain.read_bytes()
    content = repr(protocol)
    found: dict[str, list[str]] = {}
    for name in NAMES + SURNAMES:
        places = [place for place, hit in (
            ("content", name in content), ("text", squeeze(name).casefold() in text), ("metadata", name in info),
            ("outline", name in outline), ("bytes", any(form in raw for form in encodings(name)))) if hit]
        if places:
            found[name] = places
    return found


def test_a_protocol_without_names_names_nobody_anywhere(store: Store, workshop: str, tmp_path: Path) -> None:
    assert leaks(store, workshop, tmp_path, names=False) == {}


def test_the_same_protocol_with_names_names_them_everywhere(store: Store, workshop: str, tmp_path: Path) -> None:
    found = leaks(store, workshop, tmp_path, names=True)
    assert set(NAMES) <= set(found)  # every check above has something to find
    assert {"text", "metadata"} <= set(found[FACILITATOR])  # the PDF's author is the facilitator
    assert {"outline", "bytes"} <= set(found["Quirinius Zwetschgenbaum"])  # the model's name, in the outline


def test_without_names_the_author_is_werkstatt_and_owners_become_roles(store: Store, workshop: str,
                                                                      tmp_path: Path) -> None:
    protocol, pdf = rendered(store, workshop, tmp_path, names=False)
    assert re.search(r"^Author:\s+Werkstatt$", run("pdfinfo", "-enc", "UTF-8", pdf), re.MULTILINE)
    assert protocol.facilitator == ""
    owners = {m.text: m.owner for m in protocol.measures}
    assert owners["Wartezeiten messen"] == "Sachbearbeitung (Stadt Witten)"
    assert owners["Formular kürzen"] == "Leitung Bürgerbüro (Stadt Witten)"
    assert protocol.next_steps[-1].owner == "Leitung Bürgerbüro (Stadt Witten)"
    assert protocol.decisions[-1].text == tr("Protocol", "Facilitation") + " verschickt das Protokoll."
    assert "alle Städte" in {n.owner for n in protocol.next_steps}  # an owner that is no person stays


def test_the_scrubber_keeps_words_that_only_contain_a_name() -> None:
    scrub = NameScrubber([("Anna Berg", "Kämmerei")])
    assert scrub.text("Bergbau und Annahme bleiben; Anna Berg und Frau Berg nicht.") == \
        "Bergbau und Annahme bleiben; Kämmerei und Kämmerei nicht."
    assert scrub.text("Berg", owner=True) == "Kämmerei" and scrub.text("Berg") == "Berg"
    assert scrub.text("anna berg", owner=True) == "Kämmerei" and scrub.text("berg", owner=True) == "berg"


def test_a_facilitator_written_surname_first_is_known_by_both_names(store: Store) -> None:
    """"Demo, Dora" is how a list sorted by surname writes her: her first name is a name too."""
    assert "Dora Demo" in facilitator_names("Demo, Dora (Moderation)")
    assert "Dora Demo" in facilitator_names("Demo, Dora, Stadt Witten")
    assert facilitator_names("Dora Demo, Stadt Witten") == ["Dora Demo, Stadt Witten", "Dora Demo"]
    workshop_id, _created = demo.create_demo(store)
    editor = Editor(store)
    editor.apply(Update(Workshop, workshop_id, facilitator="Demo, Dora (Moderation)"))
    editor.apply(AddNote(workshop_id, "decision", "Dora Demo verschickt das Protokoll, Frau Demo die Fotos."))
    editor.apply(AddNote(workshop_id, "next_step", "Raum buchen", "Dora"))
    with store.session() as session:
        protocol = gather(session, workshop_id, names=False)
    facilitation = tr("Protocol", "Facilitation")
    assert protocol.decisions[-1].text == f"{facilitation} verschickt das Protokoll, {facilitation} die Fotos."
    assert protocol.next_steps[-1].owner == facilitation
    assert "Dora" not in repr(protocol) and "Demo," not in repr(protocol)


# How people are written in notes besides their full name: with initials and in the possessive.
SHORT_FORMS = {
    "B. Beispiel bringt die Zahlen mit.": "{berta} bringt die Zahlen mit.",
    "Berta B. fragt nach.": "{berta} fragt nach.",
    "Theo's Vorschlag wird geprüft.": "{theo} Vorschlag wird geprüft.",
    "Paulas Liste und Ottos Skizze": "{paula} Liste und {otto} Skizze",
    "Frau Probes Antwort, T. Testmann und Otto O.": "{paula} Antwort, {theo} und {otto}",
    "Bergbau, Ottomotor und Theodolit bleiben.": "Bergbau, Ottomotor und Theodolit bleiben.",
}


def test_initials_and_possessives_of_known_people_are_replaced(store: Store) -> None:
    workshop_id, _created = demo.create_demo(store)
    editor = Editor(store)
    for text in SHORT_FORMS:
        editor.apply(AddNote(workshop_id, "decision", text))
    with store.session() as session:
        protocol = gather(session, workshop_id, names=False)
        named = gather(session, workshop_id, names=True)
    organisations = {short: name for name, short, _kind in demo.ORGANISATIONS}
    labels = {name.split()[0].lower(): participant_label(function, organisations[short])
              for name, short, function, _present in demo.PARTICIPANTS}
    assert [d.text for d in named.decisions[-len(SHORT_FORMS):]] == list(SHORT_FORMS)  # with names, all is there
    assert [d.text for d in protocol.decisions[-len(SHORT_FORMS):]] == \
        [expected.format(**labels) for expected in SHORT_FORMS.values()]


def test_the_scrubber_finds_initials_titles_and_possessives_but_not_words_containing_a_name() -> None:
    scrub = NameScrubber([("Anna Maria Berg", "Kämmerei"), ("Dr. Klaus Lax", "Recht"), ("Hans-Peter Maß", "IT")])
    assert scrub.text("A. Berg, A. M. Berg, Anna B., Anna Berg, Anna M. Berg, Annas Idee, Frau Bergs Idee") == \
        "Kämmerei, Kämmerei, Kämmerei, Kämmerei, Kämmerei, Kämmerei Idee, Kämmerei Idee"
    assert scrub.text("Klaus Lax, K. Lax, Klaus' Plan, Dr. Lax's") == "Recht, Recht, Recht Plan, Dr. Recht"
    assert scrub.text("H.-P. Maß und H. Maß, Hans-Peters Plan") == "IT und IT, IT Plan"
    kept = "Bergbau, Annahme, Klausur, annas, ein Bergsee"
    assert scrub.text(kept) == kept
