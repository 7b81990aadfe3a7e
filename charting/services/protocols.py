"""Saved point prescriptions, the starter set, and applying one to a draft."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import select

from charting.db.models import Protocol, ProtocolPoint
from charting.db.session import Database
from charting.domain.point_merge import assign_point_roles, merge_points
from charting.domain.records import PointData, VisitData, VisitRecord
from charting.domain.validation import validate_visit
from charting.errors import NotFoundError, ValidationError
from charting.paths import PROTOCOLS_DIR
from charting.services import audit
from charting.services.visit_mapping import apply_data, visit_data
from charting.services.visits import build_record, editable_visit


@dataclass(frozen=True)
class ProtocolRecord:
    id: int
    name: str
    description: str
    points: tuple[PointData, ...]


def _record(row: Protocol) -> ProtocolRecord:
    return ProtocolRecord(
        id=row.id,
        name=row.name,
        description=row.description,
        points=tuple(
            PointData(code=p.code, side=p.side, technique=p.technique, retention_minutes=p.retention_minutes)
            for p in row.points
        ),
    )


def list_protocols(db: Database) -> list[ProtocolRecord]:
    with db.reading() as session:
        return [_record(r) for r in session.scalars(select(Protocol).order_by(Protocol.name))]


def save_protocol(
    db: Database, *, name: str, points: list[PointData], user_id: int, description: str = ""
) -> ProtocolRecord:
    """Save the current points under a new name; the visit-level checks apply to its points."""
    if not name.strip():
        raise ValidationError({"name": "Give the protocol a name."})
    if not points:
        raise ValidationError({"points": "Choose at least one point before saving a protocol."})
    clean = validate_visit(VisitData(points=list(points))).points
    with db.transaction() as session:
        if session.scalar(select(Protocol.id).where(Protocol.name == name.strip())) is not None:
            raise ValidationError({"name": f"A protocol named {name.strip()!r} exists already."})
        row = Protocol(
            name=name.strip(),
            description=description,
            created_by=user_id,
            points=[
                ProtocolPoint(
                    position=i,
                    code=p.code,
                    side=p.side,
                    technique=p.technique,
                    retention_minutes=p.retention_minutes,
                )
                for i, p in enumerate(clean)
            ],
        )
        session.add(row)
        session.flush()
        audit.record(session, user_id=user_id, action="create", entity="protocol", entity_id=row.id)
        return _record(row)


def seed_starter_protocols(db: Database) -> int:
    """Install the shipped starter set into an empty protocol list; returns how many were added."""
    with db.reading() as session:
        if session.scalar(select(Protocol.id).limit(1)) is not None:
            return 0
    starters = json.loads((PROTOCOLS_DIR / "starter.json").read_text(encoding="utf-8"))
    with db.transaction() as session:
        for item in starters:
            session.add(
                Protocol(
                    name=item["name"],
                    description=item["description"],
                    points=[ProtocolPoint(position=i, **p) for i, p in enumerate(item["points"])],
                )
            )
        audit.record(session, user_id=None, action="seed", entity="protocol", entity_id=None, count=len(starters))
    return len(starters)


def merge_into_visit(
    db: Database,
    *,
    visit_id: int,
    expected_version: int,
    user_id: int,
    incoming: VisitData,
    action: str,
    **detail: object,
) -> VisitRecord:
    with db.transaction() as session:
        row = editable_visit(session, visit_id, expected_version)
        data = visit_data(row)
        data.areas = data.areas + [a for a in incoming.areas if a not in data.areas]
        data.points = assign_point_roles(merge_points(data.points, incoming.points), data.areas)
        data.modalities = data.modalities + [m for m in incoming.modalities if m not in data.modalities]
        changed = apply_data(row, validate_visit(data))
        session.flush()
        audit.record(
            session,
            user_id=user_id,
            action=action,
            entity="visit",
            entity_id=row.id,
            fields=changed,
            **detail,
        )
        return build_record(session, row)


def apply_protocol(
    db: Database, *, visit_id: int, protocol_id: int, expected_version: int, user_id: int
) -> VisitRecord:
    with db.reading() as session:
        editable_visit(session, visit_id, expected_version)
        protocol = session.get(Protocol, protocol_id)
        if protocol is None:
            raise NotFoundError(f"No protocol with id {protocol_id}.")
        record = _record(protocol)
    return merge_into_visit(
        db,
        visit_id=visit_id,
        expected_version=expected_version,
        user_id=user_id,
        incoming=VisitData(points=list(record.points)),
        action="apply_protocol",
        protocol=record.name,
    )
