"""The people who use the app and the clinic they work for."""

from __future__ import annotations

from sqlalchemy import select

from charting.db.base import utcnow
from charting.db.models import ClinicProfile, User
from charting.db.session import Database
from charting.domain import vocabulary as vocab
from charting.domain.records import ClinicRecord, UserRecord
from charting.errors import NotFoundError, ValidationError
from charting.services import audit


def _record(row: User) -> UserRecord:
    return UserRecord(
        id=row.id,
        username=row.username,
        display_name=row.display_name,
        role=row.role,
        credentials=row.credentials,
        licence_no=row.licence_no,
        npi=row.npi,
    )


def create_user(
    db: Database,
    *,
    username: str,
    display_name: str,
    role: str,
    credentials: str = "",
    licence_no: str = "",
    npi: str = "",
    created_by: int | None = None,
) -> UserRecord:
    errors = {}
    if not username.strip():
        errors["username"] = "A user name is required."
    if not display_name.strip():
        errors["display_name"] = "A display name is required."
    if role not in vocab.USER_ROLES:
        errors["role"] = f"Role must be one of {', '.join(vocab.USER_ROLES)}."
    if errors:
        raise ValidationError(errors)
    with db.transaction() as session:
        if session.scalar(select(User.id).where(User.username == username.strip())) is not None:
            raise ValidationError({"username": f"The user name {username!r} is taken."})
        row = User(
            username=username.strip(),
            display_name=display_name.strip(),
            role=role,
            credentials=credentials,
            licence_no=licence_no,
            npi=npi,
            created_at=utcnow(),
        )
        session.add(row)
        session.flush()
        audit.record(session, user_id=created_by, action="create", entity="user", entity_id=row.id)
        return _record(row)


def list_users(db: Database, *, role: str | None = None) -> list[UserRecord]:
    stmt = select(User).where(User.active.is_(True)).order_by(User.display_name)
    if role:
        stmt = stmt.where(User.role == role)
    with db.reading() as session:
        return [_record(u) for u in session.scalars(stmt)]


def get_user(db: Database, user_id: int) -> UserRecord:
    with db.reading() as session:
        row = session.get(User, user_id)
        if row is None:
            raise NotFoundError(f"No user with id {user_id}.")
        return _record(row)


def get_clinic(db: Database) -> ClinicRecord | None:
    with db.reading() as session:
        row = session.scalar(select(ClinicProfile).order_by(ClinicProfile.id).limit(1))
        if row is None:
            return None
        return ClinicRecord(
            name=row.name,
            address=row.address,
            phone=row.phone,
            email=row.email,
            tax_id=row.tax_id,
            npi=row.npi,
        )


def save_clinic(
    db: Database,
    *,
    name: str,
    address: str = "",
    phone: str = "",
    email: str = "",
    tax_id: str = "",
    npi: str = "",
    user_id: int | None = None,
) -> None:
    if not name.strip():
        raise ValidationError({"name": "The clinic name is required."})
    with db.transaction() as session:
        row = session.scalar(select(ClinicProfile).order_by(ClinicProfile.id).limit(1))
        if row is None:
            row = ClinicProfile(name=name)
            session.add(row)
        row.name, row.address, row.phone, row.email = name.strip(), address, phone, email
        row.tax_id, row.npi, row.updated_at = tax_id, npi, utcnow()
        session.flush()
        audit.record(session, user_id=user_id, action="update", entity="clinic", entity_id=row.id)
