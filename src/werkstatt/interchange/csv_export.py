"""Steps, pain points, measures and vote results as CSV, in two dialects.

- ``excel-de``: what German Excel opens with a double click and shows correctly: UTF-8 *with* a
  byte order mark (without it Excel reads the file as Windows-1252 and breaks every umlaut),
  semicolons (Excel in a German locale splits on ``;`` because the comma is the decimal
  separator), decimal commas, dates as ``03.12.2026``, German headers and German names for the
  codes (category, status, kind …).
- ``rfc4180``: plain CSV for programs: UTF-8 without BOM, commas, decimal points, ISO dates,
  English headers and the codes as stored.

Both end lines with CRLF (RFC 4180; Excel takes either) and quote a cell only when it holds the
separator, a quote or a line break.

Formula injection: Excel treats a cell that starts with ``=``, ``+``, ``-`` or ``@`` (and a tab or
carriage return, which Excel strips before looking) as a formula, even in a CSV file, so a pain
point typed as ``=HYPERLINK("http://…")`` would become a live link or worse in the colleague's
spreadsheet. Such text cells get a leading apostrophe, which Excel takes as "this is text" (OWASP's
advice for CSV injection), in both dialects: an "rfc4180" file for a program is opened in a
spreadsheet just as often (LibreOffice and Excel evaluate its cells the same way). Numbers are
written by us and never prefixed, and neither is text that is a plain number ("-3,5"), which no
spreadsheet runs. ``raw=True`` (``--raw``) writes every cell exactly as typed, for a program that
must see the text unchanged.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from werkstatt import i18n
from werkstatt.capture import fields as stepfields
from werkstatt.errors import NotFoundError
from werkstatt.files import write_atomically
from werkstatt.i18n import tr
from werkstatt.interchange.errors import InterchangeError
from werkstatt.model import (
    Lane,
    Measure,
    MeasurePainPoint,
    Organisation,
    PainPoint,
    ProcessModel,
    Step,
    Workshop,
)
from werkstatt.read import findings
from werkstatt.read import model as queries
from werkstatt.store.database import Store

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# A number as text ("-3,5", "+1.000,25") is no formula: a spreadsheet reads it as the number it is.
_PLAIN_NUMBER = re.compile(r"[-+]?[0-9]+(?:[.,][0-9]+)*")
CONTENTS = ("steps", "pain_points", "measures", "votes")


@dataclass(frozen=True)
class Dialect:
    name: str
    encoding: str  # "utf-8-sig" writes the BOM
    delimiter: str
    decimal: str
    language: str  # headers and names of codes
    names: bool  # codes shown by name (Excel) or as stored (programs)


DIALECTS = {
    "excel-de": Dialect("excel-de", "utf-8-sig", ";", ",", "de", True),
    "rfc4180": Dialect("rfc4180", "utf-8", ",", ".", "en", False),
}

Table = tuple[list[str], list[list[Any]]]


def write_csv(store: Store, what: str, ident: str, path: Path, dialect: str = "excel-de", *,
              raw: bool = False) -> Path:
    """Write ``what`` ("steps", "pain_points"/"pain-points", "measures", "votes") of ``ident`` to ``path``.

    Steps belong to a model, pain points and measures to a workshop or a model, vote results to a
    round; ``ident`` may be an unambiguous id prefix. ``raw``: formula-like text is not neutralised.
    """
    path = Path(path)
    data = csv_bytes(store, what, ident, dialect, raw=raw)
    try:
        return write_atomically(path, lambda stream: _write(stream, data))
    except OSError as error:
        raise InterchangeError(tr("CsvExport", "The CSV file cannot be written to {path}: {reason}.", path=path,
                                  reason=error.strerror or error)) from error


def _write(stream: BinaryIO, data: bytes) -> None:
    stream.write(data)


def csv_bytes(store: Store, what: str, ident: str, dialect: str = "excel-de", *, raw: bool = False) -> bytes:
    """The file's bytes (for a preview or a clipboard as well as for ``write_csv``)."""
    chosen = DIALECTS.get(dialect)
    if chosen is None:
        raise InterchangeError(tr("CsvExport", "There is no CSV dialect “{name}”; choose excel-de or rfc4180.",
                                  name=dialect))
    gatherers: dict[str, Callable[[Session, str, Dialect], Table]] = {
        "steps": _steps, "pain_points": _pain_points, "measures": _measures, "votes": _votes}
    gather = gatherers.get(what.replace("-", "_"))
    if gather is None:
        raise InterchangeError(tr("CsvExport", "There is no CSV of “{what}”; choose steps, pain-points, measures "
                                               "or votes.", what=what))
    with i18n.speaking(chosen.language), store.reading() as session:
        header, rows = gather(session, ident, chosen)
    return render(header, rows, chosen, raw=raw)


