"""The superbill: what a patient hands their insurer to claim for a signed visit."""

from __future__ import annotations

from datetime import date

from reportlab.platypus import Flowable, Spacer, Table

from charting.domain.billing import Superbill
from charting.reports.blocks import heading, key_values, letterhead, para, rich, signature_lines, title_row
from charting.reports.fonts import markup
from charting.reports.page import PageMeta, render_pdf
from charting.reports.sources import VisitDocument
from charting.reports.styles import FRAME_WIDTH, grid_table_style
from charting.reports.text import birth_text, day_text, local, money, provider_text
from charting.vocab import icd10_descriptions

PLACE_OF_SERVICE = "11 — Office"


def superbill_story(doc: VisitDocument, bill: Superbill) -> list[Flowable]:
    visit, patient, clinic, provider = doc.visit, doc.patient, doc.clinic, doc.practitioner
    started = local(visit.data.started_at) if visit.data.started_at else None
    service_day = day_text(started.date()) if started else "—"
    clinic_ids = [f"Clinic NPI {clinic.npi}" if clinic.npi else "", f"Tax ID {clinic.tax_id}" if clinic.tax_id else ""]
    story: list[Flowable] = [
        *letterhead(clinic, provider, extra_ids=[" · ".join(i for i in clinic_ids if i)]),
        title_row("Superbill", f"Visit no. {visit.id}"),
        Spacer(0, 3),
        key_values(
            [
                ("Patient", rich(markup(patient.display_name, bold=True))),
                ("Date of service", service_day),
                ("Born", birth_text(patient.data.date_of_birth, started.date() if started else date.today())),
                ("Place of service", PLACE_OF_SERVICE),
                ("Chart no.", patient.chart_no),
                ("Rendering provider", provider_text(provider)),
                ("Address", patient.data.address or "—"),
                ("Provider NPI", provider.npi or "—"),
            ],
            label_width=78,
        ),
    ]
    dx_head = ("Pointer", "ICD-10 code", "Description")
    rows: list[list[object]] = [[para(h, "cell_head", bold=True) for h in dx_head]]
    rows += [
        [para(letter, "cell"), para(code, "cell", bold=True), para(icd10_descriptions().get(code, ""), "cell")]
        for letter, code in bill.diagnoses
    ]
    if not bill.diagnoses:
        rows.append(
            [
                para("—", "cell"),
                para("—", "cell"),
                para("No ICD-10 code on the visit: add one by addendum before claiming.", "cell"),
            ]
        )
    diagnoses = Table(rows, colWidths=[50, 70, FRAME_WIDTH - 120], repeatRows=1, hAlign="LEFT")
    diagnoses.setStyle(grid_table_style())
    story += [heading("Diagnoses"), diagnoses]

    head = ("Date", "CPT", "Description", "Dx pointer", "Units", "Fee", "Amount")
    rows = [[para(h, "cell_head", bold=True) for h in head]]
    for line in bill.lines:
        rows.append(
            [
                para(service_day, "cell"),
                para(line.cpt_code, "cell", bold=True),
                para(line.description, "cell"),
                para(line.pointers or "—", "cell"),
                para(str(line.units), "cell"),
                para(money(line.fee_cents), "cell"),
                para(money(line.amount_cents), "cell"),
            ]
        )
    rows.append(
        ["", "", para("Total charges", "cell", bold=True), "", "", "", para(money(bill.total_cents), "cell", bold=True)]
    )
    widths = [64, 40, 0, 50, 34, 56, 62]
    widths[2] = FRAME_WIDTH - sum(widths)
    services = Table(rows, colWidths=widths, repeatRows=1)
    style = grid_table_style()
    style.add("ALIGN", (4, 0), (-1, -1), "RIGHT")
    style.add("LINEABOVE", (0, -1), (-1, -1), 0.6, "#2F5D62")
    services.setStyle(style)
    story += [heading("Services"), services]
    if bill.notes:
        story += [heading("Billing notes"), *(para("• " + note, "small") for note in bill.notes)]
    story += [
        Spacer(0, 10),
        *signature_lines(visit, provider),
        para("I certify that the services listed were medically indicated and personally rendered.", "small"),
        Spacer(0, 8),
        para("Amount paid: ______________      Payment method: ______________", "small"),
    ]
    return story


def superbill_meta(doc: VisitDocument) -> PageMeta:
    started = doc.visit.data.started_at
    return PageMeta(
        title="Superbill",
        subject=f"{doc.patient.display_name} · chart {doc.patient.chart_no} · {local(started):%Y-%m-%d}"
        if started
        else doc.patient.display_name,
        author=doc.clinic.name,
        draft=not doc.visit.signed,
    )


def render_superbill(doc: VisitDocument, bill: Superbill) -> bytes:
    return render_pdf(superbill_story(doc, bill), superbill_meta(doc))
