"""The SVG path reader behind the printed figures."""

from __future__ import annotations

from pathlib import Path

import pytest

from charting.reports.svg_outline import SvgPathError, parse_path, parse_transform, read_outline


def _end(ops: tuple[tuple[object, ...], ...]) -> tuple[float, float]:
    last = ops[-1]
    return float(last[-2]), float(last[-1])  # type: ignore[arg-type]


def test_lines_relative_commands_and_close() -> None:
    ops = parse_path("M10 10 h5 v5 l-5 0 z m20 20 L1e1,2.5e1 H0 V-1")
    assert ops == (
        ("M", 10, 10),
        ("L", 15, 10),
        ("L", 15, 15),
        ("L", 10, 15),
        ("Z",),
        ("M", 30, 30),
        ("L", 10, 25),
        ("L", 0, 25),
        ("L", 0, -1),
    )


def test_implicit_line_after_move_and_packed_numbers() -> None:
    assert parse_path("m1 1 2 2-1.5.5") == (("M", 1, 1), ("L", 3, 3), ("L", 1.5, 3.5))


def test_curves_become_cubics_ending_where_svg_says() -> None:
    ops = parse_path("M0 0 Q10 10 20 0 T40 0 C45 5 50 5 55 0 S65 -5 70 0 c5 5 10 5 15 0 q5 5 10 0")
    assert all(op[0] in "MC" for op in ops)
    assert [_end(ops[: i + 1]) for i in range(1, len(ops))] == [(20, 0), (40, 0), (55, 0), (70, 0), (85, 0), (95, 0)]
    assert ops[2][1:3] == pytest.approx((20 + 2 / 3 * 10, -2 / 3 * 10))  # T reflects the control point


def test_arcs_with_packed_flags() -> None:
    ops = parse_path("M0 0 a10 10 0 010 20")
    assert ops[0] == ("M", 0, 0) and len(ops) == 3  # a half circle: two quarter-circle cubics
    assert _end(ops) == pytest.approx((0, 20))
    mid = ops[1]
    assert (mid[5], mid[6]) == pytest.approx((10, 10))  # through the far side of the circle


@pytest.mark.parametrize("bad", ["10 10", "M10", "M0 0 A5 5 0 2 1 3 3", "M0 0 X5"])
def test_bad_path_data_is_an_error(bad: str) -> None:
    with pytest.raises(SvgPathError):
        parse_path(bad)


def test_transform() -> None:
    assert parse_transform("translate(10 5) scale(2)") == (2, 0, 0, 2, 10, 5)


def test_read_outline_keeps_styles_and_transforms(tmp_path: Path) -> None:
    svg = tmp_path / "v.svg"
    svg.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg"><path id="silhouette" d="M0 0 L10 0 L10 10 Z" fill="#f5e6da" '
        'stroke="#4f4743" stroke-width="2"/><g id="landmarks" fill="none" stroke="#888" transform="scale(2)">'
        '<path d="M1 1 L2 2" stroke-width="0.5"/><path d="M0 0 L1 0 L0 1 Z" fill="#fff" stroke="none"/></g></svg>'
    )
    outline = read_outline(svg)
    [body] = outline.silhouette
    assert body.fill == "#f5e6da" and body.stroke == "#4f4743" and body.stroke_width == 2
    line, nail = outline.landmarks
    assert line.fill is None and line.stroke == "#888" and line.stroke_width == 1.0
    assert line.ops == (("M", 2, 2), ("L", 4, 4))
    assert nail.fill == "#fff" and nail.stroke is None


def test_missing_silhouette_is_an_error(tmp_path: Path) -> None:
    svg = tmp_path / "v.svg"
    svg.write_text('<svg xmlns="http://www.w3.org/2000/svg"><path d="M0 0 L1 1"/></svg>')
    with pytest.raises(SvgPathError, match="silhouette"):
        read_outline(svg)
