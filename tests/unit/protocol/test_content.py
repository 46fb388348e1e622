"""What the protocol says, gathered from the demo workshop, without rendering a page."""

from __future__ import annotations

import pytest

from werkstatt.demo import MEASURES, MODEL_ID, NOTES, PARTICIPANTS, WORKSHOP_ID
from werkstatt.edits import Editor
from werkstatt.edits.notes import AddNote, AddPhoto, delete_note, image_facts
from werkstatt.edits.workshops import DeleteWorkshop
from werkstatt.errors import EditError, NotFoundError
from werkstatt.protocol.content import gather
from werkstatt.read.model import model_view

# The sentences and labels are asserted in their English source form.
pytestmark = pytest.mark.usefixtures("english")


def protocol(editor: Editor, **options):
    with editor.reading() as session:
        return gather(session, WORKSHOP_ID, **options)


def test_the_demo_protocol_has_every_part(demo: Editor) -> None:
    p = protocol(demo)
    assert p.title == "Prozesswerkstatt Führerscheinantrag" and p.place.startswith("Kreishaus")
    assert p.facilitator.startswith("Dora Demo") and p.date.isoformat() == "2026-12-03"
    assert p.organisations[0] == "Ennepe-Ruhr-Kreis" and len(p.organisations) == 6
    assert {(x.name, x.present) for x in p.participants} == {(name, present) for name, *_, present in PARTICIPANTS}
    assert [(a.planned_minutes, a.actual_minutes) for a in p.agenda][:2] == [(15, 20), (90, 95)]
    assert [m.id for m in p.models] == [MODEL_ID]
    assert {m.text for m in p.measures} == {text for text, *_ in MEASURES}
    assert [n.text for n in p.decisions + p.open_points + p.next_steps] == [text for _, text, *_ in NOTES]
    assert p.next_steps[0].due_date is not None and p.next_steps[0].owner == "alle Städte"
    assert len(p.photos) == 1 and p.photos[0].media_type == "image/jpeg" and p.photos[0].width == 1600


def test_a_model_section_has_fact_sheet_diagram_steps_and_voted_pain_points(demo: Editor) -> None:
    section = protocol(demo).models[0]
    with demo.reading() as session:
        view = model_view(session, MODEL_ID)
    assert [s.label for s in section.steps] == [s.label for s in view.steps]
    assert {box.id for box in section.diagram.steps} == {s.id for s in view.steps}
    assert dict(section.fact_sheet.rows)["Register key"] == "EN-FS-001" or "EN-FS-001" in dict(
        section.fact_sheet.rows).values()
    assert len(section.pain_points) == 7
    voted = sorted((p.rank, p.votes) for p in section.pain_points)
    assert voted[:3] == [(1, 8), (1, 8), (3, 5)]
    assert len(section.rounds) == 1 and section.rounds[0].method == "dots"
    by_text = {p.text: p for p in section.pain_points}
    assert by_text["Papierantrag wird im Bürgerbüro abgetippt"].step == "Antrag in Fachverfahren erfassen"


def test_without_names_no_person_is_named(demo: Editor) -> None:
    p = protocol(demo, names=False)
    assert all(x.name is None for x in p.participants)
    text = repr(p)
    assert not any(name in text for name, *_ in PARTICIPANTS)
    assert not p.names_shown and "Ennepe-Ruhr-Kreis" in {x.organisation for x in p.participants}


def test_deleted_notes_and_an_unknown_workshop(demo: Editor) -> None:
    add = demo.apply(AddNote(WORKSHOP_ID, "decision", "  Noch ein Beschluss  "))
    assert protocol(demo).decisions[-1].text == "Noch ein Beschluss"
    demo.apply(delete_note(add.note_id))
    assert "Noch ein Beschluss" not in [n.text for n in protocol(demo).decisions]
    with demo.reading() as session, pytest.raises(NotFoundError):
        gather(session, "no-such-workshop")
    demo.apply(DeleteWorkshop(WORKSHOP_ID))
    with demo.reading() as session, pytest.raises(NotFoundError):
        gather(session, WORKSHOP_ID)


def test_notes_need_a_text_and_a_known_kind(demo: Editor) -> None:
    with pytest.raises(EditError):
        AddNote(WORKSHOP_ID, "decision", "   ")
    with pytest.raises(EditError):
        AddNote(WORKSHOP_ID, "wish", "Text")


