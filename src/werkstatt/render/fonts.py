"""The shipped Liberation Sans family (metric-compatible with Helvetica/Arial, SIL OFL 1.1).

The layout measures text with Helvetica's metrics; drawing with Liberation Sans everywhere
(Qt, PNG, PDF) keeps every line inside its box on every machine.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

FAMILY = "Liberation Sans"
FILES = {
    "regular": "LiberationSans-Regular.ttf",
    "bold": "LiberationSans-Bold.ttf",
    "italic": "LiberationSans-Italic.ttf",
    "bolditalic": "LiberationSans-BoldItalic.ttf",
}
PDF_NAMES = {"regular": "LiberationSans", "bold": "LiberationSans-Bold", "italic": "LiberationSans-Italic",
             "bolditalic": "LiberationSans-BoldItalic"}


def font_bytes(style: str) -> bytes:
    return resources.files("werkstatt.resources").joinpath("fonts", FILES[style]).read_bytes()


@cache
def register_qt() -> str:
    """Make the family known to Qt (needs a Q(Gui)Application); returns the family name."""
    from PySide6.QtCore import QByteArray
    from PySide6.QtGui import QFontDatabase

    for style in FILES:
        QFontDatabase.addApplicationFontFromData(QByteArray(font_bytes(style)))
    return FAMILY


@cache
def register_reportlab() -> str:
    """Register the family with reportlab (embedded in every PDF); returns the regular font's name."""
    import io

    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for style, name in PDF_NAMES.items():
        pdfmetrics.registerFont(TTFont(name, io.BytesIO(font_bytes(style))))
    pdfmetrics.registerFontFamily(PDF_NAMES["regular"], normal=PDF_NAMES["regular"], bold=PDF_NAMES["bold"],
                                  italic=PDF_NAMES["italic"], boldItalic=PDF_NAMES["bolditalic"])
    return PDF_NAMES["regular"]
