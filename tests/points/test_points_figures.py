"""Loading figure families into the catalog: views, placements, regions and channel paths."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from charting.paths import POINTS_DIR
from charting.points import CatalogDataError, Placement, read_catalog

VIEWS = [
    {
        "name": "posterior",
        "title": "Posterior",
        "svg": "posterior.svg",
        "width": 400,
        "height": 1000,
        "cun_px": 12.5,
        "kind": "body",
    },
]
PLACEMENTS = """code,view,side,x,y
BL40,posterior,left,150,600
BL40,posterior,right,250,600
BL57,posterior,left,150,700
GV4,posterior,midline,200,400
"""
REGIONS = {
    "posterior": [
        {
            "id": "calf",
            "name": "Calf",
            "side": "left",
            "polygon": [[120, 650], [180, 650], [180, 760], [120, 760]],
            "spine": None,
        },
        {
            "id": "lumbar",
            "name": "Lower back",
            "side": "midline",
            "polygon": [[160, 380], [240, 380], [240, 460], [160, 460]],
            "spine": ["L1", "S1"],
        },
    ]
}
CHANNELS = {"posterior": {"BL": [["BL40", "BL57"]]}}


def write_family(folder: Path, placements: str = PLACEMENTS) -> Path:
    folder.mkdir(parents=True)
    (folder / "views.json").write_text(json.dumps(VIEWS), encoding="utf-8")
    (folder / "placements.csv").write_text(placements, encoding="utf-8")
    (folder / "regions.json").write_text(json.dumps(REGIONS), encoding="utf-8")
    (folder / "channels.json").write_text(json.dumps(CHANNELS), encoding="utf-8")
    return folder


def test_family_is_loaded(tmp_path: Path) -> None:
    write_family(tmp_path / "body")
    (tmp_path / "notes").mkdir()  # a folder without views.json is not a figure family
    cat = read_catalog(POINTS_DIR, tmp_path)
    view = cat.views["posterior"]
    assert (view.svg_path, view.cun_px, view.kind) == (tmp_path / "body" / "posterior.svg", 12.5, "body")
    assert cat.placements("UB40") == [
        Placement("posterior", "left", 150.0, 600.0, "BL40"),
        Placement("posterior", "right", 250.0, 600.0, "BL40"),
    ]
    assert len(cat.placements_in("posterior")) == 4
    assert [r.id for r in cat.regions("posterior")] == ["calf", "lumbar"]
    lumbar = cat.region("posterior", "lumbar", "midline")
    assert lumbar is not None and lumbar.spine == ("L1", "S1")
    assert lumbar.contains(200, 400) and not lumbar.contains(150, 600)
    calf = cat.region("posterior", "calf", "left")
    assert calf is not None and calf.distance(150, 600) == pytest.approx(50)
    assert cat.region("posterior", "calf", "right") is None
    assert cat.channels("posterior") == {"BL": [["BL40", "BL57"]]}


def test_missing_figure_files_give_empty_answers(tmp_path: Path) -> None:
    family = tmp_path / "detail"
    family.mkdir()
    (family / "views.json").write_text(json.dumps(VIEWS), encoding="utf-8")
    for figures_dir in (family.parent, tmp_path / "not-generated-yet"):
        cat = read_catalog(POINTS_DIR, figures_dir)
        assert cat.placements("LI4") == [] and cat.placements_in("posterior") == []
        assert cat.regions("posterior") == [] and cat.region("posterior", "calf", "left") is None
        assert cat.channels("posterior") == {} and cat.placements_in("nowhere") == []


@pytest.mark.parametrize(
    ("placements", "message"),
    [
        ("code,view,side,x,y\nUB40,posterior,left,1,2\n", "unknown point code 'UB40'"),
        ("code,view,side,x,y\nBL40,anterior,left,1,2\n", "unknown view 'anterior'"),
        ("code,view,side,x,y\nBL40,posterior,both,1,2\n", "side 'both'"),
        ("code,view,side,x,y\nBL40,posterior,left,1,\n", "x and y must be numbers"),
        ("code,view,x,y\nBL40,posterior,1,2\n", "header"),
    ],
)
def test_bad_placements_are_reported(tmp_path: Path, placements: str, message: str) -> None:
    write_family(tmp_path / "body", placements)
    with pytest.raises(CatalogDataError, match=message):
        read_catalog(POINTS_DIR, tmp_path)


def test_a_view_defined_by_two_families_is_reported(tmp_path: Path) -> None:
    write_family(tmp_path / "body")
    write_family(tmp_path / "detail")
    with pytest.raises(CatalogDataError, match="defined twice"):
        read_catalog(POINTS_DIR, tmp_path)
