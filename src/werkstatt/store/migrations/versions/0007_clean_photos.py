"""Photos without camera metadata: every stored photo cleaned as ``AddPhoto`` now cleans a new one.

Before, a photo kept its EXIF block (camera, time, GPS position), XMP, IPTC and comments, and the
protocol and every package handed them on. Each row is cleaned with ``werkstatt.files.photos.clean_image``
(imported, not frozen here: the point is that old rows end up as clean as new ones) and, when the
photo had to be turned upright, takes the new width and height. A row whose picture cannot be read
is left as it is: a migration cannot ask anyone, and the protocol could not show it either. Deleted
rows are cleaned too, because undo can bring them back.

workshop_photos is not synced, so no change number is drawn; the revision stays, as the photo's
content for a person looking at it does not change.

Downgrade changes nothing: the metadata is gone on purpose.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06 00:30:00
"""

import sqlalchemy as sa
from alembic import op

from werkstatt.edits.notes import image_facts
from werkstatt.errors import EditError
from werkstatt.files.photos import clean_image

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    ids = bind.execute(sa.text("SELECT id FROM workshop_photos ORDER BY id")).scalars().all()
    for photo_id in ids:  # one photo in memory at a time: a workshop's photos can be hundreds of MB together
        data = bind.execute(sa.text("SELECT data FROM workshop_photos WHERE id = :id"), {"id": photo_id}).scalar()
        if not data:
            continue
        try:
            cleaned = clean_image(bytes(data))
            media_type, width, height = image_facts(cleaned)
        except EditError:
            continue
        if cleaned != data:
            bind.execute(sa.text("UPDATE workshop_photos SET data = :data, media_type = :media_type, "
                                 "width = :width, height = :height WHERE id = :id"),
                         {"data": cleaned, "media_type": media_type, "width": width, "height": height,
                          "id": photo_id})


def downgrade() -> None:
    pass
