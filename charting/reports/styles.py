"""Everything that decides how the documents look: page, colours, type sizes, table styles."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import TableStyle

from charting.reports.fonts import BOLD, REGULAR, register_fonts

PAGE_SIZE = LETTER  # US clinics and payers; A4 users lose nothing, the margins fit both
MARGIN_X = 16 * mm
MARGIN_TOP = 16 * mm
MARGIN_BOTTOM = 20 * mm
FRAME_WIDTH = PAGE_SIZE[0] - 2 * MARGIN_X

INK = colors.HexColor("#1A1A1A")
MUTED = colors.HexColor("#5C5C5C")
RULE = colors.HexColor("#B8B8B8")
ACCENT = colors.HexColor("#2F5D62")  # headings and the letterhead rule
SHADE = colors.HexColor("#EEF3F3")  # table header rows
STRIPE = colors.HexColor("#F7F9F9")
DRAFT = colors.HexColor("#C0392B")

BODY_SIZE = 9.2
SMALL_SIZE = 7.6


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    label: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    clinic: ParagraphStyle
    right: ParagraphStyle
    notice: ParagraphStyle


@functools.cache
def styles() -> Styles:
    register_fonts()
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=BODY_SIZE, leading=BODY_SIZE * 1.32, textColor=INK)
    small = ParagraphStyle("small", parent=body, fontSize=SMALL_SIZE, leading=SMALL_SIZE * 1.3)
    return Styles(
        body=body,
        small=small,
        muted=ParagraphStyle("muted", parent=small, textColor=MUTED),
        label=ParagraphStyle("label", parent=small, fontName=BOLD, textColor=MUTED),
        cell=ParagraphStyle("cell", parent=body, fontSize=8.2, leading=10.2),
        cell_head=ParagraphStyle("cell_head", parent=body, fontName=BOLD, fontSize=7.8, leading=9.6),
        h1=ParagraphStyle("h1", parent=body, fontName=BOLD, fontSize=13, leading=16, textColor=ACCENT, spaceAfter=2),
        h2=ParagraphStyle(
            "h2",
            parent=body,
            fontName=BOLD,
            fontSize=10,
            leading=13,
            textColor=ACCENT,
            spaceBefore=7,
            spaceAfter=2.5,
            keepWithNext=1,
        ),
        clinic=ParagraphStyle("clinic", parent=body, fontName=BOLD, fontSize=14, leading=17, textColor=ACCENT),
        right=ParagraphStyle("right", parent=small, alignment=TA_RIGHT),
        notice=ParagraphStyle("notice", parent=body, fontName=BOLD, textColor=DRAFT),
    )


def grid_table_style(*, header: bool = True, numeric_from: int | None = None) -> TableStyle:
    """Light horizontal rules, a shaded header row, zebra stripes: readable on a grey printer."""
    commands: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # plain-string cells: never an unembedded Helvetica
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 1.8),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
        ("LINEBELOW", (0, -1), (-1, -1), 0.5, RULE),
        ("ROWBACKGROUNDS", (0, 1 if header else 0), (-1, -1), [colors.white, STRIPE]),
    ]
    if header:
        commands += [
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, ACCENT),
        ]
    if numeric_from is not None:
        commands.append(("ALIGN", (numeric_from, 0), (-1, -1), "RIGHT"))
    return TableStyle(commands)


def key_value_style() -> TableStyle:
    return TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), REGULAR),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ("TOPPADDING", (0, 0), (-1, -1), 0.8),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0.8),
        ]
    )
