"""Decisions, open points, next steps and photos of a workshop as plain rows, for the protocol panel.

The panel reads through here after every change anywhere in the application, so a photo row
carries no picture bytes: ``photo_data`` fetches them once for a thumbnail. ``image_is_complete``
catches a picture cut off in transfer, which the header check of ``AddPhoto`` lets through and
which would otherwise reach the protocol half grey. No Qt here; tested without a display.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

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
