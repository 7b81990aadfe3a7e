"""The committed detail figures are exactly what the generator makes, and hang together."""

from __future__ import annotations

import json

import pytest

from charting.anatomy.detail.build import detail_views, render_files
from charting.paths import FIGURES_DIR, POINTS_DIR
from charting.points import read_catalog

DETAIL_DIR = FIGURES_DIR / "detail"


@pytest.fixture(scope="module")
def fresh() -> dict[str, str]:
    return render_files(detail_views())


def test_committed_files_equal_a_fresh_generation(fresh: dict[str, str]) -> None:
    stale = [
        name
        for name, text in fresh.items()
        if not (DETAIL_DIR / name).is_file() or (DETAIL_DIR / name).read_text(encoding="utf-8") != text
    ]
    assert not stale, f"regenerate with `python -m charting.anatomy.detail.build`: {stale}"
    extra = {p.name for p in DETAIL_DIR.iterdir()} - set(fresh) - {"README.md"}
    assert not extra, f"files the generator no longer writes: {sorted(extra)}"


def test_generation_is_deterministic(fresh: dict[str, str]) -> None:
    assert render_files(detail_views()) == fresh


def test_views_are_the_documented_detail_views(fresh: dict[str, str]) -> None:
    views = json.loads(fresh["views.json"])
    names = [v["name"] for v in views]
    assert names == [
        "head_front",
        "head_side",
        "head_side_left",
        "hand_palm",
        "hand_palm_left",
        "hand_dorsum",
        "hand_dorsum_left",
        "foot_dorsum",
        "foot_dorsum_left",
        "foot_medial",
        "foot_medial_left",
        "foot_lateral",
        "foot_lateral_left",
        "foot_sole",
        "foot_sole_left",
        "leg_medial",
        "leg_medial_left",
        "trunk_side",
        "trunk_side_left",
        "perineum",
    ]
    for v in views:
        if v["name"].startswith(("hand_", "foot_", "leg_")):
            # The title names the patient's side: a practitioner must never have to guess it.
            side = "Left" if v["name"].endswith("_left") else "Right"
            assert v["title"].startswith(f"{side} {v['name'].split('_')[0]} — "), v["title"]
        assert v["kind"] == "detail" and v["svg"] == f"{v['name']}.svg"
        assert 600 <= v["height"] <= 800 and v["width"] == 600
        assert v["cun_px"] > 30
        assert f'viewBox="0 0 {v["width"]} {v["height"]}"' in fresh[v["svg"]]


def _catalog_codes() -> set[str]:
    codes: set[str] = set()
    for path in POINTS_DIR.glob("*.csv"):
        if path.stem.isupper():
            lines = path.read_text(encoding="utf-8").splitlines()[1:]
            codes.update(line.split(",", 1)[0] for line in lines if line)
    return codes


def test_every_placement_names_a_catalog_point_and_a_valid_side(fresh: dict[str, str]) -> None:
    codes = _catalog_codes()
    rows = [line.split(",") for line in fresh["placements.csv"].splitlines()[1:]]
    assert {r[0] for r in rows} <= codes
    assert {r[2] for r in rows} <= {"left", "right", "midline"}
    views = {v["name"]: v for v in json.loads(fresh["views.json"])}
    for code, view, _, x, y in rows:
        assert 0 < float(x) < views[view]["width"] and 0 < float(y) < views[view]["height"], code


def test_channel_runs_only_join_points_placed_in_that_view(fresh: dict[str, str]) -> None:
    placed: dict[str, set[str]] = {}
    for line in fresh["placements.csv"].splitlines()[1:]:
        code, view = line.split(",")[:2]
        placed.setdefault(view, set()).add(code)
    channels = json.loads(fresh["channels.json"])
    for view, by_channel in channels.items():
        for channel, runs in by_channel.items():
            for run in runs:
                assert len(run) >= 2
                assert all(code.startswith(channel) and code in placed[view] for code in run)
    # The face branch of the Stomach channel: ST5 to ST9, not ST8 down to ST9.
    assert ["ST5", "ST9"] in channels["head_side"]["ST"]
    assert not any("ST8" in run and "ST9" in run for run in channels["head_side"]["ST"])
    assert channels["foot_medial"]["KI"] == [["KI2", "KI3", "KI4", "KI5", "KI6", "KI7", "KI8", "KI9"]]


def test_regions_share_ids_with_the_body_views(fresh: dict[str, str]) -> None:
    regions = json.loads(fresh["regions.json"])
    ids = {view: {r["id"] for r in items} for view, items in regions.items()}
    assert {"forehead", "temple", "tmj", "jaw", "cheek", "anterior_neck"} <= ids["head_front"]
    assert {"temple", "tmj", "jaw", "ear", "occiput", "lateral_neck", "cervical"} <= ids["head_side"]
    cervical = next(r for r in regions["head_side"] if r["id"] == "cervical")
    assert cervical["side"] == "midline" and cervical["spine"] == ["C1", "C7"]
    assert {"leg_medial"} <= ids["foot_medial"] and {"leg_lateral"} <= ids["foot_lateral"]
    assert {"palm", "wrist", "thenar", "hypothenar"} <= ids["hand_palm"]
    assert {"hand_dorsum", "wrist"} <= ids["hand_dorsum"]
    assert {"foot_dorsum", "ankle", "toes"} <= ids["foot_dorsum"]
    assert {"heel", "ankle", "achilles"} <= ids["foot_medial"] & ids["foot_lateral"]
    assert {"heel", "sole"} <= ids["foot_sole"]
    for view, items in regions.items():
        keys = [(r["id"], r["side"]) for r in items]
        assert len(keys) == len(set(keys)), f"{view}: a region id appears twice on one side"
        for r in items:
            assert len(r["polygon"]) >= 3 and r["side"] in {"left", "right", "midline"}, (view, r["id"])
    left = {(r["id"], r["side"]) for r in regions["head_side_left"]}
    assert ("temple", "left") in left and ("occiput", "midline") in left
    assert {(r["id"], r["side"]) for r in regions["hand_palm_left"]} >= {("palm", "left"), ("thenar", "left")}
    assert {(r["id"], r["side"]) for r in regions["foot_sole_left"]} >= {("heel", "left"), ("sole", "left")}
    assert {"leg_medial", "calf", "knee", "knee_back", "thigh_medial", "ankle"} <= ids["leg_medial"]
    assert {"axilla", "chest", "flank", "hip", "upper_arm_front", "upper_arm_back"} <= ids["trunk_side"]
    perineum = {(r["id"], r["side"]) for r in regions["perineum"]}
    assert {("perineum", "midline"), ("buttock", "right"), ("buttock", "left"), ("sacrum", "midline")} <= perineum
    coccyx = next(r for r in regions["perineum"] if r["id"] == "sacrum")
    assert coccyx["spine"] == ["S1", "Co"]  # the same area, and levels, as the back views' sacrum


def test_every_catalog_point_is_drawn_in_some_view(fresh: dict[str, str]) -> None:
    # A point that is in no view cannot be picked on a figure, charted or printed on a chart.
    from charting.anatomy.build import render_files as render_body_files

    body, _ = render_body_files()
    placed = {line.split(",", 1)[0] for text in (body, fresh) for line in text["placements.csv"].splitlines()[1:]}
    catalog = {point.code for point in read_catalog().points}
    assert catalog, "the catalog is empty"
    assert not catalog - placed, sorted(catalog - placed)
