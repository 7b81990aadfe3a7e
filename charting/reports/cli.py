"""`acuchart summary|superbill|day-sheet|progress`: write a PDF to a file.

The output file is opened before anything is rendered or recorded, so an unwritable path fails
at once with nothing issued; a failed render leaves no half-written file behind.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from charting.db.session import Database
from charting.reports import printing
from charting.reports.options import SummaryOptions
from charting.services.patients import find_by_chart_no


def _summary(args: argparse.Namespace, db: Database) -> tuple[str, Callable[[], bytes]]:
    copy = args.copy or "clinician"
    user = printing.issuing_user(db, args.visit_id)  # also: an unknown id fails before the file opens
    options = SummaryOptions(copy=copy)
    return f"summary-{args.visit_id}-{copy}.pdf", lambda: printing.issue_summary(
        db, args.visit_id, options=options, user_id=user
    )[0]


def _superbill(args: argparse.Namespace, db: Database) -> tuple[str, Callable[[], bytes]]:
    user = printing.issuing_user(db, args.visit_id)
    printing.require_signed(db, args.visit_id)
    return f"superbill-{args.visit_id}.pdf", lambda: printing.issue_superbill(db, args.visit_id, user_id=user)[0]


def _day_sheet(args: argparse.Namespace, db: Database) -> tuple[str, Callable[[], bytes]]:
    def build() -> bytes:
        sheet = printing.build_day_sheet(db, args.day)
        printing.record_day_sheet(db, sheet, user_id=None)
        return sheet.pdf

    return f"day-sheet-{args.day.isoformat()}.pdf", build


def _progress(args: argparse.Namespace, db: Database) -> tuple[str, Callable[[], bytes]]:
    patient = find_by_chart_no(db, args.chart_no)
    return f"progress-{patient.chart_no}.pdf", lambda: printing.progress_pdf(db, patient.id)


REPORTS: dict[str, Callable[[argparse.Namespace, Database], tuple[str, Callable[[], bytes]]]] = {
    "summary": _summary,
    "superbill": _superbill,
    "day-sheet": _day_sheet,
    "progress": _progress,
}


def run_report(name: str, args: argparse.Namespace, db: Database) -> int:
    """Write the named report; DomainError and OSError propagate to the CLI's one-line handler."""
    default_name, render = REPORTS[name](args, db)
    target = Path(args.output) if getattr(args, "output", None) else Path.cwd() / default_name
    handle = target.open("wb")
    try:
        with handle:
            handle.write(render())
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    print(f"Wrote {target}", file=sys.stdout)
    return 0
