"""How chosen points and marked areas look, on screen and on paper alike.

Local and distal differ by shape as well as colour (Okabe–Ito palette), so the distinction
survives colour-blindness and black-and-white printing.
"""

from __future__ import annotations

from typing import Final

LOCAL_COLOUR: Final = "#D55E00"  # vermilion
DISTAL_COLOUR: Final = "#0072B2"  # blue
LOCAL_SHAPE: Final = "circle"
DISTAL_SHAPE: Final = "diamond"
MARKER_OUTLINE: Final = "#1A1A1A"
UNCHOSEN_POINT_COLOUR: Final = "#6B6B6B"

# Fill colours of complaint areas by kind; opacity grows with severity (see area_opacity).
AREA_COLOURS: Final = {
    "pain": "#E8384F",
    "spasm": "#8E44AD",
    "numbness": "#2E86C1",
    "tension": "#E69F00",
    "other": "#7F8C8D",
}
AREA_PATTERNS: Final = {  # a second cue besides colour, for print and colour-blind readers
    "pain": "solid",
    "spasm": "cross",
    "numbness": "dots",
    "tension": "diagonal",
    "other": "horizontal",
}


def area_opacity(severity: int) -> float:
    """0.18 for a barely-there complaint up to 0.6 for the worst, so marks never hide the figure."""
    return 0.18 + 0.042 * max(0, min(10, severity))
