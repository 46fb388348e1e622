"""Voting rounds in the protocol: the rules as announced, then the ranking as a table with bars.

The bars are part of a table (rank, option, total with its bar), not a picture: a screen reader
reads the same ranking a sighted reader sees, and the bar itself is only a coloured box.
"""

from __future__ import annotations

from werkstatt.i18n import tr
from werkstatt.i18n.format import format_number
from werkstatt.protocol.html import Builder
from werkstatt.protocol.html_style import BAR
from werkstatt.voting.display import group_label, quadrant_name, rank_labels
from werkstatt.voting.results import RoundResult
from werkstatt.voting.rounds import default_budget


def settings_line(result: RoundResult) -> str:
    """The rules of the round as announced, and how many took part."""
    settings = result.settings
    if result.method == "dots":
        budget = settings.get("dots_per_person") or default_budget(len(result.items))
        parts = [tr("ProtocolVotes", "Dot vote"),
                 tr("ProtocolVotes", "1 dot per person") if budget == 1
                 else tr("ProtocolVotes", "{n} dots per person", n=budget)]
        cap = settings.get("max_per_item")
        parts.append(tr("ProtocolVotes", "no stacking") if cap == 1
                     else tr("ProtocolVotes", "at most {n} dots per item", n=cap) if cap
                     else tr("ProtocolVotes", "stacking allowed"))
    elif result.method == "consensus":
        parts = [tr("ProtocolVotes", "Systemic consensus"),
                 tr("ProtocolVotes", "resistance 0 to 10 per option; the lowest total wins")]
    else:
        parts = [tr("ProtocolVotes", "Effort and benefit"),
                 tr("ProtocolVotes", "scale low/high") if settings.get("scale") == "matrix"
                 else tr("ProtocolVotes", "scale 1 to 5")]
    parts.append(tr("ProtocolVotes", "{voters} of {eligible} voted", voters=result.voters,
                    eligible=result.eligible))
    return " · ".join(parts)


def voting_round(b: Builder, result: RoundResult, level: int = 2) -> str:
    out = [b.heading(tr("ProtocolVotes", "Vote: {question}", question=result.question), level),
           b.p(settings_line(result), "small")]
    number = lambda value: format_number(value, b.lang, 1)  # noqa: E731
    if not result.items:
        out.append(b.note(tr("ProtocolVotes", "The round had nothing to vote on.")))
    elif result.method == "effort_benefit":
        rows = [[f"{item.rank}.", b.t(item.label), number(item.effort), number(item.benefit),
                 b.t(quadrant_name(item.quadrant)) if item.quadrant else "–"] for item in result.items]
        header = [tr("ProtocolVotes", "Rank"), tr("ProtocolVotes", "Measure"), tr("ProtocolVotes", "Effort"),
                  tr("ProtocolVotes", "Benefit"), tr("ProtocolVotes", "Quadrant")]
        out.append(b.table(header, rows, [0.08, 0.5, 0.11, 0.11, 0.2], right=(0, 2, 3), row_header=1))
    else:
        if result.method == "consensus":
            out.append(b.note(tr("ProtocolVotes", "Bars show the total resistance: the lowest wins.")))
        out.append(bar_table(b, result))
        if result.tied:
            out.append(b.note(tr("ProtocolVotes", "Items with equal scores share a rank (in bold).")))
    out += [b.note(note) for note in (result.breakdown_note, *result.notes) if note]
    return "".join(out)


def bar_table(b: Builder, result: RoundResult) -> str:
    """Rank, option and the total with a bar as long as its share of the largest total."""
    largest = max((abs(item.total) for item in result.items), default=0) or 1
    labels = rank_labels(result.items)
    rows = []
    for item, (rank, tied) in zip(result.items, labels, strict=False):
        share = 100 * abs(item.total) / largest
        if result.groups and item.by_group and sum(item.by_group):
            whole = sum(item.by_group)
            bars = "".join(f'<span class="bar" style="width:{share * count / whole * 0.85:.2f}%;'
                           f'background:{group.colour}"></span>'
                           for group, count in zip(result.groups, item.by_group, strict=False) if count)
        else:
            bars = f'<span class="bar" style="width:{share * 0.85:.2f}%;background:{BAR}"></span>'
        total = f'{bars}<span class="bar-total">{format_number(item.total, b.lang, 1)}</span>'
        rank_cell = f'<span class="tied">{rank}</span>' if tied else rank
        rows.append([rank_cell, b.t(item.label), total])
    header = [tr("ProtocolVotes", "Rank"), tr("ProtocolVotes", "Option"), tr("ProtocolVotes", "Votes")]
    out = b.table(header, rows, [0.08, 0.5, 0.42], right=(0,), row_header=1)
    if result.groups:
        legend = "   ".join(f'<span class="swatch" style="background:{group.colour}"></span> '
                           f"{b.t(group_label(group.name, group.voters))}" for group in result.groups)
        out += f'<p class="small">{legend}</p>'
    return out
