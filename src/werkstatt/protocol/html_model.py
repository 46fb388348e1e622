"""One process model in the protocol as HTML: lanes, fact sheet, figures, effort by party, diagram, steps, pain points.

The diagram comes as sheets from ``werkstatt.protocol.diagram_paper`` (an overview with the whole
process, then the detail parts), each an SVG drawn at its size in millimetres on a landscape page.
Continuation marks are links ("weiter: Teil 3 von 5"), so a reader of the PDF can follow the
process from part to part, and a screen reader hears where a link goes.
"""

from __future__ import annotations

from werkstatt.i18n import tr
from werkstatt.i18n.format import format_minutes, format_number, format_percent, format_waiting
from werkstatt.protocol.content_types import EffortLine, FigureLine, ModelSection
from werkstatt.protocol.html import Builder, attr
from werkstatt.protocol.html_votes import voting_round


def model_section(b: Builder, section: ModelSection, index: int) -> str:
    out = [f'<section class="new-page model">{b.heading(section.name, 1)}']
    line = " · ".join(part for part in (section.kind, section.organisation) if part)
    if line:
        out.append(b.p(line, "small"))
    if section.lanes:
        out.append(b.heading(tr("ProtocolHtmlModel", "Lanes and their organisations"), 2))
        out.append(b.table([tr("ProtocolHtmlModel", "Lane"), tr("ProtocolHtmlModel", "Organisation")],
                           [[b.t(lane), b.t(organisation or "–")] for lane, organisation in section.lanes],
                           [0.4, 0.6]))
    if section.fact_sheet is not None:
        out.append(b.heading(tr("ProtocolHtmlModel", "Fact sheet: {name}", name=section.fact_sheet.name), 2))
        out.append(b.label_table([(label, b.t(value)) for label, value in section.fact_sheet.rows]))
    if section.figures:
        out.append(b.heading(tr("ProtocolHtmlModel", "Analysis figures"), 2))
        out.append(figures(b, section))
    if section.effort:
        out.append(b.heading(tr("ProtocolHtmlModel", "Effort by party"), 2))
        out.append(effort(b, section.effort))
    out.append("</section>")
    out.append(diagram(b, section, index))
    out.append(f'<section class="new-page">{steps(b, section)}{pain_points(b, section)}')
    out += [voting_round(b, result) for result in section.rounds]
    out.append("</section>")
    return "".join(out)


def figures(b: Builder, section: ModelSection) -> str:
    """Label, value with unit, and the sentence that says what a figure means under it."""
    rows = []
    for figure in section.figures:
        if isinstance(figure, FigureLine):
            label, value, explanation = figure.label, figure.value, figure.explanation
        else:  # a (label, value) pair
            label, value, explanation = (*figure, "")[:3]
        cell = b.t(value) + (f'<span class="explain">{b.t(explanation)}</span>' if explanation else "")
        rows.append((label, cell))
    return b.label_table(rows)


