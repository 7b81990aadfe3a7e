"""Skin bridging the corner where two parts' outlines cross.

The figure's outline is the union of its parts, so wherever one part grows out of another (the
shin into the instep, the Achilles tendon into the heel, the belly into the thigh) their outlines
cross at a corner no body has: tendons, fat and skin bridge it in a curve. A fillet is the patch
between that corner and a curve tangent to both outlines; painted with the parts, it rounds the
union there and nowhere else.
"""

from __future__ import annotations

import itertools
import math

from charting.anatomy.curves import Point2

Polygon = list[Point2]


def fillet(a: Polygon, b: Polygon, near: Point2, reach: float) -> Polygon:
    """The patch rounding the corner where the outlines of `a` and `b` cross nearest to `near`.

    Its outer edge runs along each outline to a vertex about `reach` (view units) from the corner,
    where a curve leaves tangent to it for the other outline. Beyond that it keeps to a stretch of
    the outline's own vertices and closes inside both parts, turning in from the outline by
    degrees: the line art is a spline through the vertices, and an abrupt turn there would bow the
    patch's edge out past the part's and show as a bump."""
    corner, i, j = _crossing(a, b, near, 4 * reach)
    along_a = _walk(a, i, corner, b, reach)
    along_b = _walk(b, j, corner, a, reach)
    inner_a = _inset(along_a, a, 0.25 * reach)
    inner_b = _inset(along_b, b, 0.25 * reach)
    deep = (inner_a[0][0] + inner_b[0][0] - corner[0], inner_a[0][1] + inner_b[0][1] - corner[1])
    start_a, start_b = len(along_a) - 1 - _STRETCH, len(along_b) - 1 - _STRETCH
    curve = _blend(along_a[: start_a + 1], along_b[: start_b + 1], corner)
    return [
        *along_a[:start_a:-1],
        *curve,
        *along_b[start_b + 1 :],
        *inner_b[-2:0:-1],
        deep,
        *inner_a[1:-1],
    ]


# Outline vertices beyond the start of the curve along which the patch keeps to the outline.
_STRETCH = 2
# Vertices from the end of a walk over which the patch's inner edge sinks to its full depth.
_SINK = 5


def _crossing(a: Polygon, b: Polygon, near: Point2, window: float) -> tuple[Point2, int, int]:
    """The crossing of the two outlines nearest `near` (searched within `window`), with the
    indices of the crossing edges in each."""

    def edges(poly: Polygon) -> list[int]:
        return [
            k
            for k in range(len(poly))
            if min(_distance(poly[k], near), _distance(poly[(k + 1) % len(poly)], near)) <= window
        ]

    best: tuple[float, Point2, int, int] | None = None
    for i in edges(a):
        p, q = a[i], a[(i + 1) % len(a)]
        for j in edges(b):
            hit = _intersect(p, q, b[j], b[(j + 1) % len(b)])
            if hit is not None and (best is None or _distance(hit, near) < best[0]):
                best = (_distance(hit, near), hit, i, j)
    if best is None:
        raise ValueError(f"the outlines do not cross within {window:g} of {near}")
    return best[1], best[2], best[3]


def _walk(poly: Polygon, edge: int, corner: Point2, other: Polygon, reach: float) -> Polygon:
    """The outline from the corner, along the way that leaves `other`, to its first vertex at
    least `reach` away and `_STRETCH` vertices beyond."""
    n = len(poly)
    forward = [poly[(edge + 1 + k) % n] for k in range(n)]
    backward = [poly[(edge - k) % n] for k in range(n)]
    probe = 0.05 * reach
    path = forward if not _inside(_point_at([corner, *forward], probe), other) else backward
    out = [corner]
    walked = 0.0
    for p in path:
        walked += _distance(out[-1], p)
        out.append(p)
        if walked >= reach:
            out += path[len(out) - 1 : len(out) - 1 + _STRETCH]
            return out
    raise ValueError("outline too short for the fillet")


