"""The protocol as one HTML document, for WeasyPrint to lay out as a tagged PDF (``werkstatt.protocol.pdf``).

The HTML is what makes the PDF accessible: real ``h1``–``h3`` become the headings of the structure
tree and the outline, ``table``/``thead``/``th scope`` become tables with header cells, ``figure``
and ``img alt`` become figures with alternative text, ``a href`` becomes a link with a description.
Every user text goes through ``Text.html``: control characters out, characters the embedded font
cannot draw (emoji, scripts without glyphs) shown as □ instead of pulling in a system font, then
escaped with ``html.escape``. Nothing is cut: a table row may split across pages, so the old
appendix of full texts is gone.
"""

from __future__ import annotations

import base64
import html
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache

from werkstatt import i18n
from werkstatt.i18n import tr
from werkstatt.protocol.content_types import AttachmentFile, Protocol
from werkstatt.render import fonts

LONG_WORD = re.compile(r"\b[^\W\d_]{9,60}\b")  # letters only; longer runs are no words to hyphenate
SOFT_HYPHEN = "\u00ad"
RESOURCE_SCHEME = "werkstatt-resource"
REPLACEMENT = "\u25a1"  # □: visible where the font has no glyph
LANGS = {"de": "de-DE", "en": "en-GB"}


@cache
def _dictionary(lang: str):
    import pyphen

    return pyphen.Pyphen(lang="de_DE" if lang == "de" else "en_GB")


@lru_cache(maxsize=20_000)
def _hyphenated(word: str, lang: str) -> str:
    return _dictionary(lang).inserted(word, hyphen=SOFT_HYPHEN)


@cache
def _covered() -> frozenset[str]:
    """The characters all four embedded faces can draw."""
    import io

    from fontTools.ttLib import TTFont

    covered: set[str] | None = None
    for style in fonts.FILES:
        chars = {chr(code) for code in TTFont(io.BytesIO(fonts.font_bytes(style))).getBestCmap()}
        covered = chars if covered is None else covered & chars
    return frozenset(covered or ()) | {"\n"}


class Text:
    """User text made safe for the HTML and drawable with the embedded font."""

    def __init__(self) -> None:
        self._covered = _covered()
        self._fixes: dict[int, str] = {}  # per character, so a long text costs one set difference

    def _fix(self, char: str) -> str:
        if char in "\t\r":
            return " "
        category = unicodedata.category(char)
        if category in ("Mn", "Me", "Cf", "Cc", "Cs", "Co", "Cn") or 0xFE00 <= ord(char) <= 0xFE0F:
            return ""  # joiners, variation selectors, direction marks, control characters: invisible anyway
        return " " if category.startswith("Z") else REPLACEMENT

    def plain(self, text: object) -> str:
        """Drawable characters only, no markup (for metadata and alternative texts)."""
        text = unicodedata.normalize("NFC", "" if text is None else str(text))
        missing = set(text) - self._covered
        if missing:
            for char in missing:
                if ord(char) not in self._fixes:
                    self._fixes[ord(char)] = self._fix(char)
            text = text.translate(self._fixes)
        return text

    def line(self, text: object) -> str:
        """One line: whitespace runs (line breaks included) become one space."""
        return " ".join(self.plain(text).split())

    def html(self, text: object, lang: str | None = None) -> str:
        """Escaped for HTML, line breaks kept; with ``lang``, soft hyphens in long words.

        Table cells are not hyphenated by the layout (too slow, see ``html_style``), so long words get
        their possible break points here, from the same pyphen dictionaries: a word broken in a narrow
        column carries its hyphen ("Fahrerlaubnis-behörde"), never a bare cut.
        """
        text = self.plain(text)
        if lang is not None and LONG_WORD.search(text):
            text = LONG_WORD.sub(lambda match: _hyphenated(match.group(0), lang), text)
        return html.escape(text).replace("\n", "<br>")


def attr(text: str) -> str:
    return html.escape(text, quote=True)