def render(header: list[str], rows: list[list[Any]], dialect: Dialect, *, raw: bool = False) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=dialect.delimiter, quotechar='"', quoting=csv.QUOTE_MINIMAL,
                        lineterminator="\r\n", doublequote=True)
    writer.writerow([_cell(name, dialect, raw) for name in header])
    for row in rows:
        writer.writerow([_cell(value, dialect, raw) for value in row])
    return buffer.getvalue().encode(dialect.encoding)


def neutralise(text: str) -> str:
    """``text`` as a spreadsheet shows it but never runs it: an apostrophe before what looks like a formula."""
    if text.startswith(FORMULA_STARTS) and not _PLAIN_NUMBER.fullmatch(text):
        return "'" + text
    return text


def _cell(value: Any, dialect: Dialect, raw: bool = False) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return tr("CsvExport", "yes") if value else tr("CsvExport", "no")
    if isinstance(value, int | float):
        return number(value, dialect.decimal)
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y") if dialect.names else value.isoformat()
    text = str(value)
    return text if raw else neutralise(text)


def number(value: float, decimal: str) -> str:
    """A number without exponent or thousands separator: 2400, 1,5 (or 1.5), 0,25."""
    if float(value).is_integer():
        return str(int(value))
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    return text.replace(".", decimal)


def _code(dialect: Dialect, code: str, name: Callable[[str], str]) -> str:
    return name(code) if dialect.names else code


# --- what is written -----------------------------------------------------------------------------


def _steps(session: Session, ident: str, dialect: Dialect) -> Table:
    view = queries.model_view(session, ident)
    header = [tr("CsvExport", "No."), tr("CsvExport", "Lane"), tr("CsvExport", "Kind"), tr("CsvExport", "Step"),
              tr("CsvExport", "Building block"), tr("CsvExport", "Processing time (min)"),
              tr("CsvExport", "Waiting time (min)"), tr("CsvExport", "Probability"), tr("CsvExport", "IT system"),
              tr("CsvExport", "Medium"), tr("CsvExport", "Notes"), tr("CsvExport", "ID")]
    rows = [[number_, step.lane, _code(dialect, step.kind, stepfields.kind_name), step.label, step.block,
             step.processing_minutes, step.waiting_minutes, step.probability, step.it_system,
             _code(dialect, step.medium, stepfields.medium_name) if step.medium else "", step.notes,
             step.id] for number_, step in enumerate(view.steps, start=1)]
    return header, rows


def _scope(session: Session, ident: str) -> tuple[str | None, str | None]:
    """(workshop id, model id): pain points and measures are asked for by workshop or by model."""
    try:
        return queries.find(session, Workshop, ident, "{id}").id, None
    except NotFoundError:
        pass
    try:
        return None, queries.find_model(session, ident).id
    except NotFoundError as error:
        raise NotFoundError(tr("CsvExport", "There is no workshop or process model with the id {id}.",
                               id=ident)) from error


def _model_names(session: Session) -> dict[str, str]:
    return dict(session.execute(select(ProcessModel.id, ProcessModel.name)).tuples().all())


