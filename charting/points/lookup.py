"""Resolving what a practitioner types (code, legacy code, alias, pinyin, Hanzi, English) to a point."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping

from charting.points.errors import AmbiguousPointError, CatalogDataError, UnknownPointError
from charting.points.model import Meridian, Point
from charting.points.text import fold, fold_toned, split_code


def legacy_prefixes(meridians: Iterable[Meridian]) -> dict[str, str]:
    """Folded prefix → channel code, the channel's own code included (``ub`` → ``BL``, ``bl`` → ``BL``)."""
    prefixes: dict[str, str] = {}
    for meridian in meridians:
        for prefix in (meridian.code, *meridian.legacy_codes):
            key = fold(prefix)
            if prefixes.setdefault(key, meridian.code) != meridian.code:
                raise CatalogDataError(
                    f"meridians.csv: prefix {prefix!r} is claimed by {prefixes[key]} and {meridian.code}"
                )
    return prefixes


def code_keys(point: Point) -> tuple[str, ...]:
    """Keys that must name exactly one point: the code, other standards' codes and the aliases."""
    return (
        fold(point.code),
        *(fold(c) for c in point.standard_codes.values()),
        *(fold(a) for a in point.aliases),
    )


def name_keys(point: Point) -> set[str]:
    """Keys that several points may share (``Zhongdu`` is GB32 and LR6)."""
    names = (point.pinyin, point.pinyin_plain, point.hanzi, point.hanzi_trad, point.english)
    return {fold(n) for n in names if n}


class PointIndex:
    """Exact lookup. Codes and aliases are unique by construction: a clash is a data error raised
    here, at load time, rather than one point silently shadowing another."""

    def __init__(self, points: Iterable[Point], prefixes: Mapping[str, str]) -> None:
        self._prefixes = dict(prefixes)
        self._codes: dict[str, Point] = {}
        self._names: defaultdict[str, list[Point]] = defaultdict(list)
        self._toned: defaultdict[str, list[Point]] = defaultdict(list)
        points = tuple(points)
        for point in points:
            for key in name_keys(point):
                self._names[key].append(point)
            self._toned[fold_toned(point.pinyin)].append(point)
        # Channel codes first, so an alias is checked against every code whatever the file order.
        for point in points:
            self._claim(fold(point.code), point)
        for point in points:
            for key in dict.fromkeys(code_keys(point)[1:]):
                if self._codes.get(key) is not point:
                    self._claim(key, point)

    def _claim(self, key: str, point: Point) -> None:
        if not key:
            raise CatalogDataError(f"{point.code}: empty code or alias")
        owners = {p.code for p in self._names.get(key, ())}
        if (other := self._codes.get(key) or self._legacy(key)) is not None:
            owners.add(other.code)
        owners.discard(point.code)
        if owners:
            raise CatalogDataError(f"{point.code}: code or alias {key!r} also names {', '.join(sorted(owners))}")
        self._codes[key] = point

    def _legacy(self, key: str) -> Point | None:
        parts = split_code(key)
        if parts is None or parts[0] not in self._prefixes:
            return None
        return self._codes.get(f"{fold(self._prefixes[parts[0]])}{parts[1]}")

    def canonical_code_key(self, key: str) -> str:
        """``ub40`` → ``bl40``; keys without a known channel prefix are returned unchanged."""
        parts = split_code(key)
        if parts is None or parts[0] not in self._prefixes:
            return key
        return f"{fold(self._prefixes[parts[0]])}{parts[1]}"

    def resolve(self, query: str) -> Point:
        key = fold(query)
        if point := self._codes.get(key) or self._legacy(key):
            return point
        for matches in (self._toned.get(fold_toned(query)), self._names.get(key)):
            if matches and len(matches) == 1:
                return matches[0]
            if matches:
                raise AmbiguousPointError(query, [p.label for p in matches])
        raise UnknownPointError(query)
