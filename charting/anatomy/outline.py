"""The figure's outline in each view: the projected silhouette of every part, as closed polygons.

Their union (drawn with the non-zero fill rule, all wound the same way) is the body outline. A
slice part projects, level by level, to the span between its extreme points across the line of
sight; the foot and the ears are traced from their own surfaces, the thumb and the fingers are tubes.
"""

from __future__ import annotations

import math

from charting.anatomy.body_model import BodyModel
from charting.anatomy.curves import Point2, Vec3, signed_area
from charting.anatomy.fillet import fillet
from charting.anatomy.projection import ViewSpec

Polygon = list[Point2]


def _levels(y0: float, y1: float, n: int) -> list[float]:
    """Denser near the ends, where parts round off."""
    return [y0 + (y1 - y0) * (1 - math.cos(math.pi * k / n)) / 2 for k in range(n + 1)]


def slice_outline(
    model: BodyModel, view: ViewSpec, part: str, side: int, y0: float | None = None, y1: float | None = None
) -> Polygon:
    sp = model.parts[part]
    lo = sp.y0 if y0 is None else y0
    hi = sp.y1 if y1 is None else y1
    n = max(8, int((hi - lo) / 0.02))
    one: list[Point2] = []
    other: list[Point2] = []
    sign = side if side else 1
    for y in _levels(lo, hi, n):
        s = sp.section(y)
        if view.near_side == 0:
            a = (sign * (s.cx - s.a), y, s.zm)
            b = (sign * (s.cx + s.a), y, s.zm)
        else:
            front = s.zm + s.d + (model.nose_forward(y) if part == "head" else 0.0)
            a = (sign * s.cx, y, s.zm - s.d)
            b = (sign * s.cx, y, front)
        one.append(view.project(a))
        other.append(view.project(b))
    return _wound(one + other[::-1])


def tube_outline(view: ViewSpec, axis: list[Vec3], radius: float) -> Polygon:
    """A tube of constant radius (head heights) around a 3-D axis, with round ends, as seen in the
    view: the projected axis offset to both sides, capped by half circles."""
    pts = [view.project(p) for p in axis]
    r = radius * view.scale
    left: list[Point2] = []
    right: list[Point2] = []
    for i, (x, y) in enumerate(pts):
        j0, j1 = max(0, i - 1), min(len(pts) - 1, i + 1)
        dx, dy = pts[j1][0] - pts[j0][0], pts[j1][1] - pts[j0][1]
        length = math.hypot(dx, dy) or 1.0
        nx, ny = -dy / length, dx / length
        left.append((x + nx * r, y + ny * r))
        right.append((x - nx * r, y - ny * r))

    def cap(centre: Point2, towards: Point2, start: Point2) -> list[Point2]:
        cx, cy = centre
        a0 = math.atan2(start[1] - cy, start[0] - cx)
        ahead = math.atan2(towards[1] - cy, towards[0] - cx)
        turn = 1.0 if math.sin(ahead - a0) > 0 else -1.0
        return [
            (cx + r * math.cos(a0 + turn * math.pi * k / 8), cy + r * math.sin(a0 + turn * math.pi * k / 8))
            for k in range(1, 8)
        ]

    end = pts[-1]
    beyond = (2 * end[0] - pts[-2][0], 2 * end[1] - pts[-2][1])
    start = pts[0]
    before = (2 * start[0] - pts[1][0], 2 * start[1] - pts[1][1])
    ring = left + cap(end, beyond, left[-1]) + right[::-1] + cap(start, before, right[0])
    return _wound(ring)


def thumb_outline(model: BodyModel, view: ViewSpec, side: int) -> Polygon:
    axis = [model.thumb_axis(side, i / 12) for i in range(13)]
    return tube_outline(view, axis, model.c.thumb_radius * model.c.hand_scale)


def finger_outlines(model: BodyModel, view: ViewSpec, side: int) -> list[Polygon]:
    return [
        tube_outline(view, [model.finger_axis(side, f, i / 8) for i in range(9)], model.finger_radius(f))
        for f in range(len(model.c.fingers))
    ]


