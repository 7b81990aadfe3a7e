"""Generate the figure files: `python -m charting.anatomy.build`.

Writes `resources/figures/body/` (the four whole-body views, format in resources/figures/README.md)
and asks the detail package to write `resources/figures/detail/`. The generated files are
committed; `tests/anatomy` regenerates them in memory and fails when they differ, so nobody edits
them by hand.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

from charting.anatomy.body_model import MODEL, BodyModel
from charting.anatomy.channels import view_runs
from charting.anatomy.landmarks import landmarks
from charting.anatomy.placements import PlacementResult, compute_placements
from charting.anatomy.projection import VIEWS, ViewSpec
from charting.anatomy.regions import compute_regions
from charting.anatomy.sites import NOT_ON_BODY_VIEWS
from charting.anatomy.svg_figure import figure_svg


def cun_px(model: BodyModel, view: ViewSpec) -> float:
    """A typical B-cun in this view: the mean of the trunk, back, forearm and leg units."""
    c = model.c
    units = (c.cun_trunk_width, c.cun_back_width, c.cun_forearm, c.cun_leg_lateral)
    return round(view.scale * sum(units) / len(units), 2)


def _one_per_line(mapping: dict[str, object]) -> str:
    """JSON with one entry per line inside each view: stable, and readable in a diff."""
    parts = []
    for key, value in mapping.items():
        if isinstance(value, list):
            inner = ",\n".join(f"    {json.dumps(item)}" for item in value)
            parts.append(f"  {json.dumps(key)}: [\n{inner}\n  ]")
        elif isinstance(value, dict):
            inner = ",\n".join(f"    {json.dumps(k)}: {json.dumps(v)}" for k, v in value.items())
            parts.append(f"  {json.dumps(key)}: {{\n{inner}\n  }}")
    return "{\n" + ",\n".join(parts) + "\n}\n"


def render_files(model: BodyModel = MODEL) -> tuple[dict[str, str], PlacementResult]:
    """Every body-family file's name and text (tests compare these with the committed files)."""
    marks = landmarks(model)
    files = {f"{v.name}.svg": figure_svg(model, v, marks) for v in VIEWS}
    entries = [
        {
            "name": v.name,
            "title": v.title,
            "svg": f"{v.name}.svg",
            "width": v.width,
            "height": v.height,
            "cun_px": cun_px(model, v),
            "kind": "body",
        }
        for v in VIEWS
    ]
    files["views.json"] = "[\n" + ",\n".join(f"  {json.dumps(e)}" for e in entries) + "\n]\n"
    result = compute_placements(model)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(("code", "view", "side", "x", "y"))
    order = {v.name: i for i, v in enumerate(VIEWS)}
    for row in sorted(result.rows, key=lambda r: order[r.view]):
        writer.writerow((row.code, row.view, row.side, f"{row.x:.1f}", f"{row.y:.1f}"))
    files["placements.csv"] = out.getvalue()
    files["regions.json"] = _one_per_line(dict(compute_regions(model)))
    shown: dict[str, set[tuple[str, str]]] = {}
    for row in result.rows:
        shown.setdefault(row.view, set()).add((row.code, row.side))
    files["channels.json"] = _one_per_line({v.name: view_runs(shown, v.name) for v in VIEWS})
    return files, result


def write(out_dir: Path, model: BodyModel = MODEL) -> PlacementResult:
    out_dir.mkdir(parents=True, exist_ok=True)
    files, result = render_files(model)
    for name, text in files.items():
        (out_dir / name).write_text(text, encoding="utf-8", newline="\n")
    return result


def main() -> int:
    from charting.paths import FIGURES_DIR

    result = write(FIGURES_DIR / "body")
    counts: dict[str, int] = {}
    for row in result.rows:
        counts[row.view] = counts.get(row.view, 0) + 1
    print("body placements:", ", ".join(f"{view} {n}" for view, n in counts.items()))
    print("drawn on an outline (no view faces them unhidden):", " ".join(sorted(result.fallback)) or "none")
    print("not on the body views:", " ".join(sorted(NOT_ON_BODY_VIEWS)))
    try:
        from charting.anatomy.detail import build as detail_build
    except ImportError as error:
        print(f"detail figures not written: charting.anatomy.detail.build is missing ({error})", file=sys.stderr)
        return 0
    detail_build.write(FIGURES_DIR / "detail")
    print("detail figures written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
