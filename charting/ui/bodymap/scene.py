"""One figure view as a graphics scene: line art, complaint regions, meridian lines and markers.

Each widget builds a scene per view once and keeps it; switching views only swaps scenes. The
line art and the meridian lines never change under the pointer, so they are the scene's
background: the view caches that at screen resolution (crisp at every zoom, redrawn only when the
zoom changes or new ground scrolls in) and a click or hover repaints only markers over it. The SVG
is drawn from one renderer per view shared by every scene in the process.
"""

from __future__ import annotations

import functools
import math
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QGraphicsEllipseItem, QGraphicsItem, QGraphicsScene, QStyleOptionGraphicsItem, QWidget

from charting.points import Catalog, View
from charting.ui.bodymap import styles
from charting.ui.bodymap.area_item import RegionItem
from charting.ui.bodymap.labels import LabelRequest, layout_labels
from charting.ui.bodymap.point_item import PointMarker
from charting.ui.bodymap.selection import ChosenPoint, MarkedArea, covers

ALL_LABELS_CUN_PX = 22.0  # device pixels per cun from which every point gets a label


@functools.cache
def svg_renderer(path: str) -> QSvgRenderer:
    """Parsed once per process: every scene and thumbnail of a view draws from the same renderer."""
    renderer = QSvgRenderer(path)
    if not renderer.isValid():
        raise OSError(f"The body figure {path} could not be read.")
    return renderer


@dataclass
class ChannelLine:
    path: QPainterPath
    pen: QPen
    visible: bool = True


class BodyScene(QGraphicsScene):
    def __init__(self, catalog: Catalog, view: View) -> None:
        super().__init__()
        self.view = view
        self.setSceneRect(QRectF(0, 0, view.width, view.height))
        self._figure = svg_renderer(str(view.svg_path))
        self.draw_channels = True  # off while rendering thumbnails
        self.marker_scale = 1.0  # chosen markers' size for the zoom (see apply_detail)
        self.regions: dict[tuple[str, str], RegionItem] = {}
        for region in catalog.regions(view.name):
            item = RegionItem(region)
            self.regions[item.key] = item
            self.addItem(item)
        self.markers: list[PointMarker] = []
        self.markers_by_code: defaultdict[str, list[PointMarker]] = defaultdict(list)
        positions: dict[tuple[str, str], QPointF] = {}
        for placement in catalog.placements_in(view.name):
            marker = PointMarker(placement, catalog[placement.code])
            self.markers.append(marker)
            self.markers_by_code[placement.code].append(marker)
            positions[(placement.code, placement.side)] = QPointF(placement.x, placement.y)
            self.addItem(marker)
        self.positions = [(m.placement.x, m.placement.y, m) for m in self.markers]  # for hit-testing
        self.labelled: set[PointMarker] = set()  # markers showing a label (see apply_detail)
        self.dots = DotLayer(self.markers, self.sceneRect())
        self.addItem(self.dots)
        self.channels: dict[str, ChannelLine] = {}
        for channel, runs in catalog.channels(view.name).items():
            path = _channel_path(runs, positions)
            if not path.isEmpty():
                meridian = catalog.meridians.get(channel)
                self.channels[channel] = ChannelLine(path, styles.channel_pen(meridian.colour if meridian else "#777"))
        self.highlight = QGraphicsEllipseItem(
            -styles.HIGHLIGHT_RADIUS, -styles.HIGHLIGHT_RADIUS, 2 * styles.HIGHLIGHT_RADIUS, 2 * styles.HIGHLIGHT_RADIUS
        )
        self.highlight.setPen(styles.highlight_pen())
        self.highlight.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.highlight.setZValue(2.5)  # above plain points, below chosen ones and their labels
        self.highlight.setVisible(False)
        self.addItem(self.highlight)

    def show_state(
        self,
        points: Mapping[str, ChosenPoint],
        areas: Mapping[tuple[str, str], MarkedArea],
        codes: Iterable[str] | None = None,
    ) -> bool:
        """Bring markers (of ``codes`` only, if given) and regions up to date; True if a marker changed."""
        markers = self.markers if codes is None else [m for code in codes for m in self.markers_by_code.get(code, ())]
        changed = False
        for marker in markers:
            chosen = points.get(marker.placement.code)
            role = chosen.role if chosen is not None and covers(chosen.side, marker.placement.side) else None
            if role != marker.role:
                marker.set_role(role)
                changed = True
        for key, item in self.regions.items():
            item.set_mark(areas.get(key))
        return changed

    def marker_near(self, point: QPointF, reach: float) -> PointMarker | None:
        """The marker closest to ``point`` within ``reach`` (scene units), if any.

        A plain scan of the positions: Qt's item lookup cannot use its index for markers that
        ignore the zoom, and is slower here."""
        px, py = point.x(), point.y()
        best: tuple[float, PointMarker] | None = None
        for x, y, marker in self.positions:
            if abs(x - px) <= reach and abs(y - py) <= reach:
                distance = math.hypot(x - px, y - py)
                if distance <= reach and (best is None or distance < best[0]):
                    best = (distance, marker)
        return best[1] if best else None

    def apply_detail(self, zoom: float, thumbnail: bool = False) -> None:
        """Level of detail for a zoom: dot size, and labels — for chosen points always, for every
        point once one cun is big enough on screen. Thumbnails show chosen points only."""
        cun_on_screen = zoom * self.view.cun_px
        self.dots.set_radius(0.0 if thumbnail else styles.dot_radius(cun_on_screen))
        scale = styles.marker_scale(cun_on_screen)
        if scale != self.marker_scale:
            self.marker_scale = scale
            for marker in self.markers:
                if marker.role is not None:
                    marker.update()
        show_all = not thumbnail and cun_on_screen >= ALL_LABELS_CUN_PX

        def requests(markers: Iterable[PointMarker]) -> list[LabelRequest[PointMarker]]:
            found = []
            for marker in markers:
                width, height = styles.label_size(marker.placement.code, marker.role is not None)
                found.append(LabelRequest(marker, marker.placement.x * zoom, marker.placement.y * zoom, width, height))
            return found

        chosen = requests(m for m in self.markers if m.role is not None)
        others = requests(m for m in self.markers if m.role is None) if show_all else []
        gap = styles.LABEL_GAP + styles.DISTAL_RADIUS * scale  # clear of the largest marker
        placed = layout_labels(chosen, others, [(r.x, r.y) for r in chosen], [(r.x, r.y) for r in others], gap)
        for marker in self.labelled - placed.keys():
            marker.set_label(None)
        for marker, (left, top, right, bottom) in placed.items():
            marker.set_label(marker.placement.code, QRectF(left, top, right - left, bottom - top))
        self.labelled = set(placed)

    def repaint_device_rect(self, centre: QPointF, rect: QRectF) -> None:
        """Repaint ``rect`` (device pixels around ``centre``) at the zoom last painted."""
        scale = self.dots.device_scale
        self.update(
            QRectF(
                centre.x() + rect.left() / scale,
                centre.y() + rect.top() / scale,
                rect.width() / scale,
                rect.height() / scale,
            )
        )

    def set_editing_areas(self, editing: bool) -> None:
        for item in self.regions.values():
            item.set_editing(editing)

    def set_channels_visible(self, visible: Mapping[str, bool]) -> None:
        changed = False
        for channel, line in self.channels.items():
            show = visible.get(channel, True)
            changed |= show != line.visible
            line.visible = show
        if changed:
            self.invalidate(self.sceneRect(), QGraphicsScene.SceneLayer.BackgroundLayer)

    def drawBackground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        """The figure and the meridian lines; views cache this (CacheBackground)."""
        painter.fillRect(rect, Qt.GlobalColor.white)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._figure.render(painter, self.sceneRect())
        if self.draw_channels:
            for line in self.channels.values():
                if line.visible and line.path.controlPointRect().intersects(rect):
                    painter.strokePath(line.path, line.pen)

    def highlight_marker(self, marker: PointMarker | None) -> None:
        if marker is None:
            self.highlight.setVisible(False)
            return
        self.highlight.setPos(marker.pos())
        self.highlight.setVisible(True)


