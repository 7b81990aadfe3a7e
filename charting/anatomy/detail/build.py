"""Write `resources/figures/detail/`: SVG line art and the placement, region and channel files.

Run on its own with `python -m charting.anatomy.detail.build`; `python -m charting.anatomy.build`
calls `write` for the detail family when it regenerates every figure.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Mapping
from pathlib import Path

from charting.anatomy.detail import foot, hand, head, leg, perineum, trunk_side
from charting.anatomy.detail.view import DetailView


def detail_views() -> list[DetailView]:
    return [*head.views(), *hand.views(), *foot.views(), *leg.views(), *trunk_side.views(), *perineum.views()]


def _json_lines(mapping: Mapping[str, object]) -> str:
    """One JSON object per line inside each view: readable in a diff, stable across runs."""
    parts = []
    for key, value in mapping.items():
        if isinstance(value, list):
            inner = ",\n".join(f"    {json.dumps(item, ensure_ascii=False)}" for item in value)
            parts.append(f"  {json.dumps(key)}: [\n{inner}\n  ]")
        else:
            parts.append(f"  {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}")
    return "{\n" + ",\n".join(parts) + "\n}\n"


def render_files(views: list[DetailView]) -> dict[str, str]:
    """Every generated file's name and text, so tests can compare without touching the disk."""
    files = {f"{v.name}.svg": v.svg() for v in views}
    entries = ",\n".join(f"  {json.dumps(v.view_entry(), ensure_ascii=False)}" for v in views)
    files["views.json"] = f"[\n{entries}\n]\n"
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(("code", "view", "side", "x", "y"))
    for v in views:
        writer.writerows(v.placement_rows())
    files["placements.csv"] = out.getvalue()
    files["regions.json"] = _json_lines({v.name: v.region_entries() for v in views})
    files["channels.json"] = _json_lines({v.name: v.channel_runs() for v in views})
    return files


def write(out_dir: Path) -> None:
    """Regenerate the detail family in `out_dir`, replacing what is there."""
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, text in render_files(detail_views()).items():
        (out_dir / name).write_text(text, encoding="utf-8", newline="\n")


def main() -> int:
    from charting.paths import FIGURES_DIR

    target = FIGURES_DIR / "detail"
    write(target)
    print(f"wrote detail views to {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
