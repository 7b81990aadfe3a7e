"""The right side of the trunk with the arm raised, from the raised elbow to the iliac crest.

In the standing profile views the arm hangs over the side of the chest, so the axilla, the lateral
chest wall and the flank (HT1, SP21, GB22-GB26, LR13) can only be guessed at. This is the posture
used to find them: the arm abducted to about 140-150 degrees with the hand behind the head, seen
from the patient's right, front to the viewer's right as in the right lateral body view.

Frame, in B-cun: v forward from the mid-axillary line, h up from the level of the umbilicus. The
chest is modelled as a section whose half-width is `chest_half_width` and whose front lies
`chest_front` ahead of the mid-axillary line, so a point given by its distance from the anterior
midline (SP17-SP20 at 6 cun, PC1 at 5, LR14 and GB24 on the nipple line at 4) lands where it is
seen from the side. Intercostal spaces are 1.5 cun apart on the mid-axillary line (GB22, the 4th,
3 cun below the axilla; SP21, the 6th, 6 cun below), and slope gently down toward the front, so the
4th space meets the nipple at the level of CV17. The arm abducted in the coronal plane is seen
foreshortened: its length shows at `arm_rise` of its true length. The left side is the mirror image.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from charting.anatomy.detail.geometry import Frame, Vec, ellipse_path, smooth_path
from charting.anatomy.detail.view import Area, DetailView, Mark, Site, smooth_outline, with_left

RIGHT = "right"
VIEW_SIZE = (600, 800)
CUN_PX = 30.5


@dataclass(frozen=True)
class TrunkSideModel:
    axilla_apex: float = 13.0
    ics4_mid_axillary: float = 10.0
    ics_spacing: float = 1.5
    ics_slope: float = 0.15  # how much lower an intercostal space lies per cun toward the front
    chest_half_width: float = 7.0
    chest_front: float = 4.0
    eleventh_rib_end: Vec = (0.8, 2.2)
    twelfth_rib_end: Vec = (-1.8, 1.45)
    iliac_crest_top: float = -1.8
    # From the xiphisternal junction down along the 7th-10th costal cartilages to the tip of the
    # 10th rib: below the nipple line it lies under GB24 (7th space).
    costal_margin: tuple[Vec, ...] = ((3.95, 7.9), (3.7, 6.3), (3.3, 4.78), (2.7, 3.79), (2.3, 3.3), (1.55, 2.9))
    anterior_fold: float = 14.3  # lower border of the anterior axillary fold
    arm_rise: float = 0.75  # cos of the arm's tilt from the vertical (about 140 degrees abduction)
    bottom: float = -3.0

    @property
    def cubital_crease(self) -> float:
        """The elbow crease: 9 cun up the arm from the anterior axillary fold, seen foreshortened."""
        return self.anterior_fold - 0.3 + 9.0 * self.arm_rise

    def ics(self, n: int, v: float) -> float:
        """Height of the n-th intercostal space at `v` cun in front of the mid-axillary line."""
        return self.ics4_mid_axillary - self.ics_spacing * (n - 4) - self.ics_slope * v

    def from_midline(self, x: float) -> float:
        """Where a chest point `x` cun from the anterior midline appears, forward of the side line."""
        return self.chest_front * math.sqrt(max(0.0, 1 - (x / self.chest_half_width) ** 2))

    def on_chest(self, x: float, space: int) -> Vec:
        v = self.from_midline(x)
        return (v, self.ics(space, v))

    def outline(self) -> tuple[list[Vec], list[int]]:
        """Bottom cut, the front of the abdomen and chest into the arm, round the elbow, the back."""
        b, c = self.bottom, self.cubital_crease
        pts: list[Vec] = [
            (-4.05, b),
            (3.55, b),
            (3.7, -1.5),
            (3.8, 1.5),
            (3.85, 4.5),
            (4.1, 7.5),
            (4.2, 10.0),
            (4.05, 12.3),
            (3.6, 13.6),  # lower border of the pectoral fold
            (2.6, 14.6),
            (1.9, 15.8),
            (1.55, 17.5),
            (1.3, 19.5),
            (1.15, c - 0.3),
            (0.85, c + 0.65),  # front of the flexed elbow
            (-0.3, c + 1.2),
            (-2.0, c + 1.45),
            (-4.4, c + 1.4),  # forearm cut, on its way behind the head
            (-4.45, c - 0.4),
            (-2.6, c - 0.6),
            (-2.0, c - 1.1),  # point of the elbow
            (-2.05, 18.5),
            (-2.3, 16.5),
            (-2.9, 15.2),
            (-3.9, 14.0),  # lower border of the posterior fold
            (-4.45, 12.5),
            (-4.6, 9.5),
            (-4.35, 6.0),
            (-3.95, 3.0),
            (-3.85, 0.5),
            (-3.95, -1.5),
        ]
        return pts, [0, 1, 17, 18, 20]

    def sites(self) -> list[tuple[str, Vec]]:
        lr13 = (self.eleventh_rib_end[0], self.eleventh_rib_end[1] - 0.2)
        c = self.cubital_crease
        return [
            ("HT1", (-0.25, self.axilla_apex)),
            ("HT2", (0.1, c - 3.0 * self.arm_rise)),
            ("HT3", (-0.9, c)),
            ("PC1", self.on_chest(5.0, 4)),
            *((f"SP{n}", self.on_chest(6.0, space)) for n, space in ((17, 5), (18, 4), (19, 3), (20, 2))),
            ("SP21", (0.0, self.ics(6, 0.0))),
            ("GB22", (0.0, self.ics(4, 0.0))),
            ("GB23", (1.0, self.ics(4, 1.0))),
            ("GB24", self.on_chest(4.0, 7)),
            ("LR14", self.on_chest(4.0, 6)),
            ("LR13", lr13),
            ("GB25", (self.twelfth_rib_end[0], self.twelfth_rib_end[1] - 0.2)),
            ("GB26", (lr13[0], 0.0)),
        ]

    def marks(self, frame: Frame) -> list[Mark]:
        lines: list[tuple[list[Vec], str]] = []
        for rib in range(3, 8):
            # Rib `rib` lies between the spaces numbered rib - 1 and rib, sagging a little at the side.
            back, front = -3.9, (3.75 if rib < 7 else 3.55)
            lines.append(
                (
                    [
                        (v, (self.ics(rib - 1, v) + self.ics(rib, v)) / 2 - sag)
                        for v, sag in ((back, 0.0), ((back + front) / 2, 0.2), (front, 0.0))
                    ],
                    "faint",
                )
            )
        margin = list(self.costal_margin)
        lines += [
            ([(-3.9, 6.1), (0.0, 5.25), margin[2]], "faint"),  # 8th rib, to the costal margin
            ([(-3.9, 5.45), (0.0, 4.3), margin[3]], "faint"),  # 9th rib
            ([(-3.9, 4.95), (-1.0, 3.85), margin[-1]], "faint"),  # 10th rib
            (margin, "line"),
            ([(-3.9, 4.6), (-1.6, 3.35), self.eleventh_rib_end], "line"),
            ([(-3.85, 3.2), (-2.8, 2.35), self.twelfth_rib_end], "line"),
            # Iliac crest, highest on the mid-axillary line, running down to the front spine.
            ([(-3.8, -2.7), (-2.0, -1.95), (0.0, self.iliac_crest_top), (1.8, -2.15), (2.95, -2.8)], "line"),
            # Anterior (pectoral) and posterior (latissimus) axillary folds rising into the arm.
            ([(3.5, 13.0), (2.5, 14.0), (1.7, 15.6), (1.35, 17.2)], "faint"),
            ([(-3.7, 11.0), (-2.8, 13.6), (-2.0, 15.6), (-1.75, 17.2)], "faint"),
            # Hollow of the axilla.
            ([(1.4, 14.9), (0.6, self.axilla_apex - 0.7), (-0.9, self.axilla_apex - 0.6), (-1.9, 14.8)], "faint"),
            # Groove between biceps and triceps on the inner arm; the elbow crease.
            ([(-0.2, 15.4), (0.0, 18.5), (-0.2, self.cubital_crease - 0.4)], "faint"),
            (
                [(1.1, self.cubital_crease + 0.1), (0.2, self.cubital_crease), (-0.6, self.cubital_crease + 0.05)],
                "line",
            ),
            # Mid-axillary line, for orientation.
            ([(0.0, self.axilla_apex - 1.0), (0.0, 4.5)], "faint"),
        ]
        nipple = frame(self.on_chest(4.0, 4))
        epicondyle = frame((-1.55, self.cubital_crease + 0.05))
        return [
            Mark(ellipse_path(nipple, 0.22 * frame.cun_px, 0.22 * frame.cun_px)),
            Mark(ellipse_path(epicondyle, 0.35 * frame.cun_px, 0.4 * frame.cun_px), "faint"),
            *(Mark(smooth_path(frame.all(p)), k) for p, k in lines),
        ]

    def areas(self) -> list[tuple[str, str, str, list[Vec]]]:
        """Areas with the bounds the body views give them, so a point is local to the same areas
        whichever view it is seen in: the chest runs back to the mid-axillary line and down to the
        6th space, the flank is the side of the waist from 5.5 cun above the navel to the iliac
        crest, the abdomen lies within 6 cun of the front midline, the arm's front and back leave
        its inner face between them.
        """
        c, b = self.cubital_crease, self.bottom
        six = 6.0  # cun from the anterior midline: the edge of the abdominal areas
        belly = self.from_midline(six)
        margin = self.costal_margin
        return [
            ("axilla", "Armpit", RIGHT, [(1.4, 11.0), (1.4, 14.6), (-0.3, 15.6), (-1.4, 14.6), (-1.4, 11.0)]),
            (
                "chest",
                "Chest",
                RIGHT,
                [
                    (0.0, self.ics(6, 0.0)),
                    (4.05, self.ics(6, 4.0)),
                    (4.15, 10.0),
                    (4.0, 12.3),
                    (3.5, 13.6),
                    (1.5, 14.0),
                    (1.5, 11.0),
                    (0.0, 11.0),
                ],
            ),
            (
                "flank",
                "Flank (side of the waist)",
                RIGHT,
                [(-1.5, 5.5), (1.5, 5.5), (1.5, -2.1), (0.0, -1.95), (-1.5, -2.05)],
            ),
            (
                "upper_abdomen",
                "Upper abdomen",
                "midline",
                [(belly, 0.0), (3.75, 0.0), (3.8, 4.5), *margin[1:4], (belly, 3.3)],
            ),
            (
                "lower_abdomen",
                "Lower abdomen",
                "midline",
                [(belly, 0.0), (3.75, 0.0), (3.65, -1.5), (3.5, b + 0.1), (belly, b + 0.1)],
            ),
            ("hip", "Hip", RIGHT, [(-1.9, -2.15), (0.0, -2.0), (1.9, -2.3), (1.9, b + 0.1), (-1.9, b + 0.1)]),
            (
                "upper_arm_front",
                "Upper arm, front (biceps)",
                RIGHT,
                [(1.0, 16.2), (1.85, 16.2), (1.5, c - 0.5), (1.0, c - 0.5)],
            ),
            (
                "upper_arm_back",
                "Upper arm, back (triceps)",
                RIGHT,
                [(-2.3, 16.2), (-1.6, 16.2), (-1.6, c - 0.5), (-1.95, c - 0.5)],
            ),
            ("elbow", "Elbow", RIGHT, [(1.5, c - 0.5), (1.2, c + 0.9), (-2.1, c + 1.3), (-2.3, c), (-1.95, c - 0.5)]),
        ]


def views(model: TrunkSideModel | None = None) -> list[DetailView]:
    m = model or TrunkSideModel()
    pts, corners = m.outline()
    v_mid = (min(p[0] for p in pts) + max(p[0] for p in pts)) / 2
    frame = Frame((VIEW_SIZE[0] / 2 - v_mid * CUN_PX, VIEW_SIZE[1] - 14.0 + m.bottom * CUN_PX), CUN_PX)
    right = DetailView(
        name="trunk_side",
        title="Right side of the trunk — arm raised",
        width=VIEW_SIZE[0],
        height=VIEW_SIZE[1],
        cun_px=CUN_PX,
        **smooth_outline(frame.all(pts), corners),
        marks=m.marks(frame),
        sites=[Site(code, RIGHT, frame(p)) for code, p in m.sites()],
        areas=[Area(i, n, side, tuple(frame.all(p))) for i, n, side, p in m.areas()],
    )
    return with_left(right, "Left side of the trunk — arm raised")
