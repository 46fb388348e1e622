"""The protocol's look as CSS for WeasyPrint: pages, running header and footer, type, tables.

Only the shipped Liberation Sans family is used, registered with ``@font-face`` from the package's
font files, so every glyph in the PDF comes from an embedded font that is the same on every machine
(a family left to the system pulled DejaVu Serif in for list markers). Running text is hyphenated
(``hyphens: auto`` with the document's language, through pyphen); tables are not, and have a fixed
layout with ``<colgroup>`` widths: automatic table layout with hyphenation measured five seconds for
a 300-row table, the fixed layout without it 1.2 s.
"""

from __future__ import annotations

from pathlib import Path

from werkstatt.render import fonts, palette

FAMILY = fonts.FAMILY  # the diagrams' SVG names the same family, so they use these files too
INK = "#1a1a1a"
GREY = "#555555"
RULE = "#c4c4c4"
HEADER_FILL = "#ececec"
BAR = palette.BLUE  # Okabe-Ito blue, as on the projector
LATE = "#b3261e"  # the mark of an agenda item over time
FACES = {"regular": ("normal", "normal"), "bold": ("bold", "normal"), "italic": ("normal", "italic"),
         "bolditalic": ("bold", "italic")}
PAGE_SIZES = {"A4": "A4", "A3": "A3"}


def css_string(text: str) -> str:
    """A CSS string literal (for ``content:``) of our own text."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'


def font_faces(files: dict[str, Path]) -> str:
    rules = []
    for style, path in files.items():
        weight, slant = FACES[style]
        rules.append(f'@font-face {{ font-family: "{FAMILY}"; src: url("{path.as_uri()}"); '
                     f"font-weight: {weight}; font-style: {slant}; }}")
    return "\n".join(rules)


def stylesheet(files: dict[str, Path], *, paper: str, footer: str, page_label: tuple[str, str, str]) -> str:
    """The whole stylesheet; ``page_label`` is the translated "Page {page} of {pages}" cut at its numbers."""
    before, between, after = (css_string(part) for part in page_label)
    wide = PAGE_SIZES.get(paper, "A4")
    return font_faces(files) + f"""
