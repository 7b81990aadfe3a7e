"""Every visible instance of every point in every body view (the rows of placements.csv)."""

from __future__ import annotations

from dataclasses import dataclass

from charting.anatomy.body_model import BodyModel, SurfacePoint
from charting.anatomy.projection import place, views_showing
from charting.anatomy.sites import SITES

SIDE_NAMES = {1: "left", -1: "right", 0: "midline"}


@dataclass(frozen=True)
class PlacementRow:
    code: str
    view: str
    side: str
    x: float
    y: float


@dataclass
class PlacementResult:
    rows: list[PlacementRow]
    fallback: set[str]  # codes drawn on an outline (see charting.anatomy.projection)
    unseen: set[str]  # codes with a site that no body view shows


def instances(model: BodyModel) -> list[tuple[str, SurfacePoint]]:
    out: list[tuple[str, SurfacePoint]] = []
    for site in SITES:
        for side in (1, -1) if site.bilateral else (0,):
            out += [(site.code, sp) for sp in site.locate(model, side)]
    return out


def compute_placements(model: BodyModel) -> PlacementResult:
    rows: list[PlacementRow] = []
    fallback: set[str] = set()
    seen: set[str] = set()
    codes: list[str] = []
    for code, sp in instances(model):
        codes.append(code)
        views, is_fallback = views_showing(model, sp)
        if is_fallback:
            fallback.add(code)
        for view in views:
            x, y = place(view, sp)
            rows.append(PlacementRow(code, view.name, SIDE_NAMES[sp.side], round(x, 1), round(y, 1)))
            seen.add(code)
    return PlacementResult(rows, fallback, set(codes) - seen)
