"""Lists of visits: the Today screen, a patient's history, the command line."""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import Select, exists, select
from sqlalchemy.orm import Session

from charting.db.models import IssuedDocument, Patient, TreatedPoint, User, Visit
from charting.db.session import Database
from charting.domain.records import VisitSummary


def local_day_bounds(day: date) -> tuple[datetime, datetime]:
    """The UTC instants where `day` starts and ends on this workstation's clock."""
    start = datetime.combine(day, time.min).astimezone()
    end = datetime.combine(day + timedelta(days=1), time.min).astimezone()
    return start.astimezone(UTC), end.astimezone(UTC)


def _summaries(session: Session, stmt: Select) -> list[VisitSummary]:
    rows = session.execute(stmt).all()
    ids = [r.id for r in rows]
    points: dict[int, list[tuple[str, str, str]]] = defaultdict(list)
    if ids:
        for visit_id, code, side, role in session.execute(
            select(TreatedPoint.visit_id, TreatedPoint.code, TreatedPoint.side, TreatedPoint.role)
            .where(TreatedPoint.visit_id.in_(ids))
            .order_by(TreatedPoint.visit_id, TreatedPoint.position)
        ):
            points[visit_id].append((code, side, role))
    return [
        VisitSummary(
            id=r.id,
            patient_id=r.patient_id,
            patient_name=f"{r.family_name}, {r.given_name}",
            chart_no=r.chart_no,
            practitioner_id=r.practitioner_id,
            practitioner_name=r.display_name,
            started_at=r.started_at,
            status=r.status,
            printed=bool(r.printed),
            chief_complaint=r.chief_complaint,
            pain_before=r.pain_before,
            pain_after=r.pain_after,
            points=tuple(points[r.id]),
        )
        for r in rows
    ]


def _base() -> Select:
    printed = exists().where(IssuedDocument.visit_id == Visit.id).label("printed")
    return (
        select(
            Visit.id,
            Visit.patient_id,
            Visit.practitioner_id,
            Visit.started_at,
            Visit.status,
            Visit.chief_complaint,
            Visit.pain_before,
            Visit.pain_after,
            Patient.family_name,
            Patient.given_name,
            Patient.chart_no,
            User.display_name,
            printed,
        )
        .join(Patient, Patient.id == Visit.patient_id)
        .join(User, User.id == Visit.practitioner_id)
    )


def list_day(
    db: Database, day: date, *, practitioner_id: int | None = None, chart_no: str | None = None
) -> list[VisitSummary]:
    start, end = local_day_bounds(day)
    stmt = _base().where(Visit.started_at >= start, Visit.started_at < end).order_by(Visit.started_at)
    if practitioner_id is not None:
        stmt = stmt.where(Visit.practitioner_id == practitioner_id)
    if chart_no is not None:
        stmt = stmt.where(Patient.chart_no == chart_no)
    with db.reading() as session:
        return _summaries(session, stmt)


def patient_visits(db: Database, patient_id: int, *, limit: int | None = None) -> list[VisitSummary]:
    """Newest first: the history panel and the pain trend read from the top."""
    stmt = _base().where(Visit.patient_id == patient_id).order_by(Visit.started_at.desc(), Visit.id.desc())
    if limit is not None:
        stmt = stmt.limit(limit)
    with db.reading() as session:
        return _summaries(session, stmt)
