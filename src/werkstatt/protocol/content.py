"""What the protocol of a workshop says, gathered from the database as plain frozen data.

``gather`` reads everything once; the renderer (``werkstatt.protocol.pdf``) only places it.
Tests assert on this content without reading a PDF. Codes are already turned into words in the
current language (``werkstatt.i18n``); numbers and dates stay numbers and dates, so the renderer
formats them for the reader's locale. With ``names=False`` participants appear only as their
organisation and function, the facilitator and the minute taker are left out, e-mail addresses too, and
every other mention of a participant, the facilitator or the minute taker in the protocol's text becomes
their role (``werkstatt.protocol.no_names``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from werkstatt.analysis.model import Analysis
from werkstatt.analysis.stored import analyse_stored
from werkstatt.i18n import tr
from werkstatt.layout import ProcessGraph, layout
from werkstatt.model import (
    Organisation,
    Person,
    Process,
    ProcessModel,
    VotingRound,
    Workshop,
    WorkshopNote,
    WorkshopOrganisation,
    WorkshopPhoto,
)
from werkstatt.protocol.content_types import (
    AgendaLine,
    ComparisonSection,
    EffortLine,
    FactSheet,
    FigureLine,
    MeasureLine,
    ModelSection,
    NoteLine,
    PainPointLine,
    Participant,
    Photo,
    Protocol,
    StepLine,
)
from werkstatt.protocol.figures_text import comparisons, effort_lines, figure_lines
from werkstatt.protocol.no_names import NameScrubber, facilitator_names, participant_label
from werkstatt.read.findings import category_name, measures, pain_points, status_name
from werkstatt.read.model import ModelView, find, model_view
from werkstatt.read.workshops import WorkshopDetail, workshop_detail, workshop_models
from werkstatt.voting.results import RoundResult, tally
from werkstatt.voting.rounds import read_round

# The types live in content_types; callers have always imported them from here.
__all__ = [
    "AgendaLine",
    "ComparisonSection",
    "EffortLine",
    "FactSheet",
    "FigureLine",
    "MeasureLine",
    "ModelSection",
    "NoteLine",
    "PainPointLine",
    "Participant",
    "Photo",
    "Protocol",
    "StepLine",
    "gather",
    "kind_word",
]

def kind_word(kind: str) -> str:
    return {"start": tr("Protocol", "start"), "task": tr("Protocol", "task"),
            "decision": tr("Protocol", "decision"), "parallel": tr("Protocol", "parallel branching"),
            "inclusive": tr("Protocol", "inclusive branching"), "event_based": tr("Protocol", "event-based decision"),
            "complex": tr("Protocol", "complex branching"), "subprocess": tr("Protocol", "subprocess"),
            "end": tr("Protocol", "end")}.get(kind, kind)


def model_kind_word(kind: str) -> str:
    return {"ist": tr("Protocol", "as-is"), "soll": tr("Protocol", "to-be")}.get(kind, kind)


def process_status_word(status: str) -> str:
    return {"identified": tr("Protocol", "identified"), "in_survey": tr("Protocol", "in survey"),
            "modelled": tr("Protocol", "modelled"), "optimised": tr("Protocol", "optimised"),
            "implemented": tr("Protocol", "implemented")}.get(status, status)


def gather(session: Session, workshop_id: str, *, names: bool = True) -> Protocol:
    # A unique prefix will do, as for every other id on the command line.
    workshop_id = find(session, Workshop, workshop_id, tr("Protocol", "There is no workshop with the id {id}.")).id
    detail = workshop_detail(session, workshop_id)
    organisation_names = {o.id: o.name for o in session.scalars(select(Organisation))}
    taking_part = [organisation_names.get(org_id, "") for org_id in session.scalars(
        select(WorkshopOrganisation.organisation_id).where(WorkshopOrganisation.workshop_id == workshop_id,
                                                           WorkshopOrganisation.deleted.is_(False))
        .order_by(WorkshopOrganisation.created_at, WorkshopOrganisation.id))]
    rounds = _revealed_rounds(session, workshop_id)
    refs = workshop_models(session, workshop_id)
    views = {ref.id: model_view(session, ref.id) for ref in refs}
    analyses = {ref.id: analyse_stored(session, views[ref.id]) for ref in refs}
    scrub = None if names else name_scrubber(session, detail, organisation_names)
    models = tuple(_model_section(session, views[ref.id], organisation_names, rounds.get(ref.id, ()),
                                  analyses[ref.id], scrub) for ref in refs)
    notes = list(session.scalars(select(WorkshopNote).where(WorkshopNote.workshop_id == workshop_id,
                                                            WorkshopNote.deleted.is_(False))
                                 .order_by(WorkshopNote.position, WorkshopNote.created_at)))
    photos = session.scalars(select(WorkshopPhoto).where(WorkshopPhoto.workshop_id == workshop_id,
                                                         WorkshopPhoto.deleted.is_(False))
                             .order_by(WorkshopPhoto.position, WorkshopPhoto.created_at))
    all_rounds = [result for results in rounds.values() for result in results]
    by_item: dict[str, list[WorkshopNote]] = {}
    for note in notes:
        if note.agenda_item_id:
            by_item.setdefault(note.agenda_item_id, []).append(note)
    protocol = Protocol(
        workshop_id=workshop_id, title=detail.title, date=detail.date, place=detail.place,
        facilitator=detail.facilitator if names else "", goal=detail.goal,
        organisations=tuple(name for name in taking_part if name),
        participants=tuple(Participant(p.name if names else None, p.function, p.organisation, p.present,
                                       p.email if names else "")
                           for p in detail.participants),
        agenda=tuple(AgendaLine(a.title, a.planned_minutes, a.actual_minutes, a.model_name, a.result,
                                _note_lines(by_item.get(a.id, ())))
                     for a in detail.agenda),
        models=models,
        measures=_measures(session, workshop_id, all_rounds),
        decisions=_notes(notes, "decision"), open_points=_notes(notes, "open_point"),
        next_steps=_notes(notes, "next_step"),
        photos=tuple(Photo(p.caption, p.media_type, p.data, p.width, p.height) for p in photos),
        rounds=rounds.get(None, ()),
        names_shown=names,
        comparisons=comparisons(refs, analyses),
        minute_taker=detail.minute_taker if names else "",
        distribution=detail.distribution_lines if names else _without_addresses(detail.distribution_lines),
        file_reference=detail.file_reference,
        next_meeting=detail.next_meeting,
        final=detail.protocol_final,
        measures_ranked=measures_ranked(all_rounds),
    )
    return protocol if scrub is None else scrub(protocol)


def _without_addresses(lines: tuple[str, ...]) -> tuple[str, ...]:
    """The distribution list of a protocol without names: e-mail addresses out (the scrubber replaces only the
    people this laptop knows; an address names whoever it belongs to), lines left empty dropped."""
    kept = (re.sub(r"[<(]?\S+@\S+[>)]?", "", line).strip(" ,;:-") for line in lines)
    return tuple(line for line in kept if line)


def name_scrubber(session: Session, detail: WorkshopDetail, organisation_names: dict[str, str]) -> NameScrubber:
    """Who must not be named: the facilitator, the participants, then everyone else this laptop knows."""
    people = [(name, tr("Protocol", "Facilitation")) for name in facilitator_names(detail.facilitator)]
    # The minute taker is named like the facilitator, in a field of their own.
    people += [(name, tr("Protocol", "Minute taking")) for name in facilitator_names(detail.minute_taker)]
    people += [(p.name, participant_label(p.function, p.organisation)) for p in detail.participants]
    people += [(p.name, participant_label(p.function, organisation_names.get(p.organisation_id or "", "")))
               for p in session.scalars(select(Person).order_by(Person.created_at, Person.id))]
    return NameScrubber(people)


def _note_lines(notes: Iterable[WorkshopNote]) -> tuple[NoteLine, ...]:
    return tuple(NoteLine(n.text, n.owner, n.due_date, n.kind) for n in notes)


def _notes(notes: list[WorkshopNote], kind: str) -> tuple[NoteLine, ...]:
    """Every note of ``kind``, also those recorded under an agenda item (they are in its ``notes`` too)."""
    return _note_lines(n for n in notes if n.kind == kind)


def measures_ranked(rounds: Iterable[RoundResult]) -> bool:
    """A revealed round put measures in an order (dots or effort/benefit): only then has Priorität a meaning."""
    return any(result.method in ("dots", "effort_benefit") and result.state == "closed"
               and any(item.kind == "measure" for item in result.items) for result in rounds)


def _revealed_rounds(session: Session, workshop_id: str) -> dict[str | None, tuple[RoundResult, ...]]:
    """The revealed rounds of the workshop by model (None: not tied to a model), oldest first."""
    by_model: dict[str | None, list[RoundResult]] = {}
    for row in session.scalars(select(VotingRound).where(VotingRound.workshop_id == workshop_id,
                                                         VotingRound.deleted.is_(False),
                                                         VotingRound.state == "closed")
                               .order_by(VotingRound.created_at, VotingRound.id)):
        by_model.setdefault(row.model_id, []).append(tally(read_round(session, row.id)))
    return {model_id: tuple(results) for model_id, results in by_model.items()}


def _latest_votes(rounds: list[RoundResult] | tuple[RoundResult, ...]) -> dict[str, tuple[float, int]]:
    """target id -> (total, rank) in the latest revealed dot-vote round that had it."""
    found: dict[str, tuple[float, int]] = {}
    for result in rounds:
        if result.method == "effort_benefit":
            continue
        for item in result.items:
            if item.target_id:
                found[item.target_id] = (item.total, item.rank)
    return found


def _model_section(session: Session, view: ModelView, organisation_names: dict[str, str],
                   rounds: tuple[RoundResult, ...], analysis: Analysis,
                   scrub: NameScrubber | None = None) -> ModelSection:
    model_id = view.model.id
    model = session.get(ProcessModel, model_id)
    assert model is not None
    steps = {step.id: step for step in view.steps}
    votes = _latest_votes([r for r in rounds if r.method == "dots"])
    lines = []
    for row in pain_points(session, model_id):
        total, rank = votes.get(row.id, (None, None))
        lines.append(PainPointLine(row.step_id, row.text, category_name(row.category), row.step_label, row.severity,
                                   total, rank))
    return ModelSection(
        id=model_id, name=model.name, kind=model_kind_word(model.kind),
        organisation=organisation_names.get(model.organisation_id or "", ""),
        fact_sheet=_fact_sheet(session, model.process_id, organisation_names),
        diagram=layout(_graph(view, scrub)),
        steps=tuple(StepLine(s.id, number, s.lane or "", s.label, kind_word(s.kind), s.block,
                             s.processing_minutes, s.waiting_minutes, s.probability, s.it_system)
                    for number, s in enumerate(steps.values(), start=1)),
        pain_points=tuple(lines), rounds=rounds, figures=figure_lines(analysis), effort=effort_lines(analysis),
        lanes=tuple((lane.name, organisation_names.get(lane.organisation_id or "", ""))
                    for lane in view.lanes))


def _graph(view: ModelView, scrub: NameScrubber | None) -> ProcessGraph:
    """The graph to lay out; without names, lanes and steps are scrubbed before the text is wrapped."""
    graph = ProcessGraph.from_view(view)
    return graph if scrub is None else scrub(graph)


def _fact_sheet(session: Session, process_id: str | None, organisation_names: dict[str, str]) -> FactSheet | None:
    process = session.get(Process, process_id) if process_id else None
    if process is None or process.deleted:
        return None
    rows = [
        (tr("Protocol", "Register key"), process.register_key),
        (tr("Protocol", "Description"), process.description),
        (tr("Protocol", "Product area"), process.product_area),
        (tr("Protocol", "LeiKa key"), process.leika_key),
        (tr("Protocol", "Owner"), organisation_names.get(process.owner_organisation_id or "", "")),
        (tr("Protocol", "Modelled by"), organisation_names.get(process.lead_organisation_id or "", "")),
        (tr("Protocol", "Status"), process_status_word(process.status)),
        (tr("Protocol", "Cases per year"), "" if process.case_volume is None else str(process.case_volume)),
        (tr("Protocol", "Legal basis"), process.legal_basis),
        (tr("Protocol", "Tags"), process.tags),
    ]
    return FactSheet(process.name, tuple((label, value) for label, value in rows if value))


def _measures(session: Session, workshop_id: str, rounds: list[RoundResult]) -> tuple[MeasureLine, ...]:
    ranks = {target: rank for target, (_total, rank) in _latest_votes(rounds).items()}
    for result in rounds:  # an effort/benefit round ranks measures too (quick wins first)
        if result.method == "effort_benefit":
            ranks.update({item.target_id: item.rank for item in result.items if item.target_id})
    lines = [MeasureLine(row.text, row.owner, row.due_date, status_name(row.status), ranks.get(row.id),
                         row.effort, row.impact, row.pain_point_texts)
             for row in measures(session, workshop_id, None)]
    # The measure plan by due date, those without one last; equal dates keep the order they had.
    lines.sort(key=lambda line: (line.due_date is None, line.due_date or dt.date.min))
    return tuple(lines)
