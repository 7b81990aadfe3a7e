"""Ranked incremental search for the point picker.

Tiers, best first: exact code / alias / name; code prefix (``st3`` lists ST30–ST39 after ST3);
pinyin or alias prefix, tones ignored; English word prefix (``union`` or ``union valley``);
Hanzi prefix; any substring. Within a tier the catalog (WHO) order holds, so results are stable.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from charting.points.lookup import PointIndex, code_keys
from charting.points.model import Point
from charting.points.text import fold, fold_words, has_hanzi


@dataclass(frozen=True)
class _Entry:
    point: Point
    exact: frozenset[str]
    codes: tuple[str, ...]
    names: tuple[str, ...]
    english: str
    hanzi: tuple[str, ...]
    haystack: str


def _entry(point: Point) -> _Entry:
    codes = (fold(point.code), *(fold(c) for c in point.standard_codes.values()))
    names = (fold(point.pinyin), *(fold(a) for a in point.aliases))
    hanzi = tuple(h for h in (point.hanzi, point.hanzi_trad) if h)
    english = fold(point.english)
    return _Entry(
        point=point,
        exact=frozenset((*code_keys(point), *names, english, *hanzi)),
        codes=codes,
        names=names,
        english=f" {fold_words(point.english)}",
        hanzi=hanzi,
        haystack="\n".join((*codes, *names, english, *hanzi)),
    )


class SearchIndex:
    def __init__(self, points: Iterable[Point], index: PointIndex) -> None:
        self._entries = tuple(_entry(p) for p in points)
        self._index = index

    def search(self, query: str, limit: int | None = 10) -> list[Point]:
        key = fold(query)
        if not key:
            return []
        code_key = self._index.canonical_code_key(key)
        words = f" {fold_words(query)}"
        hanzi = has_hanzi(query)
        ranked: list[tuple[int, int, Point]] = []
        for order, entry in enumerate(self._entries):
            tier = self._tier(entry, key, code_key, words, hanzi)
            if tier is not None:
                ranked.append((tier, order, entry.point))
        ranked.sort(key=lambda item: item[:2])
        return [point for _, _, point in ranked[:limit]]

    @staticmethod
    def _tier(entry: _Entry, key: str, code_key: str, words: str, hanzi: bool) -> int | None:
        if key in entry.exact or code_key in entry.exact:
            return 0
        if any(c.startswith(key) or c.startswith(code_key) for c in entry.codes):
            return 1
        if any(n.startswith(key) for n in entry.names):
            return 2
        if len(words) > 1 and words in entry.english:
            return 3
        if hanzi and any(h.startswith(key) for h in entry.hanzi):
            return 4
        if key in entry.haystack:
            return 5
        return None
