"""Keeping the treated-points table in step with the points chosen on the body map.

The map owns which points and sides are chosen (and their roles); the table owns the needling
details. A side change (left → bilateral) keeps the details typed for that point.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from charting.domain.records import PointData

Chosen = tuple[str, str, str, bool]  # code, side, role, role_override


def merge_chosen(rows: list[PointData], chosen: Iterable[Chosen]) -> list[PointData]:
    """The table rows for these chosen points: existing rows keep their order and details."""
    wanted = list(chosen)
    by_code = {code: (side, role, override) for code, side, role, override in wanted}
    merged: list[PointData] = []
    for row in rows:
        if row.code in by_code:
            side, role, override = by_code.pop(row.code)
            merged.append(replace(row, side=side, role=role, role_override=override))
    for code, side, role, override in wanted:
        if code in by_code:
            merged.append(PointData(code=code, side=side, role=role, role_override=override))
    return merged


def as_chosen(rows: Iterable[PointData]) -> list[Chosen]:
    return [(p.code, p.side, p.role, p.role_override) for p in rows]


def needle_sites(rows: Iterable[PointData]) -> int:
    """Needles the chosen points take: two for a bilateral point, one otherwise."""
    return sum(2 if p.side == "bilateral" else 1 for p in rows)
