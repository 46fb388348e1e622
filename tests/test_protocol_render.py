"""The PDF protocol, read back as a reader and a filing system see it: text, pages, outline, fonts, metadata.

The PDF is checked with the poppler tools (pdftotext, pdfinfo, pdffonts) and qpdf, not with the
renderer's own idea of what it drew. Text is compared with all whitespace removed, because a table
cell wraps its text wherever the column ends.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
import subprocess
from pathlib import Path

import pytest

from werkstatt import demo, i18n
from werkstatt.errors import WerkstattError
from werkstatt.i18n import tr
from werkstatt.protocol import Protocol, gather
from werkstatt.protocol.content import MeasureLine, PainPointLine
from werkstatt.protocol.format import (
    format_date,
    format_minutes,
    format_number,
    format_percent,
    format_short_date,
)
from werkstatt.protocol.render import ProtocolCancelled, write_protocol
from werkstatt.protocol.style import REPLACEMENT, SafeText
from werkstatt.render import fonts
from werkstatt.store import Store

HOSTILE_MARKUP = "<b>&</b><script>alert(1)</script>"
LATIN_NAMES = "Łukasz Çelik „Anführungszeichen“ ß €"


def run(*command: str | Path) -> str:
    return subprocess.run([str(part) for part in command], capture_output=True, text=True, check=True).stdout


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def pdf_text(path: Path) -> str:
    return squeeze(run("pdftotext", "-raw", "-enc", "UTF-8", path, "-"))


def body_text(path: Path, protocol: Protocol) -> str:
    """The text without header and footer, which pdftotext puts in the middle of a text that runs over a page."""
    header = squeeze(protocol.title) + squeeze(format_date(protocol.date, i18n.language()))
    footer = squeeze(tr("ProtocolRenderer", "Protocol of the process workshop")) + squeeze(
        tr("ProtocolRenderer", "Page {page} of {pages}", page="NUMBER", pages="NUMBER"))
    pattern = re.escape(header + footer).replace("NUMBER", r"\d+")
    return re.sub(pattern, "", pdf_text(path))


def page_count(path: Path) -> int:
    return int(re.search(r"^Pages:\s+(\d+)", run("pdfinfo", path), re.MULTILINE).group(1))


def outline_titles(path: Path) -> list[tuple[int, str]]:
    data = json.loads(run("qpdf", "--json", "--json-key=outlines", path))
    found: list[tuple[int, str]] = []

    def walk(items: list[dict], level: int) -> None:
        for item in items:
            found.append((level, item["title"]))
            walk(item["kids"], level + 1)

    walk(data["outlines"], 0)
    return found


@pytest.fixture
def demo_protocol(store: Store) -> Protocol:
    workshop_id, _created = demo.create_demo(store)
    with store.session() as session:
        return gather(session, workshop_id)


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    """A folder of its own for the PDFs (the database lives in tmp_path)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def demo_pdf(demo_protocol: Protocol, tmp_path: Path) -> Path:
    return write_protocol(demo_protocol, tmp_path / "protokoll.pdf")


# --- formats -----------------------------------------------------------------------------------------


def test_dates_in_german_and_english() -> None:
    assert format_date(dt.date(2026, 12, 3), "de") == "3. Dezember 2026"
    assert format_date(dt.date(2027, 3, 14), "de") == "14. März 2027"
    assert format_date(dt.date(2026, 12, 3), "en") == "3 December 2026"
    assert format_date(None, "de") == ""
    assert format_short_date(dt.date(2027, 1, 2), "de") == "02.01.2027"
    assert format_short_date(dt.date(2027, 1, 2), "en") == "02/01/2027"


def test_numbers_minutes_and_percent() -> None:
    assert format_number(1234.5, "de", 1) == "1.234,5"
    assert format_number(1234.5, "en", 1) == "1,234.5"
    assert format_number(1234567, "de") == "1.234.567"
    assert format_number(3.0, "de", 1) == "3"  # no ",0" on whole numbers
    assert format_number(None, "de") == ""
    assert format_minutes(12, "de") == "12\u00a0min"
    assert format_minutes(4320, "de") == "4.320\u00a0min"
    assert format_minutes(7.5, "de") == "7,5\u00a0min"
    assert format_percent(0.3, "de") == "30\u00a0%"
    assert format_percent(0.255, "en", 1) == "25.5%"
    assert format_percent(None, "en") == ""


def test_safe_text_escapes_markup_and_replaces_missing_glyphs() -> None:
    fonts.register_reportlab()
    safe = SafeText((fonts.PDF_NAMES["regular"], fonts.PDF_NAMES["bold"]))
    markup, cut = safe.markup("a < b & <i>c</i>\nnext")
    assert markup == "a &lt; b &amp; &lt;i&gt;c&lt;/i&gt;<br/>next" and not cut
    assert safe.plain("🚀🙂 ok") == f"{REPLACEMENT}{REPLACEMENT} ok"
    assert safe.plain("👍\ufe0f") == REPLACEMENT  # a variation selector is invisible, so it goes
    assert safe.plain(LATIN_NAMES) == LATIN_NAMES
    markup, cut = safe.markup("x" * 50, limit=10)
    assert cut and markup == "x" * 10 + "…"


