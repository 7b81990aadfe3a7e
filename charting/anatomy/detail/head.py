"""The head: front view, the right side (face to the viewer's right) and its mirror, the left.

Head frame, in units of the forehead's B-cun (glabella to anterior hairline = 3): y up from the
glabella, z forward, x toward the side. Scalp points are sited along the midline arc, where the
anterior to posterior hairline distance is 12 B-cun, and then carried sideways over a round skull,
so the front and side views share one set of heights. Face points carry (x, z, y) so both views
come from the same numbers.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass

from charting.anatomy.detail.geometry import (
    Frame,
    Vec,
    add,
    catmull_rom,
    ellipse_path,
    length,
    lerp,
    polyline_point,
    scale,
    smooth_path,
    sub,
    unit,
)
from charting.anatomy.detail.view import Area, Caption, DetailView, Mark, Site, mirror_view

Vec3 = tuple[float, float, float]  # (x lateral, z forward, y up)
FRONT, SIDE = "front", "side"

# Side silhouette (z, y), from the front of the neck up the face, over the scalp and down the nape.
_PROFILE: tuple[Vec, ...] = (
    (-2.75, -9.4),
    (-3.05, -8.6),
    (-3.05, -7.75),
    (-3.3, -6.95),
    (-2.7, -6.55),
    (-1.5, -6.38),
    (-0.85, -6.15),
    (-0.2, -5.6),
    (-0.15, -5.0),
    (-0.4, -4.55),
    (-0.05, -4.1),
    (-0.2, -3.75),
    (0.12, -3.35),
    (-0.02, -2.95),
    (0.5, -2.58),
    (0.85, -2.3),
    (0.6, -1.6),
    (0.12, -0.75),
    (-0.28, -0.28),
    (0.02, 0.2),
    (0.02, 1.2),
    (-0.32, 2.3),
    (-0.8, 3.0),
    (-1.6, 4.1),
    (-3.0, 5.1),
    (-4.8, 5.55),
    (-6.7, 5.15),
    (-8.5, 3.9),
    (-9.6, 1.8),
    (-9.85, 0.0),
    (-9.65, -1.4),
    (-9.2, -2.6),
    (-8.75, -3.8),
    (-8.55, -5.2),
    (-8.7, -6.6),
    (-9.05, -7.6),
    (-9.7, -9.4),
)
_AH, _PH = 22, 32  # indices of the anterior and posterior hairline in _PROFILE
_SCALP_END = 35  # the base of the neck (C7), end of the midline arc used for the GV points
_CORNERS = (0, len(_PROFILE) - 1)

# The right ear seen from the side (z, y): helix from its root above the tragus, round the top and
# back, down to the lobe and up past the tragus.
_EAR: tuple[Vec, ...] = (
    (-4.75, -0.95),
    (-4.8, -0.3),
    (-5.05, 0.05),
    (-5.45, 0.12),
    (-6.0, -0.1),
    (-6.3, -0.7),
    (-6.4, -1.5),
    (-6.2, -2.3),
    (-5.85, -2.75),
    (-5.5, -3.1),
    (-5.1, -3.2),
    (-4.85, -2.95),
    (-4.75, -2.6),
    (-4.55, -2.3),
    (-4.48, -1.95),
    (-4.55, -1.55),
    (-4.7, -1.3),
)

# Front silhouette, the viewer's right half (x >= 0), from the vertex down to the neck cut.
_FRONT_HALF: tuple[Vec, ...] = (
    (0.0, 5.55),
    (1.9, 5.25),
    (3.0, 4.35),
    (3.6, 3.0),
    (3.8, 1.6),
    (3.72, 0.4),
    (3.66, -0.05),
    (4.05, 0.05),
    (4.35, -0.4),
    (4.42, -1.3),
    (4.25, -2.3),
    (3.98, -2.95),
    (3.7, -3.05),
    (3.55, -3.45),
    (3.2, -4.3),
    (2.8, -4.95),
    (2.56, -5.6),
    (2.5, -6.8),
    (2.62, -7.8),
    (2.92, -8.7),
    (3.3, -9.3),
)


@dataclass(frozen=True)
class HeadModel:
    """Landmarks that fix the face; the scalp comes from the profile's midline arc."""

    pupil: Vec3 = (1.6, -0.55, -0.5)
    inner_canthus: Vec3 = (0.8, -0.6, -0.55)
    outer_canthus: Vec3 = (2.35, -1.35, -0.5)
    brow_medial: Vec3 = (0.75, -0.05, 0.15)
    brow_lateral: Vec3 = (2.65, -1.3, 0.25)
    head_half_width: float = 3.75
    skull_centre: Vec = (-4.9, 2.6)  # (z, y): centre about which the scalp curves sideways
    ear_apex: Vec = (-5.45, 0.1)  # (z, y)
    tragus: Vec = (-4.55, -1.95)
    mastoid_tip: Vec = (-6.2, -3.05)
    gonion: Vec = (-4.15, -4.75)
    laryngeal_prominence_y: float = -7.6

    # ---- midline arc ------------------------------------------------------------------------

    @property
    def _scalp(self) -> list[Vec]:
        return catmull_rom(_PROFILE, closed=False, samples=24)[_AH * 24 : _SCALP_END * 24 + 1]

    def _anchors(self) -> list[tuple[float, float]]:
        """(cun, arc length) pairs the midline is measured between.

        The proportional cun belongs to each pair of landmarks: anterior hairline to GV20 is 5 cun,
        GV20 (on the line joining the ear apices over the vertex) to the posterior hairline 7, and
        the posterior hairline to C7 3. Measuring each stretch on its own keeps GV20 above the
        ears, where a practitioner finds it, whatever the shape of the skull.
        """
        scalp = self._scalp
        arcs = [0.0]
        for a, b in itertools.pairwise(scalp):
            arcs.append(arcs[-1] + length(sub(b, a)))
        top = next(i for i, p in enumerate(scalp) if p[0] <= self.ear_apex[0])
        hairline = (_PH - _AH) * 24
        return [(0.0, 0.0), (5.0, arcs[top]), (12.0, arcs[hairline]), (15.0, arcs[-1])]

    def midline(self, cun_behind_hairline: float) -> Vec:
        """(z, y) of the midline scalp `cun` behind the anterior hairline, just inside the outline."""
        scalp = self._scalp
        anchors = self._anchors()
        total = anchors[-1][1]
        for (c0, a0), (c1, a1) in itertools.pairwise(anchors):
            if cun_behind_hairline <= c1:
                arc = a0 + (a1 - a0) * (cun_behind_hairline - c0) / (c1 - c0)
                break
        else:
            raise ValueError(f"{cun_behind_hairline} cun lies beyond C7")
        t = arc / total
        p = polyline_point(scalp, t)
        step = 0.002 if t < 0.99 else -0.002
        tangent = unit(sub(polyline_point(scalp, t + step), p))
        if step < 0:
            tangent = scale(tangent, -1.0)
        inward = (-tangent[1], tangent[0])  # the profile runs anticlockwise: inside is on the left
        return add(p, scale(inward, 0.12))

    def scalp(self, cun_behind_hairline: float, cun_lateral: float) -> Vec3:
        """A scalp point carried `cun_lateral` B-cun sideways over the skull from the midline.

        The transverse B-cun is tied to the face: the pupil line is 2.25 cun from the midline
        (GB15 lies midway between GV24 and ST8, 4.5 cun out, directly above the pupil).
        """
        z, y = self.midline(cun_behind_hairline)
        cz, cy = self.skull_centre
        alpha = cun_lateral * math.asin(self.pupil[0] / self.head_half_width) / 2.25
        return (
            self.head_half_width * math.sin(alpha),
            cz + (z - cz) * math.cos(alpha),
            cy + (y - cy) * math.cos(alpha),
        )

    def lateral_of(self, x: float, cun_behind_hairline: float) -> Vec3:
        """A scalp point directly above a face landmark at lateral distance `x`."""
        cun = 2.25 * math.asin(x / self.head_half_width) / math.asin(self.pupil[0] / self.head_half_width)
        return self.scalp(cun_behind_hairline, cun)


