"""Follow-up fast paths: copy last treatment, protocols, and the measured ≤ 10-action follow-up."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from charting.db.session import Database
from charting.domain.records import AreaData, ModalityData, PatientRecord, PointData, UserRecord, VisitData
from charting.services import protocols, visits
from charting.ui.context import AppContext
from charting.ui.visit_editor import VisitEditor
from tests.ui.visit_editor.actions import User
from tests.ui.visit_editor.conftest import start
from tests.ui.visit_editor.helpers import activate, catalog

FOLLOW_UP_ACTION_LIMIT = 10


def last_week(db: Database, user: UserRecord, patient: PatientRecord) -> int:
    """A signed calf-spasm visit a week ago, the one a follow-up copies."""
    visit = start(db, user, patient.id, days_ago=7)
    data = VisitData(
        chief_complaint="Left calf cramps at night",
        tcm_pattern="Blood deficiency failing to nourish the sinews",
        treatment_principle="Nourish Blood and relax the sinews",
        icd10_codes=["M62.831"],
        pain_before=7,
        pain_after=3,
        needles_in=6,
        needles_out=6,
        areas=[AreaData("calf", "left", "spasm", 7)],
        points=[
            PointData("BL57", "bilateral", role="local", technique="reduce", retention_minutes=20),
            PointData("BL56", "left", role="local", retention_minutes=20),
            PointData("GB34", "left", role="distal", retention_minutes=20),
            PointData("LR3", "left", role="distal", retention_minutes=20),
        ],
        modalities=[ModalityData("cupping", site="left calf", minutes=5)],
    )
    saved = visits.save_visit(db, visit_id=visit.id, data=data, expected_version=visit.version, user_id=user.id)
    visits.sign_visit(db, visit_id=visit.id, expected_version=saved.version, user_id=user.id)
    return visit.id


def test_copy_last_brings_points_areas_modalities_and_the_diagnosis(
    qtbot: QtBot, editor: VisitEditor, db: Database, practitioner: UserRecord, patient: PatientRecord
) -> None:
    last_week(db, practitioner, patient)
    editor.findings.chief_complaint.setText("Follow-up: calf cramps")  # already typed: kept
    editor.autosave.schedule()
    qtbot.keyClick(editor, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    rows = {p.code: (p.side, p.role, p.technique, p.retention_minutes) for p in editor.treatment.points.rows()}
    assert rows == {
        "BL57": ("bilateral", "local", "reduce", 20),
        "BL56": ("left", "local", "", 20),
        "GB34": ("left", "distal", "", 20),
        "LR3": ("left", "distal", "", 20),
    }
    assert editor.treatment.bodymap.marked_areas()[0].region == "calf"
    assert editor.treatment.bodymap.current_view() == "posterior"  # where the complaint is
    assert editor.treatment.modalities.model.rows() == [ModalityData("cupping", site="left calf", minutes=5)]
    assert editor.findings.chief_complaint.text() == "Follow-up: calf cramps"
    assert editor.findings.diagnosis.pattern.text() == "Blood deficiency failing to nourish the sinews"
    assert editor.findings.diagnosis.icd10.code_list() == ["M62.831"]
    assert editor.findings.pain_before.value() is None  # today's pain is asked afresh
    assert "Copied 4 points, 1 area and 1 modality" in editor.bar.label.text()
    assert "check they still apply" in editor.bar.label.text()
    qtbot.waitUntil(lambda: visits.get_visit(db, editor.record().id).data.tcm_pattern != "", timeout=2000)


def test_copy_last_without_an_earlier_visit_says_so(qtbot: QtBot, editor: VisitEditor) -> None:
    qtbot.keyClick(editor, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert "no earlier visit" in editor.bar.label.text()
    assert editor.treatment.points.rows() == []


def test_apply_a_starter_protocol_and_save_the_points_as_a_new_one(
    qtbot: QtBot, editor: VisitEditor, db: Database
) -> None:
    editor.fast.protocol_menu.aboutToShow.emit()  # opening the menu installs the starter set
    names = [a.text() for a in editor.fast.protocol_menu.actions()]
    assert {"Calf cramp / gastrocnemius spasm", "Neck and upper trapezius spasm", "Lower-back spasm"} <= set(names)
    [calf] = [a for a in editor.fast.protocol_menu.actions() if a.text().startswith("Calf")]
    calf.trigger()
    codes = [p.code for p in editor.treatment.points.rows()]
    assert codes == ["BL57", "BL56", "BL40", "GB34", "LR3", "SP6", "KI3"]
    assert [p.code for p in editor.treatment.bodymap.chosen_points()] == codes
    assert "Applied the protocol" in editor.bar.label.text()

    editor.treatment.bodymap.remove_point("KI3", "bilateral")
    editor.fast.save_protocol("Calf — without KI3")
    saved = {p.name: p for p in protocols.list_protocols(db)}["Calf — without KI3"]
    assert [p.code for p in saved.points] == ["BL57", "BL56", "BL40", "GB34", "LR3", "SP6"]
    editor.fast.save_protocol("Calf — without KI3")
    assert "exists already" in editor.bar.label.text()


def test_a_typical_follow_up_takes_at_most_ten_actions(
    qtbot: QtBot, new_editor, ctx: AppContext, db: Database, practitioner: UserRecord, patient: PatientRecord
) -> None:
    last_week(db, practitioner, patient)
    today = start(db, practitioner, patient.id)  # checked in at the front desk
    editor = new_editor()
    editor.resize(1600, 1000)
    editor.show()
    user = User(qtbot)
    findings = editor.findings

    user.actions += 1  # 1. open today's draft from the Today list (a double-click in the host)
    editor.open_visit(today.id)
    activate(qtbot, editor)
    user.press(editor, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # 2. copy last treatment
    user.click_button(findings.pain_before.buttons[6])  # 3. pain before
    user.click_point(editor, catalog(), "BL56", "posterior", "left")  # 4. remove one point
    user.click_point(editor, catalog(), "BL58", "posterior", "left")  # 5. add another
    user.click_button(findings.pain_after.buttons[2])  # 6. pain after
    user.click_button(editor.needles.use_sites)  # 7. needles in = chosen points
    user.click_button(editor.needles.all_out)  # 8. all needles out
    user.press(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)  # 9
    [sign] = [b for b in editor.bar.buttons if b.text() == "Sign visit"]
    user.click_button(sign)  # 10. confirm

    signed = visits.get_visit(db, today.id)
    assert signed.signed
    data = signed.data
    assert [(p.code, p.side) for p in data.points] == [
        ("BL57", "bilateral"),
        ("GB34", "left"),
        ("LR3", "left"),
        ("BL58", "left"),
    ]
    assert (data.pain_before, data.pain_after, data.needles_in, data.needles_out) == (6, 2, 5, 5)
    assert data.tcm_pattern and data.icd10_codes == ["M62.831"]
    assert user.actions == FOLLOW_UP_ACTION_LIMIT
    print(f"\nfollow-up fast path: {user.actions} user actions")
