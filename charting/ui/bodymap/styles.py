"""Qt pens, brushes and marker shapes built from the shared marker style, made once per process.

Sizes are device pixels: markers ignore the view's zoom so they stay small and crisp.
"""

from __future__ import annotations

import functools
import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QPolygonF,
    QTransform,
)

from charting.domain import marker_style

UNCHOSEN_RADIUS = 3.5
MIN_DOT_RADIUS = 1.8
LOCAL_RADIUS = 7.0
DISTAL_RADIUS = 8.5  # half-diagonal: a diamond looks smaller than a circle of the same radius
HIT_RADIUS = 9.0  # forgiving click target around every marker
HOVER_GROWTH = 1.6
LABEL_GAP = 2.5
HIGHLIGHT_RADIUS = 17.0


def role_colour(role: str) -> QColor:
    return QColor(marker_style.LOCAL_COLOUR if role == "local" else marker_style.DISTAL_COLOUR)


@functools.lru_cache(maxsize=256)
def dot_path(radius: float) -> QPainterPath:
    """An unchosen point, centred on the origin."""
    path = QPainterPath()
    path.addEllipse(QPointF(0, 0), radius, radius)
    return path


@functools.cache
def marker_path(role: str, scale: float = 1.0) -> QPainterPath:
    """A chosen point, centred on the origin: local a circle, distal a diamond (shared style)."""
    path = QPainterPath()
    if (marker_style.LOCAL_SHAPE if role == "local" else marker_style.DISTAL_SHAPE) == "circle":
        r = LOCAL_RADIUS * scale
        path.addEllipse(QPointF(0, 0), r, r)
    else:
        r = DISTAL_RADIUS * scale
        path.addPolygon(QPolygonF([QPointF(0, -r), QPointF(r, 0), QPointF(0, r), QPointF(-r, 0), QPointF(0, -r)]))
    return path


def marker_rect(role: str | None) -> QRectF:
    """Room for the marker at its largest (hovered)."""
    path = dot_path(UNCHOSEN_RADIUS * HOVER_GROWTH) if role is None else marker_path(role, HOVER_GROWTH)
    return path.boundingRect().adjusted(-1.5, -1.5, 1.5, 1.5)


def marker_scale(cun_on_screen: float) -> float:
    """Chosen markers shrink somewhat in the overview so neighbours stay apart, never below 60 %."""
    return round(min(1.0, max(0.6, cun_on_screen / 11)), 2)


def dot_radius(cun_on_screen: float) -> float:
    """Unchosen dots shrink when zoomed out, so crowded areas (the back) stay readable."""
    return round(min(UNCHOSEN_RADIUS, max(MIN_DOT_RADIUS, 0.3 * cun_on_screen)), 1)


@functools.cache
def outline_pen(chosen: bool) -> QPen:
    pen = QPen(QColor(marker_style.MARKER_OUTLINE) if chosen else QColor("white"), 1.4 if chosen else 1.0)
    pen.setCosmetic(True)
    return pen


@functools.cache
def unchosen_brush() -> QBrush:
    return QBrush(QColor(marker_style.UNCHOSEN_POINT_COLOUR))


@functools.cache
def role_brush(role: str) -> QBrush:
    return QBrush(role_colour(role))


@functools.cache
def label_font(chosen: bool) -> QFont:
    font = QFont()
    font.setPointSizeF(8.5 if not chosen else 9.0)
    font.setBold(chosen)
    return font


@functools.cache
def label_metrics(chosen: bool) -> QFontMetricsF:
    return QFontMetricsF(label_font(chosen))


HALO = 2.0  # room around the text for its white outline


@functools.cache
def label_size(text: str, chosen: bool) -> tuple[float, float]:
    metrics = label_metrics(chosen)
    return math.ceil(metrics.horizontalAdvance(text) + 2 * HALO), math.ceil(metrics.height() + HALO)


_HALO_OFFSETS = tuple((dx, dy) for dx in (-1.2, 0, 1.2) for dy in (-1.2, 0, 1.2) if dx or dy)


