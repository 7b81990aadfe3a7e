"""The loader reports broken or ambiguous data instead of guessing (small hand-written catalogs)."""

from __future__ import annotations

from pathlib import Path

import pytest

from charting.points import AmbiguousPointError, CatalogDataError, UnknownPointError, read_catalog
from tests.points.catalog_files import point_row
from tests.points.conftest import PointsWriter


def test_small_catalog_loads_with_categories_and_cautions(small_points: PointsWriter, tmp_path: Path) -> None:
    folder = small_points(
        categories=[dict(code="LU7", category="luo_connecting", detail="", element="")],
        cautions=[dict(code="LU1", kind="lung", note="Needle obliquely: the pleura is close.")],
    )
    cat = read_catalog(folder, tmp_path / "no-figures")
    assert [p.code for p in cat.points] == ["LU1", "LU7", "EX-HN3"]
    assert cat["L7"].categories[0].category == "luo_connecting"
    assert cat["LU1"].cautions[0].kind == "lung"
    assert cat["gv 29"].code == "EX-HN3"


def test_alias_shared_by_two_points_is_reported(small_points: PointsWriter, tmp_path: Path) -> None:
    folder = small_points(
        ex=[
            point_row("EX-HN3", 3, "Yìntáng", "Yintang", "印堂", aliases="Glabella"),
            point_row("EX-HN4", 4, "Yúyāo", "Yuyao", "鱼腰", aliases="glabella"),
        ]
    )
    with pytest.raises(CatalogDataError, match="EX-HN3"):
        read_catalog(folder, tmp_path)


def test_alias_equal_to_another_points_name_is_reported(small_points: PointsWriter, tmp_path: Path) -> None:
    folder = small_points(
        ex=[
            point_row("EX-HN3", 3, "Yìntáng", "Yintang", "印堂", aliases="Lieque"),
        ]
    )
    with pytest.raises(CatalogDataError, match="LU7"):
        read_catalog(folder, tmp_path)


def test_alias_that_reads_as_a_legacy_code_is_reported(small_points: PointsWriter, tmp_path: Path) -> None:
    folder = small_points(
        ex=[
            point_row("EX-HN3", 3, "Yìntáng", "Yintang", "印堂", aliases="L 1"),
        ]
    )
    with pytest.raises(CatalogDataError, match="LU1"):
        read_catalog(folder, tmp_path)


def test_homonyms_load_but_the_plain_name_is_ambiguous(small_points: PointsWriter, tmp_path: Path) -> None:
    folder = small_points(
        lu=[
            point_row("LU1", 1, "Zhōngdū", "Zhongdu", "中都"),
            point_row("LU2", 2, "Zhōngdú", "Zhongdu", "中渎"),
        ]
    )
    cat = read_catalog(folder, tmp_path)
    with pytest.raises(AmbiguousPointError) as raised:
        cat["zhongdu"]
    assert "LU1" in str(raised.value) and "LU2" in str(raised.value)
    assert isinstance(raised.value, UnknownPointError)
    assert cat["Zhōngdú"].code == "LU2"
    assert cat.get("zhongdu") is None and "zhongdu" not in cat
    assert [p.code for p in cat.search("zhongdu")] == ["LU1", "LU2"]


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("region", "elbowish", "region 'elbowish'"),
        ("bilateral", "maybe", "bilateral"),
        ("angle", "sideways", "angle"),
        ("depth_min", "deep", "not a number"),
        ("depth_min", "2", "greater than depth_max"),
        ("location", "", "empty location"),
        ("standard_codes", "GV29", "STANDARD=CODE"),
    ],
)
def test_bad_cells_name_file_and_line(
    small_points: PointsWriter, tmp_path: Path, field: str, value: str, message: str
) -> None:
    bad = point_row("LU7", 7, "Lièquē", "Lieque", "列缺", **{field: value})
    folder = small_points(lu=[point_row("LU1", 1, "Zhōngfǔ", "Zhongfu", "中府"), bad])
    with pytest.raises(CatalogDataError, match=rf"LU\.csv:3: .*{message}"):
        read_catalog(folder, tmp_path)


def test_missing_channel_file_and_bad_header_are_reported(small_points: PointsWriter, tmp_path: Path) -> None:
    folder = small_points()
    (folder / "EX.csv").write_text("code,number\nEX-HN3,3\n", encoding="utf-8")
    with pytest.raises(CatalogDataError, match=r"EX\.csv: header"):
        read_catalog(folder, tmp_path)
    (folder / "EX.csv").unlink()
    with pytest.raises(CatalogDataError, match=r"EX\.csv: file missing"):
        read_catalog(folder, tmp_path)


def test_unknown_codes_in_categories_and_cautions_are_reported(small_points: PointsWriter, tmp_path: Path) -> None:
    folder = small_points(cautions=[dict(code="LU99", kind="lung", note="x")])
    with pytest.raises(CatalogDataError, match=r"cautions\.csv:2: unknown point code 'LU99'"):
        read_catalog(folder, tmp_path)
    folder = small_points(categories=[dict(code="LU7", category="luo", detail="", element="")])
    with pytest.raises(CatalogDataError, match="category 'luo'"):
        read_catalog(folder, tmp_path)
