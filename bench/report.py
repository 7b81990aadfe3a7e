"""The targets each figure is held to, the pass map, and the printed table."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Target:
    key: str
    limit: float
    label: str


# Held on this 2-core machine with the full database; at smoke size they are indicative only.
TARGETS: tuple[Target, ...] = (
    Target("startup_median_s", 0.8, "start-up to Today filled, median (s)"),
    Target("startup_ratio", 6.0, "start-up / bare-window floor"),
    Target("search_p95_ms", 10.0, "patient search per keystroke, p95 (ms)"),
    Target("search_name_p95_ms", 10.0, "  name prefix 1-4 letters, p95 (ms)"),
    Target("search_full_name_p95_ms", 10.0, "  'family given', p95 (ms)"),
    Target("search_chart_p95_ms", 10.0, "  chart number, p95 (ms)"),
    Target("search_phone_p95_ms", 10.0, "  phone digits, p95 (ms)"),
    Target("search_dob_p95_ms", 10.0, "  date of birth, p95 (ms)"),
    Target("open_patient_p95_ms", 100.0, "open a patient with 200 visits, p95 (ms)"),
    Target("open_visit_p95_ms", 50.0, "open a visit with 20 points, p95 (ms)"),
    Target("catalog_load_median_ms", 50.0, "point catalog load, median (ms)"),
    Target("catalog_search_p95_ms", 1.0, "point search (code, pinyin, English), p95 (ms)"),
    Target("bodymap_click_repaint_p95_ms", 8.0, "body map click -> repaint, p95 (ms)"),
    Target("bodymap_hover_p95_ms", 4.0, "body map hover, p95 (ms)"),
    Target("bodymap_view_switch_p95_ms", 50.0, "body map view switch, p95 (ms)"),
    Target("autosave_p95_ms", 20.0, "autosave commit, one field changed, p95 (ms)"),
    Target("pdf_summary_median_ms", 60.0, "visit summary PDF, median (ms)"),
    Target("pdf_summary_ratio", 3.0, "summary / plain ReportLab floor"),
    Target("pdf_day_sheet_40_s", 3.0, "40-visit day sheet PDF (s)"),
    Target("rss_peak_mb", 350.0, "app peak RSS, full database open (MB)"),
)

# Reported without a target of their own: context for reading the ones above.
CONTEXT: tuple[tuple[str, str], ...] = (
    ("build_s", "database build (s)"),
    ("startup_floor_median_s", "bare PySide6 window start, median (s)"),
    ("startup_app_reported_s", "app's own view: run_app -> Today filled (s)"),
    ("search_p50_ms", "patient search per keystroke, p50 (ms)"),
    ("open_patient_p50_ms", "open patient, p50 (ms)"),
    ("open_visit_p50_ms", "open visit, p50 (ms)"),
    ("today_list_ms", "Today list query (ms)"),
    ("bodymap_click_repaint_p50_ms", "body map click -> repaint, p50 (ms)"),
    ("bodymap_hover_p95_ms", "body map hover, p95 (ms)"),
    ("bodymap_view_switch_p95_ms", "body map view switch, p95 (ms)"),
    ("pdf_summary_floor_median_ms", "plain ReportLab page, median (ms)"),
    ("autosave_p50_ms", "autosave, p50 (ms)"),
    ("sign_p95_ms", "sign, p95 (ms)"),
    ("rss_floor_mb", "bare PySide6 window peak RSS (MB)"),
)


def pass_map(results: dict[str, Any]) -> dict[str, bool | None]:
    """Per target key: met, missed, or None when that figure was not measured in this run."""
    verdicts: dict[str, bool | None] = {}
    for target in TARGETS:
        value = results.get(target.key)
        verdicts[target.key] = None if value is None else bool(value <= target.limit)
    return verdicts


def targets_json() -> dict[str, float]:
    return {t.key: t.limit for t in TARGETS}


def format_table(results: dict[str, Any]) -> str:
    verdicts = results["pass"]
    lines = [
        f"Acuchart benchmark — size {results['size']}, {results['db']}, "
        f"{results.get('patients', 0):,} patients, {results.get('visits', 0):,} visits",
        f"{'measure':<48} {'value':>10} {'target':>8}  result",
    ]
    for target in TARGETS:
        value = results.get(target.key)
        verdict = {True: "pass", False: "MISS", None: "not run"}[verdicts[target.key]]
        shown = "—" if value is None else f"{value:,.3g}" if value < 1 else f"{value:,.1f}"
        lines.append(f"{target.label:<48} {shown:>10} {target.limit:>8g}  {verdict}")
    lines.append("")
    for key, label in CONTEXT:
        if key in results and results[key] is not None:
            value = results[key]
            lines.append(f"{label:<48} {value:>10,.3g}" if value < 1 else f"{label:<48} {value:>10,.1f}")
    return "\n".join(lines)
