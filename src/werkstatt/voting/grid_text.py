"""What the facilitator's vote grid and its panel say, as plain strings, and how typed digits become a value.

Kept apart from the widgets so that the header of a column, the state line of a round and the
two-digit entry ("1", "0" → 10) are decided and tested without a display.
"""

from __future__ import annotations

from dataclasses import dataclass

from werkstatt.i18n import tr
from werkstatt.i18n.format import format_rounded
from werkstatt.voting.rounds import WALL_TOKEN, RoundSnapshot, criteria, value_range
from werkstatt.voting.rules import voter_name

CHECK = "✓"
SHORT_NAME = 9  # characters of a voter's name in the grid's header (the tooltip has all of it)
STAR = "★"


@dataclass(frozen=True)
class GridColumn:
    """One column of values: a voter (or the wall) and the criterion asked for."""

    token: str
    criterion: str


def grid_columns(snapshot: RoundSnapshot | None) -> tuple[GridColumn, ...]:
    """Voters × criteria when each ballot is typed, one wall column per criterion when totals are read off."""
    if snapshot is None:
        return ()
    tokens = [WALL_TOKEN] if snapshot.settings.entry == "wall" else [voter.token for voter in snapshot.voters]
    return tuple(GridColumn(token, criterion) for token in tokens for criterion in criteria(snapshot.method))


# --- names ---------------------------------------------------------------------------------------


def method_name(method: str) -> str:
    names = {"dots": tr("VotingText", "Dot vote"), "effort_benefit": tr("VotingText", "Effort/benefit"),
             "consensus": tr("VotingText", "Systemic consensus")}
    return names.get(method, method)


def state_name(state: str) -> str:
    names = {"prepared": tr("VotingText", "prepared"), "open": tr("VotingText", "open"),
             "closed": tr("VotingText", "revealed")}
    return names.get(state, state)


def criterion_name(criterion: str) -> str:
    names = {"dots": tr("VotingText", "Dots"), "resistance": tr("VotingText", "Resistance"),
             "effort": tr("VotingText", "Effort"), "benefit": tr("VotingText", "Benefit")}
    return names.get(criterion, criterion)


def round_title(row: dict[str, object]) -> str:
    """A line of ``round_list`` as the round chooser shows it."""
    return tr("VotingText", "{question} ({method}, {state})", question=row["question"],
              method=method_name(str(row["method"])), state=state_name(str(row["state"])))


# --- the state line ------------------------------------------------------------------------------


def rules_line(snapshot: RoundSnapshot) -> str:
    """The rules as announced to the room."""
    settings = snapshot.settings
    if snapshot.method == "dots":
        budget = snapshot.budget()
        if settings.max_per_item == 1:
            text = tr("VotingText", "{budget} dots per person, no stacking", budget=budget)
        elif settings.max_per_item:
            text = tr("VotingText", "{budget} dots per person, at most {cap} per item", budget=budget,
                      cap=settings.max_per_item)
        else:
            text = tr("VotingText", "{budget} dots per person, stacking allowed", budget=budget)
        if not settings.own_proposals_allowed:
            text += tr("VotingText", "; no dots for own proposals")
    elif snapshot.method == "consensus":
        text = tr("VotingText", "Resistance 0–10 per option; the lowest total wins")
    else:
        low, high = value_range(settings, "effort")
        text = tr("VotingText", "Effort and benefit {low}–{high} per measure", low=low, high=high)
    if settings.entry == "wall":
        text += tr("VotingText", "; totals read off the wall")
    return text


def finished_line(snapshot: RoundSnapshot) -> str:
    finished = sum(1 for voter in snapshot.voters if snapshot.is_finished(voter.token))
    return tr("VotingText", "{finished} of {count} have finished", finished=finished, count=len(snapshot.voters))


def state_line(snapshot: RoundSnapshot | None) -> str:
    """State, rules and progress in one line above the grid."""
    if snapshot is None:
        return tr("VotingText", "No voting round chosen.")
    parts = [method_name(snapshot.method), state_name(snapshot.state), rules_line(snapshot)]
    if snapshot.settings.entry != "wall" or snapshot.state != "prepared":
        parts.append(finished_line(snapshot))
    return " · ".join(parts)


