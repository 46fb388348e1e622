"""The arithmetic of the analysis: counts, handovers, media breaks, time per case, effort, FTE and cost.

Runs at every keystroke, so everything here is one or two passes over the steps and flows
(linear), and nothing queries the database: ``analysis_input`` copies a ModelView once.

How often a step happens per case (its *weight*), REFERENCE §2 made precise for graphs:

* Flows that go back to an earlier step (found by a depth-first search from the start events in
  capture order) are loops. They are listed and **not multiplied**: the steps inside count once,
  weighted by the probability of entering the loop.
* Every other flow carries the share of cases that reach its source. A step without incoming flows
  is reached by all cases (1.0); where flows merge the shares add up, at most to 1.0.
* A decision (exclusive gateway, and the event-based gateway, where the first event picks one
  branch) divides its share among its branches. A branch's probability is its target step's
  probability; branches without one split what the others leave equally. A branch that only leads
  back into a loop is entered with its probability, and the branches that leave the loop carry all
  cases again (everyone leaves the loop eventually) — so the 30 % that re-submit documents still
  reach the next step.
* An inclusive or complex gateway sends the case down each branch on that branch's own probability,
  independently of the others. A branch without a probability counts as always taken (1.0): the
  diagram does not say when it is skipped, and counting it in full errs on the side of more effort,
  as the parallel gateway does.
* A parallel gateway, like any other step with several outgoing flows, sends the case down every
  branch: each branch carries the whole share, so the effort of all branches adds up.
* A step that is not a gateway's branch target and has a probability happens with that
  probability; the steps after it are not affected (it is an optional step, not a branch). That
  includes the branches of a parallel gateway: a step there with 30 % is an optional step.

Time per case = Σ weight × minutes (processing and waiting separately). Effort counts processing
time only; waiting costs lead time, not staff. Lead time follows the longest path without loops,
in full minutes (not weighted): how long a case that goes that way takes. After a parallel split
that is the longest branch up to the join, since the branches run at the same time.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from itertools import chain
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from werkstatt.analysis import model as m
from werkstatt.analysis.rates import Rate, RateTable
from werkstatt.capture import catalogue
from werkstatt.capture.textmatch import fold
from werkstatt.i18n import tr
from werkstatt.i18n.format import format_number
from werkstatt.layout.stepkinds import EXCLUSIVE_GATEWAYS, GATEWAY_KINDS, INDEPENDENT_GATEWAYS
from werkstatt.model import Organisation
from werkstatt.read.model import ModelView

WORK_KINDS = ("task", "subprocess")
# The organisation kind of an outside party (citizens, businesses, TÜV): its lanes' time is reported
# apart, in hours only — it is neither the administrations' staff nor their cost.
OUTSIDE_KIND = "extern"
# Gateways that choose among their branches: each one is a decision the process takes.
CHOOSING_GATEWAYS = GATEWAY_KINDS - {"parallel"}


def organisations_of(session: Session) -> dict[str, tuple[str, str]]:
    """id -> (name, kind) of every organisation: one query, done by the caller outside the keystroke path."""
    return {o.id: (o.name, o.kind) for o in session.scalars(select(Organisation))}


@cache
def _media_break_names() -> frozenset[str]:
    blocks = catalogue.load_default().blocks
    return frozenset(key for b in blocks if b.media_break for key in (fold(b.name), fold(b.id), *map(fold, b.aliases)))


@cache
def _is_media_break(block: str, names: frozenset[str]) -> bool:
    return bool(block) and fold(block) in names


def media_break_names(blocks: Any) -> frozenset[str]:
    """The folded names, ids and aliases of a catalogue's Medienwechsel blocks (for a replaced catalogue)."""
    return frozenset(key for b in blocks if b.media_break for key in (fold(b.name), fold(b.id), *map(fold, b.aliases)))


