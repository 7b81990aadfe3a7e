"""The catalog's value objects: immutable, so one cached catalog can be shared by every window."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from charting.points import geometry

REGIONS = (
    "head",
    "face",
    "ear",
    "neck",
    "chest",
    "abdomen",
    "upper_back",
    "lower_back",
    "sacral",
    "shoulder",
    "upper_arm",
    "elbow",
    "forearm",
    "wrist",
    "hand",
    "hip",
    "thigh",
    "knee",
    "leg",
    "ankle",
    "foot",
)
ANGLES = ("perpendicular", "oblique", "transverse", "prick", "none")
SIDES = ("left", "right", "midline")


@dataclass(frozen=True)
class Depth:
    """Usual needling depth in cun; 0–0 goes with ``prick`` (pricking only) or ``none`` (not needled)."""

    min: float
    max: float
    angle: str

    def __str__(self) -> str:
        if self.angle == "none":
            return "not needled"
        span = f"{self.min:g}" if self.min == self.max else f"{self.min:g}–{self.max:g}"
        if self.angle == "prick":
            return f"prick {span} cun" if self.max else "prick"
        return f"{span} cun {self.angle}"


@dataclass(frozen=True)
class Caution:
    kind: str
    note: str


@dataclass(frozen=True)
class Category:
    category: str
    detail: str | None = None
    element: str | None = None


@dataclass(frozen=True)
class Meridian:
    code: str
    name: str
    pinyin: str
    hanzi: str
    colour: str
    legacy_codes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Point:
    code: str
    meridian: str
    number: int
    pinyin: str
    pinyin_plain: str
    hanzi: str
    hanzi_trad: str
    english: str
    aliases: tuple[str, ...]
    # A dict to match how callers read it; kept out of eq/hash so Points stay hashable.
    standard_codes: dict[str, str] = field(compare=False)
    region: str
    bilateral: bool
    location: str
    depth: Depth
    cautions: tuple[Caution, ...] = ()
    categories: tuple[Category, ...] = ()

    @property
    def valid_sides(self) -> tuple[str, ...]:
        """Sides a treatment record may name for this point."""
        return ("left", "right", "bilateral") if self.bilateral else ("midline",)

    @property
    def label(self) -> str:
        return f"{self.code} {self.pinyin}"


@dataclass(frozen=True)
class View:
    name: str
    title: str
    svg_path: Path
    width: float
    height: float
    cun_px: float
    kind: str


@dataclass(frozen=True)
class Placement:
    view: str
    side: str
    x: float
    y: float
    code: str


@dataclass(frozen=True)
class Region:
    """A complaint area drawn on one view; ``spine`` gives the vertebral levels it covers, if any."""

    id: str
    name: str
    side: str
    view: str
    polygon: tuple[tuple[float, float], ...]
    spine: tuple[str, str] | None = None

    def contains(self, x: float, y: float) -> bool:
        return geometry.contains(x, y, self.polygon)

    def distance(self, x: float, y: float) -> float:
        """0 inside, else the distance to the outline (view units; divide by ``cun_px`` for cun)."""
        return geometry.distance(x, y, self.polygon)
