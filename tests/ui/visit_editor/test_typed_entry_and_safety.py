"""Typed point entry (Ctrl+K) and the safety warnings recorded with the visit."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from charting.db.session import Database
from charting.domain.point_entry import parse_point_entry
from charting.domain.records import UserRecord
from charting.services import visits
from charting.ui.context import AppContext
from charting.ui.visit_editor import VisitEditor
from charting.ui.visit_editor.points_model import COLUMN
from tests.ui.bodymap.map_helpers import click_point
from tests.ui.visit_editor.conftest import make_patient, start
from tests.ui.visit_editor.helpers import activate, body_view_of, catalog


def rows(editor: VisitEditor) -> list[tuple[str, str]]:
    return [(p.code, p.side) for p in editor.treatment.points.rows()]


def test_ctrl_k_then_typing_adds_the_points_in_one_undo_step(qtbot: QtBot, editor: VisitEditor) -> None:
    qtbot.keyClick(editor, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    entry = editor.treatment.typed_entry
    assert QApplication.focusWidget() is entry.line
    qtbot.keyClicks(entry.line, "LI4 B, ST36 L, GV20")
    qtbot.keyClick(entry.line, Qt.Key.Key_Return)
    assert rows(editor) == [("LI4", "bilateral"), ("ST36", "left"), ("GV20", "midline")]
    assert [p.code for p in editor.treatment.bodymap.chosen_points()] == ["LI4", "ST36", "GV20"]
    assert entry.line.text() == ""
    editor.treatment.bodymap.undo_stack().undo()
    assert rows(editor) == []
    editor.treatment.bodymap.undo_stack().redo()
    assert len(rows(editor)) == 3


def test_a_bad_entry_adds_nothing_and_says_why(qtbot: QtBot, editor: VisitEditor) -> None:
    entry = editor.treatment.typed_entry
    qtbot.keyClicks(entry.line, "LI4 B, LI44, GV20 L")
    qtbot.keyClick(entry.line, Qt.Key.Key_Return)
    assert rows(editor) == []
    assert "“LI44” is not a point code" in entry.error.text()
    assert "GV20 is a midline point" in entry.error.text()
    assert entry.line.text() == "LI4 B, LI44, GV20 L"  # kept for correcting


def test_suggestions_complete_the_item_being_typed(qtbot: QtBot, editor: VisitEditor) -> None:
    entry = editor.treatment.typed_entry
    qtbot.keyClicks(entry.line, "LI4 B, union val")
    assert entry._model.stringList()[0].startswith("LI4 — ")
    qtbot.keyClick(entry.line, Qt.Key.Key_Return)  # takes the highlighted suggestion
    assert entry.line.text() == "LI4 B, LI4 "
    qtbot.keyClicks(entry.line, "L")
    qtbot.keyClick(entry.line, Qt.Key.Key_Return)
    assert rows(editor) == [("LI4", "bilateral")]


def test_removing_rows_in_the_table_goes_through_the_map(qtbot: QtBot, editor: VisitEditor) -> None:
    editor.treatment.add_points(parse_point_entry("BL57 B, GB34 L", catalog()))
    table = editor.treatment.table
    table.selectRow(0)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert rows(editor) == [("GB34", "left")]
    assert [p.code for p in editor.treatment.bodymap.chosen_points()] == ["GB34"]
    editor.treatment.bodymap.undo_stack().undo()
    assert rows(editor) == [("GB34", "left"), ("BL57", "bilateral")]


def test_role_override_in_the_table_sticks_and_shows_on_the_map(qtbot: QtBot, editor: VisitEditor) -> None:
    editor.treatment.typed_entry.line.setText("GB34 L")
    editor.treatment.typed_entry.submit()
    model = editor.treatment.points
    assert model.setData(model.index(0, COLUMN["role"]), "local")
    [chosen] = editor.treatment.bodymap.chosen_points()
    assert (chosen.role, chosen.role_override) == ("local", True)
    assert model.index(0, COLUMN["role"]).data() == "local ✎"
    editor.treatment.bodymap.mark_area("calf", "right", "pain", 4)  # areas change, the override stays
    assert model.point(0).role == "local"
    assert model.setData(model.index(0, COLUMN["role"]), "automatic")
    assert (model.point(0).role, model.point(0).role_override) == ("distal", False)


def test_side_edited_in_the_table_moves_the_map_too(qtbot: QtBot, editor: VisitEditor) -> None:
    editor.treatment.typed_entry.line.setText("LR3 L")
    editor.treatment.typed_entry.submit()
    model = editor.treatment.points
    assert model.setData(model.index(0, COLUMN["retention_minutes"]), 30)
    assert model.setData(model.index(0, COLUMN["side"]), "right")
    assert [(p.code, p.side) for p in editor.treatment.bodymap.chosen_points()] == [("LR3", "right")]
    assert (model.point(0).side, model.point(0).retention_minutes) == ("right", 30)
    assert not model.setData(model.index(0, COLUMN["side"]), "midline")  # not a side LR3 has


def test_pregnancy_warning_is_acknowledged_and_recorded(
    qtbot: QtBot, new_editor, ctx: AppContext, db: Database, practitioner: UserRecord
) -> None:
    patient = make_patient(db, practitioner, pregnant=True, pregnancy_weeks=20)
    visit = start(db, practitioner, patient.id)
    editor = new_editor()
    editor.resize(1600, 1000)
    editor.show()
    editor.open_visit(visit.id)
    activate(qtbot, editor)
    assert "Pregnant — 20 weeks" in editor.header.flags.text()
    bodymap = editor.treatment.bodymap
    click_point(qtbot, bodymap, catalog(), "SP6", body_view_of("SP6", "left"), "left")
    banner = bodymap.banner
    assert banner.isVisible() and "pregnant" in banner.current().message.casefold()
    with qtbot.waitSignal(bodymap.warningAcknowledged):
        qtbot.mouseClick(banner.button, Qt.MouseButton.LeftButton)
    [ack] = visits.get_visit(db, visit.id).acknowledgements
    assert (ack.kind, ack.code, ack.user) == ("pregnancy", "SP6", "Dr. Mei Lin")
    qtbot.keyClicks(editor.findings.chief_complaint, "Low back ache")  # saving still follows the version
    assert editor.flush()
    assert visits.get_visit(db, visit.id).data.chief_complaint == "Low back ache"


def test_estim_for_a_patient_with_a_pacemaker_warns_and_records_the_acknowledgement(
    qtbot: QtBot, new_editor, ctx: AppContext, db: Database, practitioner: UserRecord
) -> None:
    patient = make_patient(db, practitioner, pacemaker=True, anticoagulants=True)
    visit = start(db, practitioner, patient.id)
    editor = new_editor()
    editor.show()
    editor.open_visit(visit.id)
    editor.treatment.typed_entry.line.setText("BL57 L")
    editor.treatment.typed_entry.submit()
    model = editor.treatment.points
    assert model.setData(model.index(0, COLUMN["estim"]), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    banner = editor.treatment.bodymap.banner
    [pacemaker] = [w for w in banner.pending() if w.kind == "pacemaker"]
    assert pacemaker.code == "BL57" and "electro-stimulation at BL57 is contraindicated" in pacemaker.message
    editor.treatment.modalities.add_modality("cupping")
    [cupping] = [w for w in banner.pending() if w.code == "cupping"]
    assert cupping.kind == "bleeding" and "Cupping causes bruising" in cupping.message
    while banner.current() is not None:
        qtbot.mouseClick(banner.button, Qt.MouseButton.LeftButton)
    kinds = [(a.kind, a.code) for a in visits.get_visit(db, visit.id).acknowledgements]
    assert {("pacemaker", "BL57"), ("bleeding", "cupping"), ("bleeding", "BL57")} <= set(kinds)


def test_f6_and_shift_f6_step_through_the_body_map_views(qtbot: QtBot, editor: VisitEditor) -> None:
    bodymap = editor.treatment.bodymap
    views = bodymap.views()
    bodymap.set_view(views[0])
    editor.findings.chief_complaint.setFocus()
    qtbot.keyClick(editor.findings.chief_complaint, Qt.Key.Key_F6)
    assert bodymap.current_view() == views[1]
    qtbot.keyClick(editor.findings.chief_complaint, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(editor.findings.chief_complaint, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert bodymap.current_view() == views[-1]
