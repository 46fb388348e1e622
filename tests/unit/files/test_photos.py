"""Photos lose their camera's metadata on the way in, and stand upright without it (issue 23).

A pinboard photo with EXIF (maker, model, GPS position), XMP, IPTC and a comment goes in through
``AddPhoto`` or a package; neither the database, nor the image ``pdfimages`` takes out of the
protocol, nor an exported package holds any of it, and the picture is turned as its orientation
tag said.
"""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray
from PySide6.QtGui import QColorSpace, QImage, QImageReader
from sqlalchemy import select, update

from helpers.photo_samples import (
    ADOBE,
    SECRETS,
    camera_jpeg,
    camera_png,
    corners,
    encoded,
    picture,
    png_chunks,
    segment,
    with_iccp,
    with_metadata,
    with_odd_segments,
)
from werkstatt import demo
from werkstatt.edits import Editor
from werkstatt.edits.notes import AddPhoto
from werkstatt.errors import EditError
from werkstatt.files.photos import clean_image, exif_orientation
from werkstatt.interchange.errors import InterchangeError
from werkstatt.interchange.package import export_package, import_package
from werkstatt.model import WorkshopPhoto
from werkstatt.protocol.content import gather
from werkstatt.protocol.pdf import write_protocol
from werkstatt.store.database import open_store

# EXIF orientation → where the red (top left) and green (top right) squares of the stored pixels show.
EXPECTED = {1: ("top left", "top right"), 2: ("top right", "top left"), 3: ("bottom right", "bottom left"),
            4: ("bottom left", "bottom right"), 5: ("top left", "bottom left"), 6: ("top right", "bottom right"),
            7: ("bottom right", "top right"), 8: ("bottom left", "top left")}


pytestmark = pytest.mark.usefixtures("english")  # The sentences are asserted in their English source form.


def leaks(data: bytes) -> list[bytes]:
    return [secret for secret in SECRETS if secret in data]


def stored_photo(editor: Editor, photo_id: str) -> WorkshopPhoto:
    with editor.reading() as session:
        photo = session.get(WorkshopPhoto, photo_id)
        assert photo is not None
        session.expunge(photo)
        return photo


