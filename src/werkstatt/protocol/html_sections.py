"""The workshop-wide sections of the protocol as HTML: what a German Sitzungsprotokoll has.

Title page (Aktenzeichen, date, place, Moderation, Protokollführung, status and approval line),
participants and Verteiler, goal and agenda with the result of each item (TOP), comparisons,
further rounds, the measure plan, decisions, open points, next steps, the next meeting, photos
and the Anlagen. Each function returns HTML; every user text goes through ``Builder.t``.
"""

from __future__ import annotations

import html
import io

from werkstatt.i18n import tr
from werkstatt.i18n.format import format_date, format_minutes, format_short_date
from werkstatt.protocol.content_types import ComparisonSection, NoteLine
from werkstatt.protocol.html import Builder
from werkstatt.protocol.html_votes import voting_round


def title_page(b: Builder) -> str:
    p = b.protocol
    date = format_date(p.date, b.lang)
    date_cell = f'<span class="date-mark">{b.t(date)}</span>' if date else ""
    rows = [(tr("ProtocolRenderer", "File reference"), b.t(p.file_reference)),
            (tr("ProtocolRenderer", "Date"), date_cell),
            (tr("ProtocolRenderer", "Place"), b.t(p.place)),
            (tr("ProtocolRenderer", "Facilitation"), b.t(p.facilitator)),
            (tr("ProtocolRenderer", "Minutes taken by"), b.t(p.minute_taker)),
            (tr("ProtocolRenderer", "Organisations"), "<br>".join(b.t(o) for o in p.organisations)),
            (tr("ProtocolRenderer", "Process models"), "<br>".join(b.t(m.name) for m in p.models))]
    status = (tr("ProtocolRenderer", "Final version") if p.final
              else tr("ProtocolRenderer", "Draft: not yet approved"))
    blank = '<span class="blank"></span>'
    approval = (f'<div class="approval"><p>{b.t(tr("ProtocolRenderer", "Approved on:"))} {blank}</p>'
                f'<p>{b.t(tr("ProtocolRenderer", "Approved by:"))} {blank}</p></div>')
    table = b.label_table([(label, value) for label, value in rows if value])
    kicker = b.t(tr("ProtocolRenderer", "Protocol of the process workshop"))
    return (f'<section class="title"><p class="kicker">{kicker}'
            f"</p><h1>{html.escape(b.text.line(p.title))}</h1>{table}"
            f'<p class="status">{b.t(tr("ProtocolRenderer", "Status"))}: {b.t(status)}</p>{approval}</section>')


def participants(b: Builder) -> str:
    p = b.protocol
    out = [f'<section class="new-page">{b.heading(tr("ProtocolRenderer", "Participants"), 1)}']
    if not p.participants:
        out.append(b.note(tr("ProtocolRenderer", "No participants were recorded.")))
    else:
        out.append(b.p(tr("ProtocolRenderer", "{present} of {total} invited people took part.",
                          present=len(p.present), total=len(p.participants))))
        rows = []
        for person in p.participants:  # Participant.email is for the e-mail draft only: never printed
            attendance = tr("ProtocolRenderer", "present") if person.present else tr("ProtocolRenderer", "absent")
            row = [b.t(person.function), b.t(person.organisation), b.t(attendance)]
            rows.append([b.t(person.name), *row] if p.names_shown else row)
        if p.names_shown:
            header = [tr("ProtocolRenderer", "Name"), tr("ProtocolRenderer", "Function"),
                      tr("ProtocolRenderer", "Organisation"), tr("ProtocolRenderer", "Attendance")]
            out.append(b.table(header, rows, [0.26, 0.34, 0.26, 0.14]))
        else:
            out.append(b.note(tr("ProtocolRenderer", "Names are left out of this protocol; participants are "
                                                     "listed by function and organisation only.")))
            header = [tr("ProtocolRenderer", "Function"), tr("ProtocolRenderer", "Organisation"),
                      tr("ProtocolRenderer", "Attendance")]
            out.append(b.table(header, rows, [0.46, 0.38, 0.16]))
    out.append(b.heading(tr("ProtocolRenderer", "Distribution list"), 2))
    if p.distribution:
        out.append('<ul class="plain">' + "".join(f"<li>{b.t(line)}</li>" for line in p.distribution) + "</ul>")
    else:
        out.append(b.note(tr("ProtocolRenderer", "No distribution list was recorded.")))
    out.append("</section>")
    return "".join(out)


def _difference(b: Builder, planned: int | None, actual: int | None) -> str:
    if planned is None or actual is None:
        return ""
    if actual == planned:
        return "±0"
    if actual < planned:
        return "−" + format_minutes(planned - actual, b.lang)
    return f'<span class="late">▲ +{format_minutes(actual - planned, b.lang)}</span>'