@dataclass
class Contents:
    """The headings that go into the table of contents, with the ids their links point to."""

    entries: list[tuple[int, str, str]] = field(default_factory=list)  # (level, id, text as HTML)

    def html(self) -> str:
        # The page number sits outside the link: generated content inside an ``a`` nests a Link in a Link.
        items = "".join(f'<li class="level-{level}"><span class="page" data-ref="#{ident}"></span>'
                        f'<a href="#{ident}">{text}</a></li>' for level, ident, text in self.entries)
        return f"<ul>{items}</ul>" if items else ""


class Builder:
    """Helpers the section writers share: escaped text, headings with ids, ruled tables."""

    def __init__(self, protocol: Protocol, *, lang: str, paper: str,
                 attachments: Sequence[AttachmentFile]) -> None:
        self.protocol, self.lang, self.paper, self.attachments = protocol, lang, paper, tuple(attachments)
        self.text = Text()
        self.contents = Contents()
        self.link_text: dict[str, str] = {}  # anchor -> what a link to it says (the annotation's /Contents)
        self.resources: dict[str, tuple[bytes, str]] = {}  # url -> (data, media type): images by reference
        self._ids = 0

    def resource(self, data: bytes, media_type: str) -> str:
        """A short URL for an image the PDF fetches by ``url_fetcher``: a data URI of a diagram's
        size is parsed character by character by the HTML parser, this costs nothing."""
        url = f"{RESOURCE_SCHEME}:{len(self.resources) + 1}"
        self.resources[url] = (data, media_type)
        return url

    def alt(self, text: object) -> str:
        """For an attribute (``alt``): one line, escaped, no soft hyphens."""
        return attr(self.text.line(text))

    def t(self, text: object) -> str:
        return self.text.html(text, self.lang)

    def new_id(self, prefix: str = "s") -> str:
        self._ids += 1
        return f"{prefix}-{self._ids}"

    def heading(self, text: str, level: int, *, toc: bool = True, css: str = "") -> str:
        """An ``h2`` (level 1) or ``h3`` (level 2); with ``toc`` also a line of the contents."""
        ident = self.new_id()
        body = html.escape(self.text.line(text))
        if toc:
            self.contents.entries.append((level, ident, body))
            self.link_text[ident] = self.text.line(text)
        cls = f' class="{css}"' if css else ""
        return f'<h{level + 1} id="{ident}"{cls}>{body}</h{level + 1}>'

    def p(self, text: object, css: str = "") -> str:
        cls = f' class="{css}"' if css else ""
        return f"<p{cls}>{self.t(text)}</p>"

    def note(self, text: str) -> str:
        return self.p(text, "note")

    def table(self, header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float], *,
              right: tuple[int, ...] = (), row_header: int | None = 0, total: Sequence[str] | None = None,
              css: str = "", caption: str = "", total_span: int = 1) -> str:
        """A ruled table; cells are HTML already. Column ``row_header`` holds each row's label (``th scope=row``).

        ``widths`` are fractions of the text width; the header repeats on every page a long table takes.
        The ``total`` row's label spans ``total_span`` columns (its list then has that many cells fewer).
        """
        cols = "".join(f'<col style="width:{w * 100:.1f}%">' for w in widths)
        num = ' class="num"'
        head = "".join(f'<th scope="col"{num if i in right else ""}>{self.t(h)}</th>'
                       for i, h in enumerate(header))
        out = [f'<table class="{css}">' if css else "<table>"]
        if caption:
            out.append(f'<caption class="small">{html.escape(caption)}</caption>')
        out.append(f"<colgroup>{cols}</colgroup><thead><tr>{head}</tr></thead><tbody>")
        for row in rows:
            out.append(self._row(row, right, row_header))
        if total is not None:
            label, *rest = total
            span = f' colspan="{total_span}"' if total_span > 1 else ""
            num = ' class="num"'
            cells = "".join(f'<td{num if i + total_span in right else ""}>{cell}</td>' for i, cell in enumerate(rest))
            out.append(f'<tr class="total"><th scope="row"{span}>{label}</th>{cells}</tr>')
        out.append("</tbody></table>")
        return "".join(out)

    @staticmethod
    def _row(row: Sequence[str], right: tuple[int, ...], row_header: int | None, css: str = "") -> str:
        cells = []
        for i, cell in enumerate(row):
            cls = ' class="num"' if i in right else ""
            if i == row_header:
                cells.append(f'<th scope="row"{cls}>{cell}</th>')
            else:
                cells.append(f"<td{cls}>{cell}</td>")
        tr_class = f' class="{css}"' if css else ""
        return f"<tr{tr_class}>{''.join(cells)}</tr>"

    def label_table(self, rows: Sequence[tuple[str, str]], *, header: tuple[str, str] | None = None) -> str:
        """Label and value rows (title page, fact sheet, lanes); values are HTML already."""
        if header is not None:
            return self.table(list(header), [[self.t(label), value] for label, value in rows], [0.3, 0.7],
                              css="labels")
        body = "".join(f'<tr><th scope="row">{self.t(label)}</th><td>{value}</td></tr>' for label, value in rows)
        return f'<table class="labels"><colgroup><col style="width:30%"><col style="width:70%"></colgroup>' \
               f"<tbody>{body}</tbody></table>"


