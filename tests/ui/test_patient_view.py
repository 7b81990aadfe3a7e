"""The patient view: safety banners, the record, the visit history and the pain trend."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from charting.domain.records import VisitSummary
from charting.services.patients import find_by_chart_no
from charting.services.visit_lists import patient_visits
from charting.ui.pain_trend import PainTrendChart, pain_series
from charting.ui.patient_view import PatientView, age_on, points_text


def _view(qtbot, ctx, ui_settings, chart_no: str) -> PatientView:
    view = PatientView(ctx, ui_settings)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    view.show_patient(find_by_chart_no(ctx.db, chart_no).id)
    return view


def test_pregnant_patient_gets_a_pregnancy_banner(qtbot, ctx, ui_settings):
    view = _view(qtbot, ctx, ui_settings, "100001")  # Chloé Dubois, due in 18 weeks
    flags = [b.flag for b in view.safety_banners]
    assert flags == ["Pregnant — 22 weeks"]
    assert all(b.isVisible() for b in view.safety_banners)
    assert view.name_label.text() == "Dubois, Chloé"


def test_pacemaker_patient_gets_pacemaker_and_bleeding_banners_most_serious_first(qtbot, ctx, ui_settings):
    view = _view(qtbot, ctx, ui_settings, "100002")
    flags = [b.flag for b in view.safety_banners]
    assert flags[0].startswith("Pacemaker")
    assert "no electro-stimulation" in flags[0]
    assert flags[1] == "Anticoagulants — bleeding risk"
    assert "Warfarin" in view.detail_labels["medications"].text()


def test_banners_are_replaced_not_stacked_when_another_patient_opens(qtbot, ctx, ui_settings):
    view = _view(qtbot, ctx, ui_settings, "100002")
    view.show_patient(find_by_chart_no(ctx.db, "100001").id)
    assert [b.flag for b in view.safety_banners] == ["Pregnant — 22 weeks"]
    view.show_patient(find_by_chart_no(ctx.db, "100005").id)  # no safety flags
    assert view.safety_banners == []


def test_history_lists_every_visit_newest_first_with_complaint_points_and_pain(qtbot, ctx, ui_settings):
    view = _view(qtbot, ctx, ui_settings, "100005")
    patient = view.patient
    expected = patient_visits(ctx.db, patient.id)
    model = view.history_model
    assert model.rowCount() == len(expected) >= 2
    first = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert first[0] == expected[0].started_at.astimezone().strftime("%d %b %Y")
    assert first[2] == expected[0].chief_complaint
    assert first[3] == points_text(expected[0].points)
    assert view.history_title.text() == f"Visit history — {len(expected)} visits"
    # The chart reads the same visits oldest first.
    assert [p.day for p in view.trend.series] == sorted(p.day for p in view.trend.series)
    assert len(view.trend.series) == len(expected)


def test_activating_a_history_row_opens_that_visit(qtbot, ctx, ui_settings):
    view = _view(qtbot, ctx, ui_settings, "100005")
    with qtbot.waitSignal(view.visitActivated) as opened:
        view.history.activated.emit(view.history_model.index(1, 0))
    assert opened.args == [view.visits[1].id]


def test_new_visit_goes_to_the_working_practitioner(qtbot, ctx, ui_settings):
    view = _view(qtbot, ctx, ui_settings, "100005")
    with qtbot.waitSignal(view.newVisitRequested) as requested:
        qtbot.mouseClick(view.new_visit_button, Qt.MouseButton.LeftButton)
    assert requested.args == [view.patient.id, ctx.user.id]


def test_no_patient_open_says_how_to_find_one(qtbot, ctx, ui_settings):
    view = PatientView(ctx, ui_settings)
    qtbot.addWidget(view)
    assert view.patient is None
    assert "Ctrl+F" in view.facts_label.text()
    assert not view.new_visit_button.isEnabled()


def _summary(day: date, before: int | None, after: int | None, visit_id: int) -> VisitSummary:
    return VisitSummary(
        id=visit_id,
        patient_id=1,
        patient_name="A, B",
        chart_no="1",
        practitioner_id=1,
        practitioner_name="P",
        started_at=datetime(day.year, day.month, day.day, 12).astimezone(),
        status="signed",
        printed=False,
        chief_complaint="",
        pain_before=before,
        pain_after=after,
        points=(),
    )


def test_pain_series_is_oldest_first_and_skips_visits_without_scores():
    start = date(2025, 3, 1)
    visits = [
        _summary(start + timedelta(days=14), 3, 1, 3),
        _summary(start + timedelta(days=7), None, None, 2),
        _summary(start, 7, 4, 1),
    ]
    series = pain_series(visits)
    assert [(p.day, p.before, p.after) for p in series] == [(start, 7, 4), (start + timedelta(days=14), 3, 1)]


def test_pain_chart_paints_a_dot_per_score(qtbot):
    chart = PainTrendChart()
    qtbot.addWidget(chart)
    chart.resize(400, 180)
    chart.set_visits([_summary(date(2025, 3, 1), 8, 8, 1)])
    image = QImage(chart.size(), QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    chart.render(image)
    # One visit with before = after = 8: the "after" dot, painted last, sits on the line for 8.
    middle = round(chart.plot_rect().center().x())  # a single visit is drawn mid-chart
    dot = image.pixelColor(middle, round(chart.score_y(8)))
    assert dot.green() > dot.red() and dot.green() > dot.blue()
    empty = image.pixelColor(middle, round(chart.score_y(3)))
    assert max(empty.red(), empty.green(), empty.blue()) - min(empty.red(), empty.green(), empty.blue()) < 12


def test_age_counts_whole_years():
    assert age_on(date(1990, 6, 15), date(2025, 6, 14)) == 34
    assert age_on(date(1990, 6, 15), date(2025, 6, 15)) == 35


def test_banners_rendered_while_the_view_is_in_the_background_show_when_it_returns(qtbot, ctx, ui_settings):
    """The main window renders the patient behind the visit editor; the flags must be there when
    the practitioner switches back."""
    view = PatientView(ctx, ui_settings)
    qtbot.addWidget(view)
    view.hide()
    view.show_patient(find_by_chart_no(ctx.db, "100002").id)
    view.show()
    qtbot.waitExposed(view)
    assert view.safety_banners and all(b.isVisible() for b in view.safety_banners)
