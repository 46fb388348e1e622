"""The notes and photos of a workshop as plain rows, and the check that a picture is whole."""

from __future__ import annotations

import datetime as dt
import struct
import zlib
from importlib import resources
from pathlib import Path

import pytest

from werkstatt.demo import NOTES, WORKSHOP_ID
from werkstatt.edits import Editor
from werkstatt.edits import notes as note_edits
from werkstatt.edits.notes import MAX_PHOTO_BYTES, AddNote, delete_note, delete_photo, image_facts, image_is_complete
from werkstatt.errors import EditError
from werkstatt.i18n import tr
from werkstatt.read import notes as notes_query
from werkstatt.read.notes import NoteRow

DEMO_DAY = dt.date(2026, 12, 3)


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def tiny_png() -> bytes:
    """A 2 × 1 grey PNG, built by hand so that this test needs no Qt."""
    header = struct.pack(">IIBBBBB", 2, 1, 8, 0, 0, 0, 0)
    pixels = zlib.compress(b"\x00\x80\x80")
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", pixels) + _chunk(b"IEND", b"")


def demo_jpeg() -> bytes:
    return resources.files("werkstatt.resources").joinpath("demo", "pinnwand.jpg").read_bytes()


def test_the_demo_notes_come_in_the_order_they_were_taken(demo: Editor) -> None:
    with demo.reading() as session:
        rows = notes_query.notes(session, WORKSHOP_ID)
    assert [(row.kind, row.text, row.owner) for row in rows] == [(kind, text, owner) for kind, text, owner, *_ in NOTES]
    assert [row.due_date for row in rows] == [DEMO_DAY + dt.timedelta(days=due) if due is not None else None
                                              for *_, due, _top in NOTES]


def test_one_kind_only_and_deleted_notes_are_left_out(demo: Editor) -> None:
    with demo.reading() as session:
        open_points = notes_query.notes(session, WORKSHOP_ID, "open_point")
    assert [row.text for row in open_points] == [text for kind, text, *_ in NOTES if kind == "open_point"]
    demo.apply(delete_note(open_points[0].id))
    demo.apply(AddNote(WORKSHOP_ID, "open_point", "  Wer zahlt die Scanner?  "))
    with demo.reading() as session:
        texts = [row.text for row in notes_query.notes(session, WORKSHOP_ID, "open_point")]
    assert texts == [open_points[1].text, "Wer zahlt die Scanner?"]


def test_an_unknown_workshop_has_no_notes_and_no_photos(demo: Editor) -> None:
    with demo.reading() as session:
        assert notes_query.notes(session, "no-such-workshop") == []
        assert notes_query.photos(session, "no-such-workshop") == []


def test_photos_carry_their_facts_and_the_bytes_come_separately(demo: Editor) -> None:
    with demo.reading() as session:
        rows = notes_query.photos(session, WORKSHOP_ID)
        assert len(rows) == 1
        data = notes_query.photo_data(session, rows[0].id)
        assert notes_query.photo_data(session, "no-such-photo") == b""
    assert data == demo_jpeg()
    media_type, width, height = image_facts(data)
    assert (rows[0].caption, rows[0].media_type, rows[0].width, rows[0].height) == (
        "Die Pinnwand nach der Punktabfrage", media_type, width, height)
    demo.apply(delete_photo(rows[0].id))
    with demo.reading() as session:
        assert notes_query.photos(session, WORKSHOP_ID) == []


def test_a_change_to_the_same_value_is_no_edit_and_a_real_one_is_stored(demo: Editor) -> None:
    with demo.reading() as session:
        row = notes_query.notes(session, WORKSHOP_ID, "next_step")[0]
    assert note_edits.note_change(row, "text", f"  {row.text} ") is None
    assert note_edits.note_change(row, "due_date", row.due_date) is None
    demo.apply(note_edits.note_change(row, "owner", "Ennepe-Ruhr-Kreis"))
    demo.apply(note_edits.note_change(row, "due_date", None))
    with demo.reading() as session:
        changed = notes_query.notes(session, WORKSHOP_ID, "next_step")[0]
    assert changed == NoteRow(row.id, "next_step", row.text, "Ennepe-Ruhr-Kreis", None)


def test_whole_pictures_are_complete() -> None:
    assert image_is_complete(tiny_png())
    assert image_is_complete(demo_jpeg())
    assert image_is_complete(demo_jpeg() + b"camera maker's trailer")


@pytest.mark.parametrize("cut", [0.3, 0.6, 0.95])
def test_a_picture_cut_off_in_transfer_is_incomplete(cut: float) -> None:
    for data in (tiny_png(), demo_jpeg()):
        assert not image_is_complete(data[:int(len(data) * cut)])


def test_a_jpeg_cut_off_before_its_image_data_is_incomplete() -> None:
    data = demo_jpeg()
    start_of_scan = data.index(b"\xff\xda")
    assert not image_is_complete(data[:start_of_scan])
    assert not image_is_complete(data[:start_of_scan + 20])
    assert not image_is_complete(data[:-2])  # all but the end marker


def test_what_is_no_png_or_jpeg_is_left_to_add_photo() -> None:
    assert image_is_complete(b"")
    assert image_is_complete(b"GIF89a")


def test_a_picture_file_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "tafel.png"
    path.write_bytes(tiny_png())
    assert note_edits.read_photo_file(path) == tiny_png()


def test_a_huge_file_is_read_only_one_byte_past_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "riesig.jpg"
    with path.open("wb") as file:
        file.truncate(MAX_PHOTO_BYTES * 3)  # sparse: large on paper, cheap on disk
    assert len(note_edits.read_photo_file(path)) == MAX_PHOTO_BYTES + 1


def test_a_file_that_cannot_be_read_is_a_sentence_that_names_it(tmp_path: Path) -> None:
    with pytest.raises(EditError) as missing:
        note_edits.read_photo_file(tmp_path / "weg.png")
    assert missing.value.message == tr("NoteEdits", "The file “{name}” does not exist (any more).",
                                       name="weg.png")
    with pytest.raises(EditError) as folder:
        note_edits.read_photo_file(tmp_path)
    assert folder.value.message == tr("NoteEdits", "“{name}” is a folder, not a picture.", name=tmp_path.name)