def foot_outline(model: BodyModel, view: ViewSpec, side: int) -> Polygon:
    s0, s1 = model.foot_range
    if view.near_side != 0:
        top: list[Point2] = []
        bottom: list[Point2] = []
        for s in _levels(s0, s1, 40):
            top.append(view.project(model.on_foot(side, s, 0).position))
            bottom.append(view.project(model.on_foot(side, s, 180).position))
        return _wound(top + bottom[::-1])
    # Seen from the front or back: for each height, the widest span of any section.
    ss = _levels(s0, s1, 60)
    heights = [model.foot_section(s)[1] + model.foot_section(s)[2] for s in ss]
    sole = model.c.sole_y
    rows = _levels(sole - max(heights), sole, 30)
    one: list[Point2] = []
    other: list[Point2] = []
    for y in rows:
        lo, hi = math.inf, -math.inf
        for s in ss:
            w, h, lift = model.foot_section(s)
            cy = sole - lift - h / 2
            t = (y - cy) / (h / 2)
            if abs(t) > 1:
                continue
            half = w * math.sqrt(1 - t * t)
            centre = model.on_foot(1, s, 0).position[0] if side else 0.0
            lo, hi = min(lo, centre - half), max(hi, centre + half)
        if lo > hi:
            continue
        z = model.c.foot_axis_z
        one.append(view.project((side * lo, y, z)))
        other.append(view.project((side * hi, y, z)))
    return _wound(one + other[::-1])


def ear_outline(model: BodyModel, view: ViewSpec, side: int) -> Polygon:
    """The auricle seen from the front or the back: its rim from apex to lobe, joined to the side
    of the head a little inside the apex and the lobe so it grows out of the head without a step."""
    rim = [model.ear_rim(side, a) for a in range(0, 181, 10)]
    head = model.parts["head"]
    top, bottom = rim[0][1] + 0.03, rim[-1][1] - 0.02
    joins = [(side * head.section(y).a * 0.97, y, rim[0][2]) for y in (bottom, (top + bottom) / 2, top)]
    return _wound([view.project(p) for p in rim + joins])


def _wound(poly: Polygon) -> Polygon:
    """Counter-clockwise on screen, so overlapping parts add up under the non-zero rule."""
    return poly if signed_area(poly) < 0 else poly[::-1]


def palm_outline(model: BodyModel, view: ViewSpec, side: int) -> Polygon:
    """The hand's slab up to the knuckles; the fingers are drawn as their own tubes."""
    c = model.c
    return slice_outline(model, view, "hand", side, c.wrist_crease_y, model.hand_y(c.metacarpophalangeal_v + 0.04))


# How far (head heights) along each outline the skin bridging a join reaches from the corner.
ANKLE_FRONT_REACH = 0.08
ANKLE_BACK_REACH = 0.08
ANKLE_SIDE_REACH = 0.05
GROIN_REACH = 0.12


def _leg_joins(
    model: BodyModel, view: ViewSpec, side: int, trunk: Polygon, leg: Polygon, foot: Polygon
) -> list[Polygon]:
    """The skin rounding the corners where the leg grows out of the trunk and into the foot: in
    profile the shin curving into the instep over the extensor tendons, the Achilles tendon into
    the heel and the lower belly into the front of the thigh; from the front or the back, both
    sides of the ankle into the foot. Each corner is sought near the leg's skin at that level."""
    c = model.c

    def near(y: float, theta: float) -> Point2:
        return view.project(model.on_slice("leg", side, y, theta).position)

    def join(a: Polygon, b: Polygon, y: float, theta: float, reach: float) -> Polygon:
        return _wound(fillet(a, b, near(y, theta), reach * view.scale))

    if view.near_side:
        return [
            join(leg, foot, c.lateral_malleolus_y, 0, ANKLE_FRONT_REACH),
            join(leg, foot, c.lateral_malleolus_y, 180, ANKLE_BACK_REACH),
            join(trunk, leg, c.trochanter_y, 0, GROIN_REACH),
        ]
    return [
        join(leg, foot, c.lateral_malleolus_y, 90, ANKLE_SIDE_REACH),
        join(leg, foot, c.medial_malleolus_y, -90, ANKLE_SIDE_REACH),
    ]


def body_outlines(model: BodyModel, view: ViewSpec) -> tuple[list[Polygon], list[Polygon]]:
    """(outline of the whole figure as parts, outline of the near arm drawn over the trunk in a
    lateral view — empty in the front and back views)."""
    parts: list[Polygon] = [slice_outline(model, view, p, 0) for p in ("head", "neck", "trunk")]
    trunk = parts[-1]
    for side in (1, -1):
        leg = slice_outline(model, view, "leg", side)
        foot = foot_outline(model, view, side)
        parts += [
            slice_outline(model, view, "arm", side),
            palm_outline(model, view, side),
            thumb_outline(model, view, side),
            *finger_outlines(model, view, side),
            leg,
            foot,
            *_leg_joins(model, view, side, trunk, leg, foot),
        ]
        if view.near_side == 0:
            parts.append(ear_outline(model, view, side))
    near = view.near_side
    overlay: list[Polygon] = []
    if near:
        overlay = [
            slice_outline(model, view, "arm", near),
            palm_outline(model, view, near),
            thumb_outline(model, view, near),
            *finger_outlines(model, view, near),
        ]
    return parts, overlay