def analysis_input(view: ModelView, organisations: Mapping[str, tuple[str, str]], rates: RateTable, *,
                   working_minutes_per_fte: float | None = None, overhead: str | None = None,
                   media_breaks: frozenset[str] | None = None,
                   organisation_rates: Mapping[str, RateTable] | None = None) -> m.AnalysisInput:
    """Snapshot what ``analyse`` needs. ``overhead`` is None, "office" or "non_office";
    ``working_minutes_per_fte`` overrides hours:employee × 60; ``media_breaks`` from ``media_break_names``.
    ``organisation_rates`` holds the rate tables of organisations with their own overrides: a lane of such
    an organisation is costed with its organisation's rates, every other lane with ``rates``."""
    names = _media_break_names() if media_breaks is None else media_breaks
    lanes = tuple(
        m.LaneInput(lane.id, lane.name, lane.organisation_id,
                    *organisations.get(lane.organisation_id or "", ("", "")), lane.pay_grade or "")
        for lane in view.lanes)
    steps = tuple(
        m.StepInput(s.id, s.label or "", s.kind or "task", s.lane_id, s.block or "", s.processing_minutes,
                    s.waiting_minutes, s.probability, s.it_system or "", s.medium or "",
                    _is_media_break(s.block or "", names))
        for s in view.steps)
    flows = tuple(m.FlowInput(f.id, f.source, f.target, f.label or "") for f in view.flows)
    if working_minutes_per_fte is not None:
        per_fte = Rate("minutes:fte", float(working_minutes_per_fte), tr("Analysis", "given for this analysis"),
                       False)
    else:
        hours = rates.working_hours("employee")
        # The source as given: every reader sees the value as hours per year (rates.rate_value), so the
        # "× 60" is the arithmetic's business, not the reader's.
        per_fte = Rate("minutes:fte", hours.value * 60.0, hours.source, hours.is_default)
    return m.AnalysisInput(
        model_id=view.model.id, model_name=view.model.name, model_kind=view.model.kind,
        organisation_id=view.model.organisation_id, case_volume=view.model.case_volume,
        lanes=lanes, steps=steps, flows=flows,
        minutes_per_fte=per_fte, overhead=rates.overhead(overhead) if overhead else None,
        lane_rates=tuple((lane.id, *(organisation_rates or {}).get(lane.organisation_id or "", rates)
                          .hourly_rate(lane.pay_grade)) for lane in lanes))


def _order(steps: tuple[m.StepInput, ...], out: dict[str, list[tuple[str, str]]], has_incoming: set[str]
           ) -> tuple[list[str], set[str], dict[str, list[str]]]:
    """(steps in reverse topological order without loops, ids of the flows that close a loop,
    step -> the targets of its other flows).

    Iterative depth-first search — start events first, then steps nobody reaches, then the rest,
    each in capture order — so the answer is stable and the recursion limit never matters.
    Each flow is looked at once: a flow to a step still on the search path closes a loop.
    """
    state: dict[str, int] = {}  # 1 on the path, 2 done
    post: list[str] = []
    back: set[str] = set()
    forward: dict[str, list[str]] = {}
    roots = chain((s.id for s in steps if s.kind == "start"), (s.id for s in steps if s.id not in has_incoming),
                  (s.id for s in steps))
    for root in roots:
        if root in state:
            continue
        state[root] = 1
        forward[root] = targets = []
        stack = [(root, iter(out.get(root, ())), targets)]
        while stack:
            node, successors, targets = stack[-1]
            for flow_id, target in successors:
                seen = state.get(target)
                if seen == 1:
                    back.add(flow_id)
                    continue
                targets.append(target)
                if seen is None:
                    state[target] = 1
                    forward[target] = below = []
                    stack.append((target, iter(out.get(target, ())), below))
                    break
            else:
                state[node] = 2
                post.append(node)
                stack.pop()
    return post, back, forward


