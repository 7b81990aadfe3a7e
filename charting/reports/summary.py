"""The visit summary: a complete clinician copy, or a plain-language patient copy."""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from charting.domain.records import PointData
from charting.domain.vocabulary import PULSE_POSITIONS
from charting.points import Catalog, load_catalog
from charting.reports.blocks import (
    addenda_lines,
    grid,
    heading,
    key_values,
    letterhead,
    para,
    rich,
    signature_lines,
    text_section,
    title_row,
)
from charting.reports.body_map import BodyMap
from charting.reports.figure_plan import instance_sides, plan_figures
from charting.reports.fonts import BOLD, HANZI, REGULAR, markup
from charting.reports.options import SummaryOptions
from charting.reports.page import PageMeta, render_pdf
from charting.reports.sources import VisitDocument
from charting.reports.styles import FRAME_WIDTH
from charting.reports.text import (
    MODALITY_NAMES,
    PATIENT_SIDES,
    birth_text,
    local,
    pain_text,
    provider_text,
    span_text,
    technique_text,
    when_text,
)
from charting.vocab import icd10_label

DRAWING_HEIGHT = 95 * mm
DRAWING_MIN_HEIGHT = 62 * mm


def _drawing(doc: VisitDocument, catalog: Catalog, title: str) -> list[Flowable]:
    data = doc.visit.data
    if not data.points and not data.areas:
        return []
    plan = plan_figures(catalog, data.points, data.areas)
    note = para("Not shown on the figures: " + ", ".join(plan.unplaced) + ".", "muted") if plan.unplaced else None
    if plan.panels:
        return [BodyMap(plan, DRAWING_HEIGHT, DRAWING_MIN_HEIGHT, heading=heading(title), note=note)]
    return [heading(title), *([note] if note else [])]


def _point_names(catalog: Catalog, point: PointData) -> tuple[str, str, str, str]:
    known = catalog.get(point.code)
    if known is None:
        return point.code, "", "", ""
    return known.code, known.pinyin, known.hanzi, known.english


def _instances(points: list[PointData]) -> int:
    return sum(len(instance_sides(p.side)) for p in points)


def _points_table(doc: VisitDocument, catalog: Catalog) -> list[Flowable]:
    points = doc.visit.data.points
    if not points:
        return []
    head = ["Code", "Pinyin", "Hanzi", "English", "Side", "Role", "Technique", "Depth", "Retention"]
    rows = []
    for point in points:
        code, pinyin, hanzi, english = _point_names(catalog, point)
        rows.append(
            [
                code,
                pinyin,
                hanzi,
                english,
                point.side,
                point.role + (" *" if point.role_override else ""),
                technique_text(point),
                f"{point.depth_cun:g} cun" if point.depth_cun is not None else "—",
                f"{point.retention_minutes} min" if point.retention_minutes is not None else "—",
            ]
        )
    widths = [36, 58, 34, 0, 42, 36, 84, 42, 48]
    widths[3] = FRAME_WIDTH - sum(widths)
    table = grid(head, rows, widths, fonts=[BOLD, REGULAR, HANZI])
    count = f"{len(points)} points, {_instances(points)} sites"
    note = " · * role set by hand" if any(p.role_override for p in points) else ""
    return [
        heading(f"Points treated ({count})"),
        table,
        para(f"Role: local or distal to the complaint{note}.", "muted"),
    ]


def _modalities_table(doc: VisitDocument, *, patient: bool) -> list[Flowable]:
    modalities = doc.visit.data.modalities
    if not modalities:
        return []
    head = ["Treatment", "Where", "Minutes"] + ([] if patient else ["Note"])
    rows = []
    for m in modalities:
        row = [
            MODALITY_NAMES.get(m.kind, m.kind.replace("_", " ")),
            m.site or "—",
            str(m.minutes) if m.minutes is not None else "—",
        ]
        rows.append(row if patient else [*row, m.note or ""])
    widths = [110, 230, 50] if not patient else [130, 0, 60]
    if patient:
        widths[1] = FRAME_WIDTH - sum(widths)
    else:
        widths.append(FRAME_WIDTH - sum(widths))
    table = grid(head, rows, widths)
    return [heading("Other treatments" if patient else "Other modalities"), table]