@dataclass(frozen=True)
class HeadSite:
    code: str
    at: Vec3
    views: tuple[str, ...]
    midline: bool = False


def _midline(m: HeadModel, code: str, cun: float, views: tuple[str, ...]) -> HeadSite:
    z, y = m.midline(cun)
    return HeadSite(code, (0.0, z, y), views, midline=True)


def _on_curve(points: list[Vec], fraction: float) -> Vec:
    return polyline_point(catmull_rom(points, closed=False, samples=16), fraction)


def head_sites(m: HeadModel) -> list[HeadSite]:
    fs, f, s = (FRONT, SIDE), (FRONT,), (SIDE,)
    px, _, py = m.pupil
    sites = [
        _midline(m, "GV24", 0.5, fs),
        _midline(m, "GV23", 1.0, fs),
        _midline(m, "GV22", 2.0, fs),
        _midline(m, "GV21", 3.5, fs),
        _midline(m, "GV20", 5.0, fs),
        _midline(m, "GV19", 6.5, s),
        _midline(m, "GV18", 8.0, s),
        _midline(m, "GV17", 9.5, s),
        _midline(m, "GV16", 11.0, s),
        _midline(m, "GV15", 11.5, s),
        _midline(m, "GV14", 15.0, s),  # C7: posterior hairline to C7 is 3 cun
        _midline(m, "EX-HN1", 4.0, fs),
        _midline(m, "EX-HN1", 6.0, s),
        HeadSite("EX-HN1", m.scalp(5.0, 1.0), fs, midline=True),
        HeadSite("BL3", m.lateral_of(m.brow_medial[0], 0.5), f),
        HeadSite("BL4", m.scalp(0.5, 1.5), f),
        HeadSite("BL5", m.scalp(1.0, 1.5), f),
        HeadSite("BL6", m.scalp(2.5, 1.5), fs),
        HeadSite("BL7", m.scalp(4.0, 1.5), fs),
        HeadSite("BL8", m.scalp(5.5, 1.5), s),
        HeadSite("BL9", m.scalp(9.5, 1.3), s),
        HeadSite("BL10", m.scalp(11.5, 1.3), s),
        HeadSite("GB13", m.scalp(0.5, 3.0), fs),
        HeadSite("GB15", m.scalp(0.5, 2.25), fs),
        HeadSite("EX-HN2", m.scalp(1.0, 2.25), f),
        HeadSite("GB16", m.scalp(1.5, 2.25), fs),
        HeadSite("GB17", m.scalp(2.5, 2.25), fs),
        HeadSite("GB18", m.scalp(4.0, 2.25), fs),
        HeadSite("ST8", m.scalp(0.5, 4.5), fs),
        # Face, from the eyes down.
        HeadSite("EX-HN3", (0.0, 0.02, (m.brow_medial[2] - 0.05)), f, midline=True),
        HeadSite("BL2", (m.brow_medial[0], -0.1, m.brow_medial[2] - 0.03), f),
        HeadSite("BL1", (m.inner_canthus[0] - 0.12, -0.45, m.inner_canthus[2] + 0.1), f),
        HeadSite("EX-HN4", (px, -0.35, 0.4), f),
        HeadSite("GB14", (px, -0.45, 0.4 + 1.0), fs),
        HeadSite("TE23", (m.brow_lateral[0], m.brow_lateral[1] - 0.05, m.brow_lateral[2] - 0.05), fs),
        HeadSite("GB1", (m.outer_canthus[0] + 0.5, m.outer_canthus[1] - 0.45, m.outer_canthus[2]), fs),
        HeadSite("EX-HN5", _taiyang(m), fs),
        HeadSite("ST1", (px, -0.6, py - 0.45), f),
        # Lateral quarter of the infraorbital margin, which runs a little beyond both canthi.
        HeadSite(
            "EX-HN7",
            (lerp((m.inner_canthus[0] - 0.1, 0.0), (m.outer_canthus[0] + 0.2, 0.0), 0.75)[0], -0.75, py - 0.48),
            f,
        ),
        HeadSite("ST2", (px, -0.65, py - 1.0), f),
        HeadSite("EX-HN8", (0.55, 0.25, -1.85), f),
        HeadSite("LI20", (1.02, -0.05, -2.45), f),
        HeadSite("ST3", (px, -0.75, -2.6), f),
        HeadSite("EX-HN9", (0.33, 0.3, -2.76), f),
        HeadSite("SI18", (m.outer_canthus[0] + 0.05, -1.55, -2.05), fs),
        HeadSite("LI19", (0.5, -0.05, -3.0), f),
        _face_midline("GV25", -2.3),
        _face_midline("GV26", -3.02),
        _face_midline("GV27", -3.38),
        HeadSite("ST4", (1.65, -0.75, -3.75), f),
        _face_midline("CV24", -4.55),
        _face_midline("CV23", -6.85),
        HeadSite("ST5", (2.2, -2.6, -5.15), fs),
        HeadSite("ST6", (2.62, -3.55, -4.15), fs),
        HeadSite("ST7", (3.35, -3.65, -2.25), fs),
        HeadSite("ST9", (1.5, -4.0, m.laryngeal_prominence_y), fs),
        # Around the ear, seen from the side only.
        HeadSite("GB3", (3.5, -3.65, -1.3), s),
        HeadSite("TE22", (3.6, -4.15, -0.5), s),
        HeadSite("TE21", (3.7, m.tragus[0] + 0.25, m.tragus[1] + 0.55), s),
        HeadSite("SI19", (3.7, m.tragus[0] + 0.27, m.tragus[1]), s),
        HeadSite("GB2", (3.7, m.tragus[0] + 0.25, m.tragus[1] - 0.6), s),
        HeadSite("EX-HN6", (4.2, m.ear_apex[0], m.ear_apex[1] - 0.15), s),
        HeadSite("TE17", (3.6, -5.45, -2.95), s),
        HeadSite("EX-HN14", (3.7, -5.45 - 0.95, -2.9), s),
        HeadSite("GB12", (3.5, m.mastoid_tip[0] - 0.65, m.mastoid_tip[1] - 0.05), s),
        HeadSite("SI17", (3.0, m.gonion[0] - 0.6, m.gonion[1] - 0.1), s),
        HeadSite("TE16", (3.0, -6.45, m.gonion[1] - 0.05), s),
        HeadSite("LI18", (2.4, -4.65, m.laryngeal_prominence_y), s),
        HeadSite("SI16", (2.6, -5.35, m.laryngeal_prominence_y), s),
        HeadSite("LI17", (2.4, -5.0, m.laryngeal_prominence_y - 0.85), s),
    ]
    sites += _temple_and_ear_curves(m)
    gv16 = m.midline(11.0)
    gv17 = m.midline(9.5)
    gb20 = (-8.0, gv16[1])
    sites += [
        HeadSite("GB20", (2.0, *gb20), s),
        HeadSite("GB19", (2.0, gb20[0], gv17[1]), s),
        HeadSite("M-HN-54", (3.0, *lerp((-5.45, -2.95), gb20, 0.5)), s),
        HeadSite("EX-HN15", m.scalp(13.0, 1.0), s),
    ]
    return sites


