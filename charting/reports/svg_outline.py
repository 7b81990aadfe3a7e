"""The figure line art read from the generated SVGs as plain drawing operations.

Only what the printed body map needs: the `silhouette` path and the strokes of the `landmarks`
group, with their fill, stroke and width. Path data is reduced to absolute move / line / cubic /
close operations (quadratics and arcs become cubics), so any PDF backend can draw it as vectors.
Parsed figures are cached per file and modification time: a day sheet parses each view once.
"""

from __future__ import annotations

import functools
import math
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
SVG_NS = "{http://www.w3.org/2000/svg}"


@dataclass(frozen=True)
class Shape:
    """One SVG path: operations ("M", x, y) / ("L", x, y) / ("C", x1, y1, x2, y2, x, y) / ("Z",)."""

    ops: tuple[tuple[object, ...], ...]
    fill: str | None
    stroke: str | None
    stroke_width: float
    even_odd: bool = False


@dataclass(frozen=True)
class Outline:
    silhouette: tuple[Shape, ...]
    landmarks: tuple[Shape, ...]


class SvgPathError(ValueError):
    pass


_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_SEPARATORS = " \t\r\n,"
_ARGS = {"M": 2, "L": 2, "H": 1, "V": 1, "C": 6, "S": 4, "Q": 4, "T": 2, "A": 7, "Z": 0}


class _Cursor:
    """Reads path data token by token; arc flags are single digits and may touch what follows."""

    def __init__(self, d: str) -> None:
        self.d, self.i = d, 0

    def _skip(self) -> None:
        while self.i < len(self.d) and self.d[self.i] in _SEPARATORS:
            self.i += 1

    def at_end(self) -> bool:
        self._skip()
        return self.i >= len(self.d)

    def command(self) -> str | None:
        self._skip()
        if self.i < len(self.d) and self.d[self.i].upper() in _ARGS:
            self.i += 1
            return self.d[self.i - 1]
        return None

    def number(self) -> float:
        self._skip()
        match = _NUMBER.match(self.d, self.i)
        if match is None:
            raise SvgPathError(f"expected a number at {self.d[self.i : self.i + 12]!r}")
        self.i = match.end()
        return float(match.group())

    def flag(self) -> float:
        self._skip()
        if self.i < len(self.d) and self.d[self.i] in "01":
            self.i += 1
            return float(self.d[self.i - 1])
        raise SvgPathError(f"expected an arc flag at {self.d[self.i : self.i + 12]!r}")


def parse_path(d: str) -> tuple[tuple[object, ...], ...]:
    """Absolute M/L/C/Z operations for SVG path data (all commands, relative or absolute)."""
    cursor = _Cursor(d)
    ops: list[tuple[object, ...]] = []
    x = y = start_x = start_y = 0.0
    last_ctrl: tuple[float, float] | None = None
    last_cmd = ""
    command = ""
    while not cursor.at_end():
        given = cursor.command()
        if given is not None:
            command = given
        elif not command or command in "Zz":
            raise SvgPathError("path data must start with a command")
        if command in "Zz":
            ops.append(("Z",))
            x, y = start_x, start_y
            last_cmd, last_ctrl = "Z", None
            continue
        upper = command.upper()
        if upper == "A":
            a = [
                cursor.number(),
                cursor.number(),
                cursor.number(),
                cursor.flag(),
                cursor.flag(),
                cursor.number(),
                cursor.number(),
            ]
        else:
            a = [cursor.number() for _ in range(_ARGS[upper])]
        rel = command.islower()
        ox, oy = (x, y) if rel else (0.0, 0.0)
        if upper == "M":
            x, y = a[0] + ox, a[1] + oy
            start_x, start_y = x, y
            ops.append(("M", x, y))
            command = "l" if rel else "L"  # further pairs after a move are lines
            last_ctrl = None
        elif upper in "LHV":
            if upper == "L":
                x, y = a[0] + ox, a[1] + oy
            elif upper == "H":
                x = a[0] + (x if rel else 0.0)
            else:
                y = a[0] + (y if rel else 0.0)
            ops.append(("L", x, y))
            last_ctrl = None
        elif upper in "CS":
            if upper == "C":
                x1, y1, x2, y2, ex, ey = a[0] + ox, a[1] + oy, a[2] + ox, a[3] + oy, a[4] + ox, a[5] + oy
            else:
                x1, y1 = (2 * x - last_ctrl[0], 2 * y - last_ctrl[1]) if last_cmd in "CS" and last_ctrl else (x, y)
                x2, y2, ex, ey = a[0] + ox, a[1] + oy, a[2] + ox, a[3] + oy
            ops.append(("C", x1, y1, x2, y2, ex, ey))
            last_ctrl, x, y = (x2, y2), ex, ey
        elif upper in "QT":
            if upper == "Q":
                qx, qy, ex, ey = a[0] + ox, a[1] + oy, a[2] + ox, a[3] + oy
            else:
                qx, qy = (2 * x - last_ctrl[0], 2 * y - last_ctrl[1]) if last_cmd in "QT" and last_ctrl else (x, y)
                ex, ey = a[0] + ox, a[1] + oy
            ops.append(
                (
                    "C",
                    x + 2 / 3 * (qx - x),
                    y + 2 / 3 * (qy - y),
                    ex + 2 / 3 * (qx - ex),
                    ey + 2 / 3 * (qy - ey),
                    ex,
                    ey,
                )
            )
            last_ctrl, x, y = (qx, qy), ex, ey
        else:  # A
            ex, ey = a[5] + ox, a[6] + oy
            ops.extend(_arc(x, y, a[0], a[1], a[2], bool(a[3]), bool(a[4]), ex, ey))
            x, y, last_ctrl = ex, ey, None
        last_cmd = upper
    return tuple(ops)


