"""Reading the point CSVs (format: resources/points/README.md) into :class:`Point` objects.

Every structural problem is raised as a :class:`CatalogDataError` naming the file and line, so a
clinic that edits a text and breaks a row learns exactly where.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from charting.points.errors import CatalogDataError
from charting.points.model import ANGLES, REGIONS, Category, Caution, Depth, Meridian, Point

MERIDIAN_COLUMNS = ("code", "name", "pinyin", "hanzi", "colour", "legacy_codes")
POINT_COLUMNS = (
    "code",
    "number",
    "pinyin",
    "pinyin_plain",
    "hanzi",
    "hanzi_trad",
    "english",
    "aliases",
    "standard_codes",
    "region",
    "bilateral",
    "location",
    "depth_min",
    "depth_max",
    "angle",
)
CATEGORY_COLUMNS = ("code", "category", "detail", "element")
CAUTION_COLUMNS = ("code", "kind", "note")
_OPTIONAL_POINT_COLUMNS = {"hanzi_trad", "aliases", "standard_codes"}

CATEGORIES = (
    "five_shu",
    "yuan_source",
    "luo_connecting",
    "xi_cleft",
    "back_shu",
    "front_mu",
    "influential",
    "lower_he_sea",
    "confluent",
    "command",
    "window_of_heaven",
)
ELEMENTS = ("wood", "fire", "earth", "metal", "water")
CAUTION_KINDS = ("pregnancy", "lung", "artery", "no_needle", "no_moxa", "fontanelle", "eye", "organ")

Row = dict[str, str]


def read_rows(path: Path, columns: tuple[str, ...]) -> Iterator[tuple[int, Row]]:
    """(line number, row) for each data row, after checking the header is exactly ``columns``."""
    try:
        handle = path.open(encoding="utf-8", newline="")
    except FileNotFoundError:
        raise CatalogDataError(f"{path.name}: file missing from {path.parent}") from None
    with handle:
        reader = csv.reader(handle)
        header = tuple(next(reader, ()))
        if header != columns:
            raise CatalogDataError(f"{path.name}: header must be {','.join(columns)}")
        for row in reader:
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != len(columns):
                raise CatalogDataError(f"{path.name}:{reader.line_num}: {len(row)} cells, expected {len(columns)}")
            yield reader.line_num, {c: v.strip() for c, v in zip(columns, row, strict=True)}


def _split(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split(";") if part.strip())


def _choice(value: str, allowed: tuple[str, ...], where: str, column: str) -> str:
    if value not in allowed:
        raise CatalogDataError(f"{where}: {column} {value!r} is not one of {', '.join(allowed)}")
    return value


def read_meridians(points_dir: Path) -> dict[str, Meridian]:
    meridians: dict[str, Meridian] = {}
    for line, row in read_rows(points_dir / "meridians.csv", MERIDIAN_COLUMNS):
        if row["code"] in meridians or not row["code"]:
            raise CatalogDataError(f"meridians.csv:{line}: missing or repeated code {row['code']!r}")
        meridians[row["code"]] = Meridian(
            code=row["code"],
            name=row["name"],
            pinyin=row["pinyin"],
            hanzi=row["hanzi"],
            colour=row["colour"],
            legacy_codes=_split(row["legacy_codes"]),
        )
    return meridians


def _number(value: str, where: str, column: str, kind: type[int] | type[float]) -> float:
    try:
        number = kind(value)
    except ValueError:
        raise CatalogDataError(f"{where}: {column} {value!r} is not a number") from None
    if number < 0:
        raise CatalogDataError(f"{where}: {column} must not be negative")
    return number


def _standard_codes(cell: str, where: str) -> dict[str, str]:
    codes: dict[str, str] = {}
    for item in _split(cell):
        standard, sep, code = item.partition("=")
        if not sep or not standard.strip() or not code.strip():
            raise CatalogDataError(f"{where}: standard_codes item {item!r} is not STANDARD=CODE")
        codes[standard.strip()] = code.strip()
    return codes


def _point(row: Row, meridian: str, where: str) -> Point:
    missing = [c for c in POINT_COLUMNS if not row[c] and c not in _OPTIONAL_POINT_COLUMNS]
    if missing:
        raise CatalogDataError(f"{where}: empty {', '.join(missing)}")
    depth = Depth(
        min=_number(row["depth_min"], where, "depth_min", float),
        max=_number(row["depth_max"], where, "depth_max", float),
        angle=_choice(row["angle"], ANGLES, where, "angle"),
    )
    if depth.min > depth.max:
        raise CatalogDataError(f"{where}: depth_min is greater than depth_max")
    return Point(
        code=row["code"],
        meridian=meridian,
        number=int(_number(row["number"], where, "number", int)),
        pinyin=row["pinyin"],
        pinyin_plain=row["pinyin_plain"],
        hanzi=row["hanzi"],
        hanzi_trad=row["hanzi_trad"],
        english=row["english"],
        aliases=_split(row["aliases"]),
        standard_codes=_standard_codes(row["standard_codes"], where),
        region=_choice(row["region"], REGIONS, where, "region"),
        bilateral=_choice(row["bilateral"], ("yes", "no"), where, "bilateral") == "yes",
        location=row["location"],
        depth=depth,
    )


def read_points(points_dir: Path, meridians: dict[str, Meridian]) -> list[Point]:
    """Every channel's file in meridians.csv order, rows in file order (WHO order)."""
    points: list[Point] = []
    for code in meridians:
        path = points_dir / f"{code}.csv"
        rows = read_rows(path, POINT_COLUMNS)
        points.extend(_point(row, code, f"{path.name}:{line}") for line, row in rows)
    return points


def read_categories(points_dir: Path, known: set[str]) -> dict[str, list[Category]]:
    found: defaultdict[str, list[Category]] = defaultdict(list)
    for line, row in read_rows(points_dir / "categories.csv", CATEGORY_COLUMNS):
        where = f"categories.csv:{line}"
        _known(row["code"], known, where)
        category = _choice(row["category"], CATEGORIES, where, "category")
        element = row["element"] or None
        if element is not None:
            _choice(element, ELEMENTS, where, "element")
        found[row["code"]].append(Category(category, row["detail"] or None, element))
    return found


def read_cautions(points_dir: Path, known: set[str]) -> dict[str, list[Caution]]:
    found: defaultdict[str, list[Caution]] = defaultdict(list)
    for line, row in read_rows(points_dir / "cautions.csv", CAUTION_COLUMNS):
        where = f"cautions.csv:{line}"
        _known(row["code"], known, where)
        found[row["code"]].append(Caution(_choice(row["kind"], CAUTION_KINDS, where, "kind"), row["note"]))
    return found


def _known(code: str, known: set[str], where: str) -> None:
    if code not in known:
        raise CatalogDataError(f"{where}: unknown point code {code!r}")
