"""Home-care advice from the clinic's templates plus free text, and the follow-up interval."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from charting.domain.records import VisitData
from charting.ui.visit_editor.templates_dialog import TemplatesDialog
from charting.vocab import HomeCareTemplate

FOLLOW_UP_CHOICES = ("", "2–3 days", "1 week", "2 weeks", "3 weeks", "1 month", "As needed")


def with_template(current: str, template: HomeCareTemplate) -> str:
    """Append a template's text as its own paragraph, once."""
    if template.text in current:
        return current
    return f"{current.rstrip()}\n\n{template.text}" if current.strip() else template.text


class HomeCarePanel(QWidget):
    changed = Signal()
    templatesSaved = Signal(Path)

    def __init__(
        self, templates: tuple[HomeCareTemplate, ...], clinic_dir: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._templates = templates
        self._clinic_dir = clinic_dir
        self.template = QComboBox()
        self.template.setAccessibleName(self.tr("Home-care template"))
        # Long template titles must not widen the column: the combo elides instead.
        self.template.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.template.setMinimumContentsLength(12)
        self.insert = QPushButton(self.tr("Add"))
        self.insert.setToolTip(self.tr("Add the chosen template's advice to the text below"))
        self.edit_templates = QPushButton(self.tr("Edit templates…"))
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("Advice for the patient: stretches, heat, hydration …"))
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(70)
        self.follow_up = QComboBox()
        self.follow_up.setEditable(True)
        self.follow_up.addItems(FOLLOW_UP_CHOICES)
        self.follow_up.setAccessibleName(self.tr("Follow-up"))
        pick = QHBoxLayout()
        pick.addWidget(self.template, 1)
        pick.addWidget(self.insert)
        pick.addWidget(self.edit_templates)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Template"), pick)
        form.addRow(self.tr("Advice"), self.text)
        form.addRow(self.tr("Follow-up"), self.follow_up)
        self._fill_templates()
        self.insert.clicked.connect(self.insert_template)
        self.edit_templates.clicked.connect(self._edit_templates)
        self.text.textChanged.connect(self._text_changed)
        self.follow_up.currentTextChanged.connect(self._text_changed)
        self._loading = False

    def _fill_templates(self) -> None:
        self.template.clear()
        for template in self._templates:
            self.template.addItem(template.title, template)

    def insert_template(self) -> None:
        template = self.template.currentData()
        if isinstance(template, HomeCareTemplate):
            self.text.setPlainText(with_template(self.text.toPlainText(), template))

    def _edit_templates(self) -> None:
        dialog = TemplatesDialog(self._templates, self._clinic_dir, self)
        if dialog.exec():
            self._templates = dialog.saved_templates
            self._fill_templates()
            self.templatesSaved.emit(dialog.saved_path)

    def _text_changed(self) -> None:
        if not self._loading:
            self.changed.emit()

    def load(self, data: VisitData) -> None:
        self._loading = True
        try:
            self.text.setPlainText(data.home_care)
            self.follow_up.setCurrentText(data.follow_up)
        finally:
            self._loading = False

    def store(self, data: VisitData) -> None:
        data.home_care = self.text.toPlainText().strip()
        data.follow_up = self.follow_up.currentText().strip()

    def set_read_only(self, read_only: bool) -> None:
        self.text.setReadOnly(read_only)
        self.follow_up.setEnabled(not read_only)
        for widget in (self.template, self.insert):
            widget.setEnabled(not read_only)
