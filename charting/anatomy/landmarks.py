"""The subtle lines of a good anatomy chart, laid on the skin of the body model.

Each landmark is a curve (or a small dot) of skin points, so every view draws exactly the part of it
that faces the viewer, and it moves with the proportions like the points do.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass

from charting.anatomy.body_model import BodyModel, SurfacePoint
from charting.anatomy.proportions import VERTEBRAE


@dataclass(frozen=True)
class Landmark:
    name: str
    points: tuple[SurfacePoint, ...]
    closed: bool = False
    dot: float = 0.0  # > 0: draw a dot of this radius (px) at the single point instead of a line
    on_arm: bool = False  # drawn above the near arm's overlay in the lateral views


def _steps(n: int) -> list[float]:
    return [i / n for i in range(n + 1)]


def _trunk(m: BodyModel, side: int, x: float, y: float, back: bool = False) -> SurfacePoint:
    """Trunk skin `x` head heights from the midline (signed: negative crosses to the other side)."""
    s = side if x >= 0 else -side
    return m.on_slice("trunk", s, y, m.angle_for_x("trunk", y, abs(x), back))


def _face(m: BodyModel, x: float, y: float) -> SurfacePoint:
    side = 1 if x >= 0 else -1
    return m.on_slice("head", side, y, m.angle_for_x("head", y, abs(x), back=False))


def _curve(name: str, pts: list[SurfacePoint], closed: bool = False, on_arm: bool = False) -> Landmark:
    return Landmark(name, tuple(pts), closed, 0.0, on_arm)


def _dot(name: str, p: SurfacePoint, r: float) -> Landmark:
    return Landmark(name, (p,), False, r)


def _oval(
    m: BodyModel, part: str, side: int, y: float, theta: float, half_y: float, half_t: float
) -> list[SurfacePoint]:
    return [
        m.on_slice(part, side, y - half_y * math.cos(2 * math.pi * t), theta + half_t * math.sin(2 * math.pi * t))
        for t in _steps(24)[:-1]
    ]


def _sided(m: BodyModel, side: int) -> list[Landmark]:
    c = m.c
    out: list[Landmark] = []
    cw, bw = c.cun_trunk_width, c.cun_back_width
    # chest and abdomen
    clav = [
        _trunk(m, side, 0.06 + 0.68 * t, c.suprasternal_y + 0.035 - 0.03 * t + 0.012 * math.sin(math.pi * t))
        for t in _steps(16)
    ]
    out.append(_curve("clavicle", clav))
    out.append(_dot("nipple", _trunk(m, side, 4 * cw, c.ics_y(4)), 2.6))
    # the lower border of pectoralis major, from below the nipple line up into the axillary fold
    low = c.ics_y(5) + 0.03
    pec = [_trunk(m, side, 0.2 + 0.42 * t, low - (low - 1.74) * t**1.4) for t in _steps(14)]
    out.append(_curve("pectoral", pec))
    costal = [
        _trunk(m, side, 0.06 + 0.46 * t, c.xiphisternal_y + 0.02 + 0.42 * math.sin(t * math.pi / 2)) for t in _steps(16)
    ]
    out.append(_curve("costal_margin", costal))
    inguinal = [
        _trunk(m, side, c.asis_x - (c.asis_x - 0.1) * t, c.asis_y + 0.08 + (c.pubis_y - c.asis_y - 0.06) * t**1.3)
        for t in _steps(14)
    ]
    out.append(_curve("inguinal", inguinal))
    # back
    # the scapula in back B-cun from the midline (its medial border lies 3 B-cun out)
    scap = [
        (3.4, c.spinous("T2")),
        (3.0, c.spinous("T3")),
        (3.0, c.spinous("T5")),
        (3.1, c.spinous("T6") + 0.05),
        (3.6, c.spinous("T7")),
        (4.6, c.spinous("T7") - 0.08),
        (5.7, c.spinous("T5") + 0.02),
        (6.3, c.spinous("T3") + 0.09),
    ]
    out.append(_curve("scapula", [_trunk(m, side, x * bw, y, back=True) for x, y in _interp(scap, 4)]))
    spine = [(3.0, c.spinous("T3")), (5.0, c.spinous("T3") - 0.06), (7.2, c.acromion_y + 0.03)]
    out.append(_curve("scapular_spine", [_trunk(m, side, x * bw, y, back=True) for x, y in _interp(spine, 6)]))
    crest = [
        (0.14, c.spinous("S2")),
        (0.26, c.spinous("L5") + 0.02),
        (0.4, c.spinous("L4") + 0.03),
        (0.52, c.spinous("L4") + 0.01),
        (0.6, c.spinous("L4") + 0.04),
    ]
    out.append(_curve("iliac_crest", [_trunk(m, side, x, y, back=True) for x, y in _interp(crest, 5)]))
    out.append(_dot("psis", _trunk(m, side, 1.4 * bw, c.spinous("S2"), back=True), 2.0))
    # lower limb
    out.append(
        _curve(
            "gluteal_fold",
            [m.on_slice("leg", side, c.gluteal_fold_y - 0.05 * (1 - t) ** 2, 135 + 85 * t) for t in _steps(16)],
        )
    )
    out.append(
        _curve("popliteal_crease", [m.on_slice("leg", side, c.popliteal_crease_y, 150 + 60 * t) for t in _steps(10)])
    )
    # the two bellies of gastrocnemius, meeting the tendon about 8 B-cun below the popliteal crease
    belly_end = c.popliteal_crease_y + 8.2 * c.cun_leg_lateral
    for name, sign in (("calf_medial", 1), ("calf_lateral", -1)):
        pts = []
        for t in _steps(10):
            y = c.popliteal_crease_y + 0.2 + (belly_end - c.popliteal_crease_y - 0.2) * t
            pts.append(m.on_slice("leg", side, y, 180 + sign * (34 - 30 * t**1.6)))
        out.append(_curve(name, pts))
    for name, theta in (("achilles_lateral", 165), ("achilles_medial", 195)):
        out.append(_curve(name, [m.on_slice("leg", side, 7.12 + 0.4 * t, theta) for t in _steps(6)]))
    out.append(
        _curve(
            "patella",
            _oval(
                m,
                "leg",
                side,
                (c.patella_base_y + c.patella_apex_y) / 2,
                0,
                (c.patella_apex_y - c.patella_base_y) / 2,
                30,
            ),
            closed=True,
        )
    )
    out.append(_curve("tibial_crest", [m.on_slice("leg", side, 6.2 + 1.05 * t, -12 + 4 * t) for t in _steps(10)]))
    out.append(_curve("medial_malleolus", _oval(m, "leg", side, c.medial_malleolus_y, -92, 0.045, 16), closed=True))
    out.append(_curve("lateral_malleolus", _oval(m, "leg", side, c.lateral_malleolus_y, 102, 0.05, 16), closed=True))
    for a, b in zip(c.toes, c.toes[1:], strict=False):
        phi = (a[0] + b[0]) / 2
        end = min(a[1], b[1]) - 0.02
        out.append(
            _curve(
                "toe",
                [
                    m.on_foot(side, c.metatarsophalangeal_s + (end - c.metatarsophalangeal_s) * t, phi)
                    for t in _steps(6)
                ],
            )
        )
    # upper limb
    out.append(
        _curve(
            "cubital_crease",
            [m.on_slice("arm", side, c.cubital_crease_y, -40 + 80 * t) for t in _steps(8)],
            on_arm=True,
        )
    )
    out.append(
        _curve(
            "olecranon",
            [
                m.on_slice("arm", side, c.cubital_crease_y + 0.02 - 0.03 * math.sin(math.pi * t), 160 + 40 * t)
                for t in _steps(8)
            ],
            on_arm=True,
        )
    )
    out.append(
        _curve(
            "wrist_crease",
            [m.on_slice("arm", side, c.wrist_crease_y - 0.01, -55 + 110 * t) for t in _steps(8)],
            on_arm=True,
        )
    )
    for (ua, va), (ub, vb) in zip(c.fingers, c.fingers[1:], strict=False):
        u = (ua + ub) / 2
        end = min(va, vb) - 0.025
        for back in (False, True):
            pts = []
            for t in _steps(8):
                y = m.hand_y(c.metacarpophalangeal_v + (end - c.metacarpophalangeal_v) * t)
                x = m.hand_x(y, u) - m.parts["hand"].section(y).cx
                pts.append(m.on_slice("hand", side, y, m.angle_for_x("hand", y, x, back)))
            out.append(_curve("finger", pts, on_arm=True))
    # head
    for upper in (True, False):
        lid = []
        for t in _steps(12):
            x = c.inner_canthus_x + (c.outer_canthus_x - c.inner_canthus_x) * t
            bulge = (0.024 if upper else -0.013) * math.sin(math.pi * t) ** 0.8
            lid.append(_face(m, side * x, c.pupil_y - bulge))
        out.append(_curve("eyelid", lid))
    out.append(_dot("iris", _face(m, side * c.pupil_x, c.pupil_y - 0.002), 2.4))
    brow = [
        _face(m, side * (0.055 + 0.185 * t), c.glabella_y - 0.02 * math.sin(math.pi * (0.2 + 0.8 * t)) - 0.005 * t)
        for t in _steps(12)
    ]
    out.append(_curve("eyebrow", brow))
    ala = [
        _face(m, side * x, y)
        for x, y in ((0.035, 0.605), (0.068, 0.618), (c.ala_x, 0.64), (0.062, 0.66), (0.03, 0.663))
    ]
    out.append(_curve("nose_ala", ala))
    out.append(_curve("hairline", _hairline(m, side)))
    out.append(
        _curve(
            "nape_hairline",
            [m.on_slice("head", side, c.posterior_hairline_y - 0.06 * t * t, 180 - 68 * t) for t in _steps(12)],
        )
    )
    jaw = [(c.ear_bottom_y + 0.02, 100), (c.mandible_angle_y, 92), (0.9, 62), (0.96, 35), (0.985, 12)]
    out.append(_curve("jaw", [m.on_slice("head", side, y, t) for y, t in _interp(jaw, 4)]))
    rim = [m.ear_rim(side, a) for a in range(0, 360, 15)]
    out.append(Landmark("ear", tuple(SurfacePoint(p, (float(side), 0.0, 0.0), "ear", side) for p in rim), True))
    concha = [m.ear_rim(side, a) for a in range(20, 200, 15)]
    shrink = [
        (
            (p[0]),
            c.tragus_y + (p[1] - c.tragus_y) * 0.6,
            (c.ear_front_z + c.ear_back_z) / 2 + (p[2] - (c.ear_front_z + c.ear_back_z) / 2) * 0.55,
        )
        for p in concha
    ]
    out.append(Landmark("concha", tuple(SurfacePoint(p, (float(side), 0.0, 0.0), "ear", side) for p in shrink)))
    out.append(
        _curve("sternocleidomastoid", [m.on_slice("neck", side, 0.84 + 0.45 * t, 108 - 92 * t) for t in _steps(12)])
    )
    return out


def _hairline(m: BodyModel, side: int) -> list[SurfacePoint]:
    """Across the forehead, round the temple recess, and down in front of the ear."""
    y0 = m.c.anterior_hairline_y
    path = [
        (y0, 0),
        (y0 + 0.005, 20),
        (y0 + 0.015, 38),
        (y0 + 0.035, 54),
        (y0 + 0.07, 66),
        (y0 + 0.12, 74),
        (m.c.ear_top_y - 0.02, 82),
        (m.c.ear_top_y + 0.06, 86),
    ]
    return [m.on_slice("head", side, y, theta) for y, theta in path]


def _interp(points: Sequence[tuple[float, float]], k: int) -> list[tuple[float, float]]:
    out: list[tuple[float, float]] = []
    for (x0, y0), (x1, y1) in itertools.pairwise(points):
        out += [(x0 + (x1 - x0) * i / k, y0 + (y1 - y0) * i / k) for i in range(k)]
    out.append(points[-1])
    return out


def _central(m: BodyModel) -> list[Landmark]:
    c = m.c
    out: list[Landmark] = []
    out.append(_dot("umbilicus", m.on_slice("trunk", 0, c.umbilicus_y, 0), 3.0))
    notch = [
        _trunk(m, 1, x, c.suprasternal_y + 0.03 - 0.6 * (0.05 - abs(x))) for x in (-0.05, -0.025, 0.0, 0.025, 0.05)
    ]
    out.append(_curve("suprasternal_notch", notch))
    for v in VERTEBRAE[VERTEBRAE.index("C7") : VERTEBRAE.index("S1")]:
        out.append(_dot("spinous_process", m.on_slice("trunk", 0, c.spinous(v), 180), 1.5))
    out.append(
        _curve(
            "natal_cleft",
            [
                m.on_slice("trunk", 0, c.spinous("S4") + (c.perineum_y - 0.05 - c.spinous("S4")) * t, 180)
                for t in _steps(6)
            ],
        )
    )
    mouth = [
        _face(m, c.mouth_corner_x * (2 * t - 1), c.mouth_y + 0.004 * math.cos(math.pi * (2 * t - 1)))
        for t in _steps(16)
    ]
    out.append(_curve("mouth", mouth))
    lip = [
        _face(m, 0.07 * (2 * t - 1), c.mouth_y - 0.02 - 0.006 * math.cos(math.pi * (2 * t - 1) / 1.2))
        for t in _steps(10)
    ]
    out.append(_curve("upper_lip", lip))
    out.append(
        _curve(
            "chin", [_face(m, 0.05 * (2 * t - 1), 0.905 + 0.006 * math.cos(math.pi * (2 * t - 1))) for t in _steps(8)]
        )
    )
    return out


def landmarks(m: BodyModel) -> list[Landmark]:
    return _central(m) + _sided(m, 1) + _sided(m, -1)
