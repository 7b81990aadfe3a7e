"""The editor in a process of its own, for the crash-recovery test: it opens a draft, types, and
keeps running (typing more later) until the test kills it with SIGKILL.

Usage: python crash_child.py DATA_DIR VISIT_ID USER_ID
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from charting.config import resolve_settings
from charting.db.session import open_database
from charting.services.users import get_user
from charting.ui.context import AppContext
from charting.ui.visit_editor import VisitEditor

EARLY_TEXT = "Left calf cramps at night"
LATE_TEXT = "typed just before the crash"
LATE_AFTER_MS = 2200  # more than the 2 s the brief allows to be lost


def main() -> None:
    data_dir, visit_id, user_id = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    app = QApplication([])
    settings = resolve_settings(data_dir)
    db = open_database(settings.db_url)
    editor = VisitEditor(AppContext(db=db, settings=settings, user=get_user(db, user_id)))
    editor.show()
    editor.open_visit(visit_id)
    QTest.keyClicks(editor.findings.chief_complaint, EARLY_TEXT)
    print("early", flush=True)

    def type_late() -> None:
        QTest.keyClicks(editor.findings.subjective, LATE_TEXT)
        print("late", flush=True)

    QTimer.singleShot(LATE_AFTER_MS, type_late)
    app.exec()


if __name__ == "__main__":
    main()
