"""Polygon maths behind Region.contains / Region.distance."""

from __future__ import annotations

import math

import pytest

from charting.points import Region

SQUARE = ((0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 10.0))
# An L shape: the notch (5..10, 5..10) is outside although it lies within the bounding box.
ELL = ((0.0, 0.0), (10.0, 0.0), (10.0, 5.0), (5.0, 5.0), (5.0, 10.0), (0.0, 10.0))


def region(polygon: tuple[tuple[float, float], ...]) -> Region:
    return Region(id="calf", name="Calf", side="left", view="posterior", polygon=polygon)


@pytest.mark.parametrize(
    ("x", "y", "inside", "distance"),
    [
        (5, 5, True, 0.0),
        (0, 5, True, 0.0),
        (10, 10, True, 0.0),  # inside, on an edge, a corner
        (13, 5, False, 3.0),
        (-4, -3, False, 5.0),
        (5, 12.5, False, 2.5),
    ],
)
def test_square(x: float, y: float, inside: bool, distance: float) -> None:
    assert region(SQUARE).contains(x, y) is inside
    assert region(SQUARE).distance(x, y) == pytest.approx(distance)


def test_concave_polygon() -> None:
    ell = region(ELL)
    assert ell.contains(2, 8) and ell.contains(8, 2)
    assert not ell.contains(8, 8)
    assert ell.distance(8, 8) == pytest.approx(3.0)
    assert ell.distance(6, 6) == pytest.approx(1.0)
    assert ell.distance(11, 11) == pytest.approx(math.hypot(6, 1))  # nearest is the corner (5, 10)
