"""The patient's feet: top, inner and outer sides, and sole, from one model of the right foot.

Foot frame, in B-cun: y forward along the foot from the prominence of the medial malleolus, x
toward the medial border (plan views) and, for the side views, height above the sole. The
malleolus-to-sole distance is 3 cun (the standard B-cun measure); heel to big-toe tip is about
10 cun.

Each view is what the practitioner sees facing that surface of the patient's right foot:
- top: facing the standing patient, as in the anterior body view: leg at the top, toes pointing
  down toward the viewer, big toe (medial) on the viewer's right;
- inner side: from between the feet, toes to the viewer's left;
- outer side: from the patient's right, toes to the viewer's right, as in the right lateral view;
- sole: from the foot of the couch with the patient supine, toes up, big toe on the viewer's right.
The left foot's views are the mirror images.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from charting.anatomy.detail.digits import Digit
from charting.anatomy.detail.geometry import (
    Frame,
    Vec,
    add,
    catmull_rom,
    ellipse_path,
    lerp,
    smooth_path,
)
from charting.anatomy.detail.view import Area, DetailView, Mark, Site, smooth_outline, with_left

RIGHT = "right"
TOES = ("hallux", "second", "third", "fourth", "fifth")


def height_on(line: list[Vec], v: float) -> float:
    """Height of a (v, h) polyline at `v`: where a red-and-white-skin border runs."""
    for (v0, h0), (v1, h1) in itertools.pairwise(line):
        if v0 <= v <= v1:
            return h0 + (h1 - h0) * (v - v0) / (v1 - v0)
    raise ValueError(f"{v} lies outside the line")


@dataclass(frozen=True)
class FootModel:
    """Bones and landmarks of the foot; outlines and points are derived from these."""

    heel_back: float = -2.6
    ankle_front: float = 1.0
    medial_malleolus: Vec = (0.0, 3.0)  # (y forward, height); 3 cun above the sole by definition
    lateral_malleolus: Vec = (-0.45, 2.5)  # lower and further back than the medial one
    navicular_tuberosity: Vec = (1.25, 1.45)
    first_metatarsal_base: float = 2.4
    fifth_metatarsal_tuberosity: float = 1.9
    # Plan (x medial, y forward) positions of the metatarsal bases and heads, 1st to 5th.
    metatarsal_bases: tuple[Vec, ...] = ((0.95, 2.4), (0.38, 2.55), (-0.2, 2.45), (-0.75, 2.3), (-1.3, 1.95))
    metatarsal_heads: tuple[Vec, ...] = ((1.45, 4.8), (0.5, 5.0), (-0.25, 4.8), (-0.92, 4.45), (-1.52, 3.92))
    toe_angles: tuple[float, ...] = (-4.0, -4.0, -8.0, -12.0, -18.0)
    toe_phalanges: tuple[tuple[float, ...], ...] = (
        (1.35, 1.1),
        (1.0, 0.55, 0.6),
        (0.9, 0.5, 0.55),
        (0.8, 0.45, 0.5),
        (0.62, 0.38, 0.45),
    )
    toe_widths: tuple[float, ...] = (1.0, 0.62, 0.6, 0.58, 0.56)
    toe_web: float = 0.8
    leg_half_width: float = 1.3
    leg_top: float = 9.0  # side views: height of the cut through the leg

    @property
    def toes(self) -> dict[str, Digit]:
        return {
            name: Digit(head, angle, phalanges, width, nail_fraction=0.55)
            for name, head, angle, phalanges, width in zip(
                TOES,
                self.metatarsal_heads,
                self.toe_angles,
                self.toe_phalanges,
                self.toe_widths,
                strict=True,
            )
        }

    def web(self, medial: str, lateral: str) -> Vec:
        t = self.toes
        return lerp(t[medial].edge(-1, self.toe_web), t[lateral].edge(1, self.toe_web), 0.5)

    def bases_junction(self, a: int, b: int) -> Vec:
        return lerp(self.metatarsal_bases[a - 1], self.metatarsal_bases[b - 1], 0.5)

    def between_metatarsals(self, a: int, b: int, y: float) -> Vec:
        def at(i: int) -> Vec:
            base, head = self.metatarsal_bases[i - 1], self.metatarsal_heads[i - 1]
            return lerp(base, head, (y - base[1]) / (head[1] - base[1]))

        return lerp(at(a), at(b), 0.5)

    # ---- plan (dorsum and sole) -------------------------------------------------------------

    def plan_outline(self, *, with_leg: bool) -> tuple[list[Vec], list[int]]:
        t, w = self.toes, self.toe_web
        lat_mall, med_mall = self.lateral_malleolus[0], self.medial_malleolus[0]
        if with_leg:
            lateral_back = [
                (-self.leg_half_width, -3.3),
                (-self.leg_half_width + 0.02, -2.0),
                (-1.62, lat_mall - 0.1),
                (-1.48, 0.45),
            ]
        else:
            lateral_back = [(-0.15, self.heel_back), (-1.05, -2.3), (-1.38, -1.3), (-1.45, 0.2)]
        pts: list[Vec] = [
            *lateral_back,
            (-1.58, 1.3),
            (-1.8, self.fifth_metatarsal_tuberosity),
            (-1.88, 3.0),
            (-1.92, 3.95),
        ]
        pts += t["fifth"].outline({-1: 0.45, 1: w + 0.2}, stations=3)
        for medial, lateral in (("fourth", "fifth"), ("third", "fourth"), ("second", "third")):
            pts.append(self.web(medial, lateral))
            pts += t[medial].outline({-1: w + 0.2, 1: w + 0.2}, stations=3)
        pts.append(self.web("hallux", "second"))
        pts += t["hallux"].outline({-1: w + 0.15, 1: 0.2}, stations=3)
        pts += [(1.98, 4.6), (1.82, 3.4), (1.68, self.navicular_tuberosity[0])]
        if with_leg:
            pts += [(1.6, med_mall), (1.3, -1.2), (self.leg_half_width - 0.02, -2.0), (self.leg_half_width, -3.3)]
            return pts, [0, len(pts) - 1]
        pts += [(1.55, 0.2), (1.35, -1.3), (1.0, -2.3)]
        return pts, []

    # ---- profile (medial and lateral sides) -------------------------------------------------

    @property
    def hallux_tip(self) -> float:
        return self.metatarsal_heads[0][1] + self.toes["hallux"].length

    def profile_outline(self) -> tuple[list[Vec], list[int]]:
        top, tip, mtp = self.leg_top, self.hallux_tip, self.metatarsal_heads[0][1]
        pts: list[Vec] = [
            (-2.3, top),
            (-2.05, 7.5),
            (-1.75, 5.8),
            (-1.68, 4.4),
            (-1.95, 3.0),
            (-2.45, 2.0),
            (-2.62, 1.1),
            (-2.4, 0.3),
            (-1.9, 0.0),
            (0.5, 0.0),
            (3.0, 0.0),
            (mtp, 0.0),
            (tip - 1.2, 0.05),
            (tip - 0.3, 0.16),
            (tip, 0.5),
            (tip - 0.25, 0.92),
            (tip - 1.1, 1.12),
            (mtp + 0.2, 1.4),
            (3.6, 2.05),
            (2.4, 2.6),
            (1.5, 3.1),
            (1.12, 3.8),
            (1.0, 5.0),
            (0.95, 7.0),
            (1.0, top),
        ]
        return pts, [0, len(pts) - 1]

    def achilles_front(self, h: float) -> float:
        """Anterior border of the Achilles tendon at height `h` (side views)."""
        return -1.5 + 0.12 * (h - 3.0)

    medial_border: tuple[Vec, ...] = (
        (-2.2, 0.4),
        (-0.5, 0.62),
        (1.3, 0.85),
        (2.75, 0.85),
        (4.35, 0.55),
        (5.3, 0.45),
        (6.6, 0.32),
    )
    lateral_border: tuple[Vec, ...] = (
        (-2.2, 0.4),
        (-1.2, 0.62),
        (0.8, 0.7),
        (2.15, 0.65),
        (3.6, 0.55),
        (4.35, 0.5),
        (5.0, 0.45),
    )


def _plan_marks(m: FootModel, frame: Frame, *, dorsum: bool) -> list[Mark]:
    toes = m.toes
    marks: list[Mark] = []
    if dorsum:
        lines: list[tuple[list[Vec], str]] = [
            ([(-0.9, 0.85), (0.0, 1.0), (0.95, 0.9)], "faint"),  # front of the ankle joint
            (
                [(0.55, -1.5), (0.6, 0.9), (m.metatarsal_bases[0][0], m.first_metatarsal_base)],
                "faint",
            ),  # tibialis anterior tendon
            ([(-1.45, -0.95), (-1.2, -0.45), (-1.45, 0.05)], "line"),  # lateral malleolus
            ([(1.4, -0.45), (1.18, 0.0), (1.4, 0.45)], "line"),  # medial malleolus
        ]
        for name, toe in toes.items():
            start = (0.3 if name == "hallux" else -0.1 + 0.05 * TOES.index(name), 0.7)
            lines.append(([start, lerp(start, toe.base, 0.6), toe.at(0.3)], "faint"))
            marks.append(Mark(smooth_path(frame.all(toe.nail_outline()), closed=True), "nail"))
            a, b = toe.crease(toe.joint(0), 0.55)
            lines.append(([a, lerp(a, b, 0.5), b], "faint"))
    else:
        lines = [
            ([(-1.0, -1.2), (-0.15, -0.95), (0.8, -1.25)], "faint"),  # front of the heel pad
            ([(-1.7, 3.6), (-0.6, 4.25), (0.6, 4.45), (1.65, 4.35)], "faint"),  # back of the ball
            ([(0.9, 0.2), (0.55, 1.6), (0.75, 3.2)], "faint"),  # edge of the arch
        ]
        for toe in toes.values():
            a, b = toe.crease(m.toe_web + 0.12, 0.8)
            lines.append(([a, lerp(a, b, 0.5), b], "line"))
            if len(toe.phalanges) == 3:
                a, b = toe.crease(toe.joint(1), 0.6)
                lines.append(([a, lerp(a, b, 0.5), b], "faint"))
            else:
                a, b = toe.crease(toe.joint(0), 0.6)
                lines.append(([a, lerp(a, b, 0.5), b], "faint"))
    return [Mark(smooth_path(frame.all(p)), k) for p, k in lines] + marks


def _dorsum_sites(m: FootModel) -> list[tuple[str, Vec]]:
    t = m.toes
    web = {
        pair: add(m.web(*pair), (0.0, -0.14))
        for pair in (("hallux", "second"), ("second", "third"), ("third", "fourth"), ("fourth", "fifth"))
    }
    sites: list[tuple[str, Vec]] = [
        ("ST41", (0.05, m.ankle_front - 0.05)),
        # Highest point of the dorsum, over the 2nd-3rd metatarsal bases (dorsalis pedis pulse).
        ("ST42", add(m.bases_junction(2, 3), (0.0, -0.2))),
        ("ST43", m.between_metatarsals(2, 3, m.metatarsal_heads[1][1] - 0.6)),
        ("ST44", web[("second", "third")]),
        ("ST45", t["second"].well_point(-1)),
        ("SP1", t["hallux"].well_point(1)),
        ("LR1", t["hallux"].well_point(-1)),
        ("LR2", web[("hallux", "second")]),
        # In the hollow just distal to where the 1st and 2nd metatarsal bases meet.
        ("LR3", m.between_metatarsals(1, 2, m.bases_junction(1, 2)[1] + 0.9)),
        ("LR4", (0.95, m.ankle_front - 0.25)),
        ("GB40", (-1.12, 0.45)),
        ("GB41", m.between_metatarsals(4, 5, m.bases_junction(4, 5)[1] + 0.7)),
        ("GB42", m.between_metatarsals(4, 5, m.metatarsal_heads[3][1] - 0.5)),
        ("GB43", web[("fourth", "fifth")]),
        ("GB44", t["fourth"].well_point(-1)),
        ("BL67", t["fifth"].well_point(-1)),
    ]
    sites += [("EX-LE10", p) for p in web.values()]
    sites += [("EX-LE12", toe.at(min(toe.nail_free_edge + 0.1, toe.length - 0.05))) for toe in t.values()]
    return sites


def _sole_sites(m: FootModel) -> list[tuple[str, Vec]]:
    web = m.web("second", "third")
    heel = (-0.15, m.heel_back)
    second = m.toes["second"]
    return [
        # One third of the way from the base of the 2nd and 3rd toes to the back of the heel.
        ("KI1", lerp(web, heel, 1 / 3)),
        ("EX-LE11", second.at(second.joint(1))),
    ]


def medial_sites(m: FootModel) -> list[tuple[str, Vec]]:
    mv, mh = m.medial_malleolus
    border = list(m.medial_border)
    ki3 = ((mv + m.achilles_front(mh)) / 2, mh)
    nav = m.navicular_tuberosity
    mtp1 = m.metatarsal_heads[0][1]
    hallux = m.toes["hallux"]
    nail_base = mtp1 + hallux.nail_base
    return [
        ("KI2", (nav[0] + 0.05, height_on(border, nav[0] + 0.05))),
        ("KI3", ki3),
        ("KI4", (ki3[0] - 0.3, mh - 0.55)),
        ("KI5", (ki3[0], mh - 1.0)),
        ("KI6", (mv, mh - 1.0)),
        ("KI7", (m.achilles_front(mh + 2.0) + 0.25, mh + 2.0)),
        ("KI8", (m.achilles_front(mh + 2.0) + 0.75, mh + 2.0)),
        # Between soleus and the tendon, on the line from KI3 up to KI10 (see leg.LegModel).
        ("KI9", (m.achilles_front(mh + 5.0) - 0.5, mh + 5.0)),
        # Just behind the medial border of the tibia, which slopes back as it rises.
        ("SP6", (mv - 0.3 - 0.05 * 3.0 - 0.1, mh + 3.0)),
        ("LR5", (0.25, mh + 5.0)),
        ("SP5", lerp(nav, m.medial_malleolus, 0.5)),
        ("LR4", (m.ankle_front - 0.2, mh - 0.1)),
        ("SP4", (m.first_metatarsal_base + 0.35, height_on(border, m.first_metatarsal_base + 0.35))),
        ("SP3", (mtp1 - 0.5, height_on(border, mtp1 - 0.5))),
        ("SP2", (mtp1 + 0.45, height_on(border, mtp1 + 0.45))),
        ("SP1", (nail_base - 0.1, 0.72)),
        ("EX-LE8", m.medial_malleolus),
    ]


def _lateral_sites(m: FootModel) -> list[tuple[str, Vec]]:
    lv, lh = m.lateral_malleolus
    border = list(m.lateral_border)
    bl60 = ((lv + m.achilles_front(lh)) / 2, lh)
    mtp5 = m.metatarsal_heads[4][1]
    fifth = m.toes["fifth"]
    tub = m.fifth_metatarsal_tuberosity
    return [
        ("BL60", bl60),
        ("BL59", (m.achilles_front(lh + 3.0) + 0.3, lh + 3.0)),
        ("BL61", (bl60[0], height_on(border, bl60[0]) + 0.1)),
        ("BL62", (lv + 0.03, lh - 0.8)),
        ("BL63", (tub - 0.65, height_on(border, tub - 0.65) + 0.3)),
        ("BL64", (tub + 0.3, height_on(border, tub + 0.3))),
        ("BL65", (mtp5 - 0.4, height_on(border, mtp5 - 0.4))),
        ("BL66", (mtp5 + 0.4, height_on(border, mtp5 + 0.4))),
        ("BL67", (mtp5 + fifth.nail_base - 0.1, 0.62)),
        # Anterior border of the fibula, 3 cun above the lateral malleolus.
        ("GB39", (lv + 0.45, lh + 3.0)),
        ("GB40", (lv + 1.0, lh - 0.55)),
        ("EX-LE9", m.lateral_malleolus),
    ]


def profile_marks(m: FootModel, frame: Frame, *, medial: bool) -> list[Mark]:
    mall = m.medial_malleolus if medial else m.lateral_malleolus
    mtp1, tip = m.metatarsal_heads[0][1], m.hallux_tip
    nail = mtp1 + m.toes["hallux"].nail_base
    cx, cy = frame(mall)
    marks = [Mark(ellipse_path((cx, cy), 0.4 * frame.cun_px, 0.52 * frame.cun_px))]
    lines: list[tuple[list[Vec], str]] = [
        ([(-1.45, 7.6), (-1.55, 5.0), (-1.55, 3.0), (-1.9, 1.7)], "faint"),  # Achilles tendon
        ([(-1.9, 0.45), (-2.3, 1.3)], "faint"),  # back of the heel pad
    ]
    if medial:
        lines += [
            (list(m.medial_border), "line"),
            ([(-0.25, 4.0), (-0.4, 6.5), (-0.55, 8.9)], "faint"),  # medial border of the tibia
            ([(nail, 0.98), (nail + 0.3, 0.9), (tip - 0.12, 0.74)], "line"),  # edge of the hallux nail
            ([(mtp1 + 0.75, 0.1), (mtp1 + 0.85, 0.55)], "faint"),  # crease under the big toe
        ]
    else:
        lines += [
            (list(m.lateral_border), "line"),
            ([(-0.65, 3.2), (-0.75, 6.0), (-0.9, 8.9)], "faint"),  # shaft of the fibula
            ([(-1.0, 3.3), (-0.85, 2.0), (-0.1, 1.35), (0.9, 1.0)], "faint"),  # peroneal tendons
        ]
        fifth = m.toes["fifth"]
        base = m.metatarsal_heads[4][1]
        tip = base + fifth.length
        lines += [
            ([(base + 0.6, 0.95), (tip - 0.45, 0.82), (tip - 0.05, 0.5), (tip - 0.3, 0.12)], "line"),
            ([(base + fifth.nail_base, 0.78), (tip - 0.2, 0.72)], "line"),
        ]
    return marks + [Mark(smooth_path(frame.all(p)), k) for p, k in lines]


def profile_areas(m: FootModel, *, medial: bool) -> list[tuple[str, str, list[Vec]]]:
    mv, mh = m.medial_malleolus if medial else m.lateral_malleolus
    mtp1, tip = m.metatarsal_heads[0][1], m.hallux_tip
    ankle = [(mv - 1.45, mh - 1.3), (mv + 1.55, mh - 1.3), (mv + 1.55, mh + 1.1), (mv - 1.5, mh + 1.1)]
    heel = [(-2.62, 0.4), (-1.9, 0.0), (-0.6, 0.0), (-0.6, 1.4), (-2.4, 1.9)]
    achilles = [(-2.05, 1.9), (-1.45, 1.6), (-1.25, 4.9), (-1.75, 4.9)]
    above = mh + 1.1
    leg = [(-1.62, above), (0.95, above), (0.93, m.leg_top - 0.2), (-2.22, m.leg_top - 0.2), (-1.8, 6.2)]
    leg_area = ("leg_medial", "Lower leg, inner side") if medial else ("leg_lateral", "Lower leg, outer side")
    areas = [
        ("ankle", "Ankle", ankle),
        ("heel", "Heel", heel),
        ("achilles", "Achilles tendon", achilles),
        (*leg_area, leg),
    ]
    if medial:
        areas.append(
            (
                "medial_arch",
                "Inner arch of the foot",
                [(-0.6, 0.0), (4.6, 0.0), (4.6, 1.35), (2.4, 2.1), (1.0, 1.7), (-0.6, 1.4)],
            )
        )
        areas.append(
            (
                "big_toe",
                "Big toe",
                [(mtp1 + 0.1, 0.0), (tip - 0.25, 0.2), (tip, 0.5), (tip - 0.3, 0.85), (mtp1 + 0.3, 1.4)],
            )
        )
    else:
        areas.append(
            (
                "lateral_foot",
                "Outer edge of the foot",
                [(-0.6, 0.0), (4.4, 0.0), (4.4, 1.2), (2.6, 1.7), (0.8, 1.6), (-0.6, 1.4)],
            )
        )
    return areas


def _plan_areas(m: FootModel, *, dorsum: bool) -> list[tuple[str, str, list[Vec]]]:
    webs_y = min(m.web("hallux", "second")[1], m.web("fourth", "fifth")[1])
    tip = m.hallux_tip
    toes_poly = [
        (-1.95, webs_y - 0.1),
        (-1.7, tip - 1.9),
        (-0.9, tip - 0.95),
        (0.2, tip - 0.2),
        (0.9, tip + 0.1),
        (1.8, tip),
        (2.0, tip - 1.5),
        (1.95, m.metatarsal_heads[0][1] + 0.5),
    ]
    if dorsum:
        return [
            ("ankle", "Ankle", [(-1.65, -1.0), (1.62, -1.0), (1.66, 1.35), (-1.55, 1.35)]),
            (
                "foot_dorsum",
                "Top of the foot",
                [(-1.55, 1.35), (1.66, 1.35), (1.95, 4.7), (0.9, 5.5), (-0.6, 5.2), (-1.9, 4.05)],
            ),
            ("toes", "Toes", toes_poly),
        ]
    return [
        ("heel", "Heel", [(-1.4, -1.15), (-1.35, -2.15), (-0.15, -2.6), (1.0, -2.25), (1.35, -1.3)]),
        (
            "sole",
            "Sole",
            [(-1.4, -1.15), (1.35, -1.3), (1.6, 0.9), (1.9, 4.6), (0.6, 5.3), (-1.0, 4.9), (-1.9, 3.9), (-1.6, 1.3)],
        ),
        ("toes", "Toes", toes_poly),
    ]


_SURFACES = {"foot_dorsum": "top", "foot_medial": "inner side", "foot_lateral": "outer side", "foot_sole": "sole"}


def _title(side: str, view: str) -> str:
    return f"{side} foot — {_SURFACES[view]}"


VIEW_W = 600
PLAN_SIZE = (VIEW_W, 780)
PLAN_CUN = 64.0
PROFILE_SIZE = (VIEW_W, 600)
PROFILE_CUN = 52.0


def view_areas(areas: list[tuple[str, str, list[Vec]]], frame: Frame) -> list[Area]:
    return [Area(i, n, RIGHT, tuple(frame.all(catmull_rom(p, closed=True, samples=3)))) for i, n, p in areas]


def views(model: FootModel | None = None) -> list[DetailView]:
    m = model or FootModel()
    x_mid = VIEW_W / 2
    # Top: medial (+x) to the viewer's right, toes (+y) down; the leg is cut 3.3 cun above.
    dorsum_f = Frame((x_mid + 0.05 * PLAN_CUN, 30 + 3.3 * PLAN_CUN), PLAN_CUN, y_up=False)
    sole_f = Frame((x_mid + 0.05 * PLAN_CUN, 780 - 90 - 2.6 * PLAN_CUN), PLAN_CUN)
    foot_mid = (m.heel_back + m.hallux_tip) / 2
    medial_f = Frame((x_mid + foot_mid * PROFILE_CUN, 560.0), PROFILE_CUN, mirror=True)
    lateral_f = Frame((x_mid - foot_mid * PROFILE_CUN, 560.0), PROFILE_CUN)
    out = []
    outline, corners = m.plan_outline(with_leg=True)
    out.append(
        DetailView(
            name="foot_dorsum",
            title=_title("Right", "foot_dorsum"),
            width=PLAN_SIZE[0],
            height=PLAN_SIZE[1],
            cun_px=PLAN_CUN,
            silhouette=smooth_path(dorsum_f.all(outline), closed=True, corners=corners),
            outline=tuple(catmull_rom(dorsum_f.all(outline), closed=True, samples=8, corners=corners)),
            marks=_plan_marks(m, dorsum_f, dorsum=True),
            sites=[Site(c, RIGHT, dorsum_f(p)) for c, p in _dorsum_sites(m)],
            areas=view_areas(_plan_areas(m, dorsum=True), dorsum_f),
        )
    )
    profile, pcorners = m.profile_outline()
    for medial, frame, sites in ((True, medial_f, medial_sites(m)), (False, lateral_f, _lateral_sites(m))):
        name = "foot_medial" if medial else "foot_lateral"
        out.append(
            DetailView(
                name=name,
                title=_title("Right", name),
                width=PROFILE_SIZE[0],
                height=PROFILE_SIZE[1],
                cun_px=PROFILE_CUN,
                **smooth_outline(frame.all(profile), pcorners),
                marks=profile_marks(m, frame, medial=medial),
                sites=[Site(c, RIGHT, frame(p)) for c, p in sites],
                areas=view_areas(profile_areas(m, medial=medial), frame),
            )
        )
    sole_outline, _ = m.plan_outline(with_leg=False)
    out.append(
        DetailView(
            name="foot_sole",
            title=_title("Right", "foot_sole"),
            width=PLAN_SIZE[0],
            height=PLAN_SIZE[1],
            cun_px=PLAN_CUN,
            silhouette=smooth_path(sole_f.all(sole_outline), closed=True),
            outline=tuple(catmull_rom(sole_f.all(sole_outline), closed=True, samples=8)),
            marks=_plan_marks(m, sole_f, dorsum=False),
            sites=[Site(c, RIGHT, sole_f(p)) for c, p in _sole_sites(m)],
            areas=view_areas(_plan_areas(m, dorsum=False), sole_f),
        )
    )
    return [view for right in out for view in with_left(right, _title("Left", right.name))]
