"""Small numeric helpers shared by the body model and the line art (pure Python, no numpy)."""

from __future__ import annotations

import math
from collections.abc import Sequence

Vec3 = tuple[float, float, float]
Point2 = tuple[float, float]


class MonotoneCubic:
    """Fritsch–Carlson interpolation through station values: smooth, and never overshoots between
    stations, so a contour never bulges past the widths written in the proportions."""

    def __init__(self, xs: Sequence[float], ys: Sequence[float]) -> None:
        if len(xs) != len(ys) or len(xs) < 2:
            raise ValueError("need at least two stations")
        self.xs = list(xs)
        self.ys = list(ys)
        n = len(xs)
        h = [xs[i + 1] - xs[i] for i in range(n - 1)]
        if any(step <= 0 for step in h):
            raise ValueError("stations must increase")
        delta = [(ys[i + 1] - ys[i]) / h[i] for i in range(n - 1)]
        m = [delta[0], *((delta[i - 1] + delta[i]) / 2 for i in range(1, n - 1)), delta[-1]]
        for i, d in enumerate(delta):
            if d == 0:
                m[i] = m[i + 1] = 0.0
                continue
            a, b = m[i] / d, m[i + 1] / d
            if a < 0 or b < 0:
                m[i] = 0.0 if a < 0 else m[i]
                m[i + 1] = 0.0 if b < 0 else m[i + 1]
                a, b = m[i] / d, m[i + 1] / d
            s = a * a + b * b
            if s > 9:
                t = 3 / math.sqrt(s)
                m[i], m[i + 1] = t * a * d, t * b * d
        self.m = m

    def __call__(self, x: float) -> float:
        xs, ys, m = self.xs, self.ys, self.m
        if x <= xs[0]:
            return ys[0] + m[0] * (x - xs[0])
        if x >= xs[-1]:
            return ys[-1] + m[-1] * (x - xs[-1])
        lo, hi = 0, len(xs) - 1
        while hi - lo > 1:
            mid = (lo + hi) // 2
            if xs[mid] <= x:
                lo = mid
            else:
                hi = mid
        h = xs[hi] - xs[lo]
        t = (x - xs[lo]) / h
        t2, t3 = t * t, t * t * t
        return (
            (2 * t3 - 3 * t2 + 1) * ys[lo]
            + (t3 - 2 * t2 + t) * h * m[lo]
            + (-2 * t3 + 3 * t2) * ys[hi]
            + (t3 - t2) * h * m[hi]
        )


def sub(a: Vec3, b: Vec3) -> Vec3:
    return (a[0] - b[0], a[1] - b[1], a[2] - b[2])


def cross(a: Vec3, b: Vec3) -> Vec3:
    return (a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0])


def dot(a: Vec3, b: Vec3) -> float:
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]


def normalize(a: Vec3) -> Vec3:
    length = math.sqrt(dot(a, a))
    if length == 0:
        raise ValueError("zero vector")
    return (a[0] / length, a[1] / length, a[2] / length)


def smooth_path(points: Sequence[Point2], closed: bool) -> str:
    """SVG path data: a Catmull–Rom spline through the points, written as cubic Béziers, with
    tangents clamped to a third of each segment so sharp corners stay corners."""
    pts = list(points)
    if len(pts) < 2:
        return ""
    n = len(pts)
    parts = [f"M{pts[0][0]:.1f},{pts[0][1]:.1f}"]
    last = n if closed else n - 1
    for i in range(last):
        p0 = pts[(i - 1) % n] if closed or i > 0 else pts[0]
        p1 = pts[i]
        p2 = pts[(i + 1) % n]
        p3 = pts[(i + 2) % n] if closed or i + 2 < n else pts[-1]
        seg = math.hypot(p2[0] - p1[0], p2[1] - p1[1])
        t1 = _clamped(((p2[0] - p0[0]) / 6, (p2[1] - p0[1]) / 6), seg / 3)
        t2 = _clamped(((p3[0] - p1[0]) / 6, (p3[1] - p1[1]) / 6), seg / 3)
        c1 = (p1[0] + t1[0], p1[1] + t1[1])
        c2 = (p2[0] - t2[0], p2[1] - t2[1])
        parts.append(f"C{c1[0]:.1f},{c1[1]:.1f} {c2[0]:.1f},{c2[1]:.1f} {p2[0]:.1f},{p2[1]:.1f}")
    if closed:
        parts.append("Z")
    return "".join(parts)


def _clamped(v: Point2, longest: float) -> Point2:
    """Shorten a tangent so a short segment next to a long one cannot loop (no overshoot at the
    corners where a part's outline turns sharply)."""
    length = math.hypot(v[0], v[1])
    if length <= longest or length == 0:
        return v
    return (v[0] * longest / length, v[1] * longest / length)


def signed_area(points: Sequence[Point2]) -> float:
    return 0.5 * sum(
        points[i][0] * points[(i + 1) % len(points)][1] - points[(i + 1) % len(points)][0] * points[i][1]
        for i in range(len(points))
    )


def arc_to_angle(radius_x: float, radius_z: float, start_deg: float, arc: float) -> float:
    """Walk `arc` along an ellipse (x = rx·sinθ, z = rz·cosθ) from θ = start; return the new θ.

    Used to turn 'n B-cun around the limb' into an angle: cun are measured on the skin."""
    step = 0.25 if arc >= 0 else -0.25
    theta, walked = start_deg, 0.0
    while abs(walked) < abs(arc):
        t = math.radians(theta + step / 2)
        ds = math.hypot(radius_x * math.cos(t), radius_z * math.sin(t)) * math.radians(abs(step))
        if abs(walked) + ds >= abs(arc):
            return theta + step * (abs(arc) - abs(walked)) / ds
        walked += ds if arc >= 0 else -ds
        theta += step
    return theta
