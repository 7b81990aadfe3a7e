"""The point catalog: points, channels and figure data behind one read-only object."""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Iterable, Mapping
from pathlib import Path

from charting.paths import FIGURES_DIR, POINTS_DIR
from charting.points import figures as figure_files
from charting.points import loader
from charting.points.errors import UnknownPointError
from charting.points.figures import Channels, Figures
from charting.points.lookup import PointIndex, legacy_prefixes
from charting.points.model import Meridian, Placement, Point, Region, View
from charting.points.search import SearchIndex


class Catalog:
    """Look points up by anything a practitioner types; find where each is drawn.

    Unknown views give empty answers rather than errors, because figure files may not have been
    generated yet and the rest of the application must keep working without them.
    """

    def __init__(
        self, points: Iterable[Point], meridians: Mapping[str, Meridian], figures: Figures | None = None
    ) -> None:
        figures = figures or Figures()
        self.points: tuple[Point, ...] = tuple(points)
        self.meridians: dict[str, Meridian] = dict(meridians)
        self.views: dict[str, View] = dict(figures.views)
        self._index = PointIndex(self.points, legacy_prefixes(self.meridians.values()))
        self._search = SearchIndex(self.points, self._index)
        self._by_point: defaultdict[str, list[Placement]] = defaultdict(list)
        self._by_view: defaultdict[str, list[Placement]] = defaultdict(list)
        for placement in figures.placements:
            self._by_point[placement.code].append(placement)
            self._by_view[placement.view].append(placement)
        self._regions = {view: tuple(regions) for view, regions in figures.regions.items()}
        self._region_keys = {(r.view, r.id, r.side): r for regions in self._regions.values() for r in regions}
        self._channels: dict[str, Channels] = dict(figures.channels)

    def __getitem__(self, query: str) -> Point:
        """Code (``LI4``, ``li 4``, ``UB40``, ``GV29``), alias, pinyin with or without tones, Hanzi
        or English; raises :class:`UnknownPointError` (a ``KeyError``) naming the input."""
        if not isinstance(query, str):
            raise UnknownPointError(repr(query))
        return self._index.resolve(query)

    def __contains__(self, query: object) -> bool:
        return isinstance(query, str) and self.get(query) is not None

    def __len__(self) -> int:
        return len(self.points)

    def get(self, query: str, default: Point | None = None) -> Point | None:
        try:
            return self[query]
        except UnknownPointError:
            return default

    def search(self, query: str, limit: int | None = 10) -> list[Point]:
        """Ranked matches for the point picker (see :mod:`charting.points.search`)."""
        return self._search.search(query, limit)

    def placements(self, query: str) -> list[Placement]:
        """Every drawn instance of the point, in every view (empty until figures exist)."""
        return list(self._by_point.get(self[query].code, ()))

    def placements_in(self, view: str) -> list[Placement]:
        return list(self._by_view.get(view, ()))

    def regions(self, view: str) -> list[Region]:
        return list(self._regions.get(view, ()))

    def region(self, view: str, id: str, side: str) -> Region | None:
        return self._region_keys.get((view, id, side))

    def channels(self, view: str) -> dict[str, list[list[str]]]:
        """Meridian pathways for drawing: channel → runs of point codes."""
        return {ch: [list(run) for run in runs] for ch, runs in self._channels.get(view, {}).items()}


def read_catalog(points_dir: Path = POINTS_DIR, figures_dir: Path = FIGURES_DIR) -> Catalog:
    """Load the catalog from files, uncached (tests and tools; the application uses load_catalog)."""
    meridians = loader.read_meridians(points_dir)
    points = loader.read_points(points_dir, meridians)
    codes = {p.code for p in points}
    categories = loader.read_categories(points_dir, codes)
    cautions = loader.read_cautions(points_dir, codes)
    points = [
        dataclasses.replace(p, categories=tuple(categories.get(p.code, ())), cautions=tuple(cautions.get(p.code, ())))
        for p in points
    ]
    return Catalog(points, meridians, figure_files.read_figures(figures_dir, codes))
