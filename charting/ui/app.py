"""Start-up: the Qt application, the database, who is working, then the main window.

Kept lean: ReportLab, the point catalog and the visit editor are imported only when first used,
so the window with Today filled appears quickly.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QPixmap
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QSplashScreen

from charting.config import APP_NAME, Settings
from charting.db.session import Database, open_database
from charting.domain.records import UserRecord
from charting.errors import DomainError
from charting.services.protocols import seed_starter_protocols
from charting.ui.auto_backup import AutomaticBackup
from charting.ui.context import AppContext
from charting.ui.errors import install_exception_hook
from charting.ui.main_window import MainWindow
from charting.ui.settings import UiSettings
from charting.ui.user_picker import UserPicker

log = logging.getLogger("charting.ui")
BASE_POINT_SIZE = 10
# `python -m bench` sets this to time start-up: no user picker, print `ready <seconds>`, quit.
BENCH_STARTUP_ENV = "ACUCHART_BENCH_STARTUP"

# One place for the look: calm neutrals, one accent, status colours that match the lists.
STYLE_SHEET = """
QMainWindow, QDialog { background: #f6f7f9; }
QToolBar#navigation { background: #ffffff; border-bottom: 1px solid #d9dde3; padding: 4px 8px; spacing: 6px; }
QToolBar#navigation QToolButton { padding: 5px 12px; border-radius: 4px; font-weight: 600; color: #33404f; }
QToolBar#navigation QToolButton:checked { background: #e3edf8; color: #1d4f86; }
QToolBar#navigation QToolButton:hover { background: #eef1f5; }
QLineEdit, QComboBox, QDateEdit, QSpinBox, QPlainTextEdit { padding: 3px 6px; }
QGroupBox { background: #ffffff; border: 1px solid #dde1e6; border-radius: 6px; margin-top: 14px;
            padding: 12px 10px 8px 10px; font-weight: 600; }
QGroupBox::title { subcontrol-origin: margin; left: 10px; padding: 0 4px; color: #3c4856; }
QGroupBox QLabel { font-weight: normal; }
QTableView { background: #ffffff; alternate-background-color: #f7f9fb; border: 1px solid #dde1e6;
             border-radius: 4px; selection-background-color: #cfe0f3; selection-color: #111820; }
QTableView::item { padding: 0 8px; }
QHeaderView::section { background: #eef1f4; color: #3c4856; border: none;
                       border-bottom: 1px solid #d9dde3; padding: 6px 8px; font-weight: 600; }
QLabel#pageTitle { font-size: 15pt; font-weight: 600; color: #1f2a36; }
QLabel#patientName { font-size: 17pt; font-weight: 600; color: #1f2a36; }
QLabel#sectionTitle { font-weight: 600; color: #3c4856; padding-top: 6px; }
QLabel#mutedLabel { color: #5f6b7a; }
QLabel#emptyState { color: #6b7785; font-size: 12pt; background: #ffffff; border: 1px dashed #cfd5dc;
                    border-radius: 6px; }
QLabel#fieldError { color: #b3261e; font-size: 9pt; }
QLabel[empty="true"] { color: #8a94a0; font-style: italic; }
QLabel#safetyBanner { background: #fdecea; color: #7f1d1d; border: 1px solid #e0a9a4;
                      border-left: 6px solid #c62828; border-radius: 4px; padding: 7px 10px;
                      font-weight: 600; font-size: 11pt; }
QListView#searchResults { background: #ffffff; border: 1px solid #b8c2cc; border-radius: 4px; padding: 2px; }
QListView#searchResults::item { padding: 5px 8px; }
QListView#searchResults::item:selected { background: #cfe0f3; color: #111820; }
QScrollArea#patientDetails, QScrollArea#patientDetails > QWidget > QWidget { background: transparent; }
QListWidget#userList::item { padding: 8px 6px; }
QPushButton { padding: 5px 14px; }
QPushButton#primaryButton { background: #2f6fb5; color: white; border: 1px solid #285f9b;
                            border-radius: 4px; font-weight: 600; }
QPushButton#primaryButton:hover { background: #2b65a5; }
QPushButton#primaryButton:disabled { background: #9db6d3; border-color: #9db6d3; }
"""


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setStyle("Fusion")
    font = QFont(app.font())
    font.setPointSize(BASE_POINT_SIZE)
    app.setFont(font)
    app.setStyleSheet(STYLE_SHEET)
    return app


def prepare_database(settings: Settings, *, demo: bool) -> Database:
    """Open (and upgrade) the database, install the starter protocols, fill a demo database."""
    db = open_database(settings.db_url)
    try:
        if demo:
            from charting.demo import fill_demo_data, patients_exist

            if not patients_exist(db):
                with busy_notice("Preparing the demo clinic: 40 patients and six months of visits…"):
                    log.info("demo data: %s", fill_demo_data(db))
        seed_starter_protocols(db)
    except BaseException:
        db.dispose()
        raise
    return db


@contextmanager
def busy_notice(text: str) -> Iterator[None]:
    """A small window saying what the app is doing during a wait of a few seconds before the main
    window exists (no window at all looks like a failed start)."""
    if QApplication.instance() is None:
        yield
        return
    canvas = QPixmap(520, 110)
    canvas.fill(QColor("#ffffff"))
    splash = QSplashScreen(canvas)
    splash.showMessage(QApplication.translate("app", text), Qt.AlignmentFlag.AlignCenter, QColor("#1f2933"))
    splash.show()
    QApplication.processEvents()
    try:
        yield
    finally:
        splash.close()


def pick_user_interactively(db: Database, ui_settings: UiSettings) -> UserRecord | None:
    picker = UserPicker(db, ui_settings)
    return picker.chosen if picker.exec() == QDialog.DialogCode.Accepted else None


def open_main_window(db: Database, settings: Settings, ui_settings: UiSettings, user: UserRecord) -> MainWindow:
    window = MainWindow(AppContext(db=db, settings=settings, user=user), ui_settings)
    window.restore_last_view()
    window.show()
    return window


def first_practitioner(db: Database, _ui_settings: UiSettings) -> UserRecord | None:
    from charting.services.users import list_users

    found = list_users(db, role="practitioner")
    return found[0] if found else None


class ReadyOnFirstPaint(QObject):
    """The start-up benchmark's end point: the main window's first frame (Today filled) is painted.

    Prints `ready <seconds since run_app began>` and quits; `python -m bench` times the whole
    process from launch to that line.
    """

    def __init__(self, app: QApplication, began: float) -> None:
        super().__init__(app)
        self._app, self._began = app, began

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._report)  # after this paint has finished
        return False

    def _report(self) -> None:
        print(f"ready {time.perf_counter() - self._began:.3f}", flush=True)
        self._app.quit()


def run_app(
    settings: Settings,
    *,
    demo: bool,
    pick_user: Callable[[Database, UiSettings], UserRecord | None] = pick_user_interactively,
) -> int:
    """The whole GUI session; returns the process exit code."""
    began = time.perf_counter()
    benchmark = os.environ.get(BENCH_STARTUP_ENV) == "1"
    if benchmark:
        pick_user = first_practitioner
    app = create_application()
    install_exception_hook()
    try:
        db = prepare_database(settings, demo=demo)
    except DomainError as exc:  # e.g. a database made by a newer version: say so and stop
        log.error("cannot open the database: %s", exc)
        QMessageBox.critical(None, APP_NAME, str(exc))
        return 2
    try:
        ui_settings = UiSettings.for_app(settings)
        user = pick_user(db, ui_settings)
        if user is None:
            return 0
        window = open_main_window(db, settings, ui_settings, user)
        if benchmark:
            window.installEventFilter(ReadyOnFirstPaint(app, began))
        backup = None if benchmark or demo else AutomaticBackup(db, settings.data_dir, window.banner, parent=window)
        code = app.exec()
        if backup is not None:
            backup.finish()  # a copy being written completes before the database closes
        del window
        return code
    finally:
        db.dispose()
