"""The start-up backup runs off the UI thread after the window is shown; a failure is a banner line."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from charting import backup
from charting.backup import BACKUP_FOLDER, backups_in
from charting.db.models import Patient
from charting.db.session import open_database
from charting.errors import BackupError
from charting.ui import auto_backup
from charting.ui.app import run_app
from charting.ui.auto_backup import AutomaticBackup
from charting.ui.errors import MessageBanner
from charting.ui.main_window import MainWindow


def _chart_numbers(path: Path) -> list[str]:
    db = open_database(f"sqlite:///{path}")
    try:
        with db.reading() as session:
            return list(session.scalars(select(Patient.chart_no).order_by(Patient.chart_no)))
    finally:
        db.dispose()


def test_start_up_backs_up_in_the_background_once_the_window_is_shown(qtbot, demo_settings, monkeypatch):
    monkeypatch.setattr(auto_backup, "START_DELAY_MS", 50)
    threads: list[bool] = []
    real_backup = backup.automatic_backup

    def recording_backup(db, data_dir):
        threads.append(threading.current_thread() is threading.main_thread())
        return real_backup(db, data_dir)

    monkeypatch.setattr(auto_backup, "automatic_backup", recording_backup)
    folder = demo_settings.data_dir / BACKUP_FOLDER
    seen: dict[str, object] = {}

    def pick_first_practitioner(db, ui_settings):
        from charting.services.users import list_users

        def look_wait_then_quit() -> None:
            # Only the visible one: earlier tests' closed windows may still be alive, hidden.
            shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
            try:
                seen["shown_before_backup"] = len(shown) == 1 and not backups_in(folder)
                qtbot.waitUntil(lambda: bool(backups_in(folder)), timeout=10_000)
            finally:
                for window in shown:
                    window.close()
                if not shown:
                    QApplication.quit()

        QTimer.singleShot(0, look_wait_then_quit)
        return list_users(db, role="practitioner")[0]

    assert run_app(demo_settings, demo=False, pick_user=pick_first_practitioner) == 0
    assert seen["shown_before_backup"] is True
    assert threads == [False]  # once, on a worker thread
    written = backups_in(folder)
    assert len(written) == 1
    assert _chart_numbers(written[0][1]) == _chart_numbers(demo_settings.data_dir / "acuchart.db")
    assert len(_chart_numbers(written[0][1])) == 40


@pytest.mark.parametrize("error", [BackupError("Cannot write the backup X: Disk full."), ZeroDivisionError()])
def test_a_failed_backup_is_a_warning_in_the_banner_not_a_traceback(qtbot, demo_db, tmp_path, monkeypatch, error):
    def failing(_db, _data_dir):
        raise error

    monkeypatch.setattr(auto_backup, "START_DELAY_MS", 0)
    monkeypatch.setattr(auto_backup, "automatic_backup", failing)
    banner = MessageBanner()
    qtbot.addWidget(banner)
    job = AutomaticBackup(demo_db, tmp_path, banner)
    qtbot.waitUntil(lambda: job.task is not None and not job.task.running, timeout=5000)
    job.finish()
    assert banner.kind == "warning" and "Traceback" not in banner.text
    assert banner.text.startswith("The automatic backup was not written: ")
    expected = "Disk full." if isinstance(error, BackupError) else "unexpected error, details in the log."
    assert expected in banner.text and "Your charts are unchanged" in banner.text