def _face_midline(code: str, y: float) -> HeadSite:
    return HeadSite(code, (0.0, 0.0, y), (FRONT,), midline=True)


def _taiyang(m: HeadModel) -> Vec3:
    """1 cun behind the midpoint between the end of the eyebrow and the outer canthus."""
    mid = [(a + b) / 2 for a, b in zip(m.brow_lateral, m.outer_canthus, strict=True)]
    return (mid[0] + 0.8, mid[1] - 1.0, mid[2])


def _temple_and_ear_curves(m: HeadModel) -> list[HeadSite]:
    """Points defined as fractions of curved lines on the temple and around the ear."""
    st8 = m.scalp(0.5, 4.5)
    gb7 = (-4.1, m.ear_apex[1])
    st8_side = (st8[1], st8[2])
    bulge = add(lerp(st8_side, gb7, 0.5), (0.35, 0.1))
    temple = [st8_side, bulge, gb7]
    gb8 = (m.ear_apex[0], m.ear_apex[1] + 0.25 + 1.5)
    gb9 = (m.ear_apex[0] - 0.6, m.ear_apex[1] + 0.25 + 2.0)
    gb12 = (m.mastoid_tip[0] - 0.65, m.mastoid_tip[1] - 0.05)
    behind_ear = [gb9, (-6.95, 1.0), (-7.2, -1.0), gb12]
    te17 = (-5.45, -2.95)
    te20 = (m.ear_apex[0], m.ear_apex[1] + 0.25)
    ear_back = [te17, (-6.5, -2.2), (-6.75, -1.0), (-6.3, 0.15), te20]
    s = (SIDE,)
    out = [HeadSite(code, (3.4, *_on_curve(temple, t)), s) for code, t in (("GB4", 0.25), ("GB5", 0.5), ("GB6", 0.75))]
    out += [
        HeadSite("GB7", (3.6, *gb7), s),
        HeadSite("GB8", (3.3, *gb8), s),
        HeadSite("GB9", (3.2, *gb9), s),
        HeadSite("GB10", (3.3, *_on_curve(behind_ear, 1 / 3)), s),
        HeadSite("GB11", (3.3, *_on_curve(behind_ear, 2 / 3)), s),
        HeadSite("TE18", (3.6, *_on_curve(ear_back, 1 / 3)), s),
        HeadSite("TE19", (3.6, *_on_curve(ear_back, 2 / 3)), s),
        HeadSite("TE20", (3.6, *te20), s),
    ]
    return out