# --- the demo protocol -------------------------------------------------------------------------------


def test_demo_protocol_contains_all_content(demo_protocol: Protocol, demo_pdf: Path) -> None:
    text = pdf_text(demo_pdf)
    model = demo_protocol.models[0]
    expected = [demo_protocol.title, demo_protocol.place, *demo_protocol.organisations,
                *(p.name for p in demo_protocol.participants), *(line.title for line in demo_protocol.agenda),
                *(step.label for step in model.steps), *(point.text for point in model.pain_points),
                *(measure.text for measure in demo_protocol.measures),
                *(note.text for note in (*demo_protocol.decisions, *demo_protocol.open_points,
                                         *demo_protocol.next_steps)),
                *(photo.caption for photo in demo_protocol.photos), model.rounds[0].question,
                format_date(demo_protocol.date, "de")]
    missing = [item for item in expected if squeeze(item) not in text]
    assert missing == []
    assert squeeze(model.rounds[0].breakdown_note) in text


def test_demo_protocol_pages_footer_and_outline(demo_protocol: Protocol, demo_pdf: Path) -> None:
    pages = page_count(demo_pdf)
    assert 6 <= pages <= 12
    text = pdf_text(demo_pdf)
    for page in (1, pages):  # the footer knows the total on the first page already
        assert squeeze(tr("ProtocolRenderer", "Page {page} of {pages}", page=page, pages=pages)) in text
    outline = outline_titles(demo_pdf)
    titles = [title for _level, title in outline]
    model = demo_protocol.models[0]
    for section in (tr("ProtocolRenderer", "Contents"), tr("ProtocolRenderer", "Participants"),
                    tr("ProtocolRenderer", "Goal and agenda"), model.name, tr("ProtocolRenderer", "Measure plan"),
                    tr("ProtocolRenderer", "Decisions"), tr("ProtocolRenderer", "Open points"),
                    tr("ProtocolRenderer", "Next steps"), tr("ProtocolRenderer", "Photos")):
        assert (0, section) in outline, section
    assert (1, tr("ProtocolRenderer", "Process diagram: {name}", name=model.name)) in outline
    assert (1, tr("ProtocolRenderer", "Vote: {question}", question=model.rounds[0].question)) in outline
    assert titles.index(tr("ProtocolRenderer", "Participants")) < titles.index(model.name) < titles.index(
        tr("ProtocolRenderer", "Measure plan"))
    # The table of contents lists the same sections, with page numbers.
    assert squeeze(tr("ProtocolRenderer", "Measure plan")) in text


def test_demo_protocol_is_valid_with_embedded_fonts_and_metadata(demo_protocol: Protocol, demo_pdf: Path,
                                                                tmp_path: Path) -> None:
    assert subprocess.run(["qpdf", "--check", str(demo_pdf)], capture_output=True).returncode == 0
    rows = run("pdffonts", demo_pdf).splitlines()[2:]
    assert len(rows) >= 2
    for row in rows:
        name, emb = row.split()[0], row.split()[-5]
        assert "LiberationSans" in name and emb == "yes", row
    info = run("pdfinfo", demo_pdf)
    assert re.search(r"^Title:.*" + re.escape(demo_protocol.title), info, re.MULTILINE)
    assert re.search(r"^Author:\s+" + re.escape(demo_protocol.facilitator) + "$", info, re.MULTILINE)
    assert re.search(r"^Creator:\s+Werkstatt \d", info, re.MULTILINE)
    plain = tmp_path / "plain.pdf"
    run("qpdf", "--qdf", "--object-streams=disable", demo_pdf, plain)
    assert b"/Lang (de-DE)" in plain.read_bytes()


def test_english_protocol(demo_protocol: Protocol, tmp_path: Path) -> None:
    i18n.set_language("en")
    path = write_protocol(demo_protocol, tmp_path / "protocol.pdf")
    text = pdf_text(path)
    assert squeeze("3 December 2026") in text
    assert squeeze(f"Page 1 of {page_count(path)}") in text
    plain = tmp_path / "plain.pdf"
    run("qpdf", "--qdf", "--object-streams=disable", path, plain)
    assert b"/Lang (en-GB)" in plain.read_bytes()


def test_without_names_no_participant_is_named(store: Store, tmp_path: Path) -> None:
    workshop_id, _created = demo.create_demo(store)
    with store.session() as session:
        protocol = gather(session, workshop_id, names=False)
    text = pdf_text(write_protocol(protocol, tmp_path / "anonym.pdf"))
    assert [name for name, *_rest in demo.PARTICIPANTS if squeeze(name) in text] == []
    assert squeeze("Sachgebietsleitung Fahrerlaubnisbehörde") in text  # functions stay
    assert squeeze(tr("ProtocolRenderer", "Names are left out of this protocol; participants are listed by "
                                          "function and organisation only.")) in text