def _arc(
    x1: float, y1: float, rx: float, ry: float, phi_deg: float, large: bool, sweep: bool, x2: float, y2: float
) -> list[tuple[object, ...]]:
    """An elliptical arc as cubic Béziers (SVG 1.1 implementation notes F.6.5 and F.6.6)."""
    if (x1, y1) == (x2, y2):
        return []
    rx, ry = abs(rx), abs(ry)
    if rx == 0 or ry == 0:
        return [("L", x2, y2)]
    phi = math.radians(phi_deg % 360)
    cos_p, sin_p = math.cos(phi), math.sin(phi)
    dx, dy = (x1 - x2) / 2, (y1 - y2) / 2
    x1p, y1p = cos_p * dx + sin_p * dy, -sin_p * dx + cos_p * dy
    scale = (x1p / rx) ** 2 + (y1p / ry) ** 2
    if scale > 1:
        rx, ry = rx * math.sqrt(scale), ry * math.sqrt(scale)
    num = rx * rx * ry * ry - rx * rx * y1p * y1p - ry * ry * x1p * x1p
    den = rx * rx * y1p * y1p + ry * ry * x1p * x1p
    coef = math.sqrt(max(0.0, num / den)) if den else 0.0
    if large == sweep:
        coef = -coef
    cxp, cyp = coef * rx * y1p / ry, -coef * ry * x1p / rx
    cx = cos_p * cxp - sin_p * cyp + (x1 + x2) / 2
    cy = sin_p * cxp + cos_p * cyp + (y1 + y2) / 2

    def angle(ux: float, uy: float, vx: float, vy: float) -> float:
        return math.atan2(ux * vy - uy * vx, ux * vx + uy * vy)

    theta = angle(1, 0, (x1p - cxp) / rx, (y1p - cyp) / ry)
    delta = angle((x1p - cxp) / rx, (y1p - cyp) / ry, (-x1p - cxp) / rx, (-y1p - cyp) / ry)
    if not sweep and delta > 0:
        delta -= 2 * math.pi
    elif sweep and delta < 0:
        delta += 2 * math.pi
    segments = max(1, math.ceil(abs(delta) / (math.pi / 2) - 1e-9))
    step = delta / segments
    k = 4 / 3 * math.tan(step / 4)

    def point(t: float) -> tuple[float, float]:
        return (
            cx + rx * math.cos(t) * cos_p - ry * math.sin(t) * sin_p,
            cy + rx * math.cos(t) * sin_p + ry * math.sin(t) * cos_p,
        )

    def tangent(t: float) -> tuple[float, float]:
        return (
            -rx * math.sin(t) * cos_p - ry * math.cos(t) * sin_p,
            -rx * math.sin(t) * sin_p + ry * math.cos(t) * cos_p,
        )

    ops: list[tuple[object, ...]] = []
    t = theta
    for n in range(segments):
        t2 = theta + step * (n + 1)
        (px, py), (qx, qy) = point(t), point(t2)
        (dx1, dy1), (dx2, dy2) = tangent(t), tangent(t2)
        end = (x2, y2) if n == segments - 1 else (qx, qy)
        ops.append(("C", px + k * dx1, py + k * dy1, qx - k * dx2, qy - k * dy2, *end))
        t = t2
    return ops