def agenda(b: Builder) -> str:
    p = b.protocol
    out = [b.heading(tr("ProtocolRenderer", "Goal and agenda"), 1)]
    if p.goal.strip():
        out.append(f'<p><b>{b.t(tr("ProtocolRenderer", "Goal"))}:</b> {b.t(p.goal)}</p>')
    if not p.agenda:
        out.append(b.note(tr("ProtocolRenderer", "No agenda was recorded.")))
        return "".join(out)
    rows, over = [], False
    for index, line in enumerate(p.agenda, 1):
        item = b.t(line.title) + (f'<span class="sub">{b.t(line.model_name)}</span>' if line.model_name else "")
        over = over or (line.planned_minutes is not None and (line.actual_minutes or 0) > line.planned_minutes)
        rows.append([tr("ProtocolRenderer", "TOP {n}", n=index), item, format_minutes(line.planned_minutes, b.lang),
                     format_minutes(line.actual_minutes, b.lang),
                     _difference(b, line.planned_minutes, line.actual_minutes)])
    planned = sum(line.planned_minutes or 0 for line in p.agenda)
    actual = sum(line.actual_minutes or 0 for line in p.agenda)
    total = [b.t(tr("ProtocolRenderer", "Total")), format_minutes(planned, b.lang),
             format_minutes(actual, b.lang), _difference(b, planned, actual)]
    header = [tr("ProtocolRenderer", "Item"), tr("ProtocolRenderer", "Agenda item"), tr("ProtocolRenderer", "Planned"),
              tr("ProtocolRenderer", "Actual"), tr("ProtocolRenderer", "Difference")]
    out.append(b.table(header, rows, [0.1, 0.48, 0.14, 0.14, 0.14], right=(2, 3, 4), total=total,
                       total_span=2))
    if over:
        out.append(b.note(tr("ProtocolRenderer", "▲ marks items that took longer than planned.")))
    out.append(b.heading(tr("ProtocolRenderer", "Results of the agenda items"), 2))
    for index, line in enumerate(p.agenda, 1):
        out.append(f'<p><b>{b.t(tr("ProtocolRenderer", "TOP {n}", n=index))}: {b.t(line.title)}</b></p>')
        if line.result.strip():
            out.append(b.p(line.result))
        if line.notes:
            out.append('<ul class="plain">' + "".join(f"<li>{_note_item(b, note)}</li>" for note in line.notes)
                       + "</ul>")
        if not line.result.strip() and not line.notes:
            out.append(b.note(tr("ProtocolRenderer", "No result was recorded for this item.")))
    return "".join(out)


def _note_item(b: Builder, note: NoteLine) -> str:
    kinds = {"decision": tr("ProtocolRenderer", "Decision"), "open_point": tr("ProtocolRenderer", "Open point"),
             "next_step": tr("ProtocolRenderer", "Step")}
    extra = [part for part in (note.owner, format_short_date(note.due_date, b.lang)) if part]
    kind = f"<b>{b.t(kinds[note.kind])}:</b> " if note.kind in kinds else ""
    return kind + b.t(note.text) + (f" ({b.t(', '.join(extra))})" if extra else "")


def comparison(b: Builder, section: ComparisonSection) -> str:
    """As-is against to-be: every figure with its change, then what the to-be saves per year."""
    header = [tr("ProtocolRenderer", "Figure"), tr("ProtocolRenderer", "As-is"), tr("ProtocolRenderer", "To-be"),
              tr("ProtocolRenderer", "Change")]
    rows = [[b.t(label), b.t(before), b.t(after), b.t(change)] for label, before, after, change in section.rows]
    return (b.heading(tr("ProtocolRenderer", "As-is and to-be: {title}", title=section.title), 1)
            + b.table(header, rows, [0.46, 0.18, 0.18, 0.18], right=(1, 2, 3))
            + b.label_table([(label, b.t(value)) for label, value in section.summary]))


def further_rounds(b: Builder) -> str:
    if not b.protocol.rounds:
        return ""
    return b.heading(tr("ProtocolRenderer", "Further voting rounds"), 1) + "".join(
        voting_round(b, result) for result in b.protocol.rounds)


