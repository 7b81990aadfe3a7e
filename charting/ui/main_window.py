"""The main window: Today, the open patient and the visit editor, one key apart (Alt+1/2/3).

It owns navigation and the remembered state (window size, last view, the open draft for crash
recovery); each page is its own widget and talks to it through signals carrying ids.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from charting.domain.records import PatientRecord
from charting.errors import DomainError, NotFoundError
from charting.services.users import get_clinic
from charting.services.visits import get_visit, start_visit
from charting.ui import settings as keys
from charting.ui.actions import create_actions
from charting.ui.context import AppContext
from charting.ui.errors import MessageBanner, set_error_banner
from charting.ui.patient_form import PatientForm
from charting.ui.patient_search import PatientSearchBox
from charting.ui.patient_view import PatientView
from charting.ui.settings import UiSettings
from charting.ui.today_view import TodayView

log = logging.getLogger("charting.ui")
VIEWS = ("today", "patient", "visit")


def load_visit_editor(ctx: AppContext, parent: QWidget) -> Any:
    """U2b's VisitEditor, imported on first use: it is the heaviest page and many start-ups never need it."""
    from charting.ui.visit_editor import VisitEditor

    return VisitEditor(ctx, parent)


class MainWindow(QMainWindow):
    def __init__(
        self,
        ctx: AppContext,
        ui_settings: UiSettings,
        editor_factory: Callable[[AppContext, QWidget], Any] = load_visit_editor,
    ) -> None:
        super().__init__()
        self.ctx = ctx
        self.ui_settings = ui_settings
        self._editor_factory = editor_factory
        self.editor: Any = None  # the VisitEditor, built the first time a visit is opened
        self.patient_form: PatientForm | None = None
        self._close_refused = False
        clinic = get_clinic(ctx.db)
        self.setWindowTitle(
            " — ".join(part for part in ("Acuchart", clinic.name if clinic else "", ctx.user.display_name) if part)
        )
        self.app_actions = create_actions(self)

        self.banner = MessageBanner()
        self.today = TodayView(ctx, ui_settings)
        self.patient_view = PatientView(ctx, ui_settings)
        self.visit_page = QWidget()
        self.visit_layout = QVBoxLayout(self.visit_page)
        self.visit_layout.setContentsMargins(0, 0, 0, 0)
        self.visit_placeholder = QLabel(self.tr("No visit open. Open one from Today or a patient's history."))
        self.visit_placeholder.setObjectName("emptyState")
        self.visit_placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.visit_layout.addWidget(self.visit_placeholder)
        self.stack = QStackedWidget()
        for page in (self.today, self.patient_view, self.visit_page):
            self.stack.addWidget(page)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(8, 6, 8, 0)
        column.setSpacing(4)
        column.addWidget(self.banner)
        column.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.search = PatientSearchBox(ctx.db)
        self._build_toolbar()
        self._build_menus()
        self.user_label = QLabel(self.tr("Signed in as {name}").format(name=ctx.user.display_name))
        self.statusBar().addPermanentWidget(self.user_label)
        self._connect()
        set_error_banner(self.banner)
        self._fit_to_screen()
        geometry = ui_settings.get(keys.WINDOW_GEOMETRY)
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = ui_settings.get(keys.WINDOW_STATE)
        if not state.isEmpty():
            self.restoreState(state)
        self.show_view("today")

    # -- construction --------------------------------------------------------------------------

    def _fit_to_screen(self) -> None:
        """First start: a comfortable size, or maximised on a small (laptop) screen."""
        screen = self.screen().availableGeometry()
        if screen.width() < 1500 or screen.height() < 900:
            self.setWindowState(Qt.WindowState.WindowMaximized)
        self.resize(min(1400, screen.width()), min(900, screen.height()))

    def _build_toolbar(self) -> None:
        a = self.app_actions
        bar = QToolBar(self.tr("Navigation"))
        bar.setObjectName("navigation")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (a.show_today, a.show_patient, a.show_visit):
            bar.addAction(action)
        bar.addSeparator()
        bar.addWidget(self.search)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        bar.addAction(a.new_patient)
        self.addToolBar(bar)
        self.toolbar = bar

    def _build_menus(self) -> None:
        a = self.app_actions
        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        file_menu.addAction(a.new_patient)
        file_menu.addSeparator()
        file_menu.addAction(a.print_summary)
        file_menu.addAction(a.print_superbill)
        file_menu.addAction(a.print_day)
        file_menu.addSeparator()
        file_menu.addAction(a.clinic_settings)
        file_menu.addSeparator()
        file_menu.addAction(a.quit)
        view_menu = menu.addMenu(self.tr("&View"))
        for action in (a.show_today, a.show_patient, a.show_visit):
            view_menu.addAction(action)
        view_menu.addSeparator()
        view_menu.addAction(a.find_patient)
        view_menu.addAction(a.refresh)
        patient_menu = menu.addMenu(self.tr("&Patient"))
        patient_menu.addAction(a.new_visit)
        patient_menu.addAction(a.edit_patient)
        self.visit_menu = menu.addMenu(self.tr("V&isit"))
        self.visit_menu.setEnabled(False)
        help_menu = menu.addMenu(self.tr("&Help"))
        help_menu.addAction(a.about)

    def _connect(self) -> None:
        a = self.app_actions
        a.show_today.triggered.connect(lambda: self.show_view("today"))
        a.show_patient.triggered.connect(lambda: self.show_view("patient"))
        a.show_visit.triggered.connect(lambda: self.show_view("visit"))
        a.find_patient.triggered.connect(self.focus_search)
        a.new_patient.triggered.connect(lambda: self.open_patient_form(None))
        a.edit_patient.triggered.connect(self.edit_open_patient)
        a.new_visit.triggered.connect(self.patient_view.request_new_visit)
        a.refresh.triggered.connect(self.refresh)
        a.print_summary.triggered.connect(self.print_selected_summary)
        a.print_superbill.triggered.connect(self.print_selected_superbill)
        a.print_day.triggered.connect(lambda: self.print_day(self.today.day, self.today.practitioner_id))
        a.clinic_settings.triggered.connect(self.open_clinic_settings)
        a.quit.triggered.connect(self.close)
        a.about.triggered.connect(self._about)
        self.search.patientChosen.connect(self.open_patient)
        self.today.visitActivated.connect(self.open_visit)
        self.today.patientActivated.connect(self.open_patient)
        self.today.printDayRequested.connect(self.print_day)
        self.patient_view.visitActivated.connect(self.open_visit)
        self.patient_view.newVisitRequested.connect(self.start_new_visit)
        self.patient_view.editRequested.connect(lambda _id: self.edit_open_patient())
        self.stack.currentChanged.connect(lambda _i: self._update_actions())
        self.today.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())

    # -- navigation ----------------------------------------------------------------------------

    @property
    def current_view(self) -> str:
        return VIEWS[self.stack.currentIndex()]

    def show_view(self, name: str) -> None:
        page = {"today": self.today, "patient": self.patient_view, "visit": self.visit_page}[name]
        self.stack.setCurrentWidget(page)
        {
            "today": self.app_actions.show_today,
            "patient": self.app_actions.show_patient,
            "visit": self.app_actions.show_visit,
        }[name].setChecked(True)
        self._update_actions()

    def _update_actions(self) -> None:
        has_patient = self.patient_view.patient is not None
        self.app_actions.new_visit.setEnabled(has_patient)
        self.app_actions.edit_patient.setEnabled(has_patient)
        target = self._print_target()
        self.app_actions.print_summary.setEnabled(target is not None)
        self.app_actions.print_superbill.setEnabled(target is not None and target[1])

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def open_clinic_settings(self) -> None:
        from charting.ui.admin import open_clinic_settings

        open_clinic_settings(self, self.ctx)
        # People may have been renamed or deactivated, the signed-in user among them.
        self.user_label.setText(self.tr("Signed in as {name}").format(name=self.ctx.user.display_name))
        self.today.reload_practitioners()
        self.today.refresh()

    def refresh(self) -> None:
        self.today.refresh()
        self._attempt(self.patient_view.refresh)
        self.banner.show_message(self.tr("Reloaded."), "info")

    def _attempt(self, fn: Callable[..., Any], *args: Any) -> bool:
        """Run a user action; a domain error becomes a message in the window, not a failure."""
        try:
            fn(*args)
        except DomainError as exc:
            self.banner.show_error(exc)
            return False
        return True

    # -- patients ------------------------------------------------------------------------------

    def open_patient(self, patient_id: int) -> None:
        if self._attempt(self.patient_view.show_patient, patient_id):
            self.show_view("patient")

    def edit_open_patient(self) -> None:
        if self.patient_view.patient is not None:
            self.open_patient_form(self.patient_view.patient)

    def open_patient_form(self, patient: PatientRecord | None) -> None:
        form = PatientForm(self.ctx, patient, self)
        form.saved.connect(self._patient_saved)
        form.finished.connect(lambda _result: form.deleteLater())
        self.patient_form = form
        form.open()

    def _patient_saved(self, record: PatientRecord) -> None:
        self.banner.show_message(
            self.tr("Saved {name} (#{chart}).").format(name=record.display_name, chart=record.chart_no)
        )
        self.today.mark_stale()
        self.open_patient(record.id)

    # -- visits --------------------------------------------------------------------------------

    def _visit_editor(self) -> Any:
        if self.editor is None:
            editor = self._editor_factory(self.ctx, self.visit_page)
            editor.visitChanged.connect(self._visit_changed)
            editor.closed.connect(self._editor_closed)
            self.visit_menu.addActions(editor.actions_for_menu())
            self.visit_layout.addWidget(editor)
            self.editor = editor
        return self.editor

    def start_new_visit(self, patient_id: int, practitioner_id: int) -> None:
        try:
            visit = start_visit(
                self.ctx.db, patient_id=patient_id, practitioner_id=practitioner_id, user_id=self.ctx.user.id
            )
        except DomainError as exc:
            self.banner.show_error(exc)
            return
        self.today.mark_stale()
        self.open_visit(visit.id)

    def open_visit(self, visit_id: int) -> None:
        try:
            visit = get_visit(self.ctx.db, visit_id)
            editor = self._visit_editor()
            if editor.flush() is False:  # the open visit's last edits are not stored: keep it
                self.banner.show_message(
                    self.tr("The open visit's latest changes could not be saved yet; it stays open."), "warning"
                )
                self.show_view("visit")
                return
            editor.open_visit(visit_id)
        except DomainError as exc:
            self.banner.show_error(exc)
            return
        self.visit_placeholder.hide()
        editor.show()
        self.visit_menu.setEnabled(True)
        self._remember_draft(visit_id if not visit.signed else 0)
        if self.patient_view.patient is None or self.patient_view.patient.id != visit.patient_id:
            self._attempt(self.patient_view.show_patient, visit.patient_id)
        self.show_view("visit")

    def _remember_draft(self, visit_id: int) -> None:
        self.ui_settings.set_now(keys.OPEN_DRAFT, visit_id)

    def _visit_changed(self, visit_id: int) -> None:
        self.today.mark_stale()
        self.patient_view.mark_stale()
        record = self.editor.record() if self.editor is not None else None
        signed = record is None or record.id != visit_id or record.signed
        if signed and self.ui_settings.get(keys.OPEN_DRAFT) == visit_id:
            self._remember_draft(0)
        self._update_actions()

    def _editor_closed(self) -> None:
        self._remember_draft(0)
        self.visit_menu.setEnabled(False)
        self.today.mark_stale()
        self.show_view("patient" if self.patient_view.patient is not None else "today")

    def reopen_draft(self) -> bool:
        """Crash recovery: reopen the draft that was open when the app last stopped."""
        visit_id = self.ui_settings.get(keys.OPEN_DRAFT)
        if not visit_id:
            return False
        try:
            visit = get_visit(self.ctx.db, visit_id)
        except NotFoundError:
            self._remember_draft(0)
            return False
        if visit.signed:
            self._remember_draft(0)
            return False
        self.open_visit(visit_id)
        if self.current_view == "visit":
            self.banner.show_message(
                self.tr("Reopened the draft visit you were charting for {name}; nothing typed was lost.").format(
                    name=visit.patient_name
                ),
                "info",
            )
            return True
        return False

    def restore_last_view(self) -> None:
        """Start where the user left off: their open draft, else the last patient, else Today."""
        if self.reopen_draft():
            return
        if self.ui_settings.get(keys.LAST_VIEW) == "patient":
            patient_id = self.ui_settings.get(keys.LAST_PATIENT_ID)
            if patient_id:
                try:
                    self.patient_view.show_patient(patient_id)
                except NotFoundError:
                    return
                self.show_view("patient")

    # -- printing (P1's preview dialog) ----------------------------------------------------------

    def _print_preview(self) -> Any:
        """P1's preview module, imported only when printing: it pulls in ReportLab and QtPdf."""
        from charting.ui import print_preview

        return print_preview

    def _print_target(self) -> tuple[int, bool] | None:
        """(visit id, signed) of what Print means here: the open visit, or the row chosen on Today."""
        if self.current_view == "visit":
            record = self.editor.record() if self.editor is not None else None
            return (record.id, record.signed) if record is not None else None
        if self.current_view == "today":
            visit = self.today.selected_visit()
            return (visit.id, visit.status == "signed") if visit is not None else None
        return None

    def print_selected_summary(self) -> None:
        target = self._print_target()
        if target is not None and (self.editor is None or self.editor.flush() is not False):
            self._attempt(self._print_preview().show_visit_summary, self, self.ctx, target[0])

    def print_selected_superbill(self) -> None:
        target = self._print_target()
        if target is not None:
            self._attempt(self._print_preview().show_superbill, self, self.ctx, target[0])

    def print_day(self, day: date, practitioner_id: int | None) -> None:
        self._attempt(lambda: self._print_preview().print_day(self, self.ctx, day, practitioner_id=practitioner_id))

    # -- closing ---------------------------------------------------------------------------------

    def _about(self) -> None:
        from charting import __version__

        QMessageBox.about(
            self,
            self.tr("About Acuchart"),
            self.tr("Acuchart {version}\nOffline charting for acupuncturists.\n\nData: {url}").format(
                version=__version__, url=self.ctx.db.url
            ),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.editor is not None and self.editor.flush() is False and not self._close_refused:
            # The last edits could not be stored (the editor says why): stay open once so they
            # are not lost by accident; a second close quits anyway.
            self._close_refused = True
            self.banner.show_message(
                self.tr(
                    "Your latest changes to this visit could not be saved yet — see the message in "
                    "the visit. Close again to quit anyway."
                ),
                "warning",
            )
            self.show_view("visit")
            event.ignore()
            return
        ui = self.ui_settings
        ui.set(keys.WINDOW_GEOMETRY, self.saveGeometry())
        ui.set(keys.WINDOW_STATE, self.saveState())
        ui.set(keys.LAST_VIEW, self.current_view)
        ui.set(keys.LAST_PATIENT_ID, self.patient_view.patient.id if self.patient_view.patient else 0)
        ui.sync()
        set_error_banner(None)
        super().closeEvent(event)
