"""Issued documents: recorded with who and when, re-issued byte for byte, visits marked printed."""

from __future__ import annotations

from sqlalchemy import select

from charting.db.models import AuditEntry
from charting.db.session import Database
from charting.domain.records import UserRecord
from charting.services import documents, visits
from charting.services.visit_lists import patient_visits
from tests.reports.conftest import VisitMaker


def test_issue_record_and_reissue(db: Database, make_visit: VisitMaker, desk: UserRecord, patient_id: int) -> None:
    visit_id = make_visit()
    renders: list[int] = []

    def render() -> bytes:
        renders.append(1)
        return b"%PDF-1.4 first"

    content, record = documents.issue_visit_document(
        db, visit_id=visit_id, kind="summary-clinician", options={"copy": "clinician"}, user_id=desk.id, render=render
    )
    assert record is not None and record.issued_by == "Front Desk" and len(record.sha256) == 64
    assert patient_visits(db, patient_id)[0].printed
    again, _ = documents.reissue_document(db, document_id=record.id, user_id=desk.id)
    assert again == content == documents.document_content(db, record.id)
    # A different option set is a different document.
    documents.issue_visit_document(
        db, visit_id=visit_id, kind="summary-patient", options={"copy": "patient"}, user_id=desk.id, render=render
    )
    assert len(renders) == 2
    assert [d.kind for d in documents.visit_documents(db, visit_id)] == [
        "summary-clinician",
        "summary-clinician",
        "summary-patient",
    ]
    with db.reading() as session:
        actions = [a.action for a in session.scalars(select(AuditEntry).where(AuditEntry.entity == "document"))]
    assert actions == ["issue", "reissue", "issue"]


def test_drafts_are_never_recorded(db: Database, make_visit: VisitMaker, desk: UserRecord) -> None:
    visit_id = make_visit(sign=False)
    content, record = documents.issue_visit_document(
        db, visit_id=visit_id, kind="summary-clinician", options={}, user_id=desk.id, render=lambda: b"%PDF draft"
    )
    assert content == b"%PDF draft" and record is None
    assert visits.get_visit(db, visit_id).documents == ()
