"""The protocol as one PDF that is PDF/A-3a and PDF/UA-1 at once, with its attachments (issue 19).

WeasyPrint lays out the HTML of ``werkstatt.protocol.html`` and writes a tagged PDF/A-3a (structure
tree, sRGB output intent, embedded fonts, associated files). The XMP it writes names only PDF/A,
so the ``finisher`` replaces the metadata stream with one that carries both identifications, the
PDF/A extension schema that declares the ``pdfuaid`` namespace (without it PDF/A validators reject
the property) and the same title, author, producer and dates as the Info dictionary.

Progress and cancel ride on WeasyPrint's progress log ("Step 5 - Creating layout - Page 3"): a
filter on that logger, for records of the rendering thread only, reports each step and raises
``ProtocolCancelled`` when asked to stop — the exception leaves the logging call and ends the render.
"""

from __future__ import annotations

import atexit
import contextlib
import datetime as dt
import errno
import io
import logging
import re
import threading
import warnings
from collections.abc import Callable, Sequence
from importlib import resources
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

import werkstatt
from werkstatt import errors, i18n
from werkstatt.errors import WerkstattError
from werkstatt.files import write_atomically
from werkstatt.i18n import tr
from werkstatt.protocol.content_types import AttachmentFile, Protocol
from werkstatt.render import fonts

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
PROGRESS_LOGGER = "weasyprint.progress"
NS = {"x": "adobe:ns:meta/", "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
      "dc": "http://purl.org/dc/elements/1.1/", "pdf": "http://ns.adobe.com/pdf/1.3/",
      "xmp": "http://ns.adobe.com/xap/1.0/", "pdfaid": "http://www.aiim.org/pdfa/ns/id/",
      "pdfuaid": "http://www.aiim.org/pdfua/ns/id/", "pdfaExtension": "http://www.aiim.org/pdfa/ns/extension/",
      "pdfaSchema": "http://www.aiim.org/pdfa/ns/schema#", "pdfaProperty": "http://www.aiim.org/pdfa/ns/property#"}


class ProtocolCancelled(errors.Cancelled):
    """The user stopped the export; no file was written. A ``werkstatt.errors.Cancelled``, so that whoever
    runs the export in the background tells a stop from a failure without knowing the protocol."""


def _cancel_message() -> str:
    return tr("ProtocolPdf", "The protocol was not written: the export was cancelled.")


class _Watch(logging.Filter):
    """Turns WeasyPrint's progress log of one thread into progress reports and the cancel check."""

    def __init__(self, progress: Progress | None, cancelled: Cancelled | None, estimate: int) -> None:
        super().__init__()
        self.thread = threading.get_ident()
        self.progress, self.cancelled = progress, cancelled
        self.total = max(estimate, 1) + 12  # 5 steps before the layout, the pages, the PDF steps
        self.done = 0

    def step(self, done: int, *, last: bool = False) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ProtocolCancelled(_cancel_message())
        done = max(self.done, done)
        self.total = done if last else max(self.total, done + 6)  # more pages than estimated: the end moves
        self.done = done
        if self.progress is not None:
            self.progress(self.done, self.total)

    def filter(self, record: logging.LogRecord) -> bool:
        if threading.get_ident() != self.thread:
            return True  # another thread's render: its own filter answers
        message = record.getMessage()
        page = re.search(r"Page (\d+)", message)
        step = re.match(r"Step (\d)", message)
        if page:
            self.step(5 + int(page.group(1)))
        elif step:
            number = int(step.group(1))
            self.step(number if number < 6 else self.total - 8 + number)
        return False  # handled here; nothing for the application's log


_level_lock = threading.Lock()
_watchers = 0
_previous_level = logging.NOTSET


@contextlib.contextmanager
def _watching(watch: _Watch):
    global _watchers, _previous_level
    logger = logging.getLogger(PROGRESS_LOGGER)
    with _level_lock:
        if _watchers == 0:
            _previous_level = logger.level
            logger.setLevel(logging.INFO)  # else info records never reach the filter
        _watchers += 1
    logger.addFilter(watch)
    try:
        yield watch
    finally:
        logger.removeFilter(watch)
        with _level_lock:
            _watchers -= 1
            if _watchers == 0:
                logger.setLevel(_previous_level)


