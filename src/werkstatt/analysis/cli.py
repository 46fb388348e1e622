"""``werkstatt analyse MODEL_ID``, ``werkstatt compare MODEL_A MODEL_B`` and ``werkstatt variants PROCESS_ID``.

The root cli.py turns a WerkstattError (unknown model id …) into a sentence. Numbers are written the
way of the chosen language (``--lang``): 1.234,5 in German, 1,234.5 in English. The analysis and the
store are imported inside the handlers: the root parser imports this module to build ``werkstatt --help``.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from werkstatt import i18n
from werkstatt.i18n import tr
from werkstatt.store.cli import json_option

if TYPE_CHECKING:
    from werkstatt.analysis.compare import Comparison
    from werkstatt.analysis.model import Analysis
    from werkstatt.store.database import Store


def register(commands: argparse._SubParsersAction) -> None:
    _command(commands, "analyse", tr("AnalysisCli", "the figures of a process model: time, effort, FTE, cost, "
                                                    "handovers, media breaks"), run_analyse, "MODEL_ID")
    _command(commands, "compare", tr("AnalysisCli", "compare two process models (as-is and to-be)"), run_compare,
             "MODEL_A", "MODEL_B")
    _command(commands, "variants", tr("AnalysisCli", "the organisations' models of one register process side by "
                                                     "side"), run_variants, "PROCESS_ID")


def _command(commands: argparse._SubParsersAction, name: str, text: str, handler: Callable[[argparse.Namespace], int],
             *ids: str) -> None:
    """A command that takes ids (``MODEL_ID`` is read as ``args.model_id``) and ``--json``."""
    parser = commands.add_parser(name, help=text)
    for metavar in ids:
        parser.add_argument(metavar.lower(), metavar=metavar)
    json_option(parser)
    parser.set_defaults(handler=handler)


def run_analyse(args: argparse.Namespace) -> int:
    return _reading(args, lambda store: cmd_analyse(store, args.model_id, args.json))


def run_compare(args: argparse.Namespace) -> int:
    return _reading(args, lambda store: cmd_compare(store, args.model_a, args.model_b, args.json))


def run_variants(args: argparse.Namespace) -> int:
    return _reading(args, lambda store: cmd_variants(store, args.process_id, args.json))


def _reading(args: argparse.Namespace, action: Callable[[Store], int]) -> int:
    from werkstatt.store.cli import with_store

    return with_store(args, create=False, read_only=True, action=action)


def number(value: float, digits: int = 1) -> str:
    """1234.5 -> "1.234,5" in German, "1,234.5" in English (the language ``--lang`` chose), always with
    ``digits`` decimals."""
    from werkstatt.i18n.format import format_number

    language = i18n.language()
    if digits and float(value).is_integer():
        # format_number leaves a whole number's zeros out ("2.640"); the analysis keeps them, so that its
        # figures read alike ("2.640,0 h", "0,00 FTE"): the whole part, the language's decimal mark, zeros.
        mark = format_number(0.5, language, 1)[1]
        return format_number(value, language, 0) + mark + "0" * digits
    return format_number(value, language, digits)


def load_analysis(store: Store, model_id: str) -> Analysis:
    """The analysis of a stored model with the rates of its organisation (overrides over defaults)."""
    from werkstatt.analysis.stored import analyse_stored
    from werkstatt.read.model import model_view

    with store.read_session() as session:
        return analyse_stored(session, model_view(session, model_id))


def _emit(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def cmd_analyse(store: Store, model_id: str, as_json: bool) -> int:
    result = load_analysis(store, model_id)
    if as_json:
        _emit(result.as_dict())
        return 0
    print("\n".join(describe(result)))
    return 0


def cmd_compare(store: Store, model_a: str, model_b: str, as_json: bool) -> int:
    from werkstatt.analysis.compare import compare

    result = compare(load_analysis(store, model_a), load_analysis(store, model_b))
    if as_json:
        _emit(result.as_dict())
        return 0
    print("\n".join(describe_comparison(result)))
    return 0


def duration(minutes: float) -> str:
    from werkstatt.i18n.format import format_duration

    return format_duration(minutes, i18n.language())


def describe(a: Analysis) -> list[str]:
    """The analysis as readable lines: figures first, then the lists, the rates used and the gaps."""
    from werkstatt.analysis.rates import rate_name, rate_value
    from werkstatt.capture.fields import medium_name

    c, t = a.counts, a.time
    lines = [
        f"{a.model_name} ({a.model_kind})  {a.model_id}",
        tr("AnalysisCli", "Steps: {steps} ({decisions} decisions), lanes: {lanes}, organisations: {orgs}, "
                          "loops: {loops}", steps=c.steps, decisions=c.decisions, lanes=c.lanes,
           orgs=c.organisations, loops=c.loops),
        # Days and hours as people say them (issue 19); --json keeps the minutes.
        tr("AnalysisCli", "Time per case (weighted by the share of cases): {processing} processing, {waiting} waiting",
           processing=duration(t.processing), waiting=duration(t.waiting)),
        tr("AnalysisCli", "Lead time (longest path, each step once): {total} ({processing} processing, {waiting} "
                          "waiting)", total=duration(t.lead_time), processing=duration(t.lead_processing),
           waiting=duration(t.lead_waiting)),
        tr("AnalysisCli", "Case volume per year: {volume}",
           volume=number(a.case_volume, 0) if a.case_volume else tr("AnalysisCli", "not given")),
        tr("AnalysisCli", "Annual effort of the administrations: {hours} h = {fte} FTE, annual cost: {cost} €",
           hours=number(a.annual_hours), fte=number(a.fte, 2), cost=number(a.annual_cost, 2)),
    ]
    lines += ["  " + tr("AnalysisCli", "{party}: {minutes} min per case, {hours} h per year = {fte} FTE, {cost} €",
                        party=p.name, minutes=number(p.minutes_per_case), hours=number(p.annual_hours),
                        fte=number(p.fte or 0.0, 2), cost=number(p.annual_cost or 0.0, 2))
              for p in a.administrations]
    if a.outside_parties:  # the Erfüllungsaufwand: hours of citizens, businesses, TÜV — never staff or cost
        lines.append(tr("AnalysisCli", "Time of outside parties (not in FTE and cost): {minutes} min per case, "
                                       "{hours} h per year", minutes=number(a.outside_minutes_per_case),
                        hours=number(a.outside_annual_hours)))
        lines += ["  " + tr("AnalysisCli", "{party}: {minutes} min per case, {hours} h per year", party=p.name,
                            minutes=number(p.minutes_per_case), hours=number(p.annual_hours))
                  for p in a.outside_parties]
    if c.parallel_splits:  # only where there are some: most models have none, and the line would be noise
        lines.insert(2, tr("AnalysisCli", "Parallel splits: {n} (every branch happens; the lead time follows the "
                                          "longest)", n=c.parallel_splits))
    lines.append(tr("AnalysisCli", "Handovers: {n} (between organisations: {cross})", n=c.handovers,
                    cross=c.organisation_handovers))
    for h in a.handovers:
        mark = " *" if h.crosses_organisations else ""
        lines.append(f"  {h.from_lane} → {h.to_lane}: {h.source.label} → {h.target.label}{mark}")
    lines.append(tr("AnalysisCli", "Media breaks: {n}", n=c.media_breaks))
    for b in a.media_breaks:
        if b.reason == "block":
            lines.append("  " + tr("AnalysisCli", "{step} ({block})", step=b.step.label, block=b.block))
        else:
            lines.append("  " + tr("AnalysisCli", "{previous} → {step}: {before} → {after}",
                                   previous=b.previous.label if b.previous else "", step=b.step.label,
                                   before=medium_name(b.from_medium), after=medium_name(b.to_medium)))
    lines.append(tr("AnalysisCli", "IT systems: {systems}",
                    systems=", ".join(a.it_systems) or tr("AnalysisCli", "none")))
    lines.append(tr("AnalysisCli", "Steps without IT support: {n}", n=len(a.steps_without_it)))
    for loop in a.loops:
        lines.append("  " + tr("AnalysisCli", "Loop: {source} → {target}", source=loop.source.label,
                               target=loop.target.label))
    lines.append(tr("AnalysisCli", "Lanes:"))
    for lane in a.lanes:
        if lane.hourly_rate is None:
            lines.append("  " + tr("AnalysisCli", "{lane}: {minutes} min per case, {hours} h per year (outside party, "
                                                  "not costed)", lane=lane.name, minutes=number(lane.minutes_per_case),
                                   hours=number(lane.annual_hours)))
            continue
        lines.append("  " + tr("AnalysisCli", "{lane}: {minutes} min per case, {hours} h per year × {rate} €/h "
                                              "= {cost} €", lane=lane.name or "–",
                               minutes=number(lane.minutes_per_case), hours=number(lane.annual_hours),
                               rate=number(lane.hourly_rate.value, 2), cost=number(lane.annual_cost, 2)))
    lines.append(tr("AnalysisCli", "Rates used:"))
    for rate in a.rates_used:
        lines.append("  " + tr("AnalysisCli", "{name}: {value} (source: {source})", name=rate_name(rate.key),
                               value=rate_value(rate, number), source=rate.source))
    if a.notes:
        lines.append(tr("AnalysisCli", "Plausibility notes:"))
        lines.extend(f"  – {note.text}" for note in a.notes)
    return lines


def describe_comparison(c: Comparison) -> list[str]:
    lines = [tr("AnalysisCli", "As-is: {name}  {id}", name=c.as_is.model_name, id=c.as_is.model_id),
             tr("AnalysisCli", "To-be: {name}  {id}", name=c.to_be.model_name, id=c.to_be.model_id), ""]
    width = max(len(f.label) for f in c.figures)
    for f in c.figures:
        digits = 2 if f.key in ("fte", "annual_cost") else (0 if not f.unit else 1)
        unit = f" {f.unit}" if f.unit else ""
        sign = "+" if f.delta > 0 else ""
        lines.append(f"{f.label:<{width}}  {number(f.as_is, digits):>14}  {number(f.to_be, digits):>14}  "
                     f"{sign}{number(f.delta, digits)}{unit}")
    lines += ["", tr("AnalysisCli", "Saved per year: {hours} h, {fte} FTE, {cost} €", hours=number(c.hours_saved),
                     fte=number(c.fte_saved, 2), cost=number(c.cost_saved, 2))]
    if c.as_is.outside_parties or c.to_be.outside_parties:
        lines.append(tr("AnalysisCli", "Outside parties' time saved per year: {hours} h",
                        hours=number(c.outside_hours_saved)))
    for title, items in ((tr("AnalysisCli", "Steps removed:"), c.steps_removed),
                         (tr("AnalysisCli", "Steps added:"), c.steps_added),
                         (tr("AnalysisCli", "Handovers removed:"),
                          [f"{h.source.label} → {h.target.label}" for h in c.handovers_removed]),
                         (tr("AnalysisCli", "Media breaks removed:"),
                          [b.step.label for b in c.media_breaks_removed])):
        if items:
            lines.append(title)
            lines.extend(f"  – {item}" for item in items)
    return lines


def cmd_variants(store: Store, process_id: str, as_json: bool) -> int:
    """The models of one register process, by organisation, side by side (as-is models only when there are any)."""
    from sqlalchemy import select

    from werkstatt.analysis.compare import variants
    from werkstatt.analysis.stored import analyse_stored
    from werkstatt.model import Organisation, Process, ProcessModel
    from werkstatt.read.model import find, model_view

    with store.read_session() as session:
        process = find(session, Process, process_id, tr("AnalysisCli", "There is no process with the id {id}."))
        models = list(session.scalars(select(ProcessModel).where(ProcessModel.process_id == process.id,
                                                                 ProcessModel.deleted.is_(False))
                                      .order_by(ProcessModel.created_at, ProcessModel.id)))
        as_is = [m for m in models if m.kind == "ist"] or models
        names = {o.id: o.short_name or o.name for o in session.scalars(select(Organisation))}
        analysed = [(names.get(m.organisation_id or "", "") or m.name,
                     analyse_stored(session, model_view(session, m.id))) for m in as_is]
    table = variants(analysed)
    if as_json:
        _emit(table.as_dict())
        return 0
    print(process.name)
    width = max((len(row.label) for row in table.rows), default=10)
    print(" " * width + "".join(f"{name[:14]:>16}" for name in table.names))
    for row in table.rows:
        digits = 2 if row.key == "fte" or row.unit == "€" else 1 if row.unit else 0
        print(f"{row.label:<{width}}" + "".join(f"{number(value, digits):>16}" for value in row.values))
    for name, only in zip(table.names, table.only_in, strict=True):
        if only:
            print(tr("AnalysisCli", "Only at {name}: {steps}", name=name, steps=", ".join(only)))
    return 0