def _inset(path: Polygon, poly: Polygon, depth: float) -> Polygon:
    """The path moved into the polygon it runs along, square to the path: `depth` deep, rising
    to the outline over the last `_SINK` vertices (quadratically, so it leaves the outline
    tangent to it)."""
    out: Polygon = []
    inward = 0.0
    last = len(path) - 1
    for k, p in enumerate(path):
        q, r = path[max(0, k - 1)], path[min(last, k + 1)]
        dx, dy = _unit(r, q)
        nx, ny = -dy, dx
        if not inward:
            inward = 1.0 if _inside((p[0] + 0.1 * depth * nx, p[1] + 0.1 * depth * ny), poly) else -1.0
        sink = inward * depth * min(1.0, (last - k) / _SINK) ** 2
        out.append((p[0] + sink * nx, p[1] + sink * ny))
    return out


def _blend(along_a: Polygon, along_b: Polygon, corner: Point2) -> Polygon:
    """A cubic from the end of one walk to the end of the other, leaving each tangent to its
    outline, with handles sized so a symmetric corner is rounded by a near-circular arc."""
    pa, pb = along_a[-1], along_b[-1]
    ta = _unit(along_a[-2], pa)  # from the end of the walk back toward the corner
    tb = _unit(along_b[-2], pb)
    turn = math.acos(max(-1.0, min(1.0, -(ta[0] * tb[0] + ta[1] * tb[1]))))
    reach = (_distance(pa, corner) + _distance(pb, corner)) / 2
    handle = reach * (4 / 3) * math.tan(turn / 4) / math.tan(turn / 2) if turn > 1e-3 else reach * 2 / 3
    c1 = (pa[0] + handle * ta[0], pa[1] + handle * ta[1])
    c2 = (pb[0] + handle * tb[0], pb[1] + handle * tb[1])
    steps = 16
    out: Polygon = []
    for k in range(steps + 1):
        t = k / steps
        u = 1 - t
        out.append(
            (
                u**3 * pa[0] + 3 * u * u * t * c1[0] + 3 * u * t * t * c2[0] + t**3 * pb[0],
                u**3 * pa[1] + 3 * u * u * t * c1[1] + 3 * u * t * t * c2[1] + t**3 * pb[1],
            )
        )
    return out


def _intersect(p: Point2, q: Point2, r: Point2, s: Point2) -> Point2 | None:
    dx1, dy1 = q[0] - p[0], q[1] - p[1]
    dx2, dy2 = s[0] - r[0], s[1] - r[1]
    den = dx1 * dy2 - dy1 * dx2
    if den == 0:
        return None
    t = ((r[0] - p[0]) * dy2 - (r[1] - p[1]) * dx2) / den
    u = ((r[0] - p[0]) * dy1 - (r[1] - p[1]) * dx1) / den
    if 0 <= t <= 1 and 0 <= u <= 1:
        return (p[0] + t * dx1, p[1] + t * dy1)
    return None


def _inside(p: Point2, poly: Polygon) -> bool:
    x, y = p
    inside = False
    for k in range(len(poly)):
        (x1, y1), (x2, y2) = poly[k], poly[(k + 1) % len(poly)]
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def _point_at(path: Polygon, distance: float) -> Point2:
    walked = 0.0
    for p, q in itertools.pairwise(path):
        step = _distance(p, q)
        if step > 0 and walked + step >= distance:
            f = (distance - walked) / step
            return (p[0] + f * (q[0] - p[0]), p[1] + f * (q[1] - p[1]))
        walked += step
    return path[-1]


def _unit(towards: Point2, start: Point2) -> Point2:
    length = _distance(towards, start) or 1.0
    return ((towards[0] - start[0]) / length, (towards[1] - start[1]) / length)


def _distance(p: Point2, q: Point2) -> float:
    return math.hypot(q[0] - p[0], q[1] - p[1])