def _estimate_pages(protocol: Protocol) -> int:
    rows = len(protocol.measures) + len(protocol.participants) + sum(len(m.steps) + len(m.pain_points)
                                                                     for m in protocol.models)
    return 5 + 4 * len(protocol.models) + rows // 30 + len(protocol.photos)


def _pdf_date(moment: dt.datetime) -> str:
    return moment.strftime("D:%Y%m%d%H%M%S+00'00'")


def _xmp(meta: dict[str, str], lang: str) -> bytes:
    """The XMP packet: PDF/A-3a and PDF/UA-1, the extension schema for pdfuaid, the document's description."""
    e = escape
    names = " ".join(f'xmlns:{prefix}="{uri}"' for prefix, uri in NS.items() if prefix != "x")
    keywords = f"<pdf:Keywords>{e(meta['keywords'])}</pdf:Keywords>" if meta["keywords"] else ""
    body = f"""<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="{NS['rdf']}">
<rdf:Description rdf:about="" {names}>
<pdfaid:part>3</pdfaid:part>
<pdfaid:conformance>A</pdfaid:conformance>
<pdfuaid:part>1</pdfuaid:part>
<dc:format>application/pdf</dc:format>
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{e(meta['title'])}</rdf:li>\
<rdf:li xml:lang="{lang}">{e(meta['title'])}</rdf:li></rdf:Alt></dc:title>
<dc:creator><rdf:Seq><rdf:li>{e(meta['author'])}</rdf:li></rdf:Seq></dc:creator>
<dc:description><rdf:Alt><rdf:li xml:lang="x-default">{e(meta['subject'])}</rdf:li></rdf:Alt></dc:description>
<dc:language><rdf:Bag><rdf:li>{lang}</rdf:li></rdf:Bag></dc:language>
<pdf:Producer>{e(meta['producer'])}</pdf:Producer>
{keywords}
<xmp:CreatorTool>{e(meta['creator'])}</xmp:CreatorTool>
<xmp:CreateDate>{meta['date']}</xmp:CreateDate>
<xmp:ModifyDate>{meta['date']}</xmp:ModifyDate>
<xmp:MetadataDate>{meta['date']}</xmp:MetadataDate>
<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
<pdfaSchema:namespaceURI>{NS['pdfuaid']}</pdfaSchema:namespaceURI>
<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">
<pdfaProperty:name>part</pdfaProperty:name>
<pdfaProperty:valueType>Integer</pdfaProperty:valueType>
<pdfaProperty:category>internal</pdfaProperty:category>
<pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>
</rdf:li></rdf:Seq></pdfaSchema:property>
</rdf:li></rdf:Bag></pdfaExtension:schemas>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>"""
    return ('<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n' + body
            + '\n<?xpacket end="w"?>').encode("utf-8")


def _finisher(meta: dict[str, str], lang: str, attachments: Sequence[AttachmentFile], link_text: dict[str, str]):
    """Rewrites the XMP and the Info dictionary alike, gives each attachment its media type, each header
    cell its scope and each link its description."""
    import pydyf

    media = {item.name: item.media_type for item in attachments}

    def finish(_document, pdf) -> None:
        moment = dt.datetime.now(dt.UTC).replace(microsecond=0)
        meta["date"] = moment.strftime("%Y-%m-%dT%H:%M:%S+00:00")
        for key, value in (("Title", meta["title"]), ("Author", meta["author"]), ("Subject", meta["subject"]),
                           ("Creator", meta["creator"]), ("Producer", meta["producer"])):
            pdf.info[key] = pydyf.String(value)
        if meta["keywords"]:
            pdf.info["Keywords"] = pydyf.String(meta["keywords"])
        else:
            pdf.info.pop("Keywords", None)
        pdf.info["CreationDate"] = pdf.info["ModDate"] = pydyf.String(_pdf_date(moment))
        stream = pdf.objects[_number(pdf.catalog["Metadata"])]
        stream.stream = [_xmp(meta, lang)]
        stream.compress = False  # PDF/A: the metadata stays readable without decoding
        stream.extra.pop("Filter", None)
        pdf.catalog["ViewerPreferences"] = pydyf.Dictionary({"DisplayDocTitle": "true"})
        for obj in pdf.objects:
            if not isinstance(obj, dict):
                continue
            if obj.get("Type") == "/StructElem" and obj.get("S") == "/TH":
                _scope(pdf, obj)
            elif obj.get("Subtype") == "/Link" and "Dest" in obj:
                target = _string_value(obj["Dest"])
                obj["Contents"] = pydyf.String(link_text.get(target, obj.get("Contents", target)))
            elif obj.get("Type") == "/Filespec" and "EF" in obj:
                name = _string_value(obj["UF"])
                file_stream = pdf.objects[_number(obj["EF"]["F"])]
                if name in media:
                    file_stream.extra["Subtype"] = "/" + media[name].replace("/", "#2f")

    return finish


