"""The diagram as a PNG picture, drawn by Qt from the SVG (QtGui and QtSvg only, no widgets)."""

from __future__ import annotations

from pathlib import Path

from werkstatt.layout.geometry import Diagram
from werkstatt.render import fonts
from werkstatt.render.svg import to_svg


def to_png_bytes(diagram: Diagram, *, width: int = 1920, height: int | None = None) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
    from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    # Export needs no screen: a CLI run on a server or in CI must not look for a display.
    _app = QGuiApplication.instance() or QGuiApplication(["werkstatt", "-platform", "offscreen"])
    fonts.register_qt()
    renderer = QSvgRenderer(QByteArray(to_svg(diagram, font_family=fonts.FAMILY).encode("utf-8")))
    scale = width / diagram.width if diagram.width else 1.0
    drawn_height = max(1, round(diagram.height * scale))
    image = QImage(width, height or drawn_height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    renderer.render(painter, QRectF(0, 0, width, drawn_height))
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


def to_png(diagram: Diagram, path: Path, *, width: int = 1920, height: int | None = None) -> Path:
    path = Path(path)
    path.write_bytes(to_png_bytes(diagram, width=width, height=height))
    return path
