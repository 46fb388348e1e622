"""The PDF protocol, read back as a reader and a filing system see it: text, pages, outline, fonts, metadata.

The PDF is checked with the poppler tools (pdftotext, pdfinfo, pdffonts) and qpdf, not with the
renderer's own idea of what it drew. Text is compared with all whitespace removed, because a table
cell wraps its text wherever the column ends, and with the hyphens of broken words taken out. The
demo protocol is rendered once for the module (WeasyPrint takes seconds, not milliseconds).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import json
import re
import subprocess
from pathlib import Path

import pytest

from werkstatt import i18n
from werkstatt.errors import WerkstattError
from werkstatt.i18n import tr
from werkstatt.i18n.format import (
    format_date,
    format_minutes,
    format_number,
    format_percent,
    format_short_date,
)
from werkstatt.protocol.content import Protocol
from werkstatt.protocol.content_types import (
    AgendaLine,
    MeasureLine,
    ModelSection,
    NoteLine,
    PainPointLine,
    Participant,
    StepLine,
)
from werkstatt.protocol.html import REPLACEMENT, Text
from werkstatt.protocol.pdf import ProtocolCancelled, write_protocol

HOSTILE_MARKUP = "<b>&</b><script>alert(1)</script>"
LATIN_NAMES = "Łukasz Çelik „Anführungszeichen“ ß €"


def run(*command: str | Path) -> str:
    return subprocess.run([str(part) for part in command], capture_output=True, text=True, check=True).stdout


def squeeze(text: str) -> str:
    """No whitespace and no hyphens: a cell breaks a word at a hyphen or a soft hyphen wherever its column ends."""
    return re.sub(r"[\s\u00ad\u2010-]+", "", text)


def pdf_text(path: Path) -> str:
    """The text as ``squeeze`` sees it ("Fahrerlaubnis-\nbehörde" is one word again)."""
    return squeeze(run("pdftotext", "-raw", "-enc", "UTF-8", path, "-"))


def body_text(path: Path, protocol: Protocol) -> str:
    """The text without header and footer, which pdftotext puts in the middle of a text that runs over a page."""
    header = squeeze(protocol.title) + squeeze(format_date(protocol.date, i18n.language()))
    footer = squeeze(tr("ProtocolRenderer", "Protocol of the process workshop")) + squeeze(
        tr("ProtocolPdf", "Page {page} of {pages}", page="NUMBER", pages="NUMBER"))
    return re.sub(re.escape(header + footer).replace("NUMBER", r"\d+"), "", pdf_text(path))


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


@pytest.fixture(scope="module")
def demo_pdf(demo_protocol: Protocol, tmp_path_factory: pytest.TempPathFactory) -> Path:
    with i18n.speaking("de"):
        return write_protocol(demo_protocol, tmp_path_factory.mktemp("pdf") / "protokoll.pdf")


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    """A folder of its own for the PDFs."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


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


def test_text_escapes_markup_and_replaces_missing_glyphs() -> None:
    text = Text()
    assert text.html("a < b & <i>c</i>\nnext") == "a &lt; b &amp; &lt;i&gt;c&lt;/i&gt;<br>next"
    assert text.plain("🚀🙂 ok") == f"{REPLACEMENT}{REPLACEMENT} ok"
    assert text.plain("👍\ufe0f") == REPLACEMENT  # a variation selector is invisible, so it goes
    assert text.plain("a\x00b\x1bc") == "abc"  # control characters out
    assert text.plain(LATIN_NAMES) == LATIN_NAMES
    assert text.plain("u\u0308") == "ü"  # a decomposed umlaut is composed, not stripped
    assert text.html("Fahrerlaubnisbehörde", "de").count("\u00ad") >= 3  # break points for narrow cells
    assert "\u00ad" not in text.html("Fahrerlaubnisbehörde")


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
                format_date(demo_protocol.date, "de"), "Doppelarbeit", "TOP 1",
                tr("ProtocolRenderer", "Draft: not yet approved"),
                tr("ProtocolHtmlModel", "Sum of all steps (unweighted)"), tr("ProtocolRenderer", "Attachments")]
    missing = [item for item in expected if squeeze(item) not in text]
    assert missing == []
    assert squeeze(model.rounds[0].breakdown_note) in text
    assert not any(p.email and p.email in text for p in demo_protocol.participants)  # never printed
    # Step numbers lead the step table, as the diagram's overview shows them.
    steps = run("pdftotext", "-layout", demo_pdf, "-")
    assert re.search(r"^\s*1\s+\S.*" + re.escape(model.steps[0].label.split()[0]), steps, re.MULTILINE)


