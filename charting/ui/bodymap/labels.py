"""Where point labels go at the current zoom so that none overlaps another label or marker.

Greedy placement in device pixels: labels of chosen points first (they may cover unchosen
markers, never chosen ones), then the rest in catalog order; each tries right, left, above and
below its marker and is dropped when all four collide. Device
pixels make the layout depend only on the zoom, not on scrolling, so it is redone only when the
zoom or the chosen points change. A uniform grid keeps each collision test local.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar

Rect = tuple[float, float, float, float]  # left, top, right, bottom
CELL = 48.0
MARKER_CLEARANCE = 5.0

K = TypeVar("K", bound=Hashable)  # what a label belongs to; the layout hands it back as the key


@dataclass(frozen=True)
class LabelRequest(Generic[K]):
    key: K
    x: float  # marker centre, device pixels
    y: float
    width: float
    height: float


class _Grid:
    """Rectangles bucketed by grid cell; a rectangle is stored in every cell it touches."""

    def __init__(self) -> None:
        self._cells: defaultdict[tuple[int, int], list[Rect]] = defaultdict(list)

    def add(self, rect: Rect) -> None:
        left, top, right, bottom = rect
        cells = self._cells
        for i in range(int(left // CELL), int(right // CELL) + 1):
            for j in range(int(top // CELL), int(bottom // CELL) + 1):
                cells[(i, j)].append(rect)

    def hits(self, rect: Rect) -> bool:
        left, top, right, bottom = rect
        cells = self._cells
        for i in range(int(left // CELL), int(right // CELL) + 1):
            for j in range(int(top // CELL), int(bottom // CELL) + 1):
                for o_left, o_top, o_right, o_bottom in cells.get((i, j), ()):
                    if left < o_right and o_left < right and top < o_bottom and o_top < bottom:
                        return True
        return False


def _candidates(req: LabelRequest[K], gap: float) -> Iterable[Rect]:
    w, h, x, y = req.width, req.height, req.x, req.y
    yield (x + gap, y - h / 2, x + gap + w, y + h / 2)  # right
    yield (x - gap - w, y - h / 2, x - gap, y + h / 2)  # left
    yield (x - w / 2, y - gap - h, x + w / 2, y - gap)  # above
    yield (x - w / 2, y + gap, x + w / 2, y + gap + h)  # below


def layout_labels(
    chosen: Iterable[LabelRequest[K]],
    others: Iterable[LabelRequest[K]],
    chosen_markers: Iterable[tuple[float, float]],
    other_markers: Iterable[tuple[float, float]],
    gap: float = 10.0,
) -> dict[K, Rect]:
    """Label rectangles relative to each marker centre, for the labels that fit."""
    grid = _Grid()
    placed: dict[K, Rect] = {}
    for markers, requests in ((chosen_markers, list(chosen)), (other_markers, list(others))):
        if not requests:
            continue  # markers only matter as obstacles to labels still to come
        for x, y in markers:
            m = MARKER_CLEARANCE
            grid.add((x - m, y - m, x + m, y + m))
        for req in requests:
            for rect in _candidates(req, gap):
                if not grid.hits(rect):
                    grid.add(rect)
                    left, top, right, bottom = rect
                    placed[req.key] = (left - req.x, top - req.y, right - req.x, bottom - req.y)
                    break
    return placed
