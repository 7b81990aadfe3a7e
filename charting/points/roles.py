"""Local or distal: how each needled point relates to the areas the patient complains of.

The rule, applied to each point instance (code, side):

1. A point is **local** when, in some view that draws both the point and a marked area, the point's
   placement lies inside the area's polygon or within 1.5 B-cun of it (1.5 × that view's
   ``cun_px``), and the sides agree: the area's side equals the point's, or either of them is the
   midline (a midline area matches both sides, a midline point matches any side).
2. An area over the spine (a region with ``spine`` levels) also makes local every point on the
   posterior midline or on a paravertebral line (Huatuojiaji, the Bladder inner and outer lines and
   the other back points listed in :data:`SPINAL_LEVELS`) whose vertebral level lies within the
   levels the area covers, widened by one level each way, even when the drawing puts it a little
   outside the polygon.
3. A bilateral point is local when either side is.
4. Everything else is **distal**.

Why B-cun and views: placements and areas are drawn from one body model, so their distance in a
view is a true distance on the skin, and 1.5 B-cun is the reach practitioners mean by "at or near
the area". The answer never depends on which view the user happened to mark the area in.
"""

from __future__ import annotations

from collections.abc import Iterable

from charting.anatomy.proportions import VERTEBRAE
from charting.points.catalog import Catalog
from charting.points.model import Placement

LOCAL = "local"
DISTAL = "distal"
REACH_CUN = 1.5


def _run(first: int, last: int, prefix: str, levels: str) -> dict[str, tuple[str, str]]:
    return {f"{prefix}{n}": (v, v) for n, v in zip(range(first, last + 1), levels.split(), strict=True)}


# Vertebral level of the back points that sit on the midline or a paravertebral line (the level of
# the spinous process they lie beside or below). Huatuojiaji is a row of points from T1 to L5.
SPINAL_LEVELS: dict[str, tuple[str, str]] = {
    **_run(1, 14, "GV", "Co S5 L4 L2 L1 T11 T10 T9 T7 T6 T5 T3 T1 C7"),
    "GV15": ("C1", "C1"),
    "GV16": ("C1", "C1"),
    "BL10": ("C1", "C1"),
    **_run(11, 35, "BL", "T1 T2 T3 T4 T5 T6 T7 T9 T10 T11 T12 L1 L2 L3 L4 L5 S1 S2 S3 S4 S1 S2 S3 S4 Co"),
    **_run(41, 54, "BL", "T2 T3 T4 T5 T6 T7 T9 T10 T11 T12 L1 L2 S2 S4"),
    "EX-HN15": ("C4", "C4"),
    "EX-B1": ("C7", "C7"),
    "EX-B2": ("T1", "L5"),
    "EX-B3": ("T8", "T8"),
    "EX-B4": ("L1", "L1"),
    "EX-B5": ("L3", "L3"),
    "EX-B6": ("L4", "L4"),
    "EX-B7": ("L4", "L4"),
    "EX-B8": ("L5", "L5"),
    "EX-B9": ("S5", "S5"),
}


def assign_roles(
    catalog: Catalog, points: Iterable[tuple[str, str]], areas: Iterable[tuple[str, str]]
) -> dict[tuple[str, str], str]:
    """Role of each (code, side) point given the marked (region_id, side) areas.

    Sides are ``left``, ``right``, ``bilateral`` or ``midline``; an area marked ``bilateral``
    counts as both its left and its right region."""
    marked = [(rid, s) for rid, side in areas for s in (("left", "right") if side == "bilateral" else (side,))]
    return {(code, side): (LOCAL if _is_local(catalog, code, side, marked) else DISTAL) for code, side in points}


def _is_local(catalog: Catalog, code: str, side: str, areas: list[tuple[str, str]]) -> bool:
    placements = catalog.placements(code)
    code = catalog[code].code
    sides = ("left", "right") if side == "bilateral" else (side,)
    return any(_near(catalog, code, placements, s, rid, aside) for s in sides for rid, aside in areas)


def _near(catalog: Catalog, code: str, placements: list[Placement], side: str, region_id: str, area_side: str) -> bool:
    for placement in placements:
        if not _sides_match(side, placement.side, area_side):
            continue
        region = catalog.region(placement.view, region_id, area_side)
        if region is None:
            continue
        reach = REACH_CUN * catalog.views[placement.view].cun_px
        if region.distance(placement.x, placement.y) <= reach:
            return True
        if region.spine and _on_spinal_levels(code, region.spine):
            return True
    return False


def _sides_match(point_side: str, placement_side: str, area_side: str) -> bool:
    """Use the placements of the side asked for (a midline point: all of them), and compare them
    with an area on the same side or on the midline."""
    if point_side != "midline" and placement_side not in (point_side, "midline"):
        return False
    return area_side == "midline" or placement_side == "midline" or placement_side == area_side


def _on_spinal_levels(code: str, spine: tuple[str, str]) -> bool:
    levels = SPINAL_LEVELS.get(code)
    if levels is None:
        return False
    top = VERTEBRAE.index(spine[0]) - 1
    bottom = VERTEBRAE.index(spine[1]) + 1
    first, last = VERTEBRAE.index(levels[0]), VERTEBRAE.index(levels[1])
    return first <= bottom and last >= top