class DotLayer(QGraphicsItem):
    """Every unchosen point as a small dot, drawn in one pass over the exposed area.

    Hundreds of per-item paint calls through Python cost more than the drawing itself, so the
    markers stay (for hit-testing, hover and labels) but leave plain dots to this layer.
    """

    def __init__(self, markers: list[PointMarker], rect: QRectF) -> None:
        super().__init__()
        self._markers = markers
        self._rect = rect
        self.radius = styles.UNCHOSEN_RADIUS  # device pixels; 0 hides the dots (thumbnails)
        self.device_scale = 1.0  # device pixels per scene unit at the last paint (scale() is Qt's own)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self.setZValue(1.9)

    def set_radius(self, radius: float) -> None:
        if radius != self.radius:
            self.radius = radius
            self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        r = self.radius
        if r <= 0:
            return
        transform = painter.worldTransform()
        if widget is not None:  # a view, not a thumbnail rendering
            self.device_scale = max(transform.m11(), 1e-6)
        margin = (r + 2) / max(transform.m11(), 1e-6)
        exposed = option.exposedRect.adjusted(-margin, -margin, margin, margin)  # type: ignore[attr-defined]
        painter.resetTransform()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(styles.outline_pen(False))
        painter.setBrush(styles.unchosen_brush())
        for marker in self._markers:
            if marker.role is None:
                position = marker.scene_pos
                if exposed.contains(position):
                    painter.drawEllipse(transform.map(position), r, r)
        painter.setTransform(transform)


def _channel_path(runs: list[list[str]], positions: Mapping[tuple[str, str], QPointF]) -> QPainterPath:
    """Each run as a polyline per side through the placements it has on that side in this view."""
    path = QPainterPath()
    for run in runs:
        for side in ("left", "right", "midline"):
            points = [positions[(code, side)] for code in run if (code, side) in positions]
            if len(points) < 2:
                continue
            path.moveTo(points[0])
            for point in points[1:]:
                path.lineTo(point)
    return path
