"""A finger or toe as an axis with joints, a tapering width and a nail.

Shared by the hand and the foot: the nail-corner (jing-well) points, joint creases and the digit's
share of the silhouette all come from the same few numbers, so they cannot drift apart.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from charting.anatomy.detail.geometry import Vec, add, direction, scale

WELL_OFFSET = 0.1
"""Jing-well points lie 0.1 cun proximal to, and 0.1 cun beside, the corner of the nail."""


@dataclass(frozen=True)
class Digit:
    """`base` is the centre of the joint the digit hinges on (MCP / MTP), in cun, y distal.

    `angle` is degrees toward +x from the distal axis; `phalanges` run proximal to distal, the last
    one measured to the tip of the pulp. `+1` / `-1` name the +x and -x borders.
    """

    base: Vec
    angle: float
    phalanges: tuple[float, ...]
    width: float
    nail_fraction: float = 0.6

    @property
    def axis(self) -> Vec:
        return direction(self.angle)

    @property
    def length(self) -> float:
        return sum(self.phalanges)

    def at(self, t: float) -> Vec:
        """The point `t` cun along the digit's axis from its base joint."""
        return add(self.base, scale(self.axis, t))

    def joint(self, index: int) -> float:
        """Distance to the joint after phalanx `index` (0: PIP or thumb IP, 1: DIP)."""
        return sum(self.phalanges[: index + 1])

    def across(self, side: int) -> Vec:
        a = math.radians(self.angle)
        return (side * math.cos(a), -side * math.sin(a))

    def half_width(self, t: float) -> float:
        return self.width / 2 * (1 - 0.14 * max(0.0, t) / self.length)

    def edge(self, side: int, t: float, inset: float = 0.0) -> Vec:
        return add(self.at(t), scale(self.across(side), self.half_width(t) - inset))

    @property
    def nail_base(self) -> float:
        return self.length - self.phalanges[-1] * self.nail_fraction

    @property
    def nail_free_edge(self) -> float:
        return self.length - 0.12

    def nail_half_width(self, t: float) -> float:
        return self.half_width(t) * 0.62

    def nail_corner(self, side: int) -> Vec:
        t = self.nail_base
        return add(self.at(t), scale(self.across(side), self.nail_half_width(t)))

    def well_point(self, side: int) -> Vec:
        """0.1 cun proximal and lateral to the nail corner on `side`.

        On a slender toe that lands on the very side of the digit; it is kept a hair inside the
        outline so the point is drawn on the toe rather than on its edge.
        """
        t = self.nail_base - WELL_OFFSET
        out = min(self.nail_half_width(self.nail_base) + WELL_OFFSET, self.half_width(t) - 0.07)
        return add(self.at(t), scale(self.across(side), out))

    def tip_point(self, inset: float) -> Vec:
        return self.at(self.length - inset)

    def outline(self, start: dict[int, float], stations: int = 4) -> list[Vec]:
        """Border `-1` from `start[-1]` to the tip, round the pulp, border `+1` back to `start[1]`."""
        cap_r = self.half_width(self.length)
        cap_t = self.length - cap_r
        left = [self.edge(-1, start[-1] + (cap_t - start[-1]) * i / stations) for i in range(stations + 1)]
        centre = self.at(cap_t)
        cap = []
        for i in range(1, 6):
            phi = math.pi * i / 6
            outward = add(scale(self.across(-1), math.cos(phi)), scale(self.axis, math.sin(phi)))
            cap.append(add(centre, scale(outward, cap_r)))
        right = [self.edge(1, cap_t - (cap_t - start[1]) * i / stations) for i in range(stations + 1)]
        return left + cap + right

    def crease(self, t: float, fraction: float = 0.75) -> tuple[Vec, Vec]:
        return (
            self.edge(-1, t, self.half_width(t) * (1 - fraction)),
            self.edge(1, t, self.half_width(t) * (1 - fraction)),
        )

    def nail_outline(self) -> list[Vec]:
        b, f = self.nail_base, self.nail_free_edge
        mid = (b + f) / 2
        return [
            self.edge(-1, b, self.half_width(b) - self.nail_half_width(b)),
            self.edge(-1, mid, self.half_width(mid) - self.nail_half_width(mid) * 1.05),
            self.edge(-1, f - 0.05, self.half_width(f) - self.nail_half_width(f) * 0.9),
            self.at(f),
            self.edge(1, f - 0.05, self.half_width(f) - self.nail_half_width(f) * 0.9),
            self.edge(1, mid, self.half_width(mid) - self.nail_half_width(mid) * 1.05),
            self.edge(1, b, self.half_width(b) - self.nail_half_width(b)),
            self.at(b - 0.06),
        ]
