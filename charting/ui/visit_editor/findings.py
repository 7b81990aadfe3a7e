"""The left column of the editor: complaint, pain scores, notes, tongue, pulse, diagnosis, home care."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from charting.domain.records import VisitData
from charting.ui.visit_editor.diagnosis import DiagnosisPanel
from charting.ui.visit_editor.home_care import HomeCarePanel
from charting.ui.visit_editor.pain_scale import PainScale
from charting.ui.visit_editor.tongue_pulse import PulsePanel, TonguePanel
from charting.vocab import Vocabulary


def notes_box(placeholder: str) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(56)
    box.setMaximumHeight(110)
    return box


def group(title: str, widget: QWidget) -> QGroupBox:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(8, 6, 8, 8)
    layout.addWidget(widget)
    return box


class FindingsPanel(QWidget):
    changed = Signal()

    def __init__(self, vocab: Vocabulary, clinic_vocab_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chief_complaint = QLineEdit()
        self.chief_complaint.setPlaceholderText(self.tr("e.g. Left calf cramps at night for 3 weeks"))
        self.chief_complaint.setAccessibleName(self.tr("Chief complaint"))
        self.pain_before = PainScale()
        self.pain_before.setAccessibleName(self.tr("Pain before treatment"))
        self.pain_after = PainScale()
        self.pain_after.setAccessibleName(self.tr("Pain after treatment"))
        self.subjective = notes_box(self.tr("Subjective: history, onset, what helps or worsens"))
        self.objective = notes_box(self.tr("Objective: palpation, range of motion, tests"))
        self.plan = notes_box(self.tr("Plan: course of treatment, referrals, what to reassess"))
        self.tongue = TonguePanel(vocab)
        self.pulse = PulsePanel(vocab)
        self.diagnosis = DiagnosisPanel(vocab)
        self.home_care = HomeCarePanel(vocab.home_care, clinic_vocab_dir)

        top = QFormLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addRow(self.tr("Chief complaint"), self.chief_complaint)
        top.addRow(self.tr("Pain before"), self.pain_before)
        top.addRow(self.tr("Pain after"), self.pain_after)
        top.addRow(self.tr("Subjective"), self.subjective)
        top.addRow(self.tr("Objective"), self.objective)
        box = QVBoxLayout(self)
        box.setContentsMargins(4, 4, 4, 4)
        box.addLayout(top)
        box.addWidget(group(self.tr("Tongue"), self.tongue))
        box.addWidget(group(self.tr("Pulse"), self.pulse))
        box.addWidget(group(self.tr("Diagnosis"), self.diagnosis))
        plan_form = QFormLayout()
        plan_form.addRow(self.tr("Plan"), self.plan)
        box.addLayout(plan_form)
        box.addWidget(group(self.tr("Home care and follow-up"), self.home_care))
        box.addStretch(1)

        self.chief_complaint.textEdited.connect(self.changed)
        self.subjective.textChanged.connect(self._text_changed)
        self.objective.textChanged.connect(self._text_changed)
        self.plan.textChanged.connect(self._text_changed)
        for scale in (self.pain_before, self.pain_after):
            scale.valueChanged.connect(self.changed)
        for panel in (self.tongue, self.pulse, self.diagnosis, self.home_care):
            panel.changed.connect(self.changed)
        self._loading = False

    def _text_changed(self) -> None:
        if not self._loading:
            self.changed.emit()

    def field_widget(self, name: str) -> QWidget | None:
        """The widget to focus for a field named by missing_for_signing."""
        return {
            "chief_complaint": self.chief_complaint,
            "tcm_pattern": self.diagnosis.pattern,
            "icd10_codes": self.diagnosis.icd10.search,
            "pain_before": self.pain_before,
            "pain_after": self.pain_after,
        }.get(name)

    def load(self, data: VisitData) -> None:
        self._loading = True
        try:
            self.chief_complaint.setText(data.chief_complaint)
            self.chief_complaint.setCursorPosition(0)  # show the start of a long complaint
            self.pain_before.set_value(data.pain_before)
            self.pain_after.set_value(data.pain_after)
            self.subjective.setPlainText(data.subjective)
            self.objective.setPlainText(data.objective)
            self.plan.setPlainText(data.plan)
            for panel in (self.tongue, self.pulse, self.diagnosis, self.home_care):
                panel.load(data)
        finally:
            self._loading = False

    def store(self, data: VisitData) -> None:
        data.chief_complaint = self.chief_complaint.text().strip()
        data.pain_before = self.pain_before.value()
        data.pain_after = self.pain_after.value()
        data.subjective = self.subjective.toPlainText().strip()
        data.objective = self.objective.toPlainText().strip()
        data.plan = self.plan.toPlainText().strip()
        for panel in (self.tongue, self.pulse, self.diagnosis, self.home_care):
            panel.store(data)

    def set_read_only(self, read_only: bool) -> None:
        self.chief_complaint.setReadOnly(read_only)
        self.subjective.setReadOnly(read_only)
        self.objective.setReadOnly(read_only)
        self.plan.setReadOnly(read_only)
        for scale in (self.pain_before, self.pain_after):
            scale.setEnabled(not read_only)
        for panel in (self.tongue, self.pulse, self.diagnosis, self.home_care):
            panel.set_read_only(read_only)