@page {{
  size: A4; margin: 24mm 20mm 20mm 20mm;
  font-family: "{FAMILY}"; font-size: 8.5pt; color: {GREY};
  @top-left {{ content: string(doctitle); font-family: "{FAMILY}"; font-size: 8.5pt; color: {GREY};
    white-space: nowrap; overflow: hidden; text-overflow: ellipsis; width: 130mm;
    vertical-align: bottom; padding-bottom: 2mm; border-bottom: 0.5pt solid #b0b0b0; }}
  @top-right {{ content: string(docdate); font-family: "{FAMILY}"; font-size: 8.5pt; color: {GREY};
    vertical-align: bottom; padding-bottom: 2mm; border-bottom: 0.5pt solid #b0b0b0; }}
  @bottom-left {{ content: {css_string(footer)}; font-family: "{FAMILY}"; font-size: 8.5pt; color: {GREY};
    vertical-align: top; padding-top: 2mm; border-top: 0.5pt solid #b0b0b0; }}
  @bottom-right {{ content: {before} counter(page) {between} counter(pages) {after};
    font-family: "{FAMILY}"; font-size: 8.5pt; color: {GREY};
    vertical-align: top; padding-top: 2mm; border-top: 0.5pt solid #b0b0b0; }}
}}
@page landscape {{
  size: {wide} landscape; margin: 15mm;
  @top-left {{ width: 200mm; }}
}}
html {{ font-family: "{FAMILY}"; font-size: 10pt; line-height: 1.35; color: {INK}; }}
body {{ margin: 0; }}
* {{ font-family: "{FAMILY}"; }}
::marker {{ font-family: "{FAMILY}"; }}
p, li, figcaption, dd {{ hyphens: auto; overflow-wrap: break-word; orphans: 2; widows: 2; }}
p {{ margin: 0 0 4pt 0; }}
h1, h2, h3 {{ font-weight: bold; break-after: avoid; hyphens: manual; overflow-wrap: anywhere; }}
h1 {{ font-size: 24pt; line-height: 1.2; margin: 0 0 14pt 0; bookmark-level: none; string-set: doctitle content(); }}
h2 {{ font-size: 16pt; line-height: 1.25; margin: 16pt 0 8pt 0; bookmark-level: 1; }}
h3 {{ font-size: 12.5pt; line-height: 1.25; margin: 12pt 0 5pt 0; bookmark-level: 2; }}
.kicker {{ font-weight: bold; font-size: 11pt; color: {GREY}; margin-top: 40mm; }}
.date-mark {{ string-set: docdate content(); }}
.new-page {{ break-before: page; }}
.small {{ font-size: 9pt; color: {GREY}; }}
.note {{ font-style: italic; font-size: 9pt; color: {GREY}; }}
.status {{ font-weight: bold; font-size: 11pt; margin-top: 10pt; }}
.approval {{ margin-top: 12pt; border: 0.5pt solid {RULE}; padding: 6pt 8pt; }}
.approval p {{ margin: 6pt 0; }}
.blank {{ display: inline-block; width: 60mm; border-bottom: 0.5pt solid {INK}; }}
nav ul {{ list-style: none; margin: 0; padding: 0; }}
nav li {{ margin: 0 0 2pt 0; hyphens: manual; }}
nav li.level-1 {{ font-weight: bold; margin-top: 4pt; }}
nav li.level-2 {{ padding-left: 7mm; font-size: 9.5pt; }}
nav a {{ color: {INK}; text-decoration: none; }}
nav .page {{ float: right; padding-left: 3mm; }}
nav .page::after {{ content: target-counter(attr(data-ref url), page); }}
ul.plain {{ margin: 0 0 6pt 0; padding-left: 5mm; }}
table {{ width: 100%; table-layout: fixed; border-collapse: collapse; margin: 2pt 0 8pt 0;
  font-size: 9pt; line-height: 1.25; }}
th, td {{ text-align: left; vertical-align: top; padding: 2.5pt 3pt 3.5pt 3pt; hyphens: manual;
  overflow-wrap: anywhere; border-bottom: 0.25pt solid {RULE}; }}
thead th {{ background: {HEADER_FILL}; border-bottom: 0.8pt solid {INK}; font-weight: bold; }}
tbody th {{ font-weight: normal; }}
/* A row stays on one page: a measure's text must not land on the page after its owner and date. */
tr {{ break-inside: avoid; }}
table.labels th {{ font-weight: bold; padding-left: 0; }}
table.labels {{ font-size: 9.5pt; }}
.num {{ text-align: right; }}
tr.total th, tr.total td {{ font-weight: bold; border-top: 0.8pt solid {INK}; }}
tr.absent th, tr.absent td {{ color: {GREY}; font-style: italic; }}
.late {{ color: {LATE}; font-weight: bold; }}
.sub {{ display: block; font-style: italic; color: {GREY}; font-size: 9pt; }}
.explain {{ display: block; font-size: 9pt; color: {GREY}; margin-top: 1pt; }}
.bar {{ display: inline-block; height: 8pt; vertical-align: -1pt; }}
.bar-total {{ font-weight: bold; padding-left: 2pt; }}
.tied {{ font-weight: bold; }}
.swatch {{ display: inline-block; width: 8pt; height: 8pt; vertical-align: -1pt; }}
section.sheet {{ page: landscape; }}
section.sheet + section.sheet {{ break-before: page; }}
section.sheet figure {{ margin: 0; }}
section.sheet figcaption {{ font-size: 9pt; margin-top: 2pt; }}
.sheet-links {{ font-size: 9pt; margin-top: 2pt; }}
.sheet-links a {{ color: {BAR}; }}
figure.photo {{ margin: 0 0 10pt 0; break-inside: avoid; }}
figure.photo img {{ max-width: 100%; max-height: 150mm; }}
figure.photo figcaption {{ font-style: italic; font-size: 9pt; margin-top: 3pt; }}
"""
