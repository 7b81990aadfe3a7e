"""Autosave: edits reach the database within 2 s without a Save button; conflicts keep the edits."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from charting.db.session import Database
from charting.domain.records import UserRecord, VisitRecord
from charting.services import visits
from charting.ui import settings as ui_settings
from charting.ui.visit_editor import VisitEditor
from charting.ui.visit_editor.autosave import DEBOUNCE_MS
from tests.ui.visit_editor.helpers import saved


def test_typing_is_stored_within_two_seconds(
    qtbot: QtBot, editor: VisitEditor, db: Database, draft: VisitRecord
) -> None:
    started = time.monotonic()
    qtbot.keyClicks(editor.findings.subjective, "Cramps wake her at 3 am")
    assert editor.autosave.state == "pending"
    assert "Saving" in editor.header.save_state.text()
    qtbot.waitUntil(lambda: visits.get_visit(db, draft.id).data.subjective == "Cramps wake her at 3 am", timeout=2000)
    assert time.monotonic() - started < 2.0
    assert saved(editor)
    assert editor.header.save_state.text().startswith("Saved ")


def test_a_burst_of_edits_is_one_write(qtbot: QtBot, editor: VisitEditor, db: Database, draft: VisitRecord) -> None:
    with qtbot.waitSignal(editor.autosave.saved, timeout=2000):
        qtbot.keyClicks(editor.findings.chief_complaint, "Neck stiffness")
        qtbot.mouseClick(editor.findings.pain_before.buttons[6], Qt.MouseButton.LeftButton)
        editor.findings.tongue.coat.chips["thin white"].click()
        qtbot.keyClicks(editor.findings.plan, "Weekly for 4 weeks")
    after = visits.get_visit(db, draft.id)
    assert after.version == draft.version + 1
    assert (after.data.chief_complaint, after.data.pain_before, after.data.tongue_coat, after.data.plan) == (
        "Neck stiffness",
        6,
        "Thin white",
        "Weekly for 4 weeks",
    )
    qtbot.wait(DEBOUNCE_MS + 200)
    assert visits.get_visit(db, draft.id).version == after.version  # nothing more to write


def test_the_open_draft_is_remembered_for_crash_recovery(editor: VisitEditor, draft: VisitRecord) -> None:
    store = ui_settings.UiSettings(editor.ui_settings.path)
    assert store.get(ui_settings.OPEN_DRAFT) == draft.id
    editor.close_visit()
    assert ui_settings.UiSettings(editor.ui_settings.path).get(ui_settings.OPEN_DRAFT) == 0


def test_a_save_from_another_workstation_is_a_clear_conflict_and_keeps_the_edits(
    qtbot: QtBot, editor: VisitEditor, db: Database, draft: VisitRecord, practitioner: UserRecord
) -> None:
    elsewhere = visits.get_visit(db, draft.id).data
    elsewhere.objective = "Written on the other computer"
    visits.save_visit(db, visit_id=draft.id, data=elsewhere, expected_version=draft.version, user_id=practitioner.id)

    with qtbot.waitSignal(editor.autosave.failed, timeout=2000):
        qtbot.keyClicks(editor.findings.chief_complaint, "Calf cramps")
    assert editor.autosave.state == "conflict"
    assert "changed on another workstation" in editor.bar.label.text()
    assert editor.findings.chief_complaint.text() == "Calf cramps"  # the edit stays in the window
    assert "Not saved" in editor.header.save_state.text()

    qtbot.keyClicks(editor.findings.chief_complaint, " at night")  # further typing does not retry blindly
    qtbot.wait(DEBOUNCE_MS + 200)
    assert visits.get_visit(db, draft.id).data.chief_complaint == ""

    [keep] = [b for b in editor.bar.buttons if b.text() == "Keep my version"]
    qtbot.mouseClick(keep, Qt.MouseButton.LeftButton)
    stored = visits.get_visit(db, draft.id).data
    assert stored.chief_complaint == "Calf cramps at night"
    assert editor.autosave.state == "idle" and not editor.bar.isVisible()


def test_loading_the_newer_version_after_a_conflict(
    qtbot: QtBot, editor: VisitEditor, db: Database, draft: VisitRecord, practitioner: UserRecord
) -> None:
    elsewhere = visits.get_visit(db, draft.id).data
    elsewhere.chief_complaint = "Theirs"
    visits.save_visit(db, visit_id=draft.id, data=elsewhere, expected_version=draft.version, user_id=practitioner.id)
    with qtbot.waitSignal(editor.autosave.failed, timeout=2000):
        qtbot.keyClicks(editor.findings.subjective, "Mine")
    [load] = [b for b in editor.bar.buttons if b.text() == "Load the newer version"]
    qtbot.mouseClick(load, Qt.MouseButton.LeftButton)
    assert editor.findings.chief_complaint.text() == "Theirs"
    assert editor.findings.subjective.toPlainText() == ""
    assert editor.autosave.state == "idle"