def analyse(data: m.AnalysisInput) -> m.Analysis:
    steps = {s.id: s for s in data.steps}
    lanes = {lane.id: lane for lane in data.lanes}
    no_lane = m.LaneInput("", "", None, "", "", "")
    lane_of = {s.id: lanes.get(s.lane_id or "", no_lane) for s in data.steps}
    refs = {s.id: m.StepRef(s.id, s.label, lane_of[s.id].name) for s in data.steps}
    flows = [f for f in data.flows if f.source in steps and f.target in steps]
    out: dict[str, list[tuple[str, str]]] = {}
    for f in flows:
        out.setdefault(f.source, []).append((f.id, f.target))
    post, back, forward = _order(data.steps, out, {f.target for f in flows})
    notes: list[m.Note] = []

    # Handovers, loops, media breaks: one pass over the flows.
    handovers, loops, breaks = [], [], []
    for s in data.steps:
        if s.media_break_block:
            breaks.append(m.MediaBreak("block", refs[s.id], None, s.block, s.medium, s.medium))
    for f in flows:
        source, target = steps[f.source], steps[f.target]
        a, b = lane_of[f.source], lane_of[f.target]
        if a.id != b.id:
            handovers.append(m.Handover(f.id, refs[f.source], refs[f.target], a.name, b.name, a.organisation,
                                        b.organisation, bool(a.organisation_id and b.organisation_id
                                                             and a.organisation_id != b.organisation_id
                                                             and not _outside(a) and not _outside(b))))
        if source.medium and target.medium and source.medium != target.medium:
            breaks.append(m.MediaBreak("medium", refs[f.target], refs[f.source], target.block, source.medium,
                                       target.medium))
        if f.id in back:
            loops.append(m.Loop(f.id, refs[f.source], refs[f.target]))
    if loops:
        notes.append(m.Note("loop", tr("Analysis", "{n} loop(s): their steps count once per case, not repeated.",
                                       n=len(loops))))

    weights, time = _walk(steps, forward, out, post, notes)

    processing = waiting = 0.0
    per_lane: dict[str, float] = {}
    step_figures = []
    for s in data.steps:
        weight = weights[s.id]
        minutes, wait = s.processing_minutes or 0.0, s.waiting_minutes or 0.0
        processing += weight * minutes
        waiting += weight * wait
        lane_id = lane_of[s.id].id
        per_lane[lane_id] = per_lane.get(lane_id, 0.0) + weight * minutes
        step_figures.append(m.StepFigures(s.id, s.label, s.kind, refs[s.id].lane, weight, minutes, wait))
        if s.processing_minutes is None and s.kind in WORK_KINDS:
            notes.append(m.Note("step_without_time", tr("Analysis", "Step “{label}” has no processing time "
                                                                    "(counted as 0 min).", label=s.label), s.id))

    volume = data.case_volume or 0
    if not data.case_volume:
        notes.append(m.Note("no_case_volume", tr("Analysis", "The process has no case volume: annual effort, FTE "
                                                             "and cost are 0 until it is entered.")))
    factor = 1.0 + (data.overhead.value if data.overhead else 0.0)
    used: dict[str, Rate] = {data.minutes_per_fte.key: data.minutes_per_fte}
    if data.overhead:
        used[data.overhead.key] = data.overhead
    lane_figures = []
    rate_of = {lane_id: (rate, note) for lane_id, rate, note in data.lane_rates}
    known = [*data.lanes, *([no_lane] if "" in per_lane else [])]
    for lane in known:
        minutes = per_lane.get(lane.id, 0.0)
        hours = volume * minutes / 60.0
        if _outside(lane):  # an outside party's time: no rate, no cost, no note about a missing pay grade
            lane_figures.append(m.LaneFigures(lane.id, lane.name, lane.organisation, lane.pay_grade, minutes, hours,
                                              None, 0.0, True))
            continue
        rate, note = rate_of.get(lane.id) or (Rate("rate:default", 0.0, tr("Analysis",
                                                                           "no rate known (counted as 0 €)")),
                                              tr("Analysis", "no pay grade given"))
        used.setdefault(rate.key, rate)
        lane_figures.append(m.LaneFigures(lane.id, lane.name, lane.organisation, lane.pay_grade, minutes, hours,
                                          rate, hours * rate.value * factor))
        if note and lane.id in per_lane:
            notes.append(m.Note("lane_without_pay_grade" if not lane.pay_grade.strip() else "unknown_pay_grade",
                                tr("Analysis", "Lane “{lane}”: {problem}; using {rate} €/h ({source}).",
                                   lane=lane.name, problem=note, rate=format_number(rate.value, decimals=2),
                                   source=rate.source), lane.id))
    parties = _parties(known, lane_figures, per_lane, volume, data.minutes_per_fte.value)
    own_minutes = sum(p.minutes_per_case for p in parties if not p.outside)
    outside_minutes = sum(p.minutes_per_case for p in parties if p.outside)

    annual_minutes = volume * own_minutes
    it_systems = dict.fromkeys(name.strip() for s in data.steps for name in s.it_system.replace(";", ",").split(",")
                               if name.strip())
    return m.Analysis(
        model_id=data.model_id, model_name=data.model_name, model_kind=data.model_kind,
        case_volume=data.case_volume,
        counts=m.Counts(
            steps=len(data.steps), tasks=sum(1 for s in data.steps if s.kind in WORK_KINDS), lanes=len(data.lanes),
            organisations=len({lane.organisation_id for lane in data.lanes
                               if lane.organisation_id and not _outside(lane)}),
            decisions=sum(1 for s in data.steps if s.kind in CHOOSING_GATEWAYS), loops=len(loops),
            handovers=len(handovers), organisation_handovers=sum(1 for h in handovers if h.crosses_organisations),
            media_breaks=len(breaks),
            parallel_splits=sum(1 for s in data.steps if s.kind == "parallel" and len(out.get(s.id, ())) > 1),
            outside_parties=len({lane.organisation_id for lane in data.lanes if _outside(lane)})),
        handovers=tuple(handovers), media_breaks=tuple(breaks), it_systems=tuple(it_systems),
        steps_without_it=tuple(refs[s.id] for s in data.steps if s.kind in WORK_KINDS and not s.it_system.strip()),
        loops=tuple(loops),
        time=m.CaseTime(processing, waiting, *time),
        steps=tuple(step_figures), lanes=tuple(lane_figures),
        annual_minutes=annual_minutes, annual_hours=annual_minutes / 60.0,
        fte=annual_minutes / data.minutes_per_fte.value if data.minutes_per_fte.value > 0 else 0.0,
        annual_cost=sum(lane.annual_cost for lane in lane_figures),
        rates_used=tuple(used.values()), notes=tuple(notes),
        minutes_per_case=own_minutes, outside_minutes_per_case=outside_minutes,
        outside_annual_hours=volume * outside_minutes / 60.0, parties=parties)


