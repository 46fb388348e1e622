"""The process map (*Prozesslandkarte*): every register entry, grouped by NKF product area.

This module gathers what the map shows (one query, no query per process) and sums it up per area.
The PDF is paged by ``process_map_pdf`` (an overview, then A4/A3 pages per area), because a single
page of 20,000 boxes is metres tall and beyond what PDF viewers open. SVG, PNG and DOT stay one
picture drawn by Graphviz, for the window's dialog and for small registers.

Graphviz lays it out with its ``osage`` engine (run through the ``dot`` program), which packs clusters
without edges into a grid in the order given, so the areas read 01, 02, … like the product plan.
Colour shows the status on a sequential blue scale that colour-blind readers see as light to dark,
and the status is written on every box as well, so the colour is never the only hint.
"""

from __future__ import annotations

import math
import shutil
import subprocess
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pydot
from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from werkstatt.capture.textmatch import fold
from werkstatt.errors import WerkstattError
from werkstatt.files import write_atomically
from werkstatt.i18n import speaking, tr
from werkstatt.library import status_word
from werkstatt.library.product_areas import area_sort_key
from werkstatt.model import PROCESS_STATUSES, Organisation, Process, ProcessModel
from werkstatt.store.database import Store
from werkstatt.sync.ownership import library_owners

LABEL_WIDTH = 28
FORMATS = ("svg", "pdf", "png", "dot")
FONT = '"Liberation Sans"'
# ColorBrewer "Blues": a single-hue ramp, safe for every kind of colour blindness; (fill, text colour).
STATUS_COLOURS = {
    "identified": ("#f7fbff", "#000000"),
    "in_survey": ("#c6dbef", "#000000"),
    "modelled": ("#6baed6", "#000000"),
    "optimised": ("#2171b5", "#ffffff"),
    "implemented": ("#08306b", "#ffffff"),
}
DOT_TIMEOUT = 120


class ProcessMapError(WerkstattError):
    """The process map cannot be drawn or written."""


@dataclass(frozen=True, slots=True)
class MapEntry:
    id: str
    name: str
    product_area: str
    status: str
    lead_short_name: str
    is_library: bool
    register_key: str = ""
    model_count: int = 0


@dataclass
class AreaSummary:
    """One product area on the overview: how many processes, by status and by lead organisation."""

    area: str
    count: int = 0
    by_status: Counter[str] = field(default_factory=Counter)
    by_lead: Counter[str] = field(default_factory=Counter)
    library: int = 0


