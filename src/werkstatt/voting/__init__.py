"""Dot votes, effort/benefit and systemic consensus on the pain points and measures of a workshop.

Pure: ``rounds`` reads a round into a snapshot, ``rules`` checks each entry against the
announced rules, ``results`` tallies. The undoable edits are in ``werkstatt.edits.voting``.
"""

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