def measures(b: Builder) -> str:
    """The measure plan in gather's order (by due date); Priorität only when a round ranked measures."""
    p = b.protocol
    out = [b.heading(tr("ProtocolRenderer", "Measure plan"), 1)]
    if not p.measures:
        return "".join([*out, b.note(tr("ProtocolRenderer", "No measures were agreed."))])
    rows = []
    for index, measure in enumerate(p.measures, 1):
        what = b.t(measure.text)
        if measure.pain_points:
            what += '<span class="sub">' + b.t(tr("ProtocolRenderer", "Answers: {pain_points}",
                                                   pain_points="; ".join(measure.pain_points))) + "</span>"
        rating = " / ".join("–" if value is None else str(value) for value in (measure.effort, measure.impact))
        row = [f"{index}.", what, b.t(measure.owner), format_short_date(measure.due_date, b.lang),
               b.t(measure.status), rating]
        if p.measures_ranked:
            row.insert(1, "" if measure.priority is None else f"{measure.priority}.")
        rows.append(row)
    header = [tr("ProtocolRenderer", "No."), tr("ProtocolRenderer", "Measure"), tr("ProtocolRenderer", "Who"),
              tr("ProtocolRenderer", "By when"), tr("ProtocolRenderer", "Status"),
              tr("ProtocolRenderer", "Effort / impact")]
    widths = [0.07, 0.39, 0.2, 0.12, 0.1, 0.12]
    right = (0, 5)
    if p.measures_ranked:
        header.insert(1, tr("ProtocolRenderer", "Priority"))
        widths = [0.06, 0.08, 0.35, 0.18, 0.11, 0.1, 0.12]
        right = (0, 1, 6)
    out.append(b.table(header, rows, widths, right=right))
    out.append(b.note(tr("ProtocolRenderer", "Effort and impact from 1 (low) to 5 (high); the priority is the "
                                             "rank in the latest vote.") if p.measures_ranked else
                      tr("ProtocolRenderer", "Effort and impact from 1 (low) to 5 (high).")))
    return "".join(out)


def notes(b: Builder) -> str:
    p = b.protocol
    out = []
    for title, column, lines in (
            (tr("ProtocolRenderer", "Decisions"), tr("ProtocolRenderer", "Decision"), p.decisions),
            (tr("ProtocolRenderer", "Open points"), tr("ProtocolRenderer", "Open point"), p.open_points),
            (tr("ProtocolRenderer", "Next steps"), tr("ProtocolRenderer", "Step"), p.next_steps)):
        out.append(b.heading(title, 1))
        if not lines:
            out.append(b.note(tr("ProtocolRenderer", "None recorded.")))
            continue
        rows = [[f"{index}.", b.t(line.text), b.t(line.owner), format_short_date(line.due_date, b.lang)]
                for index, line in enumerate(lines, 1)]
        header = [tr("ProtocolRenderer", "No."), column, tr("ProtocolRenderer", "Who"),
                  tr("ProtocolRenderer", "By when")]
        out.append(b.table(header, rows, [0.07, 0.57, 0.22, 0.14]))
    return "".join(out)


def next_meeting(b: Builder) -> str:
    text = b.protocol.next_meeting
    return b.heading(tr("ProtocolRenderer", "Next meeting"), 1) + (
        b.p(text) if text.strip() else b.note(tr("ProtocolRenderer", "No next meeting was set.")))


def photos(b: Builder) -> str:
    shown = b.protocol.photos
    if not shown:
        return ""
    out = [b.heading(tr("ProtocolRenderer", "Photos"), 1)]
    for number, photo in enumerate(shown, 1):
        alt = b.text.line(photo.caption) or tr("ProtocolRenderer", "Photo {n} of {total}", n=number,
                                                total=len(shown))
        if not _readable(photo.data):
            out.append(b.note(tr("ProtocolRenderer", "This photo could not be read.")))
            if photo.caption:
                out.append(b.p(photo.caption, "note"))
            continue
        source = b.resource(photo.data, photo.media_type)
        caption = f"<figcaption>{b.t(photo.caption)}</figcaption>" if photo.caption.strip() else ""
        out.append(f'<figure class="photo"><img src="{source}" alt="{b.alt(alt)}">{caption}</figure>')
    return "".join(out)


def _readable(data: bytes) -> bool:
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as image:
            image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        return False
    return True


def annexes(b: Builder) -> str:
    """The Anlagen: every file embedded in the PDF, by name and description."""
    out = [b.heading(tr("ProtocolRenderer", "Attachments"), 1)]
    if not b.attachments:
        return "".join([*out, b.note(tr("ProtocolRenderer", "This protocol has no attachments."))])
    out.append(b.p(tr("ProtocolRenderer", "These files are embedded in this PDF; open them from your PDF viewer's "
                                          "attachment list. The BPMN files open in any BPMN tool (Camunda Modeler, "
                                          "bpmn.io, Signavio …).")))
    rows = [[f"{index}.", b.t(item.name), b.t(item.description)] for index, item in enumerate(b.attachments, 1)]
    header = [tr("ProtocolRenderer", "No."), tr("ProtocolRenderer", "File"), tr("ProtocolRenderer", "Content")]
    out.append(b.table(header, rows, [0.07, 0.4, 0.53], row_header=1))
    return "".join(out)
