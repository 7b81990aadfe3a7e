"""What a detail view holds, and how it becomes SVG line art, placements, regions and channels."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape

from charting.anatomy.detail.geometry import Vec, catmull_rom, fmt, pull_inside, smooth_path

SKIN = "#f5e6da"
OUTLINE = "#4f4743"
LANDMARK = "#8d7e75"
FAINT = "#b9aaa0"
NAIL = "#fbf3ee"
DARK = "#6d605a"

# Stroke and fill per landmark kind; the group carries the common "line" style.
_MARK_STYLE = {
    "line": "",
    "faint": f' stroke="{FAINT}" stroke-width="0.9"',
    "nail": f' fill="{NAIL}"',
    "dark": f' fill="{DARK}" stroke="none"',
    "skin": f' fill="{SKIN}"',
}

# A channel's path does not always follow its numbers: on the face the Stomach channel runs
# ST5-ST6-ST7-ST8 up to the temple while a branch runs from ST5 down the neck to ST9.
_BRANCHES: dict[tuple[str, str], tuple[str, str]] = {("ST8", "ST9"): ("ST5", "ST9")}
_CHANNEL_CODE = re.compile(r"^(LU|LI|ST|SP|HT|SI|BL|KI|PC|TE|GB|LR|GV|CV)(\d+)$")


@dataclass(frozen=True)
class Mark:
    """One landmark stroke (crease, nail, malleolus...) in view coordinates."""

    d: str
    kind: str = "line"


@dataclass(frozen=True)
class Caption:
    at: Vec
    text: str


@dataclass(frozen=True)
class Site:
    """One visible instance of a point; `inset` sites sit in a schematic inset, off the figure."""

    code: str
    side: str
    at: Vec
    inset: bool = False


@dataclass(frozen=True)
class Area:
    id: str
    name: str
    side: str
    polygon: tuple[Vec, ...]
    spine: tuple[str, str] | None = None


@dataclass
class DetailView:
    name: str
    title: str
    width: int
    height: int
    cun_px: float
    silhouette: str
    marks: list[Mark] = field(default_factory=list)
    captions: list[Caption] = field(default_factory=list)
    sites: list[Site] = field(default_factory=list)
    areas: list[Area] = field(default_factory=list)
    outline: tuple[Vec, ...] = ()
    """The silhouette sampled as a polygon: regions are kept inside it."""

    def svg(self) -> str:
        lines = [
            '<?xml version="1.0" encoding="UTF-8"?>',
            f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {self.width} {self.height}" '
            f'width="{self.width}" height="{self.height}">',
            f"  <title>{escape(self.title)}</title>",
            f'  <path id="silhouette" d="{self.silhouette}" fill="{SKIN}" stroke="{OUTLINE}" '
            'stroke-width="1.6" stroke-linejoin="round" fill-rule="nonzero"/>',
            f'  <g id="landmarks" fill="none" stroke="{LANDMARK}" stroke-width="1.1" '
            'stroke-linecap="round" stroke-linejoin="round">',
        ]
        lines += [f'    <path d="{m.d}"{_MARK_STYLE[m.kind]}/>' for m in self.marks]
        lines.append("  </g>")
        if self.captions:
            lines.append(
                f'  <g id="captions" fill="{LANDMARK}" font-family="sans-serif" font-size="12" text-anchor="middle">'
            )
            lines += [f'    <text x="{fmt(c.at[0])}" y="{fmt(c.at[1])}">{escape(c.text)}</text>' for c in self.captions]
            lines.append("  </g>")
        lines.append("</svg>")
        return "\n".join(lines) + "\n"

    def view_entry(self) -> dict[str, object]:
        return {
            "name": self.name,
            "title": self.title,
            "svg": f"{self.name}.svg",
            "width": self.width,
            "height": self.height,
            "cun_px": round(self.cun_px, 2),
            "kind": "detail",
        }

    def placement_rows(self) -> list[tuple[str, str, str, str, str]]:
        return [(s.code, self.name, s.side, fmt(s.at[0]), fmt(s.at[1])) for s in self.sites]

    def region_entries(self) -> list[dict[str, object]]:
        return [
            {
                "id": a.id,
                "name": a.name,
                "side": a.side,
                "polygon": [[round(x, 1), round(y, 1)] for x, y in self._on_figure(a.polygon)],
                "spine": list(a.spine) if a.spine else None,
            }
            for a in self.areas
        ]

    def _on_figure(self, polygon: tuple[Vec, ...]) -> list[Vec]:
        return pull_inside(polygon, self.outline) if self.outline else list(polygon)

    def channel_runs(self) -> dict[str, list[list[str]]]:
        """Runs of consecutively numbered channel points present on the figure itself."""
        present = {s.code for s in self.sites if not s.inset}
        numbers: dict[str, list[int]] = {}
        for code in present:
            match = _CHANNEL_CODE.match(code)
            if match:
                numbers.setdefault(match.group(1), []).append(int(match.group(2)))
        runs: dict[str, list[list[str]]] = {}
        for channel in sorted(numbers):
            ordered = sorted(numbers[channel])
            chunks: list[list[str]] = [[f"{channel}{ordered[0]}"]]
            for previous, number in itertools.pairwise(ordered):
                link = (f"{channel}{previous}", f"{channel}{number}")
                if number != previous + 1 or link in _BRANCHES:
                    chunks.append([])
                chunks[-1].append(link[1])
            for (_, b), (start, end) in _BRANCHES.items():
                if b.startswith(channel) and start in present and end in present:
                    chunks.append([start, end])
            kept = [c for c in chunks if len(c) > 1]
            if kept:
                runs[channel] = kept
        return runs


def mirror_view(view: DetailView, *, name: str, title: str, side: str) -> DetailView:
    """The same drawing flipped left to right, for the patient's other side."""
    w = view.width

    def flip(p: Vec) -> Vec:
        return (w - p[0], p[1])

    return DetailView(
        name=name,
        title=title,
        width=view.width,
        height=view.height,
        cun_px=view.cun_px,
        silhouette=_flip_path(view.silhouette, w),
        marks=[Mark(_flip_path(m.d, w), m.kind) for m in view.marks],
        captions=[Caption(flip(c.at), c.text) for c in view.captions],
        sites=[Site(s.code, side if s.side != "midline" else "midline", flip(s.at), s.inset) for s in view.sites],
        areas=[
            Area(a.id, a.name, side if a.side != "midline" else "midline", tuple(map(flip, a.polygon)), a.spine)
            for a in view.areas
        ],
        outline=tuple(map(flip, view.outline)),
    )


