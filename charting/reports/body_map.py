"""The printed body map: figure outlines as vectors, complaint areas, point markers and labels.

Markers use the shared on-screen style (charting.domain.marker_style): local points a filled
vermilion circle, distal points a blue diamond, so paper and screen read the same.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.pathobject import PDFPathObject
from reportlab.platypus import Flowable

from charting.domain import marker_style as ms
from charting.reports.figure_plan import AreaMark, FigurePlan, Marker, Panel
from charting.reports.fonts import REGULAR
from charting.reports.styles import INK, MUTED
from charting.reports.svg_outline import Shape, read_outline

PANEL_GAP = 10.0
LABEL_ROOM = 16.0  # kept free beside each figure for the labels of points on its edge
TITLE_HEIGHT = 11.0
LEGEND_HEIGHT = 14.0
LABEL_SIZE = 6.3
MARKER_RADIUS = 2.7
DIAMOND_HALF = 3.3
HATCH_STEP = 3.2
KIND_NAMES = {"pain": "Pain", "spasm": "Spasm", "numbness": "Numbness", "tension": "Tension", "other": "Other"}
Rect = tuple[float, float, float, float]


def _colour(value: str | None) -> colors.Color | None:
    if value is None:
        return None
    try:
        return colors.toColor(value)
    except ValueError:
        return colors.black


def _path(canv: Canvas, ops: tuple[tuple[object, ...], ...]) -> PDFPathObject:
    path = canv.beginPath()
    for op in ops:
        kind = op[0]
        if kind == "M":
            path.moveTo(op[1], op[2])
        elif kind == "L":
            path.lineTo(op[1], op[2])
        elif kind == "C":
            path.curveTo(*op[1:])
        else:
            path.close()
    return path


def _rgb(colour: colors.Color) -> str:
    return f"{colour.red:.3f} {colour.green:.3f} {colour.blue:.3f}"


def _shape_code(shape: Shape) -> str:
    """PDF operators painting one shape; the caller's transform maps view units to the page."""
    fill, stroke = _colour(shape.fill), _colour(shape.stroke)
    if fill is None and stroke is None:
        return ""
    parts = ["1 j 1 J"]
    if fill is not None:
        parts.append(f"{_rgb(fill)} rg")
    if stroke is not None:
        parts.append(f"{_rgb(stroke)} RG {shape.stroke_width:.3f} w")
    for op in shape.ops:
        if op[0] == "Z":
            parts.append("h")
        else:
            numbers = " ".join(f"{float(v):.2f}" for v in op[1:])  # type: ignore[arg-type]
            parts.append(f"{numbers} {'m' if op[0] == 'M' else 'l' if op[0] == 'L' else 'c'}")
    star = "*" if shape.even_odd else ""
    parts.append(f"B{star}" if fill is not None and stroke is not None else f"f{star}" if fill is not None else "S")
    return "\n".join(parts)


@functools.lru_cache(maxsize=64)
def _outline_code(path: Path, _mtime_ns: int) -> str:
    outline = read_outline(path)
    return "\n".join(code for shape in (*outline.silhouette, *outline.landmarks) if (code := _shape_code(shape)))


def outline_code(path: Path) -> str:
    """A view's line art as one cached block of PDF operators: formatting thousands of curve
    coordinates is most of the cost of drawing a figure, so it is done once per file version."""
    return _outline_code(path, path.stat().st_mtime_ns)


def _crop(panel: Panel) -> tuple[float, float, float, float]:
    return panel.crop


def _overlap(a: Rect, b: Rect) -> float:
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    return w * h if w > 0 and h > 0 else 0.0


@dataclass(frozen=True)
class _Placed:
    panel: Panel
    x: float  # left of the figure box on the page (flowable coordinates)
    y: float  # bottom of the figure box
    scale: float
    left: float  # the crop, in view units
    top: float
    right: float
    bottom: float

    @property
    def width(self) -> float:
        return (self.right - self.left) * self.scale

    @property
    def height(self) -> float:
        return (self.bottom - self.top) * self.scale