# ---- drawing ---------------------------------------------------------------------------------

SIZE = (600, 780)
CUN_PX = 48.0
_TOP = 45.0


def _front_frame() -> Frame:
    return Frame((SIZE[0] / 2, _TOP + 5.55 * CUN_PX), CUN_PX)


def _side_frame() -> Frame:
    # Centre the head between the back of the skull and the tip of the nose.
    return Frame((SIZE[0] / 2 + (9.85 - 0.85) / 2 * CUN_PX, _TOP + 5.55 * CUN_PX), CUN_PX)


def _mirror_x(points: list[Vec]) -> list[Vec]:
    return [(-x, y) for x, y in points]


def _front_outline() -> list[Vec]:
    right = list(_FRONT_HALF)
    left = _mirror_x(list(reversed(right[1:])))
    return left + right


def _front_corners() -> list[int]:
    """The neck cut and where each ear leaves the side of the head turn sharply."""
    last = len(_FRONT_HALF) - 1
    ears = (6, 12)  # indices in _FRONT_HALF of the top and bottom of the ear's attachment
    return [0, 2 * last, *(last - k for k in ears), *(last + k for k in ears)]


def _sym(points: list[Vec]) -> list[list[Vec]]:
    return [points, _mirror_x(points)]


def _front_marks(m: HeadModel, frame: Frame) -> list[Mark]:
    px, _, py = m.pupil
    ic, oc = m.inner_canthus, m.outer_canthus
    lines: list[tuple[list[Vec], str]] = []
    for pts in _sym([(ic[0], ic[2]), (1.5, py + 0.24), (oc[0], oc[2] + 0.02)]):
        lines.append((pts, "line"))  # upper eyelid
    for pts in _sym([(ic[0], ic[2]), (1.55, py - 0.2), (oc[0], oc[2] + 0.02)]):
        lines.append((pts, "faint"))  # lower eyelid
    for pts in _sym([(m.brow_medial[0], m.brow_medial[2]), (px, 0.45), (m.brow_lateral[0], m.brow_lateral[2])]):
        lines.append((pts, "line"))
    lines += [(p, "faint") for p in _sym([(0.32, -0.35), (0.38, -1.2), (0.5, -1.95)])]
    lines += [(p, "line") for p in _sym([(0.55, -2.05), (0.95, -2.42), (0.85, -2.72), (0.42, -2.8), (0.15, -2.72)])]
    lines += [(p, "faint") for p in _sym([(1.02, -2.48), (1.35, -3.1), (1.62, -3.85)])]
    lines += [
        ([(-1.25, -3.75), (-0.5, -3.62), (0.0, -3.68), (0.5, -3.62), (1.25, -3.75)], "line"),
        ([(-1.2, -3.72), (-0.45, -3.4), (0.0, -3.46), (0.45, -3.4), (1.2, -3.72)], "faint"),
        ([(-1.1, -3.82), (-0.5, -4.08), (0.5, -4.08), (1.1, -3.82)], "faint"),
        ([(-0.6, -4.55), (0.0, -4.62), (0.6, -4.55)], "faint"),
        ([(-0.12, -2.88), (-0.14, -3.36)], "faint"),
        ([(0.12, -2.88), (0.14, -3.36)], "faint"),
        ([(-0.35, -7.45), (0.0, -7.3), (0.35, -7.45)], "faint"),
        # Hairline, across the forehead and down the temples.
        (
            [
                (-3.55, 0.6),
                (-3.3, 1.8),
                (-3.1, 2.75),
                (-1.6, 2.92),
                (0.0, 3.0),
                (1.6, 2.92),
                (3.1, 2.75),
                (3.3, 1.8),
                (3.55, 0.6),
            ],
            "faint",
        ),
    ]
    for side in _sym([(2.78, -4.95), (2.2, -5.75), (1.2, -6.22), (0.0, -6.35)]):
        lines.append((side, "line"))  # jaw over the neck
    for pts in _sym([(3.66, -0.05), (3.5, -1.5), (3.7, -3.05)]):
        lines.append((pts, "line"))  # where the ear meets the head
    for pts in _sym([(3.95, -0.3), (4.15, -1.2), (3.95, -2.4)]):
        lines.append((pts, "faint"))  # helix rim
    for pts in _sym([(3.0, -5.3), (1.8, -7.4), (0.7, -9.2)]):
        lines.append((pts, "faint"))  # sternocleidomastoid
    marks = [Mark(smooth_path(frame.all(p)), k) for p, k in lines]
    for x in (-px, px):
        c = frame((x, py))
        marks.append(Mark(ellipse_path(c, 0.27 * frame.cun_px, 0.27 * frame.cun_px), "faint"))
        marks.append(Mark(ellipse_path(c, 0.09 * frame.cun_px, 0.09 * frame.cun_px), "dark"))
    for x in (-0.33, 0.33):
        marks.append(Mark(ellipse_path(frame((x, -2.73)), 0.14 * frame.cun_px, 0.06 * frame.cun_px), "dark"))
    return marks


