"""Photos without their camera's metadata: what a pinboard photo may carry into the database and the protocol.

A phone's JPEG tells the camera's maker and model, the time and, above all, where it was taken (EXIF
GPS); XMP, IPTC and comments can name the photographer. The protocol embeds the stored bytes as they
are (``pdfimages -j`` hands them back whole), so every photo is cleaned before it is stored: the
segments (JPEG) or chunks (PNG) that carry metadata are dropped, and so is anything after the
image's end (a phone's second picture or trailer). What decodes the picture stays: JPEG tables and
scans, the JFIF header (without its thumbnail), the ICC colour profile and Adobe's colour
transform flag (cut to the length a decoder reads); PNG's critical chunks and the ancillary ones that
change how it looks, the colour profile renamed "ICC" (its name is free text). What is kept is a list
of what is needed, so a marker or chunk nobody expected is dropped, not passed on.

Dropping the EXIF block also drops its Orientation tag, which says how the camera was held. A photo
whose tag is not "upright" is therefore turned with Qt first (the tag read here, the exact 90° turn
or mirror done by ``QImage.transformed``) and encoded again; every other photo keeps its bytes
apart from the dropped segments, so cleaning a clean photo changes nothing and no JPEG loses
quality by being cleaned twice.
"""

from __future__ import annotations

import struct
import zlib

from werkstatt.errors import EditError
from werkstatt.i18n import tr

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
JPEG_QUALITY = 92  # only for a photo that had to be turned: close to what a phone writes

# APPn segments that decode the picture rather than describe it, by the identifier they start with.
JPEG_KEPT_APPS = {0xE0: b"JFIF\x00", 0xE2: b"ICC_PROFILE\x00", 0xEE: b"Adobe"}
# The other segments a decoder reads: frames (SOF0–SOF15 without C4, C8, CC), Huffman and arithmetic tables
# (DHT, DAC), quantisation tables (DQT), the restart interval (DRI), the line count (DNL) and scans (SOS).
# Everything else (JPG, reserved, JPEG-LS and extension markers F0–FD, hierarchical DHP/EXP) can carry any
# bytes a program put there, so it is dropped rather than trusted.
JPEG_KEPT_MARKERS = frozenset({*range(0xC0, 0xD0)} - {0xC8}) | {0xDA, 0xDB, 0xDC, 0xDD}
ADOBE_LENGTH = 12  # "Adobe", version, two flag words, colour transform: what a decoder reads of APP14
# Ancillary PNG chunks that change how the picture looks (colour, transparency, density, animation).
PNG_KEPT_CHUNKS = {b"tRNS", b"gAMA", b"cHRM", b"sRGB", b"iCCP", b"sBIT", b"bKGD", b"pHYs", b"cICP", b"mDCV",
                   b"cLLI", b"mDCv", b"cLLi", b"acTL", b"fcTL", b"fdAT"}
ICC_PROFILE_NAME = b"ICC"  # what every iCCP chunk is called after cleaning
ORIENTATION_TAG = 0x0112
# EXIF orientation → the QTransform (m11, m12, m21, m22) that stands the stored pixels upright.
UPRIGHT = {2: (-1, 0, 0, 1), 3: (-1, 0, 0, -1), 4: (1, 0, 0, -1), 5: (0, 1, 1, 0), 6: (0, 1, -1, 0),
           7: (0, -1, -1, 0), 8: (0, -1, 1, 0)}


def clean_image(data: bytes) -> bytes:
    """``data`` (PNG or JPEG) without metadata, standing upright; EditError with a sentence if it cannot be read."""
    if data.startswith(PNG_SIGNATURE):
        cleaned, orientation = _clean_png(data)
        kind = "PNG"
    elif data.startswith(b"\xff\xd8"):
        cleaned, orientation = _clean_jpeg(data)
        kind = "JPEG"
    else:
        raise EditError(tr("Photos", "This file is not a PNG or JPEG picture."))
    if orientation not in UPRIGHT:
        return cleaned
    turned = _turned_upright(cleaned, orientation, kind)
    # Qt writes what it read (colour profile, density) and nothing that identifies anyone; cleaned
    # again all the same, so that the rule "no metadata" does not depend on what a Qt version writes.
    return (_clean_png(turned) if kind == "PNG" else _clean_jpeg(turned))[0]


# --- JPEG --------------------------------------------------------------------------------------------


def _jpeg_damaged() -> EditError:
    return EditError(tr("Photos", "The JPEG picture is damaged: its structure cannot be read."))


def _clean_jpeg(data: bytes) -> tuple[bytes, int]:
    """The JPEG with only the segments a decoder reads (of the APPn: JFIF, ICC, Adobe), up to its end marker;
    and its orientation."""
    parts = [b"\xff\xd8"]
    orientation = 1
    index, size = 2, len(data)
    while True:
        if index >= size or data[index] != 0xFF:
            raise _jpeg_damaged()
        while index < size and data[index] == 0xFF:  # fill bytes before a marker
            index += 1
        if index >= size:
            raise _jpeg_damaged()
        marker = data[index]
        index += 1
        if marker == 0xD9:  # end of image: whatever follows (a second picture, a trailer) stays behind
            parts.append(b"\xff\xd9")
            return b"".join(parts), orientation
        if marker == 0x01 or 0xD0 <= marker <= 0xD7:  # markers without a length
            if marker != 0x01:  # TEM means nothing to a decoder
                parts.append(bytes((0xFF, marker)))
            continue
        if marker in (0x00, 0xD8) or index + 2 > size:
            raise _jpeg_damaged()
        end = index + struct.unpack(">H", data[index:index + 2])[0]
        if end < index + 2 or end > size:
            raise _jpeg_damaged()
        payload = data[index + 2:end]
        if marker == 0xE1 and payload.startswith(b"Exif\x00\x00") and orientation == 1:
            orientation = exif_orientation(payload[6:])
        if marker == 0xE0 and payload.startswith(b"JFIF\x00") and len(payload) >= 14:
            parts.append(b"\xff\xe0\x00\x10" + payload[:12] + b"\x00\x00")  # the header without its thumbnail
        elif marker == 0xEE and payload.startswith(b"Adobe") and len(payload) > ADOBE_LENGTH:
            parts.append(b"\xff\xee" + struct.pack(">H", ADOBE_LENGTH + 2) + payload[:ADOBE_LENGTH])  # no tail
        elif _jpeg_keeps(marker, payload):
            parts.append(b"\xff" + bytes((marker,)) + data[index:end])
        index = end
        if marker == 0xDA:  # start of scan: the entropy-coded data runs to the next real marker
            scan_end = _scan_end(data, index)
            parts.append(data[index:scan_end])
            index = scan_end


