"""The patient's hands, palm and back, drawn from one skeletal model of the right hand.

Hand frame, in B-cun: x toward the radial (thumb) border, y distal, origin at the centre of the
palmar wrist crease. Proportions: wrist crease to the tip of the middle finger about 8.75 cun
(cubital crease to wrist crease is 12), palm about 4 cun wide at the knuckles.

Each view is what the practitioner sees of the hand hanging in the anatomical position, as in the
whole-body views: forearm at the top, fingers down. Facing the patient, the palm of the right hand
has the thumb on the viewer's left; from behind, its back has the thumb on the viewer's right.
(Drawn fingers up, a right palm would have the thumb on the viewer's right: turning the picture
round does not change which hand it is, mirroring it does.) The left hand is the mirror image.
"""

from __future__ import annotations

from dataclasses import dataclass

from charting.anatomy.detail.digits import Digit
from charting.anatomy.detail.geometry import (
    Frame,
    Vec,
    add,
    catmull_rom,
    direction,
    lerp,
    scale,
    smooth_path,
    sub,
    unit,
)
from charting.anatomy.detail.view import Area, DetailView, Mark, Site, with_left

RIGHT = "right"
FINGERS = ("index", "middle", "ring", "little")
_DIGIT_REGIONS = {
    "thumb": ("thumb", "Thumb"),
    "index": ("index_finger", "Index finger"),
    "middle": ("middle_finger", "Middle finger"),
    "ring": ("ring_finger", "Ring finger"),
    "little": ("little_finger", "Little finger"),
}


