"""Dot votes, effort/benefit and systemic consensus on the pain points and measures of a workshop.

Pure: ``rounds`` reads a round into a snapshot, ``rules`` checks each entry against the
announced rules, ``results`` tallies. The undoable edits are in ``werkstatt.edits.voting``.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from werkstatt.voting.results import Group, ItemResult, RoundResult, competition_ranks, tally
    from werkstatt.voting.rounds import (
        WALL_TOKEN,
        OptionInfo,
        RoundSnapshot,
        Settings,
        VoterInfo,
        criteria,
        default_budget,
        read_round,
        round_list,
        value_range,
    )
    from werkstatt.voting.rules import check_entry, check_settings, voter_name

# Which submodule holds each name: ``werkstatt --help`` imports ``voting.cli``, which must not load the
# model and SQLAlchemy through ``rounds``, so the names are fetched on first use (PEP 562).
_HOME = {
    **dict.fromkeys(("Group", "ItemResult", "RoundResult", "competition_ranks", "tally"), "results"),
    **dict.fromkeys(("WALL_TOKEN", "OptionInfo", "RoundSnapshot", "Settings", "VoterInfo", "criteria",
                     "default_budget", "read_round", "round_list", "value_range"), "rounds"),
    **dict.fromkeys(("check_entry", "check_settings", "voter_name"), "rules"),
}

__all__ = [
    "WALL_TOKEN",
    "Group",
    "ItemResult",
    "OptionInfo",
    "RoundResult",
    "RoundSnapshot",
    "Settings",
    "VoterInfo",
    "check_entry",
    "check_settings",
    "competition_ranks",
    "criteria",
    "default_budget",
    "read_round",
    "round_list",
    "tally",
    "value_range",
    "voter_name",
]


def __getattr__(name: str) -> Any:
    if name not in _HOME:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{_HOME[name]}"), name)
    globals()[name] = value
    return value
