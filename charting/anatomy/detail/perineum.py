"""The perineum seen from below, the patient in the lithotomy position.

No standing view can show CV1, and GV1 and BL35 sit in the gluteal cleft, so this view is drawn as a
practitioner at the foot of the couch sees it: hips flexed and apart, the front (pubis and genitals)
at the top, the coccyx at the bottom, the patient's right on the viewer's left. The line art is
deliberately schematic: buttocks, inner thighs, anus, coccyx tip and only the posterior border of
the scrotum or labia, which is all CV1 is measured from.

Frame, in B-cun: x toward the patient's left, y up the page (toward the pubis), origin at the centre
of the anus. Typical adult distances: anus to the posterior commissure (or scrotum) about 2 cun,
anus to the coccyx tip about 1.7 cun, ischial tuberosities about 2.4 cun from the midline.
"""

from __future__ import annotations

from dataclasses import dataclass

from charting.anatomy.detail.geometry import Frame, Vec, catmull_rom, ellipse_path, smooth_path
from charting.anatomy.detail.view import Area, Caption, DetailView, Mark, Site, smooth_outline

VIEW_SIZE = (600, 640)
CUN_PX = 38.0
MIDLINE, RIGHT, LEFT = "midline", "right", "left"


def _both(half: list[Vec]) -> list[Vec]:
    """A closed outline symmetric about x = 0 from its patient's-right half, listed top to bottom."""
    return [*half, *((-x, y) for x, y in reversed(half) if x != 0)]