def _pulse(data_pulse: dict[str, str], notes: str) -> str:
    parts = []
    for position in PULSE_POSITIONS:
        quality = data_pulse.get(position, "").strip()
        if quality:
            parts.append(f"{position.replace('_', ' ')}: {quality}")
    if notes.strip():
        parts.append(notes.strip())
    return "; ".join(parts) or "—"


def _tongue(doc: VisitDocument) -> str:
    d = doc.visit.data
    parts = [
        f"{label} {value}"
        for label, value in (("body", d.tongue_body), ("coat", d.tongue_coat), ("shape", d.tongue_shape))
        if value.strip()
    ]
    if d.tongue_notes.strip():
        parts.append(d.tongue_notes.strip())
    return "; ".join(parts) or "—"


def _header(doc: VisitDocument, title: str, status: str) -> list[Flowable]:
    visit, patient = doc.visit, doc.patient
    on = local(visit.data.started_at).date() if visit.data.started_at else date.today()
    return [
        *letterhead(doc.clinic, doc.practitioner),
        title_row(title, status, right_style="notice" if not visit.signed else "right"),
        Spacer(0, 3),
        key_values(
            [
                ("Patient", rich(markup(patient.display_name, bold=True))),
                ("Visit", span_text(visit.data.started_at, visit.data.ended_at)),
                ("Born", birth_text(patient.data.date_of_birth, on)),
                ("Practitioner", provider_text(doc.practitioner)),
                ("Chart no.", patient.chart_no),
                ("Visit no.", str(visit.id)),
            ]
        ),
    ]


def clinician_story(doc: VisitDocument, catalog: Catalog) -> list[Flowable]:
    visit, data = doc.visit, doc.visit.data
    on = local(data.started_at).date() if data.started_at else date.today()
    status = f"Signed {when_text(visit.signed_at)}" if visit.signed and visit.signed_at else "DRAFT — not signed"
    story: list[Flowable] = _header(doc, "Visit summary — clinician copy", status)
    flags = doc.patient.safety_flags(on)
    if flags:
        story += [Spacer(0, 4), para("Alerts: " + "; ".join(flags), "notice", bold=True)]
    story += [heading("Presenting complaint"), para(data.chief_complaint or "—"), Spacer(0, 3)]
    story += [
        key_values(
            [
                ("Pain", pain_text(data.pain_before, data.pain_after)),
                ("Face to face", f"{data.face_to_face_minutes} min" if data.face_to_face_minutes is not None else "—"),
            ]
        )
    ]
    story += text_section("Subjective", data.subjective)
    story += text_section("Objective", data.objective)
    story += [
        heading("Tongue and pulse"),
        key_values([("Tongue", _tongue(doc)), ("Pulse", _pulse(data.pulse, data.pulse_notes))], columns=1),
    ]
    story += [
        heading("Assessment"),
        key_values(
            [
                ("TCM pattern", data.tcm_pattern or "—"),
                ("Principle", data.treatment_principle or "—"),
                ("ICD-10", "; ".join(icd10_label(code) for code in data.icd10_codes) or "—"),
            ],
            columns=1,
        ),
    ]
    story += _drawing(doc, catalog, "Body map")
    story += _points_table(doc, catalog)
    story += _modalities_table(doc, patient=False)
    if data.points or data.needles_in is not None:
        counts = f"In {_n(data.needles_in)}, out {_n(data.needles_out)}"
        if data.needles_in is not None and data.needles_in == data.needles_out:
            counts += " — all needles accounted for"
        story += [
            heading("Needle count"),
            para(counts + (f". {data.needle_count_note}" if data.needle_count_note else "")),
        ]
    story += text_section("Plan", data.plan)
    story += text_section("Home care", data.home_care)
    story += text_section("Follow-up", data.follow_up)
    if visit.acknowledgements:
        story.append(heading("Safety warnings acknowledged"))
        story += [
            para(f"{a.message} — acknowledged by {a.user}, {local(a.acknowledged_at):%H:%M}", "small")
            for a in visit.acknowledgements
        ]
    story += [Spacer(0, 8), *signature_lines(visit, doc.practitioner), *addenda_lines(visit)]
    return story