def test_doppelarbeit_never_breaks_without_a_hyphen(demo_pdf: Path) -> None:
    lines = run("pdftotext", "-raw", "-enc", "UTF-8", demo_pdf, "-").splitlines()
    for before, after in itertools.pairwise(lines):
        joined = squeeze(before)[-12:] + squeeze(after)[:12]
        if "Doppelarbeit" in joined and "Doppelarbeit" not in before and "Doppelarbeit" not in after:
            assert before.rstrip().endswith(("-", "\u00ad", "\u2010")), (before, after)


def test_demo_protocol_pages_footer_and_outline(demo_protocol: Protocol, demo_pdf: Path) -> None:
    pages = page_count(demo_pdf)
    assert 8 <= pages <= 16
    text = pdf_text(demo_pdf)
    for page in (1, pages):  # the footer knows the total on the first page already
        assert squeeze(tr("ProtocolPdf", "Page {page} of {pages}", page=page, pages=pages)) in text
    outline = outline_titles(demo_pdf)
    titles = [title for _level, title in outline]
    model = demo_protocol.models[0]
    for section in (tr("ProtocolHtml", "Contents"), tr("ProtocolRenderer", "Participants"),
                    tr("ProtocolRenderer", "Goal and agenda"), model.name, tr("ProtocolRenderer", "Measure plan"),
                    tr("ProtocolRenderer", "Decisions"), tr("ProtocolRenderer", "Open points"),
                    tr("ProtocolRenderer", "Next steps"), tr("ProtocolRenderer", "Photos"),
                    tr("ProtocolRenderer", "Attachments")):
        assert (0, section) in outline, section
    assert (1, tr("ProtocolHtmlModel", "Process diagram: {name}", name=model.name)) in outline
    assert (1, tr("ProtocolVotes", "Vote: {question}", question=model.rounds[0].question)) in outline
    assert titles.index(tr("ProtocolRenderer", "Participants")) < titles.index(model.name) < titles.index(
        tr("ProtocolRenderer", "Measure plan"))


def test_demo_protocol_fonts_and_metadata(demo_protocol: Protocol, demo_pdf: Path) -> None:
    rows = run("pdffonts", demo_pdf).splitlines()[2:]
    assert len(rows) >= 2
    for row in rows:
        name, emb = row.split()[0], row.split()[-5]
        assert "Liberation" in name and emb == "yes", row
    info = run("pdfinfo", demo_pdf)
    assert re.search(r"^Title:.*" + re.escape(demo_protocol.title), info, re.MULTILINE)
    assert re.search(r"^Author:\s+" + re.escape(demo_protocol.facilitator) + "$", info, re.MULTILINE)
    assert re.search(r"^Creator:\s+Werkstatt \d", info, re.MULTILINE)


def test_english_protocol(demo_protocol: Protocol, tmp_path: Path) -> None:
    i18n.set_language("en")
    path = write_protocol(demo_protocol, tmp_path / "protocol.pdf")
    text = pdf_text(path)
    assert squeeze("3 December 2026") in text
    assert squeeze(f"Page 1 of {page_count(path)}") in text
    assert squeeze("Sum of all steps (unweighted)") in text
    plain = tmp_path / "plain.pdf"
    run("qpdf", "--qdf", "--object-streams=disable", path, plain)
    assert b"/Lang (en-GB)" in plain.read_bytes()


