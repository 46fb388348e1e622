"""Decisions, open points, next steps and photos of a workshop as plain rows, for the protocol panel.

The panel reads through here after every change anywhere in the application, so a photo row
carries no picture bytes: ``photo_data`` fetches them once for a thumbnail. ``image_is_complete``
catches a picture cut off in transfer, which the header check of ``AddPhoto`` lets through and
which would otherwise reach the protocol half grey. No Qt here; tested without a display.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from werkstatt.edits.base import Edit
from werkstatt.edits.notes import MAX_PHOTO_BYTES, edit_note
from werkstatt.errors import EditError
from werkstatt.i18n import tr
from werkstatt.model import WorkshopNote, WorkshopPhoto

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@dataclass(frozen=True)
class NoteRow:
    id: str
    kind: str  # a code of werkstatt.model.NOTE_KINDS
    text: str
    owner: str  # who takes it on; "" when nobody was named
    due_date: dt.date | None


@dataclass(frozen=True)
class PhotoRow:
    id: str
    caption: str
    media_type: str  # image/png or image/jpeg
    width: int
    height: int


def notes(session: Session, workshop_id: str, kind: str | None = None) -> list[NoteRow]:
    """The live notes of a workshop (of one kind, if given) in the order they were taken."""
    query = select(WorkshopNote).where(WorkshopNote.workshop_id == workshop_id, WorkshopNote.deleted.is_(False))
    if kind is not None:
        query = query.where(WorkshopNote.kind == kind)
    rows = session.scalars(query.order_by(WorkshopNote.position, WorkshopNote.created_at, WorkshopNote.id))
    return [NoteRow(row.id, row.kind, row.text, row.owner or "", row.due_date) for row in rows]


def photos(session: Session, workshop_id: str) -> list[PhotoRow]:
    """The live photos of a workshop in the order they were added, without their bytes."""
    query = (select(WorkshopPhoto.id, WorkshopPhoto.caption, WorkshopPhoto.media_type, WorkshopPhoto.width,
                    WorkshopPhoto.height)
             .where(WorkshopPhoto.workshop_id == workshop_id, WorkshopPhoto.deleted.is_(False))
             .order_by(WorkshopPhoto.position, WorkshopPhoto.created_at, WorkshopPhoto.id))
    return [PhotoRow(row.id, row.caption or "", row.media_type, row.width, row.height)
            for row in session.execute(query)]


def photo_data(session: Session, photo_id: str) -> bytes:
    """The stored picture of one photo (b"" when the row is gone)."""
    return session.scalar(select(WorkshopPhoto.data).where(WorkshopPhoto.id == photo_id)) or b""


def note_change(row: NoteRow, field: str, value: Any) -> Edit | None:
    """The edit that sets ``field`` of a note to ``value``; None when nothing changes (no empty undo step)."""
    if field in ("text", "owner"):
        value = str(value or "").strip()
    if getattr(row, field) == value:
        return None
    return edit_note(row.id, **{field: value})


# --- reading a picture file --------------------------------------------------------------------


def read_photo_file(path: Path) -> bytes:
    """The bytes of a picture file, at most one more than ``AddPhoto`` takes (so that it can say "too large").

    A file that cannot be read becomes an EditError whose sentence names the file, not the
    operating system's English message.
    """
    try:
        with path.open("rb") as file:
            return file.read(MAX_PHOTO_BYTES + 1)
    except FileNotFoundError:
        message = tr("ProtocolNotes", "The file “{name}” does not exist (any more).", name=path.name)
    except IsADirectoryError:
        message = tr("ProtocolNotes", "“{name}” is a folder, not a picture.", name=path.name)
    except PermissionError:
        message = tr("ProtocolNotes", "You may not read the file “{name}”.", name=path.name)
    except OSError as error:
        message = tr("ProtocolNotes", "The file “{name}” cannot be read (error {code}).", name=path.name,
                     code=error.errno if error.errno is not None else "?")
    raise EditError(message)