def _n(value: int | None) -> str:
    return "—" if value is None else str(value)


def patient_story(doc: VisitDocument, catalog: Catalog, options: SummaryOptions) -> list[Flowable]:
    """Plain words, no internal notes: what was treated, where, and what to do until next time."""
    visit, data, clinic = doc.visit, doc.visit.data, doc.clinic
    status = "" if visit.signed else "DRAFT — not signed"
    story: list[Flowable] = [
        *letterhead(clinic, doc.practitioner),
        title_row("Your visit summary", status, right_style="notice"),
        Spacer(0, 3),
        key_values(
            [
                ("For", rich(markup(doc.patient.display_name, bold=True))),
                ("Date", span_text(data.started_at, None)),
                ("Treated by", provider_text(doc.practitioner)),
                ("Chart no.", doc.patient.chart_no),
            ]
        ),
    ]
    if options.complaint and data.chief_complaint.strip():
        story += [heading("What we worked on"), para(data.chief_complaint)]
    if options.pain and data.pain_before is not None:
        story += [heading("Your pain score (0 = none, 10 = worst)"), para(pain_text(data.pain_before, data.pain_after))]
    if options.drawing:
        story += _drawing(doc, catalog, "Where we treated")
    if options.points and data.points:
        rows = []
        for point in data.points:
            code, pinyin, hanzi, english = _point_names(catalog, point)
            rows.append([code, f"{pinyin} {hanzi}".strip(), english, PATIENT_SIDES.get(point.side, point.side)])
        widths = [50, 130, 0, 90]
        widths[2] = FRAME_WIDTH - sum(widths)
        table = grid(("Point", "Name", "Meaning", "Where"), rows, widths, fonts=[BOLD])
        story += [heading("Acupuncture points used"), table]
    if options.modalities:
        story += _modalities_table(doc, patient=True)
    if options.home_care:
        story += text_section("Looking after yourself at home", data.home_care)
    if options.follow_up and data.follow_up.strip():
        story += [
            heading("Next appointment"),
            para(
                f"Please book your next visit in {data.follow_up.strip()}."
                if data.follow_up.strip()[0].isdigit()
                else data.follow_up
            ),
        ]
    contact = " or ".join(p for p in (clinic.phone, clinic.email) if p)
    if contact:
        story += [Spacer(0, 8), para(f"Questions, or a reaction after treatment? Contact us at {contact}.", "small")]
    if not visit.signed:
        story += [Spacer(0, 6), *signature_lines(visit, doc.practitioner)]
    return story


def summary_story(doc: VisitDocument, options: SummaryOptions, catalog: Catalog | None = None) -> list[Flowable]:
    catalog = catalog or load_catalog()
    if options.copy == "patient":
        return patient_story(doc, catalog, options)
    return clinician_story(doc, catalog)


def summary_meta(doc: VisitDocument, options: SummaryOptions) -> PageMeta:
    started = doc.visit.data.started_at
    day = f"{local(started):%Y-%m-%d}" if started else ""
    copy = "patient copy" if options.copy == "patient" else "clinician copy"
    return PageMeta(
        title=f"Visit summary — {copy}",
        subject=f"{doc.patient.display_name} · chart {doc.patient.chart_no} · {day}",
        author=doc.clinic.name,
        draft=not doc.visit.signed,
    )


def render_summary(doc: VisitDocument, options: SummaryOptions, catalog: Catalog | None = None) -> bytes:
    return render_pdf(summary_story(doc, options, catalog), summary_meta(doc, options))
