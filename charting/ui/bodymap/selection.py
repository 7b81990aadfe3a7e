"""What the practitioner has chosen on the map, and how clicks change it (Qt-free).

A point is chosen once per code with the side it is needled on: ``left``, ``right``, ``bilateral``
(both instances clicked) or ``midline``. The figures draw one instance per patient side, so side
arithmetic is set arithmetic over {left, right} with ``bilateral`` as the full set.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass

from charting.points import Catalog
from charting.points.roles import assign_roles

_PAIR = frozenset(("left", "right"))


@dataclass(frozen=True)
class ChosenPoint:
    """One treated point; ``role_override`` means the practitioner set ``role`` by hand."""

    code: str
    side: str
    role: str
    role_override: bool = False


@dataclass(frozen=True)
class MarkedArea:
    """A complaint area: a catalog region id on one side, with its kind and severity (0–10)."""

    region: str
    side: str
    kind: str
    severity: int


def _as_set(side: str | None) -> frozenset[str]:
    if side is None:
        return frozenset()
    return _PAIR if side == "bilateral" else frozenset((side,))


def _from_set(sides: frozenset[str]) -> str | None:
    if not sides:
        return None
    if sides >= _PAIR:
        return "bilateral"
    (side,) = sides
    return side


def covers(chosen_side: str | None, instance_side: str) -> bool:
    """Whether a point chosen on ``chosen_side`` includes the instance drawn on ``instance_side``."""
    if chosen_side is None:
        return False
    if instance_side == "midline" or chosen_side == "midline":
        return True
    return instance_side in _as_set(chosen_side)


def side_plus(current: str | None, side: str) -> str:
    """The side after adding ``side``: left plus right is bilateral; midline stays midline."""
    if side == "midline" or current == "midline":
        return "midline"
    result = _from_set(_as_set(current) | _as_set(side))
    assert result is not None
    return result


def side_minus(current: str | None, side: str) -> str | None:
    """The side after removing ``side`` (``bilateral`` or ``midline`` removes the point)."""
    if current is None or side in ("bilateral", "midline") or current == "midline":
        return None
    return _from_set(_as_set(current) - _as_set(side))


def clicked_side(current: str | None, instance_side: str) -> str | None:
    """A click on an instance toggles that side: chosen instances are removed, others added."""
    if covers(current, instance_side):
        return side_minus(current, instance_side)
    return side_plus(current, instance_side)


def with_side(points: Iterable[ChosenPoint], code: str, side: str | None) -> list[ChosenPoint]:
    """``points`` with ``code`` on ``side`` (None removes it); a new point starts distal, in order."""
    result: list[ChosenPoint] = []
    placed = False
    for point in points:
        if point.code != code:
            result.append(point)
        elif side is not None:
            result.append(dataclasses.replace(point, side=side))
            placed = True
        else:
            placed = True
    if side is not None and not placed:
        result.append(ChosenPoint(code, side, "distal"))
    return result


def with_roles(catalog: Catalog, points: Iterable[ChosenPoint], areas: Iterable[MarkedArea]) -> list[ChosenPoint]:
    """Points with the role rule applied, except where the practitioner overrode the role."""
    points = list(points)
    roles = assign_roles(catalog, [(p.code, p.side) for p in points], [(a.region, a.side) for a in areas])
    return [
        p if p.role_override else dataclasses.replace(p, role=roles.get((p.code, p.side), "distal")) for p in points
    ]


def with_area(areas: Iterable[MarkedArea], region: str, side: str, mark: MarkedArea | None) -> list[MarkedArea]:
    """``areas`` with the region on ``side`` set to ``mark`` (None clears it), keeping order."""
    result: list[MarkedArea] = []
    placed = False
    for area in areas:
        if (area.region, area.side) != (region, side):
            result.append(area)
        elif mark is not None and not placed:
            result.append(mark)
            placed = True
    if mark is not None and not placed:
        result.append(mark)
    return result