def _scope(pdf, cell: dict) -> None:
    """A header cell's scope (PDF/UA): Column in the table's head, Row in its body (``th scope=row``)."""
    import pydyf

    row = pdf.objects[_number(cell["P"])] if "P" in cell else None
    group = pdf.objects[_number(row["P"])] if isinstance(row, dict) and "P" in row else None
    scope = "/Column" if isinstance(group, dict) and group.get("S") == "/THead" else "/Row"
    cell.setdefault("A", pydyf.Dictionary({"O": "/Table"}))["Scope"] = scope


def _number(reference: object) -> int:
    """The object number of a pydyf reference ("12 0 R", as str or bytes)."""
    text = reference.decode("ascii") if isinstance(reference, bytes) else str(reference)
    return int(text.split()[0])


def _string_value(value: object) -> str:
    return value.string if hasattr(value, "string") else str(value)


def _fetcher(images: dict[str, tuple[bytes, str]], fonts_used: set[Path]):
    """Serves the protocol's images and the font files, and nothing else: no network, no other file."""
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    allowed = {path.as_uri(): path for path in fonts_used}

    class Fetcher(URLFetcher):
        def fetch(self, url, headers=None):
            if url in images:
                data, media_type = images[url]
                return URLFetcherResponse(url, body=data, headers={"Content-Type": media_type})
            if url in allowed:
                return URLFetcherResponse(url, body=allowed[url].read_bytes(), headers={"Content-Type": "font/ttf"})
            raise ValueError(f"not part of the protocol: {url[:80]}")

    return Fetcher()


_styles = threading.local()  # per thread: a font configuration is a Pango font map, not for two threads at once


def _style(files: dict[str, Path], *, paper: str, footer: str, page_label: tuple[str, str, str]):
    """The parsed stylesheet and the font configuration that holds its ``@font-face`` fonts, made once per
    thread and kept while paper, texts and font files stay the same: parsing the CSS and loading the fonts
    again cost every render, and the shaped glyphs Pango caches live in the font configuration."""
    import weasyprint
    from weasyprint.text.fonts import FontConfiguration

    from werkstatt.protocol.html_style import stylesheet

    key = (paper, footer, page_label, tuple(sorted((style, str(path)) for style, path in files.items())))
    cached = getattr(_styles, "cached", None)
    if cached is None or cached[0] != key:
        font_config = FontConfiguration()
        css = weasyprint.CSS(string=stylesheet(files, paper=paper, footer=footer, page_label=page_label),
                             font_config=font_config, url_fetcher=_fetcher({}, set(files.values())))
        _styles.cached = cached = (key, css, font_config)
    return cached[1], cached[2]


def _forget_styles() -> None:
    """Drops this thread's font configuration before the interpreter shuts down: its ``__del__`` removes a
    folder of font files and fails once the modules it needs are gone."""
    _styles.cached = None


atexit.register(_forget_styles)  # other threads' caches go with their thread; the main thread's at exit