def _jpeg_keeps(marker: int, payload: bytes) -> bool:
    """Whether a segment decodes the picture: a list of what is needed, so an unknown marker never slips through."""
    if 0xE0 <= marker <= 0xEF:
        prefix = JPEG_KEPT_APPS.get(marker)
        return prefix is not None and payload.startswith(prefix)
    return marker in JPEG_KEPT_MARKERS  # frames, tables, scans, restart intervals: the picture itself


def _scan_end(data: bytes, index: int) -> int:
    """Where the scan starting at ``index`` ends: the first 0xFF that is neither stuffed (FF 00) nor a restart."""
    while True:
        index = data.find(b"\xff", index)
        if index < 0 or index + 1 >= len(data):
            raise _jpeg_damaged()
        following = data[index + 1]
        if following == 0x00 or 0xD0 <= following <= 0xD7:
            index += 2
        elif following == 0xFF:
            index += 1
        else:
            return index


# --- PNG ---------------------------------------------------------------------------------------------


def _png_damaged() -> EditError:
    return EditError(tr("Photos", "The PNG picture is damaged: its structure cannot be read."))


def _clean_png(data: bytes) -> tuple[bytes, int]:
    """The PNG with its critical and its look-changing chunks only, up to IEND; and its orientation (eXIf)."""
    parts = [PNG_SIGNATURE]
    orientation = 1
    index, size = len(PNG_SIGNATURE), len(data)
    while True:
        if index + 12 > size:
            raise _png_damaged()
        length, kind = struct.unpack(">I4s", data[index:index + 8])
        end = index + 12 + length  # length, type, data, CRC
        if end > size or not kind.isalpha() or (index == len(PNG_SIGNATURE) and kind != b"IHDR"):
            raise _png_damaged()
        if kind == b"eXIf" and orientation == 1:
            orientation = exif_orientation(data[index + 8:index + 8 + length])
        if kind == b"iCCP":
            parts.append(_neutral_iccp(data[index + 8:index + 8 + length]))
        elif kind[:1].isupper() or kind in PNG_KEPT_CHUNKS:  # upper case first: critical, needed to decode
            parts.append(data[index:end])
        index = end
        if kind == b"IEND":
            return b"".join(parts), orientation


def _neutral_iccp(chunk: bytes) -> bytes:
    """The iCCP chunk with its profile named "ICC": the name is free text a program or person chose
    (sometimes the owner's name), while a decoder only needs the compressed profile after it."""
    name_end = chunk.find(b"\x00", 0, 80)
    if name_end < 1:  # no readable name: the chunk is broken, and a decoder would ignore it too
        return b""
    payload = ICC_PROFILE_NAME + chunk[name_end:]
    return struct.pack(">I4s", len(payload), b"iCCP") + payload + struct.pack(">I", zlib.crc32(b"iCCP" + payload))


# --- orientation -------------------------------------------------------------------------------------


def exif_orientation(tiff: bytes) -> int:
    """The Orientation tag of an EXIF block's first directory (1 to 8); 1 (upright) when it is missing or unreadable."""
    order = {b"II": "<", b"MM": ">"}.get(tiff[:2])
    if order is None or len(tiff) < 8:
        return 1
    magic, offset = struct.unpack(order + "HI", tiff[2:8])
    if magic != 42 or offset + 2 > len(tiff):
        return 1
    (count,) = struct.unpack(order + "H", tiff[offset:offset + 2])
    for entry in range(offset + 2, min(offset + 2 + 12 * count, len(tiff) - 11), 12):
        tag, kind, number = struct.unpack(order + "HHI", tiff[entry:entry + 8])
        if tag == ORIENTATION_TAG:
            if kind != 3 or number < 1:  # SHORT, as the standard says; anything else is not believed
                return 1
            (value,) = struct.unpack(order + "H", tiff[entry + 8:entry + 10])
            return value if 1 <= value <= 8 else 1
    return 1


def _turned_upright(data: bytes, orientation: int, kind: str) -> bytes:
    # Qt only here, and imported here: the pure layers load without it, and Qt's image plugins read and
    # write JPEG and PNG in a plain process (no QGuiApplication), as the migration and the CLI run.
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage, QTransform

    image = QImage.fromData(data)  # the EXIF block is gone already: Qt cannot turn it a second time
    if image.isNull():
        raise EditError(tr("Photos", "The photo cannot be turned upright because its picture cannot be read."))
    upright = image.transformed(QTransform(*UPRIGHT[orientation], 0, 0))
    encoded = QByteArray()
    buffer = QBuffer(encoded)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not upright.save(buffer, kind, JPEG_QUALITY if kind == "JPEG" else -1):
        raise EditError(tr("Photos", "The photo cannot be turned upright because its picture cannot be read."))
    buffer.close()
    return bytes(encoded.data())
