"""The process register and library as the facilitator works with them on the local database.

Search, division of labour (*Arbeitsteilung*), the process map (*Prozesslandkarte*), fact sheet edits
and adopting a library model as an own variant. Rows pulled from the register that belong to other
organisations are in the same local tables; ``werkstatt.sync.ownership`` says which ones they are.
"""

from __future__ import annotations

from werkstatt.i18n import tr

__all__ = ["kind_word", "status_word"]


def status_word(status: str) -> str:
    """The status of a register entry as the user reads it."""
    return {"identified": tr("Library", "identified"), "in_survey": tr("Library", "in survey"),
            "modelled": tr("Library", "modelled"), "optimised": tr("Library", "optimised"),
            "implemented": tr("Library", "implemented")}.get(status, status)


def kind_word(kind: str) -> str:
    """``ist``/``soll`` as the user reads it."""
    return {"ist": tr("Library", "as-is"), "soll": tr("Library", "to-be")}.get(kind, kind)