def test_a_fresh_workshop_with_only_a_title(tmp_path: Path) -> None:
    fresh = Protocol(workshop_id="w", title="Neue Werkstatt", date=None, place="", facilitator="", goal="",
                     organisations=(), participants=(), agenda=(), models=(), measures=(), decisions=(),
                     open_points=(), next_steps=(), photos=(), rounds=(), names_shown=True)
    path = write_protocol(fresh, tmp_path / "neu.pdf")
    text = pdf_text(path)
    for sentence in ("Neue Werkstatt", tr("ProtocolRenderer", "No participants were recorded."),
                     tr("ProtocolRenderer", "No agenda was recorded."),
                     tr("ProtocolRenderer", "No measures were agreed."),
                     tr("ProtocolRenderer", "No next meeting was set."),
                     tr("ProtocolRenderer", "This protocol has no attachments.")):
        assert squeeze(sentence) in text, sentence
    assert re.search(r"^Author:\s+Werkstatt$", run("pdfinfo", path), re.MULTILINE)


def test_every_field_at_its_longest(demo_protocol: Protocol, tmp_path: Path) -> None:
    """A 300-character title, long texts everywhere, 1,000 measures ranked: written, and nothing cut."""
    long_text = " ".join(f"Verwaltungsvorgang{i}" for i in range(120))
    title = ("Prozesswerkstatt " * 20)[:300]
    model = demo_protocol.models[0]
    step = dataclasses.replace(model.steps[0], label=long_text[:500], lane="Fahrerlaubnisbehörde " * 5)
    section: ModelSection = dataclasses.replace(model, name=title[:200], steps=(*model.steps, step))
    # 120 measures here (1,000 take WeasyPrint a minute on the shared test machine; measured by hand).
    measures = tuple(MeasureLine(f"Maßnahme {i} {long_text[:200] if i % 40 == 0 else ''}", "Sachbearbeitung",
                                 dt.date(2027, 1, 1) + dt.timedelta(days=i), "offen", i + 1, 3, 4, ("Medienbruch",))
                     for i in range(120))
    people = tuple(Participant(f"Person {i}", long_text[:120], "Stadt Witten", i % 3 != 0, "p@example.org")
                   for i in range(12))
    longest = dataclasses.replace(
        demo_protocol, title=title, goal=long_text * 3, place=long_text[:300], models=(section,),
        measures=measures, measures_ranked=True, participants=people, file_reference="32.1-" + "7" * 60,
        distribution=tuple(f"Stadt {i}" for i in range(12)), next_meeting=long_text[:400], minute_taker="M" * 100,
        agenda=(*demo_protocol.agenda, AgendaLine(long_text[:300], 30, 45, "", long_text * 2,
                                                  (NoteLine(long_text, "Wer", None, "decision"),))))
    path = write_protocol(longest, tmp_path / "lang.pdf")
    text = pdf_text(path)
    assert squeeze(f"Maßnahme 80 {long_text[:200]}") in text and squeeze("Maßnahme 119") in text
    assert squeeze(long_text[:300]) in text and squeeze(long_text[-300:]) in text
    assert squeeze(tr("ProtocolRenderer", "Priority")) in text


