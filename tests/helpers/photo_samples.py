"""Camera-like photos built here, byte by byte: a picture with red and green corners and the metadata a phone adds.

The picture is 64 × 32 pixels, white, with a red square in its top left and a green one in its top
right corner: where the two land after cleaning shows how it was turned. The metadata blocks are
hand-built (EXIF with maker, model, orientation and a GPS position; XMP; Photoshop/IPTC; a comment),
so the tests need no camera file from elsewhere.
"""

from __future__ import annotations

import struct
import zlib

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage

WIDTH, HEIGHT, BLOCK = 64, 32, 16
COMMENT = b"Aufgenommen von Quirina Zwack"
XMP_NS = b"http://ns.adobe.com/xap/1.0/\x00"
SECRETS = (b"Exif\x00\x00", b"Canon", b"EOS", b"http://ns.adobe.com/xap", b"Photoshop 3.0", COMMENT, b"Quirina")


def picture() -> QImage:
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    for x in range(BLOCK):
        for y in range(BLOCK):
            image.setPixelColor(x, y, QColor("red"))
            image.setPixelColor(WIDTH - 1 - x, y, QColor("green"))
    return image


def encoded(image: QImage, kind: str) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, kind, 95)
    buffer.close()
    return bytes(data.data())


def segment(marker: int, payload: bytes) -> bytes:
    return b"\xff" + bytes((marker,)) + struct.pack(">H", len(payload) + 2) + payload


def exif_tiff(orientation: int) -> bytes:
    """A big-endian TIFF block: IFD0 with Make, Model, Orientation and a GPS directory (51.39 N, 7.33 E)."""
    def rationals(*pairs: tuple[int, int]) -> bytes:
        return b"".join(struct.pack(">II", *pair) for pair in pairs)

    ifd0_at = 8
    ifd0_size = 2 + 4 * 12 + 4
    make_at = ifd0_at + ifd0_size
    gps_at = make_at + 6
    gps_size = 2 + 4 * 12 + 4
    latitude_at = gps_at + gps_size
    longitude_at = latitude_at + 24

    def entry(tag: int, kind: int, count: int, value: bytes) -> bytes:
        return struct.pack(">HHI", tag, kind, count) + value.ljust(4, b"\x00")

    ifd0 = (struct.pack(">H", 4) + entry(0x010F, 2, 6, struct.pack(">I", make_at)) + entry(0x0110, 2, 4, b"EOS\x00")
            + entry(0x0112, 3, 1, struct.pack(">H", orientation)) + entry(0x8825, 4, 1, struct.pack(">I", gps_at))
            + struct.pack(">I", 0))
    gps = (struct.pack(">H", 4) + entry(1, 2, 2, b"N\x00") + entry(2, 5, 3, struct.pack(">I", latitude_at))
           + entry(3, 2, 2, b"E\x00") + entry(4, 5, 3, struct.pack(">I", longitude_at)) + struct.pack(">I", 0))
    tiff = (b"MM\x00\x2a" + struct.pack(">I", ifd0_at) + ifd0 + b"Canon\x00" + gps
            + rationals((51, 1), (23, 1), (2412, 100)) + rationals((7, 1), (19, 1), (5010, 100)))
    assert len(ifd0) == ifd0_size and len(gps) == gps_size
    return tiff


def with_metadata(jpeg: bytes, orientation: int = 6) -> bytes:
    """The JPEG as a phone would write it: EXIF, XMP, Photoshop/IPTC and a comment after SOI, a trailer after EOI."""
    xmp = XMP_NS + b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><dc:creator>Quirina</dc:creator></x:xmpmeta>'
    iptc = b"Photoshop 3.0\x00" + b"8BIM\x04\x04\x00\x00\x00\x00\x00\x0c\x1c\x02\x50\x00\x07Quirina"
    metadata = (segment(0xE1, b"Exif\x00\x00" + exif_tiff(orientation)) + segment(0xE1, xmp) + segment(0xED, iptc)
                + segment(0xFE, COMMENT))
    # A phone's second picture (or a maker's trailer) after the end marker, with its own EXIF block.
    trailer = b"\xff\xd8" + segment(0xE1, b"Exif\x00\x00" + exif_tiff(1)) + b"\xff\xd9"
    return jpeg[:2] + metadata + jpeg[2:] + trailer


def camera_jpeg(orientation: int = 6) -> bytes:
    return with_metadata(encoded(picture(), "JPEG"), orientation)


def png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def camera_png(orientation: int = 6) -> bytes:
    """A PNG with text chunks, a time stamp and an EXIF chunk (eXIf, with the orientation) before IEND."""
    png = encoded(picture(), "PNG")
    end = png.rindex(b"IEND") - 4
    extra = (png_chunk(b"tEXt", b"Author\x00Quirina") + png_chunk(b"zTXt", b"Comment\x00\x00" + zlib.compress(COMMENT))
             + png_chunk(b"iTXt", b"XML:com.adobe.xmp\x00\x00\x00\x00\x00" + XMP_NS)
             + png_chunk(b"tIME", struct.pack(">HBBBBB", 2026, 12, 3, 10, 0, 0))
             + png_chunk(b"eXIf", exif_tiff(orientation)))
    return png[:end] + extra + png[end:]


def corners(image: QImage) -> dict[str, str]:
    """Which corner shows red and which green (the middle of each corner's square)."""
    w, h, m = image.width(), image.height(), BLOCK // 2
    points = {"top left": (m, m), "top right": (w - 1 - m, m), "bottom left": (m, h - 1 - m),
              "bottom right": (w - 1 - m, h - 1 - m)}
    found = {}
    for name, (x, y) in points.items():
        colour = image.pixelColor(x, y)
        if colour.red() > 200 and colour.green() < 80:
            found["red"] = name
        elif colour.green() > 90 and colour.red() < 80:
            found["green"] = name
    return found


# Segments no decoder needs, each carrying a name: reserved and extension markers (F0, F7 JPEG-LS, FD),
# JPG (C8), hierarchical DHP/EXP (DE, DF) and a reserved one from the low range (02).
ODD_MARKERS = (0xF0, 0xF7, 0xFD, 0xC8, 0xDE, 0xDF, 0x02)
ADOBE = b"Adobe\x00\x64\x00\x00\x00\x00\x01"  # version 100, no flags, colour transform 1 (YCbCr)


def with_odd_segments(jpeg: bytes) -> bytes:
    """The JPEG with a segment of every unneeded marker (and a TEM) after SOI and again just before the scan."""
    odd = b"".join(segment(marker, b"Quirina Zwack") for marker in ODD_MARKERS) + b"\xff\x01"
    scan = jpeg.index(b"\xff\xda")
    return jpeg[:2] + odd + jpeg[2:scan] + odd + jpeg[scan:]


def with_iccp(png: bytes, profile: bytes, name: bytes = b"Max Mustermann") -> bytes:
    """The PNG with an iCCP chunk (``name``, zlib-compressed ``profile``) right after IHDR, where it belongs."""
    after_header = len(b"\x89PNG\r\n\x1a\n") + 25
    return png[:after_header] + png_chunk(b"iCCP", name + b"\x00\x00" + zlib.compress(profile)) + png[after_header:]


def png_chunks(png: bytes) -> list[tuple[bytes, bytes, bool]]:
    """Each chunk's type, data and whether its CRC is right."""
    chunks, index = [], 8
    while index < len(png):
        (length,) = struct.unpack(">I", png[index:index + 4])
        kind, data = png[index + 4:index + 8], png[index + 8:index + 8 + length]
        (crc,) = struct.unpack(">I", png[index + 8 + length:index + 12 + length])
        chunks.append((kind, data, crc == zlib.crc32(kind + data)))
        index += 12 + length
    return chunks
