"""The editor's small widgets: pain scale keys, chips, pulse positions, ICD-10 picker, home-care
templates and the retention timer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from charting.domain.records import VisitData
from charting.ui.visit_editor.chips import ChipGroup
from charting.ui.visit_editor.diagnosis import Icd10Picker
from charting.ui.visit_editor.home_care import HomeCarePanel
from charting.ui.visit_editor.pain_scale import PainScale
from charting.ui.visit_editor.retention_timer import RetentionTimer
from charting.ui.visit_editor.templates_dialog import TemplatesDialog
from charting.ui.visit_editor.tongue_pulse import PulsePanel
from charting.vocab import HomeCareTemplate, load_vocabulary


def test_pain_scale_one_click_or_one_key(qtbot: QtBot) -> None:
    scale = PainScale()
    qtbot.addWidget(scale)
    seen: list[object] = []
    scale.valueChanged.connect(seen.append)
    qtbot.mouseClick(scale.buttons[4], Qt.MouseButton.LeftButton)
    qtbot.keyClick(scale, Qt.Key.Key_7)
    qtbot.keyClick(scale, Qt.Key.Key_0)
    qtbot.keyClick(scale, Qt.Key.Key_1)
    qtbot.keyClick(scale, Qt.Key.Key_0)  # 1 then 0 quickly is ten
    qtbot.keyClick(scale, Qt.Key.Key_T)
    qtbot.keyClick(scale, Qt.Key.Key_Delete)
    assert seen == [4, 7, 0, 1, 10, None]
    scale.set_value(8)  # loading a stored score is not an edit
    assert seen[-1] is None and scale.buttons[8].isChecked()
    qtbot.mouseClick(scale.buttons[8], Qt.MouseButton.LeftButton)  # clicking the score again clears it
    assert scale.value() is None and seen[-1] is None


def test_chips_keep_vocabulary_order_and_unknown_stored_values(qtbot: QtBot) -> None:
    chips = ChipGroup(("Pale", "Red", "Purple"))
    qtbot.addWidget(chips)
    changes: list[None] = []
    chips.changed.connect(lambda: changes.append(None))
    chips.chips["purple"].click()
    chips.chips["pale"].click()
    assert chips.text() == "Pale, Purple" and len(changes) == 2
    chips.set_text("Red, Bluish tint")  # an entry the clinic later removed from its list
    assert chips.text() == "Red, Bluish tint" and len(changes) == 2


def test_pulse_positions_each_hold_their_qualities(qtbot: QtBot) -> None:
    pulse = PulsePanel(load_vocabulary())
    qtbot.addWidget(pulse)
    pulse.qualities.chips["wiry"].click()  # overall is selected first
    qtbot.mouseClick(pulse.position_buttons["left_guan"], Qt.MouseButton.LeftButton)
    assert pulse.qualities.text() == ""
    pulse.qualities.chips["wiry"].click()
    pulse.qualities.chips["thin"].click()
    qtbot.mouseClick(pulse.position_buttons["right_chi"], Qt.MouseButton.LeftButton)
    pulse.qualities.chips["weak"].click()
    data = VisitData()
    pulse.store(data)
    assert data.pulse == {"overall": "Wiry", "left_guan": "Wiry, Thin", "right_chi": "Weak"}
    assert "L guan: wiry, thin" in pulse.summary.text()
    pulse.load(VisitData(pulse={"left_cun": "Floating"}))
    qtbot.mouseClick(pulse.position_buttons["left_cun"], Qt.MouseButton.LeftButton)
    assert pulse.qualities.text() == "Floating"


def test_icd10_picker_adds_by_code_or_words_and_removes_with_delete(qtbot: QtBot) -> None:
    picker = Icd10Picker(load_vocabulary())
    qtbot.addWidget(picker)
    qtbot.keyClicks(picker.search, "m62.830")
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    qtbot.keyClicks(picker.search, "tension-type chronic")
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    qtbot.keyClicks(picker.search, "M62.830")
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)  # already there: not twice
    assert picker.code_list() == ["M62.830", "G44.229"]
    assert picker.codes.item(0).text() == "M62.830 — Muscle spasm of back"
    picker.codes.setCurrentRow(0)
    qtbot.keyClick(picker.codes, Qt.Key.Key_Delete)
    assert picker.code_list() == ["G44.229"]


def test_home_care_templates_add_once_and_clinic_edits_are_saved(qtbot: QtBot, tmp_path: Path) -> None:
    vocab = load_vocabulary()
    panel = HomeCarePanel(vocab.home_care, tmp_path / "vocab")
    qtbot.addWidget(panel)
    panel.template.setCurrentIndex(panel.template.findText("Hydration and electrolytes"))
    qtbot.mouseClick(panel.insert, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.insert, Qt.MouseButton.LeftButton)
    assert panel.text.toPlainText().count("Drink water steadily") == 1
    panel.follow_up.setCurrentText("1 week")
    data = VisitData()
    panel.store(data)
    assert data.follow_up == "1 week" and data.home_care.startswith("Drink water")

    dialog = TemplatesDialog((HomeCareTemplate("Heat", "Warm towel."),), tmp_path / "vocab")
    qtbot.addWidget(dialog)
    dialog._add()
    dialog.title.setText("Ginger foot soak")
    dialog.title.textEdited.emit("Ginger foot soak")
    dialog.body.setPlainText("Soak the feet in warm ginger water for 15 minutes before bed.")
    dialog._save()
    assert dialog.result() == TemplatesDialog.DialogCode.Accepted
    assert [t.title for t in load_vocabulary(tmp_path / "vocab").home_care] == ["Heat", "Ginger foot soak"]


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_retention_timer_counts_down_and_alerts_visually(qtbot: QtBot) -> None:
    clock = FakeClock()
    timer = RetentionTimer(clock=clock)
    qtbot.addWidget(timer)
    timer.start(20)
    assert "20:00 left" in timer.display.text()
    clock.now += 19 * 60 + 30
    timer._tick()
    assert "0:30 left" in timer.display.text() and not timer.display.property("alert")
    clock.now += 31
    with qtbot.waitSignal(timer.expired) as expired:
        timer._tick()
    assert expired.args == [20]
    assert timer.display.property("alert") and "Retention time is up (20 min)" in timer.display.text()
    assert not timer.is_running() and timer.toggle.text() == "Dismiss"
    qtbot.mouseClick(timer.toggle, Qt.MouseButton.LeftButton)
    assert not timer.display.property("alert") and timer.toggle.text() == "Start timer"


def test_a_broken_clinic_vocabulary_falls_back_to_the_shipped_lists(new_editor, ctx) -> None:  # type: ignore[no-untyped-def]
    folder = ctx.settings.data_dir / "vocab"
    folder.mkdir()
    (folder / "pulse_qualities.txt").write_text("Wiry\nwiry\n", encoding="utf-8")
    editor = new_editor()
    assert "is already on line 1" in editor.bar.label.text()
    assert len(editor.vocab.pulse_qualities) > 20
