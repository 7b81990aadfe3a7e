"""Writes the audit trail; the log is append-only, so nothing here updates or deletes."""

from __future__ import annotations

from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session

from charting.db.base import utcnow
from charting.db.models import AuditEntry


def record(
    session: Session, *, user_id: int | None, action: str, entity: str, entity_id: int | None, **detail: Any
) -> None:
    session.add(
        AuditEntry(at=utcnow(), user_id=user_id, action=action, entity=entity, entity_id=entity_id, detail=detail)
    )


@event.listens_for(Session, "before_flush")
def _refuse_audit_rewrites(session: Session, _context: Any, _instances: Any) -> None:
    for obj in (*session.dirty, *session.deleted):
        if isinstance(obj, AuditEntry):
            raise PermissionError("the audit log is append-only")