def effort(b: Builder, lines: tuple[EffortLine, ...]) -> str:
    """The administrations' effort (hours, FTE, cost) apart from the outside parties' time (hours only)."""
    out = []
    own = [line for line in lines if not line.outside]
    outside = [line for line in lines if line.outside]
    minutes = lambda value: format_minutes(round(value, 1), b.lang)  # noqa: E731
    hours = lambda value: f"{format_number(round(value), b.lang)}\u00a0h"  # noqa: E731
    if own:
        rows = [[b.t(line.party), minutes(line.minutes_per_case), hours(line.hours_per_year),
                 "" if line.fte is None else format_number(line.fte, b.lang, 2),
                 "" if line.cost_per_year is None else f"{format_number(round(line.cost_per_year), b.lang)}\u00a0€"]
                for line in own]
        total = [b.t(tr("ProtocolHtmlModel", "Administrations together")),
                 minutes(sum(line.minutes_per_case for line in own)), hours(sum(line.hours_per_year for line in own)),
                 format_number(sum(line.fte or 0 for line in own), b.lang, 2),
                 f"{format_number(round(sum(line.cost_per_year or 0 for line in own)), b.lang)}\u00a0€"]
        header = [tr("ProtocolHtmlModel", "Administration"), tr("ProtocolHtmlModel", "Minutes per case"),
                  tr("ProtocolHtmlModel", "Hours per year"), tr("ProtocolHtmlModel", "FTE"),
                  tr("ProtocolHtmlModel", "Cost per year")]
        out.append(b.table(header, rows, [0.36, 0.16, 0.16, 0.14, 0.18], right=(1, 2, 3, 4),
                           total=total if len(own) > 1 else None))
    if outside:
        out.append(b.p(tr("ProtocolHtmlModel", "Outside parties (citizens, businesses, inspection bodies): their "
                                              "time, not the administrations' effort, so no FTE and no cost."),
                       "small"))
        rows = [[b.t(line.party), minutes(line.minutes_per_case), hours(line.hours_per_year)] for line in outside]
        header = [tr("ProtocolHtmlModel", "Outside party"), tr("ProtocolHtmlModel", "Minutes per case"),
                  tr("ProtocolHtmlModel", "Hours per year")]
        out.append(b.table(header, rows, [0.5, 0.25, 0.25], right=(1, 2)))
    return "".join(out)


def diagram(b: Builder, section: ModelSection, index: int) -> str:
    """The diagram sheets on landscape pages; a model without steps says so instead."""
    from werkstatt.protocol.diagram_paper import diagram_sheets

    title = tr("ProtocolHtmlModel", "Process diagram: {name}", name=section.name)
    sheets = diagram_sheets(section, model_index=index, paper=b.paper) if section.steps else []
    if not sheets:
        return b.heading(title, 2) + b.note(tr("ProtocolHtmlModel", "The model has no diagram yet."))
    # Sheet 1 is the overview; the parts are counted as their captions count them ("Teil 2 von 16").
    total = len(sheets) - 1
    for number, sheet in enumerate(sheets, 1):
        b.link_text[sheet.anchor] = (
            tr("ProtocolHtmlModel", "Overview of the diagram {name}", name=b.text.line(section.name)) if number == 1
            else tr("ProtocolHtmlModel", "Part {n} of {total} of the diagram {name}", n=number - 1, total=total,
                    name=b.text.line(section.name)))

    def back(number: int) -> str:
        return (tr("ProtocolHtmlModel", "back: overview") if number == 2
                else tr("ProtocolHtmlModel", "back: part {n} of {total}", n=number - 2, total=total))

    parts = []
    for number, sheet in enumerate(sheets, 1):
        heading = b.heading(title, 2) if number == 1 else ""
        source = b.resource(sheet.svg.encode("utf-8"), "image/svg+xml")
        links = []
        if sheet.previous_anchor:
            links.append(f'<a href="#{attr(sheet.previous_anchor)}">'
                         f"{b.t(back(number))}</a>")
        if sheet.next_anchor:
            links.append(f'<a href="#{attr(sheet.next_anchor)}">'
                         f'{b.t(tr("ProtocolHtmlModel", "continued: part {n} of {total}", n=number, total=total))}'
                         "</a>")
        nav = f'<p class="sheet-links">{" · ".join(links)}</p>' if links else ""
        parts.append(f'<section class="sheet" id="{attr(sheet.anchor)}">{heading}<figure>'
                     f'<img src="{source}" alt="{b.alt(sheet.alt)}" '
                     f'style="width:{sheet.width_mm:.1f}mm;height:{sheet.height_mm:.1f}mm">'
                     f"<figcaption>{b.t(sheet.caption)}</figcaption></figure>{nav}</section>")
    return "".join(parts)


