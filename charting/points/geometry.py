"""Plane geometry for complaint-area polygons, in a view's SVG coordinates."""

from __future__ import annotations

import math
from collections.abc import Sequence

Vertex = tuple[float, float]


def _edges(polygon: Sequence[Vertex]) -> zip[tuple[Vertex, Vertex]]:
    return zip(polygon, (*polygon[1:], polygon[0]), strict=True)


def distance_to_outline(x: float, y: float, polygon: Sequence[Vertex]) -> float:
    """Shortest distance from (x, y) to the polygon's closed outline."""
    best = math.inf
    for (ax, ay), (bx, by) in _edges(polygon):
        dx, dy = bx - ax, by - ay
        length2 = dx * dx + dy * dy
        t = 0.0 if length2 == 0 else max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / length2))
        best = min(best, math.hypot(x - (ax + t * dx), y - (ay + t * dy)))
    return best


def contains(x: float, y: float, polygon: Sequence[Vertex]) -> bool:
    """Even-odd rule; a point exactly on the outline counts as inside, so a point drawn on an
    area's border is never treated as outside it."""
    if len(polygon) < 3:
        return False
    inside = False
    for (ax, ay), (bx, by) in _edges(polygon):
        if (ay > y) != (by > y) and x < ax + (y - ay) * (bx - ax) / (by - ay):
            inside = not inside
    return inside or distance_to_outline(x, y, polygon) <= 1e-9


def distance(x: float, y: float, polygon: Sequence[Vertex]) -> float:
    """0 inside the polygon, else the distance to its outline."""
    return 0.0 if contains(x, y, polygon) else distance_to_outline(x, y, polygon)