def with_left(right: DetailView, left_title: str) -> list[DetailView]:
    """A view of the patient's right hand or foot and its mirror image, the left one.

    The left view is the same drawing flipped about the vertical centre line, so both sides of
    the body always show the same anatomy and every point sits at x' = width - x, same y.
    """
    return [right, mirror_view(right, name=f"{right.name}_left", title=left_title, side="left")]


_TOKEN = re.compile(r"([MCLZA])([^MCLZA]*)")


def _flip_path(d: str, width: float) -> str:
    """Mirror absolute M/C/L/A/Z path data about the view's vertical centre line."""
    out = []
    for command, args in _TOKEN.findall(d):
        values = [float(v) for v in args.replace(",", " ").split()]
        if command == "A":
            flipped: Sequence[float] = []
            for i in range(0, len(values), 7):
                rx, ry, rot, large, sweep, x, y = values[i : i + 7]
                flipped = [*flipped, rx, ry, -rot, large, 1 - sweep, width - x, y]
            values = list(flipped)
            text = " ".join(fmt(v) if k % 7 not in (3, 4) else str(int(v)) for k, v in enumerate(values))
        else:
            values = [width - v if k % 2 == 0 else v for k, v in enumerate(values)]
            text = " ".join(fmt(v) for v in values)
        out.append(f"{command}{text}" if text else command)
    return " ".join(out)


def smooth_outline(points: Sequence[Vec], corners: Sequence[int]) -> dict[str, Any]:
    """`silhouette` and `outline` for a DetailView from one outline, so the drawn path and the
    polygon that keeps regions inside it can never drift apart."""
    return {
        "silhouette": smooth_path(points, closed=True, corners=corners),
        "outline": tuple(catmull_rom(points, closed=True, samples=8, corners=corners)),
    }
