"""The old import path of the protocol renderer: the engine is now ``werkstatt.protocol.pdf`` (WeasyPrint).

Kept only so callers not yet moved (the CLI, benchmarks, a few tests) still find ``write_protocol``,
``ProtocolCancelled`` and the rules line of a voting round; new code imports from ``pdf`` and
``html_votes``. Delete this module once nothing imports it.
"""

from __future__ import annotations

from werkstatt.protocol.content_types import Protocol
from werkstatt.protocol.html_votes import settings_line
from werkstatt.protocol.pdf import ProtocolCancelled, write_protocol
from werkstatt.voting.results import RoundResult

__all__ = ["ProtocolCancelled", "ProtocolRenderer", "write_protocol"]


class ProtocolRenderer:
    """What remains of the reportlab renderer's interface: the rules line of a round."""

    def __init__(self, protocol: Protocol, *, lang: str | None = None) -> None:
        self.protocol, self.lang = protocol, lang

    def settings_line(self, result: RoundResult) -> str:
        return settings_line(result)
