"""Page chrome and rendering: running header, confidentiality footer, "page x of y", draft mark.

Pages are numbered in a second pass (the canvas keeps each page until the total is known).
Output is deterministic: ReportLab's invariant mode fixes the creation date and document id,
so the same visit renders to the same bytes and a stored SHA-256 means something.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from charting.reports.fonts import BOLD, REGULAR, draw_text, register_fonts
from charting.reports.styles import (
    DRAFT,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    PAGE_SIZE,
    RULE,
)

CONFIDENTIAL = "Confidential patient information — do not share without the patient's authorisation."
HEADER_BAND = 9.0


@dataclass(frozen=True)
class PageMeta:
    title: str  # PDF title and the running header's left part
    subject: str  # who / what: the running header's right part and the footer
    author: str  # the clinic
    draft: bool = False
    footer_note: str = CONFIDENTIAL


class _NumberedCanvas(Canvas):
    """Holds every page back until the end, then stamps "Page x of y" on each."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self.setFont(REGULAR, 7.4)
            self.setFillColor(MUTED)
            self.drawRightString(PAGE_SIZE[0] - MARGIN_X, MARGIN_BOTTOM - 13, f"Page {number} of {total}")
            super().showPage()
        super().save()


def _chrome(meta: PageMeta) -> Any:
    def draw(canv: Canvas, doc: BaseDocTemplate) -> None:
        width, height = PAGE_SIZE
        canv.saveState()
        if canv.getPageNumber() > 1:
            y = height - MARGIN_TOP + 4
            canv.setFillColor(MUTED)
            draw_text(canv, MARGIN_X, y, meta.title, BOLD, 7.4)
            draw_text(canv, width - MARGIN_X, y, meta.subject, REGULAR, 7.4, align="right")
            canv.setStrokeColor(RULE)
            canv.setLineWidth(0.4)
            canv.line(MARGIN_X, y - 2.5, width - MARGIN_X, y - 2.5)
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.4)
        canv.line(MARGIN_X, MARGIN_BOTTOM - 5, width - MARGIN_X, MARGIN_BOTTOM - 5)
        canv.setFillColor(MUTED)
        draw_text(canv, MARGIN_X, MARGIN_BOTTOM - 13, meta.footer_note, REGULAR, 7.0)
        draw_text(canv, MARGIN_X, MARGIN_BOTTOM - 22, f"{meta.author} · {meta.subject}", REGULAR, 7.0)
        if meta.draft:
            canv.translate(width / 2, height / 2)
            canv.rotate(38)
            canv.setFillColor(DRAFT)
            canv.setFillAlpha(0.13)
            canv.setFont(BOLD, 54)
            canv.drawCentredString(0, 0, "DRAFT — not signed")
        canv.restoreState()

    return draw


def render_pdf(story: Sequence[Flowable], meta: PageMeta) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=PAGE_SIZE,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP + HEADER_BAND,
        bottomMargin=MARGIN_BOTTOM,
        title=meta.title,
        author=meta.author,
        subject=meta.subject,
        creator="Acuchart",
        invariant=1,
        initialFontName=REGULAR,  # else an unembedded Helvetica is declared on every page
    )
    frame = Frame(
        doc.leftMargin,
        doc.bottomMargin,
        doc.width,
        doc.height,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPageEnd=_chrome(meta))])
    doc.build(list(story), canvasmaker=_NumberedCanvas)
    return buffer.getvalue()