def _side_marks(m: HeadModel, frame: Frame) -> list[Mark]:
    helix = list(_EAR)
    lines: list[tuple[list[Vec], str]] = [
        ([(-5.3, -0.25), (-5.85, -0.7), (-5.95, -1.6), (-5.6, -2.4), (-5.3, -2.72)], "faint"),
        ([(-4.85, -1.3), (-5.3, -1.6), (-5.2, -2.2), (-4.85, -2.3)], "faint"),  # concha
        ([(-0.6, -0.42), (-0.85, -0.3), (-1.3, -0.48)], "line"),  # upper eyelid
        ([(-0.6, -0.48), (-0.95, -0.7), (-1.3, -0.5)], "faint"),
        ([(0.0, 0.35), (-0.6, 0.42), (-1.3, 0.3)], "line"),  # eyebrow
        ([(0.45, -2.25), (0.05, -2.2), (-0.2, -2.45), (-0.05, -2.75), (0.35, -2.72)], "line"),
        ([(-0.15, -3.72), (-0.6, -3.76), (-0.95, -3.72)], "line"),  # mouth
        ([(-0.85, -6.15), (-2.4, -5.75), (m.gonion[0], m.gonion[1])], "line"),  # mandible
        ([m.gonion, (-4.3, -3.6), (-4.2, -2.35)], "faint"),  # ramus
        ([(-1.9, -1.5), (-3.0, -1.55), (-4.1, -1.7)], "faint"),  # zygomatic arch
        ([(-0.9, -2.3), (-1.55, -3.05), (-1.7, -3.85)], "faint"),  # nasolabial fold
        ([(-5.85, -3.35), (-4.6, -6.2), (-3.5, -9.3)], "faint"),  # sternocleidomastoid front
        ([(-6.85, -3.55), (-5.9, -6.4), (-4.7, -9.35)], "faint"),  # and back
        ([(-8.2, -4.0), (-7.9, -6.4), (-7.3, -9.35)], "faint"),  # trapezius
        ([(-3.22, -7.45), (-3.35, -7.75)], "faint"),
        # Hairline: forehead corner, temple, sideburn, round the ear to the nape.
        (
            [(-0.8, 3.0), (-1.9, 2.75), (-2.55, 1.6), (-3.25, 0.4), (-3.45, -1.05), (-3.85, -1.1), (-4.05, -0.1)],
            "faint",
        ),
        ([(-6.75, -2.0), (-7.1, -3.1), (-8.1, -3.75), (-8.8, -3.6)], "faint"),
    ]
    marks = [Mark(smooth_path(frame.all(helix), closed=True), "skin")]
    marks += [Mark(smooth_path(frame.all(p)), k) for p, k in lines]
    marks.append(Mark(ellipse_path(frame((-0.72, -0.5)), 0.07 * frame.cun_px, 0.13 * frame.cun_px), "dark"))
    return marks


