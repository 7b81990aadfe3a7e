"""The 2.5-D body: every part a stack of elliptic slices, every point a place on their surface.

Coordinates are head heights: x to the patient's left, y down from the vertex, z forward. A slice
part (head, neck, trunk, arm, hand, leg) answers `section(y)` with an ellipse: centre offset from
the midline, half-width, centre depth and half-depth. A surface point is (part, side, y, θ) with
θ = 0 anterior, 90 lateral, 180 posterior, -90 medial; side is +1 for the patient's left, -1 for the
right (the same parameters mirrored, so left and right are exactly symmetric) and 0 on the midline.
The thumb and the fingers are tubes, the foot a stack of vertical sections running forward from the
heel, the ear a rim standing off the side of the head.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from charting.anatomy.curves import MonotoneCubic, Vec3, arc_to_angle, cross, dot, normalize, sub
from charting.anatomy.proportions import CANON, Canon

LIMB_PARTS = ("arm", "hand", "thumb", "leg", "foot")


@dataclass(frozen=True)
class Section:
    cx: float
    a: float
    zm: float
    d: float


@dataclass(frozen=True)
class SurfacePoint:
    position: Vec3
    normal: Vec3
    part: str
    side: int


SectionFn = Callable[[float], Section]


class SlicePart:
    """One part's slices between two levels; sections are cached, because the generator asks
    for the same levels again and again (every angle of a region row, every normal)."""

    def __init__(self, name: str, y0: float, y1: float, section: SectionFn) -> None:
        self.name, self.y0, self.y1, self._section = name, y0, y1, section
        self._cache: dict[float, Section] = {}

    def section(self, y: float) -> Section:
        y = min(max(y, self.y0), self.y1)
        found = self._cache.get(y)
        if found is None:
            found = self._cache[y] = self._section(y)
        return found


def _table(rows: tuple[tuple[float, ...], ...]) -> list[MonotoneCubic]:
    xs = [r[0] for r in rows]
    return [MonotoneCubic(xs, [r[i] for r in rows]) for i in range(1, len(rows[0]))]


class BodyModel:
    def __init__(self, canon: Canon = CANON) -> None:
        self.c = canon
        c = canon
        face = _table(c.face)
        neck = _table(c.neck)
        trunk = _table(c.trunk) + _table(c.trunk_profile)
        arm = _table(c.arm)
        leg = _table(c.leg) + _table(c.leg_profile)
        hand = _table(c.hand)
        foot = _table(c.foot)
        self._nose = _table(c.nose)[0]
        self._foot = foot

        def head(y: float) -> Section:
            if y <= c.cranium_centre_y:
                r = math.sqrt(max(0.0, 1 - ((y - c.cranium_centre_y) / c.cranium_centre_y) ** 2))
                return Section(0.0, c.cranium_radius_x * r, 0.0, c.cranium_radius_z * r)
            a, zf, zb = (f(y) for f in face)
            return Section(0.0, a, (zf + zb) / 2, (zf - zb) / 2)

        def flat(table: list[MonotoneCubic]) -> SectionFn:
            def section(y: float) -> Section:
                a, zf, zb = (f(y) for f in table)
                return Section(0.0, a, (zf + zb) / 2, (zf - zb) / 2)

            return section

        def arm_section(y: float) -> Section:
            a, d = arm[0](y), arm[1](y)
            return Section(self.arm_axis_x(y), a, c.arm_centre_z, d)

        hs = c.hand_scale

        def hand_section(y: float) -> Section:
            v = (y - c.wrist_crease_y) / hs
            ul, rad, t = (f(v) for f in hand)
            return Section(self.arm_axis_x(y) + hs * (ul + rad) / 2, hs * (rad - ul) / 2, c.arm_centre_z, hs * t)

        def leg_section(y: float) -> Section:
            cx, a, zf, zb = (f(y) for f in leg)
            return Section(cx, a, (zf + zb) / 2, (zf - zb) / 2)

        last_hand_v = c.hand[-1][0]
        self.parts: dict[str, SlicePart] = {
            "head": SlicePart("head", 0.0, c.chin_y, head),
            "neck": SlicePart("neck", c.neck[0][0], c.neck[-1][0], flat(neck)),
            "trunk": SlicePart("trunk", c.trunk[0][0], c.trunk[-1][0], flat(trunk)),
            "arm": SlicePart("arm", c.arm[0][0], c.arm[-1][0], arm_section),
            "hand": SlicePart("hand", c.wrist_crease_y, self.hand_y(last_hand_v), hand_section),
            "leg": SlicePart("leg", c.leg[0][0], c.leg[-1][0], leg_section),
        }

    # -- slice parts ------------------------------------------------------------------------------
    def arm_axis_x(self, y: float) -> float:
        return self.c.shoulder_joint_x + self.c.arm_tilt * (y - self.c.shoulder_joint_y)

    def hand_y(self, v: float) -> float:
        """Level of the reference hand's v (head heights below the wrist crease) on this hand."""
        return self.c.wrist_crease_y + v * self.c.hand_scale

    def hand_x(self, y: float, u: float) -> float:
        """Distance from the midline of the reference hand's u (toward the thumb) at level y."""
        return self.arm_axis_x(y) + u * self.c.hand_scale

    def _slice_xyz(self, part: str, side: int, y: float, theta: float) -> Vec3:
        s = self.parts[part].section(y)
        t = math.radians(theta)
        sign = side if side else 1
        return (sign * (s.cx + s.a * math.sin(t)), y, s.zm + s.d * math.cos(t))

    def on_slice(self, part: str, side: int, y: float, theta: float) -> SurfacePoint:
        """The skin of a slice part at level y and angle θ (see the module docstring)."""
        p = self._slice_xyz(part, side, y, theta)
        dy = 0.004
        dth = 0.5
        ty = sub(self._slice_xyz(part, side, y + dy, theta), self._slice_xyz(part, side, y - dy, theta))
        tt = sub(self._slice_xyz(part, side, y, theta + dth), self._slice_xyz(part, side, y, theta - dth))
        s = self.parts[part].section(y)
        centre = ((side if side else 1) * s.cx, y, s.zm)
        return SurfacePoint(p, _outward(cross(ty, tt), sub(p, centre)), part, side)

    def angle_for_x(self, part: str, y: float, x: float, back: bool) -> float:
        """The θ at which the skin of a slice lies `x` lateral of the slice centre."""
        s = self.parts[part].section(y)
        ratio = max(-1.0, min(1.0, x / s.a))
        theta = math.degrees(math.asin(ratio))
        return 180 - theta if back else theta

    def around(self, part: str, y: float, theta: float, arc: float) -> float:
        """θ after walking `arc` head heights around the slice from θ (positive: toward lateral)."""
        s = self.parts[part].section(y)
        return arc_to_angle(s.a, s.d, theta, arc)

    # -- the scalp: distances measured on the skin along the midline and across it ----------------
    def _back_surface(self, y: float) -> tuple[str, float]:
        """The outermost of head and neck at the back midline: the skin a tape runs over."""
        head = self.parts["head"].section(y)
        zb = head.zm - head.d
        neck = self.parts["neck"]
        if neck.y0 <= y <= neck.y1:
            s = neck.section(y)
            if s.zm - s.d < zb:
                return "neck", s.zm - s.d
        return "head", zb

    def _midline_path(self, front_y: float, back_y: float) -> list[tuple[str, float, float, float]]:
        """(part, y, θ, z) along the midline from a front level over the vertex to a back level."""
        head = self.parts["head"]
        n = 500
        path = []
        for i in range(n + 1):
            y = front_y * (1 - i / n)
            s = head.section(y)
            path.append(("head", y, 0.0, s.zm + s.d))
        for i in range(1, n + 1):
            y = back_y * i / n
            part, z = self._back_surface(y)
            path.append((part, y, 180.0, z))
        return path

    def midline_arc(self, arc: float) -> tuple[str, float, float]:
        """Walk `arc` from the anterior hairline up over the vertex and down the back midline.

        Returns (part, y, θ) with θ = 0 on the front and 180 on the back."""
        path = self._scalp_path
        walked = 0.0
        for (_, y0, _, z0), (part, y1, t1, z1) in itertools.pairwise(path):
            step = math.hypot(y1 - y0, z1 - z0)
            if walked + step >= arc:
                f = (arc - walked) / step if step else 0.0
                return part, y0 + f * (y1 - y0), t1
            walked += step
        raise ValueError("arc runs past the back of the head")

    @cached_property
    def _scalp_path(self) -> list[tuple[str, float, float, float]]:
        return self._midline_path(self.c.anterior_hairline_y, self.c.chin_y + 0.3)

    @cached_property
    def head_cun(self) -> float:
        """Anterior to posterior hairline over the vertex is 12 B-cun (measured on the skin)."""
        path = self._midline_path(self.c.anterior_hairline_y, self.c.posterior_hairline_y)
        total = sum(math.hypot(b[1] - a[1], b[3] - a[3]) for a, b in itertools.pairwise(path))
        return total / 12

    @cached_property
    def head_width_cun(self) -> float:
        """Across the head: the two corners of the anterior hairline are 9 B-cun apart (on the skin)."""
        s = self.parts["head"].section(self.c.anterior_hairline_y)
        theta, arc, step = 0.0, 0.0, 0.25
        while theta < self.c.hairline_corner_deg:
            t = math.radians(theta + step / 2)
            arc += math.hypot(s.a * math.cos(t), s.d * math.sin(t)) * math.radians(step)
            theta += step
        return arc / 4.5

    def scalp(self, side: int, behind_hairline: float, lateral: float) -> SurfacePoint:
        """A scalp point `behind_hairline` B-cun back from the anterior hairline along the midline
        and `lateral` B-cun across from it, both measured on the skin (lengthwise in the 12-cun
        unit of the midline, across in the 9-cun unit between the hairline corners).

        On the crown the lateral walk follows the cranial ellipsoid's meridian through the ear
        axis (the way a tape runs from the midline toward the ear); lower on the head it runs
        around the horizontal slice."""
        c = self.c
        part, y0, theta0 = self.midline_arc(behind_hairline * self.head_cun)
        if lateral == 0:
            return self.on_slice(part, 0, y0, theta0)
        arc = lateral * self.head_width_cun
        if y0 < c.cranium_centre_y - 0.08:
            rx, ry, rz, yc = c.cranium_radius_x, c.cranium_centre_y, c.cranium_radius_z, c.cranium_centre_y
            s = self.parts["head"].section(y0)
            z0 = s.zm + (s.d if theta0 < 90 else -s.d)
            phi = math.atan2((yc - y0) / ry, z0 / rz)
            psi, walked, step = 0.0, 0.0, math.radians(0.2)
            while walked < arc:
                mid = psi + step / 2
                ds = (
                    math.sqrt(
                        (rx * math.cos(mid)) ** 2
                        + (ry * math.sin(mid) * math.sin(phi)) ** 2
                        + (rz * math.sin(mid) * math.cos(phi)) ** 2
                    )
                    * step
                )
                walked += ds
                psi += step
            y = yc - ry * math.cos(psi) * math.sin(phi)
            z = rz * math.cos(psi) * math.cos(phi)
            sec = self.parts["head"].section(y)
            theta = math.degrees(math.atan2(math.sin(psi) * rx / max(sec.a, 1e-6), (z - sec.zm) / max(sec.d, 1e-6)))
            return self.on_slice("head", side, y, theta)
        s = self.parts[part].section(y0)
        theta = arc_to_angle(s.a, s.d, 0.0, arc)
        return self.on_slice(part, side, y0, theta if theta0 < 90 else 180 - theta)

    # -- ear and nose -------------------------------------------------------------------------------
    def ear_rim(self, side: int, alpha: float) -> Vec3:
        """The auricle's rim: α = 0 at its apex, 90 at its back edge, 180 at the lobe, 270 at the tragus."""
        c = self.c
        yc, hh = (c.ear_top_y + c.ear_bottom_y) / 2, (c.ear_bottom_y - c.ear_top_y) / 2
        zc, hw = (c.ear_front_z + c.ear_back_z) / 2, (c.ear_front_z - c.ear_back_z) / 2
        t = math.radians(alpha)
        y = yc - hh * math.cos(t)
        width = hw * (1 - 0.25 * max(0.0, -math.cos(t)))  # the lobe is narrower than the helix
        standoff = c.ear_standoff * (0.55 + 0.45 * max(0.0, math.sin(t) + 0.3 * math.cos(t)))
        return (side * (self.parts["head"].section(y).a + standoff), y, zc - width * math.sin(t))

    def ear_apex(self, side: int) -> SurfacePoint:
        """On the helix at the top of the auricle (a helix's width below its very rim)."""
        x, y, z = self.ear_rim(side, 0.0)
        return SurfacePoint((x, y + 0.02, z), normalize((side * 0.6, -0.8, 0.0)), "ear", side)

    def nose_tip(self) -> SurfacePoint:
        y = self.c.nose_tip_y
        s = self.parts["head"].section(y)
        return SurfacePoint((0.0, y, s.zm + s.d + self.nose_forward(y)), (0.0, 0.0, 1.0), "head", 0)

    def nose_forward(self, y: float) -> float:
        """How far the nose stands in front of the facial profile at level y."""
        return max(0.0, self._nose(y)) if self.c.nose[0][0] <= y <= self.c.nose[-1][0] else 0.0

    # -- fingers and thumb --------------------------------------------------------------------------
    def finger_axis(self, side: int, finger: int, t: float) -> Vec3:
        """Axis of a finger (0 index … 3 little) from the knuckle (t = 0) to the centre of its tip's
        rounding (t = 1); the fingers hang straight from the palm, side by side."""
        c = self.c
        u, tip = c.fingers[finger]
        r = c.finger_radii[finger]
        v = c.metacarpophalangeal_v - 0.03 + (tip - r - c.metacarpophalangeal_v + 0.03) * t
        y = self.hand_y(v)
        return (side * self.hand_x(y, u), y, c.arm_centre_z)

    def finger_radius(self, finger: int) -> float:
        return self.c.finger_radii[finger] * self.c.hand_scale

    def thumb_axis(self, side: int, t: float) -> Vec3:
        """Point along the thumb axis, t = 0 at the carpometacarpal joint and 1 at the tip."""
        pts = self.c.thumb
        seg = min(int(t * (len(pts) - 1)), len(pts) - 2)
        f = t * (len(pts) - 1) - seg
        v = pts[seg][0] + f * (pts[seg + 1][0] - pts[seg][0])
        u = pts[seg][1] + f * (pts[seg + 1][1] - pts[seg][1])
        fwd = pts[seg][2] + f * (pts[seg + 1][2] - pts[seg][2])
        y = self.hand_y(v)
        return (side * self.hand_x(y, u), y, self.c.arm_centre_z + fwd * self.c.hand_scale)

    def thumb_radius(self, t: float) -> float:
        """Tapering slightly, and rounding off over the last sixth to the pad of the tip."""
        r = self.c.thumb_radius * self.c.hand_scale
        if t > 0.85:
            r *= math.sqrt(max(0.0, 1 - ((t - 0.85) / 0.15) ** 2))
        return r * (1.05 - 0.1 * t)

    def _thumb_xyz(self, side: int, t: float, phi: float) -> Vec3:
        a = self.thumb_axis(side, max(0.0, t - 0.01))
        b = self.thumb_axis(side, min(1.0, t + 0.01))
        tx, ty, tz = normalize(sub(b, a))
        fwd = normalize((-tx * tz, -ty * tz, 1.0 - tz * tz))  # the forward direction, square to the axis
        lat = cross((tx, ty, tz), fwd)
        if lat[0] * side < 0:
            lat = (-lat[0], -lat[1], -lat[2])
        px, py, pz = self.thumb_axis(side, t)
        r = self.thumb_radius(t)
        cos, sin = math.cos(math.radians(phi)), math.sin(math.radians(phi))
        return (
            px + r * (cos * fwd[0] + sin * lat[0]),
            py + r * (cos * fwd[1] + sin * lat[1]),
            pz + r * (cos * fwd[2] + sin * lat[2]),
        )

    def on_thumb(self, side: int, t: float, phi: float) -> SurfacePoint:
        """Thumb skin at t along it; φ = 0 palmar (forward), 90 radial (lateral), 180 dorsal (nail)."""
        t = min(t, 0.97)
        p = self._thumb_xyz(side, t, phi)
        n = sub(p, self.thumb_axis(side, t))
        return SurfacePoint(p, normalize(n), "thumb", side)

    # -- foot -----------------------------------------------------------------------------------
    def _foot_xyz(self, side: int, s: float, phi: float) -> Vec3:
        w, h, lift = (f(s) for f in self._foot)
        c = self.c
        forward = c.foot_length_scale * s
        cx = self.parts["leg"].section(c.lateral_malleolus_y).cx + c.foot_toe_out * forward
        cy = c.sole_y - lift - h / 2
        ph = math.radians(phi)
        return (side * (cx + w * math.sin(ph)), cy - (h / 2) * math.cos(ph), c.foot_axis_z + forward)

    def on_foot(self, side: int, s: float, phi: float) -> SurfacePoint:
        """Foot skin s forward of the ankle axis (head heights of the reference foot, stretched by
        foot_length_scale); φ = 0 dorsum, 90 lateral, -90 medial, 180 sole."""
        p = self._foot_xyz(side, s, phi)
        ts = sub(self._foot_xyz(side, s + 0.004, phi), self._foot_xyz(side, s - 0.004, phi))
        tp = sub(self._foot_xyz(side, s, phi + 0.5), self._foot_xyz(side, s, phi - 0.5))
        centre = self._foot_xyz(side, s, 0.0)
        h = self._foot[1](s)
        centre = (centre[0], centre[1] + h / 2, centre[2])
        return SurfacePoint(p, _outward(cross(ts, tp), sub(p, centre)), "foot", side)

    def foot_section(self, s: float) -> tuple[float, float, float]:
        """(half-width, height, lift off the ground) of the foot section s forward of the ankle."""
        w, h, lift = (f(s) for f in self._foot)
        return w, h, lift

    @property
    def foot_range(self) -> tuple[float, float]:
        return self.c.foot[0][0], self.c.foot[-1][0]


def _outward(n: Vec3, radial: Vec3) -> Vec3:
    try:
        n = normalize(n)
    except ValueError:
        return normalize(radial)
    return n if dot(n, radial) >= 0 else (-n[0], -n[1], -n[2])


MODEL = BodyModel()
