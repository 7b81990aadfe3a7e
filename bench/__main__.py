"""`python -m bench --size full|smoke [--json out.json] [--db URL]`: build (or reuse) the synthetic
clinic, time what a clinic feels, print the table and write the figures as flat JSON."""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import func, select

from bench import clinic_build, db_bench, plugins, report, startup_bench
from bench.sizes import SIZES, Size
from charting.db.models import Patient, TreatedPoint, Visit
from charting.db.session import Database, open_database

MEASURES = ("db", "startup", "catalog", "bodymap", "pdf")
PLUGINS = {"catalog": "bench.catalog_bench", "bodymap": "bench.bodymap_bench", "pdf": "bench.pdf_bench"}


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--size", choices=sorted(SIZES), default="smoke")
    parser.add_argument("--json", type=Path, metavar="FILE", help="write the figures here")
    parser.add_argument("--db", metavar="URL", help="build into / measure this database (e.g. PostgreSQL)")
    parser.add_argument(
        "--cache-dir",
        type=Path,
        default=Path(os.environ.get("ACUCHART_BENCH_CACHE") or platformdirs.user_cache_dir("acuchart-bench")),
        help="where built SQLite databases are kept between runs (env ACUCHART_BENCH_CACHE)",
    )
    parser.add_argument("--rebuild", action="store_true", help="build the SQLite database even if cached")
    parser.add_argument("--only", default=",".join(MEASURES), help=f"comma-separated subset of {','.join(MEASURES)}")
    parser.add_argument(
        "--qt-platform",
        default=os.environ.get("QT_QPA_PLATFORM") or ("xcb" if os.environ.get("DISPLAY") else "offscreen"),
        help="Qt platform for the start-up runs (default: xcb with a DISPLAY, else offscreen)",
    )
    return parser.parse_args(argv)


def progress(message: str) -> None:
    print(f"  {message}", end="\r" if sys.stderr.isatty() else "\n", file=sys.stderr, flush=True)


def prepare(args: argparse.Namespace, size: Size) -> tuple[str, dict[str, Any]]:
    """The database URL and the build figures; the build time is remembered beside a cached file."""
    if args.db:
        seconds = clinic_build.prepare_url(args.db, size, progress)
        return args.db, {"build_s": None if seconds is None else round(seconds, 1), "build_cached": seconds is None}
    url, seconds = clinic_build.prepare_sqlite(args.cache_dir, size, progress, rebuild=args.rebuild)
    path = clinic_build.cached_file(args.cache_dir, size)
    notes = path.with_suffix(".json")
    if seconds is not None:
        notes.write_text(json.dumps({"build_s": round(seconds, 1)}))
    recorded = json.loads(notes.read_text()) if notes.exists() else {}
    return url, {"build_s": recorded.get("build_s"), "build_cached": seconds is None}


def open_measured(url: str, cache_dir: Path) -> Database:
    """Open as the app does (upgrading an older cached schema in place, without keeping a backup)."""
    db = open_database(url)
    for backup in cache_dir.glob("clinic-*.before-*"):
        backup.unlink()  # the app's pre-upgrade copy; a cached build is regenerated, not restored
    return db


def counts(db: Database) -> dict[str, Any]:
    with db.reading() as session:
        figures: dict[str, Any] = {
            "patients": session.scalar(select(func.count(Patient.id))),
            "visits": session.scalar(select(func.count(Visit.id))),
            "points": session.scalar(select(func.count(TreatedPoint.id))),
        }
    if db.engine.dialect.name == "sqlite" and db.engine.url.database:
        figures["db_file_mb"] = round(Path(db.engine.url.database).stat().st_size / 2**20, 1)
    return figures


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    size = SIZES[args.size]
    wanted = {m.strip() for m in args.only.split(",") if m.strip()}
    unknown = wanted - set(MEASURES)
    if unknown:
        print(f"unknown measure(s): {', '.join(sorted(unknown))}", file=sys.stderr)
        return 2
    began = time.perf_counter()
    results: dict[str, Any] = {"size": size.name}
    url, build = prepare(args, size)
    results.update(build)
    db = open_measured(url, args.cache_dir)
    results["db"] = db.engine.dialect.name
    try:
        results["today_visits_added"] = clinic_build.ensure_today(db, size, progress)
        results.update(counts(db))
        if "db" in wanted:
            rng = random.Random(size.name)
            for measure in (db_bench.measure_search, db_bench.measure_open, db_bench.measure_writes):
                results.update(measure(db, size, rng))
    finally:
        db.dispose()
    if "startup" in wanted:
        results.update(startup_bench.measure_startup(url, size.startup_runs, args.qt_platform))
    for name, module in PLUGINS.items():
        if name not in wanted:
            continue
        if not plugins.available(module):
            results[f"{name}_skipped"] = f"{module} not present"
            continue
        samples = size.bodymap_samples if name == "bodymap" else size.pdf_samples
        try:
            results.update(plugins.run_plugin(module, samples, name))
        except (RuntimeError, OSError) as exc:
            results[f"{name}_error"] = str(exc)
    results["targets"] = report.targets_json()
    results["pass"] = report.pass_map(results)
    results["bench_s"] = round(time.perf_counter() - began, 1)
    print(report.format_table(results))
    for key in (k for k in results if k.endswith(("_skipped", "_error"))):
        print(f"{key}: {results[key]}", file=sys.stderr)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, sort_keys=True) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
