"""Superbill units, codes and fees; the fee schedule; the superbill PDF."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from charting.db.session import Database
from charting.domain.billing import DEFAULT_FEES, acupuncture_units, superbill_for
from charting.domain.records import ModalityData, PointData, UserRecord, VisitData
from charting.errors import DomainError, NotSignedError, ValidationError
from charting.reports.printing import issue_superbill
from charting.services import billing
from tests.reports.conftest import VisitMaker
from tests.reports.pdf_text import pdf_text

FEES = {f.service: f for f in DEFAULT_FEES}


@pytest.mark.parametrize(
    ("minutes", "expected"),
    [
        (0, (0, 0)),
        (7, (0, 0)),
        (8, (1, 0)),
        (10, (1, 0)),
        (15, (1, 0)),
        (22, (1, 0)),
        (23, (1, 1)),
        (25, (1, 1)),
        (30, (1, 1)),
        (37, (1, 1)),
        (38, (1, 2)),
        (40, (1, 2)),
        (45, (1, 2)),
        (60, (1, 3)),
    ],
)
def test_units_follow_the_eight_minute_rule(minutes: int, expected: tuple[int, int]) -> None:
    assert acupuncture_units(minutes) == expected


def test_a_second_visit_the_same_day_bills_add_on_units_only() -> None:
    assert acupuncture_units(10, initial_available=False) == (0, 1)
    assert acupuncture_units(25, initial_available=False) == (0, 2)
    assert acupuncture_units(40, initial_available=False) == (0, 3)


def _codes(minutes: int, *, estim: bool, initial_billed_today: bool = False) -> list[tuple[str, int]]:
    data = VisitData(
        face_to_face_minutes=minutes, icd10_codes=["M54.50"], points=[PointData("LI4", "bilateral", estim=estim)]
    )
    bill = superbill_for(data, FEES, initial_billed_today=initial_billed_today)
    return [(line.cpt_code, line.units) for line in bill.lines]


@pytest.mark.parametrize(
    ("minutes", "without", "with_estim"),
    [
        (10, [("97810", 1)], [("97813", 1)]),
        (25, [("97810", 1), ("97811", 1)], [("97813", 1), ("97814", 1)]),
        (40, [("97810", 1), ("97811", 2)], [("97813", 1), ("97814", 2)]),
    ],
)
def test_codes_with_and_without_estim(minutes: int, without: list, with_estim: list) -> None:  # type: ignore[type-arg]
    assert _codes(minutes, estim=False) == without
    assert _codes(minutes, estim=True) == with_estim
    assert _codes(minutes, estim=True, initial_billed_today=True)[0][0] == "97814"


def test_estim_modality_counts_as_electro_acupuncture_not_a_separate_line() -> None:
    data = VisitData(
        face_to_face_minutes=25,
        points=[PointData("LI4", "bilateral")],
        modalities=[ModalityData("e_stim", "LI4 pair"), ModalityData("cupping", "back", 5)],
    )
    bill = superbill_for(data, FEES, initial_billed_today=False)
    assert [(line.cpt_code, line.units) for line in bill.lines] == [("97813", 1), ("97814", 1), ("97140", 1)]
    assert bill.total_cents == 9500 + 5500 + 3000


def test_diagnosis_pointers_and_missing_minutes() -> None:
    data = VisitData(
        icd10_codes=["m54.50", "M62.830", "M54.50", "R25.2", "G44.209", "G47.00"],
        points=[PointData("LI4", "bilateral")],
    )
    bill = superbill_for(data, FEES, initial_billed_today=False)
    assert bill.diagnoses[:3] == (("A", "M54.50"), ("B", "M62.830"), ("C", "R25.2"))
    assert bill.lines == ()
    assert any("minutes were not recorded" in note for note in bill.notes)


def test_front_desk_cannot_change_fees(db: Database, desk: UserRecord) -> None:
    with pytest.raises(DomainError, match="fee schedule"):
        billing.save_fee(db, service="cupping", cpt_code="97140", description="Cupping", fee_cents=1, user_id=desk.id)
    assert billing.fee_schedule(db)["cupping"].fee_cents == 3000


def test_fee_schedule_is_seeded_and_editable(db: Database, practitioner: UserRecord) -> None:
    fees = billing.fee_schedule(db)
    assert fees["acupuncture_initial"].cpt_code == "97810"
    billing.save_fee(
        db, service="cupping", cpt_code="97140", description="Cupping", fee_cents=4200, user_id=practitioner.id
    )
    assert billing.fee_schedule(db)["cupping"].fee_cents == 4200
    with pytest.raises(ValidationError):
        billing.save_fee(db, service="cupping", cpt_code="", description="", fee_cents=-1, user_id=practitioner.id)


def test_superbill_of_the_second_visit_that_day_has_no_initial_code(db: Database, make_visit: VisitMaker) -> None:
    first = make_visit(start=datetime(2026, 11, 24, 15, 0, tzinfo=UTC))
    second = make_visit(start=datetime(2026, 11, 24, 18, 0, tzinfo=UTC), face_to_face_minutes=25)
    assert [(x.cpt_code, x.units) for x in billing.visit_superbill(db, first).lines][:2] == [("97810", 1), ("97811", 2)]
    second_lines = billing.visit_superbill(db, second).lines
    assert (second_lines[0].cpt_code, second_lines[0].units) == ("97811", 2)


def test_issue_superbill(db: Database, make_visit: VisitMaker, desk: UserRecord) -> None:
    visit_id = make_visit()
    pdf, record = issue_superbill(db, visit_id, user_id=desk.id)
    text = " ".join(pdf_text(pdf).split())
    for expected in (
        "Superbill",
        "Dubois, Chloé",
        "NPI 1234567890",
        "Clinic NPI 1730418265",
        "Tax ID 93-1234567",
        "A M54.50",
        "B M62.830",
        "97810",
        "97811",
        "97140",
        "Total charges",
        "$215.00",
        "24 Nov 2026",
        "Electronically signed",
    ):
        assert expected in text, expected
    assert record is not None and record.kind == "superbill"


def test_superbill_needs_a_signed_visit(db: Database, make_visit: VisitMaker, desk: UserRecord) -> None:
    with pytest.raises(NotSignedError, match="signed"):
        issue_superbill(db, make_visit(sign=False), user_id=desk.id)