@dataclass(frozen=True)
class HandModel:
    """Bones and joints of the hand; every outline and point is derived from these."""

    metacarpal_bases: tuple[Vec, ...] = ((0.85, 0.8), (0.3, 0.82), (-0.3, 0.8), (-0.85, 0.75))
    metacarpal_heads: tuple[Vec, ...] = ((1.45, 4.3), (0.5, 4.5), (-0.45, 4.3), (-1.35, 3.9))
    finger_angles: tuple[float, ...] = (8.0, 1.0, -6.0, -14.0)
    finger_phalanges: tuple[tuple[float, float, float], ...] = (
        (1.75, 1.1, 0.95),
        (2.0, 1.25, 1.0),
        (1.85, 1.2, 0.95),
        (1.45, 0.9, 0.85),
    )
    finger_widths: tuple[float, ...] = (0.86, 0.88, 0.82, 0.72)
    web: float = 0.75
    thumb_cmc: Vec = (1.15, 0.75)
    thumb_metacarpal: float = 2.0
    thumb_metacarpal_angle: float = 44.0
    thumb_angle: float = 25.0
    thumb_phalanges: tuple[float, float] = (1.35, 1.15)
    thumb_width: float = 0.95
    wrist_half_width: float = 1.42
    forearm_half_width: float = 1.62
    forearm_cut: float = -2.4

    @property
    def fingers(self) -> dict[str, Digit]:
        return {
            name: Digit(head, angle, phalanges, width)
            for name, head, angle, phalanges, width in zip(
                FINGERS,
                self.metacarpal_heads,
                self.finger_angles,
                self.finger_phalanges,
                self.finger_widths,
                strict=True,
            )
        }

    @property
    def thumb_mcp(self) -> Vec:
        return add(self.thumb_cmc, scale(direction(self.thumb_metacarpal_angle), self.thumb_metacarpal))

    @property
    def thumb(self) -> Digit:
        return Digit(self.thumb_mcp, self.thumb_angle, self.thumb_phalanges, self.thumb_width)

    def metacarpal(self, index: int, fraction: float) -> Vec:
        """A point `fraction` of the way from the base to the head of metacarpal `index` (2..5)."""
        i = index - 2
        return lerp(self.metacarpal_bases[i], self.metacarpal_heads[i], fraction)

    def metacarpal_at_level(self, index: int, y: float) -> Vec:
        base, head = self.metacarpal_bases[index - 2], self.metacarpal_heads[index - 2]
        return lerp(base, head, (y - base[1]) / (head[1] - base[1]))

    def between_metacarpals(self, a: int, b: int, y: float, weight_b: float = 0.5) -> Vec:
        return lerp(self.metacarpal_at_level(a, y), self.metacarpal_at_level(b, y), weight_b)

    def web_point(self, ulnar: str, radial: str) -> Vec:
        """The margin of the web between two neighbouring fingers."""
        f = self.fingers
        return lerp(f[ulnar].edge(1, self.web), f[radial].edge(-1, self.web), 0.5)

    def first_web(self) -> list[Vec]:
        """The web between the thumb and the index finger, from the index side to the thumb."""
        index_base = self.fingers["index"].edge(1, 0.3)
        thumb_edge = self.thumb.edge(-1, 0.45)
        deepest = add(lerp(index_base, thumb_edge, 0.7), (0.05, -0.05))
        return [add(lerp(index_base, deepest, 0.45), (0.06, 0.0)), deepest]

    def outline(self) -> tuple[list[Vec], list[int]]:
        """The silhouette in the hand frame and the indices of its sharp corners."""
        f, w, cut = self.fingers, self.web, self.forearm_cut
        little_mcp = self.metacarpal_heads[3]
        pts: list[Vec] = [
            (-self.forearm_half_width, cut),
            (-self.forearm_half_width + 0.08, cut + 1.1),
            (-self.wrist_half_width, -0.25),
            (-self.wrist_half_width - 0.18, 0.65),
            (little_mcp[0] - 0.6, 1.75),
            (little_mcp[0] - 0.68, 2.85),
            (little_mcp[0] - 0.56, 3.6),
        ]
        # Each finger's border starts a little beyond the web so the web itself reads as a soft U.
        pts += f["little"].outline({-1: 0.35, 1: w + 0.25})
        pts.append(self.web_point("little", "ring"))
        pts += f["ring"].outline({-1: w + 0.25, 1: w + 0.25})
        pts.append(self.web_point("ring", "middle"))
        pts += f["middle"].outline({-1: w + 0.25, 1: w + 0.25})
        pts.append(self.web_point("middle", "index"))
        pts += f["index"].outline({-1: w + 0.25, 1: 0.3})
        pts += self.first_web()
        thumb = self.thumb
        pts += thumb.outline({-1: 0.75, 1: 0.0})
        mc_dir = unit(sub(self.thumb_mcp, self.thumb_cmc))
        radial = (mc_dir[1], -mc_dir[0])
        for fraction, bulge in ((0.7, 0.58), (0.35, 0.62)):
            on_bone = add(self.thumb_cmc, scale(mc_dir, self.thumb_metacarpal * fraction))
            pts.append(add(on_bone, scale(radial, bulge)))
        pts += [
            (self.wrist_half_width + 0.2, 0.25),
            (self.wrist_half_width + 0.03, -0.2),
            (self.forearm_half_width - 0.07, cut + 1.1),
            (self.forearm_half_width, cut),
        ]
        return pts, [0, len(pts) - 1]


def _sites_palm(m: HandModel) -> list[tuple[str, Vec]]:
    f = m.fingers
    pc8_level = m.metacarpal_heads[1][1] - 1.25
    thumb_mc_mid = lerp(m.thumb_cmc, m.thumb_mcp, 0.5)
    mc_dir = unit(sub(m.thumb_mcp, m.thumb_cmc))
    sites: list[tuple[str, Vec]] = [
        # Radial artery line and the radial border of the forearm.
        ("LU7", (m.wrist_half_width - 0.02, -1.5)),
        ("LU8", (m.wrist_half_width - 0.32, -1.0)),
        ("LU9", (m.wrist_half_width - 0.32, 0.0)),
        # Thenar border, over the middle of the 1st metacarpal.
        ("LU10", add(thumb_mc_mid, scale((mc_dir[1], -mc_dir[0]), 0.34))),
        # Between the palmaris longus and flexor carpi radialis tendons.
        ("PC7", (0.05, 0.0)),
        ("PC6", (0.05, -2.0)),
        # Radial to the flexor carpi ulnaris tendon.
        ("HT7", (-m.wrist_half_width + 0.4, 0.0)),
        ("HT6", (-m.wrist_half_width + 0.38, -0.5)),
        ("HT5", (-m.wrist_half_width + 0.36, -1.0)),
        ("HT4", (-m.wrist_half_width + 0.34, -1.5)),
        # Where the tips of the middle and little fingers rest in a loose fist.
        ("PC8", m.between_metacarpals(2, 3, pc8_level, 0.6)),
        ("HT8", m.between_metacarpals(4, 5, pc8_level, 0.5)),
        ("PC9", f["middle"].tip_point(0.14)),
    ]
    sites += [("EX-UE10", f[name].at(f[name].joint(0))) for name in FINGERS]
    sites += _ulnar_border_sites(m)
    return sites


