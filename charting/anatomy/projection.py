"""The four whole-body views: orthographic projections of the one body model, and what each shows.

A skin point is shown in a view when its surface faces the viewer (the outward normal makes less
than about 75° with the line of sight) and, in the lateral views, when neither the far-side limb
rule nor the near arm hides it: in profile the far arm and leg lie behind the trunk and the near
leg, and the near arm (hanging at the side) covers the flank and the lateral thigh behind it.

A few points face no view unhidden: they lie on the outline of the front and back views and behind
the arm in profile (the axilla, the mid-axillary line, where the fingertips touch the thigh). They
are drawn near the outline of the (at most two) views they face most among those that do not hide
them, as a chart with the arms at the sides has to (the build reports them). Skin facing upward (the crown, the top
of the shoulders) is the top outline of every view and is shown in each that it does not turn from.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from charting.anatomy.body_model import LIMB_PARTS, BodyModel, SurfacePoint
from charting.anatomy.curves import Vec3, dot

FACING_MIN = 0.25
FALLBACK_FACING_MIN = -0.25
UPWARD = 0.75
CROWN_FACING_MIN = -0.2
# Placements are drawn this far (head heights) beneath the skin, so a point on the outline still
# lands inside the filled figure.
INSET = 0.012


@dataclass(frozen=True)
class ViewSpec:
    name: str
    title: str
    toward: Vec3  # unit vector from the body toward the viewer
    width: float = 600.0
    height: float = 1400.0
    scale: float = 160.0  # px per head height
    top: float = 60.0
    lateral_centre_z: float = 0.185

    @property
    def near_side(self) -> int:
        """+1 when the view looks at the patient's left side, -1 the right, 0 front and back."""
        return round(self.toward[0])

    def project(self, p: Vec3) -> tuple[float, float]:
        x, y, z = p
        mid = self.width / 2
        if self.name == "anterior":
            sx = mid + x * self.scale
        elif self.name == "posterior":
            sx = mid - x * self.scale
        elif self.name == "left_lateral":
            sx = mid - (z - self.lateral_centre_z) * self.scale
        else:
            sx = mid + (z - self.lateral_centre_z) * self.scale
        return sx, self.top + y * self.scale

    def depth(self, p: Vec3) -> float:
        """Larger is nearer the viewer."""
        return dot(p, self.toward)


VIEWS: tuple[ViewSpec, ...] = (
    ViewSpec("anterior", "Anterior", (0.0, 0.0, 1.0)),
    ViewSpec("posterior", "Posterior", (0.0, 0.0, -1.0)),
    ViewSpec("left_lateral", "Left lateral", (1.0, 0.0, 0.0)),
    ViewSpec("right_lateral", "Right lateral", (-1.0, 0.0, 0.0)),
)
VIEW_BY_NAME = {v.name: v for v in VIEWS}


def facing(view: ViewSpec, sp: SurfacePoint) -> float:
    return dot(sp.normal, view.toward)


def hidden(model: BodyModel, view: ViewSpec, sp: SurfacePoint) -> bool:
    """True when something nearer the viewer covers the skin point (lateral views only)."""
    near = view.near_side
    if near == 0:
        return False
    if sp.part in LIMB_PARTS and sp.side == -near:
        return True
    if sp.part == "arm":
        return False
    occluders = ("thumb",) if sp.part == "hand" else ("arm", "hand", "thumb")
    return any(_covers(model, part, near, sp.position) for part in occluders if part != sp.part)


def _covers(model: BodyModel, part: str, side: int, p: Vec3) -> bool:
    x, y, z = p
    if part == "thumb":
        for i in range(21):
            ax, ay, az = model.thumb_axis(side, i / 20)
            if math.hypot(ay - y, az - z) < model.thumb_radius(i / 20) and side * (ax - x) > 0:
                return True
        return False
    slices = model.parts[part]
    if not slices.y0 <= y <= slices.y1:
        return False
    s = slices.section(y)
    if abs(z - s.zm) >= s.d * 0.98:
        return False
    half = s.a * math.sqrt(1 - ((z - s.zm) / s.d) ** 2)
    return side * (side * (s.cx + half) - x) > 0.005


def shown(model: BodyModel, view: ViewSpec, sp: SurfacePoint) -> bool:
    # The crown and the tops of the shoulders face upward, at no viewer, yet they are the top
    # outline of every view: show them wherever they do not turn away.
    least = CROWN_FACING_MIN if sp.normal[1] < -UPWARD else FACING_MIN
    return facing(view, sp) >= least and not hidden(model, view, sp)


def place(view: ViewSpec, sp: SurfacePoint) -> tuple[float, float]:
    p = sp.position
    n = sp.normal
    return view.project((p[0] - INSET * n[0], p[1] - INSET * n[1], p[2] - INSET * n[2]))


def views_showing(model: BodyModel, sp: SurfacePoint) -> tuple[list[ViewSpec], bool]:
    """The views that draw this skin point, and whether that is the outline fallback."""
    views = [v for v in VIEWS if shown(model, v, sp)]
    if views:
        return views, False
    candidates = sorted(
        ((facing(v, sp), i, v) for i, v in enumerate(VIEWS) if not hidden(model, v, sp)),
        key=lambda item: (-item[0], item[1]),
    )
    return [v for f, _, v in candidates[:2] if f >= FALLBACK_FACING_MIN], True
