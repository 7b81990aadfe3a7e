"""Charting a visit: start, autosave, sign, amend. Signed visits never change."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session

from charting.db.base import utcnow
from charting.db.models import (
    Addendum,
    ComplaintArea,
    IssuedDocument,
    Modality,
    Patient,
    SafetyAcknowledgement,
    TreatedPoint,
    User,
    Visit,
)
from charting.db.session import Database
from charting.domain.records import IssuedDocumentRecord, VisitData, VisitRecord
from charting.domain.signing import missing_for_signing
from charting.domain.validation import validate_visit
from charting.errors import ConflictError, NotFoundError, SignBlockedError, ValidationError, VisitSignedError
from charting.services import audit
from charting.services.visit_mapping import apply_data, visit_record


def load_visit(session: Session, visit_id: int) -> Visit:
    row = session.get(Visit, visit_id)
    if row is None:
        raise NotFoundError(f"No visit with id {visit_id}.")
    return row


def editable_visit(session: Session, visit_id: int, expected_version: int | None) -> Visit:
    """The visit, if it is still a draft and nobody saved over the version the caller has."""
    row = load_visit(session, visit_id)
    if row.status == "signed":
        raise VisitSignedError("This visit is signed and can no longer be changed. Add an addendum instead.")
    if expected_version is not None and row.version_id != expected_version:
        raise ConflictError(
            "This visit was changed on another workstation since you opened it. "
            "Reopen it to see the newer version; your last change was not saved."
        )
    return row


def build_record(session: Session, row: Visit) -> VisitRecord:
    patient = session.get(Patient, row.patient_id)
    assert patient is not None
    user_ids = {
        row.practitioner_id,
        row.signed_by,
        *(a.author_id for a in row.addenda),
        *(k.user_id for k in row.acknowledgements),
    }
    docs = session.execute(
        select(
            IssuedDocument.id,
            IssuedDocument.kind,
            IssuedDocument.issued_at,
            IssuedDocument.issued_by,
            IssuedDocument.sha256,
        )
        .where(IssuedDocument.visit_id == row.id)
        .order_by(IssuedDocument.issued_at)
    ).all()
    user_ids.update(d.issued_by for d in docs)
    users = {u.id: u for u in session.scalars(select(User).where(User.id.in_([i for i in user_ids if i])))}
    documents = tuple(
        IssuedDocumentRecord(
            id=d.id,
            kind=d.kind,
            issued_at=d.issued_at,
            issued_by=users[d.issued_by].display_name,
            sha256=d.sha256,
        )
        for d in docs
    )
    name = f"{patient.family_name}, {patient.given_name}"
    return visit_record(row, users, name, patient.chart_no, documents)


def start_visit(
    db: Database, *, patient_id: int, practitioner_id: int, user_id: int, started_at: datetime | None = None
) -> VisitRecord:
    with db.transaction() as session:
        if session.get(Patient, patient_id) is None:
            raise NotFoundError(f"No patient with id {patient_id}.")
        practitioner = session.get(User, practitioner_id)
        if practitioner is None or practitioner.role != "practitioner":
            raise ValidationError({"practitioner": "Choose a practitioner for the visit."})
        now = utcnow()
        row = Visit(
            patient_id=patient_id,
            practitioner_id=practitioner_id,
            status="draft",
            started_at=started_at or now,
            created_at=now,
            created_by=user_id,
            updated_at=now,
            updated_by=user_id,
            pulse={},
            icd10_codes=[],
        )
        session.add(row)
        session.flush()
        audit.record(session, user_id=user_id, action="create", entity="visit", entity_id=row.id, patient_id=patient_id)
        return build_record(session, row)


def get_visit(db: Database, visit_id: int) -> VisitRecord:
    with db.reading() as session:
        return build_record(session, load_visit(session, visit_id))


def save_visit(db: Database, *, visit_id: int, data: VisitData, expected_version: int, user_id: int) -> VisitRecord:
    """Store the whole draft (autosave). Unchanged data writes nothing and keeps the version."""
    clean = validate_visit(data)
    with db.transaction() as session:
        row = editable_visit(session, visit_id, expected_version)
        changed = apply_data(row, clean)
        if changed:
            row.updated_at, row.updated_by = utcnow(), user_id
            session.flush()
            audit.record(session, user_id=user_id, action="update", entity="visit", entity_id=row.id, fields=changed)
        return build_record(session, row)


def sign_visit(db: Database, *, visit_id: int, expected_version: int, user_id: int) -> VisitRecord:
    with db.transaction() as session:
        row = editable_visit(session, visit_id, expected_version)
        record = build_record(session, row)
        missing = missing_for_signing(record.data)
        if missing:
            raise SignBlockedError(missing)
        signer = session.get(User, user_id)
        if signer is None or signer.role != "practitioner":
            raise ValidationError({"user": "Only a practitioner can sign a visit."})
        now = utcnow()
        row.status, row.signed_at, row.signed_by = "signed", now, user_id
        row.ended_at = row.ended_at or _likely_end(row, now)
        row.updated_at, row.updated_by = now, user_id
        session.flush()
        audit.record(session, user_id=user_id, action="sign", entity="visit", entity_id=row.id)
        return build_record(session, row)


def _likely_end(row: Visit, now: datetime) -> datetime:
    """When the session ended, if nobody recorded it: start plus face-to-face time when charted
    (a visit is often signed at the end of the day), else the moment of signing."""
    if row.face_to_face_minutes:
        return row.started_at + timedelta(minutes=row.face_to_face_minutes)
    return max(now, row.started_at)


def add_addendum(db: Database, *, visit_id: int, user_id: int, reason: str, text: str) -> VisitRecord:
    errors = {}
    if not reason.strip():
        errors["reason"] = "Give the reason for the addendum."
    if not text.strip():
        errors["text"] = "The addendum text is empty."
    if errors:
        raise ValidationError(errors)
    with db.transaction() as session:
        row = load_visit(session, visit_id)
        if row.status != "signed":
            raise ValidationError({"visit": "The visit is still a draft: edit it directly instead."})
        row.addenda.append(Addendum(author_id=user_id, created_at=utcnow(), reason=reason.strip(), text=text))
        session.flush()
        audit.record(
            session,
            user_id=user_id,
            action="addendum",
            entity="visit",
            entity_id=row.id,
            reason=reason.strip(),
        )
        return build_record(session, row)


def acknowledge_warning(
    db: Database,
    *,
    visit_id: int,
    user_id: int,
    kind: str,
    message: str,
    code: str = "",
    detail: dict[str, Any] | None = None,
) -> VisitRecord:
    """Record that the user saw and acknowledged a safety warning while charting this visit."""
    with db.transaction() as session:
        row = editable_visit(session, visit_id, None)
        row.acknowledgements.append(
            SafetyAcknowledgement(
                user_id=user_id,
                acknowledged_at=utcnow(),
                code=code,
                kind=kind,
                message=message,
                detail=detail or {},
            )
        )
        session.flush()
        audit.record(
            session,
            user_id=user_id,
            action="acknowledge",
            entity="visit",
            entity_id=row.id,
            kind=kind,
            code=code,
        )
        return build_record(session, row)


# Addenda and acknowledgements are the only things that may still be added to a signed visit.
_APPEND_ONLY = frozenset({"addenda", "acknowledgements"})


def _was_signed(obj: Visit) -> bool:
    history = inspect(obj).attrs.status.history
    if history.deleted:
        return bool(history.deleted[0] == "signed")
    return bool(history.unchanged == ["signed"])


@event.listens_for(Session, "before_flush")
def _protect_signed_visits(session: Session, _context: Any, _instances: Any) -> None:
    """Last line of defence: no code path may change a visit that was signed before this flush."""
    for obj in (*session.dirty, *session.deleted):
        if isinstance(obj, Visit):
            state = inspect(obj)
            changed = [a.key for a in state.attrs if a.key not in _APPEND_ONLY and a.history.has_changes()]
            if _was_signed(obj) and (changed or obj in session.deleted):
                raise VisitSignedError("A signed visit cannot be changed.")
        elif isinstance(obj, ComplaintArea | TreatedPoint | Modality):
            parent = session.get(Visit, obj.visit_id) if obj.visit_id is not None else None
            if parent is not None and _was_signed(parent):
                raise VisitSignedError("A signed visit cannot be changed.")
