"""Write a process model as a diagram file: SVG, PNG, Graphviz DOT or a one-page PDF."""

from __future__ import annotations

from pathlib import Path

from werkstatt.errors import WerkstattError
from werkstatt.files import write_atomically
from werkstatt.i18n import tr
from werkstatt.layout import ProcessGraph, layout
from werkstatt.read import model as queries
from werkstatt.store.database import Store

FORMATS = ("svg", "png", "dot", "pdf")


def render(graph: ProcessGraph, fmt: str, title: str) -> bytes:
    if fmt == "dot":
        from werkstatt.render.dot import to_dot

        return to_dot(graph).encode("utf-8")
    diagram = layout(graph)
    if fmt == "svg":
        from werkstatt.render.svg import to_svg

        return to_svg(diagram, title=title).encode("utf-8")
    if fmt == "png":
        from werkstatt.render.png import to_png_bytes

        return to_png_bytes(diagram)
    if fmt == "pdf":
        from werkstatt.render.pdf import to_pdf_bytes

        return to_pdf_bytes(diagram, title=title)
    raise WerkstattError(tr("Export", "Unknown format {format}: choose svg, png, dot or pdf.", format=fmt))


def export_model(store: Store, model_id: str, fmt: str, out: Path) -> Path:
    """Render and write atomically: a failed export leaves no half file and no damaged old one."""
    if fmt not in FORMATS:
        raise WerkstattError(tr("Export", "Unknown format {format}: choose svg, png, dot or pdf.", format=fmt))
    out = Path(out)
    if out.is_dir():
        raise WerkstattError(tr("Export", "{path} is a folder; give a file name.", path=out))
    with store.read_session() as session:
        view = queries.model_view(session, model_id)
    data = render(ProcessGraph.from_view(view), fmt, view.model.name)
    try:
        return write_atomically(out, lambda stream: stream.write(data))
    except OSError as error:
        raise WerkstattError(tr("Export", "{path} cannot be written: {reason}.", path=out,
                                reason=error.strerror or error)) from error

