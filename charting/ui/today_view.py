"""The Today view: one day's visits at a glance, filterable by practitioner and date."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QDate,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from charting.domain.records import VisitSummary
from charting.services.users import list_users
from charting.services.visit_lists import list_day
from charting.ui import settings as keys
from charting.ui.context import AppContext
from charting.ui.settings import UiSettings
from charting.ui.visit_table_model import VisitTableModel

# Status shown in the list: a signed visit with an issued document counts as printed.
STATUS_COLOURS = {"draft": "#9a5b00", "signed": "#1b6e3a", "printed": "#2f5f9e"}


def visit_status(visit: VisitSummary) -> str:
    if visit.status == "signed" and visit.printed:
        return "printed"
    return visit.status


def pain_text(before: int | None, after: int | None) -> str:
    if before is None and after is None:
        return ""
    return f"{'–' if before is None else before} → {'–' if after is None else after}"


POLL_INTERVAL_MS = 30_000


class DayVisitsModel(VisitTableModel):
    COLUMNS = ("Time", "Patient", "Chart no.", "Practitioner", "Chief complaint", "Pain", "Status")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bold = QFont()
        self._bold.setBold(True)

    def format_row(self, visit: VisitSummary) -> tuple[str, ...]:
        return (
            visit.started_at.astimezone().strftime("%H:%M"),
            visit.patient_name,
            visit.chart_no,
            visit.practitioner_name,
            visit.chief_complaint,
            pain_text(visit.pain_before, visit.pain_after),
            self.tr(visit_status(visit)),
        )

    def extra_data(self, row: int, column: int, role: int) -> Any:
        visit = self._visits[row]
        if role == Qt.ItemDataRole.ForegroundRole and column == 6:
            return QColor(STATUS_COLOURS.get(visit_status(visit), "#333333"))
        if role == Qt.ItemDataRole.FontRole and column in (0, 6):
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole and column == 4:
            return visit.chief_complaint or None
        return None


class TodayView(QWidget):
    """Signals carry ids; the main window decides what opening a visit or patient means."""

    visitActivated = Signal(int)
    patientActivated = Signal(int)
    printDayRequested = Signal(object, object)  # date, practitioner id or None

    def __init__(self, ctx: AppContext, ui_settings: UiSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._ui = ui_settings
        self._stale = True
        # Other treatment rooms check patients in and sign visits on the shared database: while
        # the list is on screen it re-reads itself, so the front desk never works from stale rows.
        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(POLL_INTERVAL_MS)
        self.poll_timer.timeout.connect(self.refresh)

        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("ddd d MMM yyyy")
        self.date_edit.setMinimumWidth(150)
        self.date_edit.setAccessibleName(self.tr("Day shown"))
        previous_day = QPushButton("◀")
        previous_day.setToolTip(self.tr("Previous day"))
        next_day = QPushButton("▶")
        next_day.setToolTip(self.tr("Next day"))
        for button in (previous_day, next_day):
            button.setFixedWidth(36)
        today_button = QPushButton(self.tr("Today"))
        self.practitioner_box = QComboBox()
        self.practitioner_box.setMinimumWidth(200)
        self.practitioner_box.setAccessibleName(self.tr("Practitioner"))
        self.count_label = QLabel()
        self.count_label.setObjectName("mutedLabel")
        self.open_patient_button = QPushButton(self.tr("Open patient"))
        self.print_day_button = QPushButton(self.tr("Print day sheet…"))

        title = QLabel(self.tr("Visits"))
        title.setObjectName("pageTitle")
        bar = QHBoxLayout()
        bar.addWidget(title)
        bar.addSpacing(16)
        bar.addWidget(previous_day)
        bar.addWidget(self.date_edit)
        bar.addWidget(next_day)
        bar.addWidget(today_button)
        bar.addSpacing(16)
        bar.addWidget(QLabel(self.tr("Practitioner:")))
        bar.addWidget(self.practitioner_box)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        bar.addSpacing(12)
        bar.addWidget(self.open_patient_button)
        bar.addWidget(self.print_day_button)

        self.model = DayVisitsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(34)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        # Size columns from the first rows only: a busy clinic day has hundreds of visits and
        # measuring every cell made start-up noticeably slower.
        header.setResizeContentsPrecision(40)
        self.table.setAccessibleName(self.tr("Visits of the day"))
        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setObjectName("emptyState")
        self.body = QStackedWidget()
        self.body.addWidget(self.table)
        self.body.addWidget(self.empty_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addLayout(bar)
        layout.addWidget(self.body, 1)

        self._fill_practitioners()
        previous_day.clicked.connect(lambda: self.date_edit.setDate(self.date_edit.date().addDays(-1)))
        next_day.clicked.connect(lambda: self.date_edit.setDate(self.date_edit.date().addDays(1)))
        today_button.clicked.connect(lambda: self.date_edit.setDate(QDate.currentDate()))
        self.date_edit.dateChanged.connect(self.refresh)
        self.practitioner_box.currentIndexChanged.connect(self._practitioner_changed)
        self.table.activated.connect(self._open_visit)
        self.open_patient_button.clicked.connect(self._open_patient)
        self.print_day_button.clicked.connect(lambda: self.printDayRequested.emit(self.day, self.practitioner_id))
        self.setTabOrder(self.date_edit, self.practitioner_box)
        self.setTabOrder(self.practitioner_box, self.table)

    # -- state ---------------------------------------------------------------------------------

    @property
    def day(self) -> date:
        return self.date_edit.date().toPython()  # type: ignore[return-value]

    def set_day(self, day: date) -> None:
        self.date_edit.setDate(QDate(day.year, day.month, day.day))

    @property
    def practitioner_id(self) -> int | None:
        value = self.practitioner_box.currentData()
        return int(value) if value else None

    def set_practitioner(self, practitioner_id: int | None) -> None:
        found = self.practitioner_box.findData(practitioner_id or 0)
        self.practitioner_box.setCurrentIndex(max(found, 0))

    def selected_visit(self) -> VisitSummary | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.visit_at(rows[0].row()) if rows else None

    # -- loading -------------------------------------------------------------------------------

    def _fill_practitioners(self) -> None:
        remembered = self._ui.get(keys.TODAY_PRACTITIONER_ID)
        self.practitioner_box.blockSignals(True)
        self.practitioner_box.clear()
        self.practitioner_box.addItem(self.tr("Everyone"), 0)
        for user in list_users(self.ctx.db, role="practitioner"):
            self.practitioner_box.addItem(user.display_name, user.id)
        self.practitioner_box.setCurrentIndex(max(self.practitioner_box.findData(remembered), 0))
        self.practitioner_box.blockSignals(False)

    def _practitioner_changed(self) -> None:
        self._ui.set(keys.TODAY_PRACTITIONER_ID, self.practitioner_id or 0)
        self.refresh()

    def mark_stale(self) -> None:
        """Reload next time the view is shown (or now, if it is showing)."""
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.poll_timer.start()
        if self._stale:
            self.refresh()

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self.poll_timer.stop()

    def refresh(self) -> None:
        selected = self.selected_visit()
        visits = list_day(self.ctx.db, self.day, practitioner_id=self.practitioner_id)
        self.model.set_visits(visits)
        self._stale = False
        drafts = sum(1 for v in visits if v.status == "draft")
        if visits:
            text = self.tr("1 visit") if len(visits) == 1 else self.tr("{n} visits").format(n=len(visits))
            if drafts:
                text += self.tr(" · {n} still draft").format(n=drafts)
            self.count_label.setText(text)
        else:
            self.count_label.setText("")
        who = self.practitioner_box.currentText() if self.practitioner_id else ""
        when = self.date_edit.date().toString("dddd d MMMM yyyy")
        self.empty_label.setText(
            self.tr("No visits for {who} on {when}.").format(who=who, when=when)
            if who
            else self.tr("No visits on {when}.").format(when=when)
        )
        self.body.setCurrentWidget(self.table if visits else self.empty_label)
        self.open_patient_button.setEnabled(bool(visits))
        self.print_day_button.setEnabled(bool(visits))
        if selected is not None:
            for row, visit in enumerate(visits):
                if visit.id == selected.id:
                    self.table.selectRow(row)
        elif visits:
            self.table.selectRow(0)

    def reload_practitioners(self) -> None:
        self._fill_practitioners()
        self.refresh()

    # -- opening -------------------------------------------------------------------------------

    def _open_visit(self, index: QModelIndex) -> None:
        self.visitActivated.emit(self.model.visit_at(index.row()).id)

    def _open_patient(self) -> None:
        visit = self.selected_visit()
        if visit is not None:
            self.patientActivated.emit(visit.patient_id)
