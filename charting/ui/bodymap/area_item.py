"""A complaint-area region: invisible until marked, outlined while the practitioner marks areas."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPolygonF
from PySide6.QtWidgets import QGraphicsPathItem, QGraphicsSceneHoverEvent, QStyleOptionGraphicsItem, QWidget

from charting.points import Region
from charting.ui.bodymap import styles
from charting.ui.bodymap.selection import MarkedArea


class RegionItem(QGraphicsPathItem):
    def __init__(self, region: Region) -> None:
        path = QPainterPath()
        path.addPolygon(QPolygonF([QPointF(x, y) for x, y in region.polygon]))
        path.closeSubpath()
        super().__init__(path)
        self.region = region
        self.mark: MarkedArea | None = None
        self.editing = False
        self.hovered = False
        self.setZValue(1)
        self.setToolTip(region.name if region.side == "midline" else f"{region.name} — patient's {region.side}")
        self._restyle()

    @property
    def key(self) -> tuple[str, str]:
        return (self.region.id, self.region.side)

    @property
    def area(self) -> float:
        """Rough size, so a click where regions overlap picks the smallest (most specific) one."""
        rect = self.path().boundingRect()
        return rect.width() * rect.height()

    def set_mark(self, mark: MarkedArea | None) -> None:
        if mark != self.mark:
            self.mark = mark
            self._restyle()

    def set_editing(self, editing: bool) -> None:
        """While marking areas every region shows its outline and lights up under the pointer."""
        if editing != self.editing:
            self.editing = editing
            self.hovered = False
            self.setAcceptHoverEvents(editing)
            self._restyle()

    def _restyle(self) -> None:
        kind = self.mark.kind if self.mark else None
        self.setPen(styles.area_hover_pen() if self.hovered else styles.area_outline(kind))
        if self.mark is not None:
            self.setBrush(styles.area_fill(self.mark.kind, self.mark.severity))
        else:
            self.setBrush(styles.area_hover_fill() if self.hovered else Qt.BrushStyle.NoBrush)
        self.setVisible(self.mark is not None or self.editing)

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.hovered = True
        self._restyle()

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.hovered = False
        self._restyle()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        super().paint(painter, option, widget)
        if self.mark is not None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(styles.area_pattern(self.mark.kind, painter.worldTransform().m11()))
            painter.drawPath(self.path())
