"""Building blocks shared by every document: letterhead, headings, key-value grids, signature."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, HRFlowable, Paragraph, Spacer, Table

from charting.domain.records import ClinicRecord, UserRecord, VisitRecord
from charting.reports.fonts import BOLD, REGULAR, covered, markup
from charting.reports.styles import ACCENT, FRAME_WIDTH, RULE, grid_table_style, key_value_style, styles
from charting.reports.text import provider_text, when_text


def para(text: str, style_name: str = "body", *, bold: bool = False) -> Paragraph:
    return Paragraph(markup(text, bold=bold), getattr(styles(), style_name))


def rich(xml: str, style_name: str = "body") -> Paragraph:
    """A paragraph from markup the caller built (every user value already through `markup`)."""
    return Paragraph(xml, getattr(styles(), style_name))


def heading(text: str) -> Paragraph:
    return para(text, "h2")


def letterhead(clinic: ClinicRecord, provider: UserRecord | None, *, extra_ids: Sequence[str] = ()) -> list[Flowable]:
    """Clinic name, address and phone on the left; the treating provider and their numbers right."""
    contact = " · ".join(p for p in (clinic.phone, clinic.email) if p)
    left: list[Flowable] = [para(clinic.name, "clinic", bold=True)]
    if clinic.address:
        left.append(para(clinic.address, "small"))
    if contact:
        left.append(para(contact, "small"))
    right: list[Flowable] = []
    if provider is not None:
        right.append(rich(markup(provider_text(provider), bold=True), "right"))
        ids = [
            f"Licence {provider.licence_no}" if provider.licence_no else "",
            f"NPI {provider.npi}" if provider.npi else "",
        ]
        line = " · ".join(i for i in ids if i)
        if line:
            right.append(para(line, "right"))
    right += [para(text, "right") for text in extra_ids if text]
    table = Table([[left, right]], colWidths=[FRAME_WIDTH * 0.6, FRAME_WIDTH * 0.4])
    table.setStyle(key_value_style())
    return [table, Spacer(0, 3), HRFlowable(width="100%", thickness=1.2, color=ACCENT, spaceAfter=6)]


def title_row(title: str, right: str = "", *, right_style: str = "right") -> Table:
    table = Table(
        [[para(title, "h1", bold=True), para(right, right_style) if right else ""]],
        colWidths=[FRAME_WIDTH * 0.65, FRAME_WIDTH * 0.35],
    )
    table.setStyle(key_value_style())
    return table


def key_values(pairs: Sequence[tuple[str, str | Flowable]], *, columns: int = 2, label_width: float = 62) -> Table:
    """Label / value pairs laid out in `columns` side-by-side columns."""
    cells: list[list[object]] = []
    row: list[object] = []
    value_width = FRAME_WIDTH / columns - label_width
    for label, value in pairs:
        row += [para(label, "label", bold=True), value if isinstance(value, Flowable) else para(value or "—")]
        if len(row) == 2 * columns:
            cells.append(row)
            row = []
    if row:
        cells.append(row + [""] * (2 * columns - len(row)))
    table = Table(cells, colWidths=[label_width, value_width] * columns, hAlign="LEFT")
    table.setStyle(key_value_style())
    return table


CELL_SIZE = 8.2
HEAD_SIZE = 7.8
CELL_PADDING = 6.5


def _cell(text: str, width: float, font: str, size: float, style_name: str) -> str | Paragraph:
    """A plain string when it fits on one line in the column's font (far cheaper to lay out),
    else a wrapping paragraph with script fallback."""
    have = covered(font)
    if (
        "\n" not in text
        and all(ord(ch) in have for ch in text)
        and (stringWidth(text, font, size) <= width - CELL_PADDING)
    ):
        return text
    return para(text, style_name, bold=font == BOLD)


def grid(
    head: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float], *, fonts: Sequence[str] = ()
) -> Table:
    """A ruled table of text; `fonts` per column (default the regular face)."""
    fonts = list(fonts) + [REGULAR] * (len(widths) - len(fonts))
    cells: list[list[object]] = [[_cell(h, w, BOLD, HEAD_SIZE, "cell_head") for h, w in zip(head, widths, strict=True)]]
    cells += [
        [_cell(text, w, f, CELL_SIZE, "cell") for text, w, f in zip(row, widths, fonts, strict=True)] for row in rows
    ]
    table = Table(cells, colWidths=list(widths), repeatRows=1)
    style = grid_table_style()
    style.add("FONT", (0, 0), (-1, 0), BOLD, HEAD_SIZE)
    style.add("FONTSIZE", (0, 1), (-1, -1), CELL_SIZE)
    for column, font in enumerate(fonts):
        if font != REGULAR:
            style.add("FONTNAME", (column, 1), (column, -1), font)
    table.setStyle(style)
    return table


def text_section(title: str, text: str) -> list[Flowable]:
    if not text.strip():
        return []
    return [heading(title), para(text.strip())]


def rule() -> HRFlowable:
    return HRFlowable(width="100%", thickness=0.5, color=RULE, spaceBefore=4, spaceAfter=4)


def signature_lines(visit: VisitRecord, practitioner: UserRecord) -> list[Flowable]:
    """The signature statement; an unsigned visit says so in words as well as by the watermark."""
    if visit.signed and visit.signed_at is not None:
        signer = visit.signed_by or practitioner.display_name
        if signer == practitioner.display_name:
            signer = provider_text(practitioner)
        return [para(f"Electronically signed by {signer} on {when_text(visit.signed_at)}.", bold=True)]
    return [para("DRAFT — not signed. This record may still change.", "notice", bold=True)]


def addenda_lines(visit: VisitRecord) -> list[Flowable]:
    if not visit.addenda:
        return []
    out: list[Flowable] = [heading("Addenda")]
    for addendum in visit.addenda:
        out.append(
            para(f"{when_text(addendum.created_at)} — {addendum.author} — {addendum.reason}", "label", bold=True)
        )
        out.append(para(addendum.text))
        out.append(Spacer(0, 3))
    return out
