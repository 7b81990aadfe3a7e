"""Combining point lists (copy last, protocols, typed entry) without losing what is charted."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from charting.domain.records import AreaData, PointData


def merge_points(current: list[PointData], incoming: Iterable[PointData]) -> list[PointData]:
    """Add incoming points; a point already present keeps its details, left + right -> bilateral."""
    merged = list(current)
    for point in incoming:
        same = [i for i, p in enumerate(merged) if p.code == point.code]
        if not same:
            merged.append(point)
            continue
        existing = merged[same[0]]
        if existing.side == point.side or existing.side in ("bilateral", "midline"):
            continue
        if point.side == "bilateral" or {existing.side, point.side} == {"left", "right"}:
            merged[same[0]] = replace(existing, side="bilateral")
    return merged


def assign_point_roles(points: list[PointData], areas: list[AreaData]) -> list[PointData]:
    """Recompute local/distal for every point the practitioner has not overridden."""
    from charting.points import load_catalog
    from charting.points.roles import assign_roles

    roles = assign_roles(load_catalog(), [(p.code, p.side) for p in points], [(a.region, a.side) for a in areas])
    return [p if p.role_override else replace(p, role=roles.get((p.code, p.side), p.role)) for p in points]