def wrap(text: str, width: int = LABEL_WIDTH) -> list[str]:
    """Lines of at most ``width`` characters, broken between words; a longer word is cut where it must be."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        while len(word) > width:
            if line:
                lines.append(line)
                line = ""
            lines.append(word[:width - 1] + "-")
            word = word[width - 1:]
        if not line:
            line = word
        elif len(line) + 1 + len(word) <= width:
            line += " " + word
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines


def map_entries(session: Session) -> list[MapEntry]:
    """Every live process, sorted as the library sorts them: product area in plan order, then name.

    One query with the model counts grouped once (a correlated count per process scanned all models
    for every process); the rows come through the connection, without the ORM's per-row work.
    """
    library = library_owners(session, "processes")
    lead = aliased(Organisation)
    models = (select(ProcessModel.process_id, func.count().label("models"))
              .where(ProcessModel.deleted.is_(False)).group_by(ProcessModel.process_id).subquery())
    rows = session.connection().execute(
        select(Process.id, Process.name, Process.product_area, Process.status, lead.short_name, lead.name,
               Process.register_key, models.c.models)
        .outerjoin(lead, lead.id == Process.lead_organisation_id)
        .outerjoin(models, models.c.process_id == Process.id)
        .where(Process.deleted.is_(False)))
    area_keys: dict[str, tuple[int, int, str]] = {}
    keyed: list[tuple[tuple[int, int, str], str, str, MapEntry]] = []
    for process_id, name, area, status, short, lead_name, key, count in rows:
        area = (area or "").strip()
        if area not in area_keys:
            area_keys[area] = area_sort_key(area)
        keyed.append((area_keys[area], fold(name), process_id, MapEntry(
            process_id, name, area, status, short or lead_name or "", process_id in library, key or "",
            int(count or 0))))
    keyed.sort(key=lambda item: item[:3])
    return [item[3] for item in keyed]


def by_area(entries: list[MapEntry]) -> dict[str, list[MapEntry]]:
    """The sorted entries grouped by area, the areas in the order they come."""
    areas: dict[str, list[MapEntry]] = {}
    for entry in entries:
        areas.setdefault(entry.product_area, []).append(entry)
    return areas


def summarise(entries: list[MapEntry]) -> list[AreaSummary]:
    """Per area (in plan order) the counts the overview page shows."""
    summaries: dict[str, AreaSummary] = {}
    for entry in entries:
        summary = summaries.get(entry.product_area)
        if summary is None:
            summary = summaries[entry.product_area] = AreaSummary(entry.product_area)
        summary.count += 1
        summary.by_status[entry.status] += 1
        summary.by_lead[entry.lead_short_name] += 1
        summary.library += entry.is_library
    return list(summaries.values())


def area_title(area: str) -> str:
    return area or tr("ProcessMapFile", "without product area")


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _label(lines: list[str]) -> str:
    r"""A DOT label of centred lines (each line ends in \n, the DOT escape for a centred line break)."""
    escaped = [line.replace("\\", "\\\\").replace('"', '\\"') for line in lines]
    return '"' + "\\n".join(escaped) + '"'


def _columns(count: int, most: int) -> int:
    return max(1, min(most, math.ceil(math.sqrt(count))))


def process_map_graph(session: Session, *, language: str | None = None) -> pydot.Dot:
    """The map as a pydot graph; ``language`` chooses the words on it (None: the current language)."""
    with speaking(language):
        return _graph(map_entries(session))


def _graph(entries: list[MapEntry]) -> pydot.Dot:
    areas = by_area(entries)
    graph = pydot.Dot("process_map", graph_type="graph", layout="osage", fontname=FONT,
                      packmode=_quote(f"array_u{_columns(len(areas) + 1, 3)}"), pad="0.3",
                      label=_quote(tr("ProcessMapFile", "Process map")), labelloc="t", fontsize="20")
    graph.set_node_defaults(shape="box", style='"rounded,filled"', fontname=FONT, fontsize="11", margin="0.12,0.06",
                            color="#333333")
    number = 0
    for position, (area, members) in enumerate(areas.items(), start=1):
        title = area_title(area)
        cluster = pydot.Cluster(f"area{position}", label=_quote(title), sortv=str(position), fontname=FONT,
                                fontsize="14", style="rounded", color="#555555",
                                packmode=_quote(f"array_u{_columns(len(members), 4)}"))
        for index, entry in enumerate(members, start=1):
            number += 1
            fill, ink = STATUS_COLOURS.get(entry.status, ("#ffffff", "#000000"))
            detail = status_word(entry.status)
            if entry.lead_short_name:
                detail += " · " + entry.lead_short_name
            style = '"rounded,filled,dashed"' if entry.is_library else '"rounded,filled"'
            cluster.add_node(pydot.Node(f"p{number}", label=_label([*wrap(entry.name), f"[{detail}]"]),
                                        fillcolor=_quote(fill), fontcolor=_quote(ink), style=style,
                                        sortv=str(index), tooltip=_quote(entry.name)))
        graph.add_subgraph(cluster)
    graph.add_subgraph(_legend(len(areas) + 1))
    return graph


def _legend(position: int) -> pydot.Cluster:
    legend = pydot.Cluster("legend", label=_quote(tr("ProcessMapFile", "Legend")), sortv=str(position), fontname=FONT,
                           fontsize="14", style="rounded,dashed", color="#999999", packmode='"array_u3"')
    for index, status in enumerate(PROCESS_STATUSES, start=1):
        fill, ink = STATUS_COLOURS[status]
        legend.add_node(pydot.Node(f"legend_{status}", label=_quote(status_word(status)), fillcolor=_quote(fill),
                                   fontcolor=_quote(ink), sortv=str(index)))
    legend.add_node(pydot.Node("legend_library", label=_label(wrap(tr(
        "ProcessMapFile", "dashed: from another organisation's library"), 22)), fillcolor='"#ffffff"',
        style='"rounded,filled,dashed"', sortv=str(len(PROCESS_STATUSES) + 1)))
    legend.add_node(pydot.Node("legend_lead", label=_label(wrap(tr(
        "ProcessMapFile", "[status · lead organisation]"), 22)), fillcolor='"#ffffff"', shape="plaintext",
        sortv=str(len(PROCESS_STATUSES) + 2)))
    return legend


def format_of(path: Path) -> str:
    fmt = Path(path).suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise ProcessMapError(tr("ProcessMapFile",
                                 "Unknown format {format}: the file name must end in .svg, .pdf, .png "
                                               "or .dot.", format=fmt or "?"))
    return fmt


def render_graph(graph: pydot.Dot, fmt: str) -> bytes:
    """The map in ``fmt``, drawn by Graphviz (the DOT text needs no Graphviz)."""
    source = graph.to_string()
    if fmt == "dot":
        return source.encode("utf-8")
    program = shutil.which("dot")
    if program is None:
        raise ProcessMapError(tr("ProcessMapFile",
                                 "Graphviz is not installed (the program dot is missing): install the "
                                               "package graphviz."))
    try:
        result = subprocess.run([program, f"-T{fmt}"], input=source.encode("utf-8"), capture_output=True,
                                timeout=DOT_TIMEOUT, check=False)
    except (OSError, subprocess.TimeoutExpired) as error:
        raise ProcessMapError(tr("ProcessMapFile", "Graphviz could not draw the process map: {reason}.",
                                 reason=getattr(error, "strerror", None) or str(error))) from error
    if result.returncode != 0 or not result.stdout:
        reason = result.stderr.decode("utf-8", "replace").strip().splitlines()
        raise ProcessMapError(tr("ProcessMapFile", "Graphviz could not draw the process map: {reason}.",
                                 reason=reason[0] if reason else f"exit code {result.returncode}"))
    return result.stdout


def render_process_map(session: Session, path: Path, *, fmt: str | None = None, language: str | None = None,
                       paper: str = "A4") -> Path:
    """Write the map to ``path`` (format from its suffix unless given), replacing a file only by a complete one.

    A PDF is paged (an overview, then pages of ``paper`` size per product area); the other formats are
    one Graphviz picture.
    """
    path = Path(path)
    fmt = fmt or format_of(path)
    if fmt not in FORMATS:
        raise ProcessMapError(tr("ProcessMapFile",
                                 "Unknown format {format}: the file name must end in .svg, .pdf, .png "
                                               "or .dot.", format=fmt))
    if path.is_dir():
        raise ProcessMapError(tr("ProcessMapFile", "{path} is a folder; give a file name.", path=str(path)))
    if fmt == "pdf":
        from werkstatt.library.process_map_pdf import map_pdf

        with speaking(language):
            data = map_pdf(map_entries(session), paper=paper)
    else:
        data = render_graph(process_map_graph(session, language=language), fmt)
    try:
        return write_atomically(path, lambda stream: stream.write(data))
    except OSError as error:
        raise ProcessMapError(tr("ProcessMapFile", "{path} cannot be written: {reason}.", path=str(path),
                                 reason=error.strerror or str(error))) from error


def write_map(store: Store, out: Path, *, paper: str = "A4", language: str | None = None) -> Path:
    """The map of the store's register written to ``out``; the file written. Errors are ProcessMapError
    sentences; ``werkstatt map`` (library/cli.py) says where it wrote."""
    with store.reading() as session:
        return render_process_map(session, out, language=language, paper=paper)
