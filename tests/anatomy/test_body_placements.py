"""Every point where it really is: coverage, sides, symmetry and head-to-toe order in the body views."""

from __future__ import annotations

from dataclasses import replace

import pytest

from charting.anatomy.body_model import MODEL, BodyModel
from charting.anatomy.placements import compute_placements
from charting.anatomy.projection import VIEW_BY_NAME
from charting.anatomy.sites import NOT_ON_BODY_VIEWS, SITES
from charting.points import load_catalog

Where = dict[tuple[str, str, str], list[tuple[float, float]]]
BODY_VIEWS = ("anterior", "posterior", "left_lateral", "right_lateral")
SCALE = VIEW_BY_NAME["anterior"].scale
MID = VIEW_BY_NAME["anterior"].width / 2


def _y(where: Where, code: str, view: str, side: str) -> float:
    return where[(code, view, side)][0][1]


def _x(where: Where, code: str, view: str, side: str) -> float:
    return where[(code, view, side)][0][0]


def test_every_catalog_point_has_a_site_or_a_reason() -> None:
    catalog_codes = {p.code for p in load_catalog().points}
    site_codes = [s.code for s in SITES]
    assert len(site_codes) == len(set(site_codes))
    assert set(site_codes) | set(NOT_ON_BODY_VIEWS) == catalog_codes
    assert not set(site_codes) & set(NOT_ON_BODY_VIEWS)
    assert len(catalog_codes) == 410


def test_every_site_is_placed_on_each_of_its_sides(where: Where) -> None:
    placed = {(code, side) for code, _, side in where}
    missing = [
        (s.code, side)
        for s in SITES
        for side in (("left", "right") if s.bilateral else ("midline",))
        if (s.code, side) not in placed
    ]
    assert missing == []


def test_left_and_right_are_mirror_images_in_front_and_back(where: Where) -> None:
    checked = 0
    for (code, view, side), spots in where.items():
        if side != "left" or view not in ("anterior", "posterior"):
            continue
        other = where.get((code, view, "right"))
        assert other is not None, (code, view)
        for (xl, yl), (xr, yr) in zip(
            sorted(spots, key=lambda p: p[1]), sorted(other, key=lambda p: p[1]), strict=True
        ):
            assert xl + xr == pytest.approx(2 * MID, abs=0.11), (code, view)
            assert yl == pytest.approx(yr, abs=0.11), (code, view)
            checked += 1
    assert checked > 300


def test_the_patients_left_is_on_the_correct_side_of_each_view(where: Where) -> None:
    for (code, view, side), spots in where.items():
        for x, _ in spots:
            if view == "anterior" and side != "midline":
                assert (x > MID) == (side == "left"), (code, side, x)
            if view == "posterior" and side != "midline":
                assert (x < MID) == (side == "left"), (code, side, x)
        if view == "left_lateral":
            assert side != "right", code
        if view == "right_lateral":
            assert side != "left", code


def test_midline_points_are_on_the_midline_in_front_and_back(where: Where) -> None:
    for (code, view, side), spots in where.items():
        if side == "midline" and view in ("anterior", "posterior") and code != "EX-HN1":
            assert all(x == pytest.approx(MID, abs=0.11) for x, _ in spots), code


def test_back_points_run_head_to_toe(where: Where) -> None:
    ys = [_y(where, code, "posterior", "left") for code in ("BL13", "BL15", "BL17", "BL23", "BL40", "BL57")]
    assert ys == sorted(ys) and len(set(ys)) == len(ys)


def test_conception_vessel_runs_head_to_toe(where: Where) -> None:
    ys = [_y(where, code, "anterior", "midline") for code in ("CV22", "CV17", "CV12", "CV8", "CV4")]
    assert ys == sorted(ys) and len(set(ys)) == len(ys)


def test_st36_is_three_cun_below_st35_beside_the_tibia(where: Where) -> None:
    c = MODEL.c
    for side in ("left", "right"):
        drop = _y(where, "ST36", "anterior", side) - _y(where, "ST35", "anterior", side)
        assert drop == pytest.approx(3 * c.cun_leg_lateral * SCALE, abs=1.0)
    # one finger-breadth lateral of the crest: further from the midline than ST35's knee eye line
    assert _x(where, "ST36", "anterior", "left") > _x(where, "ST41", "anterior", "left")


def test_calf_points(where: Where) -> None:
    c = MODEL.c
    bl40 = _y(where, "BL40", "posterior", "left")
    assert _y(where, "BL56", "posterior", "left") - bl40 == pytest.approx(5 * c.cun_leg_lateral * SCALE, abs=1.0)
    assert _y(where, "BL57", "posterior", "left") - bl40 == pytest.approx(8 * c.cun_leg_lateral * SCALE, abs=1.0)
    assert _x(where, "BL40", "posterior", "left") == pytest.approx(_x(where, "BL57", "posterior", "left"), abs=3)


@pytest.mark.parametrize(
    ("codes", "view", "cun", "unit"),
    [
        (("KI16", "KI19", "KI13"), "anterior", 0.5, "cun_trunk_width"),
        (("ST25", "ST21", "ST28"), "anterior", 2.0, "cun_trunk_width"),
        (("SP15", "SP16"), "anterior", 4.0, "cun_trunk_width"),
        (("ST17", "ST15"), "anterior", 4.0, "cun_trunk_width"),
        (("KI23", "KI25"), "anterior", 2.0, "cun_trunk_width"),
        (("SP18", "SP19"), "anterior", 6.0, "cun_trunk_width"),
        (("BL13", "BL17", "BL23", "BL25"), "posterior", 1.5, "cun_back_width"),
        (("BL42", "BL46", "BL52"), "posterior", 3.0, "cun_back_width"),
    ],
)
def test_trunk_lines_lie_their_cun_from_the_midline(
    where: Where, codes: tuple[str, ...], view: str, cun: float, unit: str
) -> None:
    expected = cun * getattr(MODEL.c, unit) * SCALE
    for code in codes:
        for side in ("left", "right"):
            # placements sit a hair beneath the skin (projection INSET), hence the tolerance
            assert abs(_x(where, code, view, side) - MID) == pytest.approx(expected, abs=2.0), code


def test_bladder_and_governor_points_are_level_with_their_vertebrae(where: Where) -> None:
    assert _y(where, "BL23", "posterior", "left") == pytest.approx(_y(where, "GV4", "posterior", "midline"), abs=1.5)
    assert _y(where, "BL52", "posterior", "left") == pytest.approx(_y(where, "BL23", "posterior", "left"), abs=1.5)
    assert _y(where, "BL25", "posterior", "left") == pytest.approx(_y(where, "GV3", "posterior", "midline"), abs=1.5)
    assert _y(where, "BL15", "posterior", "left") == pytest.approx(_y(where, "GV11", "posterior", "midline"), abs=1.5)


def test_points_move_with_the_proportions() -> None:
    taller = replace(MODEL.c, umbilicus_y=MODEL.c.umbilicus_y + 0.1)
    moved = {(r.code, r.view, r.side): r.y for r in compute_placements(BodyModel(taller)).rows}
    base = {(r.code, r.view, r.side): r.y for r in compute_placements(MODEL).rows}
    key = ("CV8", "anterior", "midline")
    assert moved[key] - base[key] == pytest.approx(0.1 * SCALE, abs=0.5)
    assert moved[("BL40", "posterior", "left")] == base[("BL40", "posterior", "left")]
