"""`acuchart` and `acuchart-cli`: the app launcher and the command-line subcommands.

Errors a user can cause (bad ids, a newer database, an unwritable file) end in one clear line on
stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import tempfile
from collections.abc import Callable, Sequence
from datetime import date

from charting.config import Settings, configure_logging, resolve_settings
from charting.errors import DomainError

log = logging.getLogger("charting.cli")
Command = Callable[[argparse.Namespace, Settings], int]


def _parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date in the form YYYY-MM-DD") from None


def _open(settings: Settings):  # type: ignore[no-untyped-def]
    from charting.db.session import open_database

    return open_database(settings.db_url)


def cmd_demo_data(args: argparse.Namespace, settings: Settings) -> int:
    from charting.demo import fill_demo_data

    db = _open(settings)
    try:
        summary = fill_demo_data(db, patients=args.patients, seed=args.seed)
    finally:
        db.dispose()
    print(f"Demo data written to {settings.db_url}: {summary}")
    return 0


def cmd_visits(args: argparse.Namespace, settings: Settings) -> int:
    from charting.domain.point_entry import format_point_entry
    from charting.services.patients import find_by_chart_no
    from charting.services.visit_lists import list_day, patient_visits

    db = _open(settings)
    try:
        if args.patient and not args.date:
            visits = list(reversed(patient_visits(db, find_by_chart_no(db, args.patient).id)))
        else:
            visits = list_day(db, args.date or date.today(), chart_no=args.patient)
    finally:
        db.dispose()
    if args.json:
        items = [
            {
                "id": v.id,
                "date": v.started_at.astimezone().date().isoformat(),
                "time": v.started_at.astimezone().strftime("%H:%M"),
                "patient": v.patient_name,
                "chart_no": v.chart_no,
                "practitioner": v.practitioner_name,
                "status": v.status,
                "printed": v.printed,
                "chief_complaint": v.chief_complaint,
                "pain_before": v.pain_before,
                "pain_after": v.pain_after,
                "points": [{"code": c, "side": s, "role": r} for c, s, r in v.points],
            }
            for v in visits
        ]
        print(json.dumps(items, ensure_ascii=False, indent=2))
        return 0
    if not visits:
        print("No visits.")
    for v in visits:
        points = format_point_entry((code, side) for code, side, _role in v.points)
        when = v.started_at.astimezone().strftime("%Y-%m-%d %H:%M")
        print(f"{v.id:>6}  {when}  {v.chart_no}  {v.patient_name:<28} {v.status:<6}  {points}")
    return 0


def cmd_backup(args: argparse.Namespace, settings: Settings) -> int:
    from pathlib import Path

    from charting.backup import backup_database, rotated_backup

    db = _open(settings)
    try:
        if args.output:
            path = backup_database(db, Path(args.output).expanduser())
        else:
            path = rotated_backup(db, settings.data_dir)
    finally:
        db.dispose()
    print(f"Backed up to {path}")
    return 0


def cmd_gui(args: argparse.Namespace, settings: Settings) -> int:
    from charting.ui.app import run_app

    return run_app(settings, demo=args.demo)


def build_parser(commands: dict[str, Command]) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="acuchart",
        description="Acuchart — offline charting for acupuncturists. With no subcommand, opens the app.",
    )
    parser.add_argument("--data-dir", help="data folder (default: the user data folder; env ACUCHART_HOME)")
    parser.add_argument("--db", help="database URL (default: SQLite in the data folder; env ACUCHART_DB_URL)")
    parser.add_argument("--demo", action="store_true", help="open the app on a throw-away demo database")
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug detail")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser("demo-data", help="fill the configured database with realistic demo content")
    demo.add_argument("--patients", type=int, default=40, help="number of patients (default 40)")
    demo.add_argument("--seed", type=int, default=7, help="random seed, for repeatable content")
    demo.set_defaults(func=commands["demo-data"])

    visits = sub.add_parser("visits", help="list the visits of a day or of a patient")
    visits.add_argument("--date", type=_parse_date, help="day to list, YYYY-MM-DD (default today)")
    visits.add_argument("--patient", metavar="CHART_NO", help="only this patient's visits")
    visits.add_argument("--json", action="store_true", help="print JSON instead of a table")
    visits.set_defaults(func=commands["visits"])

    backup = sub.add_parser("backup", help="copy the database now (default: into the backups folder, rotated)")
    backup.add_argument("-o", "--output", metavar="FILE", help="write the copy to FILE instead")
    backup.set_defaults(func=commands["backup"])

    for name, (helptext, add_arguments) in REPORT_COMMANDS.items():
        report = sub.add_parser(name, help=helptext)
        add_arguments(report)
        report.add_argument("-o", "--output", metavar="FILE", help="where to write the PDF")
        report.set_defaults(func=commands[name])
    return parser


def _report_command(name: str) -> Command:
    def run(args: argparse.Namespace, settings: Settings) -> int:
        from charting.reports.cli import run_report

        db = _open(settings)
        try:
            return run_report(name, args, db)
        finally:
            db.dispose()

    return run


def _visit_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("visit_id", type=int, metavar="VISIT_ID")


def _summary_args(p: argparse.ArgumentParser) -> None:
    _visit_arg(p)
    p.add_argument("--copy", choices=("clinician", "patient"), default="clinician")


REPORT_COMMANDS: dict[str, tuple[str, Callable[[argparse.ArgumentParser], object]]] = {
    "summary": ("write a visit summary PDF", _summary_args),
    "superbill": ("write a superbill PDF for a signed visit", _visit_arg),
    "day-sheet": (
        "write all of a day's summaries as one PDF",
        lambda p: p.add_argument("day", type=_parse_date, metavar="YYYY-MM-DD"),
    ),
    "progress": (
        "write a patient's progress report PDF",
        lambda p: p.add_argument("chart_no", metavar="CHART_NO"),
    ),
}


def main(argv: Sequence[str] | None = None) -> int:
    commands: dict[str, Command] = {"demo-data": cmd_demo_data, "visits": cmd_visits, "backup": cmd_backup}
    commands.update({name: _report_command(name) for name in REPORT_COMMANDS})
    args = build_parser(commands).parse_args(argv)
    try:
        if args.demo and args.command is None:
            args.data_dir = args.data_dir or tempfile.mkdtemp(prefix="acuchart-demo-")
            args.db = None
        settings = resolve_settings(args.data_dir, args.db)
        configure_logging(settings, verbose=args.verbose)
        log.info("acuchart %s", " ".join(sys.argv[1:]))
        func: Command = getattr(args, "func", cmd_gui)
        return func(args, settings)
    except DomainError as exc:
        print(f"acuchart: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"acuchart: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=sys.stderr)
        return 2
    except Exception as exc:  # an unexpected failure: logged in full, reported in one line
        log.exception("unexpected error")
        print(f"acuchart: unexpected error ({type(exc).__name__}: {exc}); details in the log", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