class BodyMap(Flowable):
    """One row of figure panels with a legend; `drawn_markers` lists every marker it painted."""

    def __init__(
        self,
        plan: FigurePlan,
        max_height: float,
        min_height: float,
        heading: Flowable | None = None,
        note: Flowable | None = None,
    ) -> None:
        super().__init__()
        self.plan = plan
        self.heading = heading  # drawn inside, so it always stays with the map
        self.note = note  # likewise, under the legend
        self._heading_height = 0.0
        self._note_height = 0.0
        self.max_height = max_height
        self.min_height = min_height  # below this the map moves to the next page rather than shrink
        self.drawn_markers: list[Marker] = []
        self._layout: list[_Placed] = []

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._heading_height = self.heading.wrap(avail_width, avail_height)[1] + 10 if self.heading else 0.0
        self._note_height = self.note.wrap(avail_width, avail_height)[1] + 2 if self.note else 0.0
        fits = avail_height - LEGEND_HEIGHT - self._heading_height - self._note_height
        rows, figure_h = self._choose_rows(avail_width, fits)
        self._layout = []
        base = LEGEND_HEIGHT + self._note_height
        y = base + (len(rows) - 1) * (figure_h + TITLE_HEIGHT) + TITLE_HEIGHT
        for row in rows:
            crops = [p.crop for p in row]
            widths = [(c[2] - c[0]) / (c[3] - c[1]) * figure_h for c in crops]
            x = (avail_width - sum(widths) - self._row_extra(len(row))) / 2 + LABEL_ROOM
            for panel, crop, width in zip(row, crops, widths, strict=True):
                self._layout.append(_Placed(panel, x, y, figure_h / (crop[3] - crop[1]), *crop))
                x += width + PANEL_GAP + 2 * LABEL_ROOM
            y -= figure_h + TITLE_HEIGHT
        self.width = avail_width
        self.height = len(rows) * (figure_h + TITLE_HEIGHT) + base + self._heading_height
        return self.width, self.height

    @staticmethod
    def _row_extra(count: int) -> float:
        return 2 * LABEL_ROOM * count + PANEL_GAP * max(0, count - 1)

    def _choose_rows(self, avail_width: float, fits: float) -> tuple[list[list[Panel]], float]:
        """One row, or two when that draws three or four panels larger; of the layouts that fit
        the space left on the page at a readable size, the one with the largest figures (none
        fits: the largest, which moves the map to the next page)."""
        panels = list(self.plan.panels)
        options = [[panels]]
        if len(panels) >= 3:
            half = (len(panels) + 1) // 2
            options.append([panels[:half], panels[half:]])
        natural: list[tuple[float, list[list[Panel]]]] = []
        fitting: list[tuple[float, list[list[Panel]]]] = []
        for rows in options:
            n = len(rows)
            height = min(
                (self.max_height - (n - 1) * TITLE_HEIGHT) / n,
                *(
                    (avail_width - self._row_extra(len(row)))
                    / sum((c[2] - c[0]) / (c[3] - c[1]) for c in map(_crop, row))
                    for row in rows
                ),
            )
            natural.append((height, rows))
            squeezed = min(height, (fits - n * TITLE_HEIGHT) / n)
            if squeezed * n >= self.min_height:
                fitting.append((squeezed, rows))
        height, rows = max(fitting or natural, key=lambda item: item[0])
        return rows, height

    def draw(self) -> None:
        canv = self.canv
        self.drawn_markers = []
        if self.heading is not None:
            self.heading.drawOn(canv, 0, self.height - self._heading_height + 4)
        if self.note is not None:
            self.note.drawOn(canv, 0, 0)
        for placed in self._layout:
            self._draw_figure(canv, placed)
            for area in placed.panel.areas:
                self._draw_area(canv, placed, area)
        for placed in self._layout:
            self._draw_markers(canv, placed)
            view = placed.panel.view
            canv.setFont(REGULAR, 7.4)
            canv.setFillColor(MUTED)
            canv.drawCentredString(placed.x + placed.width / 2, placed.y - TITLE_HEIGHT + 2.5, view.title)
        self._draw_legend(canv)

    # -- figure and areas -------------------------------------------------------------------
    def _draw_figure(self, canv: Canvas, placed: _Placed) -> None:
        code = outline_code(placed.panel.view.svg_path)
        canv.saveState()
        clip = canv.beginPath()
        clip.rect(placed.x - LABEL_ROOM, placed.y, placed.width + 2 * LABEL_ROOM, placed.height)
        canv.clipPath(clip, stroke=0, fill=0)
        canv.translate(placed.x, placed.y + placed.height)
        canv.scale(placed.scale, -placed.scale)
        canv.translate(-placed.left, -placed.top)
        canv.addLiteral(code)
        canv.restoreState()

    def _page_xy(self, placed: _Placed, x: float, y: float) -> tuple[float, float]:
        return placed.x + (x - placed.left) * placed.scale, placed.y + (placed.bottom - y) * placed.scale

    def _draw_area(self, canv: Canvas, placed: _Placed, area: AreaMark) -> None:
        self._fill_polygon(
            canv, [self._page_xy(placed, x, y) for x, y in area.region.polygon], area.kind, area.severity
        )

    def _fill_polygon(self, canv: Canvas, pts: list[tuple[float, float]], kind: str, severity: int) -> None:
        """Tinted by kind, more opaque the more severe, and hatched by kind for grey printers."""
        colour = colors.toColor(ms.AREA_COLOURS.get(kind, ms.AREA_COLOURS["other"]))
        ops = (("M", *pts[0]), *(("L", *p) for p in pts[1:]), ("Z",))
        canv.saveState()
        canv.setFillColor(colour)
        canv.setFillAlpha(ms.area_opacity(severity))
        canv.setStrokeColor(colour)
        canv.setStrokeAlpha(0.9)
        canv.setLineWidth(0.6)
        canv.drawPath(_path(canv, ops), fill=1, stroke=1)
        pattern = ms.AREA_PATTERNS.get(kind, "solid")
        if pattern != "solid":
            canv.clipPath(_path(canv, ops), stroke=0, fill=0)
            self._hatch(canv, pattern, pts, colour)
        canv.restoreState()

    @staticmethod
    def _hatch(canv: Canvas, pattern: str, pts: list[tuple[float, float]], colour: colors.Color) -> None:
        x0, x1 = min(p[0] for p in pts), max(p[0] for p in pts)
        y0, y1 = min(p[1] for p in pts), max(p[1] for p in pts)
        span = (x1 - x0) + (y1 - y0)
        canv.setStrokeColor(colour)
        canv.setStrokeAlpha(0.85)
        canv.setFillColor(colour)
        canv.setFillAlpha(0.85)
        canv.setLineWidth(0.45)
        steps = int(span / HATCH_STEP) + 2
        if pattern == "dots":
            for i in range(int((x1 - x0) / HATCH_STEP) + 2):
                for j in range(int((y1 - y0) / HATCH_STEP) + 2):
                    canv.circle(
                        x0 + i * HATCH_STEP + (j % 2) * HATCH_STEP / 2, y0 + j * HATCH_STEP, 0.45, stroke=0, fill=1
                    )
            return
        lines: list[tuple[float, float, float, float]] = []
        if pattern == "horizontal":
            lines = [(x0, y0 + i * HATCH_STEP, x1, y0 + i * HATCH_STEP) for i in range(steps)]
        if pattern in ("diagonal", "cross"):
            lines += [(x0 - span + i * HATCH_STEP, y0, x0 + i * HATCH_STEP, y0 + span) for i in range(2 * steps)]
        if pattern == "cross":
            lines += [(x0 + i * HATCH_STEP, y0, x0 - span + i * HATCH_STEP, y0 + span) for i in range(2 * steps)]
        canv.lines(lines)

    # -- markers and labels -----------------------------------------------------------------
    def _draw_markers(self, canv: Canvas, placed: _Placed) -> None:
        spots = [(m, *self._page_xy(placed, m.x, m.y)) for m in placed.panel.markers]
        blocked: list[Rect] = [(x - 3.4, y - 3.4, x + 3.4, y + 3.4) for _m, x, y in spots]
        centre = placed.x + placed.width / 2
        canv.setLineWidth(0.55)
        canv.setStrokeColor(colors.toColor(ms.MARKER_OUTLINE))
        for marker, x, y in spots:
            if marker.role == "local":
                canv.setFillColor(colors.toColor(ms.LOCAL_COLOUR))
                canv.circle(x, y, MARKER_RADIUS, stroke=1, fill=1)
            else:
                canv.setFillColor(colors.toColor(ms.DISTAL_COLOUR))
                d = DIAMOND_HALF
                diamond = (("M", x, y + d), ("L", x + d, y), ("L", x, y - d), ("L", x - d, y), ("Z",))
                canv.drawPath(_path(canv, diamond), stroke=1, fill=1)
            self.drawn_markers.append(marker)
        canv.setFont(REGULAR, LABEL_SIZE)
        for marker, x, y in sorted(spots, key=lambda s: -s[2]):
            width = canv.stringWidth(marker.code, REGULAR, LABEL_SIZE)
            rect = self._label_rect(x, y, width, prefer_left=x < centre, blocked=blocked)
            blocked.append(rect)
            canv.setFillColor(colors.white)
            canv.setFillAlpha(0.78)
            canv.rect(rect[0], rect[1], rect[2] - rect[0], rect[3] - rect[1], stroke=0, fill=1)
            canv.setFillAlpha(1)
            canv.setFillColor(INK)
            canv.drawString(rect[0] + 0.6, rect[1] + 1.3, marker.code)

    @staticmethod
    def _label_rect(x: float, y: float, width: float, *, prefer_left: bool, blocked: list[Rect]) -> Rect:
        """The first spot beside the marker that hides no other marker or label (else the least bad)."""
        w, h = width + 1.2, LABEL_SIZE + 1.6
        sides = (-1, 1) if prefer_left else (1, -1)
        candidates: list[Rect] = []
        for dy in (0.0, 5.5, -5.5, 11.0, -11.0):
            for sx in sides:
                left = x + 4.2 if sx > 0 else x - 4.2 - w
                candidates.append((left, y - h / 2 + dy, left + w, y + h / 2 + dy))
        best = min(candidates, key=lambda r: sum(_overlap(r, b) for b in blocked))
        for rect in candidates:
            if all(_overlap(rect, b) == 0 for b in blocked):
                return rect
        return best

    def _draw_legend(self, canv: Canvas) -> None:
        roles = {m.role for p in self.plan.panels for m in p.markers}
        kinds = list(dict.fromkeys(a.kind for p in self.plan.panels for a in p.areas))
        items: list[tuple[str, str]] = []
        if "local" in roles:
            items.append(("local", "Local point"))
        if "distal" in roles:
            items.append(("distal", "Distal point"))
        items += [(f"area:{k}", f"{KIND_NAMES.get(k, k.title())} area") for k in kinds]
        canv.setFont(REGULAR, 7.2)
        widths = [12 + canv.stringWidth(text, REGULAR, 7.2) + 12 for _key, text in items]
        x = (self.width - sum(widths)) / 2
        y = self._note_height + 4.5
        canv.setLineWidth(0.55)
        for (key, text), width in zip(items, widths, strict=True):
            canv.setStrokeColor(colors.toColor(ms.MARKER_OUTLINE))
            if key == "local":
                canv.setFillColor(colors.toColor(ms.LOCAL_COLOUR))
                canv.circle(x + 4, y + 2.3, MARKER_RADIUS, stroke=1, fill=1)
            elif key == "distal":
                canv.setFillColor(colors.toColor(ms.DISTAL_COLOUR))
                d = DIAMOND_HALF
                cx, cy = x + 4, y + 2.3
                diamond = (("M", cx, cy + d), ("L", cx + d, cy), ("L", cx, cy - d), ("L", cx - d, cy), ("Z",))
                canv.drawPath(_path(canv, diamond), stroke=1, fill=1)
            else:
                box = [(x, y - 1.2), (x + 8.5, y - 1.2), (x + 8.5, y + 5.8), (x, y + 5.8)]
                self._fill_polygon(canv, box, key.removeprefix("area:"), 6)
                canv.setLineWidth(0.55)
            canv.setFillColor(INK)
            canv.drawString(x + 11, y, text)
            x += width