_TRANSFORM = re.compile(r"(matrix|translate|scale|rotate)\s*\(([^)]*)\)")


def parse_transform(text: str | None) -> Matrix:
    m = IDENTITY
    for name, raw in _TRANSFORM.findall(text or ""):
        v = [float(n) for n in re.split(r"[\s,]+", raw.strip()) if n]
        if name == "matrix" and len(v) == 6:
            step = (v[0], v[1], v[2], v[3], v[4], v[5])
        elif name == "translate":
            step = (1.0, 0.0, 0.0, 1.0, v[0], v[1] if len(v) > 1 else 0.0)
        elif name == "scale":
            step = (v[0], 0.0, 0.0, v[1] if len(v) > 1 else v[0], 0.0, 0.0)
        elif name == "rotate" and len(v) == 1:
            c, s = math.cos(math.radians(v[0])), math.sin(math.radians(v[0]))
            step = (c, s, -s, c, 0.0, 0.0)
        else:
            raise SvgPathError(f"unsupported transform {name}({raw})")
        m = _multiply(m, step)
    return m


def _multiply(m: Matrix, n: Matrix) -> Matrix:
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (
        a * a2 + c * b2,
        b * a2 + d * b2,
        a * c2 + c * d2,
        b * c2 + d * d2,
        a * e2 + c * f2 + e,
        b * e2 + d * f2 + f,
    )


def _apply(m: Matrix, ops: tuple[tuple[object, ...], ...]) -> tuple[tuple[object, ...], ...]:
    if m == IDENTITY:
        return ops
    a, b, c, d, e, f = m
    out: list[tuple[object, ...]] = []
    for op in ops:
        nums = [float(v) for v in op[1:]]  # type: ignore[arg-type]
        moved: list[float] = []
        for px, py in zip(nums[::2], nums[1::2], strict=True):
            moved += [a * px + c * py + e, b * px + d * py + f]
        out.append((op[0], *moved))
    return tuple(out)


def _paint(value: str | None) -> str | None:
    return None if value in (None, "", "none", "transparent") else value


def _shapes(element: ET.Element, inherited: dict[str, str], matrix: Matrix) -> Iterator[Shape]:
    style = {
        **inherited,
        **{k: v for k, v in element.attrib.items() if k in ("fill", "stroke", "stroke-width", "fill-rule")},
    }
    matrix = _multiply(matrix, parse_transform(element.get("transform")))
    tag = element.tag.removeprefix(SVG_NS)
    if tag == "path" and element.get("d"):
        yield Shape(
            ops=_apply(matrix, parse_path(element.get("d", ""))),
            fill=_paint(style.get("fill", "#000000")),
            stroke=_paint(style.get("stroke")),
            stroke_width=float(style.get("stroke-width", "1"))
            * math.sqrt(abs(matrix[0] * matrix[3] - matrix[1] * matrix[2])),
            even_odd=style.get("fill-rule") == "evenodd",
        )
    elif tag == "g":
        for child in element:
            yield from _shapes(child, style, matrix)


@functools.lru_cache(maxsize=64)
def _read(path: Path, _mtime_ns: int) -> Outline:
    root = ET.parse(path).getroot()
    silhouette: tuple[Shape, ...] = ()
    landmarks: tuple[Shape, ...] = ()
    for element in root.iter():
        if element.get("id") == "silhouette":
            silhouette = tuple(_shapes(element, {}, IDENTITY))
        elif element.get("id") == "landmarks":
            landmarks = tuple(_shapes(element, {}, IDENTITY))
    if not silhouette:
        raise SvgPathError(f"{path.name}: no element with id 'silhouette'")
    return Outline(silhouette=silhouette, landmarks=landmarks)


def read_outline(path: Path) -> Outline:
    """The figure's silhouette and landmark strokes, parsed once per file version."""
    return _read(path, path.stat().st_mtime_ns)
