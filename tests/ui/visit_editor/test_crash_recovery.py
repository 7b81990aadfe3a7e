"""kill -9 mid-session loses at most the last 2 s of typing, and the draft is reopened."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from charting.config import resolve_settings
from charting.db.session import open_database
from charting.services import users, visits
from charting.ui import settings as ui_settings
from tests.ui.visit_editor import crash_child
from tests.ui.visit_editor.conftest import make_patient, start

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
REPO = Path(__file__).resolve().parents[3]


def read_line(process: subprocess.Popen[str], expected: str, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    assert process.stdout is not None
    while time.monotonic() < deadline:
        line = process.stdout.readline().strip()
        if line == expected:
            return
        if process.poll() is not None:
            raise AssertionError(f"editor process ended early: {process.stderr.read() if process.stderr else ''}")
    raise AssertionError(f"no {expected!r} from the editor process")


def test_killed_editor_keeps_what_was_typed_two_seconds_before(tmp_path: Path) -> None:
    settings = resolve_settings(str(tmp_path))
    db = open_database(settings.db_url)
    try:
        user = users.create_user(db, username="lin", display_name="Dr. Mei Lin", role="practitioner")
        draft = start(db, user, make_patient(db, user).id)
    finally:
        db.dispose()

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    process = subprocess.Popen(
        [sys.executable, crash_child.__file__, str(tmp_path), str(draft.id), str(user.id)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        read_line(process, "early", timeout=30)
        read_line(process, "late", timeout=10)  # 2.2 s after the early typing
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == -signal.SIGKILL

    # "Restart": the draft to reopen is remembered, and the early typing is in the database.
    assert ui_settings.UiSettings(tmp_path / ui_settings.FILE_NAME).get(ui_settings.OPEN_DRAFT) == draft.id
    db = open_database(settings.db_url)
    try:
        recovered = visits.get_visit(db, draft.id)
    finally:
        db.dispose()
    assert not recovered.signed
    assert recovered.data.chief_complaint == crash_child.EARLY_TEXT
