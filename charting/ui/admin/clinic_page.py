"""The clinic profile page: the letterhead and identifiers printed on summaries and superbills."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from charting.errors import DomainError, ValidationError
from charting.services import users
from charting.ui.admin.field_errors import FieldErrors
from charting.ui.admin.save_buttons import SaveButtons
from charting.ui.context import AppContext

ADDRESS_LINES = 4
FORM_MAX_WIDTH = 640  # identifiers are short; full-width fields on a wide screen read badly


class ClinicPage(QWidget):
    """Edits the one clinic profile; nothing is written until Save, and a refusal keeps the typing."""

    message = Signal(str, str)  # text, banner kind ("info" / "error")

    def __init__(self, ctx: AppContext, *, read_only: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._read_only = read_only
        self._errors = FieldErrors()
        self.name = self._line(200, self.tr("e.g. Riverside Acupuncture & Wellness"))
        self.address = QPlainTextEdit()
        self.address.setTabChangesFocus(True)
        line = self.address.fontMetrics().lineSpacing()
        self.address.setFixedHeight(line * ADDRESS_LINES + 14)
        self.address.setPlaceholderText(self.tr("Street, suite\nCity, state and postcode"))
        self.phone = self._line(40, self.tr("(503) 555-0142"))
        self.email = self._line(200, self.tr("front@clinic.example"))
        self.tax_id = self._line(40, self.tr("EIN, e.g. 93-1234567"))
        self.npi = self._line(20, self.tr("Organisation (type 2) NPI, 10 digits"))

        intro = QLabel(
            self.tr(
                "Printed as the letterhead of every visit summary, and as the billing identifiers on every superbill."
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label, name, field in (
            (self.tr("Clinic &name"), "name", self.name),
            (self.tr("&Address"), "address", self.address),
            (self.tr("&Phone"), "phone", self.phone),
            (self.tr("&E-mail"), "email", self.email),
            (self.tr("&Tax id (EIN)"), "tax_id", self.tax_id),
            (self.tr("N&PI"), "npi", self.npi),
        ):
            self._errors.add_row(form, label, name, field)
        buttons = SaveButtons(self.tr("&Save clinic details"), self.save, self.load)
        self.save_button, self.revert_button = buttons.save_button, buttons.revert_button

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(6)
        fields = QWidget()
        form.setContentsMargins(0, 0, 0, 0)
        fields.setLayout(form)
        fields.setMaximumWidth(FORM_MAX_WIDTH)
        layout.addWidget(fields)
        layout.addStretch(1)
        layout.addLayout(buttons)
        if read_only:
            for field in (self.name, self.phone, self.email, self.tax_id, self.npi):
                field.setReadOnly(True)
            self.address.setReadOnly(True)
            self.save_button.hide()
            self.revert_button.hide()
        self._saved: dict[str, str] = {}
        self.load()

    def _line(self, max_length: int, placeholder: str) -> QLineEdit:
        field = QLineEdit()
        field.setMaxLength(max_length)
        field.setPlaceholderText(placeholder)
        return field

    def values(self) -> dict[str, str]:
        """What the form holds now, keyed like `save_clinic`'s arguments."""
        return {
            "name": self.name.text().strip(),
            "address": self.address.toPlainText().strip(),
            "phone": self.phone.text().strip(),
            "email": self.email.text().strip(),
            "tax_id": self.tax_id.text().strip(),
            "npi": self.npi.text().strip(),
        }

    def is_dirty(self) -> bool:
        return self.values() != self._saved

    def load(self) -> None:
        """Show what is stored, dropping unsaved edits (the Revert button)."""
        clinic = users.get_clinic(self._ctx.db)
        self.name.setText(clinic.name if clinic else "")
        self.address.setPlainText(clinic.address if clinic else "")
        self.phone.setText(clinic.phone if clinic else "")
        self.email.setText(clinic.email if clinic else "")
        self.tax_id.setText(clinic.tax_id if clinic else "")
        self.npi.setText(clinic.npi if clinic else "")
        self._errors.clear()
        self._saved = self.values()

    def save(self) -> bool:
        """Store the form; on a refusal show why beside the fields and keep what was typed."""
        if self._read_only:
            return False
        values = self.values()
        try:
            users.save_clinic(self._ctx.db, **values, user_id=self._ctx.user.id)
        except ValidationError as error:
            unplaced = self._errors.show(error)
            self.message.emit(" ".join(unplaced) or self.tr("Please correct the marked fields."), "error")
            return False
        except DomainError as error:
            self.message.emit(str(error), "error")
            return False
        self._errors.clear()
        self._saved = values
        self.message.emit(self.tr("Clinic details saved."), "info")
        return True

    def field_error(self, name: str) -> str:
        """The message shown under a field (for the dialog's tests and accessibility checks)."""
        return self._errors.message(name)
