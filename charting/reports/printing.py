"""From a database to PDF bytes: preview, issue (record for signed visits), batch a day.

These are what the app and the command line call; they know nothing about Qt. A preview never
records anything; issuing (printing or saving) does, and hands out the stored copy of a signed
visit's document when one is current, so a re-issue is byte-identical. Long batches take a
progress callback and a cancel check, so the UI can run them on a worker thread.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from charting.db.session import Database
from charting.domain.records import IssuedDocumentRecord
from charting.errors import DomainError, NotFoundError, NotSignedError
from charting.points import Catalog, load_catalog
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
SUPERBILL = "superbill"


class BatchCancelled(DomainError):
    """The user stopped a batch; nothing was recorded."""


def summary_preview(db: Database, visit_id: int, *, options: SummaryOptions, catalog: Catalog | None = None) -> bytes:
    """What issuing would hand out now: the stored copy when current, else a fresh render."""
    from charting.reports.summary import render_summary

    stored = documents.current_content(db, visit_id=visit_id, kind=options.kind, options=options.as_dict())
    return stored or render_summary(load_visit_document(db, visit_id), options, catalog or load_catalog())


def issue_summary(
    db: Database,
    visit_id: int,
    *,
    options: SummaryOptions,
    user_id: int,
    catalog: Catalog | None = None,
    rendered: bytes | None = None,
) -> Issued:
    """The summary to hand out, recorded for a signed visit; `rendered` is the preview's bytes."""
    return documents.issue_visit_document(
        db,
        visit_id=visit_id,
        kind=options.kind,
        options=options.as_dict(),
        user_id=user_id,
        render=lambda: rendered or summary_preview(db, visit_id, options=options, catalog=catalog),
    )


def superbill_preview(db: Database, visit_id: int) -> bytes:
    """Signed visits only (raises for a draft): a superbill is a claim, and a draft may change."""
    from charting.reports.superbill import render_superbill

    bill = billing.visit_superbill(db, visit_id)
    stored = documents.current_content(db, visit_id=visit_id, kind=SUPERBILL, options={})
    return stored or render_superbill(load_visit_document(db, visit_id), bill)


def issue_superbill(db: Database, visit_id: int, *, user_id: int, rendered: bytes | None = None) -> Issued:
    pdf = rendered or superbill_preview(db, visit_id)
    return documents.issue_visit_document(
        db, visit_id=visit_id, kind=SUPERBILL, options={}, user_id=user_id, render=lambda: pdf
    )


@dataclass(frozen=True)
class SheetPart:
    visit_id: int
    practitioner_id: int
    signed: bool
    options: SummaryOptions
    pdf: bytes


@dataclass(frozen=True)
class DaySheet:
    pdf: bytes
    parts: tuple[SheetPart, ...]


def build_day_sheet(
    db: Database,
    day: date,
    *,
    copies: Sequence[str] = ("clinician",),
    practitioner_id: int | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    catalog: Catalog | None = None,
) -> DaySheet:
    """All the day's summaries in appointment order, each exactly as issuing it alone would give
    (stored copy or fresh render), joined into one PDF with a bookmark per visit."""
    from pypdf import PdfWriter

    from charting.reports.summary import render_summary

    options_list = [SummaryOptions(copy=copy) for copy in copies]  # validates before any work
    visits = list_day(db, day, practitioner_id=practitioner_id)
    if not visits:
        raise NotFoundError(f"No visits on {day.isoformat()}.")
    catalog = catalog or load_catalog()
    clinic = get_clinic(db) or NO_CLINIC
    total = len(visits) * len(options_list)
    writer = PdfWriter()
    parts: list[SheetPart] = []
    for visit in visits:
        for options in options_list:
            if cancelled is not None and cancelled():
                raise BatchCancelled("Printing the day was cancelled.")
            signed = visit.status == "signed"
            stored = (
                documents.current_content(db, visit_id=visit.id, kind=options.kind, options=options.as_dict())
                if signed
                else None
            )
            pdf = stored or render_summary(load_visit_document(db, visit.id, clinic), options, catalog)
            parts.append(SheetPart(visit.id, visit.practitioner_id, signed, options, pdf))
            when = visit.started_at.astimezone().strftime("%H:%M")
            writer.append(io.BytesIO(pdf), outline_item=f"{when} {visit.patient_name} ({options.copy} copy)")
            if progress is not None:
                progress(len(parts), total)
    out = io.BytesIO()
    writer.write(out)
    return DaySheet(pdf=out.getvalue(), parts=tuple(parts))


def record_day_sheet(db: Database, sheet: DaySheet, *, user_id: int | None) -> int:
    """Record each signed visit's summary as issued (printed or saved with the day sheet).
    `user_id` None attributes each to the visit's practitioner (the command line has no login).
    Returns how many were recorded."""
    recorded = 0
    for part in sheet.parts:
        if part.signed:
            documents.issue_visit_document(
                db,
                visit_id=part.visit_id,
                kind=part.options.kind,
                options=part.options.as_dict(),
                user_id=user_id if user_id is not None else part.practitioner_id,
                render=functools.partial(bytes, part.pdf),
            )
            recorded += 1
    return recorded


def progress_pdf(db: Database, patient_id: int) -> bytes:
    from charting.reports.progress import render_progress

    patient = get_patient(db, patient_id)
    return render_progress(get_clinic(db) or NO_CLINIC, patient, patient_visits(db, patient_id))


def issuing_user(db: Database, visit_id: int) -> int:
    """Who a command-line issue is recorded under: the visit's practitioner (there is no login)."""
    return get_visit(db, visit_id).practitioner_id


def require_signed(db: Database, visit_id: int) -> None:
    if not get_visit(db, visit_id).signed:
        raise NotSignedError("A superbill needs a signed visit: sign the visit first.")