def test_hostile_text_gives_a_valid_document(demo_protocol: Protocol, tmp_path: Path) -> None:
    long_words = " ".join(f"Wort{i}" for i in range(400))[:2_000]
    one_word = "Donaudampfschifffahrt" * 50  # 1,050 characters without a space
    model = demo_protocol.models[0]
    points = (*model.pain_points,
              PainPointLine(None, HOSTILE_MARKUP, "Medienbruch", "", 1, 3, 1),
              PainPointLine(None, "Rakete 🚀🙂 " + LATIN_NAMES, "Medienbruch", "", 1, None, None),
              PainPointLine(None, "مرحبا بالعالم", "Medienbruch", "", 1, None, None))
    measures = (*demo_protocol.measures,
                MeasureLine(long_words, "Łukasz Çelik", dt.date(2027, 2, 1), "offen", None, 1, 2, (HOSTILE_MARKUP,)),
                MeasureLine(one_word, "", None, "offen", None, None, None, ()))
    hostile = dataclasses.replace(
        demo_protocol, title=f"{HOSTILE_MARKUP} {LATIN_NAMES}", facilitator="Łukasz Çelik 🙂",
        goal=one_word, models=(dataclasses.replace(model, name=f"Modell {HOSTILE_MARKUP}", pain_points=points,
                                                   steps=model.steps[:3]),),
        measures=measures)
    path = write_protocol(hostile, tmp_path / "hostile.pdf")
    assert subprocess.run(["qpdf", "--check", str(path)], capture_output=True).returncode == 0
    text = body_text(path, hostile)
    for expected in (HOSTILE_MARKUP, LATIN_NAMES, "Rakete"):
        assert squeeze(expected) in text, expected[:40]
    # A row split across pages interleaves with its neighbours' cells in pdftotext, and a narrow column may
    # break inside a number ("Wort26" / "2"): every word is there but those few.
    assert len(set(long_words.split()) - set(re.findall(r"Wort\d+", text))) <= 4
    assert text.count("Donaudampfschifffahrt") >= 48  # the word without a space is there, broken where it must
    assert REPLACEMENT in text  # emoji and Arabic, which the font cannot draw, are marked
    assert "Łukasz Çelik" in run("pdfinfo", path)
    assert all("Liberation" in row.split()[0] for row in run("pdffonts", path).splitlines()[2:])


def test_steps_are_numbered_as_in_the_diagram(demo_protocol: Protocol) -> None:
    model = demo_protocol.models[0]
    assert [step.number for step in model.steps] == list(range(1, len(model.steps) + 1))
    assert isinstance(model.steps[0], StepLine)


# --- writing the file --------------------------------------------------------------------------------


def test_a_missing_folder_is_a_sentence(demo_protocol: Protocol, tmp_path: Path) -> None:
    target = tmp_path / "fehlt" / "protokoll.pdf"
    with pytest.raises(WerkstattError) as caught:
        write_protocol(demo_protocol, target)
    assert str(caught.value) == tr("ProtocolPdf", "The folder {folder} does not exist.", folder=str(target.parent))
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
        return len(asked) > 8  # in the middle of the layout

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


def test_a3_makes_only_the_diagram_pages_larger(tmp_path: Path) -> None:
    from werkstatt.protocol.html_style import stylesheet

    fonts = {"regular": tmp_path / "r.ttf"}
    a3 = stylesheet(fonts, paper="A3", footer="x", page_label=("Seite ", " von ", ""))
    a4 = stylesheet(fonts, paper="A4", footer="x", page_label=("Seite ", " von ", ""))
    assert "size: A3 landscape" in a3 and "size: A4 landscape" in a4
    assert a3.count("size: A4;") == 1  # the text pages stay A4 portrait


def test_progress_of_another_thread_is_not_reported() -> None:
    """Two renders at once: each reports only its own steps (the log filter compares threads)."""
    import logging
    import threading

    from werkstatt.protocol.pdf import _Watch, _watching

    seen: list[tuple[int, int]] = []
    watch = _Watch(lambda done, total: seen.append((done, total)), None, 5)
    with _watching(watch):
        other = threading.Thread(target=lambda: logging.getLogger("weasyprint.progress").info(
            "Step 5 - Creating layout - Page %d", 40))
        other.start()
        other.join()
        assert seen == []
        logging.getLogger("weasyprint.progress").info("Step 5 - Creating layout - Page %d", 2)
    assert seen == [(7, watch.total)]
    assert logging.getLogger("weasyprint.progress").filters == []