def language_tag(lang: str) -> str:
    return LANGS.get(lang, "en-GB")


def protocol_html(protocol: Protocol, *, lang: str | None = None, paper: str = "A4",
                  attachments: Sequence[AttachmentFile] = (), stylesheet: str = "") -> str:
    """The whole protocol as an HTML string (``stylesheet`` is put in its ``<style>``), images inline."""
    markup, builder = build(protocol, lang=lang, paper=paper, attachments=attachments, stylesheet=stylesheet)
    for url, (data, media_type) in builder.resources.items():
        markup = markup.replace(f'"{url}"', f'"data:{media_type};base64,{base64.b64encode(data).decode("ascii")}"')
    return markup


def build(protocol: Protocol, *, lang: str | None = None, paper: str = "A4",
          attachments: Sequence[AttachmentFile] = (), stylesheet: str = "") -> tuple[str, Builder]:
    """The HTML with images as ``Builder.resources`` URLs, and the builder that holds them."""
    from werkstatt.protocol.html_model import model_section
    from werkstatt.protocol.html_sections import (
        agenda,
        annexes,
        comparison,
        further_rounds,
        measures,
        next_meeting,
        notes,
        participants,
        photos,
        title_page,
    )

    lang = lang or i18n.language()
    b = Builder(protocol, lang=lang, paper=paper, attachments=attachments)
    body = [title_page(b), participants(b), agenda(b)]
    for index, section in enumerate(protocol.models):
        body.append(model_section(b, section, index))
    body += [comparison(b, c) for c in protocol.comparisons]
    body += [further_rounds(b), measures(b), notes(b), next_meeting(b), photos(b), annexes(b)]
    contents = (f'<nav class="new-page"><h2 id="contents">{html.escape(tr("ProtocolHtml", "Contents"))}</h2>'
                f"{b.contents.html()}</nav>")
    body.insert(1, contents)
    return (f'<!DOCTYPE html><html lang="{language_tag(lang)}"><head><meta charset="utf-8">'
            f"<title>{attr(document_title(b))}</title>"
            f'<meta name="author" content="{attr(document_author(b))}">'
            f'<meta name="description" content="{attr(document_subject(b))}">'
            f'<meta name="keywords" content="{attr(", ".join(b.text.line(o) for o in protocol.organisations))}">'
            f"<style>{stylesheet}</style></head><body>{''.join(body)}</body></html>"), b


def document_title(b: Builder) -> str:
    return b.text.line(tr("ProtocolHtml", "Protocol: {title}", title=b.protocol.title))


def document_author(b: Builder) -> str:
    """Without names the author is the program, not the facilitator (issue 23)."""
    p = b.protocol
    return b.text.line(p.facilitator) if p.names_shown and p.facilitator.strip() else "Werkstatt"


def document_subject(b: Builder) -> str:
    from werkstatt.i18n.format import format_date

    p = b.protocol
    date = format_date(p.date, b.lang)
    if not date:
        return tr("ProtocolHtml", "Protocol of the process workshop")
    if p.place:
        return b.text.line(tr("ProtocolHtml", "Protocol of the process workshop on {date} in {place}",
                              date=date, place=p.place))
    return tr("ProtocolHtml", "Protocol of the process workshop on {date}", date=date)
