"""From a database to PDF bytes: render, record what is issued for signed visits, batch a day.

The functions here are what the app and the command line call; they know nothing about Qt.
Long batches take a progress callback and a cancel check (Orange-style), so the UI can run them
on a worker thread.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from datetime import date

from charting.db.session import Database
from charting.domain.records import IssuedDocumentRecord
from charting.errors import DomainError, NotFoundError, ValidationError
from charting.points import Catalog
from charting.reports.options import SummaryOptions
from charting.reports.sources import NO_CLINIC, load_visit_document
from charting.services import billing, documents
from charting.services.patients import get_patient
from charting.services.users import get_clinic
from charting.services.visit_lists import list_day, patient_visits
from charting.services.visits import get_visit

Progress = Callable[[int, int], None]  # (done, total)
Cancelled = Callable[[], bool]
Issued = tuple[bytes, IssuedDocumentRecord | None]


class BatchCancelled(DomainError):
    """The user stopped a batch; nothing was written."""


def visit_summary_pdf(
    db: Database, visit_id: int, *, options: SummaryOptions, user_id: int, catalog: Catalog | None = None
) -> Issued:
    """The summary to hand out; for a signed visit the copy is recorded (or the stored copy reused)."""
    from charting.reports.summary import render_summary

    def render() -> bytes:
        return render_summary(load_visit_document(db, visit_id), options, catalog)

    return documents.issue_visit_document(
        db, visit_id=visit_id, kind=options.kind, options=options.as_dict(), user_id=user_id, render=render
    )


def superbill_pdf(db: Database, visit_id: int, *, user_id: int) -> Issued:
    """Signed visits only: a superbill is a claim, and a draft may still change."""
    from charting.reports.superbill import render_superbill

    bill = billing.visit_superbill(db, visit_id)  # raises for a draft
    return documents.issue_visit_document(
        db,
        visit_id=visit_id,
        kind="superbill",
        options={},
        user_id=user_id,
        render=lambda: render_superbill(load_visit_document(db, visit_id), bill),
    )


def day_sheet_pdf(
    db: Database,
    day: date,
    *,
    copies: Sequence[str] = ("clinician",),
    user_id: int | None = None,
    practitioner_id: int | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    catalog: Catalog | None = None,
) -> bytes:
    """All the day's summaries in appointment order, each copy as issued for that visit.

    Every visit's summary is rendered (or its stored copy reused) and recorded on its own, so a
    visit printed on a day sheet shows as printed and can be re-issued alone; the day sheet is
    those PDFs joined. `user_id` None attributes each visit's copy to its practitioner (the
    command line has no login).
    """
    from pypdf import PdfWriter

    from charting.points import load_catalog
    from charting.reports.summary import render_summary

    for copy in copies:
        SummaryOptions(copy=copy)  # validates the copy names before any work
    visits = list_day(db, day, practitioner_id=practitioner_id)
    if not visits:
        raise NotFoundError(f"No visits on {day.isoformat()}.")
    catalog = catalog or load_catalog()
    clinic = get_clinic(db) or NO_CLINIC
    total = len(visits) * len(copies)
    writer = PdfWriter()
    done = 0
    for visit in visits:
        for copy in copies:
            if cancelled is not None and cancelled():
                raise BatchCancelled("Printing the day was cancelled.")
            options = SummaryOptions(copy=copy)
            pdf, _record = documents.issue_visit_document(
                db,
                visit_id=visit.id,
                kind=options.kind,
                options=options.as_dict(),
                user_id=user_id if user_id is not None else visit.practitioner_id,
                render=lambda v=visit.id, o=options: render_summary(load_visit_document(db, v, clinic), o, catalog),
            )
            when = visit.started_at.astimezone().strftime("%H:%M")
            writer.append(io.BytesIO(pdf), outline_item=f"{when} {visit.patient_name} ({copy})")
            done += 1
            if progress is not None:
                progress(done, total)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def progress_pdf(db: Database, patient_id: int, *, user_id: int | None = None) -> bytes:
    """A patient's course; recorded against the patient when a user is known (the app)."""
    from charting.reports.progress import render_progress

    patient = get_patient(db, patient_id)
    pdf = render_progress(get_clinic(db) or NO_CLINIC, patient, patient_visits(db, patient_id))
    if user_id is not None:
        documents.issue_patient_document(
            db, patient_id=patient_id, kind="progress", options={}, user_id=user_id, content=pdf
        )
    return pdf


def issuing_user(db: Database, visit_id: int) -> int:
    """Who a command-line issue is recorded under: the visit's practitioner (there is no login)."""
    return get_visit(db, visit_id).practitioner_id


def require_signed(db: Database, visit_id: int) -> None:
    if not get_visit(db, visit_id).signed:
        raise ValidationError({"visit": "This needs a signed visit: sign the visit first."})
