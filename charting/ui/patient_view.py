"""One patient: who they are, what to be careful of, and how their treatment has gone."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from charting.domain.point_entry import format_point_entry
from charting.domain.records import PatientRecord, VisitSummary
from charting.services.patients import get_patient
from charting.services.users import list_users
from charting.services.visit_lists import patient_visits
from charting.ui import settings as keys
from charting.ui.context import AppContext
from charting.ui.pain_trend import PainTrendChart
from charting.ui.patient_form import SEX_LABELS
from charting.ui.settings import UiSettings
from charting.ui.today_view import STATUS_COLOURS, pain_text, visit_status
from charting.ui.visit_table_model import VisitTableModel

SPLITTER = "patient"


def age_on(born: date, day: date) -> int:
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def points_text(points: tuple[tuple[str, str, str], ...]) -> str:
    """`LI4 B, ST36 L, GV20` — the same shorthand practitioners type."""
    return format_point_entry((code, side) for code, side, _role in points)


class VisitHistoryModel(VisitTableModel):
    COLUMNS = ("Date", "Practitioner", "Chief complaint", "Points", "Pain", "Status")

    def format_row(self, visit: VisitSummary) -> tuple[str, ...]:
        return (
            visit.started_at.astimezone().strftime("%d %b %Y"),
            visit.practitioner_name,
            visit.chief_complaint,
            points_text(visit.points),
            pain_text(visit.pain_before, visit.pain_after),
            self.tr(visit_status(visit)),
        )

    def extra_data(self, row: int, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:  # long complaints and point lists are elided
            return self._rows[row][column]
        if role == Qt.ItemDataRole.ForegroundRole and column == 5:
            return QColor(STATUS_COLOURS.get(visit_status(self._visits[row]), "#333333"))
        return None


class SafetyBanner(QLabel):
    """A flag the practitioner must not miss: strong colour, icon-free wording, full width."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__("⚠  " + text, parent)
        self.flag = text
        self.setObjectName("safetyBanner")
        self.setWordWrap(True)
        self.setAccessibleName(self.tr("Safety flag"))


