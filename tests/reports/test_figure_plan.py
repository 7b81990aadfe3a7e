"""Choosing the views of the printed body map."""

from __future__ import annotations

from charting.domain.records import AreaData, PointData
from charting.points import Catalog
from charting.reports.figure_plan import plan_figures


def test_each_instance_lands_on_exactly_one_view(catalog: Catalog) -> None:
    points = [
        PointData("LI4", "bilateral", "distal"),
        PointData("GB20", "left", "local"),
        PointData("CV12", "midline", "local"),
    ]
    plan = plan_figures(catalog, points, [AreaData("lumbar", "midline", "pain", 5)])
    assert plan.marker_count == 4
    assert [p.view.name for p in plan.panels] == ["anterior", "posterior"]
    assert plan.unplaced == ()


def test_one_view_when_it_shows_everything(catalog: Catalog) -> None:
    plan = plan_figures(catalog, [PointData("ST36", "right", "distal")], [])
    assert [p.view.name for p in plan.panels] == ["anterior"]
    assert [(m.code, m.side) for m in plan.panels[0].markers] == [("ST36", "right")]


def test_what_no_view_shows_is_listed(catalog: Catalog) -> None:
    plan = plan_figures(catalog, [PointData("HT7", "left", "distal")], [AreaData("temple", "left", "pain", 5)])
    assert plan.panels == ()
    assert plan.unplaced == ("HT7 left", "temple (left)")


def test_body_views_are_cropped_to_one_shared_band(catalog: Catalog) -> None:
    points = [PointData("GB20", "left", "local"), PointData("ST36", "right", "distal")]
    plan = plan_figures(catalog, points, [])
    front, back = plan.panels
    assert front.crop[1::2] == back.crop[1::2]  # same top and bottom: one scale side by side
    top, bottom = front.crop[1], front.crop[3]
    assert 0 <= top < 95 and 700 < bottom <= 1000  # GB20 at y 95, ST36 at y 700, padded
    [marker] = front.markers
    assert front.crop[0] <= marker.x <= front.crop[2]


def test_a_small_cluster_is_not_cropped_below_a_readable_share(catalog: Catalog) -> None:
    [panel] = plan_figures(catalog, [PointData("CV12", "midline", "local")], []).panels
    left, top, right, bottom = panel.crop
    assert bottom - top >= 0.36 * 1000 - 1e-6 and right - left >= 0.5 * 400 - 1e-6
    assert top <= 330 <= bottom