def _pain_points(session: Session, ident: str, dialect: Dialect) -> Table:
    workshop_id, model_id = _scope(session, ident)
    where = PainPoint.workshop_id == workshop_id if workshop_id else PainPoint.model_id == model_id
    found = list(session.scalars(select(PainPoint).where(where, PainPoint.deleted.is_(False))
                                 .order_by(PainPoint.created_at, PainPoint.id)))
    steps = {step.id: step for step in session.scalars(select(Step).where(
        Step.id.in_({p.step_id for p in found if p.step_id}), Step.deleted.is_(False)))}
    lanes = dict(session.execute(select(Lane.id, Lane.name)).tuples().all())
    answered = _live_links(session)
    models = _model_names(session)
    header = [tr("CsvExport", "No."), tr("CsvExport", "Process model"), tr("CsvExport", "Step"),
              tr("CsvExport", "Lane"), tr("CsvExport", "Category"), tr("CsvExport", "Severity"),
              tr("CsvExport", "Pain point"), tr("CsvExport", "Measures"), tr("CsvExport", "ID")]
    rows = []
    for index, point in enumerate(found, start=1):
        step = steps.get(point.step_id or "")
        rows.append([index, models.get(point.model_id, ""), step.label if step else tr("CsvExport", "(whole process)"),
                     lanes.get(step.lane_id, "") if step else "",
                     _code(dialect, point.category, findings.category_name), point.severity, point.text,
                     sum(1 for _measure, pain_point in answered if pain_point == point.id), point.id])
    return header, rows


def _live_links(session: Session) -> list[tuple[str, str]]:
    return list(session.execute(
        select(MeasurePainPoint.measure_id, MeasurePainPoint.pain_point_id)
        .join(Measure, Measure.id == MeasurePainPoint.measure_id)
        .join(PainPoint, PainPoint.id == MeasurePainPoint.pain_point_id)
        .where(MeasurePainPoint.deleted.is_(False), Measure.deleted.is_(False), PainPoint.deleted.is_(False))
    ).tuples().all())


def _measures(session: Session, ident: str, dialect: Dialect) -> Table:
    workshop_id, model_id = _scope(session, ident)
    where = Measure.workshop_id == workshop_id if workshop_id else Measure.model_id == model_id
    found = list(session.scalars(select(Measure).where(where, Measure.deleted.is_(False))
                                 .order_by(Measure.created_at, Measure.id)))
    texts = dict(session.execute(select(PainPoint.id, PainPoint.text)).tuples().all())
    links = _live_links(session)
    organisations = dict(session.execute(select(Organisation.id, Organisation.name)).tuples().all())
    models = _model_names(session)
    header = [tr("CsvExport", "No."), tr("CsvExport", "Process model"), tr("CsvExport", "Measure"),
              tr("CsvExport", "Responsible organisation"), tr("CsvExport", "Responsible"), tr("CsvExport", "Due"),
              tr("CsvExport", "Status"), tr("CsvExport", "Effort"), tr("CsvExport", "Impact"),
              tr("CsvExport", "Pain points"), tr("CsvExport", "ID")]
    rows = []
    for index, measure in enumerate(found, start=1):
        answers = [texts[pain_point] for linked, pain_point in links if linked == measure.id]
        rows.append([index, models.get(measure.model_id or "", ""), measure.text,
                     organisations.get(measure.owner_organisation_id or "", ""), measure.owner, measure.due_date,
                     _code(dialect, measure.status, findings.status_name), measure.effort, measure.impact,
                     " | ".join(answers), measure.id])
    return header, rows


def _votes(session: Session, ident: str, dialect: Dialect) -> Table:
    from werkstatt.voting.cli import round_result
    from werkstatt.voting.display import quadrant_name

    result = round_result(session, ident)
    kinds = {"pain_point": tr("CsvExport", "pain point"), "measure": tr("CsvExport", "measure"),
             "status_quo": tr("CsvExport", "keep as is")}
    header = [tr("CsvExport", "Rank"), tr("CsvExport", "Item"), tr("CsvExport", "Kind"), tr("CsvExport", "Total"),
              tr("CsvExport", "Effort"), tr("CsvExport", "Benefit"), tr("CsvExport", "Quadrant"),
              tr("CsvExport", "ID")]
    rows = [[item.rank, item.label, kinds.get(item.kind, item.kind) if dialect.names else item.kind, item.total,
             item.effort, item.benefit,
             (quadrant_name(item.quadrant) if dialect.names else item.quadrant) if item.quadrant else "",
             item.target_id or item.option_id] for item in result.items]
    return header, rows


__all__ = ["CONTENTS", "DIALECTS", "csv_bytes", "neutralise", "number", "render", "write_csv"]
