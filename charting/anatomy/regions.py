"""Complaint areas: patches of skin, drawn as polygons in every view that shows them.

An area is a patch on one body part between two levels and across a span of angles (on the limbs
and head) or of B-cun from the midline (on the trunk). In each view the patch is sampled, the
samples the view shows are kept, and each row's outermost visible samples make the polygon, so an
area has the same id in every view and lies exactly where the points of that area are drawn.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from charting.anatomy.body_model import BodyModel, SurfacePoint
from charting.anatomy.curves import signed_area
from charting.anatomy.projection import VIEWS, ViewSpec, facing, hidden
from charting.anatomy.proportions import Canon

Level = Callable[[Canon], float]
ROWS = 12
COLUMNS = 16
MIN_AREA_PX = 120.0


@dataclass(frozen=True)
class Area:
    id: str
    name: str
    part: str  # a slice part, "foot", or "trunk_front" / "trunk_back" for B-cun spans
    top: Level  # a level; on the foot, a distance forward of the ankle axis
    bottom: Level
    across: tuple[float, float]  # angles (deg), or B-cun from the midline for the trunk spans
    sided: bool = True
    spine: tuple[str, str] | None = None
    # a second patch stacked below the first, for an area that runs from one part onto the next
    then: tuple[str, Level, tuple[float, float]] | None = None


def _y(v: float) -> Level:
    return lambda c: v


def _sp(vertebra: str, offset: float = 0.0) -> Level:
    return lambda c: c.spinous(vertebra) + offset


def _attr(name: str, offset: float = 0.0) -> Level:
    return lambda c: float(getattr(c, name)) + offset


def _calf_bottom(c: Canon) -> float:
    """The calf muscles end about 9.5 B-cun below the popliteal crease, where the tendon begins."""
    return c.popliteal_crease_y + 9.5 * c.cun_leg_lateral


AREAS: tuple[Area, ...] = (
    # head and neck
    Area("vertex", "Vertex (crown)", "head", _y(0.01), _y(0.14), (-180, 180), sided=False),
    Area(
        "forehead",
        "Forehead",
        "head",
        _attr("anterior_hairline_y", -0.02),
        _attr("glabella_y", -0.01),
        (-55, 55),
        sided=False,
    ),
    Area("temple", "Temple", "head", _y(0.28), _y(0.5), (60, 92)),
    Area("occiput", "Occiput", "head", _y(0.3), _attr("posterior_hairline_y"), (125, 235), sided=False),
    Area("face", "Face", "head", _attr("glabella_y"), _y(0.97), (-60, 60), sided=False),
    Area("tmj", "Jaw joint (TMJ)", "head", _y(0.5), _y(0.64), (74, 93)),
    Area("jaw", "Jaw (masseter)", "head", _y(0.66), _y(0.9), (52, 95)),
    Area("anterior_neck", "Neck, front", "neck", _y(0.99), _y(1.27), (-60, 60), sided=False),
    Area("lateral_neck", "Neck, side", "neck", _y(0.86), _y(1.26), (60, 122)),
    Area(
        "cervical",
        "Neck, back (cervical spine)",
        "neck",
        _attr("posterior_hairline_y"),
        _sp("C7", -0.02),
        (122, 238),
        sided=False,
        spine=("C1", "C7"),
    ),
    Area("upper_trapezius", "Upper trapezius", "trunk_back", _y(1.17), _y(1.47), (1.5, 7.0)),
    # trunk, back
    Area("scapula", "Shoulder blade", "trunk_back", _sp("T1"), _sp("T7", 0.05), (3.0, 6.4)),
    Area("upper_back", "Upper back (between the shoulder blades)", "trunk_back", _sp("T1"), _sp("T7"), (0.6, 3.0)),
    Area("mid_back", "Mid back", "trunk_back", _sp("T7"), _sp("T12", 0.06), (0.6, 6.0)),
    Area("lower_back", "Lower back", "trunk_back", _sp("L1"), _sp("L5", 0.06), (0.6, 5.0)),
    Area(
        "thoracic",
        "Thoracic spine",
        "trunk_back",
        _sp("T1"),
        _sp("T12", 0.06),
        (-1.2, 1.2),
        sided=False,
        spine=("T1", "T12"),
    ),
    Area(
        "lumbar",
        "Lumbar spine (low back)",
        "trunk_back",
        _sp("L1", -0.03),
        _sp("L5", 0.06),
        (-3.6, 3.6),
        sided=False,
        spine=("L1", "L5"),
    ),
    Area("sacrum", "Sacrum", "trunk_back", _sp("S1"), _sp("Co"), (-2.0, 2.0), sided=False, spine=("S1", "Co")),
    Area(
        "buttock",
        "Buttock (gluteal)",
        "trunk_back",
        _sp("S1", 0.02),
        _y(3.62),
        (1.3, 6.8),
        then=("leg", _attr("gluteal_fold_y"), (112, 248)),
    ),
    # trunk, front and sides
    Area("chest", "Chest", "trunk_front", _attr("suprasternal_y", 0.05), lambda c: c.ics_y(6), (0.4, 6.8)),
    Area("axilla", "Armpit", "trunk", _y(1.55), _y(1.9), (76, 104)),
    Area("flank", "Flank (side of the waist)", "trunk", _y(2.45), _attr("asis_y"), (68, 112)),
    Area(
        "upper_abdomen",
        "Upper abdomen",
        "trunk_front",
        _attr("xiphisternal_y"),
        _attr("umbilicus_y"),
        (-6.0, 6.0),
        sided=False,
    ),
    Area(
        "lower_abdomen",
        "Lower abdomen",
        "trunk_front",
        _attr("umbilicus_y"),
        _attr("pubis_y"),
        (-5.5, 5.5),
        sided=False,
    ),
    Area("groin", "Groin", "trunk_front", _attr("asis_y", 0.35), _attr("pubis_y", 0.03), (2.0, 5.6)),
    Area("hip", "Hip", "trunk", _attr("asis_y"), _attr("trochanter_y", 0.1), (62, 118)),
    # upper limb
    Area("shoulder", "Shoulder", "arm", _y(1.3), _y(1.56), (-60, 210)),
    Area("deltoid", "Deltoid", "arm", _y(1.5), _y(2.05), (30, 150)),
    Area(
        "upper_arm_front",
        "Upper arm, front (biceps)",
        "arm",
        _attr("axillary_fold_y"),
        _attr("cubital_crease_y", -0.08),
        (-60, 40),
    ),
    Area(
        "upper_arm_back",
        "Upper arm, back (triceps)",
        "arm",
        _attr("axillary_fold_y"),
        _attr("cubital_crease_y", -0.08),
        (140, 250),
    ),
    Area("elbow", "Elbow", "arm", _attr("cubital_crease_y", -0.08), _attr("cubital_crease_y", 0.12), (-180, 180)),
    Area(
        "forearm_flexor",
        "Forearm, palm side (flexors)",
        "arm",
        _attr("cubital_crease_y", 0.12),
        _attr("wrist_crease_y", -0.1),
        (-80, 80),
    ),
    Area(
        "forearm_extensor",
        "Forearm, back (extensors)",
        "arm",
        _attr("cubital_crease_y", 0.12),
        _attr("wrist_crease_y", -0.1),
        (100, 260),
    ),
    Area("wrist", "Wrist", "arm", _attr("wrist_crease_y", -0.1), _attr("wrist_crease_y"), (-180, 180)),
    Area("palm", "Palm", "hand", _attr("wrist_crease_y", 0.01), _attr("wrist_crease_y", 0.76), (-85, 85)),
    Area(
        "hand_dorsum",
        "Back of the hand",
        "hand",
        _attr("wrist_crease_y", 0.01),
        _attr("wrist_crease_y", 0.76),
        (95, 265),
    ),
    # lower limb
    Area("thigh_anterior", "Thigh, front", "leg", _y(4.1), _attr("patella_base_y", -0.08), (-40, 50)),
    Area("thigh_lateral", "Thigh, outer side", "leg", _attr("trochanter_y", 0.1), _attr("patella_base_y"), (50, 130)),
    Area(
        "thigh_posterior",
        "Thigh, back (hamstrings)",
        "leg",
        _attr("gluteal_fold_y"),
        _attr("popliteal_crease_y", -0.15),
        (130, 230),
    ),
    Area("thigh_medial", "Thigh, inner side", "leg", _y(4.12), _attr("patella_base_y"), (-130, -40)),
    Area("knee", "Knee", "leg", _attr("patella_base_y", -0.08), _attr("patella_apex_y", 0.18), (-85, 85)),
    Area(
        "knee_back",
        "Back of the knee",
        "leg",
        _attr("popliteal_crease_y", -0.15),
        _attr("popliteal_crease_y", 0.15),
        (110, 250),
    ),
    Area("shin", "Shin", "leg", _attr("patella_apex_y", 0.18), _attr("medial_malleolus_y", -0.16), (-55, 55)),
    Area(
        "leg_lateral",
        "Lower leg, outer side",
        "leg",
        _attr("popliteal_crease_y", 0.15),
        _attr("lateral_malleolus_y", -0.16),
        (55, 130),
    ),
    Area(
        "leg_medial",
        "Lower leg, inner side",
        "leg",
        _attr("popliteal_crease_y", 0.15),
        _attr("medial_malleolus_y", -0.16),
        (-125, -55),
    ),
    Area("calf", "Calf", "leg", _attr("popliteal_crease_y", 0.15), _calf_bottom, (148, 212)),
    Area("achilles", "Achilles tendon", "leg", _calf_bottom, _attr("medial_malleolus_y", -0.04), (150, 210)),
    Area("ankle", "Ankle", "leg", _attr("medial_malleolus_y", -0.16), _y(7.75), (-180, 180)),
    Area("foot_dorsum", "Top of the foot", "foot", _y(0.12), _y(0.88), (-75, 75)),
    Area("heel", "Heel", "foot", _y(-0.25), _y(-0.03), (-135, 135)),
)


def _sampler(m: BodyModel, area: Area, side: int) -> Callable[[float, float], SurfacePoint | None]:
    """Skin point at fraction (r, t) of the patch: r from top to bottom, t across."""
    c = m.c
    top, bottom = area.top(c), area.bottom(c)
    lo, hi = area.across

    def at(r: float, t: float) -> SurfacePoint | None:
        y = top + (bottom - top) * r
        v = lo + (hi - lo) * t
        if area.part in ("trunk_front", "trunk_back"):
            back = area.part == "trunk_back"
            x = abs(v) * (c.cun_back_width if back else c.cun_trunk_width)
            s = m.parts["trunk"].section(y)
            if x > s.a:
                return None
            # negative spans cross the midline (midline areas are sampled with side = +1)
            return m.on_slice("trunk", side if v >= 0 else -side, y, m.angle_for_x("trunk", y, x, back))
        if area.part == "foot":
            return m.on_foot(side, y, v)
        theta = v if v <= 180 else v - 360
        if area.part in ("head", "neck", "trunk") and not area.sided:
            # a midline area spans both sides: negative angles are on the patient's right
            return m.on_slice(area.part, 1 if theta >= 0 else -1, y, abs(theta))
        return m.on_slice(area.part, side, y, theta)

    return at


def _grid(m: BodyModel, area: Area, side: int) -> list[list[SurfacePoint]]:
    patches = [area]
    if area.then is not None:
        part, bottom, across = area.then
        patches.append(replace(area, part=part, top=area.bottom, bottom=bottom, across=across, then=None))
    rows = []
    for k, patch in enumerate(patches):
        at = _sampler(m, patch, side)
        for i in range(1 if k else 0, ROWS + 1):
            row = [at(i / ROWS, j / COLUMNS) for j in range(COLUMNS + 1)]
            rows.append([sp for sp in row if sp is not None])
    return rows


def area_polygon(m: BodyModel, view: ViewSpec, grid: list[list[SurfacePoint]]) -> list[tuple[float, float]] | None:
    """The patch as this view shows it, or None when the view shows (almost) none of it."""
    left: list[tuple[float, float]] = []
    right: list[tuple[float, float]] = []
    for row in grid:
        xs = [view.project(sp.position) for sp in row if facing(view, sp) >= 0.02 and not hidden(m, view, sp)]
        if len(xs) < 2:
            continue
        a = min(xs)
        b = max(xs)
        left.append((round(a[0], 1), round(a[1], 1)))
        right.append((round(b[0], 1), round(b[1], 1)))
    polygon = left + right[::-1]
    if len(left) < 2 or abs(signed_area(polygon)) < MIN_AREA_PX:
        return None
    return polygon


def compute_regions(m: BodyModel) -> dict[str, list[dict[str, object]]]:
    out: dict[str, list[dict[str, object]]] = {view.name: [] for view in VIEWS}
    for area in AREAS:
        for side, name in ((1, "left"), (-1, "right")) if area.sided else ((1, "midline"),):
            grid = _grid(m, area, side)
            for view in VIEWS:
                polygon = area_polygon(m, view, grid)
                if polygon is None:
                    continue
                out[view.name].append(
                    {
                        "id": area.id,
                        "name": area.name,
                        "side": name,
                        "polygon": [list(p) for p in polygon],
                        "spine": list(area.spine) if area.spine else None,
                    }
                )
    return out