def _ulnar_border_sites(m: HandModel) -> list[tuple[str, Vec]]:
    """Points at the red-and-white-skin border of the ulnar side, seen from palm and dorsum."""
    little = m.fingers["little"]
    head, base = m.metacarpal_heads[3], m.metacarpal_bases[3]
    mc_dir = unit(sub(head, base))
    ulnar = (-mc_dir[1], mc_dir[0])
    return [
        ("SI2", little.edge(-1, 0.55, 0.12)),
        ("SI3", add(sub(head, scale(mc_dir, 0.4)), scale(ulnar, 0.5))),
        ("SI4", (-m.wrist_half_width - 0.02, 0.62)),
    ]


def _sites_dorsum(m: HandModel) -> list[tuple[str, Vec]]:
    f, thumb = m.fingers, m.thumb
    index_head, index_base = m.metacarpal_heads[0], m.metacarpal_bases[0]
    mc2 = unit(sub(index_head, index_base))
    radial2 = (mc2[1], -mc2[0])
    ring_head_y = m.metacarpal_heads[2][1]
    wrist_to_mcp_mid = (m.metacarpal_heads[0][1] + 0.0) / 2
    sites: list[tuple[str, Vec]] = [
        ("LU11", thumb.well_point(1)),
        ("LI1", f["index"].well_point(1)),
        ("LI2", f["index"].edge(1, 0.55, 0.1)),
        ("LI3", add(sub(index_head, scale(mc2, 0.4)), scale(radial2, 0.42))),
        # Midpoint of the 2nd metacarpal, on its radial side.
        ("LI4", add(m.metacarpal(2, 0.5), scale(radial2, 0.38))),
        ("LI5", (m.wrist_half_width - 0.2, 0.1)),
        ("EX-UE3", (0.38, 0.1)),
        ("TE4", (-0.32, 0.1)),
        ("TE5", (-0.05, -2.0)),
        ("SI5", (-m.wrist_half_width + 0.18, 0.1)),
        ("SI6", (-m.wrist_half_width + 0.42, -1.0)),
        ("TE3", m.between_metacarpals(4, 5, ring_head_y - 0.6)),
        ("TE2", add(m.web_point("little", "ring"), (0.0, -0.22))),
        ("TE1", f["ring"].well_point(-1)),
        ("HT9", f["little"].well_point(1)),
        ("SI1", f["little"].well_point(-1)),
        ("EX-UE4", f["middle"].at(f["middle"].joint(0))),
        ("EX-UE5", thumb.at(thumb.joint(0))),
        ("EX-UE6", f["little"].at(f["little"].joint(0))),
        ("EX-UE7", m.between_metacarpals(2, 3, wrist_to_mcp_mid)),
        ("EX-UE7", m.between_metacarpals(4, 5, wrist_to_mcp_mid)),
        ("EX-UE8", m.between_metacarpals(2, 3, m.metacarpal_heads[0][1] - 0.5)),
    ]
    first_web = m.first_web()[-1]
    sites.append(("EX-UE9", add(first_web, (-0.14, 0.1))))
    for ulnar, radial in (("index", "middle"), ("middle", "ring"), ("ring", "little")):
        sites.append(("EX-UE9", add(m.web_point(radial, ulnar), (0.0, -0.22))))
    for digit in (thumb, *f.values()):
        # Shixuan: the very tip, 0.1 cun beyond the free margin of the nail.
        sites.append(("EX-UE11", digit.at(min(digit.nail_free_edge + 0.1, digit.length - 0.06))))
    sites += _ulnar_border_sites(m)
    return sites


