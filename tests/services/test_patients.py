"""Registering and finding patients: validation, Unicode, search, conflicts, audit."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from charting.db.models import AuditEntry, Patient
from charting.db.session import Database
from charting.domain.records import PatientData, UserRecord
from charting.errors import ConflictError, ValidationError
from charting.services import patients


def _count(db: Database) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count(Patient.id))) or 0


def _patient(**overrides: object) -> PatientData:
    base = dict(family_name="Nguyen", given_name="Minh", date_of_birth=date(1980, 4, 2), phone="(503) 555-0199")
    base.update(overrides)
    return PatientData(**base)  # type: ignore[arg-type]


def test_create_patient_generates_chart_numbers_and_audits(db: Database, desk: UserRecord) -> None:
    first = patients.create_patient(db, data=_patient(), user_id=desk.id)
    second = patients.create_patient(db, data=_patient(given_name="Lan"), user_id=desk.id)
    assert first.chart_no == "100001" and second.chart_no == "100002"
    with db.reading() as session:
        entries = session.scalars(select(AuditEntry).where(AuditEntry.entity == "patient")).all()
    assert [(e.action, e.entity_id, e.user_id) for e in entries] == [
        ("create", first.id, desk.id),
        ("create", second.id, desk.id),
    ]
    assert all(e.at is not None for e in entries)


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"family_name": "  "}, "family_name", "Family name is required"),
        ({"given_name": ""}, "given_name", "Given name is required"),
        ({"date_of_birth": date.today() + timedelta(days=1)}, "date_of_birth", "future"),
        ({"date_of_birth": date(1899, 12, 31)}, "date_of_birth", "before 1900"),
        ({"date_of_birth": None}, "date_of_birth", "required"),
        ({"email": "not-an-address"}, "email", "e-mail"),
        ({"pregnancy_weeks": 12}, "pregnant", "not marked pregnant"),
        ({"pregnant": True, "pregnancy_weeks": 50}, "pregnancy_weeks", "between 0 and 45"),
    ],
)
def test_bad_patient_input_is_refused_and_nothing_stored(
    db: Database, desk: UserRecord, overrides: dict[str, object], field: str, message: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        patients.create_patient(db, data=_patient(**overrides), user_id=desk.id)
    assert message in caught.value.fields[field]
    assert _count(db) == 0


UNICODE_NAMES = [
    ("Lefèvre-Żółć", "Zoë"),
    ("王", "秀英"),
    ("O'Brien; DROP TABLE patients;--", 'Robert "Bobby"'),
    ("עברית", "مريم"),
    ("Smith 🙂", "Ana\u200dMaria"),
]


@pytest.mark.parametrize(("family", "given"), UNICODE_NAMES)
def test_names_and_notes_round_trip_exactly(db: Database, desk: UserRecord, family: str, given: str) -> None:
    notes = f"  {family} — allergies: “nuts” 🥜\n\tline two\u202e  "
    created = patients.create_patient(
        db, data=_patient(family_name=family, given_name=given, allergies=notes), user_id=desk.id
    )
    loaded = patients.get_patient(db, created.id)
    assert loaded.data.family_name == family
    assert loaded.data.given_name == given
    assert loaded.data.allergies == notes


def test_search_by_name_parts_chart_phone_and_birth_date(db: Database, desk: UserRecord) -> None:
    zoe = patients.create_patient(
        db,
        data=_patient(family_name="Lefèvre", given_name="Zoë", date_of_birth=date(1984, 3, 7), phone="503-555-0142"),
        user_id=desk.id,
    )
    other = patients.create_patient(db, data=_patient(family_name="Lee", given_name="Sam"), user_id=desk.id)

    def ids(query: str) -> list[int]:
        return [p.id for p in patients.search_patients(db, query)]

    assert ids("lefe") == [zoe.id]
    assert ids("ZOE") == [zoe.id]
    assert set(ids("le")) == {zoe.id, other.id}
    assert ids("le zo") == [zoe.id]
    assert ids(zoe.chart_no) == [zoe.id]
    assert ids("503 555 0142") == [zoe.id]
    assert ids("5550142") == [zoe.id]
    assert ids("1984-03-07") == [zoe.id]
    assert ids("07.03.1984") == [zoe.id]
    assert ids("") == []
    assert ids("xyz") == []


def test_stale_update_is_a_conflict_and_overwrites_nothing(db: Database, desk: UserRecord) -> None:
    created = patients.create_patient(db, data=_patient(), user_id=desk.id)
    first = patients.update_patient(
        db, patient_id=created.id, data=_patient(phone="111"), expected_version=created.version, user_id=desk.id
    )
    assert first.version == created.version + 1
    with pytest.raises(ConflictError, match="another workstation"):
        patients.update_patient(
            db, patient_id=created.id, data=_patient(phone="222"), expected_version=created.version, user_id=desk.id
        )
    assert patients.get_patient(db, created.id).data.phone == "111"
    assert [p.id for p in patients.search_patients(db, "111")] == [created.id]
