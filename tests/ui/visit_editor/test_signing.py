"""Signing: what is missing is listed and focused; a needle-count mismatch blocks until explained;
a signed visit changes only by addenda."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from charting.db.session import Database
from charting.domain.records import PointData, UserRecord, VisitRecord
from charting.services import visits
from charting.ui import settings as ui_settings
from charting.ui.visit_editor import VisitEditor
from tests.ui.visit_editor.helpers import saved, sign_with_keys

SIGN = (Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)


def fill_signable(qtbot: QtBot, editor: VisitEditor) -> None:
    editor.treatment.typed_entry.line.setText("BL57 L, GB34 L")
    editor.treatment.typed_entry.submit()
    qtbot.keyClicks(editor.findings.chief_complaint, "Calf cramps")
    qtbot.keyClicks(editor.findings.diagnosis.pattern, "Qi and Blood stagnation")
    qtbot.mouseClick(editor.findings.pain_before.buttons[5], Qt.MouseButton.LeftButton)


def test_signing_an_empty_visit_lists_what_is_missing_and_focuses_the_first(qtbot: QtBot, editor: VisitEditor) -> None:
    editor.findings.pain_after.setFocus()
    qtbot.keyClick(editor, *SIGN)
    text = editor.bar.label.text()
    assert "Chief complaint is missing." in text
    assert "Add at least one diagnosis" in text
    assert "Pain before treatment is missing." in text
    assert QApplication.focusWidget() is editor.findings.chief_complaint
    editor.bar.label.linkActivated.emit("pain_before")  # each item is a link to its field
    assert QApplication.focusWidget() is editor.findings.pain_before
    assert not editor.record().signed


def test_a_needle_count_mismatch_blocks_signing_until_explained(
    qtbot: QtBot, editor: VisitEditor, db: Database, draft: VisitRecord
) -> None:
    fill_signable(qtbot, editor)
    needles = editor.needles
    assert not needles.mismatch_note.isVisible()
    needles.needles_in.setValue(3)
    needles.needles_out.setValue(2)
    assert needles.mismatch.isVisible() and needles.mismatch_note.isVisible()
    assert "3 in, 2 out" in needles.mismatch.text()

    qtbot.keyClick(editor, *SIGN)
    assert "Needle count does not match (3 in, 2 out)" in editor.bar.label.text()
    assert QApplication.focusWidget() is needles.mismatch_note
    assert not visits.get_visit(db, draft.id).signed

    qtbot.keyClicks(needles.mismatch_note, "One needle dropped on the floor, found and disposed of")
    sign_with_keys(qtbot, editor)
    signed = visits.get_visit(db, draft.id)
    assert signed.signed
    assert signed.data.needle_count_note == "One needle dropped on the floor, found and disposed of"


def test_a_resolved_count_hides_the_note_field(editor: VisitEditor) -> None:
    needles = editor.needles
    needles.needles_in.setValue(4)
    needles.needles_out.setValue(3)
    assert needles.mismatch_note.isVisible()
    needles.needles_out.setValue(4)
    assert not needles.mismatch.isVisible() and not needles.mismatch_note.isVisible()


def test_an_addendum_on_a_signed_visit(
    qtbot: QtBot, editor: VisitEditor, db: Database, draft: VisitRecord, practitioner: UserRecord
) -> None:
    fill_signable(qtbot, editor)
    editor.needles.needles_in.setValue(2)
    editor.needles.needles_out.setValue(2)
    assert editor.flush() and saved(editor)
    sign_with_keys(qtbot, editor)
    assert ui_settings.UiSettings(editor.ui_settings.path).get(ui_settings.OPEN_DRAFT) == 0  # nothing to recover

    addenda = editor.addenda
    assert addenda.isVisible() and editor.addendum_action.isEnabled()
    editor.addendum_action.trigger()
    assert addenda.form.isVisible()
    qtbot.mouseClick(addenda.save_button, Qt.MouseButton.LeftButton)
    assert "Give the reason" in addenda.error.text()

    qtbot.keyClicks(addenda.reason, "Late entry")
    qtbot.keyClicks(addenda.text, "Patient phoned: no cramps the night after treatment.")
    qtbot.mouseClick(addenda.save_button, Qt.MouseButton.LeftButton)
    record = visits.get_visit(db, draft.id)
    [addendum] = record.addenda
    assert (addendum.author, addendum.reason) == ("Dr. Mei Lin", "Late entry")
    assert addendum.text == "Patient phoned: no cramps the night after treatment."
    assert not addenda.form.isVisible()
    assert "Late entry" in addenda.listing.text() and "Dr. Mei Lin" in addenda.listing.text()
    assert record.data.points == [PointData("BL57", "left"), PointData("GB34", "left")]  # the chart itself is unchanged
