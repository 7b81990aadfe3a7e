"""Registering a patient or correcting their details, with each problem shown beside its field.

Nothing typed is ever lost: a refused save leaves every field as it was, a conflict (someone
else changed the patient meanwhile) is explained at the top and the edits stay on screen.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from charting.domain import vocabulary as vocab
from charting.domain.records import PatientData, PatientRecord
from charting.errors import ConflictError, DomainError, ValidationError
from charting.services.patients import create_patient, update_patient
from charting.ui.context import AppContext
from charting.ui.errors import MessageBanner

# A date edit cannot be empty: its minimum date stands for "not given" and shows as blank.
NO_DATE = QDate(1899, 12, 31)
SAFETY_FLAGS = {
    "pacemaker": "Pacemaker / implanted electrical device",
    "anticoagulants": "Takes anticoagulants",
    "bleeding_disorder": "Bleeding disorder",
    "needle_sensitivity": "Needle sensitivity / fainting history",
    "metal_allergy": "Metal allergy",
    "diabetes": "Diabetes",
}
SEX_LABELS = {"": "—", "female": "Female", "male": "Male", "intersex": "Intersex", "other": "Other"}


def _date_edit() -> QDateEdit:
    edit = QDateEdit()
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setCalendarPopup(True)
    edit.setMinimumDate(NO_DATE)
    edit.setMaximumDate(QDate(2100, 12, 31))
    edit.setSpecialValueText(" ")
    edit.setDate(NO_DATE)
    return edit


def _date_value(edit: QDateEdit) -> date | None:
    return None if edit.date() == NO_DATE else edit.date().toPython()  # type: ignore[return-value]


def _set_date(edit: QDateEdit, value: date | None) -> None:
    edit.setDate(NO_DATE if value is None else QDate(value.year, value.month, value.day))


class PatientForm(QDialog):
    """New patient when `patient` is None, else an edit of that record at its version."""

    saved = Signal(object)  # PatientRecord

    def __init__(self, ctx: AppContext, patient: PatientRecord | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.patient = patient
        self.setWindowTitle(
            self.tr("New patient")
            if patient is None
            else self.tr("Edit patient — {name}").format(name=patient.display_name)
        )
        self.banner = MessageBanner(self)
        self.error_labels: dict[str, QLabel] = {}

        self.family_name = QLineEdit()
        self.given_name = QLineEdit()
        self.preferred_name = QLineEdit()
        self.date_of_birth = _date_edit()
        self.sex = QComboBox()
        for value in vocab.SEXES:
            self.sex.addItem(self.tr(SEX_LABELS.get(value, value)), value)
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.address = QPlainTextEdit()
        self.emergency_contact = QLineEdit()
        self.allergies = QPlainTextEdit()
        self.medications = QPlainTextEdit()
        self.medical_history = QPlainTextEdit()
        for text_box in (self.address, self.allergies, self.medications, self.medical_history):
            text_box.setTabChangesFocus(True)
            text_box.setFixedHeight(64)
        self.pregnant = QCheckBox(self.tr("Pregnant"))
        self.pregnancy_weeks = QSpinBox()
        self.pregnancy_weeks.setRange(-1, 45)
        self.pregnancy_weeks.setSpecialValueText(self.tr("—"))
        self.pregnancy_weeks.setValue(-1)
        self.pregnancy_weeks.setSuffix(self.tr(" weeks"))
        self.due_date = _date_edit()
        self.flags = {name: QCheckBox(self.tr(label)) for name, label in SAFETY_FLAGS.items()}

        who = QFormLayout()
        self._row(who, self.tr("Family name *"), "family_name", self.family_name)
        self._row(who, self.tr("Given name *"), "given_name", self.given_name)
        self._row(who, self.tr("Preferred name"), "preferred_name", self.preferred_name)
        self._row(who, self.tr("Date of birth *"), "date_of_birth", self.date_of_birth)
        self._row(who, self.tr("Sex"), "sex", self.sex)
        contact = QFormLayout()
        self._row(contact, self.tr("Phone"), "phone", self.phone)
        self._row(contact, self.tr("E-mail"), "email", self.email)
        self._row(contact, self.tr("Address"), "address", self.address)
        self._row(contact, self.tr("Emergency contact"), "emergency_contact", self.emergency_contact)
        clinical = QFormLayout()
        self._row(clinical, self.tr("Allergies"), "allergies", self.allergies)
        self._row(clinical, self.tr("Medications"), "medications", self.medications)
        self._row(clinical, self.tr("Medical history"), "medical_history", self.medical_history)
        safety = QFormLayout()
        pregnancy = QHBoxLayout()
        pregnancy.addWidget(self.pregnant)
        pregnancy.addStretch(1)
        self._row(safety, self.tr("Pregnancy"), "pregnant", pregnancy)
        self._row(safety, self.tr("Weeks"), "pregnancy_weeks", self.pregnancy_weeks)
        self._row(safety, self.tr("Due date"), "due_date", self.due_date)
        for name, box in self.flags.items():
            self._row(safety, "", name, box)

        left = QVBoxLayout()
        left.addWidget(self._group(self.tr("Patient"), who))
        left.addWidget(self._group(self.tr("Contact"), contact))
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self._group(self.tr("Safety"), safety))
        right.addWidget(self._group(self.tr("Clinical background"), clinical))
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addSpacing(8)
        columns.addLayout(right, 1)
        body = QWidget()
        body.setLayout(columns)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        self.resize(960, 660)
        self.pregnant.toggled.connect(self._pregnancy_toggled)
        if patient is not None:
            self.set_data(patient.data)
        self._pregnancy_toggled(self.pregnant.isChecked())
        self.family_name.setFocus()

    def _group(self, title: str, form: QFormLayout) -> QGroupBox:
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setVerticalSpacing(4)
        group = QGroupBox(title)
        group.setLayout(form)
        return group

    def _row(self, form: QFormLayout, label: str, name: str, field: QWidget | QHBoxLayout) -> None:
        """The field with its own error line beneath it, hidden until the service objects."""
        error = QLabel()
        error.setObjectName("fieldError")
        error.setWordWrap(True)
        error.hide()
        self.error_labels[name] = error
        cell = QVBoxLayout()
        cell.setSpacing(2)
        if isinstance(field, QHBoxLayout):
            cell.addLayout(field)
        else:
            cell.addWidget(field)
        cell.addWidget(error)
        form.addRow(label, cell)

    def _pregnancy_toggled(self, on: bool) -> None:
        self.pregnancy_weeks.setEnabled(on)
        self.due_date.setEnabled(on)

    # -- data ----------------------------------------------------------------------------------

    def set_data(self, data: PatientData) -> None:
        self.family_name.setText(data.family_name)
        self.given_name.setText(data.given_name)
        self.preferred_name.setText(data.preferred_name)
        _set_date(self.date_of_birth, data.date_of_birth)
        self.sex.setCurrentIndex(max(self.sex.findData(data.sex), 0))
        self.phone.setText(data.phone)
        self.email.setText(data.email)
        self.address.setPlainText(data.address)
        self.emergency_contact.setText(data.emergency_contact)
        self.allergies.setPlainText(data.allergies)
        self.medications.setPlainText(data.medications)
        self.medical_history.setPlainText(data.medical_history)
        self.pregnant.setChecked(data.pregnant)
        self.pregnancy_weeks.setValue(-1 if data.pregnancy_weeks is None else data.pregnancy_weeks)
        _set_date(self.due_date, data.due_date)
        for name, box in self.flags.items():
            box.setChecked(bool(getattr(data, name)))

    def entered_data(self) -> PatientData:
        pregnant = self.pregnant.isChecked()
        weeks = self.pregnancy_weeks.value()
        return PatientData(
            family_name=self.family_name.text(),
            given_name=self.given_name.text(),
            preferred_name=self.preferred_name.text(),
            date_of_birth=_date_value(self.date_of_birth),
            sex=self.sex.currentData() or "",
            phone=self.phone.text(),
            email=self.email.text(),
            address=self.address.toPlainText(),
            emergency_contact=self.emergency_contact.text(),
            allergies=self.allergies.toPlainText(),
            medications=self.medications.toPlainText(),
            medical_history=self.medical_history.toPlainText(),
            pregnant=pregnant,
            # Weeks and due date only mean something while pregnant; a stale value would block saving.
            pregnancy_weeks=weeks if pregnant and weeks >= 0 else None,
            due_date=_date_value(self.due_date) if pregnant else None,
            **{name: box.isChecked() for name, box in self.flags.items()},
        )

    # -- saving --------------------------------------------------------------------------------

    def show_errors(self, fields: dict[str, str]) -> None:
        for label in self.error_labels.values():
            label.hide()
        unplaced: list[str] = []
        for name, problem in fields.items():
            field_label = self.error_labels.get(name)
            if field_label is None:
                unplaced.append(problem)
                continue
            field_label.setText(problem)
            field_label.show()
        count = len(fields)
        summary = (
            self.tr("Please correct the field marked below.")
            if count == 1
            else self.tr("Please correct the {n} fields marked below.").format(n=count)
        )
        self.banner.show_message(" ".join([summary, *unplaced]), "error")
        first = next((name for name in self.error_labels if name in fields), None)
        widget = getattr(self, first, None) if first else None
        if isinstance(widget, QWidget):
            widget.setFocus()

    def save(self) -> None:
        data = self.entered_data()
        try:
            if self.patient is None:
                record = create_patient(self.ctx.db, data=data, user_id=self.ctx.user.id)
            else:
                record = update_patient(
                    self.ctx.db,
                    patient_id=self.patient.id,
                    data=data,
                    expected_version=self.patient.version,
                    user_id=self.ctx.user.id,
                )
        except ValidationError as exc:
            self.show_errors(exc.fields)
            return
        except ConflictError as exc:
            self.banner.show_message(str(exc), "warning")
            return
        except DomainError as exc:
            self.banner.show_error(exc)
            return
        self.patient = record
        self.saved.emit(record)
        self.accept()
