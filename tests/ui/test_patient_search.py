"""Typing in the search box finds the patient by name parts, chart number, phone or birth date."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from charting.services.patients import find_by_chart_no
from charting.ui.patient_search import DEBOUNCE_MS, PatientSearchBox


@pytest.fixture
def search(qtbot, ctx):
    window = QWidget()  # the result list drops down inside the window, as in the main window
    window.resize(900, 600)
    box = PatientSearchBox(ctx.db, window)
    box.setGeometry(10, 10, 400, 30)
    qtbot.addWidget(window)
    window.show()
    yield box  # the fixture frame keeps the window alive for the test


@pytest.fixture
def pacemaker_patient(ctx):
    # The demo clinic's second patient: pacemaker, anticoagulants, born 3 Feb 1946.
    return find_by_chart_no(ctx.db, "100002")


def _type(qtbot, box: PatientSearchBox, text: str) -> None:
    box.clear()
    qtbot.keyClicks(box, text)
    qtbot.waitUntil(lambda: box.list_visible, timeout=DEBOUNCE_MS * 10)


@pytest.mark.parametrize(
    "query",
    [
        lambda p: p.data.family_name[:3],  # a name prefix
        lambda p: f"{p.data.given_name} {p.data.family_name}",  # given then family name
        lambda p: p.chart_no,
        lambda p: p.data.phone,
        lambda p: p.data.date_of_birth.isoformat(),
    ],
    ids=["name-prefix", "full-name", "chart-no", "phone", "date-of-birth"],
)
def test_search_finds_the_patient(qtbot, search, pacemaker_patient, query):
    _type(qtbot, search, query(pacemaker_patient))
    assert pacemaker_patient.id in [hit.id for hit in search.results]


def test_results_wait_for_the_pause_in_typing(qtbot, search, pacemaker_patient):
    qtbot.keyClicks(search, pacemaker_patient.chart_no)
    assert search.results == []  # nothing yet: the query runs once typing pauses
    qtbot.waitUntil(lambda: search.list_visible, timeout=DEBOUNCE_MS * 10)
    assert [hit.id for hit in search.results] == [pacemaker_patient.id]


def test_enter_opens_the_highlighted_patient_and_clears_the_box(qtbot, search, pacemaker_patient):
    _type(qtbot, search, pacemaker_patient.chart_no)
    with qtbot.waitSignal(search.patientChosen) as chosen:
        qtbot.keyClick(search, Qt.Key.Key_Return)
    assert chosen.args == [pacemaker_patient.id]
    assert search.text() == ""
    assert not search.list_visible


def test_arrow_keys_move_through_the_results(qtbot, search):
    _type(qtbot, search, "p")  # several demo patients have a name starting with P
    assert len(search.results) >= 2
    second = search.results[1].id
    qtbot.keyClick(search, Qt.Key.Key_Down)
    with qtbot.waitSignal(search.patientChosen) as chosen:
        qtbot.keyClick(search, Qt.Key.Key_Return)
    assert chosen.args == [second]


def test_no_match_says_so_and_escape_closes_the_list(qtbot, search):
    _type(qtbot, search, "Zzyzx")
    assert search.results == []
    qtbot.keyClick(search, Qt.Key.Key_Escape)
    assert not search.list_visible