# --- headers and cells ---------------------------------------------------------------------------


def short_name(name: str, limit: int = SHORT_NAME) -> str:
    """A name for a narrow column: as it is when short, else the first name and an initial, else cut with "…"."""
    if len(name) <= limit:
        return name
    first, _, rest = name.partition(" ")
    if rest and len(first) + 3 <= limit:
        return f"{first} {rest[0]}."
    return name[: limit - 1].rstrip() + "…"


def column_header(snapshot: RoundSnapshot, column: GridColumn, *, short: bool = False) -> str:
    """Who, what (when the method asks more than one thing), how far: "Erika Musterfrau\\n3/4 ✓".

    ``short`` names the voter as ``short_name`` does, for the grid's narrow columns.
    """
    name = voter_name(snapshot, column.token)
    if short and column.token != WALL_TOKEN:
        name = short_name(name)
    if len(criteria(snapshot.method)) > 1 or column.token == WALL_TOKEN:
        name = f"{name} · {criterion_name(column.criterion)}"
    if snapshot.method == "dots":
        limit = snapshot.budget() * (len(snapshot.voters) if column.token == WALL_TOKEN else 1)
        progress = f"{snapshot.used(column.token)}/{limit}"
    else:
        rated = sum(1 for option in snapshot.options if (option.id, column.token, column.criterion) in snapshot.values)
        progress = f"{rated}/{len(snapshot.options)}"
    if column.token != WALL_TOKEN and snapshot.is_finished(column.token):
        progress += f" {CHECK}"
    return f"{name}\n{progress}"


def cell_text(snapshot: RoundSnapshot, option_id: str, column: GridColumn) -> str:
    """The value, and a star when this voter proposed the item."""
    value = snapshot.value(option_id, column.token, column.criterion)
    text = "" if value is None else str(value)
    option = snapshot.option(option_id)
    if option is not None and option.proposer_token and option.proposer_token == column.token:
        text = f"{text} {STAR}".strip()
    return text


def row_total(snapshot: RoundSnapshot, option_id: str) -> str:
    """The running total of an item: dots or resistance summed; mean effort and benefit."""
    tokens = {column.token for column in grid_columns(snapshot)}
    if snapshot.method != "effort_benefit":
        criterion = criteria(snapshot.method)[0]
        found = [value for (option, token, what), value in snapshot.values.items()
                 if option == option_id and token in tokens and what == criterion]
        return str(sum(found)) if found else ""
    parts = []
    for criterion in ("effort", "benefit"):
        found = [value for (option, token, what), value in snapshot.values.items()
                 if option == option_id and token in tokens and what == criterion]
        if found:
            parts.append(f"{criterion_name(criterion)} {format_rounded(sum(found) / len(found))}")
    return " · ".join(parts)


def entry_limit(snapshot: RoundSnapshot, column: GridColumn) -> int:
    """The largest value one cell can sensibly take: where two typed digits stop making one number."""
    _low, high = value_range(snapshot.settings, column.criterion)
    if column.criterion == "dots":
        high = high or snapshot.budget()
    assert high is not None
    if column.token == WALL_TOKEN and column.criterion in ("dots", "resistance"):
        return high * max(1, len(snapshot.voters))
    return high


class DigitBuffer:
    """Digits typed into one cell in quick succession: "1" then "0" is 10 when 10 can be meant.

    The first digit is entered at once; a second one right after it is read as the second digit of
    the same number whenever the first could start a two-digit value (``first × 10 ≤ limit``). The
    combined number is entered as typed, so "1", "5" on a 0–10 scale is refused, never clipped.
    The widget forgets the pending digit on a pause or when the cell changes (``reset``).
    """

    def __init__(self) -> None:
        self.pending: int | None = None

    def push(self, digit: int, limit: int) -> int:
        value = digit if self.pending is None else self.pending * 10 + digit
        self.pending = value if self.pending is None and value > 0 and value * 10 <= limit else None
        return value

    def reset(self) -> None:
        self.pending = None
