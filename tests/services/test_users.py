"""Who works at the clinic: editing profiles, deactivating people who left, and the audit trail."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from charting.db.models import AuditEntry
from charting.db.session import Database
from charting.domain.records import UserRecord
from charting.errors import DomainError, NotFoundError, ValidationError
from charting.services import users


def _update(db: Database, user: UserRecord, *, updated_by: int | None, **changes: Any) -> UserRecord:
    fields = dict(
        display_name=user.display_name,
        credentials=user.credentials,
        licence_no=user.licence_no,
        npi=user.npi,
        role=user.role,
        active=user.active,
    )
    fields.update(changes)
    return users.update_user(db, user_id=user.id, updated_by=updated_by, **fields)


def _user_audit(db: Database, user_id: int) -> list[AuditEntry]:
    with db.reading() as session:
        stmt = select(AuditEntry).where(AuditEntry.entity == "user", AuditEntry.entity_id == user_id)
        return list(session.scalars(stmt.order_by(AuditEntry.id)))


def test_update_user_stores_trimmed_profile_and_audits_what_changed(db: Database, practitioner: UserRecord) -> None:
    admin = users.create_user(db, username="admin", display_name="Ada Admin", role="admin")
    updated = _update(
        db,
        practitioner,
        updated_by=admin.id,
        display_name="  Dr. Mei Lin  ",
        credentials=" L.Ac., DACM ",
        licence_no="AC-20931",
        npi="1487659203",
    )
    assert (updated.display_name, updated.credentials, updated.licence_no, updated.npi) == (
        "Dr. Mei Lin",
        "L.Ac., DACM",
        "AC-20931",
        "1487659203",
    )
    assert users.get_user(db, practitioner.id) == updated
    last = _user_audit(db, practitioner.id)[-1]
    assert (last.action, last.user_id) == ("update", admin.id)
    assert last.detail["changed"] == {
        "credentials": ["L.Ac.", "L.Ac., DACM"],
        "licence_no": ["AC-1", "AC-20931"],
        "npi": ["1234567890", "1487659203"],
    }


def test_saving_an_unchanged_profile_writes_no_audit_entry(db: Database, practitioner: UserRecord) -> None:
    before = len(_user_audit(db, practitioner.id))
    assert _update(db, practitioner, updated_by=practitioner.id) == practitioner
    assert len(_user_audit(db, practitioner.id)) == before


def test_deactivated_user_leaves_the_active_list_but_is_kept(
    db: Database, practitioner: UserRecord, desk: UserRecord
) -> None:
    gone = _update(db, desk, updated_by=practitioner.id, active=False)
    assert gone.active is False
    assert [u.id for u in users.list_users(db)] == [practitioner.id]
    everyone = users.list_users(db, include_inactive=True)
    assert {u.id: u.active for u in everyone} == {practitioner.id: True, desk.id: False}
    assert users.get_user(db, desk.id).active is False
    assert _user_audit(db, desk.id)[-1].detail["changed"] == {"active": [True, False]}
    back = _update(db, gone, updated_by=practitioner.id, active=True)
    assert back.active is True and len(users.list_users(db)) == 2


def test_update_user_reports_every_bad_field_and_changes_nothing(db: Database, practitioner: UserRecord) -> None:
    with pytest.raises(ValidationError) as caught:
        _update(
            db,
            practitioner,
            updated_by=practitioner.id,
            display_name="  ",
            role="owner",
            npi="12345",
            credentials="x" * 81,
        )
    assert set(caught.value.fields) == {"display_name", "role", "npi", "credentials"}
    assert "10 digits" in caught.value.fields["npi"]
    assert users.get_user(db, practitioner.id) == practitioner


def test_create_user_checks_the_same_profile_rules(db: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        users.create_user(db, username=" ", display_name="", role="practitioner", npi="12345678901")
    assert set(caught.value.fields) == {"username", "display_name", "npi"}
    assert users.list_users(db, include_inactive=True) == []


def test_nobody_can_deactivate_themselves(db: Database, practitioner: UserRecord) -> None:
    with pytest.raises(ValidationError) as caught:
        _update(db, practitioner, updated_by=practitioner.id, active=False)
    assert "yourself" in caught.value.fields["active"]
    assert users.get_user(db, practitioner.id).active is True


def test_the_last_admin_or_practitioner_cannot_be_removed(
    db: Database, practitioner: UserRecord, desk: UserRecord
) -> None:
    with pytest.raises(ValidationError) as demoted:
        _update(db, practitioner, updated_by=None, role="front_desk")
    assert "must remain" in demoted.value.fields["role"]
    with pytest.raises(ValidationError) as deactivated:
        _update(db, practitioner, updated_by=None, active=False)
    assert "must remain" in deactivated.value.fields["active"]
    assert users.get_user(db, practitioner.id) == practitioner
    # With a second practitioner in place the first one may leave.
    other = users.create_user(db, username="ortiz", display_name="Daniel Ortiz", role="practitioner")
    assert _update(db, practitioner, updated_by=other.id, active=False).active is False


def test_front_desk_cannot_change_people(db: Database, practitioner: UserRecord, desk: UserRecord) -> None:
    assert users.can_manage_clinic(practitioner) and not users.can_manage_clinic(desk)
    with pytest.raises(DomainError, match="Only an administrator or a practitioner"):
        _update(db, practitioner, updated_by=desk.id, credentials="MD")
    assert users.get_user(db, practitioner.id).credentials == "L.Ac."


def test_a_deactivated_editor_cannot_change_people(db: Database, practitioner: UserRecord) -> None:
    other = users.create_user(db, username="ortiz", display_name="Daniel Ortiz", role="practitioner")
    _update(db, other, updated_by=practitioner.id, active=False)
    assert not users.can_manage_clinic(users.get_user(db, other.id))
    with pytest.raises(DomainError):
        _update(db, practitioner, updated_by=other.id, credentials="MD")


def test_update_unknown_user_is_not_found(db: Database, practitioner: UserRecord) -> None:
    ghost = UserRecord(id=9999, username="x", display_name="X", role="admin", credentials="", licence_no="", npi="")
    with pytest.raises(NotFoundError):
        _update(db, ghost, updated_by=practitioner.id)


def test_clinic_npi_must_be_ten_digits(db: Database, practitioner: UserRecord) -> None:
    with pytest.raises(ValidationError) as caught:
        users.save_clinic(db, name="Riverside", npi="17304-1826", user_id=practitioner.id)
    assert caught.value.fields == {"npi": "An NPI is exactly 10 digits."}
    assert users.get_clinic(db) is None
    users.save_clinic(db, name="Riverside", npi="1730418265", user_id=practitioner.id)
    assert users.get_clinic(db).npi == "1730418265"  # type: ignore[union-attr]


def test_front_desk_cannot_change_the_clinic_profile(db, desk, practitioner) -> None:
    import pytest as _pytest

    from charting.errors import DomainError
    from charting.services.users import get_clinic, save_clinic

    save_clinic(db, name="Riverside Acupuncture", npi="1730418265", user_id=practitioner.id)
    with _pytest.raises(DomainError, match="Only an administrator or a practitioner"):
        save_clinic(db, name="Renamed by the desk", user_id=desk.id)
    clinic = get_clinic(db)
    assert clinic is not None and clinic.name == "Riverside Acupuncture"
