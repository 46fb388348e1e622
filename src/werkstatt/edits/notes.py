"""Decisions, open points, next steps and photos of a workshop: what the protocol lists at its end.

A photo is checked before it is stored: only PNG and JPEG, at most ``MAX_PHOTO_BYTES``, with
width and height read from the file itself. A file that is none of these is refused with a
sentence, and nothing is stored. What is stored is the cleaned picture (``werkstatt.files.photos``):
no camera metadata, turned upright, so width and height are those of the upright picture.
"""

from __future__ import annotations

import datetime as dt
import struct
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from werkstatt.edits import validate
from werkstatt.edits.base import Create, Delete, Edit, Planned, Update, live
from werkstatt.errors import EditError
from werkstatt.files.photos import clean_image
from werkstatt.i18n import tr
from werkstatt.model import NOTE_KINDS, Workshop, WorkshopNote, WorkshopPhoto
from werkstatt.read.notes import NoteRow

MAX_PHOTO_BYTES = 20 * 1024 * 1024
MAX_PHOTO_SIDE = 20000
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _next_position(session: Session, cls: type[WorkshopNote] | type[WorkshopPhoto], workshop_id: str) -> int:
    last = session.scalar(select(func.max(cls.position)).where(cls.workshop_id == workshop_id,
                                                               cls.deleted.is_(False)))
    return 0 if last is None else last + 1


def clean_note(values: dict[str, Any]) -> dict[str, Any]:
    cleaned = dict(values)
    if "kind" in cleaned and cleaned["kind"] not in NOTE_KINDS:
        raise EditError(tr("NoteEdits", "A note is a decision, an open point or a next step."))
    if "text" in cleaned:
        # Like every other text: no control or bidirectional characters, within the column's limit.
        cleaned["text"] = validate.column_text(WorkshopNote.text, str(cleaned["text"]), tr("NoteEdits", "note"),
                                               allow_empty=True)
        if not cleaned["text"]:
            raise EditError(tr("NoteEdits", "The note needs a text."))
    if "owner" in cleaned:
        cleaned["owner"] = validate.column_text(WorkshopNote.owner, str(cleaned["owner"] or ""),
                                                tr("NoteEdits", "note's owner"), allow_empty=True)
    if cleaned.get("due_date") is not None and not isinstance(cleaned["due_date"], dt.date):
        raise EditError(tr("NoteEdits", "The due date is not a date."))
    return cleaned


class AddNote(Planned):
    def __init__(self, workshop_id: str, kind: str, text: str, owner: str = "", due_date: dt.date | None = None,
                 note_id: str | None = None) -> None:
        super().__init__(tr("NoteEdits", "Add note"))
        self.workshop_id = workshop_id
        self.values = clean_note({"kind": kind, "text": text, "owner": owner, "due_date": due_date})
        self.note_id = note_id

    def plan(self, session: Session) -> list[Edit]:
        live(session, Workshop, self.workshop_id)
        create = Create(WorkshopNote, workshop_id=self.workshop_id,
                        position=_next_position(session, WorkshopNote, self.workshop_id), **self.values)
        if self.note_id:
            create.id = self.note_id
        self.note_id = create.id
        return [create]


def edit_note(note_id: str, **changes: Any) -> Edit:
    return Update(WorkshopNote, note_id, tr("NoteEdits", "Change note"), **clean_note(changes))


def delete_note(note_id: str) -> Edit:
    return Delete(WorkshopNote, note_id, tr("NoteEdits", "Delete note"))


# --- photos -----------------------------------------------------------------------------------


def image_facts(data: bytes) -> tuple[str, int, int]:
    """(media type, width, height) of a PNG or JPEG, read from its header; EditError for anything else."""
    if len(data) > MAX_PHOTO_BYTES:
        raise EditError(tr("NoteEdits", "The photo is larger than {limit} MB; please make it smaller first.",
                           limit=MAX_PHOTO_BYTES // (1024 * 1024)))
    if data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) >= 24 and data[12:16] == b"IHDR":
        width, height = struct.unpack(">II", data[16:24])
        return _checked("image/png", width, height, data)
    if data.startswith(b"\xff\xd8"):
        return _checked("image/jpeg", *_jpeg_size(data), data)
    raise EditError(tr("NoteEdits", "This file is not a PNG or JPEG picture."))


def _jpeg_size(data: bytes) -> tuple[int, int]:
    """Walk the JPEG markers to the first start-of-frame, which holds the size."""
    index = 2
    while index + 4 <= len(data):
        if data[index] != 0xFF:
            break
        marker = data[index + 1]
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            index += 2
            continue
        length = struct.unpack(">H", data[index + 2:index + 4])[0]
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC) and index + 9 <= len(data):
            height, width = struct.unpack(">HH", data[index + 5:index + 9])
            return width, height
        index += 2 + length
    raise EditError(tr("NoteEdits", "The JPEG picture is damaged: its size cannot be read."))


