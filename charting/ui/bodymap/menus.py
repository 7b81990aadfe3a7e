"""Right-click menus of the body map: a point's role and sides, or a region's complaint kind.

Built as plain QMenus and returned unopened, so tests can trigger their actions directly.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMenu

from charting.domain.vocabulary import AREA_KINDS
from charting.points import Point, Region
from charting.ui.bodymap.selection import ChosenPoint, MarkedArea

if TYPE_CHECKING:
    from charting.ui.bodymap.widget import BodyMapWidget

SIDE_CHOICES = (("left", "Left only"), ("right", "Right only"), ("bilateral", "Both sides"))


def point_menu(widget: BodyMapWidget, point: Point, chosen: ChosenPoint | None) -> QMenu:
    code = point.code
    menu = QMenu(widget)
    menu.addSection(f"{code} {point.pinyin}")
    if chosen is not None:
        menu.addAction(widget.tr("Local (override)\tL"), lambda: widget.set_point_role(code, "local"))
        menu.addAction(widget.tr("Distal (override)\tD"), lambda: widget.set_point_role(code, "distal"))
        automatic = menu.addAction(widget.tr("Automatic role\tA"), lambda: widget.set_point_role(code, None))
        automatic.setEnabled(chosen.role_override)
        menu.addSeparator()
    if point.bilateral:
        for side, text in SIDE_CHOICES:
            action = menu.addAction(widget.tr(text), partial(widget.set_point_side, code, side))
            action.setEnabled(chosen is None or chosen.side != side)
    elif chosen is None:
        menu.addAction(widget.tr("Add"), lambda: widget.add_point(code, "midline"))
    if chosen is not None:
        menu.addAction(widget.tr("Remove\tDel"), lambda: widget.remove_point(code, "bilateral"))
    return menu


def area_menu(widget: BodyMapWidget, region: Region, mark: MarkedArea | None, severity: int) -> QMenu:
    """Mark the region as any kind at ``severity`` (or keep its own severity), or clear it."""
    menu = QMenu(widget)
    menu.addSection(region.name)
    level = mark.severity if mark is not None else severity
    for kind in AREA_KINDS:
        action = menu.addAction(
            widget.tr("{0} (severity {1})").format(widget.tr(kind.capitalize()), level),
            partial(widget.mark_area, region.id, region.side, kind, level),
        )
        action.setCheckable(True)
        action.setChecked(mark is not None and mark.kind == kind)
    if mark is not None:
        menu.addSeparator()
        menu.addAction(widget.tr("Clear"), lambda: widget.mark_area(region.id, region.side, None))
    return menu
