"""How a point's site is written: landmark-relative levels in B-cun and a place around the body.

A locator takes the body model and a side (+1 the patient's left, -1 the right, 0 the midline) and
returns the skin point(s) of that site. Levels are functions of the canon, so every site follows the
proportions; lateral distances on the trunk are B-cun from the midline (converted with the chest or
back width), distances around a limb are B-cun walked on the skin.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from charting.anatomy.body_model import BodyModel, SurfacePoint
from charting.anatomy.proportions import Canon

Level = Callable[[Canon], float]
Locator = Callable[[BodyModel, int], list[SurfacePoint]]


@dataclass(frozen=True)
class Site:
    code: str
    locate: Locator
    bilateral: bool = True


def on(
    part: str, level: Level, theta: float, across: float = 0.0, unit: Callable[[Canon], float] | None = None
) -> Locator:
    """A limb, neck or head point at angle θ, optionally `across` B-cun further around the limb
    (positive toward lateral / posterior on the lateral side); `unit` gives that B-cun's length."""

    def locate(m: BodyModel, side: int) -> list[SurfacePoint]:
        y = level(m.c)
        t = theta
        if across and unit is not None:
            t = m.around(part, y, theta, across * unit(m.c))
        return [m.on_slice(part, side, y, t)]

    return locate


def trunk(level: Level, cun: float, back: bool = False) -> Locator:
    """`cun` B-cun lateral of the anterior (or posterior) midline of the trunk."""

    def locate(m: BodyModel, side: int) -> list[SurfacePoint]:
        y = level(m.c)
        x = cun * (m.c.cun_back_width if back else m.c.cun_trunk_width)
        return [m.on_slice("trunk", side, y, m.angle_for_x("trunk", y, x, back))]

    return locate


def face(x: float | Level, y: float | Level) -> Locator:
    """A point on the face seen from the front: `x` head heights lateral of the midline at level
    `y`, either a number or a function of the canon's facial landmarks."""

    def locate(m: BodyModel, side: int) -> list[SurfacePoint]:
        xx = x(m.c) if callable(x) else x
        yy = y(m.c) if callable(y) else y
        return [m.on_slice("head", side, yy, m.angle_for_x("head", yy, xx, back=False))]

    return locate


def scalp(behind_hairline: float, lateral: float = 0.0) -> Locator:
    return lambda m, side: [m.scalp(side, behind_hairline, lateral)]


def hand(v: float, u: float, dorsal: bool = False) -> Locator:
    """A point on the hand, on the palm or the dorsum, given on the reference hand (see the canon's
    `hand_scale`): `v` head heights below the wrist crease, `u` toward the radial side of its axis."""

    def locate(m: BodyModel, side: int) -> list[SurfacePoint]:
        y = m.hand_y(v)
        x = m.hand_x(y, u) - m.parts["hand"].section(y).cx
        return [m.on_slice("hand", side, y, m.angle_for_x("hand", y, x * 0.999, back=dorsal))]

    return locate


def thumb(t: float, phi: float) -> Locator:
    return lambda m, side: [m.on_thumb(side, t, phi)]


def foot(s: float, phi: float) -> Locator:
    return lambda m, side: [m.on_foot(side, s, phi)]


def several(*locators: Locator) -> Locator:
    """One code drawn at several spots (Baxie, Shixuan, the knee eyes ...)."""
    return lambda m, side: [p for loc in locators for p in loc(m, side)]


def midline(code: str, locate: Locator) -> Site:
    return Site(code, locate, bilateral=False)


def bilateral(code: str, locate: Locator) -> Site:
    return Site(code, locate, bilateral=True)
