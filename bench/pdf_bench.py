"""PDF timings: one visit summary with its body-map drawing, against a plain ReportLab page of the
same text rendered in the same run, and a 40-visit day sheet built from a real database.

`run(samples)` is the plugin entry point (see bench/plugins.py); `python -m bench.pdf_bench` runs
it alone.
"""

from __future__ import annotations

import io
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock
from pathlib import Path

from charting.domain.records import (
    AreaData,
    ClinicRecord,
    ModalityData,
    PatientData,
    PatientRecord,
    PointData,
    UserRecord,
    VisitData,
    VisitRecord,
)

DAY_VISITS = 40
POINTS = [
    ("GB20", "bilateral", "local"),
    ("GB21", "bilateral", "local"),
    ("BL10", "bilateral", "local"),
    ("SI14", "left", "local"),
    ("SI3", "bilateral", "distal"),
    ("TE5", "right", "distal"),
    ("LI4", "bilateral", "distal"),
    ("LR3", "bilateral", "distal"),
]
AREAS = [AreaData("upper_trapezius", "left", "spasm", 6), AreaData("upper_trapezius", "right", "tension", 4)]


def _visit_data(start: datetime) -> VisitData:
    return VisitData(
        started_at=start,
        ended_at=start + timedelta(minutes=45),
        face_to_face_minutes=40,
        chief_complaint="Stiff neck and upper trapezius spasm after desk work",
        subjective="Visit 3 of the course. Sleep better; morning stiffness down to twenty minutes.",
        objective="Palpable taut band in the left upper trapezius; rotation limited to 45° left.",
        tongue_body="pale",
        tongue_coat="thin white",
        tongue_shape="normal",
        pulse={"overall": "wiry, slippery", "left_guan": "wiry"},
        tcm_pattern="Qi and Blood stagnation",
        treatment_principle="Move Qi and Blood, relax the sinews",
        icd10_codes=["M62.838", "M54.2"],
        pain_before=6,
        pain_after=3,
        home_care="Heat on the neck 15 minutes twice a day; take a break from the screen every 30 minutes.",
        follow_up="1 week",
        needles_in=14,
        needles_out=14,
        areas=list(AREAS),
        points=[
            PointData(c, s, r, technique="even", depth_cun=0.8, retention_minutes=20, de_qi=True) for c, s, r in POINTS
        ],
        modalities=[ModalityData("cupping", "upper trapezius, both sides", 8)],
    )


def _document():  # type: ignore[no-untyped-def]
    from charting.reports.sources import VisitDocument

    start = datetime(2026, 11, 24, 15, 30, tzinfo=UTC)
    visit = VisitRecord(
        id=9,
        version=3,
        status="signed",
        patient_id=1,
        patient_name="Okafor, James",
        chart_no="100002",
        practitioner_id=2,
        practitioner_name="Dr. Mei Lin",
        data=_visit_data(start),
        signed_at=start + timedelta(minutes=50),
        signed_by="Dr. Mei Lin",
    )
    patient = PatientRecord(
        1,
        "100002",
        1,
        PatientData(family_name="Okafor", given_name="James", date_of_birth=date(1946, 2, 3)),
        start,
        start,
    )
    user = UserRecord(2, "mlin", "Dr. Mei Lin", "practitioner", "L.Ac., DACM", "AC-20931", "1487659203")
    clinic = ClinicRecord(
        "Riverside Acupuncture & Wellness",
        "12 Harbour Road, Suite 3\nPortland, OR 97201",
        "(503) 555-0142",
        "front@riverside-acu.example",
        "93-1234567",
        "1730418265",
    )
    return VisitDocument(visit, patient, user, clinic)


def _plain_page(lines: list[str]) -> bytes:
    """The floor: the same text as plain paragraphs in the same fonts, no tables, no drawing."""
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from charting.reports.fonts import markup
    from charting.reports.styles import styles

    buffer = io.BytesIO()
    body = styles().body
    SimpleDocTemplate(buffer, invariant=1).build([Paragraph(markup(line), body) for line in lines])
    return buffer.getvalue()


def _day_database(folder: Path):  # type: ignore[no-untyped-def]
    """A fresh SQLite clinic with DAY_VISITS signed visits on one day, through the services."""
    from charting.db.session import open_database
    from charting.services import patients, users, visits

    db = open_database(f"sqlite:///{folder / 'bench.db'}")
    desk = users.create_user(db, username="desk", display_name="Front Desk", role="front_desk")
    lin = users.create_user(
        db,
        username="lin",
        display_name="Dr. Mei Lin",
        role="practitioner",
        credentials="L.Ac.",
        licence_no="AC-1",
        npi="1234567890",
    )
    users.save_clinic(db, name="Riverside Acupuncture & Wellness", address="12 Harbour Road", phone="555-0142")
    day = date(2026, 11, 24)
    for i in range(DAY_VISITS):
        patient = patients.create_patient(
            db,
            data=PatientData(family_name=f"Patient{i:02d}", given_name="Test", date_of_birth=date(1980, 1, 1)),
            user_id=desk.id,
        )
        start = datetime.combine(day, clock(8, 0)).astimezone() + timedelta(minutes=15 * i)
        visit = visits.start_visit(
            db, patient_id=patient.id, practitioner_id=lin.id, user_id=lin.id, started_at=start.astimezone(UTC)
        )
        saved = visits.save_visit(
            db,
            visit_id=visit.id,
            data=_visit_data(start.astimezone(UTC)),
            expected_version=visit.version,
            user_id=lin.id,
        )
        visits.sign_visit(db, visit_id=visit.id, expected_version=saved.version, user_id=lin.id)
    return db, day


def run(samples: int) -> dict[str, float]:
    from pypdf import PdfReader

    from charting.points import load_catalog
    from charting.reports.options import SummaryOptions
    from charting.reports.printing import build_day_sheet
    from charting.reports.summary import render_summary

    catalog = load_catalog()
    doc, options = _document(), SummaryOptions()
    pdf = render_summary(doc, options, catalog)  # warm: fonts registered, figure outlines parsed
    lines = [line for page in PdfReader(io.BytesIO(pdf)).pages for line in (page.extract_text() or "").splitlines()]
    _plain_page(lines)
    summary, floor = [], []
    for _ in range(max(3, samples)):  # interleaved, so both see the same machine load
        began = time.perf_counter()
        render_summary(doc, options, catalog)
        summary.append((time.perf_counter() - began) * 1000)
        began = time.perf_counter()
        _plain_page(lines)
        floor.append((time.perf_counter() - began) * 1000)
    with tempfile.TemporaryDirectory(prefix="acuchart-pdf-bench-") as folder:
        db, day = _day_database(Path(folder))
        try:
            runs = []
            for _ in range(max(1, min(3, samples // 10))):
                began = time.perf_counter()
                sheet = build_day_sheet(db, day, catalog=catalog)
                runs.append(time.perf_counter() - began)
            assert len(sheet.parts) == DAY_VISITS
        finally:
            db.dispose()
    summary_ms, floor_ms = statistics.median(summary), statistics.median(floor)
    return {
        "summary_median_ms": round(summary_ms, 2),
        "summary_floor_median_ms": round(floor_ms, 2),
        "summary_ratio": round(summary_ms / floor_ms, 2),
        "day_sheet_40_s": round(statistics.median(runs), 3),
    }


if __name__ == "__main__":
    print(run(int(sys.argv[1]) if len(sys.argv) > 1 else 30))