def _outside(lane: m.LaneInput) -> bool:
    return lane.organisation_kind == OUTSIDE_KIND


def _parties(lanes: list[m.LaneInput], figures: list[m.LaneFigures], per_lane: dict[str, float], volume: int,
             minutes_per_fte: float) -> tuple[m.PartyFigures, ...]:
    """The lanes with steps grouped by organisation, administrations first, each group in lane order.

    A lane without an organisation (or with one no longer known) is a party of its own, named after
    the lane, and counts to the administrations — as the effort always did before parties existed.
    """
    groups: dict[tuple[bool, str], list[tuple[m.LaneInput, m.LaneFigures]]] = {}
    for lane, lane_figures in zip(lanes, figures, strict=True):
        if lane.id not in per_lane:
            continue
        outside = _outside(lane)
        key = lane.organisation_id if lane.organisation_id and lane.organisation else f"lane:{lane.name}"
        groups.setdefault((outside, key), []).append((lane, lane_figures))
    parties = []
    for (outside, key), members in sorted(groups.items(), key=lambda item: item[0][0]):  # stable: lane order kept
        first = members[0][0]
        minutes = sum(f.minutes_per_case for _, f in members)
        hours = volume * minutes / 60.0
        fte = volume * minutes / minutes_per_fte if minutes_per_fte > 0 else 0.0
        parties.append(m.PartyFigures(
            name=first.organisation if not key.startswith("lane:") else first.name or tr("Analysis", "(no lane)"),
            organisation_id=first.organisation_id if not key.startswith("lane:") else None, outside=outside,
            lanes=tuple(lane.name for lane, _ in members), minutes_per_case=minutes, annual_hours=hours,
            fte=None if outside else fte, annual_cost=None if outside else sum(f.annual_cost for _, f in members)))
    return tuple(parties)