def _mouth_insets() -> tuple[list[Vec], list[Vec], list[Mark], list[Caption], list[Site]]:
    """Two small schematic insets for the points inside the mouth (not on the skin).

    Left: the tongue put out, for Juquan on its upper surface. Right: the mouth open with the tongue
    raised, for the frenulum (Haiquan), the veins beside it (Jinjin on the patient's left, the
    viewer's right; Yuye on the right) and the upper-lip frenulum (GV28).
    """
    y0 = SIZE[1] - 105
    left_c, right_c = (72.0, y0), (SIZE[0] - 72.0, y0)

    def lips(c: Vec) -> list[Vec]:
        return [(c[0] + 58 * math.cos(a), c[1] + 40 * math.sin(a)) for a in (i * math.pi / 8 for i in range(16))]

    marks = [
        Mark(ellipse_path(left_c, 42, 24), "dark"),
        Mark(
            smooth_path(
                [
                    (left_c[0] - 26, left_c[1] - 6),
                    (left_c[0] - 24, left_c[1] + 40),
                    (left_c[0], left_c[1] + 62),
                    (left_c[0] + 24, left_c[1] + 40),
                    (left_c[0] + 26, left_c[1] - 6),
                ]
            ),
            "skin",
        ),
        Mark(smooth_path([(left_c[0], left_c[1] - 2), (left_c[0], left_c[1] + 46)]), "faint"),
        Mark(ellipse_path(right_c, 44, 27), "dark"),
        Mark(
            smooth_path(
                [
                    (right_c[0] - 32, right_c[1] + 8),
                    (right_c[0] - 22, right_c[1] - 16),
                    (right_c[0], right_c[1] - 22),
                    (right_c[0] + 22, right_c[1] - 16),
                    (right_c[0] + 32, right_c[1] + 8),
                    (right_c[0], right_c[1] + 14),
                ],
                closed=True,
            ),
            "skin",
        ),
        Mark(smooth_path([(right_c[0], right_c[1] - 20), (right_c[0], right_c[1] + 12)]), "line"),
        Mark(
            smooth_path(
                [(right_c[0] - 10, right_c[1] - 16), (right_c[0] - 14, right_c[1]), (right_c[0] - 12, right_c[1] + 10)]
            ),
            "line",
        ),
        Mark(
            smooth_path(
                [(right_c[0] + 10, right_c[1] - 16), (right_c[0] + 14, right_c[1]), (right_c[0] + 12, right_c[1] + 10)]
            ),
            "line",
        ),
        Mark(smooth_path([(right_c[0], right_c[1] - 40), (right_c[0], right_c[1] - 29)]), "line"),
    ]
    captions = [Caption((left_c[0], y0 + 78), "Tongue out"), Caption((right_c[0], y0 + 78), "Tongue raised")]
    sites = [
        Site("EX-HN10", "midline", (left_c[0], left_c[1] + 26), inset=True),
        Site("EX-HN11", "midline", (right_c[0], right_c[1] - 4), inset=True),
        Site("EX-HN12", "midline", (right_c[0] + 14, right_c[1] + 2), inset=True),
        Site("EX-HN13", "midline", (right_c[0] - 14, right_c[1] + 2), inset=True),
        Site("GV28", "midline", (right_c[0], right_c[1] - 31), inset=True),
    ]
    return lips(left_c), lips(right_c), marks, captions, sites


