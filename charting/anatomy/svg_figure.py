"""Line art for one body view: the silhouette, the landmark lines and, in profile, the near arm
(painted the same way over the trunk it hides).

The silhouette is one compound path of every part's outline (all wound alike, so the non-zero fill
is their union). It is painted twice: first with a stroke twice the visible width, then filled
again without a stroke, which leaves only the outer half of the stroke, the true outline, and
hides every seam where parts overlap.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from charting.anatomy.body_model import BodyModel
from charting.anatomy.curves import smooth_path
from charting.anatomy.landmarks import Landmark, landmarks
from charting.anatomy.outline import body_outlines
from charting.anatomy.projection import ViewSpec, shown

SKIN = "#f7ebe0"
OUTLINE = "#4f4843"
SUBTLE = "#a3928a"
OUTLINE_WIDTH = 1.4


def _runs(model: BodyModel, view: ViewSpec, mark: Landmark) -> list[list[tuple[float, float]]]:
    visible = [shown(model, view, p) for p in mark.points]
    pts = [view.project(p.position) for p in mark.points]
    if mark.closed and all(visible):
        return [pts + pts[:1]]
    n = len(pts)
    start = 0
    if mark.closed:
        # start the walk at a hidden point so a visible run is never cut at the seam
        start = visible.index(False)
    runs: list[list[tuple[float, float]]] = []
    current: list[tuple[float, float]] = []
    span = range(n + 1) if mark.closed else range(n)
    for k in span:
        i = (start + k) % n
        if visible[i]:
            current.append(pts[i])
        else:
            if len(current) > 1:
                runs.append(current)
            current = []
    if len(current) > 1:
        runs.append(current)
    return runs


def _marks_svg(model: BodyModel, view: ViewSpec, marks: list[Landmark]) -> list[str]:
    out: list[str] = []
    for mark in marks:
        if mark.dot:
            p = mark.points[0]
            if shown(model, view, p):
                x, y = view.project(p.position)
                out.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{mark.dot:g}" fill="{SUBTLE}" stroke="none"/>')
            continue
        for run in _runs(model, view, mark):
            out.append(f'<path d="{smooth_path(run, closed=False)}"/>')
    return out


def figure_svg(model: BodyModel, view: ViewSpec, marks: list[Landmark] | None = None) -> str:
    """The view's SVG text; `marks` lets a caller drawing several views lay the landmarks once."""
    parts, overlay = body_outlines(model, view)
    body_d = "".join(smooth_path(p, closed=True) for p in parts)
    marks = landmarks(model) if marks is None else marks
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<svg xmlns="http://www.w3.org/2000/svg" version="1.1" viewBox="0 0 {view.width:g} {view.height:g}" '
        f'width="{view.width:g}" height="{view.height:g}">',
        f"<title>{escape(view.title)} view</title>",
        '<g id="figure" stroke-linejoin="round" stroke-linecap="round">',
        f'<path id="silhouette" d="{body_d}" fill="{SKIN}" stroke="{OUTLINE}" stroke-width="{2 * OUTLINE_WIDTH:g}"/>',
        f'<path id="silhouette_fill" d="{body_d}" fill="{SKIN}" stroke="none"/>',
        f'<g id="landmarks" fill="none" stroke="{SUBTLE}" stroke-width="0.9">',
        *_marks_svg(model, view, [m for m in marks if not m.on_arm]),
        "</g>",
    ]
    if overlay:
        arm_d = "".join(smooth_path(p, closed=True) for p in overlay)
        lines += [
            f'<path id="near_arm" d="{arm_d}" fill="{SKIN}" stroke="{OUTLINE}" stroke-width="{2 * OUTLINE_WIDTH:g}"/>',
            f'<path d="{arm_d}" fill="{SKIN}" stroke="none"/>',
        ]
    lines += [
        f'<g id="limb_landmarks" fill="none" stroke="{SUBTLE}" stroke-width="0.9">',
        *_marks_svg(model, view, [m for m in marks if m.on_arm]),
        "</g>",
        "</g>",
        "</svg>",
        "",
    ]
    return "\n".join(lines)
