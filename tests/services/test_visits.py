"""Charting a visit through the services: validation, signing, immutability, addenda, audit."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from charting.db.models import AuditEntry, TreatedPoint, Visit
from charting.db.session import Database
from charting.domain.records import AreaData, ModalityData, PatientData, PointData, UserRecord, VisitData
from charting.errors import ConflictError, NotFoundError, SignBlockedError, ValidationError, VisitSignedError
from charting.services import patients, visits
from charting.services.copy_last import copy_last_treatment
from charting.services.protocols import apply_protocol, list_protocols, save_protocol, seed_starter_protocols
from charting.services.visit_lists import list_day, patient_visits


@pytest.fixture
def patient_id(db: Database, desk: UserRecord) -> int:
    data = PatientData(family_name="Okafor", given_name="Chidi", date_of_birth=date(1975, 8, 1))
    return patients.create_patient(db, data=data, user_id=desk.id).id


def _complete(**overrides: object) -> VisitData:
    data = VisitData(
        chief_complaint="Left calf cramps at night",
        tcm_pattern="Blood deficiency failing to nourish the sinews",
        icd10_codes=["R25.2"],
        pain_before=7,
        pain_after=3,
        needles_in=4,
        needles_out=4,
        areas=[AreaData("calf", "left", "spasm", 7)],
        points=[
            PointData("BL57", "left", "local"),
            PointData("GB34", "bilateral", "distal"),
            PointData("GV20", "midline", "distal"),
        ],
        modalities=[ModalityData("cupping", "left calf", 5)],
    )
    return replace(data, **overrides)  # type: ignore[arg-type]


def _new_visit(db: Database, patient_id: int, practitioner: UserRecord, **kw: object):  # type: ignore[no-untyped-def]
    return visits.start_visit(db, patient_id=patient_id, practitioner_id=practitioner.id, user_id=practitioner.id, **kw)  # type: ignore[arg-type]


def _stored_points(db: Database) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count(TreatedPoint.id))) or 0


def test_save_and_reload_a_draft(db: Database, practitioner: UserRecord, patient_id: int) -> None:
    visit = _new_visit(db, patient_id, practitioner)
    saved = visits.save_visit(
        db, visit_id=visit.id, data=_complete(), expected_version=visit.version, user_id=practitioner.id
    )
    loaded = visits.get_visit(db, visit.id)
    assert loaded.data.points == _complete().points
    assert loaded.data.areas == _complete().areas
    assert loaded.data.icd10_codes == ["R25.2"]
    assert loaded.version == saved.version == visit.version + 1
    # Saving the same data again writes nothing and keeps the version.
    again = visits.save_visit(
        db, visit_id=visit.id, data=_complete(), expected_version=saved.version, user_id=practitioner.id
    )
    assert again.version == saved.version


def test_legacy_point_codes_are_stored_in_who_form(db: Database, practitioner: UserRecord, patient_id: int) -> None:
    visit = _new_visit(db, patient_id, practitioner)
    data = _complete(points=[PointData("UB40", "left"), PointData("lv3", "bilateral")])
    visits.save_visit(db, visit_id=visit.id, data=data, expected_version=visit.version, user_id=practitioner.id)
    assert [p.code for p in visits.get_visit(db, visit.id).data.points] == ["BL40", "LR3"]


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"pain_before": 11}, "pain_before", "between 0 and 10"),
        ({"pain_after": -1}, "pain_after", "between 0 and 10"),
        ({"face_to_face_minutes": -5}, "face_to_face_minutes", "between 0"),
        ({"needles_in": -1}, "needles_in", "0 or more"),
        ({"points": [PointData("XX99", "left")]}, "points[0].code", "Unknown point code 'XX99'"),
        ({"points": [PointData("GV20", "left")]}, "points[0].side", "midline point"),
        ({"points": [PointData("LI4", "midline")]}, "points[0].side", "bilateral"),
        ({"points": [PointData("LI4", "left", retention_minutes=-3)]}, "points[0].retention_minutes", "between 0"),
        ({"modalities": [ModalityData("cupping", "back", -10)]}, "modalities[0].minutes", "between 0"),
        ({"areas": [AreaData("calf", "left", "spasm", 12)]}, "areas[0].severity", "between 0 and 10"),
        ({"icd10_codes": ["not a code"]}, "icd10_codes[0]", "not an ICD-10 code"),
        ({"areas": [AreaData("elbow_pit", "left")]}, "areas[0].region", "Unknown body region 'elbow_pit'"),
        ({"areas": [AreaData("lumbar", "left")]}, "areas[0].side", "marked midline"),
    ],
)
def test_bad_visit_input_is_refused_and_nothing_stored(
    db: Database,
    practitioner: UserRecord,
    patient_id: int,
    overrides: dict[str, object],
    field: str,
    message: str,
) -> None:
    visit = _new_visit(db, patient_id, practitioner)
    with pytest.raises(ValidationError) as caught:
        visits.save_visit(
            db, visit_id=visit.id, data=_complete(**overrides), expected_version=visit.version, user_id=practitioner.id
        )
    assert message in caught.value.fields[field]
    assert _stored_points(db) == 0
    assert visits.get_visit(db, visit.id).version == visit.version


def test_sign_lists_what_is_missing_in_editor_order(db: Database, practitioner: UserRecord, patient_id: int) -> None:
    visit = _new_visit(db, patient_id, practitioner)
    draft = visits.save_visit(
        db,
        visit_id=visit.id,
        data=VisitData(points=[PointData("LI4", "left")]),
        expected_version=visit.version,
        user_id=practitioner.id,
    )
    with pytest.raises(SignBlockedError) as caught:
        visits.sign_visit(db, visit_id=visit.id, expected_version=draft.version, user_id=practitioner.id)
    assert [f for f, _ in caught.value.missing] == ["chief_complaint", "tcm_pattern", "pain_before", "needles_in"]
    assert visits.get_visit(db, visit.id).status == "draft"


def test_needle_count_mismatch_blocks_signing_until_explained(
    db: Database, practitioner: UserRecord, patient_id: int
) -> None:
    visit = _new_visit(db, patient_id, practitioner)
    draft = visits.save_visit(
        db, visit_id=visit.id, data=_complete(needles_out=3), expected_version=visit.version, user_id=practitioner.id
    )
    with pytest.raises(SignBlockedError, match="4 in, 3 out"):
        visits.sign_visit(db, visit_id=visit.id, expected_version=draft.version, user_id=practitioner.id)
    explained = visits.save_visit(
        db,
        visit_id=visit.id,
        data=_complete(needles_out=3, needle_count_note="One needle bent; withdrawn whole."),
        expected_version=draft.version,
        user_id=practitioner.id,
    )
    signed = visits.sign_visit(db, visit_id=visit.id, expected_version=explained.version, user_id=practitioner.id)
    assert signed.status == "signed"


def _signed(db: Database, practitioner: UserRecord, patient_id: int):  # type: ignore[no-untyped-def]
    visit = _new_visit(db, patient_id, practitioner)
    draft = visits.save_visit(
        db, visit_id=visit.id, data=_complete(), expected_version=visit.version, user_id=practitioner.id
    )
    return visits.sign_visit(db, visit_id=visit.id, expected_version=draft.version, user_id=practitioner.id)


def test_signed_visit_is_immutable_through_every_service(
    db: Database, practitioner: UserRecord, patient_id: int
) -> None:
    signed = _signed(db, practitioner, patient_id)
    assert signed.signed and signed.signed_by == practitioner.display_name and signed.signed_at is not None
    seed_starter_protocols(db)
    protocol = list_protocols(db)[0]
    attempts = [
        lambda: visits.save_visit(
            db,
            visit_id=signed.id,
            data=_complete(pain_after=0),
            expected_version=signed.version,
            user_id=practitioner.id,
        ),
        lambda: visits.sign_visit(db, visit_id=signed.id, expected_version=signed.version, user_id=practitioner.id),
        lambda: copy_last_treatment(db, visit_id=signed.id, expected_version=signed.version, user_id=practitioner.id),
        lambda: apply_protocol(
            db, visit_id=signed.id, protocol_id=protocol.id, expected_version=signed.version, user_id=practitioner.id
        ),
        lambda: visits.acknowledge_warning(
            db, visit_id=signed.id, user_id=practitioner.id, kind="pregnancy", message="x"
        ),
    ]
    for attempt in attempts:
        with pytest.raises(VisitSignedError, match="signed"):
            attempt()
    after = visits.get_visit(db, signed.id)
    assert after.data == signed.data and after.version == signed.version


def test_orm_guard_refuses_direct_changes_to_a_signed_visit(
    db: Database, practitioner: UserRecord, patient_id: int
) -> None:
    signed = _signed(db, practitioner, patient_id)
    with pytest.raises(VisitSignedError), db.transaction() as session:
        session.get(Visit, signed.id).chief_complaint = "rewritten"  # type: ignore[union-attr]
    with pytest.raises(VisitSignedError), db.transaction() as session:
        row = session.get(Visit, signed.id)
        assert row is not None
        row.points[0].retention_minutes = 99
    assert visits.get_visit(db, signed.id).data == signed.data


def test_addendum_on_signed_visit_keeps_the_signed_text(
    db: Database, practitioner: UserRecord, patient_id: int
) -> None:
    signed = _signed(db, practitioner, patient_id)
    with pytest.raises(ValidationError, match="reason"):
        visits.add_addendum(db, visit_id=signed.id, user_id=practitioner.id, reason=" ", text="x")
    amended = visits.add_addendum(
        db,
        visit_id=signed.id,
        user_id=practitioner.id,
        reason="Late entry",
        text="Patient phoned: cramps gone for three nights.",
    )
    assert amended.data == signed.data
    assert [(a.author, a.reason) for a in amended.addenda] == [(practitioner.display_name, "Late entry")]
    with db.reading() as session:
        actions = session.scalars(
            select(AuditEntry.action).where(AuditEntry.entity == "visit", AuditEntry.entity_id == signed.id)
        ).all()
    assert actions == ["create", "update", "sign", "addendum"]


def test_stale_autosave_is_a_conflict(db: Database, practitioner: UserRecord, patient_id: int) -> None:
    visit = _new_visit(db, patient_id, practitioner)
    visits.save_visit(db, visit_id=visit.id, data=_complete(), expected_version=visit.version, user_id=practitioner.id)
    with pytest.raises(ConflictError, match="another workstation"):
        visits.save_visit(
            db, visit_id=visit.id, data=_complete(pain_after=1), expected_version=visit.version, user_id=practitioner.id
        )
    assert visits.get_visit(db, visit.id).data.pain_after == 3


def test_copy_last_treatment_brings_areas_points_and_modalities(
    db: Database, practitioner: UserRecord, patient_id: int
) -> None:
    lonely = _new_visit(db, patient_id, practitioner)
    with pytest.raises(NotFoundError, match="no earlier visit"):
        copy_last_treatment(db, visit_id=lonely.id, expected_version=lonely.version, user_id=practitioner.id)
    first = _signed(db, practitioner, patient_id)
    follow = _new_visit(db, patient_id, practitioner)
    copied = copy_last_treatment(db, visit_id=follow.id, expected_version=follow.version, user_id=practitioner.id)
    assert [(p.code, p.side) for p in copied.data.points] == [(p.code, p.side) for p in first.data.points]
    assert copied.data.areas == first.data.areas
    assert copied.data.modalities == first.data.modalities
    assert copied.data.pain_before is None  # findings are today's, not copied


def test_protocols_apply_merge_and_save(db: Database, practitioner: UserRecord, patient_id: int) -> None:
    assert seed_starter_protocols(db) == 4
    assert seed_starter_protocols(db) == 0
    calf = next(p for p in list_protocols(db) if p.name.startswith("Calf"))
    visit = _new_visit(db, patient_id, practitioner)
    draft = visits.save_visit(
        db,
        visit_id=visit.id,
        data=VisitData(points=[PointData("BL57", "left")]),
        expected_version=visit.version,
        user_id=practitioner.id,
    )
    applied = apply_protocol(
        db, visit_id=visit.id, protocol_id=calf.id, expected_version=draft.version, user_id=practitioner.id
    )
    codes = [p.code for p in applied.data.points]
    assert codes[0] == "BL57" and applied.data.points[0].side == "bilateral"
    assert set(codes) == {p.code for p in calf.points}
    saved = save_protocol(db, name="My calf", points=applied.data.points[:3], user_id=practitioner.id)
    assert [p.code for p in saved.points] == codes[:3]
    with pytest.raises(ValidationError, match="exists already"):
        save_protocol(db, name="My calf", points=applied.data.points[:1], user_id=practitioner.id)


def test_day_list_and_patient_history(db: Database, practitioner: UserRecord, patient_id: int) -> None:
    today = date.today()
    yesterday = datetime.now(UTC) - timedelta(days=1)
    old = _new_visit(db, patient_id, practitioner, started_at=yesterday)
    new = _new_visit(db, patient_id, practitioner)
    assert [v.id for v in list_day(db, today)] == [new.id]
    assert [v.id for v in patient_visits(db, patient_id)] == [new.id, old.id]
    assert list_day(db, today, practitioner_id=practitioner.id + 999) == []


def test_signing_records_the_end_of_the_session(db: Database, practitioner: UserRecord, patient_id: int) -> None:
    start = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    visit = _new_visit(db, patient_id, practitioner, started_at=start)
    draft = visits.save_visit(
        db,
        visit_id=visit.id,
        data=_complete(face_to_face_minutes=40),
        expected_version=visit.version,
        user_id=practitioner.id,
    )
    signed = visits.sign_visit(db, visit_id=visit.id, expected_version=draft.version, user_id=practitioner.id)
    assert signed.data.ended_at == start + timedelta(minutes=40)
