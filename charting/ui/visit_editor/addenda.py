"""Addenda on a signed visit: the list, and the small form (reason and text) to add one.

The author and time are not typed: they are the signed-in user and the moment of saving, as the
service records them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from charting.domain.records import AddendumRecord
from charting.ui.visit_editor.header import local


class AddendaPanel(QGroupBox):
    submitted = Signal(str, str)  # reason, text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Addenda"), parent)
        self.listing = QLabel()
        self.listing.setWordWrap(True)
        self.listing.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.add_button = QPushButton(self.tr("Add addendum…"))
        self.add_button.clicked.connect(self.open_form)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Why is this added after signing? e.g. late entry, correction"))
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setMaximumHeight(90)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e;")
        self.save_button = QPushButton(self.tr("Save addendum"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.save_button.clicked.connect(self._submit)
        self.cancel_button.clicked.connect(self.close_form)
        self.form = QWidget()
        form = QFormLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Addendum"), self.text)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        form.addRow(self.error)
        form.addRow(buttons)
        box = QVBoxLayout(self)
        box.addWidget(self.listing)
        box.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        box.addWidget(self.form)
        self.form.hide()

    def show_addenda(self, addenda: tuple[AddendumRecord, ...]) -> None:
        if not addenda:
            self.listing.setText(self.tr("No addenda. Changes to a signed visit are added here."))
            return
        self.listing.setText("\n\n".join(f"{local(a.created_at)} — {a.author} — {a.reason}\n{a.text}" for a in addenda))

    def open_form(self) -> None:
        self.form.show()
        self.add_button.hide()
        self.error.clear()
        self.reason.setFocus(Qt.FocusReason.OtherFocusReason)

    def close_form(self) -> None:
        self.reason.clear()
        self.text.clear()
        self.error.clear()
        self.form.hide()
        self.add_button.show()

    def show_error(self, text: str) -> None:
        self.error.setText(text)

    def _submit(self) -> None:
        self.submitted.emit(self.reason.text(), self.text.toPlainText())
