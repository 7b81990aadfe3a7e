"""The inner side of the patient's right lower leg and knee, from above the knee to the sole.

The front and back body views can only draw the medial leg points on the outline, yet SP6, SP9,
LR8 and the lower Kidney points are needled every day. This view extends the foot's medial model
(`foot.FootModel`, same frame: y forward from the prominence of the medial malleolus, height above
the sole, in B-cun) up the leg, so the ankle and foot points are exactly those of `foot_medial`.

Heights follow the B-cun facts: the medial malleolus prominence is 3 cun above the sole and 13 cun
below the lower border of the medial tibial condyle; the popliteal crease lies level with the apex
of the patella, about 1.5 cun above that border; the patella is about 2 cun tall. As in
`foot_medial`, the toes point to the viewer's left. The left leg's view is the mirror image.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass, field

from charting.anatomy.detail.foot import FootModel, medial_sites, profile_areas, profile_marks, view_areas
from charting.anatomy.detail.geometry import Frame, Vec, catmull_rom, ellipse_path, smooth_path
from charting.anatomy.detail.view import Area, DetailView, Mark, Site, smooth_outline, with_left

RIGHT = "right"
VIEW_SIZE = (600, 800)
CUN_PX = 30.5


def _along(line: tuple[Vec, ...], h: float) -> float:
    """Forward position of a (v, h) line, listed bottom to top, at height `h`."""
    for (v0, h0), (v1, h1) in itertools.pairwise(line):
        if h0 <= h <= h1:
            return v0 + (v1 - v0) * (h - h0) / (h1 - h0)
    raise ValueError(f"height {h} lies outside the line")


@dataclass(frozen=True)
class LegModel:
    """Knee and shank landmarks over the foot model; every site below is derived from these."""

    foot: FootModel = field(default_factory=FootModel)
    condyle_lower_border: float = 16.0  # 13 cun above the malleolus prominence (at 3)
    knee_joint: float = 17.1
    popliteal_crease: float = 17.5
    patella_apex: float = 17.6
    patella_base: float = 19.6
    top: float = 24.9  # where the thigh is cut
    # Medial border of the tibia (v, h), bottom to top: it slopes back as it rises, up to where it
    # meets the lower border of the medial condyle (SP9). Continues the line drawn in foot_medial.
    tibial_border: tuple[Vec, ...] = (
        (-0.25, 4.0),
        (-0.4, 6.5),
        (-0.55, 8.9),
        (-0.8, 12.0),
        (-1.05, 14.5),
        (-1.2, 16.0),
    )
    # The front of the shin, knee and thigh (v, h), bottom to top: the anterior outline.
    front: tuple[Vec, ...] = (
        (0.95, 7.0),
        (1.0, 10.0),
        (1.1, 13.0),
        (1.35, 15.3),
        (1.55, 16.2),
        (1.62, 17.0),
        (1.95, 18.3),
        (1.92, 19.4),
        (1.82, 20.4),
        (1.85, 22.5),
        (2.05, top),
    )
    # The back of the calf, popliteal fossa and hamstrings (v, h), top to bottom.
    back: tuple[Vec, ...] = (
        (-3.7, top),
        (-3.45, 22.5),
        (-3.15, 20.0),
        (-3.0, 18.2),
        (-3.12, 16.8),
        (-3.45, 14.8),
        (-3.5, 13.0),
        (-3.15, 11.0),
        (-2.6, 9.2),
        (-2.1, 7.5),
    )
    # Medial hamstring tendons (semitendinosus, semimembranosus) to the pes anserinus, top to bottom:
    # LR8 lies just in front of them at the crease, KI10 just behind.
    hamstring_tendons: tuple[Vec, ...] = ((-2.75, 21.5), (-2.3, 17.5), (-1.7, 15.6))
    # The groove between sartorius and gracilis on the inner thigh (LR9), top to bottom.
    sartorius_groove: tuple[Vec, ...] = ((-1.0, top), (-1.35, 21.5), (-1.5, 19.0), (-1.25, 16.4))

    def border(self, h: float) -> float:
        return _along(self.tibial_border, h)

    def front_at(self, h: float) -> float:
        return _along(self.front, h)

    def outline(self) -> tuple[list[Vec], list[int]]:
        """The foot's profile with its leg stump replaced by the whole shank and lower thigh."""
        foot, _ = self.foot.profile_outline()
        pts = [*self.back, *foot[2:-2], *self.front]
        return pts, [0, len(pts) - 1]

    def sites(self) -> list[tuple[str, Vec]]:
        mh = self.foot.medial_malleolus[1]
        behind_border = 0.2  # the Spleen points lie just behind the medial border of the tibia
        sp9 = (self.border(self.condyle_lower_border) - 0.15, self.condyle_lower_border - 0.05)
        crease = self.popliteal_crease
        tendons = _along(tuple(reversed(self.hamstring_tendons)), crease)
        patella_medial_end = self.front_at(self.patella_base) - 0.7
        sp10 = (patella_medial_end - 0.3, self.patella_base + 2.0)

        def centre_of_tibia(h: float) -> Vec:
            return ((self.border(h) + self.front_at(h)) / 2, h)

        return [
            *medial_sites(self.foot),
            ("SP7", (self.border(mh + 6.0) - behind_border, mh + 6.0)),
            ("SP8", (self.border(sp9[1] - 3.0) - behind_border, sp9[1] - 3.0)),
            ("SP9", sp9),
            ("SP10", sp10),
            ("EX-LE3", (sp10[0] - 0.05, sp10[1] + 1.0)),
            ("LR6", centre_of_tibia(mh + 7.0)),
            ("LR7", (sp9[0] - 1.0, sp9[1])),
            ("LR8", (tendons + 0.4, crease)),
            ("LR9", (_along(tuple(reversed(self.sartorius_groove)), self.patella_base + 4.0), self.patella_base + 4.0)),
            ("KI10", (tendons - 0.35, crease)),
            # Medial knee eye: below the patella, beside the patellar ligament on the front edge.
            ("EX-LE4", (self.front_at(self.patella_apex - 0.4) - 0.3, self.patella_apex - 0.4)),
        ]

    def marks(self, frame: Frame) -> list[Mark]:
        f = self.front_at
        apex, base = self.patella_apex, self.patella_base
        lines: list[tuple[list[Vec], str]] = [
            (list(self.tibial_border[2:]), "faint"),
            # Lower border of the medial condyle, flaring forward to the tibial tuberosity.
            ([(1.2, 15.5), (0.2, 16.05), (-1.2, 16.0), (-2.2, 16.5)], "line"),
            ([(1.4, self.knee_joint), (-0.5, self.knee_joint + 0.1), (-2.6, self.knee_joint)], "faint"),
            # Medial edge of the patella and the patellar ligament below it.
            (
                [
                    (f(base) - 0.1, base),
                    (f(base) - 0.75, base - 0.5),
                    (f(apex) - 0.75, apex + 0.6),
                    (f(apex) - 0.1, apex),
                ],
                "line",
            ),
            ([(f(apex) - 0.25, apex - 0.1), (1.25, 16.0)], "faint"),
            ([(-2.55, self.popliteal_crease + 0.05), (-3.0, self.popliteal_crease)], "line"),
            (list(self.hamstring_tendons), "faint"),
            (list(self.sartorius_groove), "faint"),
            # The front of the medial head of gastrocnemius.
            ([(-2.1, 16.3), (-1.75, 14.0), (-1.85, 11.5), (-2.3, 9.6)], "faint"),
            # The bulge of vastus medialis above the patella.
            ([(1.6, 20.4), (0.7, 20.9), (0.2, 22.5), (0.0, 24.0)], "faint"),
        ]
        return [
            *profile_marks(self.foot, frame, medial=True),
            Mark(ellipse_path(frame((-1.0, 18.5)), 0.4 * frame.cun_px, 0.45 * frame.cun_px), "faint"),  # epicondyle
            *(Mark(smooth_path(frame.all(p)), k) for p, k in lines),
        ]

    def section(self, h: float) -> tuple[float, float]:
        """Front and back of the leg's outline at height `h` (above the foot)."""
        pts, corners = self.outline()
        curve = catmull_rom(pts, closed=True, samples=8, corners=corners)
        crossings = [
            v0 + (v1 - v0) * (h - h0) / (h1 - h0)
            for (v0, h0), (v1, h1) in zip(curve, [*curve[1:], curve[0]], strict=True)
            if min(h0, h1) <= h < max(h0, h1)
        ]
        return max(crossings), min(crossings)

    def band(self, low: float, high: float, front_deg: float, back_deg: float) -> list[Vec]:
        """The skin between two heights and two angles round the leg, as the body views define it.

        Angles run from the front of the leg (0) over its inner side (90) to its back (180); seen
        from the inner side a point at angle a lies cos(a) of the half-depth ahead of the centre.
        """
        inset = 0.08  # keep the band's edge off the outline itself

        def at(h: float, deg: float) -> Vec:
            front, back = self.section(h)
            centre, half = (front + back) / 2, (front - back) / 2 - inset
            return (centre + half * math.cos(math.radians(deg)), h)

        heights = [low + (high - low) * i / 6 for i in range(7)]
        return [*(at(h, front_deg) for h in heights), *(at(h, back_deg) for h in reversed(heights))]

    def areas(self, frame: Frame) -> list[Area]:
        """The foot's own areas, and the leg's bands at the angles the body views use."""
        foot_areas = [a for a in profile_areas(self.foot, medial=True) if a[0] != "leg_medial"]
        low = self.foot.medial_malleolus[1] + 1.1
        condyle, knee_top = self.condyle_lower_border, self.patella_base + 0.4
        bands = [
            # The shin starts higher than the inner side: seen from the side, the front of the ankle
            # is too close to the Kidney points behind it for the body views' reach.
            ("shin", "Shin", self.band(6.0, condyle, 0, 55)),
            ("leg_medial", "Lower leg, inner side", self.band(low, condyle, 55, 125)),
            ("calf", "Calf", self.band(8.0, condyle, 148, 180)),
            ("knee", "Knee", self.band(condyle, knee_top, 0, 85)),
            ("knee_back", "Back of the knee", self.band(condyle, knee_top, 110, 180)),
            ("thigh_medial", "Thigh, inner side", self.band(knee_top, self.top - 0.2, 40, 130)),
        ]
        return [
            *view_areas(foot_areas, frame),
            *(Area(i, n, RIGHT, tuple(frame.all(p))) for i, n, p in bands),
        ]


def views(model: LegModel | None = None) -> list[DetailView]:
    m = model or LegModel()
    pts, corners = m.outline()
    v_min = min(p[0] for p in pts)
    v_max = max(p[0] for p in pts)
    # Toes to the viewer's left, as in foot_medial: forward (+v) runs leftward.
    frame = Frame((VIEW_SIZE[0] / 2 + (v_min + v_max) / 2 * CUN_PX, VIEW_SIZE[1] - 12.0), CUN_PX, mirror=True)
    right = DetailView(
        name="leg_medial",
        title="Right leg — inner side, knee to sole",
        width=VIEW_SIZE[0],
        height=VIEW_SIZE[1],
        cun_px=CUN_PX,
        **smooth_outline(frame.all(pts), corners),
        marks=m.marks(frame),
        sites=[Site(code, RIGHT, frame(p)) for code, p in m.sites()],
        areas=m.areas(frame),
    )
    return with_left(right, "Left leg — inner side, knee to sole")
