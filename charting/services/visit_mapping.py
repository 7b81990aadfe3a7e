"""Translation between visit rows and the plain VisitData the editor works on."""

from __future__ import annotations

from dataclasses import fields

from sqlalchemy.orm import object_session

from charting.db.models import ComplaintArea, Modality, TreatedPoint, User, Visit
from charting.domain.records import (
    AcknowledgementRecord,
    AddendumRecord,
    AreaData,
    IssuedDocumentRecord,
    ModalityData,
    PointData,
    VisitData,
    VisitRecord,
)

_SCALARS = tuple(f.name for f in fields(VisitData) if f.name not in ("areas", "points", "modalities"))
_AREA = tuple(f.name for f in fields(AreaData))
_POINT = tuple(f.name for f in fields(PointData))
_MODALITY = tuple(f.name for f in fields(ModalityData))


def visit_data(row: Visit) -> VisitData:
    data = VisitData(**{name: getattr(row, name) for name in _SCALARS})
    data.pulse = dict(row.pulse or {})
    data.icd10_codes = list(row.icd10_codes or [])
    data.areas = [AreaData(**{n: getattr(a, n) for n in _AREA}) for a in row.areas]
    data.points = [PointData(**{n: getattr(p, n) for n in _POINT}) for p in row.points]
    data.modalities = [ModalityData(**{n: getattr(m, n) for n in _MODALITY}) for m in row.modalities]
    return data


def apply_data(row: Visit, data: VisitData) -> list[str]:
    """Write `data` onto the row; returns the names of what changed, for the audit entry.

    One flush for the whole change: an autoflush halfway (when a collection loads) would bump the
    optimistic-locking version twice for one save.
    """
    session = object_session(row)
    assert session is not None
    with session.no_autoflush:
        return _apply(row, data)


def _apply(row: Visit, data: VisitData) -> list[str]:
    changed = []
    for name in _SCALARS:
        value = getattr(data, name)
        if name == "started_at" and value is None:
            continue
        if getattr(row, name) != value:
            changed.append(name)
            setattr(row, name, value)
    current = visit_data(row)
    if current.areas != data.areas:
        changed.append("areas")
        row.areas = [ComplaintArea(position=i, **{n: getattr(a, n) for n in _AREA}) for i, a in enumerate(data.areas)]
    if current.points != data.points:
        changed.append("points")
        row.points = [TreatedPoint(position=i, **{n: getattr(p, n) for n in _POINT}) for i, p in enumerate(data.points)]
    if current.modalities != data.modalities:
        changed.append("modalities")
        row.modalities = [
            Modality(position=i, **{n: getattr(m, n) for n in _MODALITY}) for i, m in enumerate(data.modalities)
        ]
    return changed


def visit_record(
    row: Visit,
    users: dict[int, User],
    patient_name: str,
    chart_no: str,
    documents: tuple[IssuedDocumentRecord, ...] = (),
) -> VisitRecord:
    def name(user_id: int | None) -> str:
        user = users.get(user_id) if user_id is not None else None
        return user.display_name if user is not None else ""

    return VisitRecord(
        id=row.id,
        version=row.version_id,
        status=row.status,
        patient_id=row.patient_id,
        patient_name=patient_name,
        chart_no=chart_no,
        practitioner_id=row.practitioner_id,
        practitioner_name=name(row.practitioner_id),
        data=visit_data(row),
        signed_at=row.signed_at,
        signed_by=name(row.signed_by) or None,
        addenda=tuple(
            AddendumRecord(id=a.id, author=name(a.author_id), created_at=a.created_at, reason=a.reason, text=a.text)
            for a in row.addenda
        ),
        acknowledgements=tuple(
            AcknowledgementRecord(
                user=name(k.user_id),
                acknowledged_at=k.acknowledged_at,
                code=k.code,
                kind=k.kind,
                message=k.message,
            )
            for k in row.acknowledgements
        ),
        documents=documents,
    )
