"""The people who use the app and the clinic they work for."""

from __future__ import annotations

import re

from sqlalchemy import func, select

from charting.db.base import utcnow
from charting.db.models import ClinicProfile, User
from charting.db.session import Database
from charting.domain import vocabulary as vocab
from charting.domain.records import ClinicRecord, UserRecord
from charting.errors import DomainError, NotFoundError, ValidationError
from charting.services import audit

SETTINGS_ROLES = ("admin", "practitioner")  # who may change the clinic profile, staff and fees
_NPI = re.compile(r"^[0-9]{10}$")
_LIMITS = {"display_name": 200, "credentials": 80, "licence_no": 80}  # the column widths


def _record(row: User) -> UserRecord:
    return UserRecord(
        id=row.id,
        username=row.username,
        display_name=row.display_name,
        role=row.role,
        credentials=row.credentials,
        licence_no=row.licence_no,
        npi=row.npi,
        active=row.active,
    )


def can_manage_clinic(user: UserRecord) -> bool:
    """Front-desk staff see the clinic settings but only admins and practitioners change them."""
    return user.active and user.role in SETTINGS_ROLES


def _profile_errors(*, display_name: str, role: str, credentials: str, licence_no: str, npi: str) -> dict[str, str]:
    """The rules a person's profile meets when created and after every edit."""
    errors: dict[str, str] = {}
    if not display_name.strip():
        errors["display_name"] = "A display name is required."
    if role not in vocab.USER_ROLES:
        errors["role"] = f"Role must be one of {', '.join(vocab.USER_ROLES)}."
    values = {"display_name": display_name, "credentials": credentials, "licence_no": licence_no}
    for name, limit in _LIMITS.items():
        if len(values[name].strip()) > limit:
            errors[name] = f"At most {limit} characters."
    if npi.strip() and not _NPI.match(npi.strip()):
        errors["npi"] = "An NPI is exactly 10 digits."
    return errors


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
    errors = _profile_errors(
        display_name=display_name, role=role, credentials=credentials, licence_no=licence_no, npi=npi
    )
    if not username.strip():
        errors["username"] = "A user name is required."
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


def list_users(db: Database, *, role: str | None = None, include_inactive: bool = False) -> list[UserRecord]:
    stmt = select(User).order_by(User.display_name)
    if not include_inactive:
        stmt = stmt.where(User.active.is_(True))
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


def update_user(
    db: Database,
    *,
    user_id: int,
    display_name: str,
    credentials: str,
    licence_no: str,
    npi: str,
    role: str,
    active: bool,
    updated_by: int | None,
) -> UserRecord:
    """Change a person's profile, role or whether they still work here.

    People are deactivated, never deleted: the visits they signed keep naming them. The clinic
    always keeps one active admin or practitioner, or nobody could reach these settings again.
    """
    errors = _profile_errors(
        display_name=display_name, role=role, credentials=credentials, licence_no=licence_no, npi=npi
    )
    if updated_by == user_id and not active:
        errors["active"] = "You cannot deactivate yourself; ask another administrator or practitioner."
    if errors:
        raise ValidationError(errors)
    wanted = {
        "display_name": display_name.strip(),
        "credentials": credentials.strip(),
        "licence_no": licence_no.strip(),
        "npi": npi.strip(),
        "role": role,
        "active": active,
    }
    with db.transaction() as session:
        if updated_by is not None:
            editor = session.get(User, updated_by)
            if editor is None or not editor.active or editor.role not in SETTINGS_ROLES:
                raise DomainError("Only an administrator or a practitioner can change who works here.")
        row = session.get(User, user_id)
        if row is None:
            raise NotFoundError(f"No user with id {user_id}.")
        changed = {k: [getattr(row, k), v] for k, v in wanted.items() if getattr(row, k) != v}
        if not changed:
            return _record(row)
        was_manager = row.active and row.role in SETTINGS_ROLES
        for name, value in wanted.items():
            setattr(row, name, value)
        session.flush()
        managers = select(func.count(User.id)).where(User.active.is_(True), User.role.in_(SETTINGS_ROLES))
        if was_manager and not session.scalar(managers):
            field = "role" if "role" in changed else "active"
            raise ValidationError({field: "At least one active administrator or practitioner must remain."})
        audit.record(session, user_id=updated_by, action="update", entity="user", entity_id=row.id, changed=changed)
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
    errors = {}
    if not name.strip():
        errors["name"] = "The clinic name is required."
    if npi.strip() and not _NPI.match(npi.strip()):
        errors["npi"] = "An NPI is exactly 10 digits."
    if errors:
        raise ValidationError(errors)
    with db.transaction() as session:
        if user_id is not None:
            editor = session.get(User, user_id)
            if editor is None or not editor.active or editor.role not in SETTINGS_ROLES:
                raise DomainError("Only an administrator or a practitioner can change the clinic profile.")
        row = session.scalar(select(ClinicProfile).order_by(ClinicProfile.id).limit(1))
        if row is None:
            row = ClinicProfile(name=name)
            session.add(row)
        row.name, row.address, row.phone, row.email = name.strip(), address, phone, email
        row.tax_id, row.npi, row.updated_at = tax_id, npi, utcnow()
        session.flush()
        audit.record(session, user_id=user_id, action="update", entity="clinic", entity_id=row.id)
