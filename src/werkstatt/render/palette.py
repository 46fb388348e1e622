"""The Okabe-Ito colours, spelled once for every surface that draws: the Qt scene, the SVG, the PDF and HTML.

Okabe and Ito chose these eight so that people with any of the common colour vision deficiencies
still tell them apart; Werkstatt never lets a colour carry meaning alone besides. Pure data, no Qt:
the protocol and the voting results take them without loading PySide6.
"""

from __future__ import annotations

ORANGE = "#E69F00"
SKY_BLUE = "#56B4E9"
BLUISH_GREEN = "#009E73"
YELLOW = "#F0E442"
BLUE = "#0072B2"
VERMILLION = "#D55E00"
REDDISH_PURPLE = "#CC79A7"
BLACK = "#000000"

OKABE_ITO = {
    "orange": ORANGE,
    "sky_blue": SKY_BLUE,
    "bluish_green": BLUISH_GREEN,
    "yellow": YELLOW,
    "blue": BLUE,
    "vermillion": VERMILLION,
    "reddish_purple": REDDISH_PURPLE,
    "black": BLACK,
}


def rgb(colour: str) -> tuple[int, int, int]:
    """``"#E69F00"`` as ``(230, 159, 0)``, for mixing a tint in code that writes its own colour strings."""
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)