def _checked(media_type: str, width: int, height: int, data: bytes) -> tuple[str, int, int]:
    if not (0 < width <= MAX_PHOTO_SIDE and 0 < height <= MAX_PHOTO_SIDE):
        raise EditError(tr("NoteEdits", "The picture says it is {width} × {height} pixels, which cannot be right.",
                           width=width, height=height))
    if not image_is_complete(data):
        raise EditError(tr("NoteEdits", "The picture is cut off: the file ends before the image does. Please copy it "
                                    "again from the camera or the phone."))
    return media_type, width, height


class AddPhoto(Planned):
    def __init__(self, workshop_id: str, data: bytes, caption: str = "") -> None:
        super().__init__(tr("NoteEdits", "Add photo"))
        self.workshop_id = workshop_id
        self.caption = validate.column_text(WorkshopPhoto.caption, caption, tr("NoteEdits", "photo caption"),
                                            allow_empty=True)
        image_facts(data)  # the file as it came: its size, kind and completeness, before anything is decoded
        # Only the cleaned picture is stored: the camera's EXIF (with its GPS position), XMP and IPTC
        # would otherwise travel with every protocol and package.
        self.data = clean_image(data)
        self.media_type, self.width, self.height = image_facts(self.data)
        self.photo_id: str | None = None

    def plan(self, session: Session) -> list[Edit]:
        live(session, Workshop, self.workshop_id)
        create = Create(WorkshopPhoto, workshop_id=self.workshop_id, caption=self.caption,
                        media_type=self.media_type, data=self.data, width=self.width, height=self.height,
                        position=_next_position(session, WorkshopPhoto, self.workshop_id))
        self.photo_id = create.id
        return [create]


def edit_photo_caption(photo_id: str, caption: str) -> Edit:
    caption = validate.column_text(WorkshopPhoto.caption, caption, tr("NoteEdits", "photo caption"), allow_empty=True)
    return Update(WorkshopPhoto, photo_id, tr("NoteEdits", "Change photo caption"), caption=caption)


def delete_photo(photo_id: str) -> Edit:
    return Delete(WorkshopPhoto, photo_id, tr("NoteEdits", "Delete photo"))


# --- is the whole picture there? ----------------------------------------------------------------


def image_is_complete(data: bytes) -> bool:
    """Whether a PNG reaches its end chunk and a JPEG its end marker after the image data.

    A JPEG's embedded thumbnail has an end marker of its own, so the search starts at the first
    start-of-scan; inside the scan data a 0xFF byte is always followed by 0x00 or a restart
    marker, so the first FF D9 after it is the real end. Anything else (not PNG or JPEG) is
    left to ``AddPhoto``, which refuses it with its own sentence.
    """
    if data.startswith(PNG_SIGNATURE):
        return _png_complete(data)
    if data.startswith(b"\xff\xd8"):
        return _jpeg_complete(data)
    return True


def _png_complete(data: bytes) -> bool:
    index = len(PNG_SIGNATURE)
    while index + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[index:index + 8])
        end = index + 12 + length  # length, type, data, CRC
        if end > len(data):
            return False
        if kind == b"IEND":
            return True
        index = end
    return False


def _jpeg_complete(data: bytes) -> bool:
    index = 2
    while index + 4 <= len(data):
        if data[index] != 0xFF:
            return False
        marker = data[index + 1]
        if marker == 0xFF:  # fill byte before a marker
            index += 1
            continue
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            index += 2
            continue
        length = struct.unpack(">H", data[index + 2:index + 4])[0]
        if marker == 0xDA:  # start of scan: the image data follows
            return data.find(b"\xff\xd9", index + 2 + length) != -1
        index += 2 + length
    return False


# --- what the protocol tab hands over ---------------------------------------------------------------


def note_change(row: NoteRow, field: str, value: Any) -> Edit | None:
    """The edit that sets ``field`` of a note to ``value``; None when nothing changes (no empty undo step)."""
    if field in ("text", "owner"):
        value = str(value or "").strip()
    if getattr(row, field) == value:
        return None
    return edit_note(row.id, **{field: value})


def read_photo_file(path: Path) -> bytes:
    """The bytes of a picture file, at most one more than ``AddPhoto`` takes (so that it can say "too large").

    A file that cannot be read becomes an EditError whose sentence names the file, not the
    operating system's English message.
    """
    try:
        with path.open("rb") as file:
            return file.read(MAX_PHOTO_BYTES + 1)
    except FileNotFoundError:
        message = tr("NoteEdits", "The file “{name}” does not exist (any more).", name=path.name)
    except IsADirectoryError:
        message = tr("NoteEdits", "“{name}” is a folder, not a picture.", name=path.name)
    except PermissionError:
        message = tr("NoteEdits", "You may not read the file “{name}”.", name=path.name)
    except OSError as error:
        message = tr("NoteEdits", "The file “{name}” cannot be read (error {code}).", name=path.name,
                     code=error.errno if error.errno is not None else "?")
    raise EditError(message)
