"""The benchmark's smoke size runs end to end and writes the documented JSON keys.

Not a performance test: the figures are only checked for being real measurements.
"""

from __future__ import annotations

import json

import pytest

from bench.__main__ import main
from bench.report import TARGETS

DOCUMENTED = (
    "size", "db", "build_s", "build_cached", "patients", "visits", "points", "targets", "pass",
    "search_p50_ms", "search_p95_ms", "search_name_p95_ms", "search_full_name_p95_ms", "search_chart_p95_ms",
    "search_phone_p95_ms", "search_dob_p95_ms", "open_patient_p50_ms", "open_patient_p95_ms",
    "open_patient_visits", "open_visit_p95_ms", "open_visit_points", "today_list_ms", "today_list_visits",
    "autosave_p50_ms", "autosave_p95_ms", "sign_p95_ms", "startup_median_s", "startup_floor_median_s",
    "startup_ratio", "startup_app_reported_s", "rss_peak_mb", "rss_floor_mb",
)  # fmt: skip


@pytest.fixture(scope="module")
def smoke_runs(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, dict]:  # type: ignore[type-arg]
    folder = tmp_path_factory.mktemp("bench")
    args = ["--size", "smoke", "--cache-dir", str(folder / "cache"), "--only", "db,startup"]
    assert main([*args, "--json", str(folder / "first.json"), "--qt-platform", "offscreen"]) == 0
    assert main([*args, "--json", str(folder / "second.json"), "--qt-platform", "offscreen"]) == 0
    return json.loads((folder / "first.json").read_text()), json.loads((folder / "second.json").read_text())


def test_smoke_run_writes_every_documented_key(smoke_runs: tuple[dict, dict]) -> None:  # type: ignore[type-arg]
    first, _ = smoke_runs
    assert set(DOCUMENTED) <= set(first)
    assert first["size"] == "smoke" and first["db"] == "sqlite"
    assert first["open_patient_visits"] == 200 and first["open_visit_points"] == 20
    assert first["today_list_visits"] > 0
    assert first["visits"] >= 6_000 and first["patients"] == 1_000
    assert 0 < first["search_p50_ms"] <= first["search_p95_ms"]
    assert first["startup_median_s"] > 0 and first["startup_floor_median_s"] > 0
    assert first["rss_peak_mb"] > first["rss_floor_mb"] > 0


def test_targets_and_pass_map_cover_the_same_keys(smoke_runs: tuple[dict, dict]) -> None:  # type: ignore[type-arg]
    first, _ = smoke_runs
    assert first["targets"] == {t.key: t.limit for t in TARGETS}
    assert set(first["pass"]) == set(first["targets"])
    for key, verdict in first["pass"].items():
        if key in first:
            assert verdict == (first[key] <= first["targets"][key])
        else:
            assert verdict is None  # e.g. the body map or PDF figures when not run


def test_second_run_reuses_the_cached_database(smoke_runs: tuple[dict, dict]) -> None:  # type: ignore[type-arg]
    first, second = smoke_runs
    assert first["build_cached"] is False and second["build_cached"] is True
    assert second["build_s"] == first["build_s"]
    assert first["today_visits_added"] > 0 and second["today_visits_added"] == 0  # once a day
