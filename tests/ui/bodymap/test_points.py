"""Choosing points by clicking where the catalog draws them, hovering, searching and the keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QSize, Qt
from PySide6.QtGui import QAction, QHelpEvent, QKeySequence, QPaintEvent, QRegion
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMainWindow, QToolTip
from pytestqt.qtbot import QtBot

from charting.errors import ValidationError
from charting.points import Catalog
from charting.ui.bodymap import BodyMapWidget, ChosenPoint
from tests.ui.bodymap.map_helpers import click_point, viewport_pos


def both_sides_view(catalog: Catalog, code: str) -> str:
    """A whole-body view that draws the point on both of the patient's sides."""
    sides: dict[str, set[str]] = {}
    for p in catalog.placements(code):
        sides.setdefault(p.view, set()).add(p.side)
    return next(v for v, s in sides.items() if {"left", "right"} <= s)


def test_a_click_adds_the_point_on_the_clicked_side(qtbot: QtBot, widget: BodyMapWidget, catalog: Catalog) -> None:
    with qtbot.waitSignal(widget.pointsChanged):
        click_point(qtbot, widget, catalog, "LI4", "hand_dorsum", "right")
    assert widget.chosen_points() == [ChosenPoint("LI4", "right", "distal")]


def test_both_sides_make_it_bilateral_and_a_chosen_instance_click_removes_that_side(
    qtbot: QtBot, widget: BodyMapWidget, catalog: Catalog
) -> None:
    view = both_sides_view(catalog, "ST36")
    click_point(qtbot, widget, catalog, "ST36", view, "left")
    assert [(p.code, p.side) for p in widget.chosen_points()] == [("ST36", "left")]
    click_point(qtbot, widget, catalog, "ST36", view, "right")
    assert [(p.code, p.side) for p in widget.chosen_points()] == [("ST36", "bilateral")]
    click_point(qtbot, widget, catalog, "ST36", view, "left")
    assert [(p.code, p.side) for p in widget.chosen_points()] == [("ST36", "right")]
    click_point(qtbot, widget, catalog, "ST36", view, "right")
    assert widget.chosen_points() == []


def test_a_midline_point_is_chosen_on_the_midline(qtbot: QtBot, widget: BodyMapWidget, catalog: Catalog) -> None:
    view = next(p.view for p in catalog.placements("CV12"))
    click_point(qtbot, widget, catalog, "CV12", view, "midline")
    assert widget.chosen_points() == [ChosenPoint("CV12", "midline", "distal")]
    markers = widget.scene_for(view).markers_by_code["CV12"]
    assert [m.role for m in markers] == ["distal"]


def test_chosen_markers_show_role_and_label(qtbot: QtBot, widget: BodyMapWidget, catalog: Catalog) -> None:
    click_point(qtbot, widget, catalog, "LI4", "hand_dorsum", "right")
    [marker] = widget.scene_for("hand_dorsum").markers_by_code["LI4"]
    assert marker.role == "distal" and marker.label() == "LI4"


def test_hovering_a_point_shows_everything_about_it(qtbot: QtBot, widget: BodyMapWidget, catalog: Catalog) -> None:
    pos = viewport_pos(widget, catalog, "LI4", "hand_dorsum", "right")
    [marker] = widget.scene_for("hand_dorsum").markers_by_code["LI4"]
    qtbot.mouseMove(widget.map.viewport(), pos)
    qtbot.waitUntil(lambda: marker.hovered)
    global_pos = widget.map.viewport().mapToGlobal(pos)
    QApplication.sendEvent(widget.map.viewport(), QHelpEvent(QEvent.Type.ToolTip, pos, global_pos))
    text = QToolTip.text()
    for expected in ("LI4", "Hégǔ", "合谷", "Union Valley", "2nd metacarpal", "0.5–1 cun perpendicular", "pregnancy"):
        assert expected in text
    qtbot.mouseMove(widget.map.viewport(), pos + QPoint(60, 60))
    qtbot.waitUntil(lambda: not marker.hovered)


def test_search_adds_the_point_and_focuses_it(qtbot: QtBot, widget: BodyMapWidget, catalog: Catalog) -> None:
    widget.set_view("hand_palm")
    before = widget.map.zoom()
    qtbot.keyClicks(widget.toolbar.search, "union valley")
    qtbot.keyClick(widget.toolbar.search, Qt.Key.Key_Return)
    assert widget.chosen_points() == [ChosenPoint("LI4", "bilateral", "distal")]
    assert widget.current_view() in {p.view for p in catalog.placements("LI4")}
    scene = widget.scene_for(widget.current_view())
    assert scene.highlight.isVisible()
    assert widget.map.zoom() > before
    centre = widget.map.mapToScene(widget.map.viewport().rect().center())
    assert (centre - scene.highlight.pos()).manhattanLength() < scene.view.cun_px
    qtbot.waitUntil(lambda: widget.toolbar.search.text() == "")
    for typed, code in (("UB40", "BL40"), ("gv20", "GV20")):
        qtbot.keyClicks(widget.toolbar.search, typed)
        qtbot.keyClick(widget.toolbar.search, Qt.Key.Key_Return)
        assert widget.toolbar.search.text() == ""
        assert widget.current_view() in {p.view for p in catalog.placements(code)}
    assert [(p.code, p.side) for p in widget.chosen_points()] == [
        ("LI4", "bilateral"),
        ("BL40", "bilateral"),
        ("GV20", "midline"),
    ]


