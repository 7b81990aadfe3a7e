"""PDFs handed out for signed visits: recorded byte for byte, so a copy given later is identical.

A signed visit only changes through addenda, so a document of the same kind and options issued
after the newest addendum is still current: issuing it again hands out the stored bytes (and
records that hand-out) instead of rendering anew with whatever code or figures are installed now.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from charting.db.base import utcnow
from charting.db.models import Addendum, IssuedDocument, User, Visit
from charting.db.session import Database
from charting.domain.records import IssuedDocumentRecord
from charting.errors import NotFoundError
from charting.services import audit

Render = Callable[[], bytes]


def _record(session: Session, row: IssuedDocument) -> IssuedDocumentRecord:
    user = session.get(User, row.issued_by)
    return IssuedDocumentRecord(
        id=row.id,
        kind=row.kind,
        issued_at=row.issued_at,
        issued_by=user.display_name if user else f"user {row.issued_by}",
        sha256=row.sha256,
    )


def _store(
    session: Session,
    *,
    kind: str,
    content: bytes,
    user_id: int,
    visit_id: int | None,
    patient_id: int | None,
    options: Mapping[str, Any],
    action: str,
) -> IssuedDocument:
    row = IssuedDocument(
        kind=kind,
        visit_id=visit_id,
        patient_id=patient_id,
        issued_at=utcnow(),
        issued_by=user_id,
        sha256=hashlib.sha256(content).hexdigest(),
        options=dict(options),
        content=content,
    )
    session.add(row)
    session.flush()
    audit.record(
        session,
        user_id=user_id,
        action=action,
        entity="document",
        entity_id=row.id,
        kind=kind,
        visit_id=visit_id,
        patient_id=patient_id,
        sha256=row.sha256,
    )
    return row


def _current_document(session: Session, visit_id: int, kind: str, options: Mapping[str, Any]) -> IssuedDocument | None:
    """The newest document of this kind and options issued after the visit's last addendum."""
    last_addendum: datetime | None = session.scalar(
        select(func.max(Addendum.created_at)).where(Addendum.visit_id == visit_id)
    )
    stmt = (
        select(IssuedDocument)
        .where(IssuedDocument.visit_id == visit_id, IssuedDocument.kind == kind)
        .order_by(IssuedDocument.issued_at.desc(), IssuedDocument.id.desc())
    )
    if last_addendum is not None:
        stmt = stmt.where(IssuedDocument.issued_at > last_addendum)
    for row in session.scalars(stmt):
        if row.options == dict(options):
            return row
    return None


def issue_visit_document(
    db: Database,
    *,
    visit_id: int,
    kind: str,
    options: Mapping[str, Any],
    user_id: int,
    render: Render,
) -> tuple[bytes, IssuedDocumentRecord | None]:
    """The PDF to hand out for a visit, and its record when the visit is signed (drafts are
    previews, never recorded). `render` is called only when no current copy is stored."""
    with db.reading() as session:
        visit = session.get(Visit, visit_id)
        if visit is None:
            raise NotFoundError(f"No visit with id {visit_id}.")
        signed, patient_id = visit.status == "signed", visit.patient_id
        current = _current_document(session, visit_id, kind, options) if signed else None
        stored = current.content if current is not None else None
    if not signed:
        return render(), None
    content = stored if stored is not None else render()
    with db.transaction() as session:
        row = _store(
            session,
            kind=kind,
            content=content,
            user_id=user_id,
            visit_id=visit_id,
            patient_id=patient_id,
            options=options,
            action="reissue" if stored is not None else "issue",
        )
        return content, _record(session, row)


def current_content(db: Database, *, visit_id: int, kind: str, options: Mapping[str, Any]) -> bytes | None:
    """The stored copy a new issue of this document would hand out, if there is one (for previews)."""
    with db.reading() as session:
        row = _current_document(session, visit_id, kind, options)
        return row.content if row is not None else None


def document_content(db: Database, document_id: int) -> bytes:
    with db.reading() as session:
        row = session.get(IssuedDocument, document_id)
        if row is None:
            raise NotFoundError(f"No issued document with id {document_id}.")
        return row.content


def reissue_document(db: Database, *, document_id: int, user_id: int) -> tuple[bytes, IssuedDocumentRecord]:
    """Hand out an earlier document again, byte for byte, and record who did and when."""
    with db.transaction() as session:
        old = session.get(IssuedDocument, document_id)
        if old is None:
            raise NotFoundError(f"No issued document with id {document_id}.")
        row = _store(
            session,
            kind=old.kind,
            content=old.content,
            user_id=user_id,
            visit_id=old.visit_id,
            patient_id=old.patient_id,
            options=old.options,
            action="reissue",
        )
        return row.content, _record(session, row)


def visit_documents(db: Database, visit_id: int) -> list[IssuedDocumentRecord]:
    with db.reading() as session:
        rows = session.scalars(
            select(IssuedDocument).where(IssuedDocument.visit_id == visit_id).order_by(IssuedDocument.issued_at)
        )
        return [_record(session, r) for r in rows]
