"""A new visit charted end to end with the real widgets: calf spasm → points → pain → sign →
read-only."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from charting.db.session import Database
from charting.domain.records import AreaData, VisitRecord
from charting.services import visits
from charting.ui.visit_editor import VisitEditor
from tests.ui.bodymap.map_helpers import click_point
from tests.ui.visit_editor.helpers import body_view_of, catalog, mark_area, saved, sign_with_keys


def choose(qtbot: QtBot, editor: VisitEditor, code: str, side: str) -> None:
    bodymap = editor.treatment.bodymap
    with qtbot.waitSignal(bodymap.pointsChanged):
        click_point(qtbot, bodymap, catalog(), code, body_view_of(code, side), side)


def table(editor: VisitEditor) -> dict[str, tuple[str, str]]:
    return {p.code: (p.side, p.role) for p in editor.treatment.points.rows()}


def test_calf_spasm_visit_from_blank_to_signed(
    qtbot: QtBot, editor: VisitEditor, db: Database, draft: VisitRecord
) -> None:
    findings = editor.findings
    qtbot.keyClicks(findings.chief_complaint, "Left calf cramps at night for 3 weeks")
    mark_area(qtbot, editor, "calf", "left", "spasm", 7)
    for code, side in (("BL57", "left"), ("BL56", "left"), ("GB34", "left"), ("LR3", "left"), ("LR3", "right")):
        choose(qtbot, editor, code, side)

    # The table mirrors the map: sides from the clicks, roles from the marked calf.
    assert table(editor) == {
        "BL57": ("left", "local"),
        "BL56": ("left", "local"),
        "GB34": ("left", "distal"),
        "LR3": ("bilateral", "distal"),
    }
    qtbot.mouseClick(findings.pain_before.buttons[7], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(findings.diagnosis.pattern, "Blood deficiency failing to nourish the sinews")
    qtbot.keyClick(findings.diagnosis.pattern, Qt.Key.Key_Return)
    qtbot.keyClicks(findings.diagnosis.icd10.search, "calf spasm")
    qtbot.keyClick(findings.diagnosis.icd10.search, Qt.Key.Key_Return)
    assert findings.diagnosis.icd10.code_list() == ["M62.831"]
    needles = editor.needles
    qtbot.mouseClick(needles.use_sites, Qt.MouseButton.LeftButton)
    assert needles.needles_in.value() == 5  # BL57, BL56, GB34 on the left and LR3 on both sides
    assert needles.timer.is_running()  # needles in starts the retention clock
    qtbot.mouseClick(needles.all_out, Qt.MouseButton.LeftButton)
    findings.pain_after.setFocus()
    qtbot.keyClick(findings.pain_after, Qt.Key.Key_3)
    assert editor.flush() and saved(editor)

    stored = visits.get_visit(db, draft.id).data
    assert stored.chief_complaint == "Left calf cramps at night for 3 weeks"
    assert stored.areas == [AreaData("calf", "left", "spasm", 7)]
    assert [(p.code, p.side, p.role) for p in stored.points] == [
        ("BL57", "left", "local"),
        ("BL56", "left", "local"),
        ("GB34", "left", "distal"),
        ("LR3", "bilateral", "distal"),
    ]
    assert (stored.pain_before, stored.pain_after, stored.needles_in, stored.needles_out) == (7, 3, 5, 5)
    assert stored.treatment_principle == "Nourish Blood and relax the sinews"  # suggested from the pattern

    sign_with_keys(qtbot, editor)
    signed = visits.get_visit(db, draft.id)
    assert signed.signed
    assert "Signed by Dr. Mei Lin" in editor.header.status.text()

    # Read-only everywhere: the map ignores clicks, the fields do not take typing.
    bodymap = editor.treatment.bodymap
    assert bodymap.is_read_only()
    click_point(qtbot, bodymap, catalog(), "ST36", body_view_of("ST36", "left"), "left")
    assert [p.code for p in bodymap.chosen_points()] == ["BL57", "BL56", "GB34", "LR3"]
    qtbot.keyClicks(findings.chief_complaint, " more")
    assert findings.chief_complaint.text() == "Left calf cramps at night for 3 weeks"
    assert not findings.pain_after.isEnabled()
    assert not editor.sign_action.isEnabled() and not editor.copy_last_action.isEnabled()
    assert editor.autosave.version is None  # nothing will try to save a signed visit
    assert visits.get_visit(db, draft.id).version == signed.version


def test_clicking_a_chosen_side_again_removes_it_and_undo_brings_it_back(qtbot: QtBot, editor: VisitEditor) -> None:
    choose(qtbot, editor, "BL57", "left")
    choose(qtbot, editor, "BL57", "right")
    assert table(editor)["BL57"][0] == "bilateral"
    choose(qtbot, editor, "BL57", "left")
    assert table(editor)["BL57"][0] == "right"
    qtbot.keyClick(editor.treatment.bodymap, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert table(editor)["BL57"][0] == "bilateral"


def test_details_typed_in_the_table_survive_a_side_change_on_the_map(qtbot: QtBot, editor: VisitEditor) -> None:
    choose(qtbot, editor, "GB34", "left")
    model = editor.treatment.points
    from charting.ui.visit_editor.points_model import COLUMN

    assert model.setData(model.index(0, COLUMN["retention_minutes"]), 25)
    assert model.setData(model.index(0, COLUMN["technique"]), "reduce")
    choose(qtbot, editor, "GB34", "right")
    [row] = model.rows()
    assert (row.side, row.retention_minutes, row.technique) == ("bilateral", 25, "reduce")
