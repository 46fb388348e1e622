"""The PDF protocol of a workshop: ``content.gather`` says what it contains, ``html`` writes it as HTML and
``pdf.write_protocol`` lays it out with WeasyPrint as one PDF/A-3a + PDF/UA-1 file with its attachments."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from werkstatt.protocol.content import Protocol, gather

__all__ = ["Protocol", "gather"]


def __getattr__(name: str) -> Any:
    """``Protocol`` and ``gather`` on first use: ``werkstatt --help`` imports ``protocol.cli`` but needs neither."""
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from werkstatt.protocol import content

    return getattr(content, name)
