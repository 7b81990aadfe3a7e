"""Which figure views a printed body map shows, and what goes on each (no drawing here).

Every treated point instance (a bilateral point is two: left and right) and every complaint area
is put on exactly one view, so the printed drawing has one marker per point instance. Views are
chosen greedily, whole-body views first in a fixed order, each time the one that shows the most
items not yet placed; detail views (hand, foot, head) are used only for what no body view shows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from charting.domain.records import AreaData, PointData
from charting.points import Catalog, Placement, Region, View

BODY_ORDER = ("anterior", "posterior", "left_lateral", "right_lateral")
MAX_PANELS = 4
# A whole-body view is cropped to the box that holds its marks, padded, and never to less than
# these shares of the figure's height and width, so the reader still sees where on the body it is.
MIN_CROP_SHARE = 0.36
MIN_CROP_WIDTH_SHARE = 0.5
CROP_PAD_SHARE = 0.07


@dataclass(frozen=True)
class Marker:
    code: str
    side: str  # the patient's side of this instance: left, right or midline
    role: str  # local or distal
    x: float
    y: float


@dataclass(frozen=True)
class AreaMark:
    region: Region
    kind: str
    severity: int


@dataclass
class Panel:
    view: View
    markers: list[Marker] = field(default_factory=list)
    areas: list[AreaMark] = field(default_factory=list)
    band: tuple[float, float] | None = None  # shared (top, bottom) so body views print at one scale

    @property
    def crop(self) -> tuple[float, float, float, float]:
        """(left, top, right, bottom) of the part of the view to draw, in view units."""
        view = self.view
        if view.kind != "body":
            return 0.0, 0.0, view.width, view.height
        xs = [m.x for m in self.markers] + [x for a in self.areas for x, _y in a.region.polygon]
        ys = [m.y for m in self.markers] + [y for a in self.areas for _x, y in a.region.polygon]
        if not xs:
            return 0.0, 0.0, view.width, view.height
        pad = CROP_PAD_SHARE * view.height
        left, right = _span(min(xs) - pad, max(xs) + pad, MIN_CROP_WIDTH_SHARE * view.width, view.width)
        top, bottom = self.band or _span(min(ys) - pad, max(ys) + pad, MIN_CROP_SHARE * view.height, view.height)
        return left, top, right, bottom


def _span(low: float, high: float, minimum: float, limit: float) -> tuple[float, float]:
    """[low, high] widened about its middle to `minimum`, then shifted to lie within [0, limit]."""
    short = minimum - (high - low)
    if short > 0:
        low, high = low - short / 2, high + short / 2
    if low < 0:
        low, high = 0.0, high - low
    if high > limit:
        low, high = low - (high - limit), limit
    return max(0.0, low), min(limit, high)


@dataclass(frozen=True)
class FigurePlan:
    panels: tuple[Panel, ...]
    unplaced: tuple[str, ...]  # point instances or areas no view shows, e.g. "LI4 left"

    @property
    def marker_count(self) -> int:
        return sum(len(p.markers) for p in self.panels)


def instance_sides(side: str) -> tuple[str, ...]:
    return ("left", "right") if side == "bilateral" else (side,)


def _view_order(catalog: Catalog) -> list[View]:
    views = list(catalog.views.values())
    rank = {name: i for i, name in enumerate(BODY_ORDER)}
    return sorted(views, key=lambda v: (v.kind != "body", rank.get(v.name, len(rank)), v.name))


def plan_figures(catalog: Catalog, points: Sequence[PointData], areas: Sequence[AreaData]) -> FigurePlan:
    order = _view_order(catalog)
    # item key -> {view name: what to draw there}
    point_items: dict[tuple[int, str], dict[str, Placement]] = {}
    for index, point in enumerate(points):
        known = catalog.get(point.code)
        code = known.code if known else point.code
        placements = catalog.placements(code) if known else []
        for side in instance_sides(point.side):
            point_items[(index, side)] = {p.view: p for p in placements if p.side == side}
    area_items: dict[int, dict[str, Region]] = {}
    for index, area in enumerate(areas):
        area_items[index] = {
            v.name: region for v in order if (region := catalog.region(v.name, area.region, area.side)) is not None
        }

    pending_points = {key for key, where in point_items.items() if where}
    pending_areas = {key for key, where in area_items.items() if where}
    chosen: list[Panel] = []
    for pass_kind in ("body", "detail"):
        while (pending_points or pending_areas) and len(chosen) < MAX_PANELS:
            best: tuple[int, View] | None = None
            for view in order:
                if view.kind != pass_kind or any(p.view.name == view.name for p in chosen):
                    continue
                score = sum(1 for k in pending_points if view.name in point_items[k]) + sum(
                    1 for k in pending_areas if view.name in area_items[k]
                )
                if score and (best is None or score > best[0]):
                    best = (score, view)
            if best is None:
                break
            view = best[1]
            panel = Panel(view)
            for key in sorted(k for k in pending_points if view.name in point_items[k]):
                placement = point_items[key][view.name]
                point = points[key[0]]
                panel.markers.append(Marker(placement.code, key[1], point.role, placement.x, placement.y))
                pending_points.discard(key)
            for area_key in sorted(k for k in pending_areas if view.name in area_items[k]):
                area = areas[area_key]
                panel.areas.append(AreaMark(area_items[area_key][view.name], area.kind, area.severity))
                pending_areas.discard(area_key)
            chosen.append(panel)
    rank = {v.name: i for i, v in enumerate(order)}
    chosen.sort(key=lambda p: rank[p.view.name])
    body = [p for p in chosen if p.view.kind == "body" and (p.markers or p.areas)]
    if len(body) > 1 and len({p.view.height for p in body}) == 1:
        # Side by side, whole-body views show the same band of the body, at the same scale.
        crops = [p.crop for p in body]
        band = (min(c[1] for c in crops), max(c[3] for c in crops))
        for panel in body:
            panel.band = band
    unplaced = [f"{points[i].code} {side}" for (i, side), where in point_items.items() if not where]
    unplaced += [f"{points[i].code} {side}" for i, side in sorted(pending_points)]
    unplaced += [f"{areas[i].region.replace('_', ' ')} ({areas[i].side})" for i in sorted(pending_areas)]
    unplaced += [f"{areas[i].region.replace('_', ' ')} ({areas[i].side})" for i, w in area_items.items() if not w]
    return FigurePlan(panels=tuple(chosen), unplaced=tuple(unplaced))
