"""One drawn instance of a point: a cheap hand-painted marker that keeps its size at any zoom."""

from __future__ import annotations

import html

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainter, QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QGraphicsSceneHoverEvent, QStyleOptionGraphicsItem, QWidget

from charting.points import Placement, Point
from charting.ui.bodymap import styles

SIDE_NAMES = {"left": "patient's left", "right": "patient's right", "midline": "midline"}


def tooltip_html(point: Point, side: str) -> str:
    """Everything needed at the couch: names, where it is, how deep, and what to watch out for."""
    e = html.escape
    hanzi = e(point.hanzi) + (f" ({e(point.hanzi_trad)})" if point.hanzi_trad else "")
    rows = [
        f"<b>{e(point.code)}</b> {e(point.pinyin)} {hanzi} — {e(point.english)}",
        f"<i>{e(SIDE_NAMES[side])}</i>",
        f"<b>Location:</b> {e(point.location)}",
        f"<b>Depth:</b> {e(str(point.depth))}",
    ]
    rows += [f"<b style='color:#B00020'>Caution:</b> {e(c.note)}" for c in point.cautions]
    return "<p style='white-space:normal; width:320px'>" + "<br>".join(rows) + "</p>"


class PointMarker(QGraphicsItem):
    """Unchosen: a grey dot. Chosen: the role's colour and shape. Optionally a label beside it."""

    def __init__(self, placement: Placement, point: Point) -> None:
        super().__init__()
        self.placement = placement
        self.point = point
        self.role: str | None = None
        self.hovered = False
        self._label: str | None = None
        self._label_rect = QRectF()
        self.scene_pos = QPointF(placement.x, placement.y)
        self.setPos(self.scene_pos)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setAcceptHoverEvents(True)
        self.setToolTip(tooltip_html(point, placement.side))
        self.setZValue(2)
        self._bounds = self._compute_bounds()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents)

    def set_role(self, role: str | None) -> None:
        """None for an unchosen point; repaints only when something visible changed."""
        if role == self.role:
            return
        self.prepareGeometryChange()
        self.role = role
        self.setZValue(3 if role else 2)
        self._contents_changed()

    def set_label(self, text: str | None, rect: QRectF | None = None) -> None:
        """Show ``text`` in ``rect`` (device pixels relative to the marker) or hide the label."""
        rect = rect or QRectF()
        if text == self._label and rect == self._label_rect:
            return
        self.prepareGeometryChange()
        self._label = text
        self._label_rect = rect
        self._contents_changed()

    def label(self) -> str | None:
        return self._label

    def _compute_bounds(self) -> QRectF:
        rect = styles.marker_rect(self.role)
        return rect.united(self._label_rect.adjusted(-2, -2, 2, 2)) if self._label else rect

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addEllipse(QPointF(0, 0), styles.HIT_RADIUS, styles.HIT_RADIUS)
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        """Chosen or hovered markers and labels; plain dots are drawn in bulk by the scene's DotLayer."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.role is not None:
            painter.setPen(styles.outline_pen(True))
            painter.setBrush(styles.role_brush(self.role))
            scale = getattr(self.scene(), "marker_scale", 1.0)
            painter.drawPath(styles.marker_path(self.role, scale * (styles.HOVER_GROWTH if self.hovered else 1.0)))
        elif self.hovered:
            painter.setPen(styles.outline_pen(False))
            painter.setBrush(styles.unchosen_brush())
            painter.drawPath(styles.dot_path(styles.UNCHOSEN_RADIUS * styles.HOVER_GROWTH))
        if self._label:
            ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
            painter.drawPixmap(self._label_rect.topLeft(), styles.label_pixmap(self._label, self.role, ratio))

    def _contents_changed(self) -> None:
        """Plain dots paint nothing themselves: Qt then skips them entirely, which keeps repaints
        fast. Qt also ignores repaint requests from such items, so the scene is asked to repaint
        the area the marker covered when it turns plain."""
        old_bounds = self._bounds
        self._bounds = self._compute_bounds()
        empty = self.role is None and not self.hovered and not self._label
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, empty)
        scene = self.scene()
        if empty and scene is not None:
            scene.repaint_device_rect(self.scene_pos, old_bounds)  # type: ignore[attr-defined]
        else:
            self.update()

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.hovered = True
        self._contents_changed()

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.hovered = False
        self._contents_changed()
