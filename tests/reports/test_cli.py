"""`acuchart summary|superbill|day-sheet|progress`: files written, clean one-line errors."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from charting.cli import main
from charting.db.session import Database
from charting.services import visits
from charting.services.visit_lists import list_day
from tests.reports.conftest import VisitMaker
from tests.reports.pdf_text import page_count, pdf_text

START = datetime(2026, 11, 24, 15, 0, tzinfo=UTC)


def _run(db: Database, *argv: str) -> int:
    return main(["--db", db.url, *argv])


def test_summary_default_name_in_the_current_folder(
    db: Database,
    make_visit: VisitMaker,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    visit_id = make_visit()
    monkeypatch.chdir(tmp_path)
    assert _run(db, "summary", str(visit_id), "--copy", "patient") == 0
    written = tmp_path / f"summary-{visit_id}-patient.pdf"
    assert str(written) in capsys.readouterr().out
    assert "Your visit summary" in pdf_text(written.read_bytes())
    assert [d.kind for d in visits.get_visit(db, visit_id).documents] == ["summary-patient"]
    assert list_day(db, START.astimezone().date())[0].printed


def test_superbill_and_progress_to_named_files(db: Database, make_visit: VisitMaker, tmp_path: Path) -> None:
    visit_id = make_visit()
    bill = tmp_path / "bill.pdf"
    assert _run(db, "superbill", str(visit_id), "-o", str(bill)) == 0
    assert "97810" in pdf_text(bill.read_bytes())
    chart_no = visits.get_visit(db, visit_id).chart_no
    report = tmp_path / "progress.pdf"
    assert _run(db, "progress", chart_no, "-o", str(report)) == 0
    assert "Progress report" in pdf_text(report.read_bytes())


def test_day_sheet_in_appointment_order(db: Database, make_visit: VisitMaker, tmp_path: Path) -> None:
    late = make_visit(start=START.replace(hour=16), chief_complaint="Second appointment of the day")
    early = make_visit(start=START.replace(hour=14), sign=False, chief_complaint="First appointment of the day")
    out = tmp_path / "day.pdf"
    assert _run(db, "day-sheet", START.astimezone().date().isoformat(), "-o", str(out)) == 0
    text = pdf_text(out.read_bytes())
    assert text.index("First appointment") < text.index("Second appointment")
    assert page_count(out.read_bytes()) >= 2
    assert visits.get_visit(db, late).documents and not visits.get_visit(db, early).documents


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("summary", "9999"), "No visit with id 9999."),
        (("superbill", "9999"), "No visit with id 9999."),
        (("progress", "NOPE"), "No patient with chart number 'NOPE'."),
        (("day-sheet", "2001-01-01"), "No visits on 2001-01-01."),
    ],
)
def test_unknown_ids_are_one_clean_line(
    db: Database,
    argv: tuple[str, ...],
    message: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    assert _run(db, *argv) == 2
    assert capsys.readouterr().err.strip() == f"acuchart: {message}"
    assert not list(tmp_path.glob("*.pdf"))


def test_superbill_of_a_draft_is_refused(
    db: Database, make_visit: VisitMaker, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    visit_id = make_visit(sign=False)
    out = tmp_path / "bill.pdf"
    assert _run(db, "superbill", str(visit_id), "-o", str(out)) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("acuchart: ") and "signed" in err and "\n" not in err
    assert not out.exists()


def test_unwritable_output_issues_nothing(
    db: Database, make_visit: VisitMaker, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    visit_id = make_visit()
    missing = tmp_path / "no such folder" / "summary.pdf"
    assert _run(db, "summary", str(visit_id), "-o", str(missing)) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("acuchart: ") and "\n" not in err and "no such folder" in err
    assert visits.get_visit(db, visit_id).documents == ()
