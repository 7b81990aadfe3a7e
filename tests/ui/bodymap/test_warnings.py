"""Safety warnings: shown without blocking, acknowledged once each, reported for the visit record."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from charting.domain.records import PatientData
from charting.points import Catalog
from charting.ui.bodymap import BodyMapWidget, ChosenPoint
from tests.ui.bodymap.map_helpers import click_point


def test_pregnancy_point_warns_until_acknowledged(qtbot: QtBot, widget: BodyMapWidget, catalog: Catalog) -> None:
    widget.set_patient_flags(PatientData(pregnant=True, pregnancy_weeks=20))
    click_point(qtbot, widget, catalog, "LI4", "hand_dorsum", "right")
    assert widget.chosen_points() == [ChosenPoint("LI4", "right", "distal")]  # warned, not blocked
    assert widget.banner.isVisible()
    warning = widget.banner.current()
    assert warning is not None and (warning.kind, warning.code) == ("pregnancy", "LI4")
    assert "pregnan" in warning.message.lower()
    with qtbot.waitSignal(widget.warningAcknowledged) as blocker:
        qtbot.mouseClick(widget.banner.button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["pregnancy", "LI4", warning.message]
    assert not widget.banner.isVisible()
    click_point(qtbot, widget, catalog, "LI4", "hand_dorsum", "right")  # remove
    click_point(qtbot, widget, catalog, "LI4", "hand_dorsum", "right")  # and choose again
    assert not widget.banner.isVisible()


def test_no_pregnancy_warning_for_other_patients(qtbot: QtBot, widget: BodyMapWidget, catalog: Catalog) -> None:
    widget.set_patient_flags(PatientData(pregnant=False))
    click_point(qtbot, widget, catalog, "LI4", "hand_dorsum", "right")
    assert not widget.banner.isVisible()


def test_flags_set_after_the_points_still_warn_and_removal_withdraws(widget: BodyMapWidget) -> None:
    widget.set_chosen_points([ChosenPoint("SP6", "bilateral", "distal")])
    assert not widget.banner.isVisible()
    widget.set_patient_flags(PatientData(pregnant=True))
    assert widget.banner.isVisible() and widget.banner.current().code == "SP6"  # type: ignore[union-attr]
    widget.remove_point("SP6", "bilateral")
    assert not widget.banner.isVisible()


def test_warnings_queue_and_previous_acknowledgements_are_respected(qtbot: QtBot, widget: BodyMapWidget) -> None:
    widget.set_patient_flags(PatientData(pregnant=True))
    widget.set_acknowledged([("pregnancy", "SP6")])
    widget.add_point("SP6", "left")
    assert not widget.banner.isVisible()
    widget.add_point("LI4", "left")
    widget.add_point("LU1", "left")
    assert [(w.kind, w.code) for w in widget.banner.pending()] == [("pregnancy", "LI4"), ("lung", "LU1")]
    received: list[tuple[str, str]] = []
    widget.warningAcknowledged.connect(lambda kind, code, _message: received.append((kind, code)))
    widget.banner.acknowledge()
    widget.banner.acknowledge()
    assert received == [("pregnancy", "LI4"), ("lung", "LU1")]


def test_show_warning_reuses_the_banner(qtbot: QtBot, widget: BodyMapWidget) -> None:
    widget.set_patient_flags(PatientData(pacemaker=True))
    widget.show_warning("e_stim", "ST36", "Pacemaker — no electro-stimulation.")
    assert widget.banner.isVisible()
    with qtbot.waitSignal(widget.warningAcknowledged) as blocker:
        widget.banner.button.click()
    assert blocker.args == ["e_stim", "ST36", "Pacemaker — no electro-stimulation."]


def test_read_only_shows_no_warnings(widget: BodyMapWidget) -> None:
    widget.set_patient_flags(PatientData(pregnant=True))
    widget.set_read_only(True)
    widget.set_chosen_points([ChosenPoint("LI4", "bilateral", "distal")])
    assert not widget.banner.isVisible()


def test_loading_another_visit_forgets_acknowledgements(widget: BodyMapWidget) -> None:
    widget.set_patient_flags(PatientData(pregnant=True))
    widget.set_chosen_points([ChosenPoint("LI4", "bilateral", "distal")])
    widget.banner.acknowledge()
    assert not widget.banner.isVisible()
    widget.set_chosen_points([ChosenPoint("LI4", "bilateral", "distal")])  # the next visit
    assert widget.banner.isVisible()
    widget.set_acknowledged([("pregnancy", "LI4")])  # ... unless that visit recorded it already
    assert not widget.banner.isVisible()