@dataclass(frozen=True)
class PerineumModel:
    coccyx_tip: float = -1.7
    commissure: float = 2.0  # posterior border of the scrotum / posterior labial commissure
    anus_radius: float = 0.38
    ischial_tuberosity: Vec = (2.4, 0.2)

    def outline(self) -> list[Vec]:
        """The patient's right half (x < 0) from the top of the midline round to the cleft."""
        half: list[Vec] = [
            (0.0, 6.3),  # lower abdomen above the pubis, curving away
            (-2.4, 6.0),
            (-3.5, 7.6),  # inner thigh rising toward the viewer
            (-4.6, 8.9),
            (-6.0, 8.3),
            (-7.0, 6.2),
            (-7.2, 3.4),
            (-6.8, 0.4),  # outer buttock
            (-5.7, -2.3),
            (-3.8, -3.9),
            (-1.8, -4.2),
            (0.0, -3.75),  # where the buttocks meet below the coccyx
        ]
        return _both(half)

    def sites(self) -> list[tuple[str, str, Vec]]:
        return [
            ("CV1", MIDLINE, (0.0, self.commissure / 2)),
            ("GV1", MIDLINE, (0.0, self.coccyx_tip / 2)),
            ("BL35", RIGHT, (-0.5, self.coccyx_tip)),
            ("BL35", LEFT, (0.5, self.coccyx_tip)),
        ]

    def marks(self, frame: Frame) -> list[Mark]:
        r = self.anus_radius
        tx, ty = self.ischial_tuberosity
        tip = self.coccyx_tip
        sym: list[tuple[list[Vec], str]] = [
            # Posterior border of the scrotum or labia majora, and the crease on each side of them.
            ([(-1.45, 5.2), (-1.6, 3.4), (-0.95, 2.25), (0.0, self.commissure)], "line"),
            ([(-1.55, 4.6), (-2.1, 5.4), (-2.6, 6.3)], "faint"),
            # Infragluteal fold: buttock below, thigh above.
            ([(-2.3, 2.1), (-4.0, 2.6), (-6.0, 3.6)], "faint"),
            # Ischial tuberosity, felt deep to the buttock.
            ([(-tx + 0.45, ty + 0.6), (-tx - 0.1, ty + 0.2), (-tx + 0.15, ty - 0.7)], "faint"),
            # Edges of the gluteal cleft down to where the buttocks meet.
            ([(-0.35, -0.6), (-0.45, tip - 0.2), (-0.2, -3.7)], "faint"),
        ]
        lines = [(p, k) for p, k in sym] + [([(-x, y) for x, y in p], k) for p, k in sym]
        lines += [
            ([(0.0, r + 0.05), (0.0, self.commissure - 0.15)], "faint"),  # perineal raphe
            ([(0.0, -r - 0.05), (0.0, tip + 0.15)], "faint"),  # anococcygeal line
            ([(-0.3, tip - 0.4), (0.0, tip + 0.05), (0.3, tip - 0.4)], "line"),  # coccyx, tip toward the anus
        ]
        centre = frame((0.0, 0.0))
        return [
            Mark(ellipse_path(centre, r * 1.9 * frame.cun_px, r * 1.7 * frame.cun_px), "faint"),
            Mark(ellipse_path(centre, r * frame.cun_px, r * 0.9 * frame.cun_px), "line"),
            *(Mark(smooth_path(frame.all(p)), k) for p, k in lines),
        ]

    def areas(self) -> list[tuple[str, str, str, list[Vec], tuple[str, str] | None]]:
        perineum = [(-1.1, 2.3), (-1.5, 0.6), (-0.9, -0.9), (0.9, -0.9), (1.5, 0.6), (1.1, 2.3)]
        coccyx = [(-0.9, -0.9), (-1.0, -2.6), (0.0, -3.3), (1.0, -2.6), (0.9, -0.9)]
        buttock = [
            (-1.5, 0.6),
            (-2.3, 2.1),
            (-4.0, 2.6),
            (-6.6, 3.4),
            (-6.6, 0.0),
            (-5.4, -2.4),
            (-1.6, -3.9),
            (-1.0, -2.6),
        ]
        thigh = [(-2.3, 2.1), (-4.0, 2.6), (-6.6, 3.4), (-6.7, 6.2), (-5.6, 8.1), (-3.7, 7.6), (-2.5, 5.9), (-1.7, 3.4)]
        out: list[tuple[str, str, str, list[Vec], tuple[str, str] | None]] = [
            ("perineum", "Perineum", MIDLINE, perineum, None),
            # The coccyx belongs to the sacral area of the back views, and shares its spinal levels.
            ("sacrum", "Sacrum and coccyx", MIDLINE, coccyx, ("S1", "Co")),
        ]
        for side, sx in ((RIGHT, 1), (LEFT, -1)):
            out.append(("buttock", "Buttock (gluteal)", side, [(sx * x, y) for x, y in buttock], None))
            out.append(("thigh_medial", "Thigh, inner side", side, [(sx * x, y) for x, y in thigh], None))
        return out


def views(model: PerineumModel | None = None) -> list[DetailView]:
    m = model or PerineumModel()
    pts = m.outline()
    top = max(y for _, y in pts)
    bottom = min(y for _, y in pts)
    frame = Frame((VIEW_SIZE[0] / 2, (VIEW_SIZE[1] - (top - bottom) * CUN_PX) / 2 + top * CUN_PX + 10), CUN_PX)
    low = frame((0.0, bottom))[1]
    cleft = [next(i for i, (x, y) in enumerate(pts) if x == 0 and y < 0)]
    return [
        DetailView(
            name="perineum",
            title="Perineum (from below)",
            width=VIEW_SIZE[0],
            height=VIEW_SIZE[1],
            cun_px=CUN_PX,
            **smooth_outline(frame.all(pts), cleft),
            marks=m.marks(frame),
            # The patient's right is on the viewer's left: say so, as no other cue tells.
            captions=[
                Caption((frame((-5.0, 0.0))[0], low + 18), "Patient's right"),
                Caption((frame((5.0, 0.0))[0], low + 18), "Patient's left"),
            ],
            sites=[Site(code, side, frame(p)) for code, side, p in m.sites()],
            areas=[
                Area(i, n, side, tuple(frame.all(catmull_rom(p, closed=True, samples=3))), spine)
                for i, n, side, p, spine in m.areas()
            ],
        )
    ]