def steps(b: Builder, section: ModelSection) -> str:
    out = [b.heading(tr("ProtocolHtmlModel", "Steps of {name}", name=section.name), 2)]
    if not section.steps:
        return "".join([*out, b.note(tr("ProtocolHtmlModel", "The model has no steps yet."))])
    task = (tr("ProtocolHtmlModel", "task"), "task")
    # Columns no step fills are left out: a table cell costs WeasyPrint about 1.5 ms, and an empty
    # column only narrows the others.
    columns = [  # (header, width, right-aligned, value of a step, total)
        (tr("ProtocolHtmlModel", "No."), 0.05, True, lambda s: str(s.number), None),
        (tr("ProtocolHtmlModel", "Lane"), 0.15, False, lambda s: b.t(s.lane), None),
        (tr("ProtocolHtmlModel", "Step"), 0.24, False,
         lambda s: b.t(s.label) + ("" if s.kind in task else f'<span class="sub">{b.t(s.kind)}</span>'), None),
        (tr("ProtocolHtmlModel", "Block"), 0.14, False, lambda s: b.t(s.block), None),
        (tr("ProtocolHtmlModel", "Processing"), 0.125, True, lambda s: format_minutes(s.processing_minutes, b.lang),
         format_minutes(sum(s.processing_minutes or 0 for s in section.steps), b.lang)),
        (tr("ProtocolHtmlModel", "Waiting"), 0.105, True, lambda s: format_waiting(s.waiting_minutes, b.lang),
         format_waiting(sum(s.waiting_minutes or 0 for s in section.steps), b.lang)),
        (tr("ProtocolHtmlModel", "Share of cases"), 0.09, True, lambda s: format_percent(s.probability, b.lang), ""),
        (tr("ProtocolHtmlModel", "IT system"), 0.1, False, lambda s: b.t(s.it_system), ""),
    ]
    cells = [[value(step) for step in section.steps] for _h, _w, _r, value, _t in columns]
    kept = [index for index, column in enumerate(cells) if index < 3 or any(column)]
    rows = [[cells[index][row] for index in kept] for row in range(len(section.steps))]
    header = [columns[index][0] for index in kept]
    widths = [columns[index][1] for index in kept]
    scale = sum(widths)
    right = tuple(position for position, index in enumerate(kept) if columns[index][2])
    span = sum(1 for index in kept if columns[index][4] is None)
    total = [b.t(tr("ProtocolHtmlModel", "Sum of all steps (unweighted)")),
             *(columns[index][4] for index in kept if columns[index][4] is not None)]
    out.append(b.table(header, rows, [w / scale for w in widths], right=right, total=total, total_span=span))
    out.append(b.note(tr("ProtocolHtmlModel", "The sum adds every step once, as if each case passed all of them; the "
                                             "analysis figures weight each step by the share of cases that pass it, "
                                             "so the two differ.")))
    return "".join(out)


def pain_points(b: Builder, section: ModelSection) -> str:
    out = [b.heading(tr("ProtocolHtmlModel", "Pain points in {name}", name=section.name), 2)]
    if not section.pain_points:
        return "".join([*out, b.note(tr("ProtocolHtmlModel", "No pain points were recorded."))])
    ordered = sorted(section.pain_points, key=lambda line: line.rank if line.rank is not None else 1 << 30)
    rows = [["" if line.rank is None else f"{line.rank}.", b.t(line.category), b.t(line.text),
             b.t(line.step or tr("ProtocolHtmlModel", "whole process")), format_number(line.votes, b.lang, 1)]
            for line in ordered]
    header = [tr("ProtocolHtmlModel", "Rank"), tr("ProtocolHtmlModel", "Category"), tr("ProtocolHtmlModel",
                                                                                       "Pain point"),
              tr("ProtocolHtmlModel", "Step"), tr("ProtocolHtmlModel", "Votes")]
    out.append(b.table(header, rows, [0.07, 0.2, 0.39, 0.22, 0.12], right=(0, 4), row_header=2))
    return "".join(out)