def _place(sites: list[HeadSite], frame: Frame, view: str) -> list[Site]:
    """View positions; a site off the midline shows on both sides of the face in the front view.

    Unpaired points (`midline`) keep the side "midline" even where one of their sites lies to
    the side, as Sishencong's do: the catalog lists them as single, not bilateral, points.
    """
    out = []
    for s in sites:
        if view not in s.views:
            continue
        x, z, y = s.at
        if view == SIDE:
            out.append(Site(s.code, "midline" if s.midline else "right", frame((z, y))))
        elif x == 0:
            out.append(Site(s.code, "midline", frame((x, y))))
        else:
            # The patient's right is on the viewer's left.
            out.append(Site(s.code, "midline" if s.midline else "right", frame((-x, y))))
            out.append(Site(s.code, "midline" if s.midline else "left", frame((x, y))))
    return out


RawArea = tuple[str, str, str, list[Vec]] | tuple[str, str, str, list[Vec], tuple[str, str]]


def _front_areas() -> list[RawArea]:
    def both(id_: str, name: str, pts: list[Vec]) -> list[RawArea]:
        return [(id_, name, "right", _mirror_x(pts)), (id_, name, "left", pts)]

    return [
        (
            "vertex",
            "Top of the head",
            "midline",
            [(-2.6, 4.8), (0.0, 5.45), (2.6, 4.8), (2.9, 3.6), (0.0, 3.3), (-2.9, 3.6)],
        ),
        (
            "forehead",
            "Forehead",
            "midline",
            [(-2.9, 0.55), (0.0, 0.5), (2.9, 0.55), (3.1, 2.7), (0.0, 3.25), (-3.1, 2.7)],
        ),
        (
            "nose",
            "Nose",
            "midline",
            [(-0.45, 0.0), (0.45, 0.0), (1.05, -2.5), (0.6, -2.95), (-0.6, -2.95), (-1.05, -2.5)],
        ),
        (
            "chin",
            "Mouth and chin",
            "midline",
            [(-1.5, -3.2), (1.5, -3.2), (1.8, -4.6), (1.2, -6.1), (0.0, -6.35), (-1.2, -6.1), (-1.8, -4.6)],
        ),
        (
            "anterior_neck",
            "Neck, front",
            "midline",
            [(-2.2, -6.55), (2.2, -6.55), (2.45, -9.1), (-2.45, -9.1)],
        ),
        *both("eye", "Eye and orbit", [(0.55, -0.05), (2.6, 0.05), (2.75, -0.75), (1.6, -1.15), (0.6, -0.85)]),
        *both("temple", "Temple", [(2.85, 0.6), (3.6, 1.4), (3.72, -0.2), (3.6, -1.2), (2.85, -0.9)]),
        *both("cheek", "Cheek", [(0.9, -1.2), (2.7, -1.05), (3.0, -2.0), (2.8, -3.3), (1.9, -4.0), (1.3, -3.1)]),
        *both("tmj", "Jaw joint (TMJ)", [(3.15, -1.45), (3.62, -1.6), (3.58, -2.75), (3.1, -2.7)]),
        *both(
            "jaw",
            "Jaw (masseter)",
            [(3.05, -2.8), (3.55, -2.95), (3.3, -4.2), (2.8, -5.0), (2.1, -5.5), (1.95, -4.4), (2.75, -3.6)],
        ),
    ]


