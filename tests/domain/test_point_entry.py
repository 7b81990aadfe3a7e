"""Typed point entry: ``LI4 B, ST36 L, GV20`` → treated points, or one clear sentence per bad item."""

from __future__ import annotations

import pytest

from charting.domain.point_entry import PointEntryError, parse_point_entry, split_items
from charting.points import Catalog, load_catalog


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


def sides(text: str, catalog: Catalog) -> list[tuple[str, str]]:
    return [(p.code, p.side) for p in parse_point_entry(text, catalog)]


def test_the_documented_example(catalog: Catalog) -> None:
    assert sides("LI4 B, ST36 L, GV20", catalog) == [("LI4", "bilateral"), ("ST36", "left"), ("GV20", "midline")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("LI4 bilateral", ("LI4", "bilateral")),
        ("LI4 left", ("LI4", "left")),
        ("li4 r", ("LI4", "right")),
        ("LI4/R", ("LI4", "right")),
        ("ST36L", ("ST36", "left")),
        ("st 36 rt", ("ST36", "right")),
        ("UB40 L", ("BL40", "left")),  # legacy channel prefix
        ("hegu", ("LI4", "bilateral")),  # pinyin: a paired point defaults to both sides
        ("union valley left", ("LI4", "left")),  # English name
        ("GV20 M", ("GV20", "midline")),
        ("yintang", ("EX-HN3", "midline")),
    ],
)
def test_codes_names_and_side_spellings(catalog: Catalog, text: str, expected: tuple[str, str]) -> None:
    assert sides(text, catalog) == [expected]


def test_items_split_on_commas_semicolons_and_new_lines() -> None:
    assert split_items(" LI4 B ;ST36 L\nGV20,, ") == ["LI4 B", "ST36 L", "GV20"]


def test_repeats_combine_left_and_right_into_bilateral(catalog: Catalog) -> None:
    assert sides("LI4 L, ST36 R, LI4 R, ST36 R", catalog) == [("LI4", "bilateral"), ("ST36", "right")]


def test_every_bad_item_is_reported_and_nothing_is_returned(catalog: Catalog) -> None:
    with pytest.raises(PointEntryError) as caught:
        parse_point_entry("LI4 B, LI44, GV20 L, LI4 M, ST36", catalog)
    assert caught.value.problems == [
        "“LI44” is not a point code or name I know.",
        "GV20 is a midline point: it has no left side.",
        "LI4 is a paired point: give left, right or bilateral, not midline.",
    ]


def test_a_name_shared_by_two_points_asks_for_the_code(catalog: Catalog) -> None:
    with pytest.raises(PointEntryError, match=r"GB32.*LR6.*type the code"):
        parse_point_entry("zhongdu L", catalog)


@pytest.mark.parametrize("text", ["", "  ", ", ;"])
def test_an_empty_entry_says_what_to_type(catalog: Catalog, text: str) -> None:
    with pytest.raises(PointEntryError, match="at least one point"):
        parse_point_entry(text, catalog)


def test_formatted_points_parse_back_to_the_same_points() -> None:
    from charting.domain.point_entry import format_point_entry, parse_point_entry
    from charting.points import load_catalog

    points = [("LI4", "bilateral"), ("ST36", "left"), ("BL57", "right"), ("GV20", "midline")]
    text = format_point_entry(points)
    assert text == "LI4 B, ST36 L, BL57 R, GV20"
    assert [(p.code, p.side) for p in parse_point_entry(text, load_catalog())] == points
