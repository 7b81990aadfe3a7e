"""Complaint areas: marking by clicking regions, shading, and roles that follow at once."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from pytestqt.qtbot import QtBot

from charting.points import Catalog, Region
from charting.ui.bodymap import BodyMapWidget, ChosenPoint, MarkedArea
from tests.ui.bodymap.map_helpers import click_region, viewport_pos


def roles(widget: BodyMapWidget) -> dict[str, tuple[str, str, bool]]:
    return {p.code: (p.side, p.role, p.role_override) for p in widget.chosen_points()}


def mark_left_calf_spasm(qtbot: QtBot, widget: BodyMapWidget, catalog: Catalog) -> None:
    widget.toolbar.areas.setChecked(True)
    widget.toolbar.kind.setCurrentIndex(widget.toolbar.kind.findData("spasm"))
    widget.toolbar.severity.setValue(7)
    with qtbot.waitSignal(widget.areasChanged):
        click_region(qtbot, widget, catalog, "calf", "posterior", "left")


def test_marking_the_left_calf_makes_calf_points_local(qtbot: QtBot, widget: BodyMapWidget, catalog: Catalog) -> None:
    for code in ("BL57", "BL56", "GB34", "LR3"):
        widget.add_point(code, "left")
    assert {code: role for code, (_, role, _) in roles(widget).items()} == dict.fromkeys(
        ("BL57", "BL56", "GB34", "LR3"), "distal"
    )
    with qtbot.waitSignal(widget.pointsChanged):
        mark_left_calf_spasm(qtbot, widget, catalog)
    assert widget.marked_areas() == [MarkedArea("calf", "left", "spasm", 7)]
    assert roles(widget)["BL57"] == ("left", "local", False)
    assert roles(widget)["BL56"] == ("left", "local", False)
    assert roles(widget)["GB34"] == ("left", "distal", False)
    assert roles(widget)["LR3"] == ("left", "distal", False)
    region = widget.scene_for("posterior").regions[("calf", "left")]
    assert region.isVisible() and region.mark == MarkedArea("calf", "left", "spasm", 7)
    assert region.brush().color().alphaF() > 0.3
    [marker] = [m for m in widget.scene_for("posterior").markers_by_code["BL57"] if m.placement.side == "left"]
    assert marker.role == "local"


def test_clicking_a_marked_area_again_clears_it(qtbot: QtBot, widget: BodyMapWidget, catalog: Catalog) -> None:
    widget.add_point("BL57", "left")
    mark_left_calf_spasm(qtbot, widget, catalog)
    click_region(qtbot, widget, catalog, "calf", "posterior", "left")
    assert widget.marked_areas() == []
    assert roles(widget)["BL57"][1] == "distal"
    widget.undo_stack().undo()
    assert widget.marked_areas() == [MarkedArea("calf", "left", "spasm", 7)]
    assert roles(widget)["BL57"][1] == "local"


def test_the_right_calf_does_not_make_left_points_local(qtbot: QtBot, widget: BodyMapWidget, catalog: Catalog) -> None:
    widget.add_point("BL57", "left")
    widget.mark_area("calf", "right", "pain", 5)
    assert roles(widget)["BL57"][1] == "distal"


def test_a_role_override_sticks_when_areas_change(qtbot: QtBot, widget: BodyMapWidget, catalog: Catalog) -> None:
    widget.add_point("BL57", "left")
    widget.add_point("GB34", "left")
    mark_left_calf_spasm(qtbot, widget, catalog)
    widget.toolbar.areas.setChecked(False)
    menu = widget.context_menu_at(viewport_pos(widget, catalog, "BL57", "posterior", "left"))
    assert menu is not None
    [distal] = [a for a in menu.actions() if a.text().startswith("Distal")]
    distal.trigger()
    assert roles(widget)["BL57"] == ("left", "distal", True)
    widget.mark_area("calf", "left", "pain", 3)
    widget.mark_area("calf", "left", None)
    widget.mark_area("calf", "left", "spasm", 8)
    assert roles(widget)["BL57"] == ("left", "distal", True)
    widget.focus_point("GB34")
    widget.map.setFocus()
    qtbot.keyClick(widget.map, Qt.Key.Key_L)
    assert roles(widget)["GB34"] == ("left", "local", True)
    qtbot.keyClick(widget.map, Qt.Key.Key_A)
    assert roles(widget)["GB34"] == ("left", "distal", False)


def test_areas_set_by_the_visit_are_shown_without_undo(widget: BodyMapWidget) -> None:
    widget.set_marked_areas([MarkedArea("calf", "left", "pain", 9)])
    widget.set_chosen_points([ChosenPoint("BL57", "left", "local")])
    assert widget.undo_stack().count() == 0
    assert widget.scene_for("posterior").regions[("calf", "left")].isVisible()


def test_the_region_menu_marks_and_clears(qtbot: QtBot, widget: BodyMapWidget, catalog: Catalog) -> None:
    widget.add_point("BL57", "left")
    widget.toolbar.areas.setChecked(True)
    widget.toolbar.severity.setValue(4)
    region = catalog.region("posterior", "calf", "left")
    assert region is not None
    widget.set_view("posterior")
    inside = next(QPointF(x, y) for x, y in _inside_points(region))
    widget.map.centerOn(inside)
    menu = widget.context_menu_at(widget.map.mapFromScene(inside))
    assert menu is not None
    [tension] = [a for a in menu.actions() if a.text().startswith("Tension")]
    tension.trigger()
    assert widget.marked_areas() == [MarkedArea("calf", "left", "tension", 4)]
    assert roles(widget)["BL57"][1] == "local"
    menu = widget.context_menu_at(widget.map.mapFromScene(inside))
    assert menu is not None
    [clear] = [a for a in menu.actions() if a.text() == "Clear"]
    clear.trigger()
    assert widget.marked_areas() == []


def _inside_points(region: Region) -> list[tuple[float, float]]:
    xs = [x for x, _ in region.polygon]
    ys = [y for _, y in region.polygon]
    grid = [
        (min(xs) + (max(xs) - min(xs)) * i / 10, min(ys) + (max(ys) - min(ys)) * j / 10)
        for i in range(1, 10)
        for j in range(1, 10)
    ]
    return [(x, y) for x, y in grid if region.contains(x, y)]