def _side_areas(m: HeadModel) -> list[RawArea]:
    tz, ty = m.tragus
    return [
        ("vertex", "Top of the head", "midline", [(-2.2, 4.7), (-4.8, 5.4), (-7.2, 4.8), (-6.4, 3.6), (-3.0, 3.6)]),
        ("forehead", "Forehead", "midline", [(-0.1, 0.5), (-0.05, 1.5), (-0.5, 2.9), (-1.5, 2.7), (-1.4, 0.5)]),
        (
            "occiput",
            "Back of the head",
            "midline",
            [(-7.6, 2.2), (-9.3, 1.6), (-9.6, -0.5), (-9.1, -3.0), (-7.6, -2.7), (-7.3, -0.5)],
        ),
        (
            "cervical",
            "Neck, back (cervical spine)",
            "midline",
            [
                (-7.7, -3.2),
                (-8.75, -3.6),
                (-8.45, -5.2),
                (-8.6, -6.6),
                (-8.95, -7.7),
                (-9.45, -9.25),
                (-7.6, -9.25),
                (-7.6, -5.0),
            ],
            ("C1", "C7"),
        ),
        ("temple", "Temple", "right", [(-1.6, 1.5), (-2.9, 2.0), (-3.9, 0.9), (-3.8, -0.9), (-2.0, -0.9), (-1.5, 0.3)]),
        (
            "ear",
            "Ear",
            "right",
            [(tz + 0.05, ty + 1.6), (-5.3, 0.25), (-6.4, -0.8), (-6.2, -2.6), (-5.05, -3.25), (tz + 0.1, ty - 0.6)],
        ),
        (
            "tmj",
            "Jaw joint (TMJ)",
            "right",
            [(tz + 0.2, ty + 0.6), (-3.3, -1.55), (-3.35, -2.7), (tz + 0.2, ty - 0.75)],
        ),
        (
            "jaw",
            "Jaw (masseter)",
            "right",
            [
                (-3.3, -2.75),
                (-2.4, -2.5),
                (-2.2, -4.4),
                (-2.5, -5.6),
                (m.gonion[0] - 0.2, m.gonion[1] - 0.3),
                (tz + 0.2, ty - 0.85),
            ],
        ),
        ("cheek", "Cheek", "right", [(-0.6, -1.0), (-2.6, -1.7), (-2.3, -4.3), (-1.0, -4.2), (-0.3, -2.9)]),
        ("eye", "Eye and orbit", "right", [(-0.3, 0.1), (-1.6, 0.05), (-1.7, -0.95), (-0.5, -1.0)]),
        (
            "lateral_neck",
            "Neck, side",
            "right",
            [(-4.5, -5.3), (-7.3, -3.6), (-7.5, -8.8), (-3.4, -9.2), (-3.4, -7.0)],
        ),
    ]


def _areas(raw: list[RawArea], frame: Frame) -> list[Area]:
    """Region polygons, smoothed; the back of the neck also carries the vertebrae it covers."""
    return [
        Area(
            r[0], r[1], r[2], tuple(frame.all(catmull_rom(r[3], closed=True, samples=3))), r[4] if len(r) > 4 else None
        )
        for r in raw
    ]


def views(model: HeadModel | None = None) -> list[DetailView]:
    m = model or HeadModel()
    sites = head_sites(m)
    ff, sf = _front_frame(), _side_frame()
    left_lips, right_lips, inset_marks, captions, inset_sites = _mouth_insets()
    front_outline = smooth_path(ff.all(_front_outline()), closed=True, corners=_front_corners())
    front = DetailView(
        name="head_front",
        title="Head — front",
        width=SIZE[0],
        height=SIZE[1],
        cun_px=CUN_PX,
        silhouette=" ".join([front_outline, smooth_path(left_lips, closed=True), smooth_path(right_lips, closed=True)]),
        outline=tuple(catmull_rom(ff.all(_front_outline()), closed=True, samples=8, corners=_front_corners())),
        marks=_front_marks(m, ff) + inset_marks,
        captions=captions,
        sites=_place(sites, ff, FRONT) + inset_sites,
        areas=_areas(_front_areas(), ff),
    )
    side = DetailView(
        name="head_side",
        title="Head — right side",
        width=SIZE[0],
        height=SIZE[1],
        cun_px=CUN_PX,
        silhouette=smooth_path(sf.all(list(_PROFILE)), closed=True, corners=_CORNERS),
        outline=tuple(catmull_rom(sf.all(list(_PROFILE)), closed=True, samples=8, corners=_CORNERS)),
        marks=_side_marks(m, sf),
        sites=_place(sites, sf, SIDE),
        areas=_areas(_side_areas(m), sf),
    )
    left = mirror_view(side, name="head_side_left", title="Head — left side", side="left")
    return [front, side, left]