class PatientView(QWidget):
    visitActivated = Signal(int)
    newVisitRequested = Signal(int, int)  # patient id, practitioner id
    editRequested = Signal(int)

    def __init__(self, ctx: AppContext, ui_settings: UiSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._ui = ui_settings
        self.patient: PatientRecord | None = None
        self.visits: list[VisitSummary] = []

        self.name_label = QLabel()
        self.name_label.setObjectName("patientName")
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts_label = QLabel()
        self.facts_label.setObjectName("mutedLabel")
        self.facts_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.practitioner_box = QComboBox()
        self.practitioner_box.setAccessibleName(self.tr("Practitioner for the new visit"))
        self.practitioner_box.setMinimumWidth(180)
        self.new_visit_button = QPushButton(self.tr("New visit"))
        self.new_visit_button.setObjectName("primaryButton")
        self.new_visit_button.setToolTip(self.tr("Start a visit for this patient (Ctrl+N)"))
        self.edit_button = QPushButton(self.tr("Edit patient…"))
        self.edit_button.setToolTip(self.tr("Correct the patient's details (Ctrl+E)"))

        heading = QVBoxLayout()
        heading.setSpacing(2)
        heading.addWidget(self.name_label)
        heading.addWidget(self.facts_label)
        top = QHBoxLayout()
        top.addLayout(heading, 1)
        top.addWidget(QLabel(self.tr("Practitioner:")))
        top.addWidget(self.practitioner_box)
        top.addWidget(self.new_visit_button)
        top.addWidget(self.edit_button)

        self.banner_box = QVBoxLayout()
        self.banner_box.setSpacing(4)

        # Left: the record. Labels hold the values; empty ones say so rather than vanish.
        self.details = QFormLayout()
        self.details.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.details.setVerticalSpacing(6)
        self.detail_labels: dict[str, QLabel] = {}
        for name, title in (
            ("date_of_birth", "Born"),
            ("sex", "Sex"),
            ("phone", "Phone"),
            ("email", "E-mail"),
            ("address", "Address"),
            ("emergency_contact", "Emergency"),
        ):
            self.detail_labels[name] = self._value_label()
            self.details.addRow(self.tr(title), self.detail_labels[name])
        clinical = QFormLayout()
        clinical.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        clinical.setVerticalSpacing(6)
        for name, title in (
            ("allergies", "Allergies"),
            ("medications", "Medications"),
            ("medical_history", "History"),
        ):
            self.detail_labels[name] = self._value_label()
            clinical.addRow(self.tr(title), self.detail_labels[name])
        record_box = QGroupBox(self.tr("Details"))
        record_box.setLayout(self.details)
        clinical_box = QGroupBox(self.tr("Clinical background"))
        clinical_box.setLayout(clinical)
        left_inner = QWidget()
        left_layout = QVBoxLayout(left_inner)
        left_layout.setContentsMargins(0, 0, 6, 0)
        left_layout.addWidget(clinical_box)
        left_layout.addWidget(record_box)
        left_layout.addStretch(1)
        left = QScrollArea()
        left.setObjectName("patientDetails")
        left.setWidget(left_inner)
        left.setWidgetResizable(True)
        left.setFrameShape(QFrame.Shape.NoFrame)
        left.setMinimumWidth(280)

        # Right: the course of treatment.
        self.trend = PainTrendChart()
        trend_box = QGroupBox(self.tr("Pain before and after treatment"))
        trend_layout = QVBoxLayout(trend_box)
        trend_layout.addWidget(self.trend)
        self.history_model = VisitHistoryModel(self)
        self.history = QTableView()
        self.history.setModel(self.history_model)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setAlternatingRowColors(True)
        self.history.setShowGrid(False)
        self.history.setWordWrap(False)
        self.history.verticalHeader().hide()
        self.history.verticalHeader().setDefaultSectionSize(30)
        header = self.history.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.history.setAccessibleName(self.tr("Visit history"))
        self.history_title = QLabel()
        self.history_title.setObjectName("sectionTitle")
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 0, 0)
        right_layout.addWidget(trend_box)
        right_layout.addWidget(self.history_title)
        right_layout.addWidget(self.history, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        saved = self._ui.get(keys.splitter_key(SPLITTER))
        if not saved.isEmpty():
            self.splitter.restoreState(saved)
        self.splitter.splitterMoved.connect(
            lambda *_: self._ui.set(keys.splitter_key(SPLITTER), self.splitter.saveState())
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addLayout(self.banner_box)
        layout.addWidget(self.splitter, 1)

        self._fill_practitioners()
        self.history.activated.connect(
            lambda index: self.visitActivated.emit(self.history_model.visit_at(index.row()).id)
        )
        self.new_visit_button.clicked.connect(self.request_new_visit)
        self.edit_button.clicked.connect(lambda: self.patient and self.editRequested.emit(self.patient.id))
        self.setTabOrder(self.new_visit_button, self.edit_button)
        self.setTabOrder(self.edit_button, self.history)
        self._show_nothing()

    @staticmethod
    def _value_label() -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return label

    def _fill_practitioners(self) -> None:
        self.practitioner_box.clear()
        for user in list_users(self.ctx.db, role="practitioner"):
            self.practitioner_box.addItem(user.display_name, user.id)
        # Practitioners chart their own visits; the front desk picks (the Today filter's choice).
        preferred = (
            self.ctx.user.id if self.ctx.user.role == "practitioner" else self._ui.get(keys.TODAY_PRACTITIONER_ID)
        )
        self.practitioner_box.setCurrentIndex(max(self.practitioner_box.findData(preferred), 0))

    def _show_nothing(self) -> None:
        self.name_label.setText(self.tr("No patient open"))
        self.facts_label.setText(self.tr("Find a patient with Ctrl+F, or open one from Today."))
        for button in (self.new_visit_button, self.edit_button):
            button.setEnabled(False)
        self.splitter.hide()

    # -- showing a patient ---------------------------------------------------------------------

    def show_patient(self, patient_id: int) -> None:
        self.patient = get_patient(self.ctx.db, patient_id)
        self.visits = patient_visits(self.ctx.db, patient_id)
        self._render()

    def refresh(self) -> None:
        if self.patient is not None:
            self.show_patient(self.patient.id)
        self._stale = False

    def mark_stale(self) -> None:
        """Reload when next shown: autosave changes a visit every few seconds while charting, and
        the history behind the editor need not follow each keystroke."""
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        if getattr(self, "_stale", False):
            self.refresh()

    def _render(self) -> None:
        patient = self.patient
        assert patient is not None
        d = patient.data
        today = date.today()
        self.name_label.setText(patient.display_name)
        facts = [f"#{patient.chart_no}"]
        if d.date_of_birth:
            facts.append(self.tr("{age} years").format(age=age_on(d.date_of_birth, today)))
        if d.sex:
            facts.append(self.tr(SEX_LABELS.get(d.sex, d.sex)))
        if d.phone:
            facts.append(d.phone)
        self.facts_label.setText("   ·   ".join(facts))

        while self.banner_box.count():
            item = self.banner_box.takeAt(0)
            assert item is not None  # the layout is not empty
            if (widget := item.widget()) is not None:
                widget.deleteLater()
        for flag in patient.safety_flags(today):
            banner = SafetyBanner(flag)
            self.banner_box.addWidget(banner)  # reparents it into this view
            # show(), never setVisible(False): a banner hidden explicitly while this view was in
            # the background would stay hidden when the view comes back — a safety flag missed.
            banner.show()

        none = self.tr("none recorded")
        values = {
            "date_of_birth": d.date_of_birth.strftime("%d %b %Y") if d.date_of_birth else "",
            "sex": self.tr(SEX_LABELS.get(d.sex, d.sex)) if d.sex else "",
            "phone": d.phone,
            "email": d.email,
            "address": d.address,
            "emergency_contact": d.emergency_contact,
            "allergies": d.allergies,
            "medications": d.medications,
            "medical_history": d.medical_history,
        }
        for name, value in values.items():
            label = self.detail_labels[name]
            label.setText(value or none)
            label.setProperty("empty", not value)
            label.style().unpolish(label)
            label.style().polish(label)

        self.trend.set_visits(self.visits)
        self.history_model.set_visits(self.visits)
        self.history_title.setText(
            self.tr("Visit history — {n} visits").format(n=len(self.visits))
            if self.visits
            else self.tr("No visits yet")
        )
        for button in (self.new_visit_button, self.edit_button):
            button.setEnabled(True)
        self.splitter.show()

    @property
    def safety_banners(self) -> list[SafetyBanner]:
        return [
            w
            for i in range(self.banner_box.count())
            if (item := self.banner_box.itemAt(i)) is not None and isinstance(w := item.widget(), SafetyBanner)
        ]

    def request_new_visit(self) -> None:
        practitioner = self.practitioner_box.currentData()
        if self.patient is not None and practitioner:
            self.newVisitRequested.emit(self.patient.id, int(practitioner))

    def reload_practitioners(self) -> None:
        self._fill_practitioners()
