"""Write a process model as a diagram file: SVG, PNG, Graphviz DOT or a one-page PDF."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from werkstatt import queries
from werkstatt.errors import WerkstattError
from werkstatt.i18n import tr
from werkstatt.layout import ProcessGraph, layout
from werkstatt.store import Store

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
    data = render(ProcessGraph.from_view(view), fmt, view.model["name"])
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{out.name}.", dir=out.parent if str(out.parent) else ".")
    except OSError as error:
        raise WerkstattError(tr("Export", "{path} cannot be written: {reason}.", path=out,
                                reason=error.strerror or error)) from error
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.chmod(temporary, 0o666 & ~_umask())  # mkstemp makes 0600; a diagram is no secret
        os.replace(temporary, out)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise WerkstattError(tr("Export", "{path} cannot be written: {reason}.", path=out,
                                reason=error.strerror or error)) from error
    return out


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
