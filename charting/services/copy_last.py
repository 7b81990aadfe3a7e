"""Copy last treatment: the one-action start of a follow-up visit."""

from __future__ import annotations

from sqlalchemy import select

from charting.db.models import Visit
from charting.db.session import Database
from charting.domain.records import VisitData, VisitRecord
from charting.errors import NotFoundError
from charting.services.protocols import merge_into_visit
from charting.services.visit_mapping import visit_data
from charting.services.visits import editable_visit


def copy_last_treatment(db: Database, *, visit_id: int, expected_version: int, user_id: int) -> VisitRecord:
    """Bring the areas, points (sides and details) and modalities of the patient's previous visit
    into this draft; what the draft already holds is kept."""
    with db.reading() as session:
        current = editable_visit(session, visit_id, expected_version)
        previous = session.scalar(
            select(Visit)
            .where(
                Visit.patient_id == current.patient_id,
                Visit.id != current.id,
                Visit.started_at <= current.started_at,
            )
            .order_by(Visit.started_at.desc(), Visit.id.desc())
            .limit(1)
        )
        if previous is None:
            raise NotFoundError("This patient has no earlier visit to copy from.")
        source = visit_data(previous)
        source_id = previous.id
    incoming = VisitData(areas=source.areas, points=source.points, modalities=source.modalities)
    return merge_into_visit(
        db,
        visit_id=visit_id,
        expected_version=expected_version,
        user_id=user_id,
        incoming=incoming,
        action="copy_last",
        source_visit=source_id,
    )
