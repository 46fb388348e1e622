"""``werkstatt list …`` and ``werkstatt show MODEL_ID``: what the read side answers, on the terminal."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

from werkstatt.i18n import tr
from werkstatt.store.cli import json_option

if TYPE_CHECKING:
    from werkstatt.store.database import Store


def register(commands: argparse._SubParsersAction) -> None:
    listing = commands.add_parser("list", help=tr("ReadCLI", "list workshops, processes, models or voting rounds"))
    listing.add_argument("what", choices=("workshops", "processes", "models", "rounds"))
    json_option(listing)
    listing.set_defaults(handler=run_list)

    show = commands.add_parser("show", help=tr("ReadCLI", "show a process model"))
    show.add_argument("model_id", metavar="MODEL_ID")
    json_option(show)
    show.set_defaults(handler=run_show)


def run_list(args: argparse.Namespace) -> int:
    from werkstatt.store.cli import with_store

    return with_store(args, create=False, read_only=True, action=lambda store: cmd_list(store, args.what, args.json))


def run_show(args: argparse.Namespace) -> int:
    from werkstatt.store.cli import with_store

    return with_store(args, create=False, read_only=True,
                      action=lambda store: cmd_show(store, args.model_id, args.json))


def cmd_list(store: Store, what: str, as_json: bool) -> int:
    from werkstatt.read import model as queries
    from werkstatt.voting.cli import method_name, state_name
    from werkstatt.voting.rounds import round_list

    with store.read_session() as session:
        rows = {"workshops": queries.workshops, "processes": queries.processes, "models": queries.models,
                "rounds": round_list}[what](session)
    if as_json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print(tr("ReadCLI", "Nothing here yet."))
    for row in rows:
        name = row.get("title") or row.get("name") or row.get("question")
        details = [str(row[key]) for key in ("date", "kind", "organisation", "register_key", "workshop")
                   if row.get(key)]
        if "state" in row:
            details += [method_name(str(row["method"])), state_name(str(row["state"]))]
        print(f"{row['id']}  {name}" + (f"  ({', '.join(details)})" if details else ""))
    return 0


def cmd_show(store: Store, model_id: str, as_json: bool) -> int:
    from werkstatt.read import model as queries

    with store.read_session() as session:
        view = queries.model_view(session, model_id)
    if as_json:
        print(json.dumps(view.as_dict(), ensure_ascii=False, indent=2))
        return 0
    print(f"{view.model.name} ({view.model.kind})  {view.model.id}")
    labels = {step.id: step.label for step in view.steps}
    kinds = {"start": tr("ReadCLI", "start"), "task": tr("ReadCLI", "task"), "decision": tr("ReadCLI", "decision"),
             "parallel": tr("ReadCLI", "parallel"), "inclusive": tr("ReadCLI", "inclusive"),
             "event_based": tr("ReadCLI", "event-based"), "complex": tr("ReadCLI", "complex"),
             "subprocess": tr("ReadCLI", "subprocess"), "end": tr("ReadCLI", "end")}
    for lane in view.lanes:
        print(f"\n[{lane.name}]")
        for step in (s for s in view.steps if s.lane_id == lane.id):
            minutes = f"  {step.processing_minutes:g} min" if step.processing_minutes else ""
            print(f"  {step.id[:8]}  {kinds.get(step.kind, step.kind):<12} {step.label}{minutes}")
    print()
    for flow in view.flows:
        label = f" [{flow.label}]" if flow.label else ""
        print(f"  {labels.get(flow.source, '?')} → {labels.get(flow.target, '?')}{label}")
    return 0