def _render(protocol: Protocol, target: BinaryIO, *, attachments: Sequence[AttachmentFile], paper: str,
            progress: Progress | None, cancelled: Cancelled | None) -> None:
    import weasyprint

    from werkstatt.protocol import diagram_paper_text
    from werkstatt.protocol.html import build, document_author, document_subject, document_title, language_tag

    diagram_paper_text.install()  # diagram labels drawn as one run each, not letter by letter (2.3× faster)

    lang = i18n.language()
    watch = _Watch(progress, cancelled, _estimate_pages(protocol))
    watch.step(0)
    with contextlib.ExitStack() as stack:
        files = {style: stack.enter_context(resources.as_file(
            resources.files("werkstatt.resources").joinpath("fonts", name))) for style, name in fonts.FILES.items()}
        before, _, rest = tr("ProtocolPdf", "Page {page} of {pages}", page="\x00", pages="\x01").partition("\x00")
        between, _, after = rest.partition("\x01")
        css, font_config = _style(files, paper=paper, footer=tr("ProtocolPdf", "Protocol of the process workshop"),
                                  page_label=(before, between, after))
        markup, b = build(protocol, lang=lang, paper=paper, attachments=attachments)
        watch.step(1)
        version = f"Werkstatt {werkstatt.__version__}"
        meta = {"title": document_title(b), "author": document_author(b), "subject": document_subject(b),
                "keywords": ", ".join(b.text.line(o) for o in protocol.organisations),
                "creator": version, "producer": f"{version} (WeasyPrint {weasyprint.__version__})"}
        embedded = [weasyprint.Attachment(file_obj=io.BytesIO(item.data), name=item.name,
                                          description=b.text.line(item.description), relationship=item.relationship)
                     for item in attachments]
        with _watching(watch):
            fetcher = _fetcher(b.resources, set(files.values()))
            document = weasyprint.HTML(string=markup, base_url=files["regular"].parent.as_uri() + "/",
                                       url_fetcher=fetcher).render(font_config=font_config, stylesheets=[css],
                                                                   pdf_variant="pdf/a-3a")
            watch.step(watch.total - 3)
            with warnings.catch_warnings():
                # WeasyPrint 70 opens its sRGB profile for the output intent and never closes the file.
                warnings.filterwarnings("ignore", message=r".*sRGB2014\.icc", category=ResourceWarning)
                document.write_pdf(target, pdf_variant="pdf/a-3a", attachments=embedded, uncompressed_pdf=False,
                                   finisher=_finisher(meta, language_tag(lang), attachments, b.link_text))
    watch.step(watch.total, last=True)


# --- writing the file --------------------------------------------------------------------------------


def _sentence(error: OSError, out: Path) -> str:
    """One sentence for an error of the file system, naming what the user can fix."""
    if isinstance(error, FileNotFoundError) and not out.parent.is_dir():
        return tr("ProtocolPdf", "The folder {folder} does not exist.", folder=str(out.parent))
    if isinstance(error, PermissionError):
        return tr("ProtocolPdf", "You may not write to {path}: permission denied.", path=str(out))
    if isinstance(error, IsADirectoryError) or out.is_dir():
        return tr("ProtocolPdf", "{path} is a folder, not a file name.", path=str(out))
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return tr("ProtocolPdf", "The disk is full; the protocol {path} could not be written.", path=str(out))
    return tr("ProtocolPdf", "The protocol could not be written to {path}: {reason}.", path=str(out),
              reason=error.strerror or str(error))


def write_protocol(protocol: Protocol, out: Path, *, attachments: Sequence[AttachmentFile] = (), paper: str = "A4",
                   progress: Progress | None = None, cancelled: Cancelled | None = None) -> Path:
    """Render ``protocol`` to ``out`` as PDF/A-3a + PDF/UA-1 with ``attachments`` embedded, all or nothing.

    The PDF is written to a temporary file in the same folder and renamed over ``out`` only when it
    is complete, so an existing file is never left half overwritten. File system errors become a
    ``WerkstattError`` with one sentence; ``cancelled()`` returning true stops the export with
    ``ProtocolCancelled`` and leaves nothing behind. ``paper`` ("A4" or "A3") is the size of the
    diagram pages.
    """
    out = Path(out)
    if cancelled is not None and cancelled():
        raise ProtocolCancelled(_cancel_message())

    def write(target: BinaryIO) -> None:
        _render(protocol, target, attachments=attachments, paper=paper, progress=progress, cancelled=cancelled)

    try:
        return write_atomically(out, write)
    except OSError as error:
        raise WerkstattError(_sentence(error, out)) from error
