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