def _creases_palm(m: HandModel, frame: Frame) -> list[Mark]:
    f, thumb = m.fingers, m.thumb
    marks: list[tuple[list[Vec], str]] = [
        ([(-1.2, 0.0), (0.0, -0.06), (1.25, 0.0)], "line"),
        ([(-1.0, -0.32), (0.0, -0.38), (1.05, -0.32)], "faint"),
        # Thenar, proximal and distal palmar creases.
        ([(1.95, 3.5), (1.15, 2.95), (0.72, 2.1), (0.55, 1.15), (0.45, 0.4)], "line"),
        ([(1.95, 3.5), (1.0, 3.32), (0.0, 3.05), (-0.9, 2.86), (-1.55, 2.78)], "line"),
        ([(-1.92, 3.45), (-1.0, 3.78), (0.1, 4.02), (0.95, 4.38)], "line"),
        # Hypothenar eminence and the flexor tendons above the wrist.
        ([(-1.45, 0.6), (-1.25, 1.6), (-1.3, 2.5)], "faint"),
        ([(0.05, -2.3), (0.05, -0.5)], "faint"),
        ([(0.62, -2.3), (0.6, -0.5)], "faint"),
    ]
    for name in FINGERS:
        d = f[name]
        for t, kind in ((m.web + 0.08, "line"), (d.joint(0), "line"), (d.joint(1), "line")):
            a, b = d.crease(t)
            marks.append(([a, lerp(a, b, 0.5), b], kind))
    for t in (0.05, thumb.joint(0)):
        a, b = thumb.crease(t)
        marks.append(([a, lerp(a, b, 0.5), b], "line"))
    return [Mark(smooth_path(frame.all(pts)), k) for pts, k in marks]


def _creases_dorsum(m: HandModel, frame: Frame) -> list[Mark]:
    f, thumb = m.fingers, m.thumb
    marks: list[Mark] = []
    items: list[tuple[list[Vec], str]] = [
        ([(-1.2, 0.1), (0.0, 0.14), (1.25, 0.1)], "faint"),
        # Head of the ulna and the extensor tendons fanning to the knuckles.
        ([(-1.35, -0.95), (-1.05, -0.7), (-0.8, -0.9)], "line"),
        ([(1.05, 0.85), (1.6, 1.3)], "faint"),
    ]
    for head in m.metacarpal_heads:
        start = (head[0] * 0.3, 0.35)
        items.append(([start, lerp(start, head, 0.55), sub(head, (0.0, 0.25))], "faint"))
        items.append(([add(head, (-0.26, -0.04)), add(head, (0.0, 0.1)), add(head, (0.26, -0.04))], "faint"))
    for name in FINGERS:
        d = f[name]
        for t, frac in ((d.joint(0) - 0.08, 0.5), (d.joint(0) + 0.06, 0.6), (d.joint(1), 0.5)):
            a, b = d.crease(t, frac)
            items.append(([a, add(lerp(a, b, 0.5), scale(d.axis, 0.06)), b], "faint"))
        marks.append(Mark(smooth_path(frame.all(d.nail_outline()), closed=True), "nail"))
    a, b = thumb.crease(thumb.joint(0), 0.55)
    items.append(([a, add(lerp(a, b, 0.5), scale(thumb.axis, 0.06)), b], "faint"))
    marks.append(Mark(smooth_path(frame.all(thumb.nail_outline()), closed=True), "nail"))
    return [Mark(smooth_path(frame.all(pts)), k) for pts, k in items] + marks


