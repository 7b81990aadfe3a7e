"""Fillets round the corner where two parts' outlines cross, and only there."""

from __future__ import annotations

import math

import pytest

from charting.anatomy.fillet import _inside, fillet


def _rect(x0: float, y0: float, x1: float, y1: float, step: float = 1.0) -> list[tuple[float, float]]:
    """A rectangle sampled every `step` units along its edges, like the figure's part outlines."""
    points: list[tuple[float, float]] = []
    corners = [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]
    for (ax, ay), (bx, by) in zip(corners, corners[1:] + corners[:1], strict=True):
        n = max(1, int(math.hypot(bx - ax, by - ay) / step))
        points += [(ax + (bx - ax) * k / n, ay + (by - ay) * k / n) for k in range(n)]
    return points


def test_the_patch_fills_the_inside_corner_of_an_l_and_stays_near_it() -> None:
    shin = _rect(0, 0, 10, 50)  # a vertical part ...
    foot = _rect(0, 40, 40, 50)  # ... growing into a horizontal one: inside corner at (10, 40)
    patch = fillet(shin, foot, near=(10, 40), reach=6)
    xs, ys = [p[0] for p in patch], [p[1] for p in patch]
    assert max(xs) <= 10 + 2 * 6 and min(ys) >= 40 - 2 * 6  # only around the corner
    # The corner itself is now skin: a point just outside both parts, inside the patch.
    probe = (11.0, 39.0)
    assert not _inside(probe, shin) and not _inside(probe, foot)
    assert _inside(probe, patch)


def test_no_crossing_near_the_hint_is_an_error_not_a_silent_square_corner() -> None:
    with pytest.raises(ValueError):
        fillet(_rect(0, 0, 10, 10), _rect(100, 100, 110, 110), near=(50, 50), reach=5)