def png(width: int = 1, height: int = 1) -> bytes:
    """A real, complete PNG of one grey pixel per point, written by hand (no image library)."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\x00" + b"\x80" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


PNG_1x1 = png()


def test_photos_are_checked_by_their_header(demo: Editor) -> None:
    assert image_facts(PNG_1x1) == ("image/png", 1, 1)
    before = len(protocol(demo).photos)
    for bad, words in ((b"", "not a PNG"), (b"hello, I am text", "not a PNG"),
                       (b"\xff\xd8\xff\xe0\x00\x10JFIF", "damaged"),
                       (PNG_1x1[:16] + b"\x00\x00\x00\x00\x00\x00\x00\x01", "cannot be right")):
        with pytest.raises(EditError, match=words):
            demo.apply(AddPhoto(WORKSHOP_ID, bad))
    jpeg = protocol(demo).photos[0].data
    with pytest.raises(EditError, match="cut off"):  # the header is fine, the picture stops halfway
        demo.apply(AddPhoto(WORKSHOP_ID, jpeg[:len(jpeg) // 2]))
    assert len(protocol(demo).photos) == before
    demo.apply(AddPhoto(WORKSHOP_ID, PNG_1x1, " Tafel "))
    assert protocol(demo).photos[-1].caption == "Tafel"


def test_figures_and_the_comparison_of_as_is_and_to_be(demo: Editor, tmp_path) -> None:
    import subprocess

    from werkstatt.capture import catalogue
    from werkstatt.capture.session import CaptureSession
    from werkstatt.demo import APPLICANTS, PROCESS_ID, PROCESS_LINES, TESTING_BODY, lane_assignments
    from werkstatt.edits import AddAgendaItem, Create
    from werkstatt.model import ProcessModel
    from werkstatt.protocol.pdf import write_protocol

    section = protocol(demo).models[0]
    figures = {line.label: line for line in section.figures}
    assert figures["Case volume per year"].value == "2,400"
    # the administrations' effort, without the applicant's and the TÜV's time (issue 19)
    assert figures["Annual effort of the administrations"].value == "2,640\u00a0h"
    assert figures["FTE of the administrations"].value == "1.69\u00a0FTE"
    assert figures["Outside parties' time per year"].value == "5,340\u00a0h"
    # times as people say them, the weighted ones and the longest path explained in one sentence each
    assert figures["Waiting time per case"].value == "30\u00a0days"
    assert figures["Processing time per case"].value == "3\u00a0h 20\u00a0min"
    assert figures["Lead time (longest path)"].value == "27\u00a0days 3\u00a0h"
    for key in ("Processing time per case", "Waiting time per case", "Lead time (longest path)"):
        assert figures[key].explanation.count(". ") == 0 and figures[key].explanation.endswith(".")
    assert "shorter than the average waiting time" in figures["Lead time (longest path)"].explanation
    # no key of the rate table, and a unit on every rate
    text = " ".join(f"{line.label} {line.value} {line.explanation}" for line in section.figures)
    assert "minutes:fte" not in text and "rate:" not in text and "default:" not in text
    assert figures["Working time per FTE"].value == "1,561\u00a0h/year"
    assert figures["Hourly rate E 9a"].value == "64.10\u00a0€/h"
    assert "Kosten- und Leistungsrechnung" in figures["Hourly rate E 9a"].explanation
    assert any(line.label == "Note" for line in section.figures)  # plausibility notes travel with the figures
    assert [(e.party, e.outside, e.hours_per_year) for e in section.effort if e.hours_per_year] == [
        ("Stadt Witten", False, 1040), ("Ennepe-Ruhr-Kreis", False, 1600), (APPLICANTS, True, 940),
        (TESTING_BODY, True, 4400)]
    assert all(e.fte is None and e.cost_per_year is None for e in section.effort if e.outside)
    assert protocol(demo).comparisons == ()  # no to-be yet

    to_be = demo.apply(Create(ProcessModel, process_id=PROCESS_ID, name="Führerscheinantrag (Soll)", kind="soll"))
    demo.apply(AddAgendaItem(WORKSHOP_ID, "Soll-Prozess", planned_minutes=30, process_model_id=to_be.id))
    lines = [line for line in PROCESS_LINES.splitlines() if "Antrag in Fachverfahren erfassen" not in line
             and not line.startswith("!! Medienbruch")]
    capture = CaptureSession(demo, to_be.id, catalogue=catalogue.load_default(), workshop_id=WORKSHOP_ID)
    for number, line in enumerate(lines, start=1):
        capture.enter_line(line, number)
    with demo.reading() as session:
        assignments = lane_assignments(session, to_be.id)  # the same parties as the as-is
    for edit in assignments:
        demo.apply(edit)
    comparison = protocol(demo).comparisons
    assert len(comparison) == 1
    summary = dict(comparison[0].summary)
    assert summary["Hours saved per year"] == "320\u00a0h"  # 2,400 cases × 8 min
    assert summary["Steps removed"] == "Antrag in Fachverfahren erfassen"
    out = tmp_path / "p.pdf"
    write_protocol(protocol(demo), out)
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "As-is and to-be" in text and "320" in text
