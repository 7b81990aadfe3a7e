"""The patient form: messages beside the fields, nothing stored on bad input, nothing typed lost."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import func, select

from charting.db.models import Patient
from charting.services.patients import find_by_chart_no, get_patient, update_patient
from charting.ui.patient_form import PatientForm


def _patient_count(db) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count(Patient.id)))


def _form(qtbot, ctx, patient=None) -> PatientForm:
    form = PatientForm(ctx, patient)
    qtbot.addWidget(form)
    form.show()
    return form


def _save(qtbot, form: PatientForm) -> None:
    qtbot.mouseClick(form.buttons.button(form.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)


def test_empty_names_are_marked_beside_the_fields_and_nothing_is_stored(qtbot, ctx):
    before = _patient_count(ctx.db)
    form = _form(qtbot, ctx)
    qtbot.keyClicks(form.phone, "555-010-2030")
    form.date_of_birth.setDate(QDate(1980, 4, 2))
    _save(qtbot, form)
    errors = form.error_labels
    assert errors["family_name"].isVisible() and errors["family_name"].text() == "Family name is required."
    assert errors["given_name"].isVisible() and errors["given_name"].text() == "Given name is required."
    assert not errors["date_of_birth"].isVisible()
    assert form.banner.isVisible() and form.banner.kind == "error"
    assert form.isVisible() and form.result() != QDialog.DialogCode.Accepted
    assert form.phone.text() == "555-010-2030"  # what was typed stays
    assert _patient_count(ctx.db) == before


def test_future_birth_date_is_refused_with_its_message(qtbot, ctx):
    before = _patient_count(ctx.db)
    form = _form(qtbot, ctx)
    qtbot.keyClicks(form.family_name, "Moreau")
    form.given_name.insert("Léa")  # keyClicks only takes ASCII
    tomorrow = date.today() + timedelta(days=1)
    form.date_of_birth.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
    _save(qtbot, form)
    assert form.error_labels["date_of_birth"].text() == "Date of birth cannot be in the future."
    assert form.error_labels["date_of_birth"].isVisible()
    assert not form.error_labels["family_name"].isVisible()
    assert (form.family_name.text(), form.given_name.text()) == ("Moreau", "Léa")
    assert _patient_count(ctx.db) == before


def test_missing_birth_date_and_bad_email_are_both_shown(qtbot, ctx):
    form = _form(qtbot, ctx)
    qtbot.keyClicks(form.family_name, "Moreau")
    form.given_name.insert("Léa")  # keyClicks only takes ASCII
    qtbot.keyClicks(form.email, "lea at example")
    _save(qtbot, form)
    assert form.error_labels["date_of_birth"].text() == "Date of birth is required."
    assert form.error_labels["email"].text() == "This does not look like an e-mail address."
    assert "2 fields" in form.banner.text


def test_a_corrected_form_saves_the_patient_with_safety_flags(qtbot, ctx):
    before = _patient_count(ctx.db)
    form = _form(qtbot, ctx)
    _save(qtbot, form)  # first refused…
    qtbot.keyClicks(form.family_name, "  Moreau ")
    form.given_name.insert("Léa")  # keyClicks only takes ASCII
    form.date_of_birth.setDate(QDate(1988, 11, 30))
    form.pregnant.setChecked(True)
    form.pregnancy_weeks.setValue(12)
    form.flags["metal_allergy"].setChecked(True)
    with qtbot.waitSignal(form.saved) as saved:
        _save(qtbot, form)  # …then stored once corrected
    record = saved.args[0]
    assert form.result() == QDialog.DialogCode.Accepted
    assert _patient_count(ctx.db) == before + 1
    stored = get_patient(ctx.db, record.id)
    assert (stored.data.family_name, stored.data.given_name) == ("Moreau", "Léa")
    assert stored.data.date_of_birth == date(1988, 11, 30)
    assert stored.safety_flags() == ["Pregnant — 12 weeks", "Metal allergy"]


def test_editing_shows_the_record_and_a_conflict_keeps_the_edits(qtbot, ctx):
    patient = find_by_chart_no(ctx.db, "100003")
    form = _form(qtbot, ctx, patient)
    assert form.family_name.text() == patient.data.family_name
    assert form.flags["needle_sensitivity"].isChecked() and form.flags["diabetes"].isChecked()
    # Meanwhile, the front desk corrects the phone number on another workstation.
    update_patient(
        ctx.db,
        patient_id=patient.id,
        data=replace(patient.data, phone="555-999-0000"),
        expected_version=patient.version,
        user_id=ctx.user.id,
    )
    form.allergies.setPlainText("Adhesive tape")
    _save(qtbot, form)
    assert form.banner.isVisible() and form.banner.kind == "warning"
    assert "changed on another workstation" in form.banner.text
    assert form.allergies.toPlainText() == "Adhesive tape"
    assert get_patient(ctx.db, patient.id).data.allergies == patient.data.allergies


def test_weeks_are_only_asked_while_pregnant(qtbot, ctx):
    form = _form(qtbot, ctx)
    assert not form.pregnancy_weeks.isEnabled() and not form.due_date.isEnabled()
    form.pregnant.setChecked(True)
    assert form.pregnancy_weeks.isEnabled() and form.due_date.isEnabled()
