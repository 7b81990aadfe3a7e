"""Qt pens, brushes and marker shapes built from the shared marker style, made once per process.

Sizes are device pixels: markers ignore the view's zoom so they stay small and crisp.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainterPath, QPen, QPolygonF

from charting.domain import marker_style

UNCHOSEN_RADIUS = 3.5
LOCAL_RADIUS = 7.0
DISTAL_RADIUS = 8.5  # half-diagonal: a diamond looks smaller than a circle of the same radius
HIT_RADIUS = 9.0  # forgiving click target around every marker
HOVER_GROWTH = 1.6
LABEL_GAP = 4.0
HIGHLIGHT_RADIUS = 17.0

_PATTERNS = {
    "solid": Qt.BrushStyle.NoBrush,  # the fill is already solid; no second cue needed
    "cross": Qt.BrushStyle.CrossPattern,
    "dots": Qt.BrushStyle.Dense6Pattern,
    "diagonal": Qt.BrushStyle.BDiagPattern,
    "horizontal": Qt.BrushStyle.HorPattern,
}


def role_colour(role: str) -> QColor:
    return QColor(marker_style.LOCAL_COLOUR if role == "local" else marker_style.DISTAL_COLOUR)


@functools.cache
def marker_path(role: str | None, scale: float = 1.0) -> QPainterPath:
    """Local: a circle; distal: a diamond; unchosen: a small dot — centred on the origin."""
    path = QPainterPath()
    if role is None:
        r = UNCHOSEN_RADIUS * scale
        path.addEllipse(QPointF(0, 0), r, r)
    elif (marker_style.LOCAL_SHAPE if role == "local" else marker_style.DISTAL_SHAPE) == "circle":
        r = LOCAL_RADIUS * scale
        path.addEllipse(QPointF(0, 0), r, r)
    else:
        r = DISTAL_RADIUS * scale
        path.addPolygon(QPolygonF([QPointF(0, -r), QPointF(r, 0), QPointF(0, r), QPointF(-r, 0), QPointF(0, -r)]))
    return path


def marker_rect(role: str | None, hovered: bool) -> QRectF:
    grow = HOVER_GROWTH if hovered else 1.0
    return marker_path(role, grow).boundingRect().adjusted(-1.5, -1.5, 1.5, 1.5)


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


def label_descent(chosen: bool) -> float:
    return label_metrics(chosen).descent()


def label_size(text: str, chosen: bool) -> tuple[float, float]:
    metrics = label_metrics(chosen)
    return metrics.horizontalAdvance(text) + 2, metrics.height()


@functools.cache
def label_brush(role: str | None) -> QBrush:
    return QBrush(role_colour(role).darker(125) if role else QColor("#202020"))


@functools.cache
def halo_pen() -> QPen:
    """White outline drawn under label text so it stays readable over lines and shading."""
    pen = QPen(QColor(255, 255, 255, 230), 3.0)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


@functools.cache
def highlight_pen() -> QPen:
    pen = QPen(QColor("#FFB000"), 3.0)
    pen.setCosmetic(True)
    return pen


def area_fill(kind: str, severity: int) -> QBrush:
    colour = QColor(marker_style.AREA_COLOURS.get(kind, marker_style.AREA_COLOURS["other"]))
    colour.setAlphaF(marker_style.area_opacity(severity))
    return QBrush(colour)


def area_pattern(kind: str) -> QBrush:
    """The kind's hatching, drawn over the fill so kinds differ without colour."""
    colour = QColor(marker_style.AREA_COLOURS.get(kind, marker_style.AREA_COLOURS["other"])).darker(150)
    colour.setAlphaF(0.55)
    return QBrush(colour, _PATTERNS[marker_style.AREA_PATTERNS.get(kind, "solid")])


def area_outline(kind: str | None) -> QPen:
    colour = QColor(marker_style.AREA_COLOURS[kind]).darker(130) if kind else QColor(90, 90, 90, 150)
    pen = QPen(colour, 1.2 if kind else 1.0, Qt.PenStyle.SolidLine if kind else Qt.PenStyle.DashLine)
    pen.setCosmetic(True)
    return pen


@functools.cache
def channel_pen(colour: str) -> QPen:
    c = QColor(colour)
    c.setAlphaF(0.6)
    pen = QPen(c, 1.6)
    pen.setCosmetic(True)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen
