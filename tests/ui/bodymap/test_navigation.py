"""Views, zoom, labels by level of detail, and meridian lines."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from charting.points import Catalog
from charting.ui.bodymap import BodyMapWidget


def test_every_catalog_view_can_be_shown(widget: BodyMapWidget, catalog: Catalog) -> None:
    assert widget.views() == list(catalog.views)
    for name in catalog.views:
        widget.set_view(name)
        assert widget.current_view() == name
        assert widget.map.scene() is widget.scene_for(name)
        assert len(widget.scene_for(name).markers) == len(catalog.placements_in(name))


def test_detail_views_are_reached_from_the_detail_chooser(widget: BodyMapWidget, catalog: Catalog) -> None:
    detail = [name for name, view in catalog.views.items() if view.kind == "detail"]
    bar = widget.toolbar
    bar.details.setCurrentIndex(bar.details.findData(detail[-1]))
    bar.details.activated.emit(bar.details.currentIndex())
    assert widget.current_view() == detail[-1]
    assert bar.tabs.currentIndex() == bar.detail_tab
    bar.tabs.setCurrentIndex(0)
    assert widget.current_view() == bar.tabs.tabData(0)


def test_wheel_zooms_around_the_pointer(qtbot: QtBot, widget: BodyMapWidget) -> None:
    widget.set_view("anterior")
    widget.map.zoom_by(3)  # the figure now overflows the viewport, so the anchor can hold both ways
    viewport = widget.map.viewport()
    pos = QPointF(viewport.width() / 2 + 40, viewport.height() / 3)
    before_scene = widget.map.mapToScene(pos.toPoint())
    zoom = widget.map.zoom()
    event = QWheelEvent(
        pos,
        QPointF(viewport.mapToGlobal(pos.toPoint())),
        QPoint(),
        QPoint(0, 240),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewport, event)
    assert widget.map.zoom() > zoom * 1.3
    after_scene = widget.map.mapToScene(pos.toPoint())
    assert (after_scene - before_scene).manhattanLength() < 3
    widget.toolbar.fit.click()
    assert abs(widget.map.zoom() - widget.map.fit_scale()) < 1e-6


def test_dragging_pans_without_choosing(qtbot: QtBot, widget: BodyMapWidget, catalog: Catalog) -> None:
    widget.set_view("posterior")
    widget.map.zoom_by(4)
    start = widget.map.mapToScene(widget.map.viewport().rect().center())
    marker = widget.scene_for("posterior").markers[0]
    widget.map.centerOn(marker.pos())
    origin = widget.map.mapFromScene(marker.pos())
    qtbot.mousePress(widget.map.viewport(), Qt.MouseButton.LeftButton, pos=origin)
    for step in range(1, 6):
        qtbot.mouseMove(widget.map.viewport(), origin + QPoint(-15 * step, -15 * step))
    qtbot.mouseRelease(widget.map.viewport(), Qt.MouseButton.LeftButton, pos=origin + QPoint(-75, -75))
    assert widget.chosen_points() == []
    assert widget.map.mapToScene(widget.map.viewport().rect().center()) != start


def test_labels_appear_when_zoomed_in_and_never_overlap(widget: BodyMapWidget) -> None:
    widget.set_view("posterior")
    scene = widget.scene_for("posterior")
    widget.map.fit()
    scene.apply_detail(widget.map.zoom())
    assert not any(m.label() for m in scene.markers)  # overview: dots only
    widget.map.zoom_by(6)
    scene.apply_detail(widget.map.zoom())
    visible = widget.map.viewport().rect()
    rects = []
    for marker in scene.markers:
        centre = widget.map.mapFromScene(marker.pos())
        if marker.label() and visible.contains(centre):
            rects.append(marker._label_rect.translated(QPointF(centre)))
    assert len(rects) > 20
    for a, b in itertools.combinations(rects, 2):
        assert not a.intersects(b)


def test_meridians_can_be_hidden_all_or_one_by_one(widget: BodyMapWidget) -> None:
    scene = widget.scene_for("posterior")
    assert scene.channels and all(line.visible for line in scene.channels.values())
    widget.toolbar.channel_actions["BL"].setChecked(False)
    assert not scene.channels["BL"].visible
    assert scene.channels["GB"].visible
    hide_all = next(a for a in widget.toolbar.meridians.menu().actions() if a.text() == "Hide all")
    hide_all.trigger()
    assert not any(line.visible for line in scene.channels.values())
    assert not widget.scene_for("anterior").channels["ST"].visible


def test_channel_lines_take_the_meridian_colour(widget: BodyMapWidget, catalog: Catalog) -> None:
    line = widget.scene_for("anterior").channels["ST"]
    assert line.pen.color().name() == catalog.meridians["ST"].colour.lower()


def test_a_point_focused_before_showing_is_framed_once_shown(qtbot: QtBot, catalog: Catalog) -> None:
    widget = BodyMapWidget(catalog=catalog)
    qtbot.addWidget(widget)
    assert widget.focus_point("BL57")
    widget.resize(1000, 800)
    widget.show()
    qtbot.waitExposed(widget)
    scene = widget.scene_for(widget.current_view())
    centre = widget.map.mapToScene(widget.map.viewport().rect().center())
    assert (centre - scene.highlight.pos()).manhattanLength() < 2 * scene.view.cun_px
    assert widget.map.zoom() > 2 * widget.map.fit_scale()
