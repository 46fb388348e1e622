"""The sections of the protocol, each a list of flowables: the renderer puts them in order.

A mixin of ``ProtocolRenderer``: the methods use its helpers (``para``, ``cell``, ``table``,
``heading``) and its ``protocol``, ``lang`` and ``styles``.
"""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import (
    Flowable,
    Image,
    KeepTogether,
    PageBreak,
    Paragraph,
)

from werkstatt.i18n import tr
from werkstatt.protocol.content import ComparisonSection, ModelSection
from werkstatt.protocol.format import (
    format_date,
    format_minutes,
    format_percent,
    format_short_date,
    format_waiting,
)
from werkstatt.protocol.style import BAR, BAR_ROW, BARS_PER_DRAWING, CELL_LIMIT, INK, LATE
from werkstatt.voting.display import group_label, quadrant_name, rank_labels
from werkstatt.voting.results import RoundResult
from werkstatt.voting.rounds import default_budget


class ProtocolSections:
    def drawing(self, width: float, height: float) -> Drawing:
        drawing = Drawing(width, height)
        drawing.initialFontName = self.font  # else the renderer starts in Helvetica, which is never embedded
        return drawing

    def bar_charts(self, result: RoundResult) -> list[Flowable]:
        """Ranked horizontal bars with the total beside each; ties carry the same rank, in bold."""
        width = self.geometry.frame_size(A4)[0]
        rank_width, total_width, label_width = 9 * mm, 14 * mm, 0.46 * width
        bar_left = rank_width + label_width
        bar_space = width - bar_left - total_width
        largest = max((abs(item.total) for item in result.items), default=0) or 1
        labels = rank_labels(result.items)
        drawings: list[Flowable] = []
        for start in range(0, len(result.items), BARS_PER_DRAWING):
            chunk = result.items[start:start + BARS_PER_DRAWING]
            height = BAR_ROW * len(chunk)
            drawing = self.drawing(width, height)
            for row, item in enumerate(chunk):
                y = height - (row + 1) * BAR_ROW + 4
                rank, tied = labels[start + row]
                drawing.add(String(rank_width - 3, y, rank, fontName=self.bold if tied else self.font, fontSize=8.5,
                                   textAnchor="end", fillColor=INK))
                drawing.add(String(rank_width, y, self.safe.line(item.label, self.font, 8.5, label_width - 6),
                                   fontName=self.font, fontSize=8.5, fillColor=INK))
                length = bar_space * abs(item.total) / largest
                if result.groups and item.by_group and sum(item.by_group):
                    x = bar_left
                    for group, count in zip(result.groups, item.by_group, strict=False):
                        part = length * count / sum(item.by_group)
                        drawing.add(Rect(x, y - 2, part, 10, fillColor=colors.HexColor(group.colour), strokeWidth=0))
                        x += part
                else:
                    drawing.add(Rect(bar_left, y - 2, length, 10, fillColor=BAR, strokeWidth=0))
                drawing.add(String(bar_left + length + 3, y, self.number(item.total, 1), fontName=self.bold,
                                   fontSize=8.5, fillColor=INK))
            drawings.append(drawing)
        if result.groups:
            legend = "   ".join(f'<font color="{group.colour}">■</font> '
                               f'{self.safe.markup(group_label(group.name, group.voters))[0]}'
                               for group in result.groups)
            drawings.append(self.rich(legend, "Small"))
        return drawings

    def settings_line(self, result: RoundResult) -> str:
        """The rules of the round as announced, and how many took part."""
        settings = result.settings
        if result.method == "dots":
            budget = settings.get("dots_per_person") or default_budget(len(result.items))
            parts = [tr("ProtocolRenderer", "Dot vote"),
                     tr("ProtocolRenderer", "1 dot per person") if budget == 1
                     else tr("ProtocolRenderer", "{n} dots per person", n=budget)]
            cap = settings.get("max_per_item")
            parts.append(tr("ProtocolRenderer", "no stacking") if cap == 1
                         else tr("ProtocolRenderer", "at most {n} dots per item", n=cap) if cap
                         else tr("ProtocolRenderer", "stacking allowed"))
        elif result.method == "consensus":
            parts = [tr("ProtocolRenderer", "Systemic consensus"),
                     tr("ProtocolRenderer", "resistance 0 to 10 per option; the lowest total wins")]
        else:
            parts = [tr("ProtocolRenderer", "Effort and benefit"),
                     tr("ProtocolRenderer", "scale low/high") if settings.get("scale") == "matrix"
                     else tr("ProtocolRenderer", "scale 1 to 5")]
        parts.append(tr("ProtocolRenderer", "{voters} of {eligible} voted", voters=result.voters,
                        eligible=result.eligible))
        return " · ".join(parts)

    # --- the sections --------------------------------------------------------------------------------

    def title_page(self) -> list[Flowable]:
        p = self.protocol
        rows = [(tr("ProtocolRenderer", "Date"), format_date(p.date, self.lang)),
                (tr("ProtocolRenderer", "Place"), p.place),
                (tr("ProtocolRenderer", "Facilitation"), p.facilitator),
                (tr("ProtocolRenderer", "Organisations"), "\n".join(p.organisations)),
                (tr("ProtocolRenderer", "Process models"), "\n".join(m.name for m in p.models))]
        return [self.para(tr("ProtocolRenderer", "Protocol of the process workshop"), "Kicker"),
                self.para(p.title, "Title"), self.label_table([(k, v) for k, v in rows if v])]

    def participants(self) -> list[Flowable]:
        p = self.protocol
        out: list[Flowable] = [self.heading(tr("ProtocolRenderer", "Participants"))]
        if not p.participants:
            return [*out, self.para(tr("ProtocolRenderer", "No participants were recorded."), "Note")]
        out.append(self.para(tr("ProtocolRenderer", "{present} of {total} invited people took part.",
                                present=len(p.present), total=len(p.participants))))
        rows = []
        for person in p.participants:
            style = "Cell" if person.present else "CellSmall"
            row = [self.cell(person.function, style), self.cell(person.organisation, style),
                   self.cell(tr("ProtocolRenderer", "present") if person.present
                             else tr("ProtocolRenderer", "absent"), style)]
            rows.append([self.cell(person.name, style), *row] if p.names_shown else row)
        if p.names_shown:
            header = [tr("ProtocolRenderer", "Name"), tr("ProtocolRenderer", "Function"),
                      tr("ProtocolRenderer", "Organisation"), tr("ProtocolRenderer", "Attendance")]
            out.append(self.table(header, rows, [0.26, 0.34, 0.26, 0.14]))
        else:
            out.append(self.para(tr("ProtocolRenderer", "Names are left out of this protocol; participants are "
                                                        "listed by function and organisation only."), "Note"))
            header = [tr("ProtocolRenderer", "Function"), tr("ProtocolRenderer", "Organisation"),
                      tr("ProtocolRenderer", "Attendance")]
            out.append(self.table(header, rows, [0.46, 0.38, 0.16]))
        return out

    def agenda(self) -> list[Flowable]:
        p = self.protocol
        out: list[Flowable] = [self.heading(tr("ProtocolRenderer", "Goal and agenda"))]
        if p.goal:
            out.append(self.rich(f"<b>{escape(tr('ProtocolRenderer', 'Goal'))}:</b> {self.safe.markup(p.goal)[0]}"))
        if not p.agenda:
            return [*out, self.para(tr("ProtocolRenderer", "No agenda was recorded."), "Note")]
        rows, over = [], False
        for index, line in enumerate(p.agenda, 1):
            item = [self.cell(line.title, where=tr("ProtocolRenderer", "Agenda item {n}", n=index))]
            if line.model_name:
                item.append(self.cell(line.model_name, "CellSmall"))
            late = line.planned_minutes is not None and (line.actual_minutes or 0) > line.planned_minutes
            over = over or late
            rows.append([f"{index}.", item, format_minutes(line.planned_minutes, self.lang),
                         format_minutes(line.actual_minutes, self.lang), self.difference(line.planned_minutes,
                                                                                         line.actual_minutes)])
        planned = sum(line.planned_minutes or 0 for line in p.agenda)
        actual = sum(line.actual_minutes or 0 for line in p.agenda)
        rows.append(["", tr("ProtocolRenderer", "Total"), format_minutes(planned, self.lang),
                     format_minutes(actual, self.lang), self.difference(planned, actual)])
        header = ["#", tr("ProtocolRenderer", "Agenda item"), tr("ProtocolRenderer", "Planned"),
                  tr("ProtocolRenderer", "Actual"), tr("ProtocolRenderer", "Difference")]
        out.append(self.table(header, rows, [0.06, 0.52, 0.14, 0.14, 0.14], right=(2, 3, 4), total_row=True))
        if over:
            out.append(self.para(tr("ProtocolRenderer", "▲ marks items that took longer than planned."), "Note"))
        return out

    def difference(self, planned: int | None, actual: int | None) -> str | Paragraph:
        if planned is None or actual is None or actual == planned:
            return "" if planned is None or actual is None else "±0"
        if actual < planned:
            return "−" + format_minutes(planned - actual, self.lang)
        return self.rich(f'<font color="{LATE}"><b>▲ +'
                         f'{format_minutes(actual - planned, self.lang)}</b></font>', "CellRight")

    def model_section(self, section: ModelSection) -> list[Flowable]:
        out: list[Flowable] = [self.heading(section.name)]
        line = " · ".join(part for part in (section.kind, section.organisation) if part)
        if line:
            out.append(self.para(line, "Small"))
        if any(organisation for _lane, organisation in section.lanes):
            out.append(self.heading(tr("ProtocolRenderer", "Lanes and their organisations"), 1))
            out.append(self.label_table([(lane, organisation or "–") for lane, organisation in section.lanes]))
        if section.fact_sheet is not None:
            out.append(self.heading(tr("ProtocolRenderer", "Fact sheet: {name}", name=section.fact_sheet.name), 1))
            out.append(self.label_table(list(section.fact_sheet.rows)))
        if section.figures:
            out.append(self.heading(tr("ProtocolRenderer", "Analysis figures"), 1))
            out.append(self.label_table(list(section.figures)))
        out += self.diagram_flowables(section)
        out += self.steps(section)
        out += self.pain_points(section)
        for result in section.rounds:
            out += self.voting_round(result)
        return out

    def steps(self, section: ModelSection) -> list[Flowable]:
        out: list[Flowable] = [self.heading(tr("ProtocolRenderer", "Steps of {name}", name=section.name), 1)]
        if not section.steps:
            return [*out, self.para(tr("ProtocolRenderer", "The model has no steps yet."), "Note")]
        rows = []
        for index, step in enumerate(section.steps, 1):
            where = tr("ProtocolRenderer", "{model}, step {n}", model=section.name, n=index)
            label = self.cell(step.label, where=where)
            if step.kind not in (tr("Protocol", "task"), "task"):
                label = [label, self.cell(step.kind, "CellSmall")]
            rows.append([self.cell(step.lane, where=where), label, self.cell(step.block, where=where),
                         format_minutes(step.processing_minutes, self.lang),
                         format_waiting(step.waiting_minutes, self.lang),
                         format_percent(step.probability, self.lang), self.cell(step.it_system, where=where)])
        rows.append([tr("ProtocolRenderer", "Total"), "", "",
                     format_minutes(sum(s.processing_minutes or 0 for s in section.steps), self.lang),
                     format_waiting(sum(s.waiting_minutes or 0 for s in section.steps), self.lang), "", ""])
        header = [tr("ProtocolRenderer", "Lane"), tr("ProtocolRenderer", "Step"), tr("ProtocolRenderer", "Block"),
                  tr("ProtocolRenderer", "Processing"), tr("ProtocolRenderer", "Waiting"),
                  tr("ProtocolRenderer", "Share of cases"), tr("ProtocolRenderer", "IT system")]
        out.append(self.table(header, rows, [0.18, 0.21, 0.19, 0.115, 0.105, 0.09, 0.11], right=(3, 4, 5),
                              total_row=True))
        return out

    def pain_points(self, section: ModelSection) -> list[Flowable]:
        out: list[Flowable] = [self.heading(tr("ProtocolRenderer", "Pain points in {name}", name=section.name), 1)]
        if not section.pain_points:
            return [*out, self.para(tr("ProtocolRenderer", "No pain points were recorded."), "Note")]
        ordered = sorted(section.pain_points, key=lambda line: line.rank if line.rank is not None else 1 << 30)
        rows = [["" if line.rank is None else f"{line.rank}.", self.cell(line.category),
                 self.cell(line.text, where=tr("ProtocolRenderer", "{model}, pain point {n}", model=section.name,
                                                n=index)),
                 self.cell(line.step or tr("ProtocolRenderer", "whole process"), where=section.name),
                 self.number(line.votes, 1)] for index, line in enumerate(ordered, 1)]
        header = [tr("ProtocolRenderer", "Rank"), tr("ProtocolRenderer", "Category"),
                  tr("ProtocolRenderer", "Pain point"), tr("ProtocolRenderer", "Step"), tr("ProtocolRenderer", "Votes")]
        out.append(self.table(header, rows, [0.07, 0.23, 0.38, 0.23, 0.09], right=(0, 4)))
        return out

    def voting_round(self, result: RoundResult) -> list[Flowable]:
        out: list[Flowable] = [self.heading(tr("ProtocolRenderer", "Vote: {question}", question=result.question), 1),
                               self.para(self.settings_line(result), "Small")]
        if not result.items:
            out.append(self.para(tr("ProtocolRenderer", "The round had nothing to vote on."), "Note"))
        elif result.method == "effort_benefit":
            rows = [[f"{item.rank}.", self.cell(item.label, where=result.question), self.number(item.effort, 1),
                     self.number(item.benefit, 1), quadrant_name(item.quadrant) if item.quadrant else "–"]
                    for item in result.items]
            header = [tr("ProtocolRenderer", "Rank"), tr("ProtocolRenderer", "Measure"),
                      tr("ProtocolRenderer", "Effort"), tr("ProtocolRenderer", "Benefit"),
                      tr("ProtocolRenderer", "Quadrant")]
            out.append(self.table(header, rows, [0.08, 0.5, 0.11, 0.11, 0.2], right=(0, 2, 3)))
        else:
            if result.method == "consensus":
                out.append(self.para(tr("ProtocolRenderer", "Bars show the total resistance: the lowest wins."),
                                     "Note"))
            out += self.bar_charts(result)
            if result.tied:
                out.append(self.para(tr("ProtocolRenderer", "Items with equal scores share a rank (in bold)."),
                                     "Note"))
        out += [self.para(note, "Note") for note in (result.breakdown_note, *result.notes) if note]
        return out

    def measures(self) -> list[Flowable]:
        out: list[Flowable] = [self.heading(tr("ProtocolRenderer", "Measure plan"))]
        if not self.protocol.measures:
            return [*out, self.para(tr("ProtocolRenderer", "No measures were agreed."), "Note")]
        ordered = sorted(self.protocol.measures, key=lambda m: m.priority if m.priority is not None else 1 << 30)
        rows = []
        for index, measure in enumerate(ordered, 1):
            what = [self.cell(measure.text, where=tr("ProtocolRenderer", "Measure {n}", n=index))]
            if measure.pain_points:
                what.append(self.cell(tr("ProtocolRenderer", "Answers: {pain_points}",
                                         pain_points="; ".join(measure.pain_points)), "CellSmall"))
            rating = " / ".join("–" if value is None else str(value) for value in (measure.effort, measure.impact))
            rows.append(["" if measure.priority is None else f"{measure.priority}.", what, self.cell(measure.owner),
                         format_short_date(measure.due_date, self.lang), self.cell(measure.status), rating])
        header = [tr("ProtocolRenderer", "Priority"), tr("ProtocolRenderer", "Measure"),
                  tr("ProtocolRenderer", "Who"), tr("ProtocolRenderer", "By when"), tr("ProtocolRenderer", "Status"),
                  tr("ProtocolRenderer", "Effort / impact")]
        out.append(self.table(header, rows, [0.1, 0.36, 0.22, 0.11, 0.09, 0.12], right=(0, 5)))
        out.append(self.para(tr("ProtocolRenderer", "Effort and impact from 1 (low) to 5 (high); the priority is the "
                                                    "rank in the latest vote."), "Note"))
        return out

    def notes(self) -> list[Flowable]:
        p = self.protocol
        out: list[Flowable] = []
        for title, column, lines in (
                (tr("ProtocolRenderer", "Decisions"), tr("ProtocolRenderer", "Decision"), p.decisions),
                (tr("ProtocolRenderer", "Open points"), tr("ProtocolRenderer", "Open point"), p.open_points),
                (tr("ProtocolRenderer", "Next steps"), tr("ProtocolRenderer", "Step"), p.next_steps)):
            out.append(self.heading(title))
            if not lines:
                out.append(self.para(tr("ProtocolRenderer", "None recorded."), "Note"))
                continue
            rows = [[f"{index}.", self.cell(line.text, where=f"{title} {index}"), self.cell(line.owner),
                     format_short_date(line.due_date, self.lang)] for index, line in enumerate(lines, 1)]
            header = ["#", column, tr("ProtocolRenderer", "Who"), tr("ProtocolRenderer", "By when")]
            out.append(self.table(header, rows, [0.06, 0.58, 0.22, 0.14]))
        return out

    def photos(self) -> list[Flowable]:
        if not self.protocol.photos:
            return []
        out: list[Flowable] = [self.heading(tr("ProtocolRenderer", "Photos"))]
        width, height = self.geometry.frame_size(A4)
        for photo in self.protocol.photos:
            caption = self.para(photo.caption, "Caption", limit=CELL_LIMIT)
            try:
                reader = ImageReader(io.BytesIO(photo.data))
                pixels_wide, pixels_high = reader.getSize()
            except Exception:
                out += [self.para(tr("ProtocolRenderer", "This photo could not be read."), "Note"), caption]
                continue
            scale = min(width / pixels_wide, 0.6 * height / pixels_high)
            out.append(KeepTogether([Image(io.BytesIO(photo.data), pixels_wide * scale, pixels_high * scale), caption]))
        return out

    def appendix(self) -> list[Flowable]:
        if not self.truncated:
            return []
        out: list[Flowable] = [PageBreak(), self.heading(tr("ProtocolRenderer", "Appendix: full texts")),
                               self.para(tr("ProtocolRenderer", "These texts were too long for their table and are "
                                                                "printed here in full."), "Note")]
        for where, text in self.truncated:
            out += [self.para(where, "Label"), self.para(text)]  # no keep-with-next: the text may be pages long
        return out

    def comparison(self, section: ComparisonSection) -> list[Flowable]:
        """As-is against to-be: every figure with its change, then what the to-be saves per year."""
        header = [tr("ProtocolRenderer", "Figure"), tr("ProtocolRenderer", "As-is"), tr("ProtocolRenderer", "To-be"),
                  tr("ProtocolRenderer", "Change")]
        rows = [[self.cell(label), self.cell(before, "CellRight"), self.cell(after, "CellRight"),
                 self.cell(change, "CellRight")] for label, before, after, change in section.rows]
        return [self.heading(tr("ProtocolRenderer", "As-is and to-be: {title}", title=section.title)),
                self.table(header, rows, [0.46, 0.18, 0.18, 0.18], right=(1, 2, 3)),
                self.label_table(list(section.summary))]
