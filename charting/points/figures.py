"""Reading the generated figure families (format: resources/figures/README.md).

A family folder without views.json, or a family missing its placements, regions or channels file,
simply contributes nothing: figures are generated later than the point data and must never keep
the catalog from loading.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from charting.points.errors import CatalogDataError
from charting.points.model import SIDES, Placement, Region, View

PLACEMENT_COLUMNS = ("code", "view", "side", "x", "y")
Channels = dict[str, tuple[tuple[str, ...], ...]]


@dataclass
class Figures:
    views: dict[str, View] = field(default_factory=dict)
    placements: list[Placement] = field(default_factory=list)
    regions: dict[str, list[Region]] = field(default_factory=dict)
    channels: dict[str, Channels] = field(default_factory=dict)


def read_figures(figures_dir: Path, known_codes: Collection[str]) -> Figures:
    figures = Figures()
    if not figures_dir.is_dir():
        return figures
    for family in sorted(p for p in figures_dir.iterdir() if (p / "views.json").is_file()):
        names = _read_views(family, figures.views)
        _read_placements(family, names, known_codes, figures.placements)
        _read_regions(family, names, figures.regions)
        _read_channels(family, names, figures.channels)
    return figures


def _json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise CatalogDataError(f"{path.parent.name}/{path.name}: not valid JSON ({error})") from None


def _read_views(family: Path, views: dict[str, View]) -> set[str]:
    names: set[str] = set()
    for item in _json(family / "views.json"):
        try:
            view = View(
                name=item["name"],
                title=item["title"],
                svg_path=family / item["svg"],
                width=float(item["width"]),
                height=float(item["height"]),
                cun_px=float(item["cun_px"]),
                kind=item["kind"],
            )
        except (KeyError, TypeError, ValueError) as error:
            raise CatalogDataError(f"{family.name}/views.json: bad view {item!r} ({error})") from None
        if view.name in views:
            raise CatalogDataError(f"{family.name}/views.json: view {view.name!r} defined twice")
        views[view.name] = view
        names.add(view.name)
    return names


def _read_placements(family: Path, views: set[str], known_codes: Collection[str], out: list[Placement]) -> None:
    path = family / "placements.csv"
    if not path.is_file():
        return
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        if tuple(next(reader, ())) != PLACEMENT_COLUMNS:
            raise CatalogDataError(f"{family.name}/placements.csv: header must be {','.join(PLACEMENT_COLUMNS)}")
        for row in reader:
            try:
                code, view, side, x, y = row
                placement = Placement(view, side, float(x), float(y), code)
            except ValueError:
                placement = None
            if placement is None or code not in known_codes or view not in views or side not in SIDES:
                raise CatalogDataError(
                    f"{family.name}/placements.csv:{reader.line_num}: {_placement_fault(row, views, known_codes)}"
                )
            out.append(placement)


def _placement_fault(row: list[str], views: set[str], known_codes: Collection[str]) -> str:
    if len(row) != len(PLACEMENT_COLUMNS):
        return f"{len(row)} cells, expected {len(PLACEMENT_COLUMNS)}"
    code, view, side, _, _ = row
    if code not in known_codes:
        return f"unknown point code {code!r}"
    if view not in views:
        return f"unknown view {view!r}"
    if side not in SIDES:
        return f"side {side!r} is not one of {', '.join(SIDES)}"
    return "x and y must be numbers"


def _read_regions(family: Path, views: set[str], out: dict[str, list[Region]]) -> None:
    path = family / "regions.json"
    if not path.is_file():
        return
    for view, items in _json(path).items():
        if view not in views:
            raise CatalogDataError(f"{family.name}/regions.json: unknown view {view!r}")
        for item in items:
            try:
                spine = item.get("spine")
                region = Region(
                    id=item["id"],
                    name=item["name"],
                    side=item["side"],
                    view=view,
                    polygon=tuple((float(x), float(y)) for x, y in item["polygon"]),
                    spine=(str(spine[0]), str(spine[1])) if spine else None,
                )
            except (KeyError, TypeError, ValueError) as error:
                raise CatalogDataError(f"{family.name}/regions.json: bad region in {view!r} ({error!r})") from None
            if region.side not in SIDES or len(region.polygon) < 3:
                raise CatalogDataError(
                    f"{family.name}/regions.json: region {region.id!r} needs a side in "
                    f"{', '.join(SIDES)} and at least three vertices"
                )
            out.setdefault(view, []).append(region)


def _read_channels(family: Path, views: set[str], out: dict[str, Channels]) -> None:
    path = family / "channels.json"
    if not path.is_file():
        return
    for view, channels in _json(path).items():
        if view not in views:
            raise CatalogDataError(f"{family.name}/channels.json: unknown view {view!r}")
        out[view] = {ch: tuple(tuple(run) for run in runs) for ch, runs in channels.items()}
