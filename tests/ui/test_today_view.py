"""The Today view on the demo clinic: the day's visits, the practitioner filter, other days."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt

from charting.services.visit_lists import list_day
from charting.ui import settings as keys
from charting.ui.today_view import TodayView


def _column(view: TodayView, column: int) -> list[str]:
    model = view.model
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def test_today_lists_the_days_visits_with_time_patient_practitioner_and_status(qtbot, ctx, ui_settings):
    view = TodayView(ctx, ui_settings)
    qtbot.addWidget(view)
    view.show()
    expected = list_day(ctx.db, date.today())
    assert len(expected) == 8  # the demo clinic books eight patients today
    assert _column(view, 1) == [v.patient_name for v in expected]
    assert _column(view, 3) == [v.practitioner_name for v in expected]
    assert _column(view, 0) == sorted(_column(view, 0))  # appointment order
    # Half of today's visits are still being charted, the rest are signed.
    assert sorted(set(_column(view, 6))) == ["draft", "signed"]
    assert _column(view, 6).count("draft") == 4
    assert view.count_label.text() == "8 visits · 4 still draft"


def test_practitioner_filter_shows_only_their_visits_and_is_remembered(qtbot, ctx, ui_settings, demo_users):
    view = TodayView(ctx, ui_settings)
    qtbot.addWidget(view)
    view.show()
    ortiz = demo_users["Daniel Ortiz"]
    view.practitioner_box.setCurrentIndex(view.practitioner_box.findData(ortiz.id))
    names = _column(view, 3)
    assert names and set(names) == {"Daniel Ortiz"}
    assert len(names) == len(list_day(ctx.db, date.today(), practitioner_id=ortiz.id))
    assert ui_settings.get(keys.TODAY_PRACTITIONER_ID) == ortiz.id

    again = TodayView(ctx, ui_settings)  # a later start-up keeps the choice
    qtbot.addWidget(again)
    again.show()
    assert again.practitioner_id == ortiz.id
    assert set(_column(again, 3)) == {"Daniel Ortiz"}

    view.practitioner_box.setCurrentIndex(0)  # everyone
    assert view.practitioner_id is None
    assert len(set(_column(view, 3))) == 2


def test_date_picker_shows_another_day_and_an_empty_day_says_so(qtbot, ctx, ui_settings):
    view = TodayView(ctx, ui_settings)
    qtbot.addWidget(view)
    view.show()
    tomorrow = date.today() + timedelta(days=1)
    view.set_day(tomorrow)  # nothing is booked ahead in the demo clinic
    assert view.model.rowCount() == 0
    assert view.body.currentWidget() is view.empty_label
    assert "No visits on" in view.empty_label.text()
    assert not view.print_day_button.isEnabled()

    busy = next(day for day in (date.today() - timedelta(days=n) for n in range(1, 60)) if list_day(ctx.db, day))
    view.set_day(busy)
    assert view.model.rowCount() == len(list_day(ctx.db, busy))
    assert view.body.currentWidget() is view.table
    assert set(_column(view, 6)) == {"signed"}  # past visits are all signed


def test_activating_a_row_opens_that_visit_and_open_patient_names_the_patient(qtbot, ctx, ui_settings):
    view = TodayView(ctx, ui_settings)
    qtbot.addWidget(view)
    view.show()
    expected = list_day(ctx.db, date.today())
    index = view.model.index(2, 1)
    with qtbot.waitSignal(view.visitActivated) as opened:
        view.table.activated.emit(index)
    assert opened.args == [expected[2].id]
    view.table.selectRow(3)
    with qtbot.waitSignal(view.patientActivated) as patient:
        qtbot.mouseClick(view.open_patient_button, Qt.MouseButton.LeftButton)
    assert patient.args == [expected[3].patient_id]


def test_the_list_follows_what_other_workstations_do_while_it_is_shown(qtbot, ctx, ui_settings, demo_users):
    from charting.services.patients import find_by_chart_no
    from charting.services.visits import start_visit

    view = TodayView(ctx, ui_settings)
    qtbot.addWidget(view)
    view.poll_timer.setInterval(50)
    view.show()
    before = view.model.rowCount()
    # Another treatment room checks a patient in on the shared database.
    patient = find_by_chart_no(ctx.db, "100020")
    ortiz = demo_users["Daniel Ortiz"]
    start_visit(ctx.db, patient_id=patient.id, practitioner_id=ortiz.id, user_id=ortiz.id)
    qtbot.waitUntil(lambda: view.model.rowCount() == before + 1, timeout=2000)
    view.hide()
    assert not view.poll_timer.isActive()  # no polling for a list nobody sees