@functools.lru_cache(maxsize=4096)
def label_pixmap(text: str, role: str | None, ratio: float) -> QPixmap:
    """The label with a white halo, drawn once: the halo is the text stamped around in white,
    which is many times faster than stroking the glyph outlines."""
    chosen = role is not None
    width, height = label_size(text, chosen)
    pixmap = QPixmap(round(width * ratio), round(height * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.setFont(label_font(chosen))
    baseline = QPointF(HALO, HALO / 2 + label_metrics(chosen).ascent())
    painter.setPen(QColor(255, 255, 255, 235))
    for dx, dy in _HALO_OFFSETS:
        painter.drawText(baseline + QPointF(dx, dy), text)
    painter.setPen(label_brush(role).color())
    painter.drawText(baseline, text)
    painter.end()
    return pixmap


@functools.cache
def label_brush(role: str | None) -> QBrush:
    return QBrush(role_colour(role).darker(125) if role else QColor("#202020"))


@functools.cache
def highlight_pen() -> QPen:
    pen = QPen(QColor("#FFB000"), 3.0)
    pen.setCosmetic(True)
    return pen


def area_fill(kind: str, severity: int) -> QBrush:
    colour = QColor(marker_style.AREA_COLOURS.get(kind, marker_style.AREA_COLOURS["other"]))
    colour.setAlphaF(marker_style.area_opacity(severity))
    return QBrush(colour)


PATTERN_SPACING = 9  # device pixels between hatch lines, at any zoom


@functools.cache
def _pattern_texture(kind: str) -> QPixmap:
    n = PATTERN_SPACING
    pixmap = QPixmap(n, n)
    pixmap.fill(Qt.GlobalColor.transparent)
    colour = QColor(marker_style.AREA_COLOURS.get(kind, marker_style.AREA_COLOURS["other"])).darker(160)
    colour.setAlphaF(0.5)
    painter = QPainter(pixmap)
    painter.setPen(QPen(colour, 1))
    pattern = marker_style.AREA_PATTERNS.get(kind, "solid")
    if pattern == "cross":
        painter.drawLine(0, 0, n, 0)
        painter.drawLine(0, 0, 0, n)
    elif pattern == "dots":
        painter.setBrush(colour)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(QPointF(n / 2, n / 2), 1.2, 1.2)
    elif pattern == "diagonal":
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.drawLine(0, n, n, 0)
    elif pattern == "horizontal":
        painter.drawLine(0, n // 2, n, n // 2)
    painter.end()
    return pixmap


def area_pattern(kind: str, scale: float = 1.0) -> QBrush:
    """The kind's hatching, drawn over the fill so kinds differ without colour; ``scale`` is the
    painter's zoom, undone so the hatching keeps its spacing in device pixels."""
    if marker_style.AREA_PATTERNS.get(kind, "solid") == "solid":
        return QBrush(Qt.BrushStyle.NoBrush)
    brush = QBrush(_pattern_texture(kind))
    brush.setTransform(QTransform.fromScale(1 / scale, 1 / scale))
    return brush


def area_outline(kind: str | None) -> QPen:
    colour = QColor(marker_style.AREA_COLOURS[kind]).darker(130) if kind else QColor(90, 90, 90, 150)
    pen = QPen(colour, 1.2 if kind else 1.0, Qt.PenStyle.SolidLine if kind else Qt.PenStyle.DashLine)
    pen.setCosmetic(True)
    return pen


@functools.cache
def area_hover_pen() -> QPen:
    pen = QPen(QColor("#303030"), 2.0)
    pen.setCosmetic(True)
    return pen


@functools.cache
def area_hover_fill() -> QBrush:
    return QBrush(QColor(40, 40, 40, 28))


@functools.cache
def channel_pen(colour: str) -> QPen:
    c = QColor(colour)
    c.setAlphaF(0.6)
    pen = QPen(c, 1.6)
    pen.setCosmetic(True)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen
