"""Render Werkstatt's icons from their SVG sources for the installers.

Usage: ``python tools/render_icons.py OUTDIR`` or ``render_icons(Path(OUTDIR))``. Writes a freedesktop
icon tree and Windows icons:

    OUTDIR/hicolor/{16,24,32,48,64,128,256,512}x{N}/apps/de.prozesswerkstatt.Werkstatt.png
    OUTDIR/hicolor/{16,24,32,48,64,128,256,512}x{N}/mimetypes/application-x-werkstatt-package.png
    OUTDIR/hicolor/scalable/apps/de.prozesswerkstatt.Werkstatt.svg
    OUTDIR/hicolor/scalable/mimetypes/application-x-werkstatt-package.svg
    OUTDIR/werkstatt.ico            (the program: 16, 24, 32, 48, 64, 256)
    OUTDIR/werkstatt-package.ico    (.werkstatt files, same sizes)

The PNGs and .ico files are build products, never committed: the SVGs are the sources.
"""

from __future__ import annotations

import os
import shutil
import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRectF
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
APP_ID = "de.prozesswerkstatt.Werkstatt"
PACKAGE_ICON = "application-x-werkstatt-package"
APP_SVG = ROOT / "resources" / "icons" / "werkstatt.svg"
PACKAGE_SVG = ROOT / "installer" / "linux" / f"{PACKAGE_ICON}.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 256)
# Windows draws PNG entries only from Vista on, and some tools that read .ico files (resource compilers,
# older NSIS) accept only bitmaps below 256 px; the 256 px entry is PNG as Windows itself recommends.
ICO_PNG_FROM = 256

_app: QCoreApplication | None = None


def _ensure_gui() -> None:
    """QSvgRenderer and QPainter want a GUI application; a build script has none and no screen."""
    global _app
    if QCoreApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _app = QGuiApplication([sys.argv[0] if sys.argv else "render_icons"])


def render(svg: Path, size: int) -> QImage:
    """The SVG drawn into a transparent square image of ``size`` pixels."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg}: not an SVG that Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def _png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise OSError("Qt could not encode a PNG")
    buffer.close()
    return bytes(data.data())


def _dib_bytes(image: QImage) -> bytes:
    """A 32-bit BGRA device-independent bitmap as .ico stores it: bottom-up, twice the height, AND mask."""
    size = image.width()
    pixels = bytes(image.constBits())  # ARGB32 in native order is B, G, R, A on little-endian machines
    if sys.byteorder != "little":
        raise OSError("writing .ico bitmaps needs a little-endian machine")
    stride = image.bytesPerLine()
    rows = [pixels[y * stride: y * stride + size * 4] for y in range(size)]
    xor = b"".join(reversed(rows))
    # The alpha channel decides transparency for 32-bit entries; the mask is all zeros but must be there.
    mask = bytes(((size + 31) // 32) * 4 * size)
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, len(xor) + len(mask), 0, 0, 0, 0)
    return header + xor + mask


def write_ico(svg: Path, target: Path, sizes: tuple[int, ...] = ICO_SIZES) -> Path:
    """A multi-size .ico; Qt's own ico writer stores only one image, so the container is written here."""
    entries = [_png_bytes(img) if size >= ICO_PNG_FROM else _dib_bytes(img)
               for size, img in ((size, render(svg, size)) for size in sizes)]
    offset = 6 + 16 * len(sizes)
    directory = struct.pack("<HHH", 0, 1, len(sizes))
    for size, data in zip(sizes, entries, strict=True):
        side = 0 if size >= 256 else size  # one byte: 0 means 256
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    target.write_bytes(directory + b"".join(entries))
    return target


def render_icons(out_dir: Path) -> list[Path]:
    """Write the icon tree and the .ico files into ``out_dir``; return every file written."""
    _ensure_gui()
    out_dir = Path(out_dir)
    written: list[Path] = []
    for svg, context, name in ((APP_SVG, "apps", APP_ID), (PACKAGE_SVG, "mimetypes", PACKAGE_ICON)):
        for size in SIZES:
            target = out_dir / "hicolor" / f"{size}x{size}" / context / f"{name}.png"
            target.parent.mkdir(parents=True, exist_ok=True)
            if not render(svg, size).save(str(target), "PNG"):
                raise OSError(f"{target}: could not be written")
            written.append(target)
        scalable = out_dir / "hicolor" / "scalable" / context / f"{name}.svg"
        scalable.parent.mkdir(parents=True, exist_ok=True)
        written.append(Path(shutil.copyfile(svg, scalable)))
    written.append(write_ico(APP_SVG, out_dir / "werkstatt.ico"))
    written.append(write_ico(PACKAGE_SVG, out_dir / "werkstatt-package.ico"))
    return written


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1 or args[0].startswith("-"):
        print("usage: render_icons.py OUTDIR", file=sys.stderr)
        return 2
    written = render_icons(Path(args[0]))
    print(f"render_icons: {len(written)} files in {args[0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