def qt_upright(data: bytes) -> QImage:
    """The picture as Qt shows it when told to follow the orientation tag: an independent reading."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    return reader.read()


@pytest.fixture
def workshop(editor: Editor) -> Editor:
    demo.create_demo(editor.store)
    return editor


def test_the_samples_carry_what_a_camera_writes() -> None:
    """Without this the other tests would prove nothing: the dirty photo holds every secret and its tag."""
    raw = camera_jpeg(6)
    assert leaks(raw) == list(SECRETS)
    assert QImage.fromData(raw).size().toTuple() == (64, 32)
    assert exif_orientation(raw[raw.index(b"Exif\x00\x00") + 6:]) == 6


def test_add_photo_stores_the_jpeg_without_metadata_and_upright(workshop: Editor) -> None:
    edit = workshop.apply(AddPhoto(demo.WORKSHOP_ID, camera_jpeg(6), "Pinnwand"))
    photo = stored_photo(workshop, edit.photo_id)
    assert leaks(photo.data) == []
    assert photo.data.endswith(b"\xff\xd9") and photo.data.count(b"\xff\xd8") == 1  # the trailer stayed behind
    assert b"\xff\xe1" not in photo.data.split(b"\xff\xda")[0]  # no APP1 at all before the scan
    # Orientation 6: turned a quarter clockwise, so width and height swap, in the row and in the picture.
    assert (photo.media_type, photo.width, photo.height) == ("image/jpeg", 32, 64)
    image = QImage.fromData(photo.data)
    assert image.size().toTuple() == (32, 64)
    assert corners(image) == {"red": "top right", "green": "bottom right"}


@pytest.mark.parametrize("orientation", range(1, 9))
def test_every_orientation_stands_as_qt_would_show_it(orientation: int) -> None:
    raw = camera_jpeg(orientation)
    image = QImage.fromData(clean_image(raw))
    red, green = EXPECTED[orientation]
    assert corners(image) == {"red": red, "green": green}
    assert corners(image) == corners(qt_upright(raw))
    assert image.size() == qt_upright(raw).size()


def test_cleaning_is_lossless_without_a_turn_and_changes_a_clean_photo_not_at_all() -> None:
    plain = encoded(picture(), "JPEG")
    assert clean_image(with_metadata(plain, orientation=1)) == plain  # only segments dropped, no new encoding
    turned = clean_image(camera_jpeg(6))
    assert clean_image(turned) == turned  # no tag left: cleaning again neither turns nor re-encodes
    png = clean_image(camera_png(6))
    assert clean_image(png) == png


def test_a_png_loses_its_text_time_and_exif_chunks(workshop: Editor) -> None:
    raw = camera_png(6)
    assert all(kind in raw for kind in (b"tEXt", b"zTXt", b"iTXt", b"tIME", b"eXIf"))
    edit = workshop.apply(AddPhoto(demo.WORKSHOP_ID, raw))
    photo = stored_photo(workshop, edit.photo_id)
    assert not any(kind in photo.data for kind in (b"tEXt", b"zTXt", b"iTXt", b"tIME", b"eXIf"))
    assert leaks(photo.data) == [] and b"IDAT" in photo.data
    assert (photo.media_type, photo.width, photo.height) == ("image/png", 32, 64)
    assert corners(QImage.fromData(photo.data)) == {"red": "top right", "green": "bottom right"}


def test_a_jpeg_keeps_only_the_markers_a_decoder_reads() -> None:
    """Reserved, extension and unknown markers can hold anything a program wrote: a list of what is kept
    drops them, wherever they stand, and the picture stays exactly the one without them."""
    plain = encoded(picture(), "JPEG")
    odd = with_odd_segments(plain)
    assert odd.count(b"Quirina") == 2 * 7  # libjpeg would refuse such a picture; another reader may not
    assert clean_image(odd) == plain


def test_an_adobe_segment_is_cut_to_what_a_decoder_reads() -> None:
    plain = encoded(picture(), "JPEG")
    dirty = plain[:2] + segment(0xEE, ADOBE + b"Aufgenommen von Quirina Zwack") + plain[2:]
    cleaned = clean_image(dirty)
    assert cleaned == plain[:2] + segment(0xEE, ADOBE) + plain[2:]  # the colour transform flag stays, nothing else
    assert corners(QImage.fromData(cleaned)) == {"red": "top left", "green": "top right"}
    assert clean_image(cleaned) == cleaned


def test_a_png_colour_profile_stays_but_its_name_does_not() -> None:
    profile = bytes(QColorSpace(QColorSpace.NamedColorSpace.SRgb).iccProfile().data())
    raw = with_iccp(encoded(picture(), "PNG"), profile)
    assert b"Max Mustermann" in raw and QImage.fromData(raw).colorSpace().isValid()
    cleaned = clean_image(raw)
    assert b"Max Mustermann" not in cleaned
    chunks = png_chunks(cleaned)
    assert all(crc_right for _kind, _data, crc_right in chunks)
    (iccp,) = [data for kind, data, _crc in chunks if kind == b"iCCP"]
    assert iccp == b"ICC\x00\x00" + raw.split(b"Max Mustermann\x00\x00", 1)[1][:len(iccp) - 5]
    image = QImage.fromData(cleaned)
    assert image.colorSpace() == QColorSpace(QColorSpace.NamedColorSpace.SRgb)  # the profile still applies
    assert corners(image) == {"red": "top left", "green": "top right"}
    assert clean_image(cleaned) == cleaned


def test_a_broken_picture_is_refused_with_a_sentence_and_nothing_is_stored(workshop: Editor) -> None:
    jpeg = encoded(picture(), "JPEG")
    scan = jpeg.index(b"\xff\xda")
    stray_start = jpeg[:scan] + b"\xff\xd8" + jpeg[scan:]  # a second start marker inside the header
    with pytest.raises(EditError, match=r"^The JPEG picture is damaged: its structure cannot be read\.$"):
        clean_image(stray_start)
    with pytest.raises(EditError, match="JPEG picture is damaged"):
        clean_image(jpeg[:2] + b"\xff\xe1\xff\xff" + b"Exif")  # a segment longer than the file
    with pytest.raises(EditError, match="PNG picture is damaged"):
        clean_image(camera_png(1)[:60])
    with pytest.raises(EditError, match="not a PNG or JPEG"):
        clean_image(b"GIF89a")
    with workshop.reading() as session:
        before = len(session.scalars(select(WorkshopPhoto.id)).all())
    with pytest.raises(EditError, match="damaged"):
        workshop.apply(AddPhoto(demo.WORKSHOP_ID, stray_start))
    with workshop.reading() as session:
        assert len(session.scalars(select(WorkshopPhoto.id)).all()) == before


def pdf_images(pdf: Path, folder: Path) -> list[bytes]:
    folder.mkdir()
    subprocess.run(["pdfimages", "-all", str(pdf), str(folder / "image")], check=True, capture_output=True)
    return [path.read_bytes() for path in sorted(folder.iterdir())]


def test_the_protocol_carries_the_clean_photo_only(workshop: Editor, tmp_path: Path) -> None:
    edit = workshop.apply(AddPhoto(demo.WORKSHOP_ID, camera_jpeg(6), "Pinnwand"))
    stored = stored_photo(workshop, edit.photo_id).data
    with workshop.reading() as session:  # as ``werkstatt protocol`` does
        pdf = write_protocol(gather(session, demo.WORKSHOP_ID), tmp_path / "protokoll.pdf")
    images = pdf_images(pdf, tmp_path / "images")
    jpegs = [image for image in images if image.startswith(b"\xff\xd8")]
    assert stored in jpegs  # the photo went in as it is stored, so this is what the administrations get
    assert all(leaks(image) == [] for image in images)


def test_an_exported_package_holds_no_metadata(workshop: Editor, tmp_path: Path) -> None:
    edit = workshop.apply(AddPhoto(demo.WORKSHOP_ID, camera_jpeg(6)))
    stored = stored_photo(workshop, edit.photo_id).data
    path = export_package(workshop.store, demo.WORKSHOP_ID, tmp_path / "werkstatt.werkstatt")
    with zipfile.ZipFile(path) as archive:
        blobs = {name: archive.read(name) for name in archive.namelist()}
    assert stored in blobs.values()
    assert all(leaks(data) == [] for data in blobs.values())


def test_a_package_from_an_older_version_is_cleaned_on_import(workshop: Editor, tmp_path: Path) -> None:
    """An older Werkstatt stored photos as they came and exports them so: the import cleans them."""
    edit = workshop.apply(AddPhoto(demo.WORKSHOP_ID, encoded(picture(), "JPEG")))
    with workshop.store.session() as session:  # what an older version had stored
        session.execute(update(WorkshopPhoto).where(WorkshopPhoto.id == edit.photo_id)
                        .values(data=camera_jpeg(8), width=64, height=32))
    path = export_package(workshop.store, demo.WORKSHOP_ID, tmp_path / "alt.werkstatt")
    with zipfile.ZipFile(path) as archive:
        assert any(b"Canon" in archive.read(name) for name in archive.namelist())
    other = open_store(tmp_path / "other.sqlite")
    try:
        import_package(other, path)
        photo = stored_photo(Editor(other), edit.photo_id)
    finally:
        other.close()
    assert leaks(photo.data) == []
    assert (photo.width, photo.height) == (32, 64)
    assert corners(QImage.fromData(photo.data)) == {"red": "bottom left", "green": "top left"}


def test_a_package_with_a_broken_photo_is_refused(workshop: Editor, tmp_path: Path) -> None:
    edit = workshop.apply(AddPhoto(demo.WORKSHOP_ID, encoded(picture(), "JPEG")))
    jpeg = encoded(picture(), "JPEG")
    scan = jpeg.index(b"\xff\xda")
    with workshop.store.session() as session:
        session.execute(update(WorkshopPhoto).where(WorkshopPhoto.id == edit.photo_id)
                        .values(data=jpeg[:scan] + b"\xff\xd8" + jpeg[scan:]))
    path = export_package(workshop.store, demo.WORKSHOP_ID, tmp_path / "kaputt.werkstatt")
    other = open_store(tmp_path / "other.sqlite")
    try:
        with pytest.raises(InterchangeError, match=f"photo {edit.photo_id}: .*JPEG picture is damaged"):
            import_package(other, path)
    finally:
        other.close()


def test_turning_works_in_a_plain_process_without_a_qt_application(tmp_path: Path) -> None:
    """The migration and the command line clean photos without any QGuiApplication."""
    source = tmp_path / "camera.jpg"
    source.write_bytes(camera_jpeg(6))
    code = ("import sys; from pathlib import Path; from werkstatt.files.photos import clean_image; "
            "from PySide6.QtGui import QGuiApplication; assert QGuiApplication.instance() is None; "
            "p = Path(sys.argv[1]); p.with_suffix('.clean.jpg').write_bytes(clean_image(p.read_bytes()))")
    subprocess.run([sys.executable, "-c", code, str(source)], check=True, capture_output=True, timeout=120)
    cleaned = source.with_suffix(".clean.jpg").read_bytes()
    assert leaks(cleaned) == []
    assert corners(QImage.fromData(cleaned)) == {"red": "top right", "green": "bottom right"}
