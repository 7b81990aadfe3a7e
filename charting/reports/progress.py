"""The progress report: one patient's course of treatment, pain before and after each visit."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from charting.domain.records import ClinicRecord, PatientRecord, VisitSummary
from charting.reports.blocks import heading, key_values, letterhead, para, rich, title_row
from charting.reports.fonts import REGULAR, markup
from charting.reports.page import PageMeta, render_pdf
from charting.reports.styles import FRAME_WIDTH, INK, MUTED, RULE, grid_table_style
from charting.reports.text import birth_text, day_text, local

BEFORE_COLOUR = colors.HexColor("#B03A2E")
AFTER_COLOUR = colors.HexColor("#1F618D")
CHART_HEIGHT = 62 * mm
LABEL_SPACING = 30.0  # points between date labels, so they never run together


class PainChart(Flowable):
    """Pain (0–10) before and after each visit, in date order: filled circles before, open
    squares after, so the two lines stay apart in grey print."""

    def __init__(self, visits: Sequence[VisitSummary], height: float = CHART_HEIGHT) -> None:
        super().__init__()
        self.visits = [v for v in visits if v.pain_before is not None or v.pain_after is not None]
        self.chart_height = height

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = avail_width, self.chart_height
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        left, bottom, right, top = 26.0, 24.0, self.width - 8, self.height - 14
        canv.setFont(REGULAR, 6.8)
        canv.setLineWidth(0.4)
        for level in range(0, 11, 2):
            y = bottom + (top - bottom) * level / 10
            canv.setStrokeColor(RULE)
            canv.line(left, y, right, y)
            canv.setFillColor(MUTED)
            canv.drawRightString(left - 4, y - 2.3, str(level))
        canv.saveState()
        canv.translate(8, (bottom + top) / 2)
        canv.rotate(90)
        canv.drawCentredString(0, 0, "Pain (0–10)")
        canv.restoreState()
        if not self.visits:
            canv.drawCentredString((left + right) / 2, (bottom + top) / 2, "No pain scores recorded")
            return
        days = [local(v.started_at).date() for v in self.visits]
        first, last = days[0], days[-1]
        span = max((last - first).days, 1)

        def x_of(day: date) -> float:
            if first == last:
                return (left + right) / 2
            return left + 8 + (right - left - 16) * (day - first).days / span

        canv.setFillColor(MUTED)
        last_x = -1e9
        for i, day in enumerate(days):
            x = x_of(day)
            if x - last_x >= LABEL_SPACING or (i == len(days) - 1 and x - last_x >= LABEL_SPACING / 2):
                canv.drawCentredString(x, bottom - 10, f"{day.day} {day:%b}")
                last_x = x
        for series, colour, open_marker in (("pain_before", BEFORE_COLOUR, False), ("pain_after", AFTER_COLOUR, True)):
            pts = [
                (x_of(d), bottom + (top - bottom) * getattr(v, series) / 10)
                for d, v in zip(days, self.visits, strict=True)
                if getattr(v, series) is not None
            ]
            canv.setStrokeColor(colour)
            canv.setLineWidth(1.1)
            if open_marker:
                canv.setDash(3, 2)
            if len(pts) > 1:
                path = canv.beginPath()
                path.moveTo(*pts[0])
                for p in pts[1:]:
                    path.lineTo(*p)
                canv.drawPath(path, stroke=1, fill=0)
            canv.setDash()
            canv.setFillColor(colors.white if open_marker else colour)
            for x, y in pts:
                if open_marker:
                    canv.rect(x - 2.3, y - 2.3, 4.6, 4.6, stroke=1, fill=1)
                else:
                    canv.circle(x, y, 2.4, stroke=1, fill=1)
        # legend, top right
        canv.setFont(REGULAR, 7)
        x = right - 150
        for label, colour, open_marker in (("Before treatment", BEFORE_COLOUR, False), ("After", AFTER_COLOUR, True)):
            canv.setStrokeColor(colour)
            canv.setFillColor(colors.white if open_marker else colour)
            if open_marker:
                canv.rect(x - 2.3, top + 5.7, 4.6, 4.6, stroke=1, fill=1)
            else:
                canv.circle(x, top + 8, 2.4, stroke=1, fill=1)
            canv.setFillColor(INK)
            canv.drawString(x + 6, top + 5.5, label)
            x += 85


def _points(visit: VisitSummary) -> str:
    side = {"left": "L", "right": "R", "bilateral": "both", "midline": ""}
    return ", ".join(f"{code} {side.get(s, s)}".strip() for code, s, _role in visit.points) or "—"


def progress_story(clinic: ClinicRecord, patient: PatientRecord, visits: Sequence[VisitSummary]) -> list[Flowable]:
    """`visits` in any order; the report runs oldest to newest."""
    ordered = sorted(visits, key=lambda v: (v.started_at, v.id))
    today = date.today()
    span = (
        f"{day_text(local(ordered[0].started_at).date())} – {day_text(local(ordered[-1].started_at).date())}"
        if ordered
        else "no visits yet"
    )
    story: list[Flowable] = [
        *letterhead(clinic, None),
        title_row("Progress report", f"{len(ordered)} visits"),
        Spacer(0, 3),
        key_values(
            [
                ("Patient", rich(markup(patient.display_name, bold=True))),
                ("Course", span),
                ("Born", birth_text(patient.data.date_of_birth, today)),
                ("Chart no.", patient.chart_no),
            ]
        ),
        heading("Pain before and after treatment"),
        PainChart(ordered),
    ]
    rows: list[list[object]] = [
        [para(h, "cell_head", bold=True) for h in ("Date", "Practitioner", "Complaint", "Pain", "Points", "Status")]
    ]
    for v in ordered:
        pain = f"{'—' if v.pain_before is None else v.pain_before} → {'—' if v.pain_after is None else v.pain_after}"
        rows.append(
            [
                para(f"{day_text(local(v.started_at).date())}", "cell"),
                para(v.practitioner_name, "cell"),
                para(v.chief_complaint or "—", "cell"),
                para(pain, "cell"),
                para(_points(v), "cell"),
                para("signed" if v.status == "signed" else "draft", "cell"),
            ]
        )
    widths = [58, 70, 0, 40, 150, 36]
    widths[2] = FRAME_WIDTH - sum(widths)
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(grid_table_style())
    story += [heading("Visits"), table]
    return story


def render_progress(clinic: ClinicRecord, patient: PatientRecord, visits: Sequence[VisitSummary]) -> bytes:
    meta = PageMeta(
        title="Progress report", subject=f"{patient.display_name} · chart {patient.chart_no}", author=clinic.name
    )
    return render_pdf(progress_story(clinic, patient, visits), meta)
