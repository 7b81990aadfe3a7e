"""The embedded fonts, registered with ReportLab once per process, and mixed-script text.

Latin (with every pinyin tone mark), Greek and Cyrillic are set in DejaVu Sans Condensed; Hanzi,
kana and Hangul in WenQuanYi Micro Hei. The whole fonts ship in resources/fonts (ReportLab embeds
only the glyphs a document uses), so Chinese prints on machines with no CJK font installed and a
patient's name prints whatever script it is written in. ReportLab has no font fallback, so
`markup` (paragraphs) and `draw_text` (canvas) hand every character the Latin face lacks to the
Hanzi face.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from charting.paths import FONTS_DIR

REGULAR = "AcuchartSans"
BOLD = "AcuchartSans-Bold"
HANZI = "AcuchartHanzi"
FONT_FILES = {
    REGULAR: FONTS_DIR / "DejaVuSansCondensed.ttf",
    BOLD: FONTS_DIR / "DejaVuSansCondensed-Bold.ttf",
    HANZI: FONTS_DIR / "WenQuanYiMicroHei.ttf",
}


@functools.cache
def register_fonts() -> None:
    # Binary streams: ASCII85 makes every embedded font a third larger and, without ReportLab's
    # optional C accelerator, costs more time than the rest of a summary.
    rl_config.useA85 = 0
    for name, path in FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)


@functools.cache
def covered(font_name: str) -> frozenset[int]:
    """Code points the font has glyphs for."""
    register_fonts()
    return frozenset(pdfmetrics.getFont(font_name).face.charToGlyph)


def runs(text: str, font_name: str) -> Iterator[tuple[str, str]]:
    """(font, text) pieces: `font_name` where it has the glyph, the Hanzi face elsewhere."""
    have = covered(font_name)
    start, current = 0, font_name
    for i, ch in enumerate(text):
        font = font_name if ord(ch) in have or ch in "\n\t" else HANZI
        if font != current and i > start:
            yield current, text[start:i]
            start = i
        current = font
    if start < len(text):
        yield current, text[start:]


def markup(text: str, *, bold: bool = False) -> str:
    """`text` escaped for a Paragraph, line breaks kept, non-Latin runs set in the Hanzi face."""
    pieces = []
    for font, piece in runs(text, BOLD if bold else REGULAR):
        body = escape(piece).replace("\n", "<br/>")
        pieces.append(body if font != HANZI else f'<font name="{HANZI}">{body}</font>')
    joined = "".join(pieces)
    return f"<b>{joined}</b>" if bold else joined


def draw_text(canv: Canvas, x: float, y: float, text: str, font: str, size: float, *, align: str = "left") -> None:
    """drawString with the same fallback; `align` is left, right or centre."""
    pieces = list(runs(text, font))
    width = sum(pdfmetrics.stringWidth(piece, f, size) for f, piece in pieces)
    x -= width if align == "right" else width / 2 if align == "centre" else 0.0
    for f, piece in pieces:
        canv.setFont(f, size)
        canv.drawString(x, y, piece)
        x += pdfmetrics.stringWidth(piece, f, size)
