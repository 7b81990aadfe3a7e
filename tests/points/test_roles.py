"""The role rule on the shipped catalog and figures: what a practitioner calls local and distal."""

from __future__ import annotations

from charting.points import Catalog
from charting.points.roles import DISTAL, LOCAL, assign_roles


def _roles(catalog: Catalog, points: list[tuple[str, str]], areas: list[tuple[str, str]]) -> dict[str, str]:
    return {code: role for (code, _), role in assign_roles(catalog, points, areas).items()}


def test_calf_spasm(catalog: Catalog) -> None:
    roles = _roles(
        catalog,
        [(c, "left") for c in ("BL57", "BL56", "BL55", "GB34", "LR3", "LI4", "SP6", "BL60")],
        [("calf", "left")],
    )
    assert roles == {
        "BL57": LOCAL,
        "BL56": LOCAL,
        "BL55": LOCAL,
        "GB34": DISTAL,
        "LR3": DISTAL,
        "LI4": DISTAL,
        "SP6": DISTAL,
        "BL60": DISTAL,
    }


def test_the_calf_on_the_other_side_is_distal(catalog: Catalog) -> None:
    assert assign_roles(catalog, [("BL57", "right"), ("BL57", "bilateral")], [("calf", "left")]) == {
        ("BL57", "right"): DISTAL,
        ("BL57", "bilateral"): LOCAL,
    }


def test_neck_and_upper_trapezius(catalog: Catalog) -> None:
    areas = [("cervical", "midline"), ("upper_trapezius", "bilateral")]
    points = [
        (c, "bilateral") for c in ("GB20", "GB21", "BL10", "SI14", "SI15", "EX-HN15", "SI3", "LI4", "TE5", "GB39")
    ]
    assert _roles(catalog, points, areas) == {
        "GB20": LOCAL,
        "GB21": LOCAL,
        "BL10": LOCAL,
        "SI14": LOCAL,
        "SI15": LOCAL,
        "EX-HN15": LOCAL,
        "SI3": DISTAL,
        "LI4": DISTAL,
        "TE5": DISTAL,
        "GB39": DISTAL,
    }


def test_upper_trapezius_on_one_side(catalog: Catalog) -> None:
    roles = assign_roles(catalog, [("GB21", "left"), ("GB21", "right")], [("upper_trapezius", "right")])
    assert roles == {("GB21", "left"): DISTAL, ("GB21", "right"): LOCAL}


def test_lower_back(catalog: Catalog) -> None:
    points = [(c, "bilateral") for c in ("BL23", "BL25", "BL52", "EX-B2", "EX-B7", "BL40", "BL60", "SI3", "BL57")]
    points += [("GV3", "midline"), ("GV4", "midline")]
    assert _roles(catalog, points, [("lumbar", "midline")]) == {
        "BL23": LOCAL,
        "BL25": LOCAL,
        "BL52": LOCAL,
        "EX-B2": LOCAL,
        "EX-B7": LOCAL,
        "GV3": LOCAL,
        "GV4": LOCAL,
        "BL40": DISTAL,
        "BL60": DISTAL,
        "SI3": DISTAL,
        "BL57": DISTAL,
    }


def test_spine_levels_reach_one_level_beyond_the_area(catalog: Catalog) -> None:
    points = [
        ("BL21", "left"),
        ("BL20", "left"),
        ("BL27", "left"),
        ("BL28", "left"),
        ("GV5", "midline"),
        ("GV6", "midline"),
    ]
    roles = _roles(catalog, points, [("lumbar", "midline")])
    # T12 (BL21) and S1 (BL27) are one level beyond L1–L5; T11 (BL20, GV6) and S2 (BL28) are not
    assert roles == {"BL21": LOCAL, "BL27": LOCAL, "GV5": LOCAL, "BL20": DISTAL, "GV6": DISTAL, "BL28": DISTAL}


def test_legacy_codes_and_no_areas(catalog: Catalog) -> None:
    assert assign_roles(catalog, [("UB57", "left")], [("calf", "left")]) == {("UB57", "left"): LOCAL}
    assert assign_roles(catalog, [("BL57", "left")], []) == {("BL57", "left"): DISTAL}
