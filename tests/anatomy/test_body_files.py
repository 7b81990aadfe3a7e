"""The generated body family: files up to date, well formed, and drawn where the points are."""

from __future__ import annotations

import json

import pytest

from charting.anatomy.proportions import VERTEBRAE
from charting.paths import FIGURES_DIR

BODY_DIR = FIGURES_DIR / "body"
BODY_VIEWS = ("anterior", "posterior", "left_lateral", "right_lateral")
Where = dict[tuple[str, str, str], list[tuple[float, float]]]


def test_committed_files_equal_a_fresh_generation(files: dict[str, str]) -> None:
    """Regenerate with `python -m charting.anatomy.build`; never edit these files by hand."""
    assert sorted(p.name for p in BODY_DIR.iterdir()) == sorted(files)
    stale = [name for name, text in files.items() if (BODY_DIR / name).read_text(encoding="utf-8") != text]
    assert stale == []


def test_views_describe_the_four_body_views(files: dict[str, str]) -> None:
    views = json.loads(files["views.json"])
    assert [v["name"] for v in views] == list(BODY_VIEWS)
    for v in views:
        assert v["kind"] == "body" and v["svg"] == f"{v['name']}.svg"
        assert f'viewBox="0 0 {v["width"]:g} {v["height"]:g}"' in files[v["svg"]]
        assert 10 < v["cun_px"] < 30
        assert 'id="silhouette"' in files[v["svg"]] and 'id="landmarks"' in files[v["svg"]]


def test_channel_runs_join_drawn_points(files: dict[str, str], where: Where) -> None:
    channels = json.loads(files["channels.json"])
    assert set(channels) == set(BODY_VIEWS)
    drawn = {(code, view) for code, view, _ in where}
    for view, by_channel in channels.items():
        for channel, runs in by_channel.items():
            for run in runs:
                assert len(run) >= 2
                assert all(code.startswith(channel) and (code, view) in drawn for code in run), (view, run)
    inner_line = [f"BL{n}" for n in range(11, 31)]
    assert any(run[run.index("BL11") :][:20] == inner_line for run in channels["posterior"]["BL"] if "BL11" in run)
    assert channels["anterior"]["CV"] == [[f"CV{n}" for n in range(2, 25)]]


def test_regions_are_shared_by_id_and_fine_enough(files: dict[str, str]) -> None:
    regions = json.loads(files["regions.json"])
    assert set(regions) == set(BODY_VIEWS)
    names: dict[str, str] = {}
    per_side: dict[str, set[str]] = {"left": set(), "right": set(), "midline": set()}
    for view, items in regions.items():
        seen = set()
        for r in items:
            assert (r["id"], r["side"]) not in seen, (view, r["id"])
            seen.add((r["id"], r["side"]))
            assert names.setdefault(r["id"], r["name"]) == r["name"]
            assert len(r["polygon"]) >= 3
            per_side[r["side"]].add(r["id"])
            if r["spine"] is not None:
                assert r["side"] == "midline"
                top, bottom = r["spine"]
                assert VERTEBRAE.index(top) <= VERTEBRAE.index(bottom)
    assert len(per_side["left"] | per_side["midline"]) >= 40
    assert per_side["left"] == per_side["right"]
    for needed in (
        "calf",
        "upper_trapezius",
        "lumbar",
        "cervical",
        "thoracic",
        "sacrum",
        "occiput",
        "knee",
        "knee_back",
        "buttock",
        "forearm_flexor",
        "forearm_extensor",
        "palm",
        "hand_dorsum",
        "tmj",
    ):
        assert needed in names, needed
    spine = {r["id"] for items in regions.values() for r in items if r["spine"]}
    assert spine == {"cervical", "thoracic", "lumbar", "sacrum"}


def test_a_region_appears_in_every_view_facing_it(files: dict[str, str]) -> None:
    regions = json.loads(files["regions.json"])
    ids = {view: {(r["id"], r["side"]) for r in items} for view, items in regions.items()}
    assert ("calf", "left") in ids["posterior"] and ("calf", "left") in ids["left_lateral"]
    assert ("calf", "left") not in ids["anterior"] and ("calf", "left") not in ids["right_lateral"]
    assert ("lumbar", "midline") in ids["posterior"] and ("chest", "right") in ids["anterior"]


@pytest.mark.parametrize("view", BODY_VIEWS)
def test_every_placement_lies_inside_the_silhouette(qapp: object, view: str, where: Where) -> None:
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(BODY_DIR / f"{view}.svg"))
    outside: dict[str, list[str]] = {}
    for element in ("silhouette", "silhouette_fill"):
        assert renderer.elementExists(element)
        size = renderer.viewBoxF().size().toSize()
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(0)
        painter = QPainter(image)
        renderer.render(painter, element, QRectF(renderer.boundsOnElement(element)))
        painter.end()
        outside[element] = [
            code
            for (code, v, _), spots in where.items()
            if v == view
            for x, y in spots
            if image.pixelColor(int(x), int(y)).alpha() < 255
        ]
    assert outside == {"silhouette": [], "silhouette_fill": []}