def _walk(steps: dict[str, m.StepInput], forward: dict[str, list[str]], out: dict[str, list[tuple[str, str]]],
          post: list[str], notes: list[m.Note]) -> tuple[dict[str, float], tuple[float, float, tuple[str, ...]]]:
    """(how often each step happens per case, lead time) in two passes; the rule is in the module docstring.

    Lead time: (processing, waiting, step ids) along the loop-free path whose total minutes are largest.
    """
    exits: dict[str, bool] = {}
    best: dict[str, tuple[float, float, float]] = {}  # node -> (total, processing, waiting) from node to an end
    after: dict[str, str] = {}
    has_forward_in: set[str] = set()
    nothing = (0.0, 0.0, 0.0)
    for node in post:  # successors come first in post-order
        targets = forward[node]
        leaves = node not in out
        chosen, tail = None, nothing
        for target in targets:
            has_forward_in.add(target)
            leaves = leaves or exits[target]
            if best[target][0] > tail[0] or chosen is None:  # the first of equals wins
                chosen, tail = target, best[target]
        exits[node] = leaves
        step = steps[node]
        own_p, own_w = step.processing_minutes or 0.0, step.waiting_minutes or 0.0
        best[node] = (own_p + own_w + tail[0], own_p + tail[1], own_w + tail[2])
        if chosen is not None:
            after[node] = chosen
    reached: dict[str, float] = {}
    branch_target: set[str] = set()
    weights: dict[str, float] = {}
    for node in reversed(post):
        share = min(reached.get(node, 0.0), 1.0) if node in has_forward_in else 1.0
        step = steps[node]
        probability = step.probability
        if probability is not None and not 0.0 <= probability <= 1.0:
            probability = _out_of_range(step, notes)
        weights[node] = share if probability is None or node in branch_target else share * probability
        targets = forward[node]
        if len(targets) > 1 and step.kind in EXCLUSIVE_GATEWAYS:
            for target, p in _branches(step, targets, steps, exits, notes):
                reached[target] = reached.get(target, 0.0) + share * p
            branch_target.update(targets)
        elif len(targets) > 1 and step.kind in INDEPENDENT_GATEWAYS:
            for target in targets:
                p = steps[target].probability
                reached[target] = reached.get(target, 0.0) + share * (1.0 if p is None else min(max(p, 0.0), 1.0))
            branch_target.update(targets)
        else:  # every flow carries every case: a sequence, a parallel split, an optional step's successors
            for target in targets:
                reached[target] = reached.get(target, 0.0) + share
    if not post:
        return weights, (0.0, 0.0, ())
    node = max(reversed(post), key=lambda n: best[n][0])  # first in topological order wins ties
    path = [node]
    while path[-1] in after:
        path.append(after[path[-1]])
    return weights, (best[node][1], best[node][2], tuple(path))


def _out_of_range(step: m.StepInput, notes: list[m.Note]) -> float:
    p = step.probability or 0.0
    notes.append(m.Note("probability_out_of_range", tr(
        "Analysis", "Step “{label}” has a probability outside 0–100 % (limited to that range).", label=step.label),
        step.id))
    return min(max(p, 0.0), 1.0)


def _branches(decision: m.StepInput, targets: list[str], steps: dict[str, m.StepInput],
              exits: dict[str, bool], notes: list[m.Note]) -> list[tuple[str, float]]:
    """Branch probabilities of a decision: given ones, the rest split equally; loop-free branches carry all."""
    leaving = [t for t in targets if exits[t]]
    looping = [t for t in targets if not exits[t]]
    given = {t: min(max(steps[t].probability, 0.0), 1.0) for t in targets if steps[t].probability is not None}
    if sum(given.values()) > 1.0 + 1e-9:
        notes.append(m.Note("branches_over_100", tr(
            "Analysis", "The branches of “{label}” add up to more than 100 %.", label=decision.label), decision.id))
    if looping and leaving:  # the loop is entered with its probability; every case leaves it eventually
        result = {t: given.get(t, 1.0 / len(targets)) for t in looping}
        group, normalise = leaving, True
    else:
        result, group, normalise = {}, targets, False
    stated = sum(given[t] for t in group if t in given)
    missing = [t for t in group if t not in given]
    for t in group:
        if t in given:
            result[t] = given[t] / stated if normalise and not missing and stated > 0 else given[t]
        else:
            result[t] = max(0.0, 1.0 - stated) / len(missing)
    return [(t, result[t]) for t in targets]