def test_hostile_text_gives_a_valid_document(demo_protocol: Protocol, tmp_path: Path) -> None:
    long_words = " ".join(f"Wort{i}" for i in range(1700))[:10_000]
    one_word = "Donaudampfschifffahrt" * 480  # 10,080 characters without a space
    model = demo_protocol.models[0]
    points = (*model.pain_points,
              PainPointLine(HOSTILE_MARKUP, "Medienbruch", "", 1, 3, 1),
              PainPointLine("Rakete 🚀🙂 " + LATIN_NAMES, "Medienbruch", "", 1, None, None),
              PainPointLine("مرحبا بالعالم", "Medienbruch", "", 1, None, None),
              PainPointLine("שלום עולם", "Medienbruch", "", 1, None, None))
    measures = (*demo_protocol.measures,
                MeasureLine(long_words, "Łukasz Çelik", dt.date(2027, 2, 1), "offen", None, 1, 2, (HOSTILE_MARKUP,)),
                MeasureLine(one_word, "", None, "offen", None, None, None, ()))
    hostile = dataclasses.replace(
        demo_protocol, title=f"{HOSTILE_MARKUP} {LATIN_NAMES}", facilitator="Łukasz Çelik 🙂",
        goal=one_word, models=(dataclasses.replace(model, name=f"Modell {HOSTILE_MARKUP}", pain_points=points),),
        measures=measures)
    path = write_protocol(hostile, tmp_path / "hostile.pdf")
    assert subprocess.run(["qpdf", "--check", str(path)], capture_output=True).returncode == 0
    text = body_text(path, hostile)
    for expected in (HOSTILE_MARKUP, LATIN_NAMES, "Rakete", long_words, one_word):
        assert squeeze(expected) in text, expected[:40]
    assert REPLACEMENT in text  # emoji and Arabic, which the font cannot draw, are marked
    assert squeeze(tr("ProtocolRenderer", "Appendix: full texts")) in text
    assert "Łukasz Çelik" in run("pdfinfo", path)


# --- writing the file --------------------------------------------------------------------------------


def test_a_missing_folder_is_a_sentence(demo_protocol: Protocol, tmp_path: Path) -> None:
    target = tmp_path / "fehlt" / "protokoll.pdf"
    with pytest.raises(WerkstattError) as caught:
        write_protocol(demo_protocol, target)
    assert str(caught.value) == tr("ProtocolRenderer", "The folder {folder} does not exist.", folder=str(target.parent))
    assert not target.parent.exists()


def test_a_folder_as_target_is_a_sentence_and_leaves_nothing(demo_protocol: Protocol, out_dir: Path) -> None:
    target = out_dir / "ordner"
    target.mkdir()
    with pytest.raises(WerkstattError) as caught:
        write_protocol(demo_protocol, target)
    assert str(target) in str(caught.value)
    assert sorted(p.name for p in out_dir.iterdir()) == ["ordner"]


def test_cancelling_leaves_the_old_file_and_no_temporary_file(demo_protocol: Protocol, out_dir: Path) -> None:
    target = out_dir / "protokoll.pdf"
    target.write_bytes(b"the old protocol")
    asked = []

    def cancelled() -> bool:
        asked.append(True)
        return len(asked) > 40  # in the middle of the first pass

    with pytest.raises(ProtocolCancelled) as caught:
        write_protocol(demo_protocol, target, cancelled=cancelled)
    assert isinstance(caught.value, WerkstattError) and str(caught.value)
    assert target.read_bytes() == b"the old protocol"
    assert [p.name for p in out_dir.iterdir()] == ["protokoll.pdf"]


def test_cancelled_before_starting_writes_nothing(demo_protocol: Protocol, out_dir: Path) -> None:
    with pytest.raises(ProtocolCancelled):
        write_protocol(demo_protocol, out_dir / "protokoll.pdf", cancelled=lambda: True)
    assert list(out_dir.iterdir()) == []


def test_replaces_an_existing_file_and_reports_progress(demo_protocol: Protocol, out_dir: Path) -> None:
    target = out_dir / "protokoll.pdf"
    target.write_bytes(b"the old protocol")
    calls: list[tuple[int, int]] = []
    assert write_protocol(demo_protocol, target, progress=lambda done, total: calls.append((done, total))) == target
    assert target.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in out_dir.iterdir()] == ["protokoll.pdf"]
    assert len(calls) > 5
    assert all(0 <= done <= total for done, total in calls)
    assert calls[-1][0] == calls[-1][1]
    dones = [done for done, _total in calls]
    assert dones == sorted(dones)