def test_search_suggests_from_the_catalog(qtbot: QtBot, widget: BodyMapWidget) -> None:
    qtbot.keyClicks(widget.toolbar.search, "hegu")
    model = widget.toolbar.search.completer().model()
    assert model.rowCount() >= 1
    assert model.index(0, 0).data().startswith("LI4")
    widget.toolbar.search.clear()
    qtbot.keyClicks(widget.toolbar.search, "qqqq")
    qtbot.keyClick(widget.toolbar.search, Qt.Key.Key_Return)
    assert widget.chosen_points() == []
    assert widget.toolbar.search.text() == "qqqq"  # kept for correcting, and marked
    assert "border" in widget.toolbar.search.styleSheet()


def test_undo_and_redo_every_change(qtbot: QtBot, widget: BodyMapWidget, catalog: Catalog) -> None:
    click_point(qtbot, widget, catalog, "LI4", "hand_dorsum", "right")
    click_point(qtbot, widget, catalog, "SI3", "hand_dorsum", "right")
    widget.map.setFocus()
    qtbot.keyClick(widget.map, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [p.code for p in widget.chosen_points()] == ["LI4"]
    qtbot.keyClick(widget.map, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert widget.chosen_points() == []
    assert widget.scene_for("hand_dorsum").markers_by_code["LI4"][0].role is None
    qtbot.keyClick(widget.map, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert [p.code for p in widget.chosen_points()] == ["LI4"]
    assert widget.undo_stack().count() == 2


def test_a_bilateral_point_cannot_be_added_on_the_midline(widget: BodyMapWidget) -> None:
    with pytest.raises(ValidationError, match="LI4"):
        widget.add_point("LI4", "midline")
    widget.add_point("GV20", "left")  # a midline point goes on the midline whatever side is asked
    assert widget.chosen_points() == [ChosenPoint("GV20", "midline", "distal")]


def test_programmatic_changes_are_undoable_but_setters_are_not(widget: BodyMapWidget) -> None:
    widget.set_chosen_points([ChosenPoint("ST36", "left", "distal")])
    assert widget.undo_stack().count() == 0
    widget.add_point("ST36", "right")
    widget.remove_point("ST36", "left")
    assert widget.chosen_points() == [ChosenPoint("ST36", "right", "distal")]
    widget.undo_stack().undo()
    widget.undo_stack().undo()
    assert widget.chosen_points() == [ChosenPoint("ST36", "left", "distal")]


def test_the_keyboard_alone_switches_views_and_removes_points(qtbot: QtBot, widget: BodyMapWidget) -> None:
    views = widget.views()
    widget.map.setFocus()
    qtbot.keyClick(widget.map, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert widget.current_view() == views[1]
    qtbot.keyClick(widget.map, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert widget.current_view() == views[0]
    qtbot.keyClick(widget.map, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert widget.toolbar.search.hasFocus()
    qtbot.keyClicks(widget.toolbar.search, "LI4")
    qtbot.keyClick(widget.toolbar.search, Qt.Key.Key_Return)
    qtbot.keyClicks(widget.toolbar.search, "SI3")
    qtbot.keyClick(widget.toolbar.search, Qt.Key.Key_Return)
    widget.map.setFocus()
    qtbot.keyClick(widget.map, Qt.Key.Key_N)  # cycles to the first chosen point
    qtbot.keyClick(widget.map, Qt.Key.Key_Delete)
    assert [p.code for p in widget.chosen_points()] == ["SI3"]
    zoom = widget.map.zoom()
    qtbot.keyClick(widget.map, Qt.Key.Key_Plus)
    assert widget.map.zoom() > zoom


def test_read_only_ignores_clicks_and_keys_but_navigates(qtbot: QtBot, widget: BodyMapWidget, catalog: Catalog) -> None:
    widget.set_chosen_points([ChosenPoint("LI4", "right", "distal")])
    widget.set_read_only(True)
    assert widget.is_read_only()
    click_point(qtbot, widget, catalog, "SI3", "hand_dorsum", "right")
    click_point(qtbot, widget, catalog, "LI4", "hand_dorsum", "right")
    widget.map.setFocus()
    qtbot.keyClick(widget.map, Qt.Key.Key_N)
    qtbot.keyClick(widget.map, Qt.Key.Key_Delete)
    widget.add_point("ST36", "left")
    assert widget.chosen_points() == [ChosenPoint("LI4", "right", "distal")]
    assert widget.context_menu_at(viewport_pos(widget, catalog, "LI4", "hand_dorsum", "right")) is None
    qtbot.keyClicks(widget.toolbar.search, "ST36")
    qtbot.keyClick(widget.toolbar.search, Qt.Key.Key_Return)  # finds and shows, adds nothing
    assert widget.current_view() in {p.view for p in catalog.placements("ST36")}
    assert widget.chosen_points() == [ChosenPoint("LI4", "right", "distal")]
    widget.map.setFocus()
    qtbot.keyClick(widget.map, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert widget.current_view() != "hand_dorsum"
    zoom = widget.map.zoom()
    qtbot.keyClick(widget.map, Qt.Key.Key_Plus)
    assert widget.map.zoom() > zoom


def test_render_image_shows_the_chosen_points(widget: BodyMapWidget) -> None:
    widget.set_view("hand_dorsum")
    blank = widget.render_image(QSize(240, 320))
    widget.set_chosen_points([ChosenPoint("LI4", "right", "distal")])
    image = widget.render_image(QSize(240, 320))
    assert image.size() == QSize(240, 320)
    assert image != blank
    assert len({image.pixel(x, y) for x in range(0, 240, 8) for y in range(0, 320, 8)}) > 5


class _PaintRegions(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.regions: list[QRegion] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QPaintEvent):
            self.regions.append(QRegion(event.region()))
        return False


def test_removing_a_point_repaints_where_its_marker_was(qtbot: QtBot, widget: BodyMapWidget, catalog: Catalog) -> None:
    """Plain markers skip painting; Qt then ignores their update requests, so this must not leave
    a stale chosen marker on screen (here one whose label did not fit, so nothing else repaints)."""
    widget.set_view("posterior")
    widget.map.fit()  # overview: plain points carry no labels
    pos = viewport_pos(widget, catalog, "BL57", "posterior", "left")
    click_point(qtbot, widget, catalog, "BL57", "posterior", "left")
    [marker] = [m for m in widget.scene_for("posterior").markers_by_code["BL57"] if m.placement.side == "left"]
    marker.set_label(None)
    QApplication.processEvents()
    spy = _PaintRegions()
    widget.map.viewport().installEventFilter(spy)
    click_point(qtbot, widget, catalog, "BL57", "posterior", "left")
    assert widget.chosen_points() == [] and marker.label() is None
    qtbot.waitUntil(lambda: any(r.contains(pos) for r in spy.regions))


def test_the_map_keeps_its_keys_from_window_shortcuts(qtbot: QtBot, catalog: Catalog) -> None:
    window = QMainWindow()
    widget = BodyMapWidget(catalog=catalog)
    window.setCentralWidget(widget)
    qtbot.addWidget(window)
    fired: list[str] = []
    for keys in ("Ctrl+Z", "0", "N"):
        action = QAction(keys, window)
        action.setShortcut(QKeySequence(keys))
        action.triggered.connect(lambda _checked=False, k=keys: fired.append(k))
        window.addAction(action)
    window.resize(1000, 800)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    widget.add_point("LI4", "left")
    widget.map.setFocus()
    widget.map.zoom_by(3)
    handle = window.windowHandle()  # keys through the window, where shortcuts are matched
    QTest.keyClick(handle, Qt.Key.Key_0)
    assert abs(widget.map.zoom() - widget.map.fit_scale()) < 1e-6
    QTest.keyClick(handle, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert widget.chosen_points() == []
    widget.toolbar.fit.setFocus()
    QTest.keyClick(handle, Qt.Key.Key_0)  # away from the map the key is the window's again
    assert fired == ["0"]
    widget.toolbar.search.setFocus()
    QTest.keyClick(handle, Qt.Key.Key_N)  # and typing in the search box is the box's
    assert widget.toolbar.search.text() == "n"
    assert fired == ["0"]


def test_frame_treatment_opens_on_the_view_and_place_of_the_visit(qtbot) -> None:
    from charting.ui.bodymap import BodyMapWidget, ChosenPoint, MarkedArea

    widget = BodyMapWidget()
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_marked_areas([MarkedArea("calf", "left", "spasm", 7)])
    widget.set_chosen_points([ChosenPoint("BL57", "left", "local"), ChosenPoint("BL56", "left", "local")])
    widget.frame_treatment()
    assert widget.current_view() == "posterior"
    assert widget.map.zoom() > widget.map.fit_scale() * 1.5  # zoomed in on the calf, not the whole body
    visible = widget.map.visible_scene_rect()
    for placement in widget._catalog.placements("BL57"):
        if placement.view == "posterior" and placement.side == "left":
            assert visible.contains(placement.x, placement.y)
