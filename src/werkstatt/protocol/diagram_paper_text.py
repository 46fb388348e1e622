"""WeasyPrint draws SVG text one letter at a time; this draws a plain ``<text>`` as one run.

WeasyPrint 70 lays out and draws every letter of an SVG ``<text>`` separately (for per-letter
``x``/``dx``/``rotate`` lists), about 0.5 ms a letter: a 200-step model's diagram sheets have some
7,000 letters, so five such models spent 15–20 s on diagram text alone. The diagram sheets of
``diagram_paper`` only write plain text (one ``x`` and ``y``, no per-letter lists, no ``textLength``,
no ``tspan``); for such a node one Pango layout for the whole string draws the same glyphs in one
go (kerned, which the per-letter path is not). Any other node goes to WeasyPrint's own function.

``install()`` swaps the function in WeasyPrint's SVG tag table; it is idempotent, and does nothing
when WeasyPrint's internals are not what this was written against (then text is merely slow).
"""

from __future__ import annotations

import logging
import sys
from math import inf

log = logging.getLogger(__name__)
PER_LETTER = ("dx", "dy", "rotate", "letter-spacing", "textLength")
_installed = False


def install() -> bool:
    """Use the one-run text drawing for plain SVG text; True when it is in place."""
    global _installed
    if _installed:
        return True
    try:
        import weasyprint.svg  # noqa: F401
        svg_module = sys.modules["weasyprint.svg"]
        text_module = sys.modules["weasyprint.svg.text"]
        original = text_module.text
        if svg_module.TAGS.get("text") is not original or getattr(svg_module, "text", None) is not original:
            raise LookupError("unexpected SVG tag table")
    except (ImportError, KeyError, AttributeError, LookupError) as error:
        log.info("WeasyPrint's SVG text is drawn letter by letter: %s", error)
        return False

    def plain_text(svg, node, font_size):  # the signature of weasyprint.svg.text.text
        xs = node.get("x", "").replace(",", " ").split()
        ys = node.get("y", "").replace(",", " ").split()
        if not node.text or len(xs) > 1 or len(ys) > 1 or any(key in node.attrib for key in PER_LETTER):
            return original(svg, node, font_size)
        return _draw_run(svg, node, font_size, xs, ys, text_module)

    # draw_node compares the tag's function with the module's name ``text`` (text-anchor): set both.
    svg_module.TAGS["text"] = plain_text
    svg_module.text = plain_text
    _installed = True
    return True


def _draw_run(svg, node, font_size, xs, ys, text_module) -> None:
    from weasyprint.css.properties import INITIAL_VALUES
    from weasyprint.draw.text import draw_first_line
    from weasyprint.matrix import Matrix
    from weasyprint.svg.bounding_box import extend_bounding_box
    from weasyprint.svg.utils import size
    from weasyprint.text.line_break import split_first_line

    style = text_module.Style()
    style.update(INITIAL_VALUES)
    style.font_config = svg.font_config
    style["font_family"] = [font.strip("\"'") for font in node.get("font-family", "sans-serif").split(",")]
    style["font_style"] = node.get("font-style", "normal")
    weight = node.get("font-weight", 400)
    weight = {"normal": 400, "bold": 700}.get(weight, weight)
    try:
        style["font_weight"] = int(weight)
    except ValueError:
        style["font_weight"] = 400
    style["font_size"] = font_size
    layout, _, _, width, height, baseline = split_first_line(node.text, style, svg.context, inf, 0)
    x = size(xs[0], font_size, svg.inner_width) if xs else svg.cursor_position[0]
    y = size(ys[0], font_size, svg.inner_height) if ys else svg.cursor_position[1]
    svg.cursor_position = x + width, y
    node.text_bounding_box = extend_bounding_box(
        node.text_bounding_box, ((x, y - baseline), (x + width, y - baseline + height)))
    svg.stream.push_state()
    fill, stroke = svg.set_graphical_state(node, font_size)
    svg.stream.begin_text()
    layout.reactivate(style)
    svg.fill_stroke(fill, stroke, text=True)
    box = text_module.TextBox(layout, style)
    box.baseline = baseline
    draw_first_line(svg.stream, box, "none", "none", Matrix(a=1, d=-1, e=x, f=y))
    svg.stream.end_text()
    svg.stream.pop_state()
