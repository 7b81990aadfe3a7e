"""Side arithmetic of clicks and programmatic changes (no Qt needed)."""

from __future__ import annotations

import pytest

from charting.ui.bodymap.selection import (
    ChosenPoint,
    MarkedArea,
    clicked_side,
    covers,
    side_minus,
    side_plus,
    with_area,
    with_side,
)


@pytest.mark.parametrize(
    ("current", "instance", "after"),
    [
        (None, "left", "left"),
        (None, "right", "right"),
        ("left", "right", "bilateral"),
        ("right", "left", "bilateral"),
        ("left", "left", None),
        ("bilateral", "left", "right"),
        ("bilateral", "right", "left"),
        (None, "midline", "midline"),
        ("midline", "midline", None),
    ],
)
def test_a_click_toggles_the_clicked_side(current: str | None, instance: str, after: str | None) -> None:
    assert clicked_side(current, instance) == after


def test_side_plus_and_minus() -> None:
    assert side_plus("left", "bilateral") == "bilateral"
    assert side_plus("bilateral", "left") == "bilateral"
    assert side_plus(None, "midline") == "midline"
    assert side_minus("bilateral", "bilateral") is None
    assert side_minus("left", "right") == "left"
    assert side_minus("midline", "midline") is None
    assert covers("bilateral", "left") and covers("midline", "midline") and not covers("left", "right")


def test_with_side_keeps_order_and_starts_new_points_distal() -> None:
    points = [ChosenPoint("LI4", "left", "local", True), ChosenPoint("ST36", "right", "distal")]
    changed = with_side(points, "LI4", "bilateral")
    assert changed[0] == ChosenPoint("LI4", "bilateral", "local", True)
    assert with_side(points, "GB34", "left")[-1] == ChosenPoint("GB34", "left", "distal")
    assert [p.code for p in with_side(points, "LI4", None)] == ["ST36"]


def test_with_area_replaces_and_clears_one_region_side() -> None:
    calf = MarkedArea("calf", "left", "spasm", 7)
    areas = with_area([calf], "calf", "right", MarkedArea("calf", "right", "pain", 3))
    assert len(areas) == 2
    assert with_area(areas, "calf", "left", MarkedArea("calf", "left", "pain", 2))[0].kind == "pain"
    assert with_area(areas, "calf", "left", None) == [areas[1]]
