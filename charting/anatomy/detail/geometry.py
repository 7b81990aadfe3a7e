"""Small 2-D helpers shared by the detail models: vectors, frames, curves and SVG path text."""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass

Vec = tuple[float, float]


def add(a: Vec, b: Vec) -> Vec:
    return (a[0] + b[0], a[1] + b[1])


def sub(a: Vec, b: Vec) -> Vec:
    return (a[0] - b[0], a[1] - b[1])


def scale(a: Vec, k: float) -> Vec:
    return (a[0] * k, a[1] * k)


def lerp(a: Vec, b: Vec, t: float) -> Vec:
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)


def length(a: Vec) -> float:
    return math.hypot(a[0], a[1])


def unit(a: Vec) -> Vec:
    n = length(a)
    return (a[0] / n, a[1] / n)


def perp(a: Vec) -> Vec:
    """`a` turned a quarter turn counter-clockwise (in a y-up frame)."""
    return (-a[1], a[0])


def direction(degrees: float) -> Vec:
    """Unit vector `degrees` away from +y toward +x: the way a digit points in a hand or foot frame."""
    r = math.radians(degrees)
    return (math.sin(r), math.cos(r))


def polyline_point(points: Sequence[Vec], t: float) -> Vec:
    """The point a fraction `t` of the way along a polyline, by arc length.

    Many sites are defined as "the junction of the upper third and lower two thirds of the line
    from A to B"; this answers that for a sampled curve.
    """
    lengths = [length(sub(b, a)) for a, b in itertools.pairwise(points)]
    goal = max(0.0, min(1.0, t)) * sum(lengths)
    for (a, b), seg in zip(itertools.pairwise(points), lengths, strict=True):
        if goal <= seg and seg > 0:
            return lerp(a, b, goal / seg)
        goal -= seg
    return points[-1]


def inside(p: Vec, polygon: Sequence[Vec]) -> bool:
    """Even-odd test: is `p` inside the closed `polygon`?"""
    x, y = p
    hit = False
    for (x0, y0), (x1, y1) in zip(polygon, [*polygon[1:], polygon[0]], strict=True):
        if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
            hit = not hit
    return hit


def pull_inside(points: Sequence[Vec], outline: Sequence[Vec], margin: float = 2.0) -> list[Vec]:
    """Move each vertex that lies outside `outline` toward the shape's centre until it is inside.

    Region polygons are sketched loosely from landmarks; this keeps them on the figure without
    hand-fitting every vertex to the smooth silhouette.
    """
    cx = sum(p[0] for p in points) / len(points)
    cy = sum(p[1] for p in points) / len(points)
    out = []
    for p in points:
        d = length(sub(p, (cx, cy)))
        step = 0.0
        q = p
        while (
            d > 0
            and step < d
            and not all(inside(add(q, o), outline) for o in ((margin, 0), (-margin, 0), (0, margin), (0, -margin)))
        ):
            step += 1.0
            q = lerp(p, (cx, cy), step / d)
        out.append(q)
    return out


def catmull_rom(points: Sequence[Vec], *, closed: bool, samples: int = 12, corners: Sequence[int] = ()) -> list[Vec]:
    """Densely sampled smooth curve through `points`: the same curve `smooth_path` draws."""
    out: list[Vec] = []
    for p0, c1, c2, p1 in _bezier_segments(points, closed=closed, corners=frozenset(corners)):
        for i in range(samples):
            t = i / samples
            u = 1 - t
            out.append(
                (
                    u**3 * p0[0] + 3 * u * u * t * c1[0] + 3 * u * t * t * c2[0] + t**3 * p1[0],
                    u**3 * p0[1] + 3 * u * u * t * c1[1] + 3 * u * t * t * c2[1] + t**3 * p1[1],
                )
            )
    if not closed:
        out.append(points[-1])
    return out


def _bezier_segments(
    points: Sequence[Vec], *, closed: bool, corners: frozenset[int]
) -> list[tuple[Vec, Vec, Vec, Vec]]:
    n = len(points)

    def tangent(i: int) -> Vec:
        if i in corners:
            return (0.0, 0.0)
        if not closed and i == 0:
            return scale(sub(points[1], points[0]), 0.5)
        if not closed and i == n - 1:
            return scale(sub(points[-1], points[-2]), 0.5)
        return scale(sub(points[(i + 1) % n], points[(i - 1) % n]), 0.5)

    count = n if closed else n - 1
    segments = []
    for i in range(count):
        j = (i + 1) % n
        p0, p1 = points[i], points[j]
        segments.append((p0, add(p0, scale(tangent(i), 1 / 3)), sub(p1, scale(tangent(j), 1 / 3)), p1))
    return segments


def fmt(v: float) -> str:
    text = f"{v:.1f}"
    return "0.0" if text == "-0.0" else text


def smooth_path(points: Sequence[Vec], *, closed: bool = False, corners: Sequence[int] = ()) -> str:
    """SVG path data for a smooth (Catmull-Rom) curve through view-space points.

    Indices in `corners` get a sharp turn: where a finger meets the web, or a cut edge.
    """
    segments = _bezier_segments(points, closed=closed, corners=frozenset(corners))
    parts = [f"M{fmt(points[0][0])} {fmt(points[0][1])}"]
    for _, c1, c2, p1 in segments:
        parts.append(f"C{fmt(c1[0])} {fmt(c1[1])} {fmt(c2[0])} {fmt(c2[1])} {fmt(p1[0])} {fmt(p1[1])}")
    if closed:
        parts.append("Z")
    return " ".join(parts)


def ellipse_path(centre: Vec, rx: float, ry: float) -> str:
    cx, cy = centre
    return (
        f"M{fmt(cx - rx)} {fmt(cy)} A{fmt(rx)} {fmt(ry)} 0 1 0 {fmt(cx + rx)} {fmt(cy)} "
        f"A{fmt(rx)} {fmt(ry)} 0 1 0 {fmt(cx - rx)} {fmt(cy)} Z"
    )


@dataclass(frozen=True)
class Frame:
    """Maps a model's local units (cun, y up unless flipped) to a view's SVG coordinates.

    `mirror` flips left and right, so one model gives both faces of a hand or both sides of a head.
    """

    origin: Vec
    cun_px: float
    mirror: bool = False
    y_up: bool = True

    def __call__(self, p: Vec) -> Vec:
        sx = -1.0 if self.mirror else 1.0
        sy = -1.0 if self.y_up else 1.0
        return (self.origin[0] + sx * p[0] * self.cun_px, self.origin[1] + sy * p[1] * self.cun_px)

    def all(self, points: Sequence[Vec]) -> list[Vec]:
        return [self(p) for p in points]
