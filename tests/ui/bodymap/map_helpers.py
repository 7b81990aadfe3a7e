"""Clicking where the catalog draws points and regions: scene position → viewport position."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QPoint, QPointF, Qt
from pytestqt.qtbot import QtBot

from charting.points import Catalog, Region
from charting.ui.bodymap import BodyMapWidget


def placement(catalog: Catalog, code: str, view: str, side: str) -> QPointF:
    [found] = [p for p in catalog.placements(code) if p.view == view and p.side == side]
    return QPointF(found.x, found.y)


def viewport_pos(widget: BodyMapWidget, catalog: Catalog, code: str, view: str, side: str) -> QPoint:
    """Where the point is on screen: switch to the view and bring the point into sight first."""
    widget.set_view(view)
    scene_pos = placement(catalog, code, view, side)
    if not widget.map.viewport().rect().contains(widget.map.mapFromScene(scene_pos)):
        widget.map.centerOn(scene_pos)
    return widget.map.mapFromScene(scene_pos)


def click_point(qtbot: QtBot, widget: BodyMapWidget, catalog: Catalog, code: str, view: str, side: str) -> None:
    pos = viewport_pos(widget, catalog, code, view, side)
    qtbot.mouseClick(widget.map.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def click_region(qtbot: QtBot, widget: BodyMapWidget, catalog: Catalog, region: str, view: str, side: str) -> None:
    """Click inside the region's polygon (at a vertex average nudged until it is inside)."""
    found = catalog.region(view, region, side)
    assert found is not None, f"no region {region}/{side} in {view}"
    widget.set_view(view)
    xs = [x for x, _ in found.polygon]
    ys = [y for _, y in found.polygon]
    centre = QPointF(sum(xs) / len(xs), sum(ys) / len(ys))
    if not found.contains(centre.x(), centre.y()):
        centre = next(QPointF(x, y) for x, y in _grid(found) if found.contains(x, y))
    widget.map.centerOn(centre)
    qtbot.mouseClick(widget.map.viewport(), Qt.MouseButton.LeftButton, pos=widget.map.mapFromScene(centre))


def _grid(region: Region) -> Iterator[tuple[float, float]]:
    xs = [x for x, _ in region.polygon]
    ys = [y for _, y in region.polygon]
    for i in range(1, 20):
        for j in range(1, 20):
            yield min(xs) + (max(xs) - min(xs)) * i / 20, min(ys) + (max(ys) - min(ys)) * j / 20
