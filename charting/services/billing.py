"""The clinic's fee schedule and the superbill of a signed visit."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from charting.db.models import FeeScheduleItem, TreatedPoint, User, Visit
from charting.db.session import Database
from charting.domain.billing import DEFAULT_FEES, MIN_UNIT_MINUTES, FeeItem, Superbill, superbill_for
from charting.errors import DomainError, NotFoundError, NotSignedError, ValidationError
from charting.services import audit
from charting.services.users import SETTINGS_ROLES
from charting.services.visit_lists import local_day_bounds
from charting.services.visits import get_visit


def _seed_if_empty(session: Session) -> None:
    if session.scalar(select(FeeScheduleItem.id).limit(1)) is None:
        session.add_all(
            FeeScheduleItem(service=f.service, cpt_code=f.cpt_code, description=f.description, fee_cents=f.fee_cents)
            for f in DEFAULT_FEES
        )


def fee_schedule(db: Database) -> dict[str, FeeItem]:
    """Service → fee item; an empty schedule is first filled with the defaults, so billing works
    from day one and the clinic only edits prices."""
    with db.transaction() as session:
        _seed_if_empty(session)
        rows = session.scalars(select(FeeScheduleItem).order_by(FeeScheduleItem.id))
        return {r.service: FeeItem(r.service, r.cpt_code, r.description, r.fee_cents) for r in rows}


def save_fee(db: Database, *, service: str, cpt_code: str, description: str, fee_cents: int, user_id: int) -> FeeItem:
    """Create or change one fee schedule line (keyed by service)."""
    errors = {}
    if not service.strip():
        errors["service"] = "Name the service."
    if not cpt_code.strip():
        errors["cpt_code"] = "A CPT code is required."
    if not description.strip():
        errors["description"] = "Describe the service as it should print on the superbill."
    if fee_cents < 0:
        errors["fee"] = "The fee cannot be negative."
    if errors:
        raise ValidationError(errors)
    with db.transaction() as session:
        editor = session.get(User, user_id)
        if editor is None or not editor.active or editor.role not in SETTINGS_ROLES:
            raise DomainError("Only an administrator or a practitioner can change the fee schedule.")
        _seed_if_empty(session)
        row = session.scalar(select(FeeScheduleItem).where(FeeScheduleItem.service == service.strip()))
        if row is None:
            row = FeeScheduleItem(service=service.strip())
            session.add(row)
        row.cpt_code, row.description, row.fee_cents = cpt_code.strip(), description.strip(), fee_cents
        session.flush()
        audit.record(
            session,
            user_id=user_id,
            action="update",
            entity="fee_schedule",
            entity_id=row.id,
            service=row.service,
            cpt_code=row.cpt_code,
            fee_cents=fee_cents,
        )
        return FeeItem(row.service, row.cpt_code, row.description, row.fee_cents)


def _initial_billed_earlier(session: Session, visit: Visit) -> bool:
    """Did a signed visit of the same patient earlier that (local) day already earn 97810/97813?"""
    start, end = local_day_bounds(visit.started_at.astimezone().date())
    earlier = session.scalars(
        select(Visit).where(
            Visit.patient_id == visit.patient_id,
            Visit.status == "signed",
            Visit.id != visit.id,
            Visit.started_at >= start,
            Visit.started_at < end,
            Visit.face_to_face_minutes >= MIN_UNIT_MINUTES,
        )
    )
    for other in earlier:
        if (other.started_at, other.id) >= (visit.started_at, visit.id):
            continue
        needled = other.needles_in or session.scalar(
            select(TreatedPoint.id).where(TreatedPoint.visit_id == other.id).limit(1)
        )
        if needled:
            return True
    return False


def visit_superbill(db: Database, visit_id: int) -> Superbill:
    """The superbill lines of a signed visit; drafts cannot be billed."""
    record = get_visit(db, visit_id)
    if not record.signed:
        raise NotSignedError("A superbill needs a signed visit: sign the visit first.")
    fees = fee_schedule(db)
    with db.reading() as session:
        row = session.get(Visit, visit_id)
        if row is None:
            raise NotFoundError(f"No visit with id {visit_id}.")
        initial_billed = _initial_billed_earlier(session, row)
    return superbill_for(record.data, fees, initial_billed_today=initial_billed)