def _areas(m: HandModel, *, palm: bool) -> list[tuple[str, str, list[Vec]]]:
    f, thumb = m.fingers, m.thumb
    wrist = [(-1.55, -0.85), (1.52, -0.85), (1.62, 0.5), (-1.62, 0.55)]
    areas: list[tuple[str, str, list[Vec]]] = [("wrist", "Wrist", wrist)]
    if palm:
        areas += [
            (
                "palm",
                "Palm",
                [
                    (-1.05, 0.6),
                    (0.5, 0.6),
                    (0.75, 1.6),
                    (1.3, 3.0),
                    (1.85, 3.7),
                    (1.0, 4.5),
                    (-0.4, 4.55),
                    (-1.75, 3.95),
                    (-1.2, 2.5),
                ],
            ),
            (
                "thenar",
                "Thenar eminence",
                [(0.5, 0.6), (1.55, 0.55), (2.3, 1.0), (2.95, 1.75), (2.6, 2.5), (2.0, 2.9), (1.3, 3.0), (0.75, 1.6)],
            ),
            (
                "hypothenar",
                "Hypothenar eminence",
                [(-1.5, 0.6), (-1.05, 0.6), (-1.2, 2.5), (-1.75, 3.95), (-1.98, 3.4), (-2.0, 2.4), (-1.8, 1.4)],
            ),
        ]
    else:
        areas.append(
            (
                "hand_dorsum",
                "Back of the hand",
                [
                    (-1.55, 0.55),
                    (1.6, 0.55),
                    (2.3, 1.25),
                    (2.75, 2.15),
                    (2.4, 3.05),
                    (1.95, 4.45),
                    (0.5, 4.9),
                    (-0.95, 4.7),
                    (-1.9, 3.85),
                    (-2.0, 2.8),
                    (-1.75, 1.3),
                ],
            )
        )
    digits = {"thumb": thumb, **f}
    for name, digit in digits.items():
        start = 0.3 if name == "thumb" else m.web
        ring = digit.outline({-1: start, 1: start}, stations=3)
        areas.append((*_DIGIT_REGIONS[name], ring))
    return areas


def _view(m: HandModel, *, palm: bool, frame: Frame) -> DetailView:
    outline, corners = m.outline()
    silhouette = smooth_path(frame.all(outline), closed=True, corners=corners)
    marks = _creases_palm(m, frame) if palm else _creases_dorsum(m, frame)
    sites = _sites_palm(m) if palm else _sites_dorsum(m)
    areas = _areas(m, palm=palm)
    return DetailView(
        name="hand_palm" if palm else "hand_dorsum",
        title=_title("Right", palm=palm),
        width=VIEW_SIZE[0],
        height=VIEW_SIZE[1],
        cun_px=frame.cun_px,
        silhouette=silhouette,
        outline=tuple(catmull_rom(frame.all(outline), closed=True, samples=8, corners=corners)),
        marks=marks,
        sites=[Site(code, RIGHT, frame(p)) for code, p in sites],
        areas=[
            Area(i, n, RIGHT, tuple(frame.all(catmull_rom(p, closed=True, samples=3) if len(p) < 12 else p)))
            for i, n, p in areas
        ],
    )


def _title(side: str, *, palm: bool) -> str:
    return f"{side} hand — {'palm' if palm else 'back'}"


VIEW_SIZE = (600, 760)
CUN_PX = 60.0
# The wrist crease sits high in the view so 2.4 cun of forearm above it and the fingers (8.75
# cun) below it fit.
_ORIGIN_Y = 40 + 2.4 * CUN_PX


def views(model: HandModel | None = None) -> list[DetailView]:
    m = model or HandModel()
    # Centre the hand between its ulnar border and the thumb tip.
    thumb_tip = m.thumb.at(m.thumb.length)[0] + m.thumb_width / 2
    ulnar = m.metacarpal_heads[3][0] - 0.7
    centre = (thumb_tip + ulnar) / 2
    # Fingers down (y distal runs down the view); the thumb (+x) on the viewer's left in the palm.
    palm = Frame((VIEW_SIZE[0] / 2 + centre * CUN_PX, _ORIGIN_Y), CUN_PX, mirror=True, y_up=False)
    dorsum = Frame((VIEW_SIZE[0] / 2 - centre * CUN_PX, _ORIGIN_Y), CUN_PX, y_up=False)
    return [
        *with_left(_view(m, palm=True, frame=palm), _title("Left", palm=True)),
        *with_left(_view(m, palm=False, frame=dorsum), _title("Left", palm=False)),
    ]
