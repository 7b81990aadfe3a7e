"""Typed point entry: ``LI4 B, ST36 L, GV20`` → treated points, for charting without the mouse.

Items are separated by commas, semicolons or new lines. Each item is a point (code, legacy code,
alias, pinyin or English name, as the catalog resolves them) optionally followed by a side:
``B``/``bilateral``, ``L``/``left``, ``R``/``right``, ``M``/``midline`` (also written straight after
the code: ``ST36L``, or after a slash: ``LI4/R``). Without a side a channel point pair is charted
bilateral and a midline point midline — the usual case, so the shortest entry does the right thing.

Either the whole entry is valid or nothing is returned: a half-applied entry would leave the
practitioner unsure which points were charted.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from charting.domain.point_merge import merge_points
from charting.domain.records import PointData
from charting.errors import DomainError
from charting.points import AmbiguousPointError, Catalog, Point, UnknownPointError

SIDE_WORDS: dict[str, str] = {
    "b": "bilateral",
    "bi": "bilateral",
    "bil": "bilateral",
    "bilat": "bilateral",
    "bilateral": "bilateral",
    "l": "left",
    "lt": "left",
    "left": "left",
    "r": "right",
    "rt": "right",
    "right": "right",
    "m": "midline",
    "mid": "midline",
    "midline": "midline",
}
_SIDE_MARKS = {"left": " L", "right": " R", "bilateral": " B", "midline": ""}
_ITEM_SEPARATORS = re.compile(r"[,;\n]+")
_SPACED_SIDE = re.compile(r"^(?P<point>.+?)\s*[\s/]\s*(?P<side>[A-Za-z]+)$")
_GLUED_SIDE = re.compile(r"^(?P<point>.*\d)(?P<side>[LRBMlrbm])$")


class PointEntryError(DomainError):
    """One or more items could not be read; ``problems`` holds one sentence per bad item."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = list(problems)
        super().__init__(" ".join(self.problems))


@dataclass(frozen=True)
class EntryItem:
    """One understood item: the point and the side the practitioner asked for (None: default)."""

    point: Point
    side: str | None


def split_items(text: str) -> list[str]:
    """The non-empty items of an entry, stripped."""
    return [item.strip() for item in _ITEM_SEPARATORS.split(text) if item.strip()]


def _resolve(catalog: Catalog, text: str) -> Point | None:
    try:
        return catalog[text]
    except AmbiguousPointError:
        raise
    except UnknownPointError:
        return None


def read_item(catalog: Catalog, item: str) -> EntryItem:
    """Understand one item, or raise PointEntryError with a sentence naming it."""
    try:
        whole = _resolve(catalog, item)
        if whole is not None:
            return EntryItem(whole, None)
        for pattern in (_SPACED_SIDE, _GLUED_SIDE):
            match = pattern.match(item)
            if match and match["side"].casefold() in SIDE_WORDS:
                point = _resolve(catalog, match["point"])
                if point is not None:
                    return EntryItem(point, SIDE_WORDS[match["side"].casefold()])
    except AmbiguousPointError as exc:
        raise PointEntryError([f"{exc}."]) from None
    raise PointEntryError([f"“{item}” is not a point code or name I know."])


def side_for(entry: EntryItem) -> str:
    """The side to chart, checked against the point: a midline point has no left or right."""
    point = entry.point
    if entry.side is None:
        return "bilateral" if point.bilateral else "midline"
    if entry.side not in point.valid_sides:
        if point.bilateral:
            raise PointEntryError([f"{point.code} is a paired point: give left, right or bilateral, not midline."])
        raise PointEntryError([f"{point.code} is a midline point: it has no {entry.side} side."])
    return entry.side


def parse_point_entry(text: str, catalog: Catalog) -> list[PointData]:
    """The points of a typed entry, in the order typed; repeats combine (``LI4 L, LI4 R`` → bilateral).

    Raises PointEntryError listing every bad item at once, so they can all be fixed in one go.
    """
    points: list[PointData] = []
    problems: list[str] = []
    for item in split_items(text):
        try:
            entry = read_item(catalog, item)
            points = merge_points(points, [PointData(code=entry.point.code, side=side_for(entry))])
        except PointEntryError as exc:
            problems.extend(exc.problems)
    if problems:
        raise PointEntryError(problems)
    if not points:
        raise PointEntryError(["Type at least one point, e.g. “LI4 B, ST36 L, GV20”."])
    return points


def format_point_entry(points: Iterable[tuple[str, str]]) -> str:
    """(code, side) pairs as the shorthand this module parses — ``LI4 B, ST36 L, GV20`` — so what
    lists and the command line show can be typed back in as it stands."""
    return ", ".join(f"{code}{_SIDE_MARKS.get(side, '')}" for code, side in points)
