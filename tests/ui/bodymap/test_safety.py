"""Which cautions become warnings for which patient."""

from __future__ import annotations

from datetime import date

from charting.domain.records import PatientData
from charting.points import Catalog
from charting.ui.bodymap.safety import point_warnings

TODAY = date(2026, 11, 25)


def kinds(catalog: Catalog, code: str, patient: PatientData | None) -> set[str]:
    return {w.kind for w in point_warnings(catalog[code], patient, TODAY)}


def test_pregnancy_points_warn_only_for_pregnant_patients(catalog: Catalog) -> None:
    assert "pregnancy" in kinds(catalog, "LI4", PatientData(pregnant=True))
    assert kinds(catalog, "LI4", PatientData()) == set()
    assert kinds(catalog, "LI4", None) == set()
    [warning] = point_warnings(catalog["SP6"], PatientData(pregnant=True), TODAY)
    assert warning.code == "SP6" and "pregnant" in warning.message.lower()


def test_points_over_the_lung_always_remind_of_depth(catalog: Catalog) -> None:
    [warning] = point_warnings(catalog["LU1"], None, TODAY)
    assert warning.kind == "lung" and "Depth" in warning.message and "lung" in warning.message


def test_bleeding_risk_warns_at_arteries_and_deep_points(catalog: Catalog) -> None:
    anticoagulated = PatientData(anticoagulants=True)
    assert "bleeding" in kinds(catalog, "BL40", anticoagulated)  # popliteal artery
    assert "bleeding" in kinds(catalog, "GB30", PatientData(bleeding_disorder=True))  # needled 2–3 cun
    assert "bleeding" not in kinds(catalog, "BL40", PatientData())
    assert kinds(catalog, "LI4", anticoagulated) == set()


def test_fontanelle_warns_for_infants_only(catalog: Catalog) -> None:
    assert "fontanelle" in kinds(catalog, "GV20", PatientData(date_of_birth=date(2025, 12, 1)))
    assert "fontanelle" not in kinds(catalog, "GV20", PatientData(date_of_birth=date(2020, 1, 1)))
    assert "fontanelle" not in kinds(catalog, "GV20", PatientData())
